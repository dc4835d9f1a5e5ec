//! The one error type of the engine: opaque, with a kind users can match on
//! through accessors, and a message that says what to do.

use std::fmt;

/// An error building a [`Redactor`](crate::Redactor) or a [`Keyring`](crate::Keyring).
///
/// Messages name the bad input and what is allowed; they never contain key
/// material or any scanned value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

/// What went wrong, for callers that branch on it (the sidecar maps every
/// kind to exit code 78, "bad configuration").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A key is shorter than 32 bytes, or a key id is malformed or repeated.
    Key,
    /// No key was given to the builder.
    NoKey,
    /// A region code is not an ISO 3166-1 alpha-2 code known to the phone metadata.
    Region,
    /// A policy value (replacement text, action) is not allowed.
    Policy,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
