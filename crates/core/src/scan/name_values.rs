//! A person's name as a field's whole value (`"name":"Leonor Abreu"`,
//! `agent=Begoña(AG4078)`, `last_name=van Leeuwen phone=…`): where the
//! value starts and ends, how it is decoded, and whether it reads as a
//! name under its key's check.

use super::labels::{after_colon, opens_sentence, opens_with_frequent_word, opens_with_greeting};
use super::{Scanner, Scratch};
use crate::fields::{Field, Syntax};
use crate::finding::{Confidence, Ctx};
use crate::name::{is_dn_common_name, ValueCheck};
use crate::percent;
use crate::policy::Kind;

impl Scanner<'_> {
    pub(super) fn name_in_value(&self, line: &[u8], f: Field, check: ValueCheck, s: &mut Scratch) {
        let (mut v0, mut v1) = f.value;
        let quote = (v0 > 0).then(|| line[v0 - 1]);
        let quoted = matches!(quote, Some(b'"' | b'\''));
        // `contact=Contact { id: 7 }`: a Debug-printed type, not a person.
        if line[v1..].starts_with(b" {") || line[v1..].starts_with(b" (") {
            return;
        }
        // `CN=Warranty Claims,OU=Groups,…`: a DN's common name is read
        // whole where DNs are (a bare value would stop at its first word).
        if line[f.key.0..f.key.1].eq_ignore_ascii_case(b"cn") && is_dn_common_name(&line[v0..]) {
            return;
        }
        // `from=Begoña(AG4078)`: a bare value may say whose id or team
        // follows in parentheses; the name is what comes before them.
        if f.syntax == Syntax::Logfmt && line[v1 - 1] == b')' && !quoted {
            if let Some(open) = memchr::memchr(b'(', &line[v0..v1]).filter(|&o| o > 0) {
                v1 = v0 + open;
            }
        }
        // `name=A. Okonjo iban=…`, `last_name=van Leeuwen phone=…`: a bare
        // initial or particle, and the name runs on.
        if f.syntax == Syntax::Logfmt && opens_name(&line[v0..v1]) {
            v1 += match self.detectors.names.name_runs_on(&line[v1..]) {
                Some(0) => capitalised_word_after(&line[v1..]),
                more => more.unwrap_or(0),
            };
        }
        if let (false, Ok(text)) = (f.syntax == Syntax::Url, std::str::from_utf8(&line[v0..v1])) {
            let (d0, d1) = undecorated(text);
            (v0, v1) = (v0 + d0, v0 + d1);
        }
        let raw = &line[v0..v1];
        // `AGENT: Thank you for calling`: a bare value after `key: ` that
        // is an ordinary word opens the speaker's words, not a name; so
        // does a lower-case word that more follow (`agent: can you hold`),
        // unless it is a clear name (`agent: anna speaking`).
        let names = &self.detectors.names;
        if after_colon(line, f)
            && (names.is_ordinary_word(raw)
                || opens_sentence(line, f, v1) && !names.is_clear_name(raw)
                || opens_with_frequent_word(line, f, v1, names)
                || opens_with_greeting(line, v0))
        {
            return;
        }
        let is_name = match f.syntax {
            Syntax::Url => {
                percent::decode_query_twice(raw, &mut s.decoded);
                std::str::from_utf8(&s.decoded)
                    .is_ok_and(|v| self.detectors.names.value_is_name(v, check))
            }
            // Escapes decoded; the value may sit in escaped JSON, whose
            // quotes are `\"`, so it is quoted afresh. A double-quoted
            // logfmt value escapes as JSON does (Go's `%q`, protobuf's text
            // format: `family_name: "Gai\u010di\u016bnas"`).
            Syntax::Json | Syntax::Logfmt
                if raw.contains(&b'\\') && (f.syntax == Syntax::Json || quote == Some(b'"')) =>
            {
                s.decoded.clear();
                s.decoded.push(b'"');
                s.decoded.extend_from_slice(raw);
                s.decoded.push(b'"');
                serde_json::from_slice::<String>(&s.decoded)
                    .map(unescape_again)
                    .is_ok_and(|v| {
                        let (d0, d1) = undecorated(&v);
                        self.detectors.names.value_is_name(&v[d0..d1], check)
                    })
            }
            _ => {
                std::str::from_utf8(raw).is_ok_and(|v| self.detectors.names.value_is_name(v, check))
            }
        };
        let (ctx, end) = match f.syntax {
            Syntax::Url if is_name => (Ctx::Url, v1),
            // `owner=Marco Meier`: a bare value is the name's first word;
            // where that word alone does not read as a name under the key,
            // the name it opens may. (Not after `key: `, which opens a
            // speaker's words: `customer: هل رحلة …`.)
            Syntax::Logfmt if !quoted => match names.name_runs_on(&line[v1..]) {
                Some(more)
                    if is_name
                        || more > 0
                            && !after_colon(line, f)
                            && std::str::from_utf8(&line[v0..v1 + more])
                                .is_ok_and(|v| names.value_is_name(v, check)) =>
                {
                    (Ctx::Plain, v1 + more)
                }
                _ => return,
            },
            _ if is_name => (Ctx::Plain, v1),
            _ => return,
        };
        self.push(s, Kind::Name, v0, end, ctx, Confidence::Strong, None);
    }
}

