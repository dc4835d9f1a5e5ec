//! Person names, first cut: values of name keys, and capitalised words
//! after an introduction, a role or an honorific ("this is", "Kunde",
//! "Mme", "soy"). Name lists come with broader coverage later; this module
//! must never damage lines that hold no names.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::context::NAME_PHRASES;

/// Capitalised words that follow a role word without being a name
/// ("customer Support", "agent Transfer", "User Agent Mozilla").
const NOT_NAMES: &[&str] = &[
    "support", "service", "services", "center", "centre", "team", "desk", "care", "queue",
    "billing", "sales", "portal", "app", "api", "id", "account", "premium", "vip", "gold",
    "silver", "platinum", "status", "error", "mozilla", "chrome", "safari", "firefox", "edge",
    "android", "ios", "windows", "linux", "java", "python", "node", "the", "a", "an", "der",
    "die", "das", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "de", "het", "een",
    "ein", "eine", "un", "une", "uno", "una", "unknown", "anonymous", "none", "null", "guest",
    "test", "user", "admin", "system", "bot", "ivr", "sms", "email", "mail", "phone", "chat",
    "web", "voice", "video", "number", "name", "data", "info", "request", "response",
    "session", "call", "ticket", "case", "order", "invoice", "payment", "card", "transfer",
    "callback", "survey", "feedback", "inbound", "outbound", "connected", "disconnected",
    "waiting", "available", "busy", "offline", "online", "yes", "no", "ok", "hi", "hello",
    "hallo", "hola", "bonjour", "buongiorno", "thanks", "danke", "merci", "gracias", "grazie",
    "agent", "customer", "client", "kunde", "cliente", "klant", "n/a", "na", "tbd", "default",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "님", "씨", "様", "さん", "service-desk", "helpdesk", "notes", "note", "id:", "nr", "no.",
];

/// Lowercase words allowed between the parts of a name.
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "do", "dos", "du",
    "la", "le", "ten", "ter", "zu", "y", "e", "bin", "ibn", "al", "el", "af", "av",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word {
    /// "Marie", "Möchlichen", "O'Neil", "Jean-Luc", "Иван", "Σοφία"
    Capitalised,
    /// "NISTOR"
    Upper,
    /// "A.", "Dr."
    Initial,
    /// "van", "de"
    Particle,
    /// Hangul, Kanji, Kana: scripts without case
    Uncased,
}

