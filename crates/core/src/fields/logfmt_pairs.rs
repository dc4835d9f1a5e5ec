//! The pairs of logfmt lines and their kin (`key=value`, `key: value`,
//! `Key = 'value'`, see `fields::LOGFMT`), found by hand.
//!
//! As an anchored regex search at each place `starts::logfmt` gives this
//! cost some 500 instructions a pair, most of it the regex's setting up.
//! The pattern is one-pass (the next byte always decides its branch), and
//! no part of it can give back what it took for the part after it to
//! match (a key's parts never start with what may follow a key), so
//! following it byte by byte finds the same match.

use super::groups::{is_space, Found, Pair, Span};
use super::json_pairs::quoted_end;
use super::starts;
use super::starts::LogfmtStart;
use super::starts::IN_KEY;

/// A key holds at most this many parts after its first byte (a byte, an
/// index `[0]`, or a URL-encoded `%5Bname%5D`).
const MAX_KEY_PARTS: usize = 63;

/// The leftmost pair that starts at or after `from`.
pub(super) fn next_pair(line: &[u8], mut from: usize) -> Option<Found> {
    while let Some(start) = starts::logfmt(line, from) {
        if let Some((end, pair)) = read_pair(line, &start) {
            return Some(((start.at, end), pair));
        }
        // No pair starts inside the key's run of plain bytes: none of
        // them is a separator.
        from = start.key_run_end.unwrap_or(start.at + 1);
    }
    None
}

/// The pair that starts at `start`, if one does: the key right there at
/// the line's start (`^`), or after a separator (`[\s,;|(\[{]`); where
/// it ends, its key and value, as read on the way.
fn read_pair(line: &[u8], start: &LogfmtStart) -> Option<(usize, Pair)> {
    let at_key = |from: usize, run_end: Option<usize>| {
        let (key_end, at) = after_key(line, from, run_end)?;
        let (end, value, group) = value_end(line, at)?;
        Some((end, ((from, key_end), value, group)))
    };
    let after_separator = || {
        matches!(
            line.get(start.at)?,
            b',' | b';' | b'|' | b'(' | b'[' | b'{' | b'\t'..=b'\r' | b' '
        )
        .then(|| at_key(start.at + 1, start.key_run_end))
        .flatten()
    };
    if start.at == 0 {
        at_key(0, None).or_else(after_separator)
    } else {
        after_separator()
    }
}

/// Where a key starting at `from` ends, and past the option or
/// parenthesis that may close it (`(?:\)|,[a-z]{1,2}\))?`). `run_end`:
/// where the run of plain key bytes after its first byte ends, if the
/// start search walked it (and so checked the first byte).
fn after_key(line: &[u8], from: usize, run_end: Option<usize>) -> Option<(usize, usize)> {
    let (mut i, mut parts) = match run_end {
        // Each plain byte is a part; a longer run is cut where the walk
        // would stop.
        Some(end) => {
            let parts = (end - from - 1).min(MAX_KEY_PARTS);
            (from + 1 + parts, parts)
        }
        None => {
            let first = *line.get(from)?;
            if !(first.is_ascii_alphabetic() || first == b'_' || first >= 0x80) {
                return None;
            }
            (from + 1, 0)
        }
    };
    while parts < MAX_KEY_PARTS {
        match key_part_len(&line[i..]) {
            0 => break,
            len => i += len,
        }
        parts += 1;
    }
    let option = match line.get(i..).unwrap_or_default() {
        [b')', ..] => 1,
        [b',', a, b')', ..] if a.is_ascii_lowercase() => 3,
        [b',', a, b, b')', ..] if a.is_ascii_lowercase() && b.is_ascii_lowercase() => 4,
        _ => 0,
    };
    Some((i, i + option))
}

/// The length of the key part at the start of `text`, 0 if none: a byte
/// of `[A-Za-z0-9_.\-\x80-\xff]`, `\[[0-9A-Za-z_]+\]` or
/// `%5[Bb][0-9A-Za-z_]+%5[Dd]`.
fn key_part_len(text: &[u8]) -> usize {
    let Some(&first) = text.first() else {
        return 0;
    };
    if IN_KEY[usize::from(first)] {
        return 1;
    }
    let (open, close): (usize, &[u8]) = match text {
        [b'[', ..] => (1, b"]"),
        [b'%', b'5', b'B' | b'b', ..] => (3, b"%5d"),
        _ => return 0,
    };
    let inner = text[open..]
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_')
        .count();
    let rest = &text[open + inner..];
    let closed = rest.len() >= close.len() && rest[..close.len()].eq_ignore_ascii_case(close);
    if inner > 0 && closed {
        open + inner + close.len()
    } else {
        0
    }
}

