//! The phrase finders' tables and fast paths against their oracles.

use super::*;

#[test]
fn every_role_word_opens_like_one() {
    for role in crate::context::POSTPOSED_ROLES {
        let mut chars = role.chars();
        let first = chars.next().expect("a word");
        let capitalised = format!("{}{}", first.to_uppercase(), chars.as_str());
        for w in [role.to_string(), capitalised, role.to_uppercase()] {
            // The search takes these first letters (not `A`).
            let taken = !w.starts_with('A');
            assert_eq!(opens_like_role(w.as_bytes()), taken, "{w}");
        }
    }
}

/// The byte-by-byte test `WORD_BYTES` replaced, as an oracle.
fn word_start_by_bytes(line: &[u8], end: usize) -> usize {
    let mut start = end;
    while start > 0
        && (matches!(line[start - 1], b'.' | b'\'')
            || line[start - 1].is_ascii_alphanumeric()
            || line[start - 1] >= 0x80)
        && !(start >= 2
            && line[start - 2] == b'\\'
            && matches!(line[start - 1], b'n' | b'r' | b't'))
    {
        start -= 1;
    }
    skip_opening_marks(line, start, end)
}

proptest::proptest! {
    #[test]
    fn word_starts_as_byte_by_byte(line in proptest::collection::vec(
        proptest::sample::select(&b"aZ09.'\\nrt \"(-\x80\xc3\xff"[..]), 0..24)
    ) {
        for end in 0..=line.len() {
            proptest::prop_assert_eq!(word_start(&line, end), word_start_by_bytes(&line, end));
        }
    }
}

proptest::proptest! {
    /// `find_in_text` keeps the spaces before possible role words for the
    /// role search, or walks them all again past `ROLE_SPACES`: either way
    /// it finds what the two searches find one after the other.
    #[test]
    fn roles_are_found_as_in_a_walk_of_their_own(line in proptest::collection::vec(
        proptest::sample::select(&[
            "Kovács", " János", " úr", " ügyféltől", "Ayşe", " hanım", " as", " be", " ha",
            " Ur", "Customer", " Dean", ", ", "(", "x",
        ][..]), 0..40)
    ) {
        let line = line.concat().into_bytes();
        let census = Census::of(&line);
        let finder = NameFinder::new();
        let (mut fused, mut apart) = (Vec::new(), Vec::new());
        finder.find_in_text(&line, census, true, |a, b| fused.push((a, b)));
        finder.find_in_text(&line, census, false, |a, b| apart.push((a, b)));
        finder.find_before_roles(&line, spaces(&line), |a, b| apart.push((a, b)));
        proptest::prop_assert_eq!(fused, apart);
    }
}

proptest::proptest! {
    /// `may_end_phrase` turns down only words that `ends_name_phrase`
    /// turns down once `word_start` has found them.
    #[test]
    fn words_turned_down_by_their_end_end_no_phrase(line in proptest::collection::vec(
        proptest::sample::select(&[
            "this", " is", "Frau", "MME", "client", "\\n", "\\t", "nt", "'", "¡", " ", ":", ".",
            "x", "é", "DEBUG", "ab", "9",
        ][..]), 0..12)
    ) {
        let line = line.concat().into_bytes();
        for end in 0..=line.len() {
            if !may_end_phrase(&line, end) {
                let word = &line[word_start(&line, end)..end];
                proptest::prop_assert!(!ends_name_phrase(word), "{:?}", String::from_utf8_lossy(word));
            }
        }
    }
}

#[test]
fn words_are_turned_down_by_their_end() {
    for (line, may) in [
        ("DEBUG", false),
        ("lookup", false),
        ("a ", false),
        ("client", true),
        ("\\nFrau", true),
    ] {
        assert_eq!(may_end_phrase(line.as_bytes(), line.len()), may, "{line}");
    }
}
