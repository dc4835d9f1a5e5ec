//! Redacted `tracing` output: phone numbers and emails pseudonymized,
//! names, cards, IBANs and secrets stripped, before a log line leaves the
//! process.
//!
//! ```
//! use tracing_subscriber::prelude::*;
//!
//! let redactor = scrubline_core::Redactor::builder()
//!     .key("k1", b"scrubline-test-key-0123456789abcdef")
//!     .default_region("DE")
//!     .build()?;
//! let subscriber = tracing_subscriber::registry().with(scrubline_tracing::layer(redactor));
//! tracing::subscriber::with_default(subscriber, || {
//!     tracing::info!(phone = 4915123421279u64, src = "46.176.91.50", "callback for customer Dean Williams");
//!     // stdout: 2026-03-04T13:59:31.123456Z  INFO app: callback for customer [name]
//!     //         phone=tel_k1_df4a9327598a9122 src="46.176.91.50"
//! });
//! # Ok::<(), scrubline_core::Error>(())
//! ```
//!
//! # Two setups
//!
//! - [`layer`]: a ready `tracing_subscriber::fmt` layer, text by default,
//!   [`.json()`](RedactingLayer::json) for one JSON object per event,
//!   [`.with_writer(w)`](RedactingLayer::with_writer) for another
//!   destination (redaction stays on), and the `fmt` knobs that keep the
//!   output readable: target, level, file, line, thread, span events.
//! - [`RedactingMakeWriter::new(redactor, inner)`](RedactingMakeWriter):
//!   wraps any `MakeWriter`, so it works under any formatter, including
//!   third-party ones:
//!
//! ```
//! use tracing_subscriber::prelude::*;
//! # let redactor = scrubline_core::Redactor::builder().key("k1", b"scrubline-test-key-0123456789abcdef").build()?;
//! let writer = scrubline_tracing::RedactingMakeWriter::new(redactor, std::io::stderr);
//! tracing_subscriber::registry()
//!     .with(tracing_subscriber::fmt::layer().compact().with_ansi(false).with_writer(writer))
//!     .try_init()
//!     .ok();
//! # Ok::<(), scrubline_core::Error>(())
//! ```
//!
//! `log` records reach both through `tracing-log` (`LogTracer`, on by
//! default in `tracing-subscriber`'s `init`) like any other event.
//!
//! # How
//!
//! `fmt` formats an event into its thread-local buffer and writes it with
//! one call; the writer redacts that text, line by line, into a reused
//! thread-local buffer and passes it on with one call. So each event is
//! redacted once, as a whole, and an event without personal data costs one
//! engine scan and one copy; the writer allocates nothing of its own once
//! its buffers have grown. Field names are context: `fmt` writes
//! fields as `key=value` (text) or JSON members, which the engine reads as
//! such, so `phone=4915123421279`, `caller_name="Dean Williams"` or
//! `"callerName":"Dean Williams"` are taken for what their key says, also
//! for integers and `Debug` values.
//!
//! # What is covered
//!
//! Everything this layer, or a formatter writing through a
//! [`RedactingMakeWriter`], writes: the message, event fields, span fields
//! (also ones recorded later), span lifecycle events and `log` records, in
//! text and JSON. IPs, UUIDs, timestamps, ids and hashes are kept. JSON
//! output stays valid JSON.
//!
//! # What is not
//!
//! - **Other layers of the same subscriber see raw values.** A layer
//!   cannot change what its siblings receive: a second `fmt` layer, an
//!   OpenTelemetry exporter or Sentry layer next to this one gets the
//!   event's original fields. Redact there too (wrap its writer in a
//!   [`RedactingMakeWriter`] if it has one), or do not add it.
//! - Values your code keeps elsewhere (metrics labels, span names, panic
//!   messages printed by the default hook) never pass through here.
//! - Detection is the engine's: what `scrubline_core` does not recognize
//!   in a line is not redacted here either. Known gap today: a phone
//!   number right after an escaped quote, as a `Debug` struct's string
//!   field is written in JSON output (`"caller":"Caller { phone:
//!   \"+4915123421279\" }"`); text output is fine. And under
//!   `fmt`'s `.pretty()` format, which writes `pin: 1234` with no quotes,
//!   key names are context only for quoted values. Prefer plain fields
//!   (`caller_name = name`, `phone = number`) over `Debug` structs for
//!   personal data, and the default, compact or JSON formats.
//! - Colours: terminal escape codes are removed before redaction (a code
//!   between a key and its value hides the key), so output written
//!   through a `RedactingMakeWriter` is never coloured.
//!
//! # Guarantees
//!
//! - Nothing written through a [`RedactingMakeWriter`] reaches the inner
//!   writer unredacted: a partial line waits for its newline (or the
//!   writer's drop) and is then redacted whole.
//! - No panics on any event content, nor when a redacting writer wraps
//!   another one (each thread's buffers are borrowed, never assumed free).
//! - The key never appears in output, `Debug` or errors.
#![deny(missing_docs)]

mod ansi;
mod layer;
mod writer;

pub use layer::RedactingLayer;
pub use tracing_subscriber::fmt::format::FmtSpan;
pub use writer::{RedactingMakeWriter, RedactingWriter};

use scrubline_core::Redactor;

/// A `fmt` layer whose output is redacted with `redactor`: text to stdout
/// until told otherwise ([`json`](RedactingLayer::json),
/// [`with_writer`](RedactingLayer::with_writer)).
///
/// ```
/// use tracing_subscriber::prelude::*;
/// # let redactor = scrubline_core::Redactor::builder().key("k1", b"scrubline-test-key-0123456789abcdef").build()?;
/// tracing_subscriber::registry()
///     .with(scrubline_tracing::layer(redactor).json().with_writer(std::io::stderr))
///     .try_init()
///     .ok();
/// # Ok::<(), scrubline_core::Error>(())
/// ```
pub fn layer<S>(redactor: Redactor) -> RedactingLayer<S> {
    RedactingLayer::new(redactor)
}
