//! scrubline's engine: keeps personal data out of log lines.
//!
//! ```
//! let redactor = scrubline_core::Redactor::builder()
//!     .key("k1", b"scrubline-test-key-0123456789abcdef")
//!     .default_region("DE")
//!     .build()?;
//! let clean = redactor.redact_line(
//!     "2026-03-04T13:59:31Z INFO callback from 46.176.91.50 for Kunde Gertrude Förster unter 0151 23421279",
//! );
//! assert_eq!(
//!     clean,
//!     "2026-03-04T13:59:31Z INFO callback from 46.176.91.50 for Kunde [name] unter tel_k1_df4a9327598a9122",
//! );
//! # Ok::<(), scrubline_core::Error>(())
//! ```
//!
//! # What it does to a line
//!
//! - **Kept**: IPv4/IPv6 (with ports), UUIDs, timestamps and dates, MACs,
//!   hex hashes, versions, epoch numbers, counts and ids, and its own tokens.
//! - **Pseudonymized**: phone numbers become `tel_<keyid>_<hex16>` and
//!   emails `mail_<keyid>_<hex16>`: the first 8 bytes of
//!   HMAC-SHA256(key, `tel:` E.164) in hex, so one number gets one token
//!   whatever its written form.
//! - **Stripped**: names (`[name]`), card numbers (`[card]`), IBANs
//!   (`[iban]`) and secrets (`[secret]`).
//!
//! # Guarantees
//!
//! - The output differs from the input only inside findings, byte for
//!   byte; invalid UTF-8 passes through untouched.
//! - Redacting redacted output changes nothing.
//! - A line with no findings is returned borrowed: no allocation, no copy.
//! - Keys are never printed: not by `Debug`, not in errors.
//! - Untrusted input: no input makes the engine panic; every detector is
//!   linear in the line's length.
#![deny(missing_docs)]

mod block;
mod calls;
mod card;
mod census;
mod changes;
mod context;
mod detectors;
mod email;
mod error;
mod fields;
mod finding;
mod iban;
mod json_escapes;
mod keyring;
mod links;
mod meta_regex;
mod name;
mod name_table;
mod namedb;
mod needles;
mod numrun;
mod occurrences;
mod on_demand;
mod percent;
mod phone;
mod policy;
mod printed;
mod protect;
mod redactor;
mod scan;
mod sql;
mod validation;
mod wordset;

pub use block::BlockRedactor;
pub use error::{Error, ErrorKind};
pub use keyring::{Key, Keyring, MIN_KEY_LEN};
pub use links::{LinkLog, PendingLine};
pub use policy::{Action, Kind, Policy};
pub use redactor::{parse_region, Findings, Redactor, RedactorBuilder, WITHHELD};