/// The bounds, within `value`, of the name a display name decorates: a
/// person naming themselves in a messaging app adds symbols and emoji
/// (`Leonor ✨`, `~ Stijn ~`) or a note in brackets (`Uwe Richter (work)`).
/// All of `value` when nothing decorates it.
fn undecorated(value: &str) -> (usize, usize) {
    let mut end = value.len();
    if let Some(inner) = value.strip_suffix(')') {
        let note = inner.rfind(" (").filter(|&open| {
            inner.len() - open <= MAX_NOTE && !inner[open + 2..].contains(['(', ')'])
        });
        if let Some(open) = note {
            end = open;
        }
    }
    let core = value[..end].trim_end_matches(is_decoration);
    let start = core.len() - core.trim_start_matches(is_decoration).len();
    if start == core.len() {
        return (0, value.len());
    }
    (start, core.len())
}

/// A note in brackets after a display name is this long at most
/// (` (work)`, ` (Mama)`, ` (she/her)`).
const MAX_NOTE: usize = 24;

/// Does `c` decorate a display name: a space, `~`, `*`, `|`, or a symbol of
/// the Unicode blocks emoji and dingbats come from (General Punctuation to
/// Miscellaneous Symbols and Arrows, variation selectors, the emoji
/// planes' symbols and pictographs)?
fn is_decoration(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '~' | '*' | '|')
        || matches!(u32::from(c), 0x2000..=0x2BFF | 0xFE00..=0xFE0F | 0x1F000..=0x1FAFF)
}

/// A value of escaped JSON inside a string has its escapes escaped once
/// more (`\\u00e1`): one decoding leaves `\u00e1`, so it is decoded again.
fn unescape_again(v: String) -> String {
    if !v.contains("\\u") {
        return v;
    }
    serde_json::from_str::<String>(&format!("\"{v}\"")).unwrap_or(v)
}

/// Is `value` a lone initial (`A.`) or a particle of four letters at most
/// in any case (`van`, `Le`), which opens a name but is none alone?
fn opens_name(value: &[u8]) -> bool {
    matches!(value, [c, b'.'] if c.is_ascii_uppercase())
        || std::str::from_utf8(value).is_ok_and(crate::name::is_particle_any_case)
}

/// The bytes of ` Word` opening `rest`: a space, then a capitalised word
/// of letters (with inner `-` and `'`), which after an initial or a
/// particle under a name key is the surname, listed or not (`Le Goff`).
fn capitalised_word_after(rest: &[u8]) -> usize {
    let Some(word) = rest.strip_prefix(b" ") else {
        return 0;
    };
    let word = crate::name::valid_utf8_prefix(&word[..word.len().min(64)]);
    if !word.starts_with(char::is_uppercase) {
        return 0;
    }
    let len = word
        .find(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'')))
        .unwrap_or(word.len());
    if len == 0 {
        0
    } else {
        len + 1
    }
}
