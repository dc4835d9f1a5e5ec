//! The pairs of JSON objects (and of Ruby's `=>` hashes), found by hand:
//! the matches of `fields::JSON`.
//!
//! As an anchored regex search at each `{` and `,` this cost some 700
//! instructions a pair, most of it the regex's setting up and its lazy
//! DFA's table walk, on every pair of every JSON line. The pattern is
//! one-pass (the next byte always decides its branch, see `fields.rs`),
//! so following it byte by byte finds the same match; a string's inside
//! is skipped to its next quote or backslash at once.

use super::groups::{is_space, Found, Pair};
use super::starts;

/// A key holds at most this many characters (an escape is one).
const MAX_KEY: usize = 64;

/// The leftmost pair that starts at or after `from`.
pub(super) fn next_pair(line: &[u8], from: usize) -> Option<Found> {
    starts::leftmost_pair(line, from, starts::json, read_pair)
}

/// The pair that starts at `start` (a `{` or `,`), if one does: where it
/// ends, its key and value (the pattern's group 2 a string's inside, 3 a
/// number or boolean, 4 an array's inside), as read on the way.
fn read_pair(line: &[u8], start: usize) -> Option<(usize, Pair)> {
    // `[{,]\s*"key"\s*(?::|=>)\s*`
    let key_start = expect(line, skip_spaces(line, start + 1), b'"')?;
    let key_end = key_end(line, key_start)?;
    let key = (key_start, key_end);
    let i = skip_spaces(line, key_end + 1);
    let i = match line.get(i..)? {
        [b':', ..] => i + 1,
        [b'=', b'>', ..] => i + 2,
        _ => return None,
    };
    let i = skip_spaces(line, i);
    let (end, value, group) = match *line.get(i)? {
        b'"' => {
            let end = quoted_end(line, i + 1, b'"')?;
            (end, (i + 1, end - 1), 2)
        }
        b'[' => {
            let inside = skip_spaces(line, i + 1);
            let end = array_end(line, inside)?;
            (end, (inside, end - 1), 4)
        }
        b't' => {
            let end = line[i..].starts_with(b"true").then_some(i + 4)?;
            (end, (i, end), 3)
        }
        b'f' => {
            let end = line[i..].starts_with(b"false").then_some(i + 5)?;
            (end, (i, end), 3)
        }
        _ => {
            let end = number_end(line, i)?;
            (end, (i, end), 3)
        }
    };
    Some((end, (key, value, group)))
}

/// Where a key whose first byte is at `from` closes (its quote): one to
/// 64 characters, each a byte other than a quote, a backslash or a
/// control, or an escape (`\\.`: any byte but a newline after the
/// backslash).
fn key_end(line: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    for _ in 0..=MAX_KEY {
        match *line.get(i)? {
            b'"' => return (i > from).then_some(i),
            b'\\' => i = escape_end(line, i)?,
            0x00..=0x1f => return None,
            _ => i += 1,
        }
    }
    None
}

/// Where a string in `quote`s whose inside starts at `from` ends, past
/// its closing quote: `(?:[^"\\]|\\.)*"` for double quotes (and the
/// LOGFMT pattern's single-quoted strings).
pub(super) fn quoted_end(line: &[u8], from: usize, quote: u8) -> Option<usize> {
    let mut i = from;
    loop {
        i += memchr::memchr2(quote, b'\\', line.get(i..)?)?;
        if line[i] == quote {
            return Some(i + 1);
        }
        i = escape_end(line, i)?;
    }
}

/// Past the escape whose backslash is at `at`: `.` takes any byte but a
/// newline.
fn escape_end(line: &[u8], at: usize) -> Option<usize> {
    line.get(at + 1).filter(|&&b| b != b'\n').map(|_| at + 2)
}

