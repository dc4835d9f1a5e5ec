//! The walk over a line's bytes to the next that may open a name.

use super::is_word_byte;

/// From byte `from` of `bytes`, with `prev_alnum` telling whether a word
/// byte came before it, skips the ASCII that cannot open a word: where a byte
/// needs a closer look (non-ASCII, or a capital after no word byte; the
/// end of `bytes` if none), and whether a word byte came before that.
/// Eight bytes at a time, and only their capitals and non-ASCII bytes are
/// looked at, each with the byte before it.
pub(super) fn skip_ascii(bytes: &[u8], from: usize, prev_alnum: bool) -> (usize, bool) {
    let walk = Walk {
        bytes,
        from,
        prev_alnum,
    };
    let eight = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
    let mut i = from;
    while i + 8 <= bytes.len() {
        if let Some(found) = walk.first_to_look_at(i, capital_or_non_ascii(eight(i))) {
            return found;
        }
        i += 8;
    }
    // The last few: the line's last eight bytes, but those before `i`.
    if i < bytes.len() {
        let Some(last) = bytes.len().checked_sub(8) else {
            return skip_one_by_one(bytes, i, walk.before(i));
        };
        let flagged = capital_or_non_ascii(eight(last)) & u64::MAX << (8 * (i - last));
        if let Some(found) = walk.first_to_look_at(last, flagged) {
            return found;
        }
        i = bytes.len();
    }
    (i, walk.before(i))
}

/// `skip_ascii`'s walk from `from`, where `prev_alnum` tells whether a
/// word byte came before.
struct Walk<'a> {
    bytes: &'a [u8],
    from: usize,
    prev_alnum: bool,
}

impl Walk<'_> {
    /// Whether a word byte comes before `at`: asked only of the bytes
    /// that need a closer look, not at every byte or every eight.
    #[inline(always)]
    fn before(&self, at: usize) -> bool {
        if at == self.from {
            self.prev_alnum
        } else {
            is_word_byte(self.bytes, at - 1)
        }
    }

    /// Of the eight bytes at `base`, those of `flagged` (capitals and
    /// non-ASCII) are looked at: the first that needs a closer look, and
    /// whether a word byte comes before it.
    #[inline(always)]
    fn first_to_look_at(&self, base: usize, mut flagged: u64) -> Option<(usize, bool)> {
        while flagged != 0 {
            let at = base + (flagged.trailing_zeros() / 8) as usize;
            let before = self.before(at);
            if self.bytes[at] >= 0x80 || !before {
                return Some((at, before));
            }
            flagged &= flagged - 1;
        }
        None
    }
}

/// `skip_ascii`, a byte at a time: for lines shorter than eight bytes.
fn skip_one_by_one(bytes: &[u8], mut i: usize, mut prev_alnum: bool) -> (usize, bool) {
    while let Some(&b) = bytes.get(i) {
        if b >= 0x80 || (!prev_alnum && b.is_ascii_uppercase()) {
            break;
        }
        prev_alnum = is_word_byte(bytes, i);
        i += 1;
    }
    (i, prev_alnum)
}

/// The high bit of each of the eight bytes of `x` that lies in `A..=Z` or
/// at `0x80` or above.
pub(super) fn capital_or_non_ascii(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Seven-bit bytes: adding to them never carries into the next byte.
    let low = x & !HIGH;
    let from_a = (low + 0x3f3f_3f3f_3f3f_3f3f) & HIGH; // >= b'A'
    let past_z = (low + 0x2525_2525_2525_2525) & HIGH; // >= b'Z' + 1
    (x & HIGH) | (from_a & !past_z)
}
