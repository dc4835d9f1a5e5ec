//! Word lists as hash sets: one lookup per word, whatever the list's size,
//! with case, `_`, `-` and spaces folded away on both sides. FxHash: the
//! keys are our own word lists, not attacker-chosen, and SipHash showed in
//! profiles.

use rustc_hash::FxHashSet;

/// A set of words compared case-insensitively, ignoring `_`, `-` and spaces.
/// Held as bytes: a folded word is looked up without being checked for
/// UTF-8 again (folding writes whole chars, so it always is).
pub(crate) struct WordSet {
    words: FxHashSet<Box<[u8]>>,
}

/// Lowercases `word` into `buf` without allocating, dropping `_`, `-` and
/// spaces when `drop_separators`; `None` if it is too long to be in any list.
pub(crate) fn fold_into<'b>(
    word: &str,
    buf: &'b mut [u8; 64],
    drop_separators: bool,
) -> Option<&'b str> {
    fold_bytes(word, buf, drop_separators).and_then(|b| std::str::from_utf8(b).ok())
}

/// [`fold_into`]'s bytes, which are valid UTF-8: for the callers that
/// compare bytes, so they are not validated once more.
pub(crate) fn fold_bytes<'b>(
    word: &str,
    buf: &'b mut [u8; 64],
    drop_separators: bool,
) -> Option<&'b [u8]> {
    if word.len() > buf.len() {
        return None;
    }
    let keep = |b: u8| !(drop_separators && matches!(b, b'_' | b'-' | b' '));
    if word.is_ascii() {
        // The common case, byte by byte: no char decoding.
        let mut n = 0;
        for &b in word.as_bytes() {
            if keep(b) {
                buf[n] = b.to_ascii_lowercase();
                n += 1;
            }
        }
        return Some(&buf[..n]);
    }
    // A word with an accent is still mostly ASCII: those bytes are folded
    // as above, and only the other chars decoded and lowercased as chars.
    // (A char may lowercase to more bytes, so each write is checked.)
    let mut n = 0;
    let mut i = 0;
    let bytes = word.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if keep(b) {
                if n == buf.len() {
                    return None;
                }
                buf[n] = b.to_ascii_lowercase();
                n += 1;
            }
            i += 1;
            continue;
        }
        let c = word[i..].chars().next().expect("a char starts at i");
        i += c.len_utf8();
        for c in c.to_lowercase() {
            // A typographic apostrophe is the same letter ("je m’appelle").
            let c = if c == '’' { '\'' } else { c };
            let l = c.len_utf8();
            if n + l > buf.len() {
                return None;
            }
            c.encode_utf8(&mut buf[n..n + l]);
            n += l;
        }
    }
    Some(&buf[..n])
}

fn fold<'b>(word: &str, buf: &'b mut [u8; 64]) -> Option<&'b [u8]> {
    fold_bytes(word, buf, true)
}

impl WordSet {
    pub(crate) fn new(list: &[&str]) -> WordSet {
        let mut buf = [0u8; 64];
        let words = list
            .iter()
            .filter_map(|w| fold(w, &mut buf).map(Box::from))
            .collect();
        WordSet { words }
    }

    /// The set of every ending of this set's words, folded as they are
    /// (`"thisis"`, `"sis"`, `"is"`, `"s"` for "this is"): a phrase of
    /// words ends in a word that is one of them, since a phrase folds to
    /// the concatenation of its words folded.
    pub(crate) fn endings(&self) -> WordSet {
        let mut words = FxHashSet::default();
        for w in &self.words {
            let w = std::str::from_utf8(w).expect("folding writes whole chars");
            words.extend(w.char_indices().map(|(i, _)| Box::from(&w.as_bytes()[i..])));
        }
        WordSet { words }
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        let mut buf = [0u8; 64];
        !word.is_empty() && fold(word, &mut buf).is_some_and(|w| self.words.contains(w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_separators() {
        let set = WordSet::new(&["callerName", "tel.", "->", "Rückruf"]);
        for w in [
            "caller_name",
            "CALLER-NAME",
            "callername",
            "TEL.",
            "->",
            "rückruf",
        ] {
            assert!(set.contains(w), "{w}");
        }
        assert!(!set.contains("tel"));
        assert!(!set.contains(""));
    }

    /// The char-by-char fold `fold_bytes` replaced for words with
    /// non-ASCII chars, as an oracle.
    fn fold_by_chars(word: &str, drop_separators: bool) -> Option<Vec<u8>> {
        let keep = |c: &char| !(drop_separators && matches!(c, '_' | '-' | ' '));
        let straight = |c: char| if c == '’' { '\'' } else { c };
        let folded: String = word
            .chars()
            .filter(keep)
            .flat_map(char::to_lowercase)
            .map(straight)
            .collect();
        (word.len() <= 64 && folded.len() <= 64).then(|| folded.into_bytes())
    }

    proptest::proptest! {
        #[test]
        fn folds_as_char_by_char(word in "[aZ_ -’İẞÄéΣ\u{212a}]{0,40}", drop in proptest::bool::ANY) {
            let mut buf = [0u8; 64];
            let ours = fold_bytes(&word, &mut buf, drop).map(<[u8]>::to_vec);
            proptest::prop_assert_eq!(ours, fold_by_chars(&word, drop));
        }
    }

    #[test]
    fn a_phrase_ends_in_one_of_its_endings() {
        let set = WordSet::new(&["this is", "je m’appelle", "Frau"]);
        let endings = set.endings();
        for w in ["is", "IS", "Sis", "appelle", "m'appelle", "frau", "u"] {
            assert!(endings.contains(w), "{w}");
        }
        for w in ["this", "je", "fra", ""] {
            assert!(!endings.contains(w), "{w}");
        }
    }
}
