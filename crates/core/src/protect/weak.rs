//! The weak protection pattern's matches, found by anchored searches at
//! the only offsets where one can start.
//!
//! An unanchored search ran the pattern's lazy DFA over every byte, and
//! its digit alternatives, which overlap at every offset of a digit run,
//! made it build thousands of states (some 40M instructions on 1 MB of
//! logs, line by line and by block). But every alternative but the epoch
//! number opens with a run of one to four digits (after a `v` for a
//! version) that a `.`, `/` or `:` and then a digit end, and an epoch
//! number with ten digits. Those offsets are found from the punctuation
//! and from long digit runs, and the pattern is tried there anchored: the
//! leftmost match at or after an offset is the anchored match at the first
//! offset that has one (leftmost-first), and no alternative looks behind
//! its start or matches empty (`matches_as_find_iter`).

use regex_automata::{meta, Anchored, Input};

pub(super) const WEAK: &str = r"(?x-u)
    v?(?:0|[1-9]\d{0,3})(?:\.(?:0|[1-9]\d{0,4})){1,3}(?:-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?   # versions, decimals
  | 1[5-9]\d{8}(?:\d{3}(?:\d{3})?)?                                    # epoch s / ms / us
  | \d{1,2}[./]\d{1,2}[./]\d{2,4}                                      # dd.mm.yyyy, mm/dd/yy
  | \d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?                           # times, durations
  | (?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/(?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?:\.\d{1,6})?   # Chromium/Electron MMDD/hhmmss.fff
";

/// The longest digit run before the punctuation of a match (`\d{4}/` of a
/// Chromium time, the first part of a version).
const MAX_LEAD: usize = 4;

/// An epoch number's length, at the least.
const EPOCH_MIN: usize = 10;

pub(super) struct Weak {
    re: meta::Regex,
}

impl Weak {
    pub(super) fn new() -> Weak {
        Weak {
            re: crate::meta_regex::compile(WEAK, false),
        }
    }

    /// Calls `found(start, end)` for each match of `WEAK` in `hay`, as
    /// `find_iter` gives them.
    pub(super) fn for_each(&self, hay: &[u8], mut found: impl FnMut(usize, usize)) {
        let mut epoch = next_epoch(hay, 0);
        let mut at = 0;
        while let Some((s, e)) = self.next_match(hay, at, &mut epoch) {
            found(s, e);
            at = e;
        }
    }

    /// The leftmost match starting at or after `from`. `epoch`: the first
    /// offset at or after the last search's start where an epoch number
    /// may start (`next_epoch`), kept from one search to the next so the
    /// digit runs are read once.
    fn next_match(
        &self,
        hay: &[u8],
        from: usize,
        epoch: &mut Option<usize>,
    ) -> Option<(usize, usize)> {
        if epoch.is_some_and(|e| e < from) {
            *epoch = next_epoch(hay, from);
        }
        // The epoch offsets before `limit`, tried in order.
        let epochs_before = |limit: usize, epoch: &mut Option<usize>| {
            while let Some(e) = epoch.filter(|&e| e < limit) {
                *epoch = next_epoch(hay, e + 1);
                if let Some(m) = self.anchored(hay, e) {
                    return Some(m);
                }
            }
            None
        };
        let digit = |i: usize| hay.get(i).is_some_and(u8::is_ascii_digit);
        // Offsets before `tried` were tried with an earlier punctuation.
        let mut tried = from;
        for p in memchr::memchr3_iter(b'.', b'/', b':', &hay[from..]).map(|i| from + i) {
            if p > tried && digit(p - 1) && digit(p + 1) {
                // The run of digits before `p`, read back to one digit
                // more than a match may open with.
                let mut run = p - 1;
                while run > tried && p - run <= MAX_LEAD && digit(run - 1) {
                    run -= 1;
                }
                let v =
                    (p - run <= MAX_LEAD && run > tried && hay[run - 1] == b'v' && hay[p] == b'.')
                        .then(|| run - 1);
                for c in v.into_iter().chain(run.max(p.saturating_sub(MAX_LEAD))..p) {
                    if let Some(m) = epochs_before(c, epoch) {
                        return Some(m);
                    }
                    if *epoch == Some(c) {
                        *epoch = next_epoch(hay, c + 1);
                    }
                    if let Some(m) = self.anchored(hay, c) {
                        return Some(m);
                    }
                }
            }
            tried = p + 1;
        }
        epochs_before(hay.len(), epoch)
    }

    /// The match anchored at `at`, if any.
    fn anchored(&self, hay: &[u8], at: usize) -> Option<(usize, usize)> {
        let input = Input::new(hay).range(at..).anchored(Anchored::Yes);
        self.re.search(&input).map(|m| (m.start(), m.end()))
    }
}

/// The first offset at or after `from` where an epoch number may start:
/// `1`, a digit from `5` to `9`, and eight more digits.
fn next_epoch(hay: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some((start, end)) = super::next_run(hay, i, EPOCH_MIN, u8::is_ascii_digit) {
        let shaped = |c: &usize| hay[*c] == b'1' && matches!(hay[c + 1], b'5'..=b'9');
        if let Some(c) = (start..=end - EPOCH_MIN).find(shaped) {
            return Some(c);
        }
        i = end + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    use regex::bytes::Regex;

    fn ours(hay: &[u8]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        Weak::new().for_each(hay, |s, e| out.push((s, e)));
        out
    }

    fn theirs(hay: &[u8]) -> Vec<(usize, usize)> {
        let re = Regex::new(WEAK).expect("valid");
        re.find_iter(hay).map(|m| (m.start(), m.end())).collect()
    }

    #[test]
    fn matches_as_regex_does() {
        for line in [
            &b"engine 3.19.4-rc.2 epoch=1773945479526 v1.2 at 10:20:18.123"[..],
            b"0701/114930.512 24.12.2025 1/2/26 10:00 v0.0.0-x.y 1.2.3.4.5.6",
            b"\xff9.9\x00 16000000000000000 00:00:00,000000",
            b"v12345.6 123456.7 99999:12 1500000000 14999999999 v.1 vv1.2",
        ] {
            assert_eq!(ours(line), theirs(line), "{line:?}");
            assert!(!ours(line).is_empty());
        }
    }

    proptest::proptest! {
        #[test]
        fn matches_as_find_iter(
            pieces in proptest::collection::vec(proptest::sample::select(&[
                "0", "1", "5", "9", "12", "15", "0701", "1773945479", "v", "x", ".", "/", ":",
                ",", "-", "rc", " ", "\n", "10:20", "1.2", "24.12.", "114930",
            ][..]), 0..40)
        ) {
            let hay = pieces.concat();
            proptest::prop_assert_eq!(ours(hay.as_bytes()), theirs(hay.as_bytes()));
        }
    }
}
