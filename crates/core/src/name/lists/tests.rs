use super::*;

#[test]
fn the_word_byte_table_is_the_byte_test() {
    let line = br#"a"[name]"x"#;
    for b in 0..=u8::MAX {
        let glued = b.is_ascii_alphanumeric() || b == b'_' || b == b']';
        let mut bytes = line.to_vec();
        bytes.push(b);
        let i = bytes.len() - 1;
        let expected = glued || (b == b'"' && ends_quoted_replacement(&bytes[..i]));
        assert_eq!(is_word_byte(&bytes, i), expected, "{b:#x}");
    }
    // A quote closing a quoted replacement continues it; another does not.
    assert!(is_word_byte(br#""[name]""#, 7));
    assert!(!is_word_byte(br#""name""#, 5));
}

proptest::proptest! {
    #[test]
    fn is_any_of_lowercases_as_chars_do(w in "[a-zA-ZéÉ]{0,6}") {
        let words = ["rue", "allée", "san", "a", "ééa", ""];
        let by_chars = words
            .iter()
            .any(|p| w.chars().flat_map(char::to_lowercase).eq(p.chars()));
        proptest::prop_assert_eq!(is_any_of(&w, &words), by_chars);
    }
}

proptest::proptest! {
    /// What `lone_word_end` relies on: such a word lexes as one plain
    /// word ending there (or not at all), no next word joins it, and
    /// the walk does not stop inside it.
    #[test]
    fn a_lone_word_is_one_word_and_the_walk_steps_over_it(
        line in "([A-Z][a-zA-Z]{0,5}|[a-z]{1,4}|[ .,:'\\-\"(0-9\\]]|é|’)*"
    ) {
        let bytes = line.as_bytes();
        for i in (0..bytes.len()).filter(|&i| bytes[i].is_ascii_uppercase()) {
            let Some(end) = lone_word_end(bytes, i) else { continue };
            if let Some((len, kind)) = word(&line[i..]) {
                proptest::prop_assert_eq!(len, end - i);
                proptest::prop_assert!(!matches!(kind, Word::Initial | Word::Uncased));
            }
            let rest = &line[end..];
            let joins = rest.starts_with(", ")
                || rest.starts_with(' ') && rest[1..].chars().next().is_some_and(char::is_alphabetic);
            proptest::prop_assert!(!joins);
            proptest::prop_assert!(skip_ascii(bytes, i + 1, true).0 >= end);
        }
    }
}

/// The byte-by-byte walk `skip_ascii` replaced, as an oracle.
fn skip_by_bytes(bytes: &[u8], mut i: usize, mut prev_alnum: bool) -> (usize, bool) {
    while i < bytes.len() {
        let b = bytes[i];
        if b >= 0x80 || (!prev_alnum && b.is_ascii_uppercase()) {
            break;
        }
        prev_alnum = b.is_ascii_alphanumeric()
            || b == b'_'
            || b == b']'
            || (b == b'"' && ends_quoted_replacement(&bytes[..i]));
        i += 1;
    }
    (i, prev_alnum)
}

const PIECES: &[&str] = &[
    "a",
    "Z",
    "A",
    "z",
    "@",
    "[",
    "`",
    "{",
    "0",
    "9",
    "_",
    "]",
    "\"",
    "[name]",
    "\"[name]\"",
    " ",
    "-",
    "é",
    "É",
    "中",
    "\x7f",
    "Anna Lima",
    "xY",
];

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(2000))]
    #[test]
    fn skips_as_one_byte_at_a_time(
        pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..40),
        prev_alnum: bool,
    ) {
        let line = pieces.concat();
        let bytes = line.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let ours = skip_ascii(bytes, i, prev_alnum);
            proptest::prop_assert_eq!(ours, skip_by_bytes(bytes, i, prev_alnum));
            i = ours.0 + 1;
            while i < bytes.len() && !line.is_char_boundary(i) {
                i += 1;
            }
        }
    }
}

#[test]
fn capitals_and_non_ascii_are_found_in_any_byte() {
    for at in 0..8 {
        for b in 0..=255u8 {
            let mut chunk = *b"abcdefgh";
            chunk[at] = b;
            let expected = b >= 0x80 || b.is_ascii_uppercase();
            assert_eq!(
                capital_or_non_ascii(u64::from_le_bytes(chunk)),
                if expected { 0x80 << (8 * at) } else { 0 },
                "{b}"
            );
        }
    }
}