fn is_uncased_letter(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x3040..=0x30FF | 0x3130..=0x318F | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// Lexes one word at the start of `s`: its byte length and kind.
fn word(s: &str) -> Option<(usize, Word)> {
    let mut chars = s.char_indices().peekable();
    let (_, first) = *chars.peek()?;
    if is_uncased_letter(first) {
        let end = s.char_indices().find(|&(_, c)| !is_uncased_letter(c)).map_or(s.len(), |(i, _)| i);
        return Some((end, Word::Uncased));
    }
    if !first.is_alphabetic() {
        return None;
    }
    let mut end = 0;
    let mut lower = 0;
    let mut upper = 0;
    let mut prev_letter = false;
    for (i, c) in s.char_indices() {
        if c.is_alphabetic() {
            if c.is_lowercase() {
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
    let w = &s[..end];
    let next = s[end..].chars().next();
    if first.is_uppercase() && next == Some('.') && end <= 3 {
        return Some((end + 1, Word::Initial));
    }
    if next.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '@' || c == '/') {
        return None;
    }
    if first.is_lowercase() {
        return PARTICLES.contains(&w).then_some((end, Word::Particle));
    }
    if lower == 0 {
        return (upper >= 2).then_some((end, Word::Upper));
    }
    // "McDonald" and "DeVito" have inner capitals; "iPhone", "SessionId" are
    // rejected by the first-letter and stop-word checks instead.
    Some((end, Word::Capitalised))
}

fn is_not_name(w: &str) -> bool {
    w.len() <= 24 && {
        let lower = w.to_lowercase();
        NOT_NAMES.contains(&lower.as_str())
    }
}

/// Parses a name at the start of `s`: up to `max_words` name words joined
/// by single spaces. Returns its byte length.
fn name_at(s: &str, max_words: usize) -> Option<usize> {
    let mut pos = 0;
    let mut end = 0;
    let mut words = 0;
    let mut strong = 0; // capitalised or uncased words
    let mut uppers = 0;
    loop {
        let Some((len, kind)) = word(&s[pos..]) else { break };
        let text = &s[pos..pos + len];
        if words == 0 && (kind == Word::Particle || is_not_name(text)) {
            return None;
        }
        if kind != Word::Particle && is_not_name(text) {
            break;
        }
        words += 1;
        match kind {
            Word::Capitalised | Word::Uncased => strong += 1,
            Word::Upper => uppers += 1,
            _ => {}
        }
        if kind != Word::Particle && kind != Word::Initial || (kind == Word::Initial && words > 1) {
            end = pos + len;
        }
        pos += len;
        if words == max_words || !s[pos..].starts_with(' ') {
            break;
        }
        pos += 1;
    }
    // A lone all-caps word after a role word is more often an acronym.
    (strong > 0 || uppers >= 2).then_some(end).filter(|&e| e > 0)
}

pub(crate) struct NameFinder {
    phrases: AhoCorasick,
}

impl NameFinder {
    pub(crate) fn new() -> NameFinder {
        NameFinder {
            phrases: AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(NAME_PHRASES)
                .expect("valid name phrases"),
        }
    }

    /// Is a key's whole value a person's name? `strict` (for keys that may
    /// hold something else, like `customer` or `from`) refuses single
    /// all-caps words.
    pub(crate) fn value_is_name(&self, value: &str, strict: bool) -> bool {
        let v = value.trim();
        if v.is_empty() || v.len() > 96 {
            return false;
        }
        let mut pos = 0;
        let mut words = 0;
        let mut named = false;
        for part in v.split(' ') {
            if part.is_empty() {
                continue;
            }
            let Some((len, kind)) = word(part) else { return false };
            if len != part.len() && !(len + 1 == part.len() && part.ends_with(',')) {
                return false;
            }
            if is_not_name(part) && kind != Word::Particle {
                return false;
            }
            named |= matches!(kind, Word::Capitalised | Word::Uncased) || (!strict && kind == Word::Upper);
            words += 1;
            pos += part.len() + 1;
        }
        let _ = pos;
        named && words <= 6
    }

    /// Calls `found(start, end)` for each name introduced by a phrase.
    pub(crate) fn find_in_text(&self, line: &[u8], mut found: impl FnMut(usize, usize)) {
        for m in self.phrases.find_iter(line) {
            let (s, e) = (m.start(), m.end());
            if s > 0 && (line[s - 1].is_ascii_alphanumeric() || line[s - 1] >= 0x80 && !line[s - 1].is_ascii() && prev_is_letter(line, s)) {
                continue;
            }
            // The phrase is followed by a space (or ": " / ", ") and the name.
            let mut p = e;
            while p < line.len() && matches!(line[p], b':' | b',') {
                p += 1;
            }
            if p >= line.len() || line[p] != b' ' {
                continue;
            }
            p += 1;
            let rest = valid_utf8_prefix(&line[p..]);
            if let Some(len) = name_at(rest, 4) {
                found(p, p + len);
            }
        }
    }
}

fn prev_is_letter(line: &[u8], at: usize) -> bool {
    let start = at.saturating_sub(4);
    (start..at)
        .find_map(|i| std::str::from_utf8(&line[i..at]).ok())
        .and_then(|s| s.chars().last())
        .is_some_and(char::is_alphabetic)
}

/// The longest valid UTF-8 prefix of `b`.
pub(crate) fn valid_utf8_prefix(b: &[u8]) -> &str {
    match std::str::from_utf8(b) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&b[..e.valid_up_to()]).expect("valid prefix"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        NameFinder::new().find_in_text(s.as_bytes(), |a, b| out.push(s[a..b].to_string()));
        out
    }

    #[test]
    fn names_after_phrases() {
        assert_eq!(names("Customer Dean Williams called back"), ["Dean Williams"]);
        assert_eq!(names("Hola, soy Angelino Pozuelo, llámeme"), ["Angelino Pozuelo"]);
        assert_eq!(names("for customer Aron de Grote reason=x"), ["Aron de Grote"]);
        assert_eq!(names("Kunde Gertrude Förster bittet"), ["Gertrude Förster"]);
        assert_eq!(names("by agent Marie Möchlichen"), ["Marie Möchlichen"]);
        assert_eq!(names("Mme Zoé Lefèvre-Martin a appelé"), ["Zoé Lefèvre-Martin"]);
        assert_eq!(names("меня зовут Иван Петров."), ["Иван Петров"]);
        assert_eq!(names("고객 김민준 님"), ["김민준"]);
    }

    #[test]
    fn role_words_without_names() {
        assert!(names("agent agent-4244: transfer").is_empty());
        assert!(names("customer Support queue").is_empty());
        assert!(names("User Agent Mozilla/5.0").is_empty());
        assert!(names("\"speaker\":\"customer\",\"text\":\"hi\"").is_empty());
        assert!(names("customer ID 42").is_empty());
    }

    #[test]
    fn key_values() {
        let f = NameFinder::new();
        for v in ["Szilágyi Beáta", "A. Cunha", "Stijn Luitgardis van Neustrië", "SMITH", "佐藤 太郎"] {
            assert!(f.value_is_name(v, false), "{v}");
        }
        for v in ["agent-3477", "customer", "Billing", "", "x@y.z", "Premium Care"] {
            assert!(!f.value_is_name(v, false), "{v}");
        }
        assert!(!f.value_is_name("VIP", true));
    }
}