/// Where a number starting at `from` ends: `-?\d[\d.eE+\-]*`.
fn number_end(line: &[u8], from: usize) -> Option<usize> {
    let digit = from + usize::from(line.get(from) == Some(&b'-'));
    if !line.get(digit)?.is_ascii_digit() {
        return None;
    }
    let rest = &line[digit + 1..];
    let len = rest
        .iter()
        .position(|&b| !(b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-')))
        .unwrap_or(rest.len());
    Some(digit + 1 + len)
}

/// Where a flat array whose inside starts at `from` (past the spaces
/// after its `[`) ends, past its `]`: one or more strings, numbers or
/// nulls, each followed by spaces, separated by `,` and spaces.
fn array_end(line: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    loop {
        i = match *line.get(i)? {
            b'"' => quoted_end(line, i + 1, b'"')?,
            b'n' if line[i..].starts_with(b"null") => i + 4,
            _ => number_end(line, i)?,
        };
        i = skip_spaces(line, i);
        match *line.get(i)? {
            b',' => i = skip_spaces(line, i + 1),
            b']' => return Some(i + 1),
            _ => return None,
        }
    }
}

/// Past the byte at `at` if it is `b`.
fn expect(line: &[u8], at: usize, b: u8) -> Option<usize> {
    (line.get(at) == Some(&b)).then_some(at + 1)
}

/// The first offset at or after `from` that holds no space (or the end).
fn skip_spaces(line: &[u8], from: usize) -> usize {
    let rest = line.get(from..).unwrap_or_default();
    from + rest.iter().take_while(|&&b| is_space(b)).count()
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
        let re = Regex::new(super::super::JSON).expect("valid");
        for line in [
            &br#"{"a" : "b\"c", "n":-1.5e3,"arr": [ "x", 2 ] , "r"=>"v", "t":true,"f":false}"#[..],
            br#"{"e":[], "u":[1,], "k\"q":"\\", "nl":"a\
b", "ctl":"\x01", "x":trueish, "m":-x, "y": [ -1 , "a\"b" ]x}"#,
            br#"[{"id":7},{"id":"8"}] ,"k":"unclosed"#,
            br#"{"g":[null,"Arash"], "h":[ "a" , null ], "i":[nullx,"b"], "j":[nul]}"#,
        ] {
            as_find_at(&re, line);
        }
        let long_key = |n: usize| format!(r#"{{"{}":1}}"#, "k".repeat(n));
        for n in [63, 64, 65] {
            as_find_at(&re, long_key(n).as_bytes());
        }
        as_find_at(&re, format!(r#"{{"{}":1}}"#, "\\n".repeat(64)).as_bytes());
        as_find_at(&re, format!(r#"{{"{}":1}}"#, "\\n".repeat(65)).as_bytes());
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(4000))]
        #[test]
        fn finds_and_reads_what_the_pattern_captures(
            picked in proptest::collection::vec(proptest::sample::select(vec![
                "{", ",", "\"", ":", "=>", "=", " ", "\\", "\\\"", "a", "ph", "1", "-", "-2.5e3",
                "true", "false", "tru", "[", "]", "\t", "\n", "\u{e9}", "\x01", "\"k\"", ":\"v\"",
                "null", "\\\n", "E+", ".",
            ]), 0..24),
        ) {
            let re = Regex::new(super::super::JSON).expect("valid");
            let line = picked.concat().into_bytes();
            for from in 0..=line.len() {
                let theirs = super::super::tests::captured(&re, &line, from);
                proptest::prop_assert_eq!(next_pair(&line, from), theirs, "{:?} from {}", line, from);
                // `JsonStrings::skip_pair`: from outside the strings at a
                // pair's start, the walk ends outside at its end.
                if let Some(((start, end), _)) = theirs {
                    let mut walk = super::super::JsonStrings { pos: start, in_string: false };
                    proptest::prop_assert!(walk.outside(&line, end) && walk.pos == end, "{:?} {}..{}", line, start, end);
                }
            }
        }
    }
}
