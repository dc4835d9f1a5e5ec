//! The strong protection pattern's matches but UUIDs and IPv4 addresses
//! (our own tokens, dates and times, MACs), found by hand where one can
//! start.
//!
//! As a regex, the pattern's lazy DFA read every byte of every line, once
//! for its block and again in each settling pass, and built hundreds of
//! states on each thread (the digit and hex alternatives overlap at every
//! offset of a run). But our own tokens hold a `_`, and every other
//! alternative two separators three bytes apart with two hex digits
//! between them (`-MM-` in a date, `:mm:` in a time, `:hh:`-like in a
//! MAC: a "pair", `pair_at`), at a fixed offset from its start (`BACKS`).
//! Separators three bytes apart, read from the separator map, give
//! every pair, and only the offsets that far before one are tried. Our
//! own tokens open with `t` or `m`, where no other alternative can start,
//! so they are searched apart and the caller takes the earliest; the
//! others are tried in the pattern's order at each offset, so the
//! leftmost-first match is the first that matches at the first offset
//! that has one. No alternative looks behind its start or matches empty.

use super::separators;

/// `CLASS` bits: a separator of a pair, and a byte between two.
const SEP: u8 = 1;
const HEX: u8 = 2;

/// Each byte's `SEP` and `HEX` bits: `-./:` and hex digits.
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'-' | b'.' | b'/' | b':' => SEP,
            b'0'..=b'9' | b'a'..=b'f' | b'A'..=b'F' => HEX,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// How far before its first pair each alternative starts, nearest first:
/// a MAC's `:hh:` or a day-first date's `.MM.` two bytes in, a year-first
/// date's `-MM-` four, a syslog time's `:mm:` nine, a CLF time's `:mm:`
/// ten or eleven (after a day of one or two digits).
const BACKS: [usize; 5] = [2, 4, 9, 10, 11];

const MONTHS: [&[u8; 3]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// The first of our own tokens that starts at or after `from` (the
/// pattern's first alternative). Its `_` is the fourth or fifth byte.
pub(super) fn next_token(hay: &[u8], from: usize) -> Option<(usize, usize)> {
    let rest = hay.get(from + 3..)?;
    for p in memchr::memchr_iter(b'_', rest).map(|i| from + 3 + i) {
        // `mail` starts before `tel`: the earlier start first.
        for s in [p.checked_sub(4), Some(p - 3)].into_iter().flatten() {
            if let Some(e) = (s >= from).then(|| own_token(hay, s)).flatten() {
                return Some((s, e));
            }
        }
    }
    None
}

/// The bounds of the first date, time or MAC (the pattern's alternatives
/// but its first) that starts at or after `from`, as the pattern's
/// leftmost-first search gives them.
///
/// Pairs come in order, and the offsets a pair's match may start at are
/// at most `BACKS[4]` before it: once one starts at `s`, pairs past
/// `s + BACKS[4]` can only give later starts. A pair before `from` gives
/// only starts before it.
pub(super) fn next_stamp(hay: &[u8], seps: &[u64], from: usize) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for q in pairs(hay, seps, from) {
        if best.is_some_and(|(s, _)| s + BACKS[4] < q) {
            break;
        }
        for back in BACKS.into_iter().rev() {
            let Some(s) = q.checked_sub(back).filter(|&s| s >= from) else {
                continue;
            };
            if best.is_some_and(|(b, _)| b <= s) {
                break;
            }
            if let Some(e) = stamp_at(hay, s) {
                best = Some((s, e));
                break;
            }
        }
    }
    best
}

/// The offsets at or after `from` where `pair_at` holds, in order: those
/// with a separator there and three bytes on (in `seps`, the separator
/// map of `hay`: `separators::map`) are the few `pair_at` is asked about.
/// (Looking at one byte in three, each on its own, cost more than the
/// rest of the strong search; eight bytes at a time, most of it.)
fn pairs<'h>(hay: &'h [u8], seps: &'h [u64], from: usize) -> impl Iterator<Item = usize> + 'h {
    let candidates = |k| separators::word(seps, k) & separators::ahead(seps, k, 3);
    separators::offsets(seps.len(), from, candidates).filter(|&q| pair_at(hay, q))
}

/// A separator at `q` and at `q + 3`, two hex digits between them.
fn pair_at(hay: &[u8], q: usize) -> bool {
    let class = |b: u8| CLASS[usize::from(b)];
    matches!(
        hay.get(q..q + 4),
        Some(&[a, b, c, d]) if class(a) == SEP && class(b) == HEX && class(c) == HEX && class(d) == SEP
    )
}

