//! Names the line's structure gives away, with no list and no phrase: the
//! display name of an address in angle brackets (`Ana Lima <ana@x.pt>`,
//! `"Jan de Vries" <sip:4930…@10.0.0.1>`, RFC 5322 and SIP `From:`
//! headers) and a transcript's speaker label (`[conv 42] Stella: Hello`).

use super::extent::name_at;
use super::logins::login_len;
use super::*;
use crate::census::Census;
use crate::needles::Needle;

/// The most words a display name may have.
const MAX_WORDS: usize = 4;

impl NameFinder {
    /// Calls `found(start, end)` for each display name right before
    /// `<…@…>`.
    pub(crate) fn find_display_names(&self, line: &[u8], mut found: impl FnMut(usize, usize)) {
        for lt in memchr::memchr_iter(b'<', line) {
            let addr = &line[lt + 1..line.len().min(lt + 257)];
            let Some(gt) = memchr::memchr(b'>', addr) else {
                continue;
            };
            let addr = &addr[..gt];
            // A caller id's number (`"Anna Berg" <+4915…>`, `<tel:…>`) is
            // an address too.
            // An extension's (`"Conference Room" <254>`) names a room or a
            // device as often as a person: a number has six digits or more.
            let digits = addr.iter().filter(|b| b.is_ascii_digit()).count();
            let number = addr.starts_with(b"sip:")
                || addr.starts_with(b"tel:")
                || addr
                    .first()
                    .is_some_and(|&b| b == b'+' || b.is_ascii_digit())
                    && digits >= 6;
            let is_address = memchr::memchr(b'@', addr).is_some() || number;
            if !is_address || lt < 2 || line[lt - 1] != b' ' {
                continue;
            }
            let end = lt - 1;
            // `"Medivo Kliniken" <noreply@…>`: a role's mailbox sends in a
            // company's or a team's name, a person's only where the lists
            // know one of its words.
            let local = addr.strip_prefix(b"mailto:").unwrap_or(addr);
            let local = &local[..memchr::memchr(b'@', local).unwrap_or(0)];
            let role = !local.is_empty() && crate::email::is_role_mailbox(local);
            let span = if role {
                self.listed_display_name(line, end)
            } else if line[end - 1] == b'"' {
                self.quoted_display_name(line, end - 1)
            } else if line[end - 1] == b'=' {
                self.encoded_display_name(line, end)
            } else {
                words_before(line, end, MAX_WORDS)
                    .or_else(|| self.single_case_display_name(line, end))
            };
            if let Some((a, b)) = span {
                found(a, b);
            }
        }
    }

    /// Calls `found(start, end)` for each speaker label: a name, then `: `,
    /// at the start of the line or right after `] `, `> ` or a time of day
    /// (`19:44:32 Henrieta: …`), or quoted
    /// after a space (`from "Mats": …`). A label is
    /// any word there ("Error: …", "Kafka: …"), so one of its words must be
    /// a listed name that is neither an ordinary word nor log vocabulary.
    pub(crate) fn find_speaker_labels(
        &self,
        line: &[u8],
        census: Census,
        mut found: impl FnMut(usize, usize),
    ) {
        for colon in census.find_iter(line, Needle::ColonSpace) {
            // `message from "Mats": please …`: the label may be quoted.
            let quoted = colon >= 2 && line[colon - 1] == b'"';
            let span = if quoted {
                quoted_before(line, colon - 1)
            } else {
                words_before(line, before_role(line, colon), MAX_WORDS)
            };
            let Some((a, b)) = span else {
                continue;
            };
            let opens = if quoted {
                a >= 2 && line[a - 1] == b'"' && line[a - 2] == b' '
            } else {
                a == 0
                    || (a >= 2
                        && line[a - 1] == b' '
                        && (matches!(line[a - 2], b']' | b'>') || ends_with_time(&line[..a - 1])))
            };
            let listed = || {
                valid_utf8_prefix(&line[a..b]).split(' ').any(|w| {
                    let known = self.db.lookup(w);
                    known.strong() && !is_log_vocabulary(w, known)
                })
            };
            if opens && listed() {
                found(a, b);
            }
        }
    }
}

