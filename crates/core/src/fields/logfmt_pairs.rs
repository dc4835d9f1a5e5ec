//! The pairs of logfmt lines and their kin (`key=value`, `key: value`,
//! `Key = 'value'`, see `fields::LOGFMT`), found by hand.
//!
//! As an anchored regex search at each place `starts::logfmt` gives this
//! cost some 500 instructions a pair, most of it the regex's setting up.
//! The pattern is one-pass (the next byte always decides its branch), and
//! no part of it can give back what it took for the part after it to
//! match (a key's parts never start with what may follow a key), so
//! following it byte by byte finds the same match.

use super::groups::is_space;
use super::json_pairs::quoted_end;
use super::starts;
use super::starts::IN_KEY;

/// A key holds at most this many parts after its first byte (a byte, an
/// index `[0]`, or a URL-encoded `%5Bname%5D`).
const MAX_KEY_PARTS: usize = 63;

/// The bounds of the leftmost pair that starts at or after `from`.
pub(super) fn next_pair(line: &[u8], from: usize) -> Option<(usize, usize)> {
    starts::leftmost_pair(line, from, starts::logfmt, pair_end)
}

/// Where the pair that starts at `start` ends, if one does: the key right
/// there at the line's start (`^`), or after a separator
/// (`[\s,;|(\[{]`).
fn pair_end(line: &[u8], start: usize) -> Option<usize> {
    let at_key = |key: usize| after_key(line, key).and_then(|i| value_end(line, i));
    let after_separator = || {
        matches!(
            line.get(start)?,
            b',' | b';' | b'|' | b'(' | b'[' | b'{' | b'\t'..=b'\r' | b' '
        )
        .then(|| at_key(start + 1))
        .flatten()
    };
    if start == 0 {
        at_key(0).or_else(after_separator)
    } else {
        after_separator()
    }
}

/// Past a key starting at `from` and the option or parenthesis that may
/// close it (`(?:\)|,[a-z]{1,2}\))?`).
fn after_key(line: &[u8], from: usize) -> Option<usize> {
    let first = *line.get(from)?;
    if !(first.is_ascii_alphabetic() || first == b'_' || first >= 0x80) {
        return None;
    }
    let mut i = from + 1;
    for _ in 0..MAX_KEY_PARTS {
        match key_part_len(&line[i..]) {
            0 => break,
            len => i += len,
        }
    }
    let option = match line.get(i..).unwrap_or_default() {
        [b')', ..] => 1,
        [b',', a, b')', ..] if a.is_ascii_lowercase() => 3,
        [b',', a, b, b')', ..] if a.is_ascii_lowercase() && b.is_ascii_lowercase() => 4,
        _ => 0,
    };
    Some(i + option)
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

/// Where the pair whose key (and option) ends at `at` ends: the pattern's
/// four ways to give a value, each told by its first bytes.
fn value_end(line: &[u8], at: usize) -> Option<usize> {
    match line.get(at..)? {
        // ` =` then `'…'`, or a space and `'…'`, `"…"` or a record's bare
        // value (`[^'"\s,{}][^,{}]*`).
        [b' ', b'=', b'\'', ..] => quoted_end(line, at + 3, b'\''),
        [b' ', b'=', b' ', q @ (b'\'' | b'"'), ..] => quoted_end(line, at + 4, *q),
        [b' ', b'=', b' ', b, ..] if !(is_space(*b) || matches!(b, b',' | b'{' | b'}')) => {
            Some(bare_end(line, at + 4, |b| matches!(b, b',' | b'{' | b'}')))
        }
        // `=` then ` '…'`, `'…'`, `"…"` or a bare value (`[^\s"'][^\s"]*`).
        [b'=', b' ', b'\'', ..] => quoted_end(line, at + 3, b'\''),
        [b'=', q @ (b'\'' | b'"'), ..] => quoted_end(line, at + 2, *q),
        [b'=', b, ..] if !is_space(*b) => {
            Some(bare_end(line, at + 2, |b| is_space(b) || b == b'"'))
        }
        // `: ` then `"…"`, `'…'` or a bare value (`[^\s"',|{\[][^\s",|]*`).
        [b':', b' ', q @ (b'"' | b'\''), ..] => quoted_end(line, at + 3, *q),
        [b':', b' ', b, ..]
            if !(is_space(*b) || matches!(b, b'\'' | b',' | b'|' | b'{' | b'[')) =>
        {
            Some(bare_end(line, at + 3, |b| {
                is_space(b) || matches!(b, b'"' | b',' | b'|')
            }))
        }
        // `:"…"`, glued.
        [b':', b'"', ..] => quoted_end(line, at + 2, b'"'),
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
        super::super::tests::finds_as_find_at(re, line, next_pair);
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
        fn finds_what_the_pattern_finds(
            picked in proptest::collection::vec(proptest::sample::select(vec![
                "=", ":", " ", ": ", " = ", ",", ";", "|", "(", ")", "[", "]", "{", "}", "a",
                "Key", "_", ".", "-", "1", "%5B", "%5d", "%", "n", "\"", "'", "\\", "\t", "\n",
                "\u{e9}", ",ab)", ",a)", ",abc)", "\"v\"", "'v'", "x=1", "[0]",
            ]), 0..24),
        ) {
            let re = Regex::new(super::super::LOGFMT).expect("valid");
            let line = picked.concat().into_bytes();
            for from in 0..=line.len() {
                let theirs = re.find_at(&line, from).map(|m| (m.start(), m.end()));
                proptest::prop_assert_eq!(next_pair(&line, from), theirs, "{:?} from {}", line, from);
            }
        }
    }
}
