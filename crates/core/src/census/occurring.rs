//! An Aho-Corasick DFA that tells which of its patterns occur in a text,
//! in any ASCII case: all the census needs.
//!
//! `aho_corasick`'s DFA builder computes each missing transition by
//! walking the failure chain through the sparse NFA, and the census's
//! 573 patterns in any case make 164 byte classes (rows of 256): building
//! its 3,864 states took about 50M instructions at every start, more than
//! the walk over a 1 MB input. (Its docs warn that "a DFA is very slow to
//! build".) Here the classes fold ASCII case, so rows are half as long,
//! and the states are filled breadth first, each missing transition copied
//! from its failure state's finished row: one copy per transition. A state
//! also holds the bits of every pattern ending there, so the walk needs no
//! match test.

/// Marks a transition of the trie not yet made.
const NONE: u32 = u32::MAX;

pub(super) struct Occurring {
    /// Each byte's class: 0 for bytes in no pattern; an ASCII letter
    /// shares its lower case's.
    class: [u8; 256],
    /// A row holds `1 << shift` transitions, one per class and padding.
    shift: u32,
    /// A state is the offset of its row, `s << shift`, and its transition
    /// on class `c` is `trans[row + c]`.
    trans: Vec<u32>,
    /// The rows of the states where some pattern ends come last, from
    /// this one on: the walk tests a bound rather than reading the bits of
    /// every state it passes, most of which have none.
    first_match: usize,
    /// Per state from `first_match` on, the bits of every pattern that
    /// ends there.
    bits: Vec<u64>,
}

impl Occurring {
    /// The automaton of `patterns`, each with the bits it sets when it
    /// occurs. No pattern may be empty.
    pub(super) fn new(patterns: &[(Vec<u8>, u64)]) -> Occurring {
        let mut class = [0u8; 256];
        let mut classes = 1usize;
        for b in patterns.iter().flat_map(|(p, _)| p) {
            let lower = b.to_ascii_lowercase();
            if class[usize::from(lower)] == 0 {
                class[usize::from(lower)] = u8::try_from(classes).expect("at most 255 bytes");
                classes += 1;
            }
        }
        for upper in b'A'..=b'Z' {
            class[usize::from(upper)] = class[usize::from(upper.to_ascii_lowercase())];
        }
        let shift = usize::BITS - (classes - 1).leading_zeros();
        let row = 1usize << shift;
        let mut dfa = Occurring {
            class,
            shift,
            trans: vec![NONE; row],
            first_match: 0,
            bits: vec![0],
        };
        for (pattern, bit) in patterns {
            assert!(!pattern.is_empty(), "no pattern is empty");
            let mut s = 0;
            for &b in pattern {
                let at = (s << shift) | usize::from(dfa.class[usize::from(b)]);
                if dfa.trans[at] == NONE {
                    dfa.trans[at] = u32::try_from(dfa.bits.len()).expect("states fit u32");
                    dfa.trans.resize(dfa.trans.len() + row, NONE);
                    dfa.bits.push(0);
                }
                s = dfa.trans[at] as usize;
            }
            dfa.bits[s] |= bit;
        }
        dfa.fill(classes);
        dfa.matches_last(classes);
        dfa
    }

    /// Turns the trie into the DFA: breadth first, so that a state's
    /// failure state, which is shallower, has its row finished before it.
    fn fill(&mut self, classes: usize) {
        let row = 1usize << self.shift;
        let mut fail = vec![0u32; self.bits.len()];
        let mut queue = std::collections::VecDeque::new();
        for c in 0..classes {
            match self.trans[c] {
                NONE => self.trans[c] = 0,
                child => queue.push_back(child),
            }
        }
        while let Some(s) = queue.pop_front() {
            let (s, f) = (s as usize, fail[s as usize] as usize);
            for c in 0..classes {
                let on_fail = self.trans[f * row + c];
                match self.trans[s * row + c] {
                    NONE => self.trans[s * row + c] = on_fail,
                    child => {
                        // The longest proper suffix of the child's text
                        // that is a prefix of a pattern.
                        fail[child as usize] = on_fail;
                        self.bits[child as usize] |= self.bits[on_fail as usize];
                        queue.push_back(child);
                    }
                }
            }
        }
    }

    /// Renumbers the states of the finished DFA, those where no pattern
    /// ends first (the start among them, as no pattern is empty), and
    /// writes each transition as its target's row.
    fn matches_last(&mut self, classes: usize) {
        let row = 1usize << self.shift;
        let mut order: Vec<usize> = (0..self.bits.len()).collect();
        order.sort_by_key(|&s| self.bits[s] != 0);
        let mut renamed = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            renamed[old] = u32::try_from(new << self.shift).expect("rows fit u32");
        }
        // Row by row through slices: indexing each transition on its own
        // cost 6.7M instructions at every start.
        let mut trans = vec![0; self.trans.len()];
        for (new_row, &old) in trans.chunks_exact_mut(row).zip(&order) {
            let old_row = &self.trans[old * row..][..classes];
            for (t, &target) in new_row.iter_mut().zip(old_row) {
                *t = renamed[target as usize];
            }
        }
        let unmatched = order.iter().take_while(|&&s| self.bits[s] == 0).count();
        self.bits = order[unmatched..].iter().map(|&s| self.bits[s]).collect();
        self.first_match = unmatched << self.shift;
        self.trans = trans;
    }

    /// The bits of every pattern that occurs in `text`, ORed. Not inlined:
    /// in the scanner's body the walk's state went to the stack and back
    /// at every byte.
    #[inline(never)]
    pub(super) fn bits_in(&self, text: &[u8]) -> u64 {
        let mut s = 0usize;
        let mut found = 0;
        for &b in text {
            s = self.trans[s | usize::from(self.class[usize::from(b)])] as usize;
            if s >= self.first_match {
                found |= self.bits[(s - self.first_match) >> self.shift];
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    const PIECES: &[&str] = &[
        "a", "b", "A", "B", " ", "ab", "Ba", "aba", "é", "É", "\u{2019}", "x", "bab", "_",
    ];

    proptest::proptest! {
        #[test]
        fn finds_what_an_overlapping_case_insensitive_search_finds(
            patterns in proptest::collection::vec(
                proptest::collection::vec(proptest::sample::select(PIECES), 1..4), 1..12),
            text in proptest::collection::vec(proptest::sample::select(PIECES), 0..30),
        ) {
            let patterns: Vec<Vec<u8>> =
                patterns.iter().map(|p| p.concat().into_bytes()).collect();
            let text = text.concat().into_bytes();
            let with_bits: Vec<(Vec<u8>, u64)> =
                patterns.iter().enumerate().map(|(i, p)| (p.clone(), 1 << i)).collect();
            let ac = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(&patterns)
                .unwrap();
            let expected = ac
                .find_overlapping_iter(&text)
                .fold(0, |bits, m| bits | 1u64 << m.pattern().as_usize());
            proptest::prop_assert_eq!(Occurring::new(&with_bits).bits_in(&text), expected);
        }
    }
}