impl NameFinder {
    /// Calls `found(start, end)` for each person a chat message mentions
    /// (`@solveig can you call …`, `@Élodie tu peux …`): `@` opening a
    /// word, then one word of letters the lists hold as a given name, no
    /// frequent word nor vocabulary, or a handle built from a name as
    /// logins are (`@katarzyna.nowak`, `@berzina.a`, `@mtamm`), then a
    /// space, a mark or the end. Not an address (`anna@x.de`), an
    /// annotation (`@Override`), a decorator (`@app.route`) or a package
    /// (`@babel/core`).
    pub(crate) fn find_mentions(&self, line: &[u8], mut found: impl FnMut(usize, usize)) {
        for at in memchr::memchr_iter(b'@', line) {
            let glued = at > 0
                && (line[at - 1].is_ascii_alphanumeric()
                    || line[at - 1] >= 0x80
                    || matches!(line[at - 1], b'_' | b'.' | b'-' | b'@' | b'%'));
            if glued {
                continue;
            }
            let start = at + 1;
            let rest = valid_utf8_prefix(&line[start..line.len().min(start + 64)]);
            let len = rest
                .char_indices()
                .find(|(_, c)| !c.is_alphabetic())
                .map_or(rest.len(), |(i, _)| i);
            // A space, a mark or the end follows a mention.
            let ends_at = |end: usize| {
                line.get(end).map_or(true, |b| {
                    matches!(b, b' ' | b',' | b':' | b'?' | b'!' | b';' | b')' | b'"')
                })
            };
            let w = &rest[..len];
            let known = self.db.lookup(w);
            let given = ends_at(start + len)
                && w.chars().nth(1).is_some()
                && known.given
                && !known.common
                && !is_log_vocabulary(w, known)
                && !is_not_name(w);
            if given {
                found(start, start + len);
                continue;
            }
            let handle = login_len(&line[start..]);
            let handle_ends = ends_at(start + handle);
            // A sentence's full stop after it is no part of it.
            let handle = line[start..start + handle]
                .iter()
                .rposition(|&b| b != b'.')
                .map_or(0, |last| last + 1);
            if handle > 1 && handle_ends && self.login_is_name(&line[start..start + handle]) {
                found(start, start + handle);
            }
        }
    }
}

/// The most components of a vCard's `N` taken: family, given, additional.
const VCARD_NAME_PARTS: usize = 3;

impl NameFinder {
    /// Calls `found(start, end)` for each part of a vCard's structured name
    /// (`BEGIN:VCARD;…;N:Reeves;George;;;;…`; RFC 6350's `N` is family,
    /// given, additional names, prefixes, suffixes). Only in a line that
    /// holds a vCard.
    pub(crate) fn find_vcard_names(
        &self,
        line: &[u8],
        census: Census,
        mut found: impl FnMut(usize, usize),
    ) {
        // A vCard's own property `FN:` is as good a sign as `VCARD`
        // (`vcf-import DEBUG FN:…;N:Hödl;Andreas;;;`); without either, an
        // `N:` must show all five of its components (`N:Hödl;Andreas;;;`).
        let in_vcard =
            census.holds(line, Needle::Vcard) || census.holds(line, Needle::FormattedName);
        if !in_vcard && !census.holds(line, Needle::EmptyComponent) {
            return;
        }
        // A property opens the line or follows a separator; a vCard written
        // inside a string separates lines with `\n`.
        let opens_property = |at: usize| {
            at == 0
                || matches!(line[at - 1], b';' | b' ' | b'\t' | b'\n')
                || (at >= 2 && &line[at - 2..at] == b"\\n")
        };
        for at in memchr::memmem::find_iter(line, b"N:") {
            // `FN:` holds the whole name as it is shown; `N:` its parts.
            let (start, parts) = if at > 0 && line[at - 1] == b'F' && opens_property(at - 1) {
                (at + 2, 1)
            } else if opens_property(at) && (in_vcard || has_all_name_components(&line[at + 2..])) {
                (at + 2, VCARD_NAME_PARTS)
            } else {
                continue;
            };
            let mut start = start;
            for _ in 0..parts {
                let end = line[start..]
                    .iter()
                    .position(|&b| matches!(b, b';' | b'"' | b'\r' | b'\n' | b'\\'))
                    .map_or(line.len(), |p| start + p);
                let part = valid_utf8_prefix(&line[start..end]);
                let name_like = part.len() == end - start
                    && part.len() <= 64
                    && part
                        .chars()
                        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.'));
                if end > start && name_like {
                    found(start, end);
                }
                if line.get(end) != Some(&b';') {
                    break;
                }
                start = end + 1;
            }
        }
    }
}

/// Does `value` open with the five `;`-parted components of a vCard's
/// structured name, each empty or of name characters (`Hödl;Andreas;;;`)?
fn has_all_name_components(value: &[u8]) -> bool {
    let mut parts = value.split(|&b| b == b';');
    let name_like = |part: &[u8]| {
        let text = valid_utf8_prefix(part);
        text.len() == part.len()
            && text
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.'))
    };
    let first_four = parts.by_ref().take(4).filter(|p| name_like(p)).count() == 4;
    // The fifth (suffixes) ends where the property does.
    first_four
        && parts.next().is_some_and(|last| {
            let end = last
                .iter()
                .position(|&b| matches!(b, b' ' | b'"' | b'\r' | b'\n' | b'\\'))
                .unwrap_or(last.len());
            name_like(&last[..end])
        })
}

