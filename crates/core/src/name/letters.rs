//! The letters a word opens with: the name lexer's loop over every word
//! it reads.

use super::{is_caseless_letter, is_joining_mark};

/// The letters a word opens with, joined by `-` and apostrophes, and the
/// marks that join a letter: their byte length, and how many letters are
/// lower case and how many upper case.
pub(super) fn letters(s: &str) -> (usize, usize, usize) {
    let mut end = 0;
    let mut lower = 0;
    let mut upper = 0;
    let mut prev_letter = false;
    let mut i = 0;
    while let Some(&b) = s.as_bytes().get(i) {
        // Most letters are ASCII: read as bytes, not decoded; no joining
        // mark, no letter without case, their case told without Unicode's
        // tables.
        if b.is_ascii() {
            if b.is_ascii_alphabetic() {
                if b.is_ascii_lowercase() {
                    lower += 1;
                } else {
                    upper += 1;
                }
                prev_letter = true;
                end = i + 1;
            } else if matches!(b, b'-' | b'\'') && prev_letter {
                prev_letter = false;
            } else {
                break;
            }
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().expect("a char starts at i");
        if prev_letter && is_joining_mark(c) {
            end = i + c.len_utf8();
        } else if c.is_alphabetic() {
            // A script without case (Arabic, Hebrew, Georgian) counts as
            // lower case after its first letter: its words read as
            // capitalised ones.
            if is_caseless_letter(c) {
                if i > 0 {
                    lower += 1;
                } else {
                    upper += 1;
                }
            } else if c.is_lowercase() {
                lower += 1;
            } else {
                upper += 1;
            }
            prev_letter = true;
            end = i + c.len_utf8();
        } else if c == '’' && prev_letter {
            prev_letter = false;
        } else {
            break;
        }
        i += c.len_utf8();
    }
    (end, lower, upper)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The char-by-char reading `letters` replaced for ASCII, as its
    /// oracle.
    fn letters_by_chars(s: &str) -> (usize, usize, usize) {
        let (mut end, mut lower, mut upper, mut prev_letter) = (0, 0, 0, false);
        for (i, c) in s.char_indices() {
            if prev_letter && is_joining_mark(c) {
                end = i + c.len_utf8();
            } else if c.is_alphabetic() {
                if is_caseless_letter(c) {
                    if i > 0 {
                        lower += 1;
                    } else {
                        upper += 1;
                    }
                } else if c.is_lowercase() {
                    lower += 1;
                } else {
                    upper += 1;
                }
                prev_letter = true;
                end = i + c.len_utf8();
            } else if matches!(c, '-' | '\'' | '’') && prev_letter {
                prev_letter = false;
            } else {
                break;
            }
        }
        (end, lower, upper)
    }

    proptest::proptest! {
        #[test]
        fn letters_read_as_char_by_char(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "a", "Z", "-", "'", "’", " ", ".", "1", "_", "é", "Ö", "ß", "ა", "ع", "\u{301}",
                "क्", "\u{93c}", "한", "Σ", "ς", "\u{212a}", "@",
            ]), 0..12),
        ) {
            let s = pieces.concat();
            proptest::prop_assert_eq!(letters(&s), letters_by_chars(&s));
        }
    }
}