/// Where the pair whose key (and option) ends at `at` ends, its value
/// and the value's group (2-12, see the pattern): the pattern's four ways
/// to give a value, each told by its first bytes.
fn value_end(line: &[u8], at: usize) -> Option<(usize, Span, usize)> {
    // A value in quotes whose inside starts at `from`, or a bare one
    // from `from` to `end`.
    let quoted = |from: usize, quote: u8, group: usize| {
        let end = quoted_end(line, from, quote)?;
        Some((end, (from, end - 1), group))
    };
    let bare = |from: usize, end: usize, group: usize| Some((end, (from, end), group));
    match line.get(at..)? {
        // ` =` then `'…'`, or a space and `'…'`, `"…"` or a record's bare
        // value (`[^'"\s,{}][^,{}]*`).
        [b' ', b'=', b'\'', ..] => quoted(at + 3, b'\'', 2),
        [b' ', b'=', b' ', b'\'', ..] => quoted(at + 4, b'\'', 3),
        [b' ', b'=', b' ', b'"', ..] => quoted(at + 4, b'"', 4),
        [b' ', b'=', b' ', b, ..] if !(is_space(*b) || matches!(b, b',' | b'{' | b'}')) => {
            let end = bare_end(line, at + 4, |b| matches!(b, b',' | b'{' | b'}'));
            bare(at + 3, end, 5)
        }
        // `=` then ` '…'`, `'…'`, `"…"` or a bare value (`[^\s"'][^\s"]*`).
        [b'=', b' ', b'\'', ..] => quoted(at + 3, b'\'', 6),
        [b'=', b'\'', ..] => quoted(at + 2, b'\'', 6),
        [b'=', b'"', ..] => quoted(at + 2, b'"', 7),
        [b'=', b, ..] if !is_space(*b) => {
            let end = bare_end(line, at + 2, |b| is_space(b) || b == b'"');
            bare(at + 1, end, 8)
        }
        // `: ` then `"…"`, `'…'` or a bare value (`[^\s"',|{\[][^\s",|]*`).
        [b':', b' ', b'"', ..] => quoted(at + 3, b'"', 9),
        [b':', b' ', b'\'', ..] => quoted(at + 3, b'\'', 10),
        [b':', b' ', b, ..]
            if !(is_space(*b) || matches!(b, b'\'' | b',' | b'|' | b'{' | b'[')) =>
        {
            let end = bare_end(line, at + 3, |b| {
                is_space(b) || matches!(b, b'"' | b',' | b'|')
            });
            bare(at + 2, end, 11)
        }
        // `:"…"`, glued.
        [b':', b'"', ..] => quoted(at + 2, b'"', 12),
        _ => None,
    }
}

/// Where a bare value's bytes from `from` on end: at the first that
/// `ends` (or the line's end).
fn bare_end(line: &[u8], from: usize, ends: impl Fn(u8) -> bool) -> usize {
    line[from..]
        .iter()
        .position(|&b| ends(b))
        .map_or(line.len(), |p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    use regex::bytes::Regex;

    fn as_find_at(re: &Regex, line: &[u8]) {
        super::super::tests::finds_as_captures_at(re, line, next_pair);
    }

    #[test]
    fn each_branch_as_the_pattern_finds_it() {
        let re = Regex::new(super::super::LOGFMT).expect("valid");
        for line in [
            &br#"ts=1 msg="ani lookup" agent="A. Cunha" phone: "+49 30 1" x: y z:"q""#[..],
            b"{ FirstName = Semen, LastName = 'A', b = 'c' } CALLERID(name)=Bob a= 'q'",
            b"Set(\"CONNECTEDLINE(name,i)=Nino G\") REDIRECTING(from-num,ix)=+3 O(n,abc)=1",
            b"key='v\\'w' k2=\"q\" Queue: Sales|CallerIDNum: 0612 n: 'x' m: {a: 1}",
            b"contact[name]=Ana contact%5Bname%5D=Bo c%5bx%5d=1 d[]=2 e[x=3 f%5Bx=4",
            b"=x a=b \xc3\xa9t\xc3\xa9=1 _k= v k=\"open k='open",
            b" lead=1\tt=2;u=3|v=4(w=5[x=6{y=7,z=8",
            b"{id = 3, nome = \"Su\\\"x\", b = 'c'} { nombre: 'E\\'ko', n: x }",
        ] {
            as_find_at(&re, line);
        }
        let long_key = |n: usize| format!("a {}=1", "k".repeat(n));
        for n in [63, 64, 65] {
            as_find_at(&re, long_key(n).as_bytes());
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(4000))]
        #[test]
        fn finds_and_reads_what_the_pattern_captures(
            picked in proptest::collection::vec(proptest::sample::select(vec![
                "=", ":", " ", ": ", " = ", ",", ";", "|", "(", ")", "[", "]", "{", "}", "a",
                "Key", "_", ".", "-", "1", "%5B", "%5d", "%", "n", "\"", "'", "\\", "\t", "\n",
                "\u{e9}", ",ab)", ",a)", ",abc)", "\"v\"", "'v'", "x=1", "[0]",
            ]), 0..24),
        ) {
            let re = Regex::new(super::super::LOGFMT).expect("valid");
            let line = picked.concat().into_bytes();
            for from in 0..=line.len() {
                let theirs = super::super::tests::captured(&re, &line, from);
                proptest::prop_assert_eq!(next_pair(&line, from), theirs, "{:?} from {}", line, from);
                // The key's run the start search walked: going on from its
                // end reads the key as walking it from its first byte.
                if let Some(LogfmtStart { at, key_run_end: Some(run_end) }) = starts::logfmt(&line, from) {
                    proptest::prop_assert_eq!(
                        after_key(&line, at + 1, Some(run_end)),
                        after_key(&line, at + 1, None),
                        "{:?} from {}", line, from
                    );
                }
            }
        }
    }

    #[test]
    fn a_walked_key_run_ends_as_a_walked_key() {
        for n in [1, 62, 63, 64, 65, 70] {
            let line = format!(" {}[x]=1", "k".repeat(n)).into_bytes();
            let run_end = 1 + n;
            assert_eq!(
                after_key(&line, 1, Some(run_end)),
                after_key(&line, 1, None),
                "{n}"
            );
        }
    }
}
