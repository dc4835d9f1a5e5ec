//! Characters a JSON encoder wrote as `\uXXXX` escapes. Python's
//! `json.dumps` escapes every non-ASCII character by default, so a
//! Python service logs `Jos\u00e9 Garc\u00eda`: read as it is, a name
//! breaks at each escape and half of it is left (`[name]\u00e9
//! Garc\u00eda`). A line holding such escapes is scanned decoded, and what
//! is found there is mapped back onto the escaped text.
//!
//! Only escapes of non-ASCII characters are decoded: an escaped quote,
//! backslash or `<` (`\u0022`, `\u005c`, Go's `\u003c`) is JSON's own
//! syntax, and decoding it would change the document's structure. A run
//! of backslashes before the `u` is one escape too: a JSON document logged
//! inside another doubles them (`\\u00e7`).

/// The first escape of a non-ASCII character in `line[from..]`: where it
/// starts (its first backslash), where it ends, and its character.
fn next_escape(line: &[u8], from: usize) -> Option<(usize, usize, char)> {
    let mut at = from;
    while let Some(i) = memchr::memmem::find(&line[at..], b"\\u").map(|i| at + i) {
        let start = line[..i]
            .iter()
            .rposition(|&b| b != b'\\')
            .map_or(0, |p| p + 1)
            .max(from);
        if let Some((end, c)) = escaped_char(line, i + 1) {
            return Some((start, end, c));
        }
        at = i + 2;
    }
    None
}

/// The non-ASCII character escaped at `line[u..]` (its `u`), and where
/// the escape ends: one code point, or a surrogate pair whose second half
/// is written with the same backslashes.
fn escaped_char(line: &[u8], u: usize) -> Option<(usize, char)> {
    let unit = code_unit(line, u)?;
    if unit < 0x80 {
        return None;
    }
    if !(0xD800..0xDC00).contains(&unit) {
        return char::from_u32(unit).map(|c| (u + 5, c));
    }
    // A high surrogate: its low half follows as `\…uDCxx`.
    let slashes = line[..u].iter().rev().take_while(|&&b| b == b'\\').count();
    let next = u + 5;
    let low_u = next + slashes;
    let written = line.get(next..low_u)?.iter().all(|&b| b == b'\\');
    let low = code_unit(line, low_u).filter(|l| written && (0xDC00..0xE000).contains(l))?;
    let c = char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))?;
    Some((low_u + 5, c))
}

/// The four hex digits after the `u` at `line[u]`.
fn code_unit(line: &[u8], u: usize) -> Option<u32> {
    let digits = line.get(u + 1..u + 5).filter(|_| line[u] == b'u')?;
    let text = std::str::from_utf8(digits).ok()?;
    u32::from_str_radix(text, 16).ok()
}

/// Does `line` hold an escape this module decodes?
pub(crate) fn has_escaped_text(line: &[u8]) -> bool {
    memchr::memmem::find(line, b"\\u").is_some() && next_escape(line, 0).is_some()
}

/// Writes `line` into `out` (cleared first) with its escapes of non-ASCII
/// characters decoded, and into `from` where each byte of `out` starts in
/// `line`, then `line.len()`: a span found in the decoded text maps back
/// onto the escaped one.
pub(crate) fn decode_mapped(line: &[u8], out: &mut Vec<u8>, from: &mut Vec<usize>) {
    out.clear();
    from.clear();
    let mut copied = 0;
    while let Some((start, end, c)) = next_escape(line, copied) {
        out.extend_from_slice(&line[copied..start]);
        from.extend(copied..start);
        let mut utf8 = [0; 4];
        let encoded = c.encode_utf8(&mut utf8).as_bytes();
        out.extend_from_slice(encoded);
        from.extend(std::iter::repeat(start).take(encoded.len()));
        copied = end;
    }
    out.extend_from_slice(&line[copied..]);
    from.extend(copied..=line.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(line: &str) -> (String, Vec<usize>) {
        let (mut out, mut from) = (Vec::new(), Vec::new());
        decode_mapped(line.as_bytes(), &mut out, &mut from);
        (String::from_utf8(out).unwrap(), from)
    }

    #[test]
    fn letters_are_decoded_and_mapped_back() {
        let (text, from) = decoded(r"Jos\u00e9 G");
        assert_eq!(text, "José G");
        // `é` is two bytes, both from the escape at 3; the space after it
        // comes from 9.
        assert_eq!(from, [0, 1, 2, 3, 3, 9, 10, 11]);
    }

    #[test]
    fn syntax_escapes_stay_as_they_are() {
        for line in [
            r#"a\u0022b"#,
            r"x\u003cy\u0026z",
            r"\u00",
            r"\uZZZZ",
            r"\ud83d x",
        ] {
            assert!(!has_escaped_text(line.as_bytes()), "{line}");
            assert_eq!(decoded(line).0, line);
        }
    }

    #[test]
    fn doubled_backslashes_and_surrogate_pairs() {
        assert_eq!(decoded(r"\\u00c7amurcuo\\u011flu").0, "Çamurcuoğlu");
        let (text, from) = decoded(r"a\ud83d\ude00b");
        assert_eq!(text, "a😀b");
        assert_eq!(from, [0, 1, 1, 1, 1, 13, 14]);
        // A low half written with other backslashes is no pair.
        assert!(!has_escaped_text(br"\\ud83d\ude00"));
    }

    #[test]
    fn an_escape_after_a_literal_backslash_starts_at_its_run() {
        // `C:\\` then an escaped letter: the whole backslash run is read as
        // the escape's, since doubled backslashes are how nesting writes one.
        assert_eq!(decoded(r"x \\\u00e9").0, "x é");
    }
}