/// The end of the date, time or MAC at `s`: the pattern's first
/// alternative that matches there, each optional part taken when it
/// matches (nothing follows them, so that is the preferred reading).
fn stamp_at(h: &[u8], s: usize) -> Option<usize> {
    // Each alternative is tried only where its separators may be: most
    // offsets tried hold none of them.
    let at = |i: usize| h.get(s + i).copied().unwrap_or(0);
    let (third, fifth) = (at(2), at(4));
    let found = (fifth == b'-').then(|| iso_date(h, s)).flatten();
    let found = found.or_else(|| (fifth == b'/').then(|| slashed_date(h, s)).flatten());
    let found = found.or_else(|| {
        matches!(third, b'.' | b'/' | b'-')
            .then(|| day_first_date(h, s))
            .flatten()
    });
    let found = found.or_else(|| {
        (third == b'/' || at(1) == b'/')
            .then(|| clf(h, s))
            .flatten()
    });
    let found = found.or_else(|| (at(3) == b' ').then(|| syslog(h, s)).flatten());
    found.or_else(|| (matches!(third, b':' | b'-') && mac(h, s)).then_some(s + 17))
}

fn is(h: &[u8], i: usize, b: u8) -> bool {
    h.get(i) == Some(&b)
}

fn digit(h: &[u8], i: usize) -> bool {
    h.get(i).is_some_and(u8::is_ascii_digit)
}

/// `\d{2}`.
fn two_digits(h: &[u8], i: usize) -> bool {
    digit(h, i) && digit(h, i + 1)
}

/// `(?:19|20)\d{2}`.
fn year(h: &[u8], i: usize) -> bool {
    matches!(h.get(i..i + 2), Some(b"19" | b"20")) && two_digits(h, i + 2)
}

/// `0[1-9]|1[0-2]`.
fn month(h: &[u8], i: usize) -> bool {
    matches!(
        h.get(i..i + 2),
        Some([b'0', b'1'..=b'9'] | [b'1', b'0'..=b'2'])
    )
}

/// `0[1-9]|[12]\d|3[01]`.
fn day(h: &[u8], i: usize) -> bool {
    matches!(
        h.get(i..i + 2),
        Some([b'0', b'1'..=b'9'] | [b'1' | b'2', b'0'..=b'9'] | [b'3', b'0' | b'1'])
    )
}

/// `Jan|Feb|…|Dec`.
fn month_name(h: &[u8], i: usize) -> bool {
    h.get(i..i + 3)
        .is_some_and(|w| MONTHS.iter().any(|m| m[..] == *w))
}

/// `(?:tel|mail)_[a-z0-9]{1,8}_[0-9a-f]{16}`.
fn own_token(h: &[u8], s: usize) -> Option<usize> {
    let id = if h[s..].starts_with(b"tel_") {
        s + 4
    } else if h[s..].starts_with(b"mail_") {
        s + 5
    } else {
        return None;
    };
    let id_len = h[id..]
        .iter()
        .take(8)
        .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        .count();
    let hex = id + id_len + 1;
    let lower_hex = |b: &u8| matches!(b, b'0'..=b'9' | b'a'..=b'f');
    (id_len > 0 && is(h, hex - 1, b'_') && h.get(hex..hex + 16)?.iter().all(lower_hex))
        .then_some(hex + 16)
}

/// `(?:19|20)\d{2}-MM-DD(?:[T\x20_]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?`.
fn iso_date(h: &[u8], s: usize) -> Option<usize> {
    let date = year(h, s) && is(h, s + 4, b'-') && month(h, s + 5) && is(h, s + 7, b'-');
    if !(date && day(h, s + 8)) {
        return None;
    }
    let end = s + 10;
    let Some(time) = time(h, end, b"T _") else {
        return Some(end);
    };
    Some(match h.get(time) {
        Some(b'Z') => time + 1,
        Some(b'+' | b'-') if two_digits(h, time + 1) => {
            if is(h, time + 3, b':') && two_digits(h, time + 4) {
                time + 6
            } else if two_digits(h, time + 3) {
                time + 5
            } else {
                time
            }
        }
        _ => time,
    })
}

