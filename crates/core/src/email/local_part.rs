//! The address patterns bound an address's local part to 64 bytes
//! (`[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}`). Searched unanchored, that bound
//! made the lazy DFA track every offset of a word run at once, and most of
//! the search went on building its states. The same pattern with `*` for
//! the bound searches far faster (searching the 1 MB sample, a log of
//! addresses, took 33M instructions fewer of 846M), and where its match
//! keeps the bound it is the bounded pattern's match.
//!
//! Why: every match of the bounded pattern is one of the unbounded's, in
//! the same order of preference (a greedy `{0,63}` prefers what `*`
//! prefers among the counts it allows). So the unbounded search's leftmost
//! match starts no later than the bounded's; if its local part keeps the
//! bound, the bounded pattern matches there too, and this match, the
//! unbounded's first choice, is the bounded's first choice. Otherwise the
//! bounded pattern searches from the same offset.

use std::sync::OnceLock;

use regex::bytes::Regex;

use crate::on_demand::OnDemand;

/// The bound as the patterns write it: up to 63 bytes after the first.
const BOUND: &str = "{0,63}";

/// The most bytes a local part holds.
const MAX_LOCAL: usize = 64;

/// A pattern with a bounded local part, and its unbounded twin.
pub(super) struct LocalBounded {
    exact: OnDemand,
    loose: OnceLock<Regex>,
}

impl LocalBounded {
    /// `pattern`'s first `{0,63}` must bound its local part, and no `@` or
    /// `%` may follow the local part but in its separator (`@`, `@@` or
    /// `%40`): then the last of those bytes in a match lies at or past the
    /// separator's start.
    pub(super) const fn new(pattern: &'static str) -> LocalBounded {
        LocalBounded {
            exact: OnDemand::new(pattern),
            loose: OnceLock::new(),
        }
    }

    /// The leftmost-first match of the pattern in `line` at or after
    /// `at`, as the bounded pattern's `find_at` finds it.
    pub(super) fn find_at(&self, line: &[u8], at: usize) -> Option<(usize, usize)> {
        let loose = self.loose.get_or_init(|| {
            let pattern = self.exact.pattern();
            assert!(pattern.contains(BOUND), "a bounded local part");
            Regex::new(&pattern.replacen(BOUND, "*", 1)).expect("valid pattern")
        });
        let m = loose.find_at(line, at)?;
        // (The separator opens at or before the last `@` or `%`.)
        let separator = memchr::memrchr2(b'@', b'%', m.as_bytes()).unwrap_or(usize::MAX);
        if separator <= MAX_LOCAL {
            return Some((m.start(), m.end()));
        }
        let m = self.exact.get().find_at(line, at)?;
        Some((m.start(), m.end()))
    }

    /// The matches in `line`, as the bounded pattern's `find_iter` gives
    /// them (none is empty).
    pub(super) fn find_iter<'h>(
        &'h self,
        line: &'h [u8],
    ) -> impl Iterator<Item = (usize, usize)> + 'h {
        let mut at = 0;
        std::iter::from_fn(move || {
            let (start, end) = self.find_at(line, at)?;
            at = end;
            Some((start, end))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::email::{EMAIL, WEBMAIL_WITHOUT_TLD};

    /// Pieces of lines: local parts short and too long, separators, `%`
    /// runs, domains and brands.
    fn pieces() -> Vec<String> {
        let mut pieces: Vec<String> = [
            "a", "Z9", ".", "%", "40", "%40", "@", "@@", "-", "x.y", "com", "gmail", "GMX", " ",
            ",", "b-c.", "de", "_", "+",
        ]
        .map(String::from)
        .to_vec();
        pieces.push("k".repeat(40));
        pieces.push("q".repeat(70));
        pieces
    }

    proptest::proptest! {
        #[test]
        fn matches_are_the_bounded_patterns(
            picked in proptest::collection::vec(proptest::sample::select(pieces()), 0..14),
        ) {
            let line = picked.concat();
            let line = line.as_bytes();
            for pattern in [EMAIL, WEBMAIL_WITHOUT_TLD] {
                let exact = Regex::new(pattern).expect("valid");
                let bounded = LocalBounded::new(pattern);
                let want: Vec<_> = exact.find_iter(line).map(|m| (m.start(), m.end())).collect();
                proptest::prop_assert_eq!(bounded.find_iter(line).collect::<Vec<_>>(), want);
                for at in 0..=line.len() {
                    let want = exact.find_at(line, at).map(|m| (m.start(), m.end()));
                    proptest::prop_assert_eq!(bounded.find_at(line, at), want);
                }
            }
        }
    }
}
