//! Names a note qualifies in brackets: `"jockey":"Bruno (Team Nord)"`,
//! `[name] + Christina (Kind)`, `booking for Stefán (age 7)`. A clear
//! given name (and the rest of the name) right before ` (`, the words
//! before it none of the name's. (A given name that is a word too stays:
//! `"Rok (cleaner)"`, "rok" being Polish and Czech for "year".)

use super::signatures::last_word_starts;
use super::*;
use crate::census::Census;
use crate::needles::Needle;

/// How far after its `(` a qualifier must close.
const MAX_QUALIFIER: usize = 40;

impl NameFinder {
    /// Calls `found(start, end)` for each name a bracketed qualifier
    /// follows.
    pub(crate) fn find_qualified_names(
        &self,
        line: &[u8],
        census: Census,
        mut found: impl FnMut(usize, usize),
    ) {
        if !census.holds(line, Needle::OpenParen) {
            return;
        }
        for open in memchr::memchr_iter(b'(', line) {
            if open < 2 || line[open - 1] != b' ' {
                continue;
            }
            if !line[open..line.len().min(open + MAX_QUALIFIER)].contains(&b')') {
                continue;
            }
            if let Some(start) = self.qualified_name(line, open - 1) {
                found(start, open - 1);
            }
        }
    }

    /// Where the name that ends at `end`, before ` (`, starts.
    fn qualified_name(&self, line: &[u8], end: usize) -> Option<usize> {
        let window = end.saturating_sub(48);
        let text = valid_utf8_suffix(&line[window..end]);
        let base = end - text.len();
        for start in last_word_starts(text) {
            // `Hotel Maria (Rome)`, `AR-7 Vandal (headshot)`: a word before
            // it with a capital or a digit makes the name part of a longer
            // one, which the next start reads.
            let before = &text[..start];
            let word_before = before
                .strip_suffix(' ')
                .map(|b| b.rsplit(' ').next().unwrap_or(b));
            let names_more = |w: &str| w.chars().any(|c| c.is_uppercase() || c.is_ascii_digit());
            if word_before.is_some_and(names_more) {
                continue;
            }
            let name = &text[start..];
            let first = name.split(' ').next().unwrap_or(name);
            let named = name.starts_with(char::is_uppercase)
                && self.is_clear_given_name(first)
                && self.introduced_name(name) == Some(name.len());
            return named.then_some(base + start);
        }
        None
    }
}
