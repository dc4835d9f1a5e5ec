//! Embedded public name data (see `data/names/SOURCES.md` for sources and
//! licences): lowercased word lists, merged into one map at first use.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::wordset::fold_into;

const GIVEN: &str = include_str!("../data/names/given.txt");
const SURNAME: &str = include_str!("../data/names/surname.txt");
const AMBIGUOUS: &str = include_str!("../data/names/ambiguous.txt");
const ORDINARY: &str = include_str!("../data/names/words.txt");
const CJK_SURNAMES: &str = include_str!("../data/names/cjk_single_surnames.txt");

/// What the lists say about one word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Known {
    pub given: bool,
    pub surname: bool,
    /// Also an ordinary word ("Rose", "Lyon", "House"): a name only next
    /// to an unambiguous one.
    pub ambiguous: bool,
    /// A frequent word of a language we log (`data/names/words.txt`),
    /// listed as a name or not ("Digital", "Channels", "Rückruf").
    pub ordinary: bool,
}

impl Known {
    pub(crate) fn any(self) -> bool {
        self.given || self.surname
    }

    /// A name part that needs no other evidence.
    pub(crate) fn strong(self) -> bool {
        self.any() && !self.ambiguous
    }
}

/// The lists merged into one hash map (one lookup per word instead of
/// three binary searches), built once per process and shared by every
/// redactor.
pub(crate) struct NameDb {
    words: FxHashMap<&'static str, Known>,
    cjk_surnames: Vec<&'static str>,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().filter(|l| !l.is_empty())
}

impl NameDb {
    /// The shared instance.
    pub(crate) fn get() -> &'static NameDb {
        static DB: OnceLock<NameDb> = OnceLock::new();
        DB.get_or_init(NameDb::build)
    }

    fn build() -> NameDb {
        // Sized for every line of the lists (about 460,000 distinct words
        // today): a map sized below the distinct count grows once, and that
        // rehash of the whole table was a fifth of the start-up time.
        let capacity = [GIVEN, SURNAME, AMBIGUOUS, ORDINARY]
            .iter()
            .map(|d| memchr::memchr_iter(b'\n', d.as_bytes()).count() + 1)
            .sum();
        let mut words: FxHashMap<&'static str, Known> =
            FxHashMap::with_capacity_and_hasher(capacity, Default::default());
        for w in lines(GIVEN) {
            words.entry(w).or_default().given = true;
        }
        for w in lines(SURNAME) {
            words.entry(w).or_default().surname = true;
        }
        for w in lines(AMBIGUOUS) {
            words.entry(w).or_default().ambiguous = true;
        }
        // A name that is also a frequent word needs a clear name beside it.
        for w in lines(ORDINARY) {
            let known = words.entry(w).or_default();
            known.ordinary = true;
            known.ambiguous |= known.any();
        }
        NameDb {
            words,
            cjk_surnames: lines(CJK_SURNAMES).collect(),
        }
    }

    /// Looks a word up (any case); words longer than 64 bytes are no names.
    pub(crate) fn lookup(&self, word: &str) -> Known {
        let mut buf = [0u8; 64];
        let Some(lower) = fold_into(word, &mut buf, false) else {
            return Known::default();
        };
        match self.words.get(lower) {
            Some(&known) => known,
            None if lower.contains('-') => self.lookup_parts(lower),
            None => Known::default(),
        }
    }

    /// "Hans-Georg", "Müller-Lüdenscheid": a hyphenated name the lists do
    /// not hold whole is known when every part is, as a given name when
    /// every part is one; it is ambiguous only when every part is.
    fn lookup_parts(&self, lower: &str) -> Known {
        let mut whole = Known {
            given: true,
            surname: true,
            ambiguous: true,
            ordinary: false,
        };
        for part in lower.split('-') {
            let Some(&k) = self.words.get(part) else {
                return Known::default();
            };
            whole.given &= k.given;
            whole.surname &= k.surname || k.given;
            whole.ambiguous &= k.ambiguous;
        }
        whole
    }

    /// Does an uncased (Han, Hangul) run start with a one-character surname?
    pub(crate) fn starts_with_cjk_surname(&self, word: &str) -> bool {
        word.chars().next().is_some_and(|c| {
            let mut b = [0u8; 4];
            self.cjk_surnames
                .binary_search(&&*c.encode_utf8(&mut b))
                .is_ok()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for data in [GIVEN, SURNAME, AMBIGUOUS, ORDINARY, CJK_SURNAMES] {
            let l: Vec<_> = lines(data).collect();
            assert!(
                l.windows(2).all(|w| w[0] < w[1]),
                "a name list is not sorted and unique"
            );
        }
    }

    #[test]
    fn lookups_ignore_case() {
        let db = NameDb::get();
        assert!(db.lookup("Maria").given);
        assert!(db.lookup("MÜLLER").surname);
        assert!(db.lookup("Rose").ambiguous);
        assert!(!db.lookup("Premium").any());
        assert!(db.lookup("Hans-Georg").strong() && db.lookup("Hans-Georg").given);
        assert!(!db.lookup("Follow-Premium").any());
        assert!(db.starts_with_cjk_surname("김민준"));
    }
}
