//! Names spelled letter by letter: a caller spells their surname for the
//! agent and speech-to-text writes `N-I-E-L-S-E-N`, `k e l l y` or
//! `B.A.R.T.O.Š`. No word of it is a name; the letters joined are.

use super::*;
use crate::occurrences::{any_window, splat, zero_bytes};

/// The fewest letters a spelled name has (`L-I` is an abbreviation).
const MIN_LETTERS: usize = 4;

/// The most letters read as one spelled word.
const MAX_LETTERS: usize = 24;

impl NameFinder {
    /// Calls `found(start, end)` for each run of single letters, one
    /// separator (`-`, `.`, space) apart, whose letters joined make a
    /// listed name (see `is_spelled_name`).
    pub(crate) fn find_spelled_names(&self, line: &[u8], mut found: impl FnMut(usize, usize)) {
        if !has_spelled_letters(line) {
            return;
        }
        let Ok(text) = std::str::from_utf8(line) else {
            return;
        };
        let mut joined = String::new();
        let mut from = 0;
        // Each spelled name has a letter, a separator and a letter
        // (`N-I`) at its start; look only where one is.
        while let Some(p) = memchr::memchr3(b'-', b'.', b' ', &line[from..]) {
            let sep_at = from + p;
            from = sep_at + 1;
            let Some(start) = single_letter_before(text, sep_at) else {
                continue;
            };
            let sep = line[sep_at];
            joined.clear();
            let mut letters = 0;
            let mut end = start;
            let mut i = start;
            while let Some((c, next)) = single_letter_at(text, i) {
                if letters == MAX_LETTERS {
                    break;
                }
                joined.push(c);
                letters += 1;
                end = next;
                // `B. A. R.`: a dot may come with a space after it.
                let gap = match (line.get(next), line.get(next + 1)) {
                    (Some(&b), Some(b' ')) if b == sep && sep == b'.' => 2,
                    (Some(&b), _) if b == sep => 1,
                    _ => break,
                };
                i = next + gap;
            }
            // A trailing dot of `B.A.R.T.O.Š.` belongs to the name.
            if sep == b'.' && line.get(end) == Some(&b'.') {
                end += 1;
            }
            from = from.max(end);
            if (MIN_LETTERS..=MAX_LETTERS).contains(&letters) && self.is_spelled_name(&joined, sep)
            {
                found(start, end);
            }
        }
    }

    /// Are the letters joined a listed name and no ordinary word? Names
    /// that are also words (`Smith`, `Smart`) only when spelled with
    /// hyphens or spaces: capitals with dots are an acronym's
    /// (`S.M.A.R.T.`).
    fn is_spelled_name(&self, joined: &str, sep: u8) -> bool {
        let known = self.db.lookup(joined);
        (known.strong() || known.any() && sep != b'.')
            && !is_log_vocabulary(joined, known)
            && !is_not_name(joined)
    }
}

/// A cheap look for three ASCII letters each followed by the same
/// separator (`I-E-L-`, `e l l `, `A. R. T. `), which every spelled name of
/// four letters or more has unless most of it is non-ASCII.
///
/// Every line is asked and its separators are many (every space), so
/// eight offsets are tested at once for what each such separator needs
/// (see `may_be_spelled`), and only the few that pass are looked at.
fn has_spelled_letters(line: &[u8]) -> bool {
    any_window(line, |i, at| {
        let mut candidates = may_be_spelled(at);
        while candidates != 0 {
            if spelled_letters_at(line, i + (candidates.trailing_zeros() / 8) as usize) {
                return true;
            }
            candidates &= candidates - 1;
        }
        false
    })
}

/// The high bit of each of eight bytes of a line that may be a separator
/// `spelled_letters_at` takes, given `at[k]`, the eight bytes `k` on from
/// the first (zeros past the line's end): a byte of 0x20..=0x2f (` `, `-`,
/// `.` are) that the byte two on repeats with a letter between (`I-E`),
/// or a dot that the byte three on repeats with a letter two on (`A. R.`).
/// A letter is taken as any byte with 0x40 set: every ASCII letter has
/// it, no space, digit or punctuation below `@` does.
fn may_be_spelled(at: [u64; 4]) -> u64 {
    let letter = |w: u64| w << 1;
    let x = at[0];
    let punctuation = (x | splat(0x0f)) ^ splat(0x2f);
    let repeated = zero_bytes((x ^ at[2]) | punctuation) & letter(at[1]);
    let dot_repeated = zero_bytes((x ^ at[3]) | (x ^ splat(b'.'))) & letter(at[2]);
    repeated | dot_repeated
}

/// Do three ASCII letters, each followed by the separator at `p`, follow
/// it, with a letter before it (see `has_spelled_letters`)?
fn spelled_letters_at(line: &[u8], p: usize) -> bool {
    let sep = line[p];
    if !matches!(sep, b'-' | b'.' | b' ') {
        return false;
    }
    let stride = if sep == b'.' && line.get(p + 1) == Some(&b' ') {
        3
    } else {
        2
    };
    (1..=3).all(|k| {
        let letter = p + k * stride - 1;
        line.get(letter + 1) == Some(&sep) && line.get(letter).is_some_and(u8::is_ascii_alphabetic)
    }) && p > 0
        && line[p - 1].is_ascii_alphabetic()
}

/// The start of the letter right before `at`, if it stands alone (the
/// line's start, a space or an opening quote or bracket before it).
fn single_letter_before(text: &str, at: usize) -> Option<usize> {
    let (start, c) = text[..at].char_indices().next_back()?;
    let alone = text[..start].chars().next_back().map_or(true, |b| {
        b.is_whitespace() || matches!(b, '"' | '\'' | '(' | '[' | '=' | ':')
    });
    (c.is_alphabetic() && alone).then_some(start)
}

/// The letter at `at` and where it ends, if it is a letter alone: what
/// follows is no letter or digit.
fn single_letter_at(text: &str, at: usize) -> Option<(char, usize)> {
    let c = text.get(at..)?.chars().next()?;
    let end = at + c.len_utf8();
    let alone = text[end..]
        .chars()
        .next()
        .map_or(true, |n| !n.is_alphanumeric());
    (c.is_alphabetic() && alone).then_some((c, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn spelled_letters_are_found_as_at_each_separator(pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                &b"a-"[..], b"Z.", b"e ", b". ", b"-", b".", b" ", b"a", b"/", b"!", b"\xc3\xa9",
            ]),
            0..24,
        )) {
            let line = pieces.concat();
            let each = memchr::memchr3_iter(b'-', b'.', b' ', &line)
                .any(|p| spelled_letters_at(&line, p));
            proptest::prop_assert_eq!(has_spelled_letters(&line), each);
        }
    }
}
