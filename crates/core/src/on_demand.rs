//! Patterns compiled when a line first needs them. Compiling a pattern
//! costs about as much as searching a few thousand lines with it, and most
//! logs never need some of them (no `@` for the address patterns, no
//! escaped JSON, XML or single-quoted pairs for those field patterns): on
//! a 1 MB log those compilations were some 15M instructions of every run.
//! A pattern is still compiled once, at its first search, so a long
//! stream pays the same.

use std::sync::OnceLock;

use regex::bytes::Regex;

/// A pattern, and once a line has needed it, its compiled regex.
pub(crate) struct OnDemand {
    pattern: &'static str,
    re: OnceLock<Regex>,
}

impl OnDemand {
    pub(crate) const fn new(pattern: &'static str) -> OnDemand {
        OnDemand {
            pattern,
            re: OnceLock::new(),
        }
    }

    pub(crate) fn pattern(&self) -> &'static str {
        self.pattern
    }

    /// The compiled pattern (compiled now if no search has needed it yet).
    pub(crate) fn get(&self) -> &Regex {
        self.re
            .get_or_init(|| Regex::new(self.pattern).expect("valid pattern"))
    }
}
