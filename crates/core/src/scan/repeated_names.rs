//! A name found once is the same person wherever else the line writes its
//! words, in any case: a merge preview prints the master record beside
//! its duplicate (`master=(Ivo Brandt, …) duplicate=(ivo brandt, …)`), a
//! normaliser the input beside its output (`"IVO BRANDT" -> "Ivo
//! Brandt"`), a change record the old value beside the new. Only one of
//! the copies stands where a rule reads it as a name.

use super::repeats::is_free;
use super::Scratch;
use crate::finding::{Confidence, Ctx, Finding};
use crate::name::NameFinder;
use crate::policy::Kind;

/// The most name words sought again per line.
const MAX_WORDS: usize = 8;

/// Adds a name finding for each other whole-word occurrence, in any case,
/// of a distinctive word of a name found; occurrences one space apart
/// make one finding.
pub(super) fn find_repeated_names(line: &[u8], names: &NameFinder, s: &mut Scratch) {
    if !s.findings.iter().any(|f| f.kind == Kind::Name) {
        return;
    }
    let Ok(text) = std::str::from_utf8(line) else {
        return;
    };
    let mut sought: Vec<String> = Vec::new();
    for f in s.findings.iter().filter(|f| f.kind == Kind::Name) {
        // Only a name written as words: an encoded or glued one
        // (`=?UTF-8?Q?Ivo_Brandt?=`, `ivo_brandt`) holds other words too.
        let name = &text[f.start..f.end];
        let as_words = name
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.' | ','));
        if !as_words {
            continue;
        }
        for w in words(name) {
            let lower = w.1.to_lowercase();
            if sought.len() < MAX_WORDS && !sought.contains(&lower) && names.is_distinctive(w.1) {
                sought.push(lower);
            }
        }
    }
    if sought.is_empty() {
        return;
    }
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (at, w) in words(text) {
        let (start, end) = (at, at + w.len());
        let stands_alone = !line[..start].last().is_some_and(|&b| is_glue(b))
            && !line.get(end).is_some_and(|&b| is_glue(b));
        if stands_alone
            && sought
                .iter()
                .any(|n| n.len() == w.len() && *n == w.to_lowercase())
            && is_free(s, start, end)
        {
            match spans.last_mut() {
                Some(last) if last.1 + 1 == start && line[last.1] == b' ' => last.1 = end,
                _ => spans.push((start, end)),
            }
        }
    }
    for (start, end) in spans {
        s.findings.push(Finding {
            start,
            end,
            kind: Kind::Name,
            ctx: Ctx::Plain,
            confidence: Confidence::Strong,
            canon: None,
        });
    }
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
