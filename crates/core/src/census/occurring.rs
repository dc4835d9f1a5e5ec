//! An Aho-Corasick DFA that tells which of its patterns occur in a text,
//! in any ASCII case: all the census needs.
//!
//! `aho_corasick`'s DFA builder computes each missing transition by
//! walking the failure chain through the sparse NFA, and the census's
//! 573 patterns in any case make 164 byte classes (rows of 256): building
//! its 3,864 states took about 50M instructions at every start, more than
//! the walk over a 1 MB input. (Its docs warn that "a DFA is very slow to
//! build".) Here the classes fold ASCII case, so rows are half as long,
//! and the states are filled breadth first, each row copied from its
//! failure state's finished one and its children written over it. A state
//! also holds the bits of every pattern ending there, so the walk needs no
//! match test.

/// A set of patterns' bits: the needles' and the phrase sets' are more
/// than 64.
pub(super) type Bits = u128;

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
    bits: Vec<Bits>,
}

impl Occurring {
    /// The automaton of `patterns`, each with the bits it sets when it
    /// occurs. No pattern may be empty.
    pub(super) fn new(patterns: &[(Vec<u8>, Bits)]) -> Occurring {
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
        // The trie: a dense row of children per state, for building it,
        // and each state's children as a list, for filling the DFA.
        let mut trie = vec![NONE; row];
        let mut children: Vec<Vec<(usize, u32)>> = vec![Vec::new()];
        let mut bits: Vec<Bits> = vec![0];
        for (pattern, bit) in patterns {
            assert!(!pattern.is_empty(), "no pattern is empty");
            let mut s = 0;
            for &b in pattern {
                let c = usize::from(class[usize::from(b)]);
                if trie[(s << shift) | c] == NONE {
                    let child = u32::try_from(bits.len()).expect("states fit u32");
                    trie[(s << shift) | c] = child;
                    trie.resize(trie.len() + row, NONE);
                    children[s].push((c, child));
                    children.push(Vec::new());
                    bits.push(0);
                }
                s = trie[(s << shift) | c] as usize;
            }
            bits[s] |= bit;
        }
        Occurring::fill(class, shift, classes, &children, bits)
    }

    /// Turns the trie into the DFA, breadth first, so that a state's
    /// failure state, which is shallower, has its row finished before it:
    /// the row starts as a copy of the failure state's, and the children
    /// replace their transitions. A state's bits are final when it is
    /// found, so it is numbered then: those where no pattern ends from 0
    /// up (the start among them, as no pattern is empty), the others from
    /// the last down. (Renumbering the finished DFA cost a pass over every
    /// transition at each start.)
    fn fill(
        class: [u8; 256],
        shift: u32,
        classes: usize,
        children: &[Vec<(usize, u32)>],
        mut bits: Vec<Bits>,
    ) -> Occurring {
        let states = bits.len();
        // A power of two of transitions, the rows past the last state's
        // zeros: the walk masks its offsets with `len - 1`, which leaves
        // them as they are and shows the compiler they are in bounds.
        let mut trans = vec![0u32; (states << shift).next_power_of_two()];
        let mut fail = vec![0usize; states];
        // Each state's number, and the state of each number.
        let mut number = vec![0usize; states];
        let mut state = vec![0usize; states];
        let (mut unmatched, mut matched) = (1, states);
        let mut queue = std::collections::VecDeque::from([0usize]);
        while let Some(s) = queue.pop_front() {
            let (row, fail_row) = (number[s] << shift, number[fail[s]] << shift);
            if s != 0 {
                trans.copy_within(fail_row..fail_row + classes, row);
            }
            for &(c, child) in &children[s] {
                let child = child as usize;
                // The longest proper suffix of the child's text that is a
                // prefix of a pattern (the start, for the start's children).
                let on_fail = if s == 0 {
                    0
                } else {
                    state[trans[fail_row + c] as usize >> shift]
                };
                fail[child] = on_fail;
                bits[child] |= bits[on_fail];
                let n = if bits[child] == 0 {
                    unmatched += 1;
                    unmatched - 1
                } else {
                    matched -= 1;
                    matched
                };
                number[child] = n;
                state[n] = child;
                trans[row + c] = u32::try_from(n << shift).expect("rows fit u32");
                queue.push_back(child);
            }
        }
        Occurring {
            class,
            shift,
            trans,
            first_match: unmatched << shift,
            bits: state[unmatched..].iter().map(|&s| bits[s]).collect(),
        }
    }

    /// The bits of every pattern that occurs in `text`, ORed, and whether
    /// `text` is all ASCII: the walk reads every byte anyway, and finders
    /// that skip ASCII lines asked it again with their own pass. Not
    /// inlined: in the scanner's body the walk's state went to the stack
    /// and back at every byte.
    #[inline(never)]
    pub(super) fn bits_in(&self, text: &[u8]) -> (Bits, bool) {
        let trans = &self.trans[..];
        let mask = trans.len() - 1;
        let step =
            |s: usize, b: u8| trans[(s | usize::from(self.class[usize::from(b)])) & mask] as usize;
        let mut s = 0usize;
        let mut found = 0;
        let mut matched = |s: usize| {
            if s >= self.first_match {
                found |= self.bits[(s - self.first_match) >> self.shift];
            }
        };
        // Four bytes a turn: the loop's own count and test were a quarter
        // of the walk's instructions. A match makes the state at least
        // `first_match`, and so the OR of the quad's four states: one test
        // tells whether any of them is looked at (most quads hold none).
        let mut quads = text.chunks_exact(4);
        for quad in &mut quads {
            let &[a, b, c, d] = quad else {
                unreachable!("chunks of four")
            };
            let s1 = step(s, a);
            let s2 = step(s1, b);
            let s3 = step(s2, c);
            s = step(s3, d);
            if s1 | s2 | s3 | s >= self.first_match {
                [s1, s2, s3, s].into_iter().for_each(&mut matched);
            }
        }
        for &b in quads.remainder() {
            s = step(s, b);
            matched(s);
        }
        (found, text.is_ascii())
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
            let with_bits: Vec<(Vec<u8>, Bits)> =
                patterns.iter().enumerate().map(|(i, p)| (p.clone(), 1 << i)).collect();
            let ac = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(&patterns)
                .unwrap();
            let expected = ac
                .find_overlapping_iter(&text)
                .fold(0, |bits, m| bits | (1 as Bits) << m.pattern().as_usize());
            let (bits, ascii) = Occurring::new(&with_bits).bits_in(&text);
            proptest::prop_assert_eq!(bits, expected);
            proptest::prop_assert_eq!(ascii, text.is_ascii());
        }
    }
}