/// `(?:19|20)\d{2}/MM/DD(?:[T\x20]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)?`.
fn slashed_date(h: &[u8], s: usize) -> Option<usize> {
    let date = year(h, s) && is(h, s + 4, b'/') && month(h, s + 5) && is(h, s + 7, b'/');
    (date && day(h, s + 8)).then(|| time(h, s + 10, b"T ").unwrap_or(s + 10))
}

/// `DD[./-]DD[./-](?:19|20)\d{2}(?:[T\x20]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)?`,
/// both `DD` being days.
fn day_first_date(h: &[u8], s: usize) -> Option<usize> {
    let sep = |i: usize| matches!(h.get(i), Some(b'.' | b'/' | b'-'));
    let date = day(h, s) && sep(s + 2) && day(h, s + 3) && sep(s + 5) && year(h, s + 6);
    date.then(|| time(h, s + 10, b"T ").unwrap_or(s + 10))
}

/// The end of `[LEADS]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?` at `i`, the
/// time after a date (`leads`: the bytes that may join them).
fn time(h: &[u8], i: usize, leads: &[u8]) -> Option<usize> {
    let opens = h.get(i).is_some_and(|b| leads.contains(b));
    if !(opens && two_digits(h, i + 1) && is(h, i + 3, b':') && two_digits(h, i + 4)) {
        return None;
    }
    let mut end = i + 6;
    if is(h, end, b':') && two_digits(h, end + 1) {
        end += 3;
        if matches!(h.get(end), Some(b'.' | b',')) && digit(h, end + 1) {
            let fraction = h[end + 1..]
                .iter()
                .take(9)
                .take_while(|b| b.is_ascii_digit());
            end += 1 + fraction.count();
        }
    }
    Some(end)
}

/// `\d{1,2}/Mon/\d{4}:\d{2}:\d{2}:\d{2}(?:\x20[+-]\d{4})?` (Common Log
/// Format).
fn clf(h: &[u8], s: usize) -> Option<usize> {
    // Two digits, or one before the `/`: three digits match nowhere here.
    let m = if digit(h, s + 1) { s + 3 } else { s + 2 };
    let date = digit(h, s) && is(h, m - 1, b'/') && month_name(h, m) && is(h, m + 3, b'/');
    let y = m + 4;
    let clock = two_digits(h, y)
        && two_digits(h, y + 2)
        && [y + 4, y + 7, y + 10]
            .into_iter()
            .all(|c| is(h, c, b':') && two_digits(h, c + 1));
    if !(date && clock) {
        return None;
    }
    let end = y + 13;
    let zone = matches!(h.get(end + 1), Some(b'+' | b'-'))
        && is(h, end, b' ')
        && two_digits(h, end + 2)
        && two_digits(h, end + 4);
    Some(if zone { end + 6 } else { end })
}

/// `Mon\x20[\x20\d]\d\x20\d{2}:\d{2}:\d{2}` (syslog).
fn syslog(h: &[u8], s: usize) -> Option<usize> {
    let day = (is(h, s + 4, b' ') || digit(h, s + 4)) && digit(h, s + 5);
    let clock = two_digits(h, s + 7)
        && [s + 9, s + 12]
            .into_iter()
            .all(|c| is(h, c, b':') && two_digits(h, c + 1));
    (month_name(h, s) && is(h, s + 3, b' ') && day && is(h, s + 6, b' ') && clock).then_some(s + 15)
}

/// `[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}` at `s`.
fn mac(h: &[u8], s: usize) -> bool {
    let hex = |i: usize| h.get(i).is_some_and(u8::is_ascii_hexdigit);
    let pair = |i: usize| hex(i) && hex(i + 1);
    let groups = (0..5).all(|g| {
        let sep = s + 2 + 3 * g;
        matches!(h.get(sep), Some(b':' | b'-')) && pair(sep + 1)
    });
    pair(s) && groups
}

