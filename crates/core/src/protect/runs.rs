//! Long runs of hex digits, read once for two searches: hex hashes and ids
//! (twelve hex digits or more) and epoch numbers (ten digits, which are
//! hex digits too).
//!
//! Each search scanned the hay for its own runs, the hashes for twelve hex
//! digits and the epochs for ten digits: two passes over every line for
//! tokens most lines lack. A digit run of ten lies in a hex run of ten or
//! more, so one scan for those serves both: the hashes take the runs of
//! twelve or more, and the epoch starts are read from the digits inside
//! them, for the weak search to use (`epoch_from`).
//!
//! The hex runs are read from the hex digit map (`separators::map`), a
//! word of 64 bytes at a time: read byte by byte from every tenth byte on,
//! they cost three times as much, as hex letters and digits are common
//! in logs and the stretch around each one probed was read.

use super::{separators, Protected};

/// An epoch number's length, at the least.
pub(super) const EPOCH_MIN: usize = 10;

/// A hash's length, at the least.
const HASH_MIN: usize = 12;

/// Appends to `hashes` the hex hashes and ids of `hay` (`67f4826ccb85`,
/// commit and trace ids): whole words of twelve or more hex digits with
/// a letter and a digit. Appends to `epochs`, in order, every offset where
/// an epoch number may start: `1`, a digit from `5` to `9` and eight more
/// digits.
///
/// A hash is a maximal run of twelve or more hex digits with no letter or
/// digit on either side, so the scan looks for those runs (`hex_run`, in
/// `hex`, the hex digit map of `hay`). Invariant: `i == 0` or
/// `hay[i - 1]` is no hex digit, so a run found from `i` is the whole run.
pub(super) fn scan(hay: &[u8], hex: &[u64], hashes: &mut Vec<Protected>, epochs: &mut Vec<usize>) {
    epochs.clear();
    let mut i = 0;
    while let Some((start, end)) = hex_run(hex, i) {
        // `hay[end]` is no hex digit (or the hay ends): the invariant holds.
        i = end + 1;
        push_epochs(hay, start, end, epochs);
        if end - start < HASH_MIN {
            continue;
        }
        // Only a whole word counts: no letter or digit glued on either side.
        let whole = (start == 0 || !hay[start - 1].is_ascii_alphanumeric())
            && hay.get(end).map_or(true, |b| !b.is_ascii_alphanumeric());
        if !whole {
            continue;
        }
        // Parts of bigger tokens (a UUID's last group, `a_b`, `%2B…`) are not hashes.
        let glued = (start > 0 && matches!(hay[start - 1], b'_' | b'%' | b'+' | b'-'))
            || hay.get(end).is_some_and(|&b| matches!(b, b'_' | b'-'));
        // "DE89370400440532013000" is hex too: IBAN-shaped words are left
        // to the IBAN detector, which checks them.
        let iban_shaped = end - start >= 15
            && hay[start..start + 2].iter().all(u8::is_ascii_uppercase)
            && hay[start + 2..start + 4].iter().all(u8::is_ascii_digit);
        if !glued && !iban_shaped && is_hash(&hay[start..end]) {
            hashes.push(Protected {
                start,
                end,
                strong: true,
            });
        }
    }
}

/// Appends the epoch starts in the whole hex run `hay[start..end]`: every
/// digit run of ten or more in `hay` lies in one such run, whole.
fn push_epochs(hay: &[u8], start: usize, end: usize, epochs: &mut Vec<usize>) {
    let mut i = start;
    while let Some((s, e)) = next_run(&hay[..end], i, EPOCH_MIN, u8::is_ascii_digit) {
        let shaped = |c: &usize| hay[*c] == b'1' && matches!(hay[c + 1], b'5'..=b'9');
        epochs.extend((s..=e - EPOCH_MIN).filter(shaped));
        i = e + 1;
    }
}

/// The first run of at least `EPOCH_MIN` hex digits at or after `from`
/// (a run that opens before `from` is read from there), in the hex
/// digit map `hex`: the first offset whose bit and the nine after it are
/// set starts it, and the first clear bit after those ends it.
fn hex_run(hex: &[u64], from: usize) -> Option<(usize, usize)> {
    let mut k = from / 64;
    let mut below = u64::MAX << (from % 64);
    while k < hex.len() {
        // The word and the next as one: a run may go on across words.
        let x = u128::from(separators::word(hex, k) & below)
            | u128::from(separators::word(hex, k + 1)) << 64;
        let two = x & x >> 1;
        let four = two & two >> 2;
        let ten = four & four >> 4 & two >> 8;
        let starts = ten as u64;
        if starts != 0 {
            let start = k * 64 + starts.trailing_zeros() as usize;
            // Past the map's end every bit is clear.
            let mut end = start + EPOCH_MIN;
            loop {
                let clear = !separators::word(hex, end / 64) & u64::MAX << (end % 64);
                if clear != 0 {
                    return Some((start, end / 64 * 64 + clear.trailing_zeros() as usize));
                }
                end = (end / 64 + 1) * 64;
            }
        }
        below = u64::MAX;
        k += 1;
    }
    None
}

