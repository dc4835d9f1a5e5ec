//! Which of the texts the detectors look for occur in a line, found in one
//! pass.
//!
//! The detectors check each line for some fifty fixed texts and bytes
//! (`needles`) and eleven sets of phrases, one for each finder that needs
//! one: self-introductions, phrases after a name, surname particles,
//! spoken `@` words, role words before a lower-case name, the path labels
//! before a person's account or number, the words of a login's slot, the
//! extensions of audio and document files, a DN's `cn=` and the digit
//! words and digits a spoken number is read from.
//! Most lines hold few of them, so searching for each in turn was mostly
//! misses: thirty substring searches and an automaton search a line. One
//! automaton holding every pattern, walked once over the line,
//! tells which occur. A search whose text does not occur would find
//! nothing: it is skipped. One whose text occurs searches as before, so
//! what it finds is unchanged.
//!
//! The automaton matches in any ASCII case, as the phrase finders do. The
//! needles match their case exactly (`VALUES` and `values` are two): for
//! one that holds a letter the census tells only that some casing of it
//! occurs, and its own searcher decides.
//!
//! The automaton (`occurring`) is walked byte by byte rather than through
//! an overlapping search, which stops at every match to hand it out and
//! resume: the patterns hold `" de "`, `", "` and their kin, so lines hold
//! many matches, and only which texts they are is wanted.

mod occurring;

use std::sync::OnceLock;

use occurring::{Bits, Occurring};

use crate::name::{login_slot_patterns, lower_case_role_patterns, spoken_phrase_patterns};
use crate::needles::Needle;
use crate::scan::{
    at_word_patterns, audio_extension_patterns, document_extension_patterns, path_label_patterns,
    spoken_digit_patterns,
};

/// A set of patterns one finder searches for.
#[derive(Clone, Copy)]
pub(crate) enum PhraseSet {
    Introductions,
    AfterName,
    Particles,
    AtWords,
    LowerCaseRoles,
    PathLabels,
    LoginSlots,
    /// An audio or a document file's extension: most lines hold no file
    /// name, and every one of their dots was tried as its extension's.
    AudioFiles,
    DocumentFiles,
    /// `cn=` in any case: a DN's common name, which most lines lack and
    /// whose finder would try every `=`.
    CommonNames,
    /// A digit word beside a separator, or a single digit between two
    /// (`spoken_digit_patterns`): an ASCII line without one holds no
    /// spoken number, and its tokenizer read every token of every line.
    SpokenDigits,
}

impl PhraseSet {
    const ALL: [PhraseSet; 11] = [
        PhraseSet::Introductions,
        PhraseSet::AfterName,
        PhraseSet::Particles,
        PhraseSet::AtWords,
        PhraseSet::LowerCaseRoles,
        PhraseSet::PathLabels,
        PhraseSet::LoginSlots,
        PhraseSet::AudioFiles,
        PhraseSet::DocumentFiles,
        PhraseSet::CommonNames,
        PhraseSet::SpokenDigits,
    ];

    /// The set's bit in a census, after the needles'.
    fn bit(self) -> Bits {
        1 << (Needle::ALL.len() + self as usize)
    }
}

const _: () = assert!(Needle::ALL.len() + PhraseSet::ALL.len() <= Bits::BITS as usize);

/// A needle's bit in a census.
fn needle_bit(needle: Needle) -> Bits {
    1 << needle as usize
}

/// The needles and phrase sets that occur in a line.
#[derive(Clone, Copy)]
pub(crate) struct Census {
    bits: Bits,
    /// The line is all ASCII (see `is_ascii`).
    ascii: bool,
}

impl Census {
    /// Takes the census of `line`.
    pub(crate) fn of(line: &[u8]) -> Census {
        let (bits, ascii) = gate().bits_in(line);
        Census { bits, ascii }
    }

    /// Is the line all ASCII? Taken in the census's walk, so the finders
    /// of other scripts skip most lines without a pass of their own.
    pub(crate) fn is_ascii(self) -> bool {
        self.ascii
    }

    /// Does a pattern of `set` occur in the line?
    pub(crate) fn has(self, set: PhraseSet) -> bool {
        self.bits & set.bit() != 0
    }

    /// Does `line`, the line this census was taken of, hold `needle`?
    pub(crate) fn holds(self, line: &[u8], needle: Needle) -> bool {
        self.may_hold(needle) && (!needle.has_letters() || needle.finder().find(line).is_some())
    }

