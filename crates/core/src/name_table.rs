//! The layout of the name table that `build.rs` writes and `namedb.rs`
//! reads: shared by both, so the two always hash and pack words alike.
//!
//! Two byte strings. `words`: one entry per distinct word, `[flags, len,
//! bytes…]`. `slots`: an open-addressed table (linear probing, at most
//! half full) of little-endian `u32`s, `0` for an empty slot, else a tag
//! (8 more bits of the word's hash) in the top byte and 1 + the entry's
//! offset in `words` below it.

/// The flag bits of an entry.
pub(crate) const GIVEN: u8 = 1;
pub(crate) const SURNAME: u8 = 2;
pub(crate) const AMBIGUOUS: u8 = 4;
pub(crate) const ORDINARY: u8 = 8;
/// An ambiguous name that is a frequent word ("and", "karl", "wolf").
pub(crate) const COMMON: u8 = 16;

/// A word's hash: FxHash's multiply-rotate, eight bytes at a time and
/// fixed to `u64` and little-endian, so a build script on one machine and
/// the engine on another agree.
pub(crate) fn hash(word: &[u8]) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let mut h = word.len() as u64;
    for chunk in word.chunks(8) {
        let mut b = [0u8; 8];
        b[..chunk.len()].copy_from_slice(chunk);
        h = (h.rotate_left(26) ^ u64::from_le_bytes(b)).wrapping_mul(K);
    }
    h
}

/// Where a word with hash `h` starts probing in a table of `1 << bits`
/// slots, and its tag: the best-mixed (top) bits of the product.
pub(crate) fn home_and_tag(h: u64, bits: u32) -> (usize, u8) {
    ((h >> (64 - bits)) as usize, (h >> (56 - bits)) as u8)
}
