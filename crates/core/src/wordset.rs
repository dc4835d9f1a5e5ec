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
    /// The first two bytes of the words that start with two ASCII bytes
    /// (see `ascii_head`), and the last two of those that end with two
    /// (see `ascii_tail`): most words asked about are in no list, and
    /// these tell most of them apart before they are folded and hashed.
    heads: AsciiPairs,
    tails: AsciiPairs,
    /// The last three bytes of the words that end with three ASCII bytes
    /// (see `ascii_tail3`): a set of phrase endings holds every ending of
    /// its phrases, so their first two bytes tell little, and common
    /// words (`file`, `update`, `DEBUG`) share their last two with one.
    tails3: AsciiPairs,
}

/// A set of pairs of ASCII bytes, as one bit for each pair.
struct AsciiPairs(Box<[u64; (128 * 128) / 64]>);

impl AsciiPairs {
    fn of(pairs: impl Iterator<Item = usize>) -> AsciiPairs {
        let mut bits = Box::new([0u64; (128 * 128) / 64]);
        for pair in pairs {
            bits[pair / 64] |= 1 << (pair % 64);
        }
        AsciiPairs(bits)
    }

    /// Can a word of the set have `pair` where it was taken from? Yes
    /// when the word asked about gives no pair.
    fn may_hold(&self, pair: Option<usize>) -> bool {
        pair.map_or(true, |pair| self.0[pair / 64] & 1 << (pair % 64) != 0)
    }
}

/// The pair of `a` then `b` when both are ASCII and no separator: folding
/// keeps them, lowercased, next to each other.
fn ascii_pair(a: u8, b: u8) -> Option<usize> {
    let [a, b] = [a, b].map(|c| FOLDED_ASCII[usize::from(c)]);
    ((a | b) & SEPARATOR_OR_NOT_ASCII == 0).then(|| usize::from(a) << 7 | usize::from(b))
}

/// Marks a byte of `FOLDED_ASCII` that folds to no byte of its own.
const SEPARATOR_OR_NOT_ASCII: u8 = 0x80;

/// Each byte lowercased when it is ASCII and no separator, else
/// `SEPARATOR_OR_NOT_ASCII`: one read a byte instead of tests a byte, for
/// folding ASCII words and for `ascii_pair`, which every lookup asks twice.
const FOLDED_ASCII: [u8; 256] = {
    let mut t = [SEPARATOR_OR_NOT_ASCII; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        if !matches!(b, b'_' | b'-' | b' ') {
            t[c] = b.to_ascii_lowercase();
        }
        c += 1;
    }
    t
};

/// The pair of a word's first two bytes (see `ascii_pair`): a word of the
/// set it folds to starts with them. `None` for any other word.
fn ascii_head(word: &[u8]) -> Option<usize> {
    let [a, b, ..] = *word else {
        return None;
    };
    ascii_pair(a, b)
}

/// The pair of a word's last two bytes, as `ascii_head` of its first.
fn ascii_tail(word: &[u8]) -> Option<usize> {
    let [.., a, b] = *word else {
        return None;
    };
    ascii_pair(a, b)
}

/// A word's last three bytes when all are ASCII and no separator, hashed
/// to the size of an `AsciiPairs`: a word of the set it folds to ends with
/// them, lowercased, as with `ascii_tail`.
fn ascii_tail3(word: &[u8]) -> Option<usize> {
    let [.., a, b, c] = *word else {
        return None;
    };
    let [a, b, c] = [a, b, c].map(|c| FOLDED_ASCII[usize::from(c)]);
    let triple = u32::from(a) << 14 | u32::from(b) << 7 | u32::from(c);
    ((a | b | c) & SEPARATOR_OR_NOT_ASCII == 0)
        .then(|| (triple.wrapping_mul(0x9E37_79B1) >> 18) as usize)
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
    let bytes = word.as_bytes();
    // The common case, byte by byte up to the first byte beyond ASCII, if
    // any (so the word is not first checked for one): no char decoding,
    // and `FOLDED_ASCII` lowercases all but the separators.
    let mut n = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let lower = FOLDED_ASCII[usize::from(b)];
        if lower != SEPARATOR_OR_NOT_ASCII {
            buf[n] = lower;
            n += 1;
        } else if !b.is_ascii() {
            break;
        } else if keep(b) {
            buf[n] = b;
            n += 1;
        }
        i += 1;
    }
    // A word with an accent is still mostly ASCII: those bytes are folded
    // as above, and only the other chars decoded and lowercased as chars.
    // (A char may lowercase to more bytes, so each write is checked.)
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
        // Persian writes a zero-width non-joiner inside a word (`امین‌زاده`)
        // and the lists store the word without it; the joiner is as
        // invisible.
        if matches!(c, '\u{200C}' | '\u{200D}') {
            continue;
        }
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

/// The fold of a phrase, grown leftward by the text before it: for a
/// caller that tries ever longer phrases ending at the same place, so that
/// each byte is folded once rather than once per try. Folding maps each
/// char on its own, so a phrase folds to the fold of its first part
/// followed by that of the rest.
pub(crate) struct FoldedSuffix {
    buf: [u8; 64],
    /// Where the fold starts in `buf`; it runs to the end.
    start: usize,
    /// The length of the text folded so far.
    text_len: usize,
    /// Set once the text or its fold is too long for `fold` to take:
    /// every longer phrase is too.
    too_long: bool,
}

