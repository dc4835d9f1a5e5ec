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
    /// The last two bytes of the words that end in two ASCII bytes, as
    /// bits (see `ascii_tail`): most words asked about are in no list, and
    /// this tells most of them apart before they are folded and hashed.
    tails: Box<[u64; TAIL_WORDS]>,
}

/// Bits for every pair of ASCII bytes.
const TAIL_WORDS: usize = (128 * 128) / 64;

/// The bit of a word whose last two bytes are ASCII and no separator:
/// folding keeps them, lowercased, as its last two bytes, so a word of
/// the set it folds to ends with them. `None` for any other word.
fn ascii_tail(word: &[u8]) -> Option<usize> {
    let [.., a, b] = *word else {
        return None;
    };
    let kept = |c: u8| c.is_ascii() && !matches!(c, b'_' | b'-' | b' ');
    (kept(a) && kept(b))
        .then(|| usize::from(a.to_ascii_lowercase()) << 7 | usize::from(b.to_ascii_lowercase()))
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
        // Turkish's capital dotted I lowercases to `i` and a combining dot,
        // which no list entry holds (`İbrahim` is `ibrahim`).
        let lower = if c == 'İ' {
            'i'.to_lowercase()
        } else {
            c.to_lowercase()
        };
        for c in lower {
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
        WordSet::of_folded(words)
    }

    /// The set of `words`, folded already.
    fn of_folded(words: FxHashSet<Box<[u8]>>) -> WordSet {
        let mut tails = Box::new([0u64; TAIL_WORDS]);
        // A folded word's ASCII bytes are lowercase already.
        for bit in words.iter().filter_map(|w| ascii_tail(w)) {
            tails[bit / 64] |= 1 << (bit % 64);
        }
        WordSet { words, tails }
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
        WordSet::of_folded(words)
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        if let Some(bit) = ascii_tail(word.as_bytes()) {
            if self.tails[bit / 64] & 1 << (bit % 64) == 0 {
                return false;
            }
        }
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
        assert!(WordSet::new(&["ibrahim"]).contains("İBRAHİM"));
    }

    /// The char-by-char fold `fold_bytes` replaced for words with
    /// non-ASCII chars, as an oracle.
    fn fold_by_chars(word: &str, drop_separators: bool) -> Option<Vec<u8>> {
        let keep = |c: &char| !(drop_separators && matches!(c, '_' | '-' | ' '));
        let straight = |c: char| if c == '’' { '\'' } else { c };
        let folded: String = word
            .chars()
            .filter(keep)
            .map(|c| if c == 'İ' { 'i' } else { c })
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

    proptest::proptest! {
        #[test]
        fn the_tails_turn_down_no_word_of_the_set(
            list in proptest::collection::vec("[aZ_ -’İÄé\u{212a}.]{1,8}", 1..8),
            word in "[aZ_ -’İÄé\u{212a}.]{0,8}",
        ) {
            let list: Vec<&str> = list.iter().map(String::as_str).collect();
            let set = WordSet::new(&list);
            let mut buf = [0u8; 64];
            let member = !word.is_empty()
                && fold(&word, &mut buf).is_some_and(|w| set.words.contains(w));
            proptest::prop_assert_eq!(set.contains(&word), member);
            for w in &list {
                proptest::prop_assert!(set.contains(w), "{w:?}");
            }
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