    /// Where `needle` first occurs in `line`, the line this census was
    /// taken of.
    pub(crate) fn find(self, line: &[u8], needle: Needle) -> Option<usize> {
        self.may_hold(needle)
            .then(|| needle.finder().find(line))
            .flatten()
    }

    /// Where `needle` occurs in `line`, the line this census was taken of,
    /// without overlaps. Each search resumes past the last match, as
    /// memmem's `find_iter` does; that iterator copied its searcher (some
    /// 256 bytes) in, and its `flat_map` over the census's answer was a
    /// call of its own at each of the dozen loops a line runs, most of
    /// them over needles the line lacks.
    pub(crate) fn find_iter<'h>(
        self,
        line: &'h [u8],
        needle: Needle,
    ) -> impl Iterator<Item = usize> + 'h {
        let finder = self.may_hold(needle).then(|| needle.finder());
        let mut at = 0;
        std::iter::from_fn(move || {
            let found = at + finder?.find(&line[at..])?;
            at = found + needle.bytes().len();
            Some(found)
        })
    }

    /// Does `needle` occur in the line in some ASCII casing?
    fn may_hold(self, needle: Needle) -> bool {
        self.bits & needle_bit(needle) != 0
    }
}

/// Each phrase set's patterns, in `PhraseSet::ALL`'s order.
fn phrase_patterns() -> [Vec<String>; 11] {
    let [introductions, after_name, particles] = spoken_phrase_patterns();
    let roles = lower_case_role_patterns();
    [
        introductions,
        after_name,
        particles,
        at_word_patterns(),
        roles,
        path_label_patterns(),
        login_slot_patterns(),
        audio_extension_patterns(),
        document_extension_patterns(),
        vec!["cn=".into()],
        spoken_digit_patterns(),
    ]
}

/// The automaton of every needle and phrase, each pattern with the census
/// bit it sets; matched in any ASCII case, as each phrase finder's
/// automaton matches.
fn gate() -> &'static Occurring {
    static GATE: OnceLock<Occurring> = OnceLock::new();
    GATE.get_or_init(|| {
        let needles = Needle::ALL
            .iter()
            .map(|&needle| (needle.bytes().to_vec(), needle_bit(needle)));
        let phrases = PhraseSet::ALL
            .into_iter()
            .zip(phrase_patterns())
            .flat_map(|(set, list)| list.into_iter().map(move |p| (p.into_bytes(), set.bit())));
        Occurring::new(&needles.chain(phrases).collect::<Vec<_>>())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_is_seen_for_its_set_in_any_ascii_case() {
        for (set, list) in PhraseSet::ALL.into_iter().zip(phrase_patterns()) {
            for p in list {
                for text in [p.clone(), p.to_ascii_uppercase()] {
                    let line = format!("x{text}y");
                    assert!(Census::of(line.as_bytes()).has(set), "{line:?}");
                }
            }
        }
    }

    #[test]
    fn a_line_without_phrases_needs_no_finder() {
        let census = Census::of(b"2026-11-25T09:14:14Z level=warn svc=media jitter_ms=48");
        assert!(PhraseSet::ALL.into_iter().all(|set| !census.has(set)));
    }

    /// Pieces of lines: every needle as written, in capitals and in lower
    /// case, and parts of them.
    fn pieces() -> Vec<Vec<u8>> {
        let mut pieces = vec![b" ".to_vec(), b"x".to_vec(), b"'".to_vec()];
        for n in Needle::ALL {
            let bytes = n.bytes();
            pieces.push(bytes.to_vec());
            pieces.push(bytes.to_ascii_uppercase());
            pieces.push(bytes.to_ascii_lowercase());
            pieces.push(bytes[..bytes.len() / 2].to_vec());
            pieces.push(bytes[bytes.len() / 2..].to_vec());
        }
        pieces
    }

    proptest::proptest! {
        #[test]
        fn needles_are_found_as_their_searchers_find_them(
            picked in proptest::collection::vec(proptest::sample::select(pieces()), 0..12),
        ) {
            let line = picked.concat();
            let census = Census::of(&line);
            for &n in Needle::ALL {
                let finder = n.finder();
                proptest::prop_assert_eq!(census.holds(&line, n), finder.find(&line).is_some());
                proptest::prop_assert_eq!(census.find(&line, n), finder.find(&line));
                proptest::prop_assert!(census.find_iter(&line, n).eq(finder.find_iter(&line)));
            }
        }
    }
}
