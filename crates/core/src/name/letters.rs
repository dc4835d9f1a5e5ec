//! The letters a word opens with, and the capitals inside it: the name
//! lexer's loops over every word it reads.

use super::{
    glued_to_particle, is_caseless_letter, is_joining_mark, is_particle, is_phrase_word, Word,
};

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

/// [`super::word`] of a text whose word and the two bytes after it are
/// ASCII, read as bytes: most words are, and decoding each of their chars
/// and asking Unicode its case was most of the lexer's cost. `None` when a
/// byte it reads is not ASCII: then the word is read by chars.
///
/// Each test is `word_by_chars`'s, in its order, for ASCII: no ASCII
/// letter is uncased, caseless or Georgian, and none of `Ó`, `Ní`, `Uí`.
pub(super) fn ascii_word(s: &str) -> Option<Option<(usize, Word)>> {
    let b = s.as_bytes();
    let Some(&first) = b.first() else {
        return Some(None);
    };
    if !first.is_ascii() {
        return None;
    }
    if !first.is_ascii_alphabetic() {
        return Some(None);
    }
    // `letters`, its ASCII part: a byte beyond ASCII may be a letter or a
    // joining mark, which only the reading by chars tells.
    // The same walk finds the capitals inside the word (`is_camel_case`):
    // the `-` or apostrophe it may pass after the word's last letter is
    // no lower-case letter, so no capital after it counts.
    let (mut end, mut lower, mut upper, mut prev_letter) = (0, 0, 0, false);
    let mut inner = (None, None);
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii_alphabetic() {
            if c.is_ascii_lowercase() {
                lower += 1;
            } else {
                if i > 0 && b[i - 1].is_ascii_lowercase() && inner.1.is_none() {
                    if inner.0.is_none() {
                        inner.0 = Some(i);
                    } else {
                        inner.1 = Some(i);
                    }
                }
                upper += 1;
            }
            prev_letter = true;
            end = i + 1;
        } else if matches!(c, b'-' | b'\'') && prev_letter {
            prev_letter = false;
        } else if !c.is_ascii() {
            return None;
        } else {
            break;
        }
    }
    let w = &s[..end];
    let next = b.get(end).copied();
    // The byte after `next` is read as a char's start only after these.
    let after = b.get(end + 1).copied();
    if next.is_some_and(|c| !c.is_ascii()) || after.is_some_and(|c| !c.is_ascii()) {
        return None;
    }
    if first.is_ascii_uppercase()
        && next == Some(b'.')
        && (end == 1 || (end <= 3 && is_phrase_word(&s[..end + 1])))
    {
        return Some(Some((end + 1, Word::Initial)));
    }
    if camel_case_by(w, inner) {
        return Some(None);
    }
    if next.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'@' | b'/')) {
        return Some(None);
    }
    if next == Some(b'-') && after.is_some_and(|c| c.is_ascii_digit()) {
        return Some(None);
    }
    let glued_on = b.get(end + 1..).is_some_and(|a| a.starts_with(b"\"["))
        || after
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'[' | b'<' | b'{' | b'('));
    if matches!(next, Some(b'.' | b'+' | b'%' | b'=' | b'#')) && glued_on {
        return Some(None);
    }
    if first.is_ascii_lowercase() {
        if is_particle(w) {
            return Some(Some((end, Word::Particle)));
        }
        return Some(glued_to_particle(w).then_some((end, Word::Capitalised)));
    }
    if lower == 0 {
        return Some((upper >= 2).then_some((end, Word::Upper)));
    }
    Some(Some((end, Word::Capitalised)))
}

/// "WindowsUpdateAgent", "SurfaceView": an identifier, not a name. An
/// inner capital after a lowercase letter makes one, unless what precedes
/// it is a surname prefix ("McDonald", "MacArthur", "DeVito", "LeBlanc").
pub(super) fn is_camel_case(w: &str) -> bool {
    let inner_capitals = if w.is_ascii() {
        ascii_inner_capitals(w.as_bytes())
    } else {
        inner_capitals(w)
    };
    camel_case_by(w, inner_capitals)
}

/// [`is_camel_case`] of `w`, given where its first two capitals after a
/// lower-case letter are.
fn camel_case_by(w: &str, inner_capitals: (Option<usize>, Option<usize>)) -> bool {
    const PREFIXES: &[&str] = &[
        "mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "fitz", "st", "o",
    ];
    match inner_capitals {
        (None, _) => false,
        // The prefix opens its part of a double name ("Keogh-MacNulty").
        (Some(i), None) => {
            let part = w[..i].rsplit(['-', '\'', '’']).next().unwrap_or("");
            !PREFIXES.iter().any(|p| part.eq_ignore_ascii_case(p))
        }
        (Some(_), Some(_)) => true,
    }
}

/// Where the first two capitals after a lower-case letter are in `w`.
fn inner_capitals(w: &str) -> (Option<usize>, Option<usize>) {
    let mut prev_lower = false;
    let mut inner = w.char_indices().filter(|&(_, c)| {
        let hit = prev_lower && c.is_uppercase();
        prev_lower = c.is_lowercase();
        hit
    });
    (inner.next().map(|m| m.0), inner.next().map(|m| m.0))
}

/// [`inner_capitals`] of an ASCII word, byte by byte: most words are
/// ASCII, and decoding their chars was most of `word`'s cost.
fn ascii_inner_capitals(w: &[u8]) -> (Option<usize>, Option<usize>) {
    let mut found = (None, None);
    for i in 1..w.len() {
        if w[i - 1].is_ascii_lowercase() && w[i].is_ascii_uppercase() {
            if found.0.is_some() {
                found.1 = Some(i);
                break;
            }
            found.0 = Some(i);
        }
    }
    found
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

        /// An ASCII word is read by bytes as by chars.
        #[test]
        fn ascii_words_read_as_by_chars(pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", "Z", "Mc", "Dr", "van", "al", "A", "-", "'", "’", " ", ".", "1", "_", "@",
                "/", "+", "%", "=", "#", "\"[", "[", "<", "é", "Ó", "ა", "한", "\u{301}",
            ]), 0..8),
        ) {
            let s = pieces.concat();
            if let Some(by_bytes) = ascii_word(&s) {
                proptest::prop_assert_eq!(by_bytes, super::super::word_by_chars(&s));
            }
        }

        /// An ASCII word's inner capitals are found by bytes where they
        /// were found by chars.
        #[test]
        fn inner_capitals_by_bytes_as_by_chars(w in "[aZmD'’é-]{0,10}") {
            if w.is_ascii() {
                proptest::prop_assert_eq!(ascii_inner_capitals(w.as_bytes()), inner_capitals(&w));
            }
        }
    }
}
