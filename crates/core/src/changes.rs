//! Changes written out as prose by audit trails: `changed LastName from
//! "Žagar" to "Kovačič"`, Dynamics' `attribute 'firstname' changed from
//! 'Vera' to 'Věra'`, `field LastName changed 'Michel' -> 'Castaño'`. No `key=value` holds the values, so logfmt's pattern
//! does not read them: the field's name, among the few words before
//! `from`, is their key.

use crate::census::Census;
use crate::context::{classify_word, KeyClass};
use crate::fields::{Field, Syntax};
use crate::needles::Needle;

/// How many words before `from` may name the field (`attribute
/// 'firstname' changed from …`).
const MAX_WORDS_BEFORE: usize = 3;

/// The longest quoted value read.
const MAX_VALUE: usize = 128;

/// Appends the old and new values of each change of a name or phone
/// field in `line` to `out`, keyed by the field's name.
pub(crate) fn scan(line: &[u8], census: Census, out: &mut Vec<Field>) {
    scan_arrows(line, census, out);
    for at in census.find_iter(line, Needle::SpaceFromSpace) {
        let start = at + b" from ".len();
        let Some(old) = quoted(line, start) else {
            continue;
        };
        let Some(key) = field_name_before(line, at) else {
            continue;
        };
        out.push(Field {
            key,
            value: old,
            syntax: Syntax::Logfmt,
        });
        let after = old.1 + 1;
        if line[after..].starts_with(b" to ") {
            if let Some(new) = quoted(line, after + b" to ".len()) {
                out.push(Field {
                    key,
                    value: new,
                    syntax: Syntax::Logfmt,
                });
            }
        }
    }
}

/// `field LastName changed 'Michel' -> 'Castaño Blanco'`: the arrow
/// form of a change, its field's name among the words before `changed`.
fn scan_arrows(line: &[u8], census: Census, out: &mut Vec<Field>) {
    // The census, not `memmem::find_iter`: that builds a searcher at each
    // call, at every line, and most lines hold no ` changed `.
    for at in census.find_iter(line, Needle::SpaceChangedSpace) {
        let start = at + b" changed ".len();
        let Some(old) = quoted(line, start) else {
            continue;
        };
        let after = old.1 + 1;
        let Some(new) = line[after..]
            .starts_with(b" -> ")
            .then(|| quoted(line, after + b" -> ".len()))
            .flatten()
        else {
            continue;
        };
        let Some(key) = field_name_before(line, at) else {
            continue;
        };
        for value in [old, new] {
            out.push(Field {
                key,
                value,
                syntax: Syntax::Logfmt,
            });
        }
    }
}

/// The inside of the quoted text opening at `start` (`"…"` or `'…'`).
fn quoted(line: &[u8], start: usize) -> Option<(usize, usize)> {
    let quote = *line.get(start).filter(|&&b| b == b'"' || b == b'\'')?;
    let rest = &line[start + 1..line.len().min(start + 1 + MAX_VALUE)];
    let len = memchr::memchr(quote, rest)?;
    (len > 0).then_some((start + 1, start + 1 + len))
}

/// The span of a name or phone field's name among the words right before
/// `at` (quotes around it aside).
fn field_name_before(line: &[u8], at: usize) -> Option<(usize, usize)> {
    let mut end = at;
    for _ in 0..MAX_WORDS_BEFORE {
        let start = line[..end]
            .iter()
            .rposition(|&b| b == b' ')
            .map_or(0, |i| i + 1);
        // `'firstname'`: the name without its quotes.
        let open = usize::from(line[start..end].first() == Some(&b'\''));
        let close = usize::from(end - start > open && line[end - 1] == b'\'');
        let key = (start + open, end - close);
        let class = std::str::from_utf8(&line[key.0..key.1])
            .ok()
            .and_then(classify_word);
        if matches!(class, Some(KeyClass::Name | KeyClass::Phone)) {
            return Some(key);
        }
        if start == 0 {
            break;
        }
        end = start - 1;
    }
    None
}
