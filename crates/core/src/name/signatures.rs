//! Names a message is signed with at its end: after a dash (`… nazaj -
//! Julija"`), after its last sentence (`… verschieben? Karin"`) or after
//! the number to call back on (`dzwonić 667 718 693 Peter"`, `Appelez-moi
//! au 07 51 13 02 46, Maxime`). What makes the name is its place, the
//! text's last words, and its first word, a clear given name.

use super::*;
use crate::census::Census;
use crate::needles::Needle;

/// The most words a name signed at a text's end is read over.
const MAX_SIGNED_WORDS: usize = 3;

/// The fewest digits before a name that make the run a phone number
/// (`ul. Długa 7 Anna` is an address, `22 750 28 80 Anna` a number).
const MIN_PHONE_DIGITS: usize = 7;

impl NameFinder {
    /// Calls `found(start, end)` for each name a message is signed with
    /// after a dash at its end (`… pokličite me nazaj - Julija"`,
    /// `… escalado a segundo nivel -- Lara"`): a clear given name and the
    /// words of the name after it, then the end of the text.
    pub(crate) fn find_dash_signatures(
        &self,
        line: &[u8],
        census: Census,
        mut found: impl FnMut(usize, usize),
    ) {
        for at in census.find_iter(line, Needle::SpaceDash) {
            let dashes = line[at + 1..].iter().take_while(|&&b| b == b'-').count();
            let start = at + 1 + dashes + 1;
            if dashes > 2 || line.get(start - 1) != Some(&b' ') {
                continue;
            }
            let rest = valid_utf8_prefix(&line[start..line.len().min(start + 64)]);
            let Some(len) = self.introduced_name(rest) else {
                continue;
            };
            if ends_text(line, start + len)
                || line[start + len..].iter().all(u8::is_ascii_whitespace)
            {
                found(start, start + len);
            }
        }
    }

    /// Calls `found(start, end)` for each name a text is signed with at
    /// its end (the line's, a quoted value's or an XML element's) after a sentence or a
    /// phone number: a capitalised clear given name and the words of the
    /// name after it, then the end of the text. `phone_found`: the line
    /// holds a phone number already found.
    pub(crate) fn find_end_signatures(
        &self,
        line: &[u8],
        census: Census,
        phone_found: bool,
        mut found: impl FnMut(usize, usize),
    ) {
        // Such a name follows a comma, a `?`, a `. ` or a phone number:
        // most lines hold none of these. (`! ` alone does not open the
        // search.)
        let may_be_signed = census.holds(line, Needle::CommaSpace)
            || census.holds(line, Needle::Question)
            || phone_found
            || census.holds(line, Needle::DotSpace);
        if !may_be_signed {
            return;
        }
        let line_end = line.trim_ascii_end().len();
        // A JSON key's closing quote (`"level":`) ends no text.
        let quotes = memchr::memchr_iter(b'"', line)
            .filter(|&q| line.get(q + 1) != Some(&b':'))
            .map(|q| match q {
                // `…, Maxime\"}`: an escaped quote ends an escaped string.
                q if q > 0 && line[q - 1] == b'\\' => q - 1,
                q => q,
            });
        // An XML element's text ends at its closing tag
        // (`<message>… дякую. Дмитро</message>`).
        let closing_tags = census.find_iter(line, Needle::ClosingTag);
        for end in quotes.chain(closing_tags).chain(std::iter::once(line_end)) {
            if let Some(start) = self.end_signature(line, end, phone_found) {
                found(start, end);
            }
        }
    }

    /// Where the name signing the text that ends at `end` starts.
    /// `phone_found`: the line holds a phone number found, which words may
    /// part from the name (`call 0612 345 678 asap, Conor`).
    fn end_signature(&self, line: &[u8], end: usize, phone_found: bool) -> Option<usize> {
        if let Some(start) = self.slash_signature(line, end) {
            return Some(start);
        }
        // Cheap rejections first, by bytes: one of the text's last words
        // (joined by single spaces) follows a sentence's end, a digit or a
        // comma, then a space; most texts end in plain words.
        let is_word_byte = |b: u8| b.is_ascii_alphabetic() || b >= 0x80 || b == b'-' || b == b'\'';
        let mut at = end;
        let hopeful = (0..MAX_SIGNED_WORDS).any(|_| {
            let word = line[..at]
                .iter()
                .rev()
                .take_while(|&&b| is_word_byte(b))
                .count();
            let start = at - word;
            if word == 0 || start < 2 || line[start - 1] != b' ' {
                at = 0;
                return false;
            }
            at = start - 1;
            matches!(line[start - 2], b'.' | b'!' | b'?' | b',' | b'0'..=b'9')
        });
        if !hopeful {
            return None;
        }
        let window = end.saturating_sub(16 * MAX_SIGNED_WORDS);
        let text = valid_utf8_suffix(&line[window..end]);
        let base = end - text.len();
        for start in last_word_starts(text) {
            let before = &line[..base + start];
            let after_number =
                after_phone_number(before) || phone_found && after_number_and_words(before);
            if !(after_number || after_sentence(before)) {
                continue;
            }
            let name = &text[start..];
            if !name.starts_with(char::is_uppercase) {
                return None;
            }
            // After a sentence the words after the given name must be
            // listed surnames: `… shipped. Kindle Paperwhite` is a product.
            let surnames = || name.split(' ').skip(1).all(|w| self.db.lookup(w).surname);
            let signed = self.introduced_name(name) == Some(name.len());
            return (signed && (after_number || surnames())).then_some(base + start);
        }
        None
    }

