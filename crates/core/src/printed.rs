//! Key/value pairs of data structures printed by a language's debug
//! formatter, which logfmt's pattern does not read: PHP's `print_r`
//! (`Array ( [name] => Petrová [vorname] => Eliška )`) and Go's `%+v`
//! (`{ID:7 FirstName:Anna LastName:Berg Tags:[vip]}`). Neither quotes its
//! strings, so a value runs to where the next key or the structure's end
//! begins.

use crate::census::Census;
use crate::fields::{Field, Syntax};
use crate::needles::Needle;

/// The longest key read.
const MAX_KEY: usize = 64;

/// Appends the pairs of `line`'s printed structures to `out`.
pub(crate) fn scan(line: &[u8], census: Census, out: &mut Vec<Field>) {
    if census.holds(line, Needle::PhpArrow) {
        php_print_r(line, census, out);
    }
    // A JSON line's braces are its own (a struct printed into one of its
    // strings is rare): walking them all would cost every JSON line.
    if census.holds(line, Needle::OpenBrace)
        && census.holds(line, Needle::Colon)
        && !crate::fields::looks_like_json(line)
    {
        go_struct(line, out);
    }
}

/// `[key] => value`: the value runs to the next `[` or `)` (the next key or
/// the array's end), without the spaces before it. A nested `Array (` is
/// no value.
fn php_print_r(line: &[u8], census: Census, out: &mut Vec<Field>) {
    for at in census.find_iter(line, Needle::PhpArrow) {
        // `at` is the `]` of `] => `.
        let Some(open) = memchr::memrchr(b'[', &line[..at]) else {
            continue;
        };
        let key = (open + 1, at);
        if key.0 == key.1 || key.1 - key.0 > MAX_KEY {
            continue;
        }
        let start = at + b"] => ".len();
        let len = memchr::memchr2(b'[', b')', &line[start..]).unwrap_or(line.len() - start);
        let text = line[start..start + len].trim_ascii_end();
        if text.is_empty() || text.starts_with(b"Array") || text.ends_with(b"Object") {
            continue;
        }
        out.push(Field {
            key,
            value: (start, start + text.len()),
            syntax: Syntax::Logfmt,
        });
    }
}

/// `Key:value` inside braces, the key an exported Go field (a capital
/// first) after `{` or a space: the value runs to the next ` Key:`, a
/// closing brace or bracket, or a quote or backslash (a JSON string
/// around the printed struct ends there).
fn go_struct(line: &[u8], out: &mut Vec<Field>) {
    let mut depth = 0usize;
    let mut i = 0;
    while i < line.len() {
        match line[i] {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        let opens_key = depth > 0 && matches!(line[i], b'{' | b' ');
        i += 1;
        if !opens_key {
            continue;
        }
        let Some(key_len) = go_key_at(line, i) else {
            continue;
        };
        let start = i + key_len + 1;
        if !line
            .get(start)
            .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'/' | b':' | b'"' | b'\''))
        {
            continue;
        }
        let end = go_value_end(line, start);
        if end == start {
            continue;
        }
        out.push(Field {
            key: (i, i + key_len),
            value: (start, end),
            syntax: Syntax::Logfmt,
        });
        i = end;
    }
}

/// The length of an exported Go field's name at `at` that a `:` follows.
fn go_key_at(line: &[u8], at: usize) -> Option<usize> {
    if !line.get(at)?.is_ascii_uppercase() {
        return None;
    }
    let len = line[at..]
        .iter()
        .take(MAX_KEY + 1)
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
        .count();
    (len <= MAX_KEY && line.get(at + len) == Some(&b':')).then_some(len)
}

/// Where a Go `%+v` value that starts at `start` ends.
fn go_value_end(line: &[u8], start: usize) -> usize {
    let mut j = start;
    while j < line.len() {
        match line[j] {
            b'}' | b']' | b'{' | b'[' | b'"' | b'\\' => return j,
            b' ' if go_key_at(line, j + 1).is_some() => return j,
            _ => j += 1,
        }
    }
    j
}
