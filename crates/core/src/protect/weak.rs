//! The weak protection pattern's matches, found by anchored matches at
//! the only offsets where one can start.
//!
//! An unanchored search ran the pattern's lazy DFA over every byte, and
//! its digit alternatives, which overlap at every offset of a digit run,
//! made it build thousands of states (some 40M instructions on 1 MB of
//! logs, line by line and by block). But every alternative but the epoch
//! number opens with a run of one to four digits (after a `v` for a
//! version) that a `.`, `/` or `:` and then a digit end, and an epoch
//! number with ten digits. Those offsets are found from the punctuation
//! and from long digit runs (read by the hash search, `runs::scan`), and
//! the pattern is matched there anchored:
//! the leftmost match at or after an offset is the anchored match at the
//! first offset that has one (leftmost-first), and no alternative looks
//! behind its start or matches empty (`matches_as_find_iter`).
//!
//! The anchored match is read by hand (`anchored`): as a regex search,
//! its setting up cost some 150 instructions at each of those offsets,
//! several times what reading the few bytes of a version or a time does.

use super::runs::epoch_from;
use super::separators;

/// The pattern `anchored` matches, as the tests' oracle.
#[cfg(test)]
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

/// Calls `found(start, end)` for each match of the weak pattern in
/// `hay`, as `find_iter` gives them.
/// `hay` (`seps`: its separator map, `separators::map`; `epochs`: where
/// epoch numbers may start, `runs::scan`).
pub(super) fn for_each(
    hay: &[u8],
    seps: &[u64],
    epochs: &[usize],
    mut found: impl FnMut(usize, usize),
) {
    let mut epoch = epoch_from(epochs, 0);
    let mut at = 0;
    while let Some((s, e)) = next_match(hay, seps, epochs, at, &mut epoch) {
        found(s, e);
        at = e;
    }
}

/// The leftmost match starting at or after `from`. `epoch`: the first
/// of `epochs` at or after the last search's start, kept from one search
/// to the next.
fn next_match(
    hay: &[u8],
    seps: &[u64],
    epochs: &[usize],
    from: usize,
    epoch: &mut Option<usize>,
) -> Option<(usize, usize)> {
    if epoch.is_some_and(|e| e < from) {
        *epoch = epoch_from(epochs, from);
    }
    // The epoch offsets before `limit`, tried in order.
    let epochs_before = |limit: usize, epoch: &mut Option<usize>| {
        while let Some(e) = epoch.filter(|&e| e < limit) {
            *epoch = epoch_from(epochs, e + 1);
            if let Some(m) = anchored(hay, e).map(|end| (e, end)) {
                return Some(m);
            }
        }
        None
    };
    let digit = |i: usize| hay.get(i).is_some_and(u8::is_ascii_digit);
    // Offsets before `tried` were tried with an earlier punctuation.
    let mut tried = from;
    // The `.`, `/` and `:` from the separator map: a memchr3 restarted
    // at each of them (a few bytes apart in logs) cost more.
    let punctuation = separators::offsets(seps.len(), from, |k| separators::word(seps, k));
    for p in punctuation.filter(|&p| hay[p] != b'-') {
        if p > tried && digit(p - 1) && digit(p + 1) {
            // The run of digits before `p`, read back to one digit
            // more than a match may open with.
            let mut run = p - 1;
            while run > tried && p - run <= MAX_LEAD && digit(run - 1) {
                run -= 1;
            }
            let v = (p - run <= MAX_LEAD && run > tried && hay[run - 1] == b'v' && hay[p] == b'.')
                .then(|| run - 1);
            for c in v.into_iter().chain(run.max(p.saturating_sub(MAX_LEAD))..p) {
                if let Some(m) = epochs_before(c, epoch) {
                    return Some(m);
                }
                if *epoch == Some(c) {
                    *epoch = epoch_from(epochs, c + 1);
                }
                if let Some(m) = anchored(hay, c).map(|end| (c, end)) {
                    return Some(m);
                }
            }
        }
        tried = p + 1;
    }
    epochs_before(hay.len(), epoch)
}

/// The end of the weak pattern's match anchored at `c`: its first
/// alternative that matches there. Each alternative is read as the
/// pattern's preferences read it: a part that other bytes must follow (a
/// version's first number, a date's day) has one reading that can be
/// followed; every later part is optional, so the longest reading of each,
/// in turn, is the preferred one.
fn anchored(h: &[u8], c: usize) -> Option<usize> {
    version(h, c)
        .or_else(|| epoch(h, c))
        .or_else(|| date(h, c))
        .or_else(|| time(h, c))
        .or_else(|| chromium(h, c))
}

/// The number of digits from `i` on, at most `max`.
fn digits(h: &[u8], i: usize, max: usize) -> usize {
    h.get(i..).map_or(0, |r| {
        r.iter()
            .take(max)
            .take_while(|b| b.is_ascii_digit())
            .count()
    })
}

/// The end of `0|[1-9]\d{0,more}` at `i`.
fn number(h: &[u8], i: usize, more: usize) -> Option<usize> {
    match h.get(i)? {
        b'0' => Some(i + 1),
        b'1'..=b'9' => Some(i + 1 + digits(h, i + 1, more)),
        _ => None,
    }
}

