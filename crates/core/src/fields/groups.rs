//! The key and value of a query-string match, read from the match's
//! bytes instead of the regex's capture groups: the pattern runs on many
//! lines, and a capture search costs a third more than a search for the
//! match's bounds (it runs a third engine over each match). The pattern
//! is one-pass (the next byte always decides the branch, see
//! `fields.rs`), so once the bounds are known a byte check tells every
//! group; the tests hold the reader to the pattern's captures. (The JSON
//! and LOGFMT pairs' searches, written by hand, give their groups as they
//! read them: `json_pairs`, `logfmt_pairs`.)

/// A byte range of the line.
pub(super) type Span = (usize, usize);

/// A match's key, value and the value's group number.
pub(super) type Pair = (Span, Span, usize);

/// Reads a pattern's `Pair` from the bounds (`start`, `end`) of one of its
/// matches in `line`.
pub(super) type Reader = fn(line: &[u8], start: usize, end: usize) -> Pair;

/// A match's bounds and its `Pair`, as a search written by hand gives
/// them: it reads each part on its way to the match's end.
pub(super) type Found = (Span, Pair);

/// `\s` as the patterns read it (`(?-u)`): ASCII whitespace with `\v`.
pub(super) fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
}

/// The groups of a match of `fields::URL` at `start..end`: key, value and
/// the value's group (2); a key holds no `=`.
pub(super) fn url(line: &[u8], start: usize, end: usize) -> Pair {
    let eq = start + 1 + memchr::memchr(b'=', &line[start + 1..end]).expect("a pair has `=`");
    ((start + 1, eq), (eq + 1, end), 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::bytes::Regex;

    /// Every match of `pattern` in `line`: the groups `read` gives and the
    /// ones captures give (key, first matching value group, its number).
    fn compare(pattern: &str, read: Reader, line: &[u8]) {
        let re = Regex::new(pattern).expect("valid");
        for c in re.captures_iter(line) {
            let m = c.get(0).expect("match");
            let key = c.get(1).map(|k| (k.start(), k.end())).expect("key");
            let (g, v) = (2..c.len())
                .find_map(|g| c.get(g).map(|v| (g, (v.start(), v.end()))))
                .expect("value");
            assert_eq!(read(line, m.start(), m.end()), (key, v, g), "{line:?}");
        }
    }

    /// The bytes each pattern branches on, and some that end its parts.
    const PIECES: &[&str] = &[
        "{", "}", ",", "[", "]", "\"", "'", "\\", "\\\"", " ", "\t", "\x0b", "\n", ":", "=", "=>",
        ": ", " = ", "= '", "(", ")", ";", "|", "?", "&", "#", "%", "-", "1", "2.5e-3", "a", "K_1",
        "x.y", "<", ">", ",i)", "true", "fals",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(4000))]
        #[test]
        fn readers_give_what_captures_give(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..40)
        ) {
            let line = pieces.concat();
            compare(super::super::URL, url, line.as_bytes());
        }
    }

    #[test]
    fn readers_give_what_captures_give_on_written_lines() {
        for line in [
            &br#"{"a" : "b\"c", "n":-1.5e3,"arr": [ "x", 2 ] , "r"=>"v"}"#[..],
            br#"ts=1 msg="ani lookup" agent="A. Cunha" phone: "+49 30 1" x: y"#,
            b"{ FirstName = Semen, LastName = 'A', b = 'c' } CALLERID(name)=Bob a= 'q'",
            b"Set(\"CONNECTEDLINE(name,i)=Nino G\") REDIRECTING(from-num,i)=+3",
            b"key='v\\'w' k2=\"q\" Queue: Sales|CallerIDNum: 0612",
            b"GET /s/X?name=G%C3%A1l+M&phone=%2B49+1&cid=7#frag=1;x=",
            b"=x a=b",
            b"{id = 3, nome = \"Su\\\"x\", b = 'c'} { nombre: 'E\\'ko', n: x }",
        ] {
            compare(super::super::URL, url, line);
        }
    }
}
