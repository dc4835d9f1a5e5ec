//! Embedded public name data (see `data/names/SOURCES.md` for sources and
//! licences): lowercased word lists, merged by `build.rs` into one hash
//! table (`name_table.rs`) that is read where it lies in the binary.

use std::sync::OnceLock;

use crate::name_table::{self, AMBIGUOUS, COMMON, GIVEN, ORDINARY, SURNAME};
use crate::wordset::fold_bytes;

const CJK_SURNAMES: &str = include_str!("../data/names/cjk_single_surnames.txt");
/// The table's entries and slots (see `name_table.rs`).
const WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/name_words.bin"));
const SLOTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/name_slots.bin"));

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
    /// An ambiguous name that is a frequent word too ("and", "Karl",
    /// "Wolf"; `data/names/common.txt`), unlike a rare one ("Mazur").
    pub common: bool,
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

/// The lists merged into one hash table (one lookup per word instead of
/// three binary searches), packed at build time and shared by every
/// redactor.
pub(crate) struct NameDb {
    /// log2 of the number of slots.
    bits: u32,
    cjk_surnames: Vec<&'static str>,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().filter(|l| !l.is_empty())
}

impl NameDb {
    /// The shared instance.
    pub(crate) fn get() -> &'static NameDb {
        static DB: OnceLock<NameDb> = OnceLock::new();
        DB.get_or_init(|| NameDb {
            bits: (SLOTS.len() / 4).trailing_zeros(),
            cjk_surnames: lines(CJK_SURNAMES).collect(),
        })
    }

    /// What the lists say about `word` (lowercased), if they hold it.
    fn get_word(&self, word: &[u8]) -> Option<Known> {
        let (mut i, tag) = name_table::home_and_tag(name_table::hash(word), self.bits);
        let mask = (1 << self.bits) - 1;
        loop {
            let slot = u32::from_le_bytes(SLOTS[4 * i..4 * i + 4].try_into().expect("4 bytes"));
            if slot == 0 {
                return None;
            }
            if (slot >> 24) as u8 == tag {
                let at = (slot & 0xff_ffff) as usize - 1;
                let len = usize::from(WORDS[at + 1]);
                if &WORDS[at + 2..at + 2 + len] == word {
                    let f = WORDS[at];
                    return Some(Known {
                        given: f & GIVEN != 0,
                        surname: f & SURNAME != 0,
                        ambiguous: f & AMBIGUOUS != 0,
                        ordinary: f & ORDINARY != 0,
                        common: f & COMMON != 0,
                    });
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// Looks a word up (any case); words longer than 64 bytes are no names.
    pub(crate) fn lookup(&self, word: &str) -> Known {
        let mut buf = [0u8; 64];
        let Some(lower) = fold_bytes(word, &mut buf, false) else {
            return Known::default();
        };
        match self.get_word(lower) {
            Some(known) => known,
            None if lower.contains(&b'-') => self.lookup_parts(lower),
            None => Known::default(),
        }
    }

    /// "Hans-Georg", "Müller-Lüdenscheid": a hyphenated name the lists do
    /// not hold whole is known when every part is, as a given name when
    /// every part is one; it is ambiguous only when every part is.
    fn lookup_parts(&self, lower: &[u8]) -> Known {
        let mut whole = Known {
            given: true,
            surname: true,
            ambiguous: true,
            ordinary: false,
            common: true,
        };
        for part in lower.split(|&b| b == b'-') {
            let Some(k) = self.get_word(part) else {
                return Known::default();
            };
            whole.given &= k.given;
            whole.surname &= k.surname || k.given;
            whole.ambiguous &= k.ambiguous;
            whole.common &= k.common;
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

    const LISTS: [&str; 5] = [
        include_str!("../data/names/given.txt"),
        include_str!("../data/names/surname.txt"),
        include_str!("../data/names/ambiguous.txt"),
        include_str!("../data/names/words.txt"),
        include_str!("../data/names/common.txt"),
    ];

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for data in LISTS.into_iter().chain([CJK_SURNAMES]) {
            let l: Vec<_> = lines(data).collect();
            assert!(
                l.windows(2).all(|w| w[0] < w[1]),
                "a name list is not sorted and unique"
            );
        }
    }

    /// The table holds every listed word with what the lists say of it,
    /// as the map built from them at start-up before did, and no other.
    #[test]
    fn the_table_says_what_the_lists_say() {
        let [given, surname, ambiguous, ordinary, common] = LISTS;
        let mut words: std::collections::HashMap<&str, Known> = Default::default();
        for w in lines(given) {
            words.entry(w).or_default().given = true;
        }
        for w in lines(surname) {
            words.entry(w).or_default().surname = true;
        }
        for w in lines(ambiguous) {
            words.entry(w).or_default().ambiguous = true;
        }
        for w in lines(ordinary) {
            let known = words.entry(w).or_default();
            known.ordinary = true;
            known.ambiguous |= known.any();
        }
        for w in lines(common) {
            words.entry(w).or_default().common = true;
        }
        let db = NameDb::get();
        for (w, known) in &words {
            assert_eq!(db.get_word(w.as_bytes()), Some(*known), "{w}");
        }
        for w in ["", "zzqxj", "maria-", "müllerx", "a b"] {
            assert_eq!(db.get_word(w.as_bytes()), words.get(w).copied(), "{w}");
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
