//! scrubline keeps personal data out of logs: phone numbers and emails
//! become keyed tokens (one number, one token, whatever its written form),
//! names, card numbers, IBANs and secrets are stripped, and IPs, UUIDs,
//! timestamps and ids are kept for troubleshooting.
//!
//! ```
//! let redactor = scrubline::Redactor::builder()
//!     .key("k1", b"scrubline-test-key-0123456789abcdef")
//!     .default_region("DE")
//!     .build()?;
//! assert_eq!(
//!     redactor.redact_line("callback from 46.176.91.50 for customer Dean Williams on 0151 23421279"),
//!     "callback from 46.176.91.50 for customer [name] on tel_k1_df4a9327598a9122",
//! );
//! # Ok::<(), scrubline::Error>(())
//! ```
//!
//! This crate is the facade: the engine ([`Redactor`] and its policy and
//! keys, from `scrubline-core`) and, with the `tracing` feature (on by
//! default), [`tracing`]: a redacting `tracing-subscriber` layer and
//! `MakeWriter` wrapper, from `scrubline-tracing`.
#![deny(missing_docs)]

pub use scrubline_core::*;

#[cfg(feature = "tracing")]
pub use scrubline_tracing as tracing;
