//! Where a line's or a block's separators (`-`, `.`, `/`, `:`) and hex
//! digits are: one bit per byte, 64 bytes a word, read once before the
//! protector's searches.
//!
//! The protected tokens (dates, times, MACs, UUIDs, addresses, versions)
//! are found from their separators. Read eight bytes at a time by each
//! search, or with a memchr restarted after each of them (they are a few
//! bytes apart in logs), they cost more than reading them once into a map
//! each search then walks a word at a time.

/// Fills `words` with the separator bits of `hay`: bit `i % 64` of word
/// `i / 64` is set when `hay[i]` is a separator; and `hex` with its hex
/// digit bits the same way. The last word is padded with zeros, and a
/// word of zeros follows it when `hay`'s length is a multiple of 64, so
/// every byte has a word.
pub(super) fn map(hay: &[u8], words: &mut Vec<u64>, hex: &mut Vec<u64>) {
    words.clear();
    hex.clear();
    words.reserve(hay.len() / 64 + 1);
    hex.reserve(hay.len() / 64 + 1);
    let mut chunks = hay.chunks_exact(64);
    for chunk in &mut chunks {
        let (w, h) = chunk_bits(chunk.try_into().expect("64 bytes"));
        words.push(w);
        hex.push(h);
    }
    let rest = chunks.remainder();
    let mut padded = [0u8; 64];
    padded[..rest.len()].copy_from_slice(rest);
    let (w, h) = chunk_bits(&padded);
    words.push(w);
    hex.push(h);
}

/// Word `k` of the map `seps`, zeros past its end.
pub(super) fn word(seps: &[u64], k: usize) -> u64 {
    seps.get(k).copied().unwrap_or(0)
}

/// Word `k` of the map read `n` bytes on (`0 < n < 64`): bit `i` is the
/// separator bit of byte `64 * k + i + n`.
pub(super) fn ahead(seps: &[u64], k: usize, n: u32) -> u64 {
    word(seps, k) >> n | word(seps, k + 1) << (64 - n)
}

/// The 64 bits of the map `map` from byte `at` on: bit `i` is byte
/// `at + i`'s.
pub(super) fn bits_from(map: &[u64], at: usize) -> u64 {
    match (at % 64) as u32 {
        0 => word(map, at / 64),
        n => ahead(map, at / 64, n),
    }
}

/// The offsets at or after `from`, in order, whose bits are set in
/// `mask(k)`, the bits of word `k` of a map of `words` words.
pub(super) fn offsets<F: Fn(usize) -> u64>(words: usize, from: usize, mask: F) -> Offsets<F> {
    let word = from / 64;
    let bits = if word < words {
        mask(word) & u64::MAX << (from % 64)
    } else {
        0
    };
    Offsets {
        mask,
        words,
        word,
        bits,
    }
}

pub(super) struct Offsets<F> {
    mask: F,
    words: usize,
    /// The word `bits` stands for.
    word: usize,
    /// The bits of `word`'s mask not yet handed out.
    bits: u64,
}

impl<F: Fn(usize) -> u64> Iterator for Offsets<F> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        while self.bits == 0 {
            self.word += 1;
            if self.word >= self.words {
                return None;
            }
            self.bits = (self.mask)(self.word);
        }
        let at = self.word * 64 + self.bits.trailing_zeros() as usize;
        self.bits &= self.bits - 1;
        Some(at)
    }
}

/// The separator and the hex digit bits of 64 bytes. Each byte's two
/// classes are set apart as `0x80` or `0` first, in a loop the compiler
/// turns into vector compares, and only then packed eight bytes at a
/// time: read in eight-byte words for both (shifts, adds and masks), the
/// two classes cost nearly twice as much.
fn chunk_bits(chunk: &[u8; 64]) -> (u64, u64) {
    let (mut seps, mut hex) = ([0u8; 64], [0u8; 64]);
    for ((s, h), &b) in seps.iter_mut().zip(&mut hex).zip(chunk) {
        let separator = matches!(b, b'-' | b'.' | b'/' | b':');
        let hex_digit = b.wrapping_sub(b'0') < 10 || (b | 0x20).wrapping_sub(b'a') < 6;
        *s = u8::from(separator) << 7;
        *h = u8::from(hex_digit) << 7;
    }
    (high_bits(&seps), high_bits(&hex))
}

/// The high bits of 64 bytes, in order.
fn high_bits(bytes: &[u8; 64]) -> u64 {
    bytes.chunks_exact(8).enumerate().fold(0, |w, (k, eight)| {
        let x = u64::from_le_bytes(eight.try_into().expect("8 bytes"));
        w | packed(x) << (8 * k)
    })
}

/// The eight high bits of `m`'s bytes as the eight bits of a byte: each
/// product of a bit `8j` and the multiplier's bit `56 - 7j` lands on bit
/// `56 + j`, and no two products share a bit, so nothing carries.
fn packed(m: u64) -> u64 {
    (m >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Each bit as the byte it stands for, over the separators', the
        /// hex digits' and their neighbours' bytes and the high ones.
        #[test]
        fn bits_are_the_separators(
            hay in proptest::collection::vec(proptest::sample::select(
                b"-./:,;09afAFgG`@\x00\x10\x19\x2c\x30\x39\x3b\xad\xae\xaf\xba\xc1\xe1\xff".to_vec()), 0..200),
        ) {
            let (mut words, mut hex) = (Vec::new(), Vec::new());
            map(&hay, &mut words, &mut hex);
            proptest::prop_assert_eq!(words.len(), hay.len() / 64 + 1);
            proptest::prop_assert_eq!(hex.len(), words.len());
            for i in 0..words.len() * 64 {
                let theirs = hay.get(i).is_some_and(|b| b"-./:".contains(b));
                proptest::prop_assert_eq!(words[i / 64] >> (i % 64) & 1 == 1, theirs, "at {}", i);
                let theirs = hay.get(i).is_some_and(u8::is_ascii_hexdigit);
                proptest::prop_assert_eq!(hex[i / 64] >> (i % 64) & 1 == 1, theirs, "hex at {}", i);
            }
        }
    }
}