    /// Where a name signed after a slash starts, as Scandinavian mail
    /// signs (`… stänga mitt konto via Spelpaus. /Linus`): a slash after a
    /// sentence's end and a space, then a clear given name and its words
    /// to the text's end at `end`.
    fn slash_signature(&self, line: &[u8], end: usize) -> Option<usize> {
        let window = end.saturating_sub(16 * MAX_SIGNED_WORDS);
        let slash = window + memchr::memrchr(b'/', &line[window..end])?;
        let signed = slash >= 2
            && line[slash - 1] == b' '
            && matches!(line[slash - 2], b'.' | b'!' | b'?' | b',');
        let name = std::str::from_utf8(&line[slash + 1..end]).ok()?;
        (signed && self.introduced_name(name) == Some(name.len())).then_some(slash + 1)
    }
}

/// The starts of the last words of `text`, nearest first, up to
/// `MAX_SIGNED_WORDS`: words of letters (and `-`, `'`) joined by single
/// spaces, stopping at anything else.
pub(super) fn last_word_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut end = text.len();
    (0..MAX_SIGNED_WORDS).map_while(move |_| {
        let word = text[..end]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic() || c == '-' || c == '\'')
            .last()
            .map(|(i, _)| i)?;
        // The next word, if any, is one space before this one.
        end = if word > 0 && text.as_bytes()[word - 1] == b' ' {
            word - 1
        } else {
            0
        };
        Some(word)
    })
}

/// Does `before` end a sentence (`… verschieben? `, `… bonne journée. `)?
/// A dot after a short word is an abbreviation's (`Dr. `, `бул. `,
/// `str. `), which a name or a street follows.
fn after_sentence(before: &[u8]) -> bool {
    match before {
        [.., b'!' | b'?', b' '] => true,
        [rest @ .., b'.', b' '] => {
            let word = valid_utf8_suffix(&rest[rest.len().saturating_sub(16)..]);
            let letters = word.chars().rev().take_while(|c| c.is_alphabetic()).count();
            letters >= 4
        }
        _ => false,
    }
}

/// The most lower-case words between a phone number and the comma before
/// a signature (`call 0612 345 678 asap, Conor`).
const MAX_WORDS_AFTER_NUMBER: usize = 2;

/// Does `before` end in a phone number, up to two lower-case words, then
/// `, ` (`pls call 0612 345 678 asap, `, `ring 07700 900123 after six, `)?
fn after_number_and_words(before: &[u8]) -> bool {
    let Some(mut rest) = before.strip_suffix(b", ") else {
        return false;
    };
    for _ in 0..MAX_WORDS_AFTER_NUMBER {
        let word = rest
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_lowercase())
            .count();
        if word == 0 || rest.len() == word {
            return false;
        }
        rest = &rest[..rest.len() - word];
        if after_phone_number(rest) {
            return true;
        }
    }
    false
}

/// Does `before` end in a phone number, then a space or `, `
/// (`dzwonić 22 750 28 80 `, `au 07 51 13 02 46, `)?
fn after_phone_number(before: &[u8]) -> bool {
    let Some(rest) = before.strip_suffix(b" ") else {
        return false;
    };
    let rest = rest.strip_suffix(b",").unwrap_or(rest);
    let run = rest
        .iter()
        .rev()
        .take_while(|b| {
            b.is_ascii_digit() || matches!(b, b' ' | b'+' | b'-' | b'.' | b'/' | b'(' | b')')
        })
        .count();
    let run = &rest[rest.len() - run..];
    run.last().is_some_and(u8::is_ascii_digit)
        && run.iter().filter(|b| b.is_ascii_digit()).count() >= MIN_PHONE_DIGITS
}
