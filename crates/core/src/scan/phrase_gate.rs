//! Which of the spoken-phrase finders a line needs, found in one pass.
//!
//! Four finders search every line with an automaton of their own:
//! self-introductions, phrases after a name, surname particles and spoken
//! `@` words. Few lines hold any of their phrases (one in eight, in call
//! center logs), so four searches a line were mostly four misses. One
//! automaton holding every pattern, searched for all its matches
//! (overlapping, so no phrase hides another), tells which sets occur in
//! the line. A finder whose set does not occur would find nothing: it is
//! skipped. One whose set occurs searches with its own automaton as before,
//! so what it finds is unchanged.
//!
//! The automaton is walked byte by byte here rather than through an
//! overlapping search, which stops at every match to hand it out and
//! resume: the patterns hold `" de "` and their kin, so lines hold many
//! matches, and only which sets they belong to is wanted.

use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::{dfa, Anchored, MatchKind};

use super::spoken_email::at_word_patterns;
use crate::name::spoken_phrase_patterns;

/// A set of patterns one finder searches for.
#[derive(Clone, Copy)]
pub(super) enum PhraseSet {
    Introductions,
    AfterName,
    Particles,
    AtWords,
}

impl PhraseSet {
    const ALL: [PhraseSet; 4] = [
        PhraseSet::Introductions,
        PhraseSet::AfterName,
        PhraseSet::Particles,
        PhraseSet::AtWords,
    ];
}

/// The sets whose patterns occur in a line.
#[derive(Clone, Copy)]
pub(super) struct PhraseSets(u8);

impl PhraseSets {
    pub(super) fn has(self, set: PhraseSet) -> bool {
        self.0 & (1 << set as u8) != 0
    }
}

/// The union automaton, and for each pattern id (in order) the set it
/// belongs to.
struct Gate {
    automaton: dfa::DFA,
    set_of: Vec<PhraseSet>,
}

fn gate() -> &'static Gate {
    static GATE: OnceLock<Gate> = OnceLock::new();
    GATE.get_or_init(|| {
        let [introductions, after_name, particles] = spoken_phrase_patterns();
        let sets = [introductions, after_name, particles, at_word_patterns()];
        let mut set_of = Vec::new();
        let mut patterns = Vec::new();
        for (set, list) in PhraseSet::ALL.into_iter().zip(sets) {
            set_of.extend(list.iter().map(|_| set));
            patterns.extend(list);
        }
        // Matched in any ASCII case, as each finder's automaton matches;
        // `Standard`: a state's matches are every pattern ending there.
        let automaton = dfa::Builder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(patterns)
            .expect("valid phrases");
        Gate { automaton, set_of }
    })
}

/// The phrase sets that occur in `line`.
pub(super) fn phrase_sets(line: &[u8]) -> PhraseSets {
    let gate = gate();
    let dfa = &gate.automaton;
    let mut found = 0u8;
    let mut sid = dfa.start_state(Anchored::No).expect("unanchored");
    for &b in line {
        sid = dfa.next_state(Anchored::No, sid, b);
        // `Standard` never reaches the dead state, and no pattern is empty:
        // the start state holds no match. Special states are few and sit
        // first, so the cheap test comes first.
        if dfa.is_special(sid) && dfa.is_match(sid) {
            for i in 0..dfa.match_len(sid) {
                found |= 1 << gate.set_of[dfa.match_pattern(sid, i).as_usize()] as u8;
            }
        }
    }
    PhraseSets(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_is_seen_for_its_set_in_any_ascii_case() {
        let [introductions, after_name, particles] = spoken_phrase_patterns();
        let sets = [introductions, after_name, particles, at_word_patterns()];
        for (set, list) in PhraseSet::ALL.into_iter().zip(sets) {
            for p in list {
                for text in [p.clone(), p.to_ascii_uppercase()] {
                    let line = format!("x{text}y");
                    assert!(phrase_sets(line.as_bytes()).has(set), "{line:?}");
                }
            }
        }
    }

    #[test]
    fn a_line_without_phrases_needs_no_finder() {
        let sets = phrase_sets(b"2026-11-25T09:14:14Z level=warn svc=media jitter_ms=48");
        assert!(PhraseSet::ALL.into_iter().all(|set| !sets.has(set)));
    }
}