/// `Irmtraud D. (Agent): …`: where a speaker label's name ends when a
/// role word in parentheses follows it (else `end` itself).
fn before_role(line: &[u8], end: usize) -> usize {
    if end < 4 || line[end - 1] != b')' {
        return end;
    }
    let from = end.saturating_sub(24);
    let Some(open) = memchr::memrchr(b'(', &line[from..end - 1]).map(|i| from + i) else {
        return end;
    };
    let role = valid_utf8_prefix(&line[open + 1..end - 1]);
    if open >= 2 && line[open - 1] == b' ' && is_phrase_word(role) {
        open - 1
    } else {
        end
    }
}

/// Does `text` end with a time of day (`9:05`, `19:44:32`) that starts a
/// word?
fn ends_with_time(text: &[u8]) -> bool {
    let start = text
        .iter()
        .rposition(|b| !(b.is_ascii_digit() || *b == b':'))
        .map_or(0, |i| i + 1);
    let time = &text[start..];
    let mut groups = [0usize; 3];
    let mut n = 0;
    for part in time.split(|&b| b == b':') {
        if n == groups.len() {
            return false;
        }
        groups[n] = part.len();
        n += 1;
    }
    matches!(&groups[..n], [1 | 2, 2] | [1 | 2, 2, 2])
}

impl NameFinder {
    /// The quoted display name that closes at `close`, before a caller's
    /// address. The address vouches for a person, so any case counts
    /// (`"RODRIGUEZ"`, `"sanna heikkilä"`), up to `MAX_WORDS` words of
    /// letters, unless every word is vocabulary (`"Anonymous"`,
    /// `"Customer Service"`).
    fn quoted_display_name(&self, line: &[u8], close: usize) -> Option<(usize, usize)> {
        // A CSV cell doubles its quotes: `"""WANG WEI"" <…>"`.
        let close = if close > 0 && line[close - 1] == b'"' {
            close - 1
        } else {
            close
        };
        let from = close.saturating_sub(128);
        let open = from + memchr::memrchr(b'"', &line[from..close])?;
        let text = std::str::from_utf8(&line[open + 1..close]).ok()?;
        self.is_personal_display_name(text)
            .then_some((open + 1, close))
    }

    /// The quoted display name ending at `end` (a space before the
    /// address) when one of its words is a listed name and no frequent word.
    fn listed_display_name(&self, line: &[u8], end: usize) -> Option<(usize, usize)> {
        let close = end.checked_sub(1).filter(|&c| line[c] == b'"')?;
        let (a, b) = self.quoted_display_name(line, close)?;
        let text = std::str::from_utf8(&line[a..b]).ok()?;
        text.split(' ')
            .any(|w| {
                let known = self.db.lookup(w);
                known.any() && !known.common && !is_log_vocabulary(w, known)
            })
            .then_some((a, b))
    }

    /// An RFC 2047 encoded word that ends at `end` before an address
    /// (`=?UTF-8?Q?Minh_Anh_L=C3=A2m?= <…>`, `=?UTF-8?B?RWxpc2FiZXRo?= <…>`,
    /// as mail servers log headers): its decoded text read as a quoted
    /// display name is. Text in another charset than UTF-8, which the
    /// lists cannot read, counts as a person's (a display name before a
    /// person's address mostly is one).
    fn encoded_display_name(&self, line: &[u8], end: usize) -> Option<(usize, usize)> {
        use base64::Engine;
        let word = line[..end].strip_suffix(b"?=")?;
        let from = word.len().saturating_sub(160);
        let open = from + memchr::memmem::rfind(&word[from..], b"=?")?;
        let inner = &word[open + 2..];
        let mut parts = inner.splitn(3, |&b| b == b'?');
        let (_, encoding, text) = (parts.next()?, parts.next()?, parts.next()?);
        let mut decoded = Vec::with_capacity(text.len());
        if encoding.eq_ignore_ascii_case(b"Q") {
            crate::percent::decode_q_encoded(text, &mut decoded);
        } else if encoding.eq_ignore_ascii_case(b"B") {
            base64::engine::general_purpose::STANDARD
                .decode_vec(text, &mut decoded)
                .ok()?;
        } else {
            return None;
        }
        let personal =
            std::str::from_utf8(&decoded).map_or(true, |text| self.is_personal_display_name(text));
        personal.then_some((open, end))
    }

