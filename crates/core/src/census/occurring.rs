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
//! match test. A pattern of one byte is no state but a flag of its byte,
//! ORed over the text (`new`).

/// A set of patterns' bits: the needles' and the phrase sets' are more
/// than 64.
pub(super) type Bits = u128;

/// Marks a transition of the trie not yet made.
const NONE: u32 = u32::MAX;

pub(super) struct Occurring {
    /// Each byte's class: 0 for bytes in no pattern of two bytes or
    /// more; an ASCII letter shares its lower case's.
    class: [u8; 256],
    /// Each byte's flag, if it is a pattern of its own (an ASCII letter
    /// shares its lower case's), and `NON_ASCII` for a byte past ASCII.
    flag: [u32; 256],
    /// Per byte `k` of the flags (bits `8k` on), the bits of the one-byte
    /// patterns each of its values stands for: a few lookups a line
    /// rather than a turn per flag.
    single_bits: Vec<[Bits; 256]>,
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

/// The flag of a byte past ASCII; the one-byte patterns' flags are the
/// bits below it.
const NON_ASCII: u32 = 1 << 31;

impl Occurring {
    /// The automaton of `patterns`, each with the bits it sets when it
    /// occurs. No pattern may be empty.
    ///
    /// A pattern of one byte is no state of the automaton but a flag of
    /// its byte, which the walk ORs: the census's one-byte needles (`:`,
    /// `/`, `=`, `,` and their kin) are in a third of a log's quads, and
    /// as states each of those quads took the walk's slow path.
    pub(super) fn new(patterns: &[(Vec<u8>, Bits)]) -> Occurring {
        assert!(
            patterns.iter().all(|(p, _)| !p.is_empty()),
            "no pattern is empty"
        );
        let (singles, longer): (Vec<_>, Vec<_>) = patterns.iter().partition(|(p, _)| p.len() == 1);
        let mut class = [0u8; 256];
        let mut classes = 1usize;
        for b in longer.iter().flat_map(|(p, _)| p) {
            let lower = usize::from(b.to_ascii_lowercase());
            if class[lower] == 0 {
                class[lower] = u8::try_from(classes).expect("at most 255 bytes");
                classes += 1;
            }
        }
        // Each distinct byte's flag, and the bits of its patterns.
        let mut flag = [0u32; 256];
        let mut flag_bits: Vec<Bits> = Vec::new();
        for (p, bit) in &singles {
            let lower = usize::from(p[0].to_ascii_lowercase());
            if flag[lower] == 0 {
                assert!(flag_bits.len() < 31, "at most 31 one-byte patterns");
                flag[lower] = 1 << flag_bits.len();
                flag_bits.push(0);
            }
            flag_bits[flag[lower].trailing_zeros() as usize] |= *bit;
        }
        for upper in b'A'..=b'Z' {
            let lower = usize::from(upper.to_ascii_lowercase());
            class[usize::from(upper)] = class[lower];
            flag[usize::from(upper)] = flag[lower];
        }
        for f in &mut flag[0x80..] {
            *f |= NON_ASCII;
        }
        let single_bits = flag_bits
            .chunks(8)
            .map(|eight| {
                std::array::from_fn(|v| {
                    eight
                        .iter()
                        .enumerate()
                        .filter(|&(j, _)| v >> j & 1 == 1)
                        .fold(0, |bits, (_, &b)| bits | b)
                })
            })
            .collect();
        let shift = usize::BITS - (classes - 1).leading_zeros();
        let row = 1usize << shift;
        // The trie: a dense row of children per state, for building it,
        // and each state's children as a list, for filling the DFA.
        let mut trie = vec![NONE; row];
        let mut children: Vec<Vec<(usize, u32)>> = vec![Vec::new()];
        let mut bits: Vec<Bits> = vec![0];
        for (pattern, bit) in longer {
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
        let mut occurring = Occurring::fill(shift, classes, &children, bits);
        occurring.class = class;
        occurring.flag = flag;
        occurring.single_bits = single_bits;
        occurring
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
            class: [0; 256],
            flag: [0; 256],
            single_bits: Vec::new(),
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
        let first_match = self.first_match;
        let step =
            |s: usize, b: u8| trans[(s | usize::from(self.class[usize::from(b)])) & mask] as usize;
        let flag = |b: u8| self.flag[usize::from(b)];
        let (mut s, mut flags, mut found) = (0usize, 0u32, 0);
        // Eight bytes a turn: the loop's own count and test were a large
        // part of the walk's instructions. A match makes the state at least
        // `first_match`, and so the OR of the turn's states: one test
        // tells whether any of them is looked at (most turns hold none).
        let mut eights = text.chunks_exact(8);
        for eight in &mut eights {
            let &[b0, b1, b2, b3, b4, b5, b6, b7] = eight else {
                unreachable!("chunks of eight")
            };
            flags |= flag(b0) | flag(b1) | flag(b2) | flag(b3);
            flags |= flag(b4) | flag(b5) | flag(b6) | flag(b7);
            let s0 = step(s, b0);
            let s1 = step(s0, b1);
            let s2 = step(s1, b2);
            let s3 = step(s2, b3);
            let s4 = step(s3, b4);
            let s5 = step(s4, b5);
            let s6 = step(s5, b6);
            s = step(s6, b7);
            if s0 | s1 | s2 | s3 | s4 | s5 | s6 | s >= first_match {
                self.add_endings(&[s0, s1, s2, s3, s4, s5, s6, s], &mut found);
            }
        }
        // The last bytes' states, the start's past them.
        let mut tail = [0; 7];
        for (t, &b) in tail.iter_mut().zip(eights.remainder()) {
            flags |= flag(b);
            s = step(s, b);
            *t = s;
        }
        if tail.iter().any(|&t| t >= first_match) {
            self.add_endings(&tail, &mut found);
        }
        let singles = self
            .single_bits
            .iter()
            .enumerate()
            .fold(0, |bits, (k, of)| {
                bits | of[usize::from((flags >> (8 * k)) as u8)]
            });
        (found | singles, flags & NON_ASCII == 0)
    }

    /// ORs into `found` the bits of the patterns that end at `states`.
    /// Out of line, as most quads have none: inlined, the walk kept
    /// `found` in registers it then lacked for its own state.
    #[inline(never)]
    fn add_endings(&self, states: &[usize], found: &mut Bits) {
        for &s in states {
            if s >= self.first_match {
                *found |= self.bits[(s - self.first_match) >> self.shift];
            }
        }
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
