//! The key and value of a JSON, logfmt or query-string match, read from
//! the match's bytes instead of the regex's capture groups. These three
//! patterns run on nearly every line, and a capture search costs a third
//! more than a search for the match's bounds: it runs a third engine over
//! each match. Each pattern is one-pass (the next byte always decides the
//! branch, see `fields.rs`), so once the bounds are known a few byte
//! checks tell every group; the tests hold each reader to its pattern's
//! captures.

use super::starts::IN_KEY;

/// A byte range of the line.
pub(super) type Span = (usize, usize);

/// A match's key, value and the value's group number.
pub(super) type Pair = (Span, Span, usize);

/// Reads a pattern's `Pair` from the bounds (`start`, `end`) of one of its
/// matches in `line`.
pub(super) type Reader = fn(line: &[u8], start: usize, end: usize) -> Pair;

/// `\s` as the patterns read it (`(?-u)`): ASCII whitespace with `\v`.
pub(super) fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
}

fn skip_spaces(line: &[u8], mut i: usize) -> usize {
    while is_space(line[i]) {
        i += 1;
    }
    i
}

/// The groups of a match of `fields::JSON` at `start..end`: key, value
/// and the value's group (2 a string, 3 a number or boolean, 4 an array's
/// inside).
pub(super) fn json(line: &[u8], start: usize, end: usize) -> Pair {
    // `[{,]\s*"`, then the key up to its unescaped closing quote.
    let key_start = skip_spaces(line, start + 1) + 1;
    let mut i = key_start;
    while line[i] != b'"' {
        i += if line[i] == b'\\' { 2 } else { 1 };
    }
    let key = (key_start, i);
    // `"\s*(?::|=>)\s*`
    let i = skip_spaces(line, i + 1);
    let i = skip_spaces(line, if line[i] == b':' { i + 1 } else { i + 2 });
    match line[i] {
        b'"' => (key, (i + 1, end - 1), 2),
        b'[' => (key, (skip_spaces(line, i + 1), end - 1), 4),
        _ => (key, (i, end), 3),
    }
}

/// The length of an index or a nested field at the start of `text`, as
/// the LOGFMT pattern allows them: `[0]`, `[name]` (`\[[0-9A-Za-z_]+\]`)
/// or URL-encoded `%5Bname%5D`.
fn subscript_len(text: &[u8]) -> Option<usize> {
    let (open, close): (usize, &[u8]) = if text.first() == Some(&b'[') {
        (1, b"]")
    } else if text.len() > 3 && text[..3].eq_ignore_ascii_case(b"%5b") {
        (3, b"%5d")
    } else {
        return None;
    };
    let inner = text[open..]
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_')
        .count();
    let rest = &text[open + inner..];
    (inner > 0 && rest.len() >= close.len() && rest[..close.len()].eq_ignore_ascii_case(close))
        .then_some(open + inner + close.len())
}

/// The groups of a match of `fields::LOGFMT` at `start..end`: key, value
/// and the value's group (2-12, see the pattern).
pub(super) fn logfmt(line: &[u8], start: usize, end: usize) -> Pair {
    // `(?:^|[\s,;|(\[{])`: a separator is never a key's first byte. A
    // key's bytes above 0x7f are letters of another script.
    let is_key_byte = |b: u8| IN_KEY[usize::from(b)];
    let key_start = if start == 0 && is_key_byte(line[0]) {
        0
    } else {
        start + 1
    };
    let mut p = key_start;
    loop {
        if is_key_byte(line[p]) {
            p += 1;
        } else if let Some(len) = subscript_len(&line[p..]) {
            // `contacts[0].phones[0].phone=`: a flattened path's index;
            // `contact[name]=`: a form's nested field.
            p += len;
        } else {
            break;
        }
    }
    let key = (key_start, p);
    // `CALLERID(name)=`, `CONNECTEDLINE(name,i)=`: the pattern took the
    // closing parenthesis, after an option or not.
    if line[p] == b',' {
        p += memchr::memchr(b')', &line[p..end]).expect("the pattern's closing parenthesis");
    }
    if line[p] == b')' {
        p += 1;
    }
    let (value, group) = match (line[p], line[p + 1]) {
        // ` =` then `'…'`, ` '…'`, ` "…"` or a bare record value.
        (b' ', _) => match (line[p + 2], line[p + 3]) {
            (b'\'', _) => ((p + 3, end - 1), 2),
            (_, b'\'') => ((p + 4, end - 1), 3),
            (_, b'"') => ((p + 4, end - 1), 4),
            _ => ((p + 3, end), 5),
        },
        // `=` then ` '…'`, `'…'`, `"…"` or a bare value.
        (b'=', b' ') => ((p + 3, end - 1), 6),
        (b'=', b'\'') => ((p + 2, end - 1), 6),
        (b'=', b'"') => ((p + 2, end - 1), 7),
        (b'=', _) => ((p + 1, end), 8),
        // `:"…"`, glued.
        (b':', b'"') => ((p + 2, end - 1), 12),
        // `: ` then `"…"`, `'…'` or a bare value.
        _ => match line[p + 2] {
            b'"' => ((p + 3, end - 1), 9),
            b'\'' => ((p + 3, end - 1), 10),
            _ => ((p + 2, end), 11),
        },
    };
    (key, value, group)
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
            compare(super::super::JSON, json, line.as_bytes());
            compare(super::super::LOGFMT, logfmt, line.as_bytes());
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
            compare(super::super::JSON, json, line);
            compare(super::super::LOGFMT, logfmt, line);
            compare(super::super::URL, url, line);
        }
    }
}