    /// Does a display name's text, quoted or decoded, name a person?
    fn is_personal_display_name(&self, text: &str) -> bool {
        if text.split(' ').count() > MAX_WORDS {
            return false;
        }
        // `"Baltic Odds Alerts"`, `"Acme Billing"`: a sender that a word
        // of the logs no list holds as a name ends is a service's or a
        // team's.
        let last = text.rsplit(' ').next().unwrap_or(text);
        let last_known = self.db.lookup(last);
        if text.contains(' ') && !last_known.any() && is_log_vocabulary(last, last_known) {
            return false;
        }
        let mut personal = false;
        for w in text.split(' ') {
            // Lower case (`"sanna heikkilä"`) is no kind `word` lexes.
            let lower = is_lower_case_word(w);
            let kind = match word(w) {
                Some((len, kind)) if len == w.len() => Some(kind),
                _ if lower => None,
                _ => return false,
            };
            let known = self.db.lookup(w);
            personal |= kind != Some(Word::Particle)
                && !is_particle(w)
                && w.chars().count() >= 2
                && !is_not_name(w)
                && !known.common
                && !is_log_vocabulary(w, known);
        }
        personal
    }

    /// A display name in one case without quotes, ending at `end`, as
    /// callers and CRMs type it (FreeSWITCH's `Processing mette jørgensen
    /// <…>`, `Processing XU HAORAN <…>`, `call from matteo esposito <…>`):
    /// up to three words of lower-case or of upper-case letters, back to a
    /// word that is vocabulary, frequent or in the other case ("from",
    /// "Processing"), one of them a listed name.
    fn single_case_display_name(&self, line: &[u8], end: usize) -> Option<(usize, usize)> {
        let mut start = end;
        let mut listed = false;
        let mut upper = None;
        for _ in 0..3 {
            let from = memchr::memrchr(b' ', &line[..start]).map_or(0, |i| i + 1);
            let Ok(w) = std::str::from_utf8(&line[from..start]) else {
                break;
            };
            let known = self.db.lookup(w);
            let case_is_upper = is_upper_case_word(w);
            let one_case = *upper.get_or_insert(case_is_upper) == case_is_upper
                && (case_is_upper || is_lower_case_word(w));
            let name_word = w.chars().count() >= 2
                && one_case
                && !known.common
                && !is_log_vocabulary(w, known)
                && !is_not_name(w);
            if !name_word {
                break;
            }
            listed |= known.any();
            start = from;
            if start == 0 || line[start - 1] != b' ' {
                break;
            }
            start -= 1;
        }
        let start = start + usize::from(start < end && line[start] == b' ');
        // One upper-case word is a label as often as a name (`TRUNK <…>`).
        let words = line[start..end].split(|&b| b == b' ').count();
        let enough = upper != Some(true) || words >= 2;
        (listed && enough && start < end).then_some((start, end))
    }
}

/// `"Jan de Vries"` ending with the quote at `close`: the quoted text, if
/// it is a name.
fn quoted_before(line: &[u8], close: usize) -> Option<(usize, usize)> {
    let from = close.saturating_sub(128);
    let open = from + memchr::memrchr(b'"', &line[from..close])?;
    let text = std::str::from_utf8(&line[open + 1..close]).ok()?;
    (name_at(text, MAX_WORDS, false) == Some(text.len())).then_some((open + 1, close))
}

/// The words ending at `end` that look like name words (up to `max_words`; `cc:
/// Ana Lima` gives `Ana Lima`), if they read as a name as a whole: "Mail
/// Delivery Subsystem" is no name, and neither is its last word alone.
pub(super) fn words_before(line: &[u8], end: usize, max_words: usize) -> Option<(usize, usize)> {
    let mut start = end;
    for _ in 0..max_words {
        // A quote or a bracket opens a text (`notes="Tóth úr …"`).
        let from = line[..start]
            .iter()
            .rposition(|&b| matches!(b, b' ' | b'"' | b'(' | b'['))
            .map_or(0, |i| i + 1);
        let whole_word = std::str::from_utf8(&line[from..start])
            .ok()
            .and_then(word)
            .is_some_and(|(len, _)| len == start - from);
        if !whole_word {
            break;
        }
        start = from;
        if start == 0 || line[start - 1] != b' ' {
            break;
        }
        start -= 1;
    }
    let mut start = if start < end && line[start] == b' ' {
        start + 1
    } else {
        start
    };
    // "Correo de Uxía Castro Pena <…>": the words before the name are the
    // sentence's, in lower case ("de", "from", "ó").
    while let Some(space) = memchr::memchr(b' ', &line[start..end]) {
        if !line[start].is_ascii_lowercase() {
            break;
        }
        start += space + 1;
    }
    let text = std::str::from_utf8(&line[start..end]).ok()?;
    (!text.is_empty() && name_at(text, max_words, false) == Some(text.len()))
        .then_some((start, end))
}
