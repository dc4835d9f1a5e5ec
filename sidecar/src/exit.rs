//! Exit codes (sysexits) and the one error type `main` prints.

use std::fmt;

/// Bad command line.
pub const USAGE: u8 = 2;
/// Reading input or writing output failed.
pub const IO: u8 = 74;
/// Bad configuration or key.
pub const CONFIG: u8 = 78;

/// Why the process stops early: a message and its exit code.
#[derive(Debug)]
pub struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    pub fn config(message: impl Into<String>) -> Failure {
        Failure {
            code: CONFIG,
            message: message.into(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            code: USAGE,
            message: message.into(),
        }
    }

    pub fn io(message: impl Into<String>) -> Failure {
        Failure {
            code: IO,
            message: message.into(),
        }
    }

    pub fn code(&self) -> u8 {
        self.code
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<scrubline_core::Error> for Failure {
    fn from(e: scrubline_core::Error) -> Failure {
        Failure::config(e.to_string())
    }
}
