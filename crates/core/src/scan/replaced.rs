//! Finding the replacement texts already in a line, so that a second pass
//! never redacts its own output.

use crate::policy::Kind;

/// Fills `found` with the spans of `texts` (sorted, distinct, none empty)
/// in `line`, sorted, each text's as a substring search gives them (never
/// overlapping). They are found from the places of each text's first
/// byte: the texts open with a few bytes (every default replacement with
/// `[`), which most lines lack or hold a few times, so one byte search
/// stands in for a substring search per text. Sorted, texts that open
/// alike are neighbours. `absent(b)`: the line is known to lack byte `b`
/// (its census says), so the texts opening with it are not searched for.
pub(super) fn find_texts(
    texts: &[Vec<u8>],
    line: &[u8],
    absent: impl Fn(u8) -> bool,
    found: &mut Vec<(usize, usize)>,
) {
    found.clear();
    for alike in texts.chunk_by(|a, b| a[0] == b[0]) {
        if absent(alike[0][0]) {
            continue;
        }
        let mut next = [0; Kind::ALL.len()];
        for at in memchr::memchr_iter(alike[0][0], line) {
            for (text, next) in alike.iter().zip(&mut next) {
                if at >= *next && line[at..].starts_with(text) {
                    found.push((at, at + text.len()));
                    *next = at + text.len();
                }
            }
        }
    }
    found.sort_unstable();
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn texts_are_found_as_a_substring_search_finds_them(
            line in "[a\\[\\]<>x ]{0,40}",
            picked in proptest::sample::subsequence(
                vec!["[name]", "[a[a", "[[", "<x>", "<x<", "[secret]", "]"], 1..5),
        ) {
            let mut texts: Vec<Vec<u8>> = picked.iter().map(|t| t.as_bytes().to_vec()).collect();
            texts.sort();
            let mut ours = Vec::new();
            find_texts(&texts, line.as_bytes(), |_| false, &mut ours);
            let mut theirs = Vec::new();
            for t in &texts {
                let finder = memchr::memmem::Finder::new(t);
                theirs.extend(finder.find_iter(line.as_bytes()).map(|at| (at, at + t.len())));
            }
            theirs.sort_unstable();
            proptest::prop_assert_eq!(ours, theirs);
        }
    }
}