/// The first of the epoch starts `epochs` (in order) at or after `from`.
pub(super) fn epoch_from(epochs: &[usize], from: usize) -> Option<usize> {
    epochs.get(epochs.partition_point(|&c| c < from)).copied()
}

/// The first run of at least `min` bytes that are `member`s, at or after
/// `from` (a run that opens before `from` is read from there). A run of
/// `min` starting at or after `i` covers `i + min - 1`, so the scan reads
/// that byte alone and, when it is no member, goes on past it: most bytes
/// of a line are never read.
fn next_run(
    line: &[u8],
    from: usize,
    min: usize,
    member: impl Fn(&u8) -> bool,
) -> Option<(usize, usize)> {
    let mut i = from;
    while i + min <= line.len() {
        let probe = i + min - 1;
        if !member(&line[probe]) {
            i = probe + 1;
            continue;
        }
        let mut start = probe;
        while start > i && member(&line[start - 1]) {
            start -= 1;
        }
        let mut end = probe + 1;
        while end < line.len() && member(&line[end]) {
            end += 1;
        }
        if end - start >= min {
            return Some((start, end));
        }
        i = end + 1;
    }
    None
}

/// Hex hashes and ids: only hex digits, with at least one letter and one
/// digit (so a long digit run, which could be a card or a phone, is not one).
fn is_hash(text: &[u8]) -> bool {
    text.iter().all(u8::is_ascii_hexdigit)
        && text.iter().any(u8::is_ascii_digit)
        && text.iter().any(u8::is_ascii_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word-by-word scan for hashes `scan` replaced, as an oracle.
    fn hashes_word_by_word(line: &[u8]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(start) = line[i..].iter().position(u8::is_ascii_alphanumeric) {
            let start = i + start;
            i = line[start..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .map_or(line.len(), |p| start + p);
            let glued = (start > 0 && matches!(line[start - 1], b'_' | b'%' | b'+' | b'-'))
                || line.get(i).is_some_and(|&b| matches!(b, b'_' | b'-'));
            let iban_shaped = i - start >= 15
                && line[start..start + 2].iter().all(u8::is_ascii_uppercase)
                && line[start + 2..start + 4].iter().all(u8::is_ascii_digit);
            if i - start >= 12 && !glued && !iban_shaped && is_hash(&line[start..i]) {
                out.push((start, i));
            }
        }
        out
    }

    fn hex_map(line: &[u8]) -> Vec<u64> {
        let (mut seps, mut hex) = (Vec::new(), Vec::new());
        separators::map(line, &mut seps, &mut hex);
        hex
    }

    /// Every offset where an epoch number may start, each tested alone.
    fn epochs_everywhere(line: &[u8]) -> Vec<usize> {
        (0..line.len().saturating_sub(EPOCH_MIN - 1))
            .filter(|&c| {
                let w = &line[c..c + EPOCH_MIN];
                w.iter().all(u8::is_ascii_digit) && w[0] == b'1' && matches!(w[1], b'5'..=b'9')
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn hashes_as_word_by_word(line in "[0-9a-fA-FgzDE _%+.-]{0,80}") {
            let (mut out, mut epochs) = (Vec::new(), Vec::new());
            scan(line.as_bytes(), &hex_map(line.as_bytes()), &mut out, &mut epochs);
            let ours: Vec<_> = out.iter().map(|p| (p.start, p.end)).collect();
            proptest::prop_assert_eq!(ours, hashes_word_by_word(line.as_bytes()));
        }

        /// The epoch starts read from the hex runs are those of a test of
        /// every offset, and `epoch_from` the first of them from each.
        #[test]
        fn epochs_as_every_offset_finds_them(
            pieces in proptest::collection::vec(proptest::sample::select(&[
                "1", "5", "9", "0", "15", "1773945479", "4", "a", "F", " ", "-", "\n",
            ][..]), 0..40)
        ) {
            let line = pieces.concat();
            let line = line.as_bytes();
            let (mut hashes, mut epochs) = (Vec::new(), Vec::new());
            scan(line, &hex_map(line), &mut hashes, &mut epochs);
            let theirs = epochs_everywhere(line);
            proptest::prop_assert_eq!(&epochs, &theirs);
            for from in 0..=line.len() {
                let first = theirs.iter().copied().find(|&c| c >= from);
                proptest::prop_assert_eq!(epoch_from(&epochs, from), first);
            }
        }
    }
}
