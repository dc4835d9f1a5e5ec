//! Where a line's or a block's separators (`-`, `.`, `/`, `:`) are: one
//! bit per byte, 64 bytes a word, read once before the protector's
//! searches.
//!
//! The protected tokens (dates, times, MACs, UUIDs, addresses, versions)
//! are found from their separators. Read eight bytes at a time by each
//! search, or with a memchr restarted after each of them (they are a few
//! bytes apart in logs), they cost more than reading them once into a map
//! each search then walks a word at a time.

use crate::occurrences::{splat, zero_bytes};

/// Fills `words` with the separator bits of `hay`: bit `i % 64` of word
/// `i / 64` is set when `hay[i]` is a separator. The last word is padded
/// with zeros, and a word of zeros follows it when `hay`'s length is a
/// multiple of 64, so every byte has a word.
pub(super) fn map(hay: &[u8], words: &mut Vec<u64>) {
    words.clear();
    words.reserve(hay.len() / 64 + 1);
    let mut chunks = hay.chunks_exact(64);
    words.extend((&mut chunks).map(word));
    let rest = chunks.remainder();
    let mut padded = [0u8; 64];
    padded[..rest.len()].copy_from_slice(rest);
    words.push(word(&padded));
}

/// The separator bits of 64 bytes.
fn word(chunk: &[u8]) -> u64 {
    chunk.chunks_exact(8).enumerate().fold(0, |w, (k, eight)| {
        let x = u64::from_le_bytes(eight.try_into().expect("8 bytes"));
        w | packed(high_bits(x)) << (8 * k)
    })
}

/// The high bit of each of the eight bytes of `x` that is a separator:
/// `-./` by their range, whose sums carry into no other byte, and `:` on
/// its own.
fn high_bits(x: u64) -> u64 {
    let low = x & splat(0x7f);
    let dash_to_slash = (low + splat(0x80 - b'-')) & !(low + splat(0x80 - b'/' - 1));
    (dash_to_slash | zero_bytes(x ^ splat(b':'))) & !x & splat(0x80)
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
        /// Each bit as the byte it stands for, over the separators' and
        /// their neighbours' bytes and the high ones.
        #[test]
        fn bits_are_the_separators(
            hay in proptest::collection::vec(proptest::sample::select(
                b"-./:,;09afAF\x00\x2c\x30\x39\x3b\xad\xae\xaf\xba\xff".to_vec()), 0..200),
        ) {
            let mut words = Vec::new();
            map(&hay, &mut words);
            proptest::prop_assert_eq!(words.len(), hay.len() / 64 + 1);
            for i in 0..words.len() * 64 {
                let theirs = hay.get(i).is_some_and(|b| b"-./:".contains(b));
                proptest::prop_assert_eq!(words[i / 64] >> (i % 64) & 1 == 1, theirs, "at {}", i);
            }
        }
    }
}