/// `v?(?:0|[1-9]\d{0,3})(?:\.(?:0|[1-9]\d{0,4})){1,3}(?:-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?`.
fn version(h: &[u8], c: usize) -> Option<usize> {
    let start = if h.get(c) == Some(&b'v') { c + 1 } else { c };
    // The first number must be followed by a `.`: five digits never are.
    let mut end = number(h, start, 3).filter(|&e| h.get(e) == Some(&b'.'))?;
    for part in 0..3 {
        match h
            .get(end)
            .filter(|&&b| b == b'.')
            .and_then(|_| number(h, end + 1, 4))
        {
            Some(e) => end = e,
            None if part == 0 => return None,
            None => break,
        }
    }
    let alnum = |i: usize| {
        h.get(i..).map_or(0, |r| {
            r.iter().take_while(|b| b.is_ascii_alphanumeric()).count()
        })
    };
    if h.get(end) == Some(&b'-') && alnum(end + 1) > 0 {
        end += 1 + alnum(end + 1);
        while h.get(end) == Some(&b'.') && alnum(end + 1) > 0 {
            end += 1 + alnum(end + 1);
        }
    }
    Some(end)
}

/// `1[5-9]\d{8}(?:\d{3}(?:\d{3})?)?`.
fn epoch(h: &[u8], c: usize) -> Option<usize> {
    let opens = h.get(c) == Some(&b'1') && matches!(h.get(c + 1), Some(b'5'..=b'9'));
    if !(opens && digits(h, c + 2, 8) == 8) {
        return None;
    }
    let end = c + 10;
    Some(match digits(h, end, 6) {
        6 => end + 6,
        3..=5 => end + 3,
        _ => end,
    })
}

/// The end of `\d{1,2}` at `i` when `sep` follows it: two digits are
/// read as two or not at all (one digit is then followed by a digit).
fn day_before(h: &[u8], i: usize, sep: impl Fn(u8) -> bool) -> Option<usize> {
    let end = i + digits(h, i, 2);
    (end > i && h.get(end).is_some_and(|&b| sep(b))).then_some(end)
}

/// `\d{1,2}[./]\d{1,2}[./]\d{2,4}`.
fn date(h: &[u8], c: usize) -> Option<usize> {
    let sep = |b: u8| matches!(b, b'.' | b'/');
    let first = day_before(h, c, sep)?;
    let second = day_before(h, first + 1, sep)?;
    let year = digits(h, second + 1, 4);
    (year >= 2).then_some(second + 1 + year)
}

/// `\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?`.
fn time(h: &[u8], c: usize) -> Option<usize> {
    let hours = day_before(h, c, |b| b == b':')?;
    if digits(h, hours + 1, 2) < 2 {
        return None;
    }
    let mut end = hours + 3;
    if h.get(end) == Some(&b':') && digits(h, end + 1, 2) == 2 {
        end += 3;
        let fraction = digits(h, end + 1, 6);
        if matches!(h.get(end), Some(b'.' | b',')) && fraction > 0 {
            end += 1 + fraction;
        }
    }
    Some(end)
}

/// `(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/(?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?:\.\d{1,6})?`.
fn chromium(h: &[u8], c: usize) -> Option<usize> {
    let w = h.get(c..c + 11)?;
    let month = matches!(w[..2], [b'0', b'1'..=b'9'] | [b'1', b'0'..=b'2']);
    let day = matches!(
        w[2..4],
        [b'0', b'1'..=b'9'] | [b'1' | b'2', b'0'..=b'9'] | [b'3', b'0' | b'1']
    );
    let hour = matches!(w[5..7], [b'0' | b'1', b'0'..=b'9'] | [b'2', b'0'..=b'3']);
    let sixty = |p: &[u8]| matches!(p, [b'0'..=b'5', b'0'..=b'9']);
    if !(month && day && w[4] == b'/' && hour && sixty(&w[7..9]) && sixty(&w[9..11])) {
        return None;
    }
    let end = c + 11;
    let fraction = digits(h, end + 1, 6);
    Some(if h.get(end) == Some(&b'.') && fraction > 0 {
        end + 1 + fraction
    } else {
        end
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use regex::bytes::Regex;

    fn ours(hay: &[u8]) -> Vec<(usize, usize)> {
        let (mut out, mut seps, mut hex) = (Vec::new(), Vec::new(), Vec::new());
        let (mut hashes, mut epochs) = (Vec::new(), Vec::new());
        separators::map(hay, &mut seps, &mut hex);
        super::super::runs::scan(hay, &hex, &mut hashes, &mut epochs);
        for_each(hay, &seps, &epochs, |s, e| out.push((s, e)));
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
                ",", "-", "rc", " ", "\n", "10:20", "1.2", "24.12.", "114930", "123", "99",
                "2025", "A", "z",
            ][..]), 0..40)
        ) {
            let hay = pieces.concat();
            proptest::prop_assert_eq!(ours(hay.as_bytes()), theirs(hay.as_bytes()));
        }
    }
}