#[cfg(test)]
/// The pattern these searches replaced, as their oracle.
pub(super) const STRONG: &str = r"(?x-u)
    (?:tel|mail)_[a-z0-9]{1,8}_[0-9a-f]{16}                            # our own tokens
  | (?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[T\x20_]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?   # ISO 8601
  | (?:19|20)\d{2}/(?:0[1-9]|1[0-2])/(?:0[1-9]|[12]\d|3[01])(?:[T\x20]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)?   # 2026/05/04 10:00:00 (nginx, Go)
  | (?:0[1-9]|[12]\d|3[01])[./-](?:0[1-9]|[12]\d|3[01])[./-](?:19|20)\d{2}(?:[T\x20]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)?   # 06/10/2013 17:26, 24.12.2025
  | \d{1,2}/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/\d{4}:\d{2}:\d{2}:\d{2}(?:\x20[+-]\d{4})?  # CLF
  | (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\x20[\x20\d]\d\x20\d{2}:\d{2}:\d{2}   # syslog
  | [0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}                            # MAC
";

#[cfg(test)]
mod tests {
    use super::*;

    use regex::bytes::Regex;

    /// The pattern's whole search: our own tokens never start where
    /// another alternative can.
    fn next_match(hay: &[u8], from: usize) -> Option<(usize, usize)> {
        let mut seps = Vec::new();
        super::super::separators::map(hay, &mut seps, &mut Vec::new());
        [next_token(hay, from), next_stamp(hay, &seps, from)]
            .into_iter()
            .flatten()
            .min()
    }

    fn theirs(hay: &[u8], from: usize) -> Option<(usize, usize)> {
        let re = Regex::new(STRONG).expect("valid");
        re.find_at(hay, from).map(|m| (m.start(), m.end()))
    }

    #[test]
    fn each_alternative_as_the_pattern_finds_it() {
        for line in [
            &b"t=tel_k1_df4a9327598a9122 mail_abcdefgh_0123456789abcdef0 tel_abcdefghi_0123456789abcdef"[..],
            b"2026-03-15T15:40:05.521Z 2026-03-15 10:00 2026-03-15_10:00:00,1234567890+05:30 2026-03-15T10:00-0530 1999-12-31T23:59+05:3",
            b"2026/05/04 10:00:00 2026/05/04T10:00 2026/13/04 2026/05/32",
            b"06/10/2013 17:26 24.12.2025 31-01-1999T00:00:00.1 32.12.2025 00.12.2025",
            b"[10/Oct/2000:13:55:36 -0700] 1/Jan/2020:00:00:00 123/Feb/2020:00:00:00+0000 7/Mar/2020:00:00:00 +00",
            b"Nov 25 09:14:07 Nov  5 09:14:07 Nov x5 09:14:07 Jun 5 09:14:07",
            b"mac=27-74-7d-1d-16-18 AA:BB:CC:DD:EE:FF:00 aa:bb:cc:dd:ee:f Dec 25 Feb-12-34",
        ] {
            let mut from = 0;
            let mut found = 0;
            while let Some((s, e)) = theirs(line, from) {
                assert_eq!(next_match(line, from), Some((s, e)), "{line:?} from {from}");
                from = e;
                found += 1;
            }
            assert_eq!(next_match(line, from), None, "{line:?} from {from}");
            assert!(found > 1, "{line:?}");
        }
    }

    proptest::proptest! {
        /// The separator map picks every pair: `pairs` against `pair_at`
        /// at each offset, over bytes next to the separators' and hex
        /// digits' ranges too, and pairs across the map's words.
        #[test]
        fn pairs_are_every_pair_at(
            hay in proptest::collection::vec(proptest::sample::select(
                b"-./:,;09afAFgG\x00\xad\xae\xba".to_vec()), 0..200),
            from in 0usize..210,
        ) {
            let mut seps = Vec::new();
            super::super::separators::map(&hay, &mut seps, &mut Vec::new());
            let ours: Vec<usize> = pairs(&hay, &seps, from).collect();
            let theirs: Vec<usize> = (from..hay.len()).filter(|&q| pair_at(&hay, q)).collect();
            proptest::prop_assert_eq!(ours, theirs);
        }
    }

    /// Pieces of every alternative, their near misses and neighbours.
    const PIECES: &[&str] = &[
        "tel_", "mail_", "k1_", "abcdefgh", "i", "_", "df4a9327", "DF", "19", "20", "26", "2026",
        "-", "/", ".", ":", ",", " ", "T", "Z", "+", "0", "1", "3", "12", "13", "31", "32", "05",
        "00:00", "10:20:18", ".521", "Jan", "Nov", "Ja", "Dec", "aa", "F", "x", "\n",
    ];

    proptest::proptest! {
        #[test]
        fn matches_as_find_at(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..40)
        ) {
            let re = Regex::new(STRONG).expect("valid");
            let hay = pieces.concat();
            let hay = hay.as_bytes();
            for from in 0..=hay.len() {
                let theirs = re.find_at(hay, from).map(|m| (m.start(), m.end()));
                proptest::prop_assert_eq!(next_match(hay, from), theirs);
            }
        }
    }
}