impl FoldedSuffix {
    pub(crate) fn new() -> FoldedSuffix {
        FoldedSuffix {
            buf: [0; 64],
            start: 64,
            text_len: 0,
            too_long: false,
        }
    }

    /// Puts the fold of `text` before the fold so far; `false` when the
    /// phrase has grown too long to be in any set (and stays so).
    pub(crate) fn prepend(&mut self, text: &str) -> bool {
        self.text_len += text.len();
        let mut part = [0u8; 64];
        let folded = if self.too_long || self.text_len > self.buf.len() {
            None
        } else {
            fold(text, &mut part).filter(|f| f.len() <= self.start)
        };
        let Some(folded) = folded else {
            self.too_long = true;
            return false;
        };
        let from = self.start - folded.len();
        self.buf[from..self.start].copy_from_slice(folded);
        self.start = from;
        true
    }

    /// The phrase so far, folded as [`WordSet::contains`] folds it.
    pub(crate) fn folded(&self) -> &[u8] {
        &self.buf[self.start..]
    }
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
        // A folded word's ASCII bytes are lowercase already.
        let heads = AsciiPairs::of(words.iter().filter_map(|w| ascii_head(w)));
        let tails = AsciiPairs::of(words.iter().filter_map(|w| ascii_tail(w)));
        let tails3 = AsciiPairs::of(words.iter().filter_map(|w| ascii_tail3(w)));
        WordSet {
            words,
            heads,
            tails,
            tails3,
        }
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

    /// Can `word`, folded or not, be in the set, by its first two and last
    /// two and three bytes? Cheaper than folding it and hashing the fold.
    fn may_hold(&self, word: &[u8]) -> bool {
        self.tails.may_hold(ascii_tail(word))
            && self.tails3.may_hold(ascii_tail3(word))
            && self.heads.may_hold(ascii_head(word))
    }

    /// Can a word of the set end with `tail`, the last three bytes of a
    /// word of three bytes or more? By the pairs and triples `may_hold`
    /// asks of such a word: for a caller that turns words down before it
    /// knows where they start.
    pub(crate) fn may_end_with(&self, tail: [u8; 3]) -> bool {
        self.tails.may_hold(ascii_tail(&tail)) && self.tails3.may_hold(ascii_tail3(&tail))
    }

    /// Does the set hold `folded`, a word folded already (see
    /// [`FoldedSuffix`])?
    pub(crate) fn contains_folded(&self, folded: &[u8]) -> bool {
        self.may_hold(folded) && self.words.contains(folded)
    }

    /// [`WordSet::contains`] of a word in bytes that may not be UTF-8 (and
    /// then is in no set): most words are turned down before they are
    /// checked.
    pub(crate) fn contains_utf8(&self, word: &[u8]) -> bool {
        self.may_hold(word) && std::str::from_utf8(word).is_ok_and(|w| self.contains(w))
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        if !self.may_hold(word.as_bytes()) {
            return false;
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
        let invisible = |c: &char| matches!(c, '\u{200C}' | '\u{200D}');
        let keep = |c: &char| !(invisible(c) || drop_separators && matches!(c, '_' | '-' | ' '));
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

    /// `fold_bytes` against its oracle, for the proptests of both inputs.
    fn folds_as_by_chars(
        word: &str,
        drop: bool,
    ) -> Result<(), proptest::test_runner::TestCaseError> {
        let mut buf = [0u8; 64];
        let ours = fold_bytes(word, &mut buf, drop).map(<[u8]>::to_vec);
        proptest::prop_assert_eq!(ours, fold_by_chars(word, drop));
        Ok(())
    }

    proptest::proptest! {
        #[test]
        fn folds_as_char_by_char(word in "[aZ_ -’İẞÄéΣ\u{212a}\u{200c}]{0,40}", drop in proptest::bool::ANY) {
            folds_as_by_chars(&word, drop)?;
        }
    }

    proptest::proptest! {
        #[test]
        fn the_heads_and_tails_turn_down_no_word_of_the_set(
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

    proptest::proptest! {
        #[test]
        fn a_suffix_folded_part_by_part_folds_as_a_whole(
            parts in proptest::collection::vec("[aZ _-’İẞÄéΣ\u{212a}]{0,30}", 1..4),
        ) {
            let mut suffix = FoldedSuffix::new();
            let mut phrase = String::new();
            for part in parts.iter().rev() {
                phrase.insert_str(0, part);
                let fits = suffix.prepend(part);
                let mut buf = [0u8; 64];
                let whole = fold(&phrase, &mut buf);
                proptest::prop_assert_eq!(fits.then(|| suffix.folded()), whole);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn folds_ascii_as_char_by_char(word in "[ -~]{0,70}", drop in proptest::bool::ANY) {
            folds_as_by_chars(&word, drop)?;
        }
    }

    proptest::proptest! {
        #[test]
        fn pairs_by_table_as_by_tests(a in proptest::num::u8::ANY, b in proptest::num::u8::ANY) {
            let kept = |c: u8| c.is_ascii() && !matches!(c, b'_' | b'-' | b' ');
            let by_tests = (kept(a) && kept(b)).then(|| {
                usize::from(a.to_ascii_lowercase()) << 7 | usize::from(b.to_ascii_lowercase())
            });
            proptest::prop_assert_eq!(ascii_pair(a, b), by_tests);
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
