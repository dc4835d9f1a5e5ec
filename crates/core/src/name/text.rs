//! Text helpers of the name finders: where a text ends, and the valid
//! UTF-8 at either end of a byte window.

/// Does a text end at `at` in `line`: at the line's end, or at the quote
/// (or the backslash of an escaped one) that closes a string?
pub(super) fn ends_text(line: &[u8], at: usize) -> bool {
    matches!(line.get(at), None | Some(b'"' | b'\\' | b'\''))
}

/// The longest valid UTF-8 prefix of `b`.
pub(crate) fn valid_utf8_prefix(b: &[u8]) -> &str {
    match std::str::from_utf8(b) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&b[..e.valid_up_to()]).expect("valid prefix"),
    }
}

/// The longest valid UTF-8 suffix of `b`, whose cut may split its first
/// character (at most four bytes are dropped; `""` when none is valid).
pub(crate) fn valid_utf8_suffix(b: &[u8]) -> &str {
    (0..=b.len().min(4))
        .find_map(|i| std::str::from_utf8(&b[i..]).ok())
        .unwrap_or("")
}
