//! Where a line holds any of a few bytes, found eight bytes at a time.
//!
//! Some finders visit every space or separator of every line. Those are a
//! few bytes apart, where each of memchr's searches costs more in setting
//! up than it saves; reading eight bytes at a time and handing out the
//! matches among them costs a few instructions a byte.
//!
//! Only where the bytes are dense: for sparser ones (`/`, `.`, `=`, the
//! cell separators) and in the spoken-digit tokenizer it was measured to
//! cost more than memchr, and they keep it.
//!
//! Short patterns whose bytes are rare together (an IBAN's start, spelled
//! letters) are looked for the same way: eight offsets tested at once
//! (`any_window`), the few that pass looked at closer.

/// The offsets of the bytes of `line` that are one of `bytes`, in order:
/// what `memchr_iter`, `memchr2_iter` or `memchr3_iter` give
/// (`occurrences_are_memchrs`).
pub(crate) fn occurrences<const N: usize>(line: &[u8], bytes: [u8; N]) -> Occurrences<'_, N> {
    Occurrences {
        line,
        bytes,
        at: 0,
        base: 0,
        mask: 0,
    }
}

pub(crate) struct Occurrences<'a, const N: usize> {
    line: &'a [u8],
    bytes: [u8; N],
    /// Where the next eight bytes are read from.
    at: usize,
    /// Where the bytes `mask` stands for start.
    base: usize,
    /// The high bit of each of the eight bytes at `base` that is one of
    /// `bytes` and not yet handed out.
    mask: u64,
}

const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;

/// Eight bytes `b`, to compare or mask eight bytes of a line at once.
pub(crate) fn splat(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// The high bit of each byte of `x` that is zero, exactly: no carry
/// crosses a byte (`0x7f + 0x7f < 0x100`), so a byte's bit depends on it
/// alone.
pub(crate) fn zero_bytes(x: u64) -> u64 {
    !(((x & LOW7) + LOW7) | x | LOW7)
}

impl<const N: usize> Iterator for Occurrences<'_, N> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        while self.mask == 0 {
            let rest = self.line.get(self.at..).filter(|r| !r.is_empty())?;
            self.base = self.at;
            if let Some(chunk) = rest.first_chunk::<8>() {
                let x = u64::from_le_bytes(*chunk);
                self.mask = self
                    .bytes
                    .iter()
                    .fold(0, |m, &b| m | zero_bytes(x ^ splat(b)));
                self.at += 8;
            } else {
                self.mask = rest
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| self.bytes.contains(b))
                    .fold(0, |m, (k, _)| m | 0x80 << (8 * k));
                self.at = self.line.len();
            }
        }
        let i = self.base + (self.mask.trailing_zeros() / 8) as usize;
        self.mask &= self.mask - 1;
        Some(i)
    }
}

/// Calls `test(i, at)` for each offset `i` of `line` that is a multiple of
/// eight, where `at[k]` holds the eight bytes from `i + k` on (zeros past
/// the line's end), until it returns `true`; whether one did. For the
/// prefilters that test eight offsets at once for a short pattern whose
/// bytes are rare as a whole, and look closer only where those pass.
pub(crate) fn any_window<const K: usize>(
    line: &[u8],
    mut test: impl FnMut(usize, [u64; K]) -> bool,
) -> bool {
    let words = |bytes: &[u8]| -> [u64; K] {
        std::array::from_fn(|k| u64::from_le_bytes(bytes[k..k + 8].try_into().expect("8 bytes")))
    };
    let mut i = 0;
    while let Some(window) = line.get(i..i + K + 7) {
        if test(i, words(window)) {
            return true;
        }
        i += 8;
    }
    // The last offsets, read from a copy padded with zeros: one more test
    // rather than a byte-by-byte look at each.
    let rest = &line[i..];
    const { assert!(K + 7 <= 32, "a window fits the padded copy") };
    let mut padded = [0u8; 32];
    padded[..rest.len()].copy_from_slice(rest);
    !rest.is_empty() && test(i, words(&padded[..K + 7]))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn occurrences_are_memchrs(line in proptest::collection::vec(
            proptest::sample::select(vec![
                b' ', b'-', b'.', b'a', 0xa0, 0xad, 0xae, b'\0', b'!', 0x7f, 0xff, b'\n',
            ]),
            0..40,
        )) {
            let one: Vec<usize> = memchr::memchr_iter(b' ', &line).collect();
            proptest::prop_assert_eq!(occurrences(&line, [b' ']).collect::<Vec<_>>(), one);
            let three: Vec<usize> = memchr::memchr3_iter(b'-', b'.', b' ', &line).collect();
            proptest::prop_assert_eq!(
                occurrences(&line, [b'-', b'.', b' ']).collect::<Vec<_>>(),
                three
            );
        }
    }
}
