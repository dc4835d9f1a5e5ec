//! A name found once is the same person wherever else the line writes its
//! words, in any case: a merge preview prints the master record beside
//! its duplicate (`master=(Ivo Brandt, …) duplicate=(ivo brandt, …)`), a
//! normaliser the input beside its output (`"IVO BRANDT" -> "Ivo
//! Brandt"`), a change record the old value beside the new. Only one of
//! the copies stands where a rule reads it as a name.

use super::repeats::{is_free, push_name};
use super::Scratch;
use crate::census::Census;
use crate::name::NameFinder;
use crate::policy::Kind;

/// The most name words sought again per line.
const MAX_WORDS: usize = 8;

/// Adds a name finding for each other whole-word occurrence, in any case,
/// of a distinctive word of a name found; occurrences one space apart
/// make one finding.
pub(super) fn find_repeated_names(
    line: &[u8],
    census: Census,
    names: &NameFinder,
    s: &mut Scratch,
) {
    if !s.findings.iter().any(|f| f.kind == Kind::Name) {
        return;
    }
    let Ok(text) = std::str::from_utf8(line) else {
        return;
    };
    let mut sought: Vec<Vec<u8>> = Vec::new();
    for f in s.findings.iter().filter(|f| f.kind == Kind::Name) {
        // Only a name written as words: an encoded or glued one
        // (`=?UTF-8?Q?Ivo_Brandt?=`, `ivo_brandt`) holds other words too.
        let Some(name) = text.get(f.start..f.end) else {
            continue;
        };
        let as_words = name
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.' | ','));
        if !as_words {
            continue;
        }
        for (_, w) in words(name) {
            let folded = fold(w);
            if sought.len() < MAX_WORDS && !sought.contains(&folded) && names.is_distinctive(w) {
                sought.push(folded);
            }
        }
    }
    if sought.is_empty() {
        return;
    }
    // The line folded as the words were, byte for byte in place, so an
    // offset in one is an offset in the other. An ASCII line (its census
    // says) has no char for `fold` to look for.
    let folded_line = if census.is_ascii() {
        line.to_ascii_lowercase()
    } else {
        fold(text)
    };
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for word in &sought {
        for start in memchr::memmem::find_iter(&folded_line, word) {
            let end = start + word.len();
            // A whole word: no letter or digit of any script, inner `-`
            // or `'`, or glue on either side.
            let joins = |c: char| {
                c.is_alphanumeric() || c.is_ascii() && (is_glue(c as u8) || matches!(c, '-' | '\''))
            };
            let whole = text.is_char_boundary(start)
                && text.is_char_boundary(end)
                && !text[..start].chars().next_back().is_some_and(joins)
                && !text[end..].chars().next().is_some_and(joins);
            if whole && is_free(s, start, end) {
                spans.push((start, end));
            }
        }
    }
    spans.sort_unstable();
    spans.dedup();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in spans {
        match merged.last_mut() {
            Some(last) if last.1 + 1 == start && line[last.1] == b' ' => last.1 = end,
            _ => merged.push((start, end)),
        }
    }
    for (start, end) in merged {
        push_name(s, start, end);
    }
}

/// `text` in lower case where that keeps each character's length in
/// UTF-8 (`Öberg` → `öberg`), as it is elsewhere: offsets stay the same.
fn fold(text: &str) -> Vec<u8> {
    // ASCII bytes fold alone; only the other characters need the Unicode
    // tables, and lines with a name are mostly ASCII.
    let mut out = text.as_bytes().to_ascii_lowercase();
    let mut at = 0;
    while let Some(p) = out[at..].iter().position(|b| !b.is_ascii()) {
        let start = at + p;
        let c = text[start..].chars().next().expect("a char starts here");
        at = start + c.len_utf8();
        let mut lower = c.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next()) {
            if l.len_utf8() == c.len_utf8() {
                l.encode_utf8(&mut out[start..at]);
            }
        }
    }
    out
}

/// The words of `text` (letters, with inner `-` and `'`) and where each
/// starts.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(move |w| {
            let w = w.trim_matches(['-', '\'']);
            (w.as_ptr() as usize - text.as_ptr() as usize, w)
        })
        .filter(|(_, w)| !w.is_empty())
}

/// Bytes that join a word to an address, path, host or identifier
/// (`brandt@…`, `/brandt/`, `brandt.example`, `ivo_brandt`, `%20brandt`):
/// a name word glued to one is part of something else.
fn is_glue(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'@' | b'/' | b'.' | b'_' | b'%' | b'=' | b'\\' | b':')
}
