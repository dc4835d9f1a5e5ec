//! A name written surname first in quotes or a row's cell, as directories,
//! CRMs and rosters sort people: `"Mulder, Fleur"`, `'WEBER, MATTIA'`,
//! `"De Rosa, Niccolò"`, `|NAJAFI, Reza|`, or as the bare value of a
//! person's key (`requester: DECLERCQ, Jens case=…`). The comma alone
//! proves nothing (`"Paris, France"`); what makes the name is a clear
//! given name after it and name-shaped words before it, the quoted text,
//! the cell or the value being nothing else.

use super::*;
use crate::census::Census;
use crate::context::{classify_word, KeyClass};
use crate::needles::Needle;

/// The most bytes either side of the comma.
const MAX_PART: usize = 48;

/// The most words of the surname part (`De la Fuente`).
const MAX_SURNAME_WORDS: usize = 3;

impl NameFinder {
    /// Calls `found(start, end)` for each quoted `Surname, Given` text.
    pub(crate) fn find_inverted_names(
        &self,
        line: &[u8],
        census: Census,
        mut found: impl FnMut(usize, usize),
    ) {
        for comma in census.find_iter(line, Needle::CommaSpace) {
            let head = &line[comma.saturating_sub(MAX_PART)..comma];
            let opener = |b: &u8| matches!(b, b'"' | b'\'' | b'|' | b';' | b'\t');
            let Some(q) = head.iter().rposition(opener) else {
                self.find_keyed_inverted_name(line, comma, &mut found);
                continue;
            };
            let open = comma - head.len() + q;
            // A row's cell (`|NAJAFI, Reza|`, `;García Navarro, Raúl;`)
            // may be a key's value too (`x=1; owner=Berg, Anna;`).
            let cell = !matches!(line[open], b'"' | b'\'');
            // The quote opens a text: not the apostrophe of "it's".
            if !cell
                && open > 0
                && (line[open - 1].is_ascii_alphanumeric() || line[open - 1] >= 0x80)
            {
                continue;
            }
            let from = comma + 2;
            let tail = &line[from..line.len().min(from + MAX_PART)];
            let Some(c) = memchr::memchr(line[open], tail) else {
                continue;
            };
            // An escaped quote (`\"Mulder, Fleur\"`) closes without its `\`.
            let end = if c > 0 && tail[c - 1] == b'\\' {
                from + c - 1
            } else {
                from + c
            };
            let (Ok(surname), Ok(given)) = (
                std::str::from_utf8(&line[open + 1..comma]),
                std::str::from_utf8(&line[from..end]),
            ) else {
                continue;
            };
            if self.is_inverted_name(surname, given) {
                found(open + 1, end);
            } else if cell {
                self.find_keyed_inverted_name(line, comma, &mut found);
            }
        }
    }

    /// `requester: DECLERCQ, Jens case=…`, `owner=Berg, Anna;`: the bare
    /// value of a name or party key, written surname first. The surname
    /// runs back from the comma at `comma` to the key's `: ` or `=`; the
    /// given name runs on to the next key, a `;` or the line's end.
    fn find_keyed_inverted_name(
        &self,
        line: &[u8],
        comma: usize,
        found: &mut impl FnMut(usize, usize),
    ) {
        let head = &line[comma.saturating_sub(MAX_PART)..comma];
        let Some(sep) = head.iter().rposition(|&b| matches!(b, b':' | b'=')) else {
            return;
        };
        let open = comma - head.len() + sep + 1;
        let start = open + usize::from(line.get(open) == Some(&b' '));
        let key_end = open - 1;
        let key_start = line[..key_end]
            .iter()
            .rposition(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-') || b >= 0x80))
            .map_or(0, |i| i + 1);
        let Ok(key) = std::str::from_utf8(&line[key_start..key_end]) else {
            return;
        };
        if !matches!(classify_word(key), Some(KeyClass::Name | KeyClass::Party)) {
            return;
        }
        let from = comma + 2;
        let tail = &line[from..line.len().min(from + MAX_PART)];
        // The given name ends at a `;`, `,`, `|` or quote, or before a word
        // in lower case (the next `key=`).
        let mut end = from
            + tail
                .iter()
                .position(|&b| matches!(b, b';' | b',' | b'|' | b'"'))
                .unwrap_or(tail.len());
        if let Some(key) = line[from..end]
            .windows(2)
            .position(|w| w[0] == b' ' && w[1].is_ascii_lowercase())
        {
            end = from + key;
        }
        // No end within reach: text, not a given name (and a cut there
        // would split a word).
        if end == from + tail.len() && end < line.len() {
            return;
        }
        let end = from + line[from..end].trim_ascii_end().len();
        let (Ok(surname), Ok(given)) = (
            std::str::from_utf8(&line[start..comma]),
            std::str::from_utf8(&line[from..end]),
        ) else {
            return;
        };
        if !surname.is_empty() && !given.is_empty() && self.is_inverted_name(surname, given) {
            found(start, end);
        }
    }

    fn is_inverted_name(&self, surname: &str, given: &str) -> bool {
        let name_word = |w: &str| {
            word(w).is_some_and(|(len, kind)| {
                len == w.len() && matches!(kind, Word::Capitalised | Word::Upper | Word::Uncased)
            }) && {
                // In a script without case only the words the lists hold
                // are names: any other is text (`שלום, החבילה שלי …`).
                let known = self.db.lookup(w);
                !is_log_vocabulary(w, known) && (known.any() || !w.starts_with(is_caseless_letter))
            } && !is_not_name(w)
        };
        let mut given_words = given.split(' ');
        let first_given = given_words.next().unwrap_or("");
        let rest_ok = given_words.all(|w| name_word(w) || is_particle(w));
        let surname_words = surname.split(' ').count();
        let surname_ok = (1..=MAX_SURNAME_WORDS).contains(&surname_words)
            && surname.split(' ').all(|w| name_word(w) || is_particle(w))
            && surname.split(' ').any(|w| !is_particle(w));
        let last = self.db.lookup(surname.rsplit(' ').next().unwrap_or(""));
        let first = self.db.lookup(first_given);
        // A clear given name after any surname; a given name that is also
        // a word after a surname that is nothing else or unlisted; an
        // unlisted word after a surname that is nothing else.
        let paired = if self.is_clear_given_name(first_given) {
            last.surname || !last.any()
        } else if first.given {
            last.surname && last.strong() || !last.any() && !last.ambiguous
        } else {
            !first.any() && last.surname && last.strong()
        };
        let given_ok = name_word(first_given) && rest_ok && paired;
        given_ok && surname_ok
    }
}
