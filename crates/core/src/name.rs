//! Person names, first cut: values of name keys, and capitalised words
//! after an introduction, a role or an honorific ("this is", "Kunde",
//! "Mme", "soy"). Name lists come with broader coverage later; this module
//! must never damage lines that hold no names.

use std::sync::OnceLock;

use crate::context::{is_honorific, is_name_phrase};
use crate::namedb::NameDb;
use crate::wordset::WordSet;

/// Capitalised words that follow a role word without being a name
/// ("customer Support", "agent Transfer", "User Agent Mozilla").
const NOT_NAMES: &[&str] = &[
    "support",
    "service",
    "services",
    "center",
    "centre",
    "team",
    "desk",
    "care",
    "queue",
    "billing",
    "sales",
    "portal",
    "app",
    "api",
    "id",
    "account",
    "premium",
    "vip",
    "gold",
    "silver",
    "platinum",
    "status",
    "error",
    "mozilla",
    "chrome",
    "safari",
    "firefox",
    "edge",
    "android",
    "ios",
    "windows",
    "linux",
    "java",
    "python",
    "node",
    "the",
    "a",
    "an",
    "der",
    "die",
    "das",
    "le",
    "la",
    "les",
    "el",
    "los",
    "las",
    "il",
    "lo",
    "gli",
    "de",
    "het",
    "een",
    "ein",
    "eine",
    "un",
    "une",
    "uno",
    "una",
    "unknown",
    "anonymous",
    "none",
    "null",
    "guest",
    "test",
    "user",
    "admin",
    "system",
    "bot",
    "ivr",
    "sms",
    "email",
    "mail",
    "phone",
    "chat",
    "web",
    "voice",
    "video",
    "number",
    "name",
    "data",
    "info",
    "request",
    "response",
    "session",
    "call",
    "ticket",
    "case",
    "order",
    "invoice",
    "payment",
    "card",
    "transfer",
    "callback",
    "survey",
    "feedback",
    "inbound",
    "outbound",
    "connected",
    "disconnected",
    "waiting",
    "available",
    "busy",
    "offline",
    "online",
    "yes",
    "no",
    "ok",
    "hi",
    "hello",
    "hallo",
    "hola",
    "bonjour",
    "buongiorno",
    "thanks",
    "danke",
    "merci",
    "gracias",
    "grazie",
    "agent",
    "customer",
    "client",
    "kunde",
    "cliente",
    "klant",
    "n/a",
    "na",
    "tbd",
    "default",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "july",
    "september",
    "october",
    "november",
    "december",
    "님",
    "씨",
    "様",
    "さん",
    "service-desk",
    "helpdesk",
    "notes",
    "note",
    "id:",
    "nr",
    "no.",
];

/// Lowercase words allowed between the parts of a name.
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la",
    "le", "ten", "ter", "zu", "y", "e", "bin", "ibn", "al", "el", "af", "av",
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

fn is_cyrillic_or_greek(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| matches!(c as u32, 0x0370..=0x03FF | 0x1F00..=0x1FFF | 0x0400..=0x052F))
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
        let end = s
            .char_indices()
            .find(|&(_, c)| !is_uncased_letter(c))
            .map_or(s.len(), |(i, _)| i);
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
    // "A." is an initial; "Dr." and "Sra." are honorifics, which the phrase
    // list knows; "Low." ends a sentence.
    if first.is_uppercase()
        && next == Some('.')
        && (end == first.len_utf8() || (end <= 3 && is_phrase_word(&s[..end + 1])))
    {
        return Some((end + 1, Word::Initial));
    }
    if is_camel_case(w) {
        return None;
    }
    if next.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '@' || c == '/') {
        return None;
    }
    // "Xaaaa.aaa@host", "Anna+tag@x", "Java.lang": glued by punctuation to
    // more text, the word is part of an address or an identifier.
    // (An opening bracket after the dot may be a replacement of such text.)
    let glued_on = s[end..]
        .chars()
        .nth(1)
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '[' | '<' | '{' | '('));
    if matches!(next, Some('.' | '+' | '%' | '=' | '#')) && glued_on {
        return None;
    }
    if first.is_lowercase() {
        return is_particle(w).then_some((end, Word::Particle));
    }
    if lower == 0 {
        return (upper >= 2).then_some((end, Word::Upper));
    }
    // "McDonald" and "DeVito" have inner capitals; "iPhone", "SessionId" are
    // rejected by the first-letter and stop-word checks instead.
    Some((end, Word::Capitalised))
}

/// "WindowsUpdateAgent", "SurfaceView": an identifier, not a name. An
/// inner capital after a lowercase letter makes one, unless what precedes
/// it is a surname prefix ("McDonald", "MacArthur", "DeVito", "LeBlanc").
fn is_camel_case(w: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "fitz", "st", "o",
    ];
    let mut prev_lower = false;
    let mut inner = w.char_indices().filter(|&(_, c)| {
        let hit = prev_lower && c.is_uppercase();
        prev_lower = c.is_lowercase();
        hit
    });
    match (inner.next(), inner.next()) {
        (None, _) => false,
        (Some((i, _)), None) => !PREFIXES.iter().any(|p| w[..i].eq_ignore_ascii_case(p)),
        (Some(_), Some(_)) => true,
    }
}

/// Do the first one to three words of `s` make a phrase ("Guten Tag
/// Frau …", "Good morning Priya")? Then the name is further on.
fn opens_with_phrase(s: &str) -> bool {
    let mut end = 0;
    for _ in 0..MAX_PHRASE_WORDS {
        end += s[end..].find(' ').unwrap_or(s.len() - end);
        if is_phrase_word(s[..end].trim_end_matches([',', ':'])) {
            return true;
        }
        if end == s.len() {
            return false;
        }
        end += 1;
    }
    false
}

fn is_phrase_word(w: &str) -> bool {
    is_name_phrase(w)
}

fn is_not_name(w: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(NOT_NAMES)).contains(w)
}

/// Log, product, place and CX words (`data/names/log_words.txt`, one
/// lowercase word a line). They end a name only where the name lists do
/// not know them: "Genesys Cloud", "Tier Two", but "Paige Jenkins".
const LOG_WORDS: &str = include_str!("../data/names/log_words.txt");

fn is_log_word(w: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(&LOG_WORDS.lines().collect::<Vec<_>>()))
        .contains(w)
        && !NameDb::get().lookup(w).any()
}

fn is_particle(w: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(PARTICLES)).contains(w)
}

/// Parses a name at the start of `s`: up to `max_words` name words joined
/// by single spaces. Returns its byte length.
/// `after_honorific`: "Mr HARGREAVES", "Herrn KESSELRING": after a form
/// of address a lone all-caps word is a surname, not an acronym.
fn name_at(s: &str, max_words: usize, after_honorific: bool) -> Option<usize> {
    let mut pos = 0;
    let mut end = 0;
    let mut words = 0;
    let mut strong = 0; // capitalised or uncased words
    let mut uppers = 0;
    while let Some((len, kind)) = word(&s[pos..]) {
        let text = &s[pos..pos + len];
        // A greeting or role word right after another ("agent: "Hej Sixten"")
        // is found again at its own place, where the name follows it.
        if words == 0
            && (kind == Word::Particle
                || is_not_name(text)
                || (kind != Word::Initial && opens_with_phrase(&s[pos..])))
        {
            return None;
        }
        if kind != Word::Particle && (is_not_name(text) || is_log_word(text)) {
            // "transferred to Technical Support": one word, then a title
            // word, is a team or product name, not a person.
            if words == 1 && text.chars().next().is_some_and(char::is_uppercase) {
                return None;
            }
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
    (strong > 0 || uppers >= 2 || (after_honorific && uppers == 1))
        .then_some(end)
        .filter(|&e| e > 0)
}

pub(crate) struct NameFinder {
    db: &'static NameDb,
}

/// One word of a capitalised sequence, as the name lists see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    /// In the lists and not an ordinary word: "Marie", "Möchlichen".
    Strong,
    /// In the lists but also an ordinary word: "Rose", "Skov"; `given`
    /// says which list, so a given name next to a surname still pairs up.
    Weak {
        given: bool,
        surname: bool,
    },
    /// Capitalised, not in the lists: a name from a source we lack, or not a name.
    Unknown,
    /// An all-caps surname from the lists: "NISTOR".
    Upper,
    Initial,
    Particle,
    /// Not part of any name ("Customer", "INFO"): splits a sequence.
    Stop,
    /// A whole name in one word: Korean names are written as one run of
    /// two to four syllables, surname first ("김민준").
    Whole,
}

/// The longest run of capitalised words looked at as one sequence.
const MAX_SEQUENCE: usize = 13;

/// The most words a name found by the lists may have.
const MAX_NAME_WORDS: usize = 5;

impl NameFinder {
    pub(crate) fn new() -> NameFinder {
        NameFinder { db: NameDb::get() }
    }

    /// Calls `found(start, end)` for each sequence of two or more
    /// capitalised words that the name lists make a name: at least one part
    /// is a known, unambiguous given name or surname, and at most one part
    /// is unknown ("Angelino Pozuelo", "NISTOR Lucia", "S. Skov", "佐藤 亮介").
    pub(crate) fn find_by_lists(&self, line: &[u8], mut found: impl FnMut(usize, usize)) {
        let mut base = 0;
        for chunk in line.utf8_chunks() {
            self.find_in_valid(chunk.valid(), base, &mut found);
            base += chunk.valid().len() + chunk.invalid().len();
        }
    }

    fn find_in_valid(&self, s: &str, base: usize, found: &mut impl FnMut(usize, usize)) {
        let mut i = 0;
        let mut prev_alnum = false;
        // A sequence is cut at MAX_SEQUENCE words: fixed buffers, no allocation.
        let mut words = [(0usize, 0usize, Part::Particle); MAX_SEQUENCE];
        let mut kinds = [Word::Particle; MAX_SEQUENCE];
        let bytes = s.as_bytes();
        while i < s.len() {
            // ASCII other than capitals: only whether it continues a word counts.
            let b = bytes[i];
            if b < 0x80 && (prev_alnum || !b.is_ascii_uppercase()) {
                // `]` ends our own replacements, `]"` a quoted one in a JSON
                // line: text glued to them was glued to what they replaced.
                let quoted_replacement = b == b'"' && ends_quoted_replacement(&bytes[..i]);
                prev_alnum =
                    b.is_ascii_alphanumeric() || b == b'_' || b == b']' || quoted_replacement;
                i += 1;
                continue;
            }
            let c = s[i..].chars().next().expect("in bounds");
            let starts_word = !prev_alnum && (c.is_uppercase() || is_uncased_letter(c));
            if !starts_word {
                // `]` ends our own replacements: `[name]K.` stays one word,
                // as `中中K.` was before it (idempotence).
                prev_alnum = c.is_alphanumeric() || c == '_' || c == ']';
                i += c.len_utf8();
                continue;
            }
            let mut n = 0;
            let mut j = i;
            while let Some((len, kind)) = word(&s[j..]) {
                words[n] = (j, j + len, Part::Particle);
                kinds[n] = kind;
                n += 1;
                j += len;
                let next_starts_word = s[j..].starts_with(' ')
                    && s[j + 1..].chars().next().is_some_and(char::is_alphabetic);
                if !next_starts_word || n == MAX_SEQUENCE {
                    break;
                }
                j += 1;
            }
            if n == 0 {
                prev_alnum = true;
                i += c.len_utf8();
                continue;
            }
            let words = &mut words[..n];
            // One capitalised word is never a name by the lists alone (only
            // a Korean one-word name is), so most words are never looked up.
            let before = word_before(s, i);
            let loose = before == Before::Preposition;
            if n >= 2 || kinds[0] == Word::Uncased {
                for (w, kind) in words.iter_mut().zip(&kinds) {
                    w.2 = self.part(&s[w.0..w.1], *kind, loose);
                }
                self.surnames_after_given_names(s, words);
            }
            for (a, b) in name_spans(words, before) {
                found(base + a, base + b);
            }
            i = words.last().expect("non-empty").1;
            prev_alnum = true;
        }
    }

    /// `loose`: the sequence follows a preposition or an opening
    /// parenthesis, where an all-caps word the lists lack is an unknown
    /// surname ("for DOKUNA Lucia") rather than a log word.
    fn part(&self, text: &str, kind: Word, loose: bool) -> Part {
        match kind {
            Word::Particle => Part::Particle,
            // "Mrs.", "Dr.", "Sra.": an abbreviated honorific introduces a
            // name but is not part of it (a one-letter "M." may be either).
            Word::Initial if text.len() > 2 && is_phrase_word(text) => Part::Stop,
            Word::Initial => Part::Initial,
            // Role words and greetings ("Kunde", "Customer", "Hej") never join
            // a name; log vocabulary only when the lists know it as nothing
            // but a name.
            // "Le Gall", "La Rosa": a capitalised particle inside a name.
            Word::Capitalised if is_particle(text) => Part::Particle,
            _ if is_phrase_word(text)
                || is_log_word(text)
                || (is_not_name(text) && !self.db.lookup(text).strong()) =>
            {
                Part::Stop
            }
            // "DE GROOT", "VAN DIJK": a capitalised particle opens a surname.
            Word::Upper if is_particle(text) => Part::Particle,
            Word::Upper => {
                // Two-letter capitals are acronyms ("OS", "NT") far more often than surnames.
                if text.chars().count() < 3 {
                    Part::Stop
                } else if self.db.lookup(text).any() {
                    Part::Upper
                } else if loose {
                    Part::Unknown
                } else {
                    Part::Stop
                }
            }
            Word::Uncased => {
                let known = self.db.lookup(text);
                let chars = text.chars().count();
                let hangul = text.chars().all(|c| ('\u{AC00}'..='\u{D7AF}').contains(&c));
                if hangul && (2..=4).contains(&chars) && self.db.starts_with_cjk_surname(text) {
                    Part::Whole
                } else if known.any()
                    || ((2..=4).contains(&chars) && self.db.starts_with_cjk_surname(text))
                    // Two short Han/Kana words side by side are how Japanese
                    // names are written ("佐藤 亮介"); lists never hold them all.
                    || chars <= 4
                {
                    Part::Strong
                } else {
                    Part::Unknown
                }
            }
            Word::Capitalised => {
                let known = self.db.lookup(text);
                if is_particle(text) {
                    Part::Particle
                } else if known.strong() {
                    Part::Strong
                } else if known.any() {
                    Part::Weak {
                        given: known.given,
                        surname: known.surname,
                    }
                } else if is_cyrillic_or_greek(text) {
                    // Capitalised Cyrillic or Greek words side by side in a
                    // European contact centre's log are a name far more often
                    // than not; the lists cannot hold every one.
                    Part::Strong
                } else {
                    Part::Unknown
                }
            }
        }
    }

    /// "Esther Caro", "Ana Don": a phrase word (Italian "caro", Spanish
    /// "don") that the lists know as a surname, right after a given name, is
    /// that surname rather than the start of a new phrase.
    fn surnames_after_given_names(&self, s: &str, words: &mut [(usize, usize, Part)]) {
        for k in 1..words.len() {
            let (a, b, part) = words[k];
            let prev = &s[words[k - 1].0..words[k - 1].1];
            if part == Part::Stop
                && words[k - 1].2 == Part::Strong
                && is_phrase_word(&s[a..b])
                && !is_honorific(&s[a..b])
                && self.db.lookup(&s[a..b]).surname
                && self.db.lookup(prev).given
            {
                words[k].2 = Part::Weak {
                    given: false,
                    surname: true,
                };
            }
        }
    }

    /// Is a key's whole value a person's name? `strict` (for keys that may
    /// hold something else, like `customer`, `client` or `from`) refuses
    /// single all-caps words, and single capitalised words the name lists
    /// do not know (`Client: Address change detected`).
    pub(crate) fn value_is_name(&self, value: &str, strict: bool) -> bool {
        let v = value.trim();
        if v.is_empty() || v.len() > 96 {
            return false;
        }
        if !strict && self.lowercase_full_name(v) {
            return true;
        }
        let mut words = 0;
        let mut named = false;
        let mut first = "";
        for part in v.split(' ') {
            if part.is_empty() {
                continue;
            }
            let Some((len, kind)) = word(part) else {
                return false;
            };
            if len != part.len() && !(len + 1 == part.len() && part.ends_with(',')) {
                return false;
            }
            if is_not_name(part) && kind != Word::Particle {
                return false;
            }
            named |= matches!(kind, Word::Capitalised | Word::Uncased)
                || (!strict && kind == Word::Upper);
            if words == 0 {
                first = &part[..len];
            }
            words += 1;
        }
        let lone_unknown = strict
            && words == 1
            && !is_cyrillic_or_greek(first)
            && word(first).is_some_and(|(_, k)| k == Word::Capitalised)
            && !self.db.lookup(first).any();
        named && words <= 6 && !lone_unknown
    }

    /// "dagmar wendt", "sixten berg": a name typed in lower case, taken
    /// when it has two to four words and every one is a listed name part.
    fn lowercase_full_name(&self, v: &str) -> bool {
        let mut named = 0;
        for w in v.split(' ').filter(|w| !w.is_empty()) {
            if !w.chars().all(char::is_lowercase) {
                return false;
            }
            if is_particle(w) {
                continue;
            }
            if is_not_name(w) || is_log_word(w) || !self.db.lookup(w).any() {
                return false;
            }
            named += 1;
        }
        (2..=4).contains(&named)
    }

    /// Calls `found(start, end)` for each name introduced by a phrase.
    /// Looked at from the name's side: only a capital (or a letter of an
    /// uncased script) after a space can start one, and those are few, so
    /// the line is never searched for the hundreds of phrases themselves.
    pub(crate) fn find_in_text(&self, line: &[u8], mut found: impl FnMut(usize, usize)) {
        for p in memchr::memchr_iter(b' ', line).map(|i| i + 1) {
            let Some(&b) = line.get(p) else { break };
            // `contact "Mila Fefu"`, `agent (Jan Novak)`: the name may be quoted.
            let name = if matches!(b, b'"' | b'(' | b'\'') {
                p + 1
            } else {
                p
            };
            let Some(&first) = line.get(name) else { break };
            if !(first.is_ascii_uppercase() || first >= 0x80) {
                continue;
            }
            let Some(honorific) = self.phrase_ends_at(line, p - 1) else {
                continue;
            };
            // A name is a few words: look no further than 256 bytes, so a
            // long line full of phrases stays linear.
            let rest = valid_utf8_prefix(&line[name..line.len().min(name + 256)]);
            if let Some(len) = name_at(rest, 4, honorific) {
                found(name, name + len);
            }
        }
    }

    /// Does a name phrase end right before the space at `space` (`:` and
    /// `,` may sit in between)? A phrase is one to three words and starts
    /// at a word boundary. `Some(true)` when it is a form of address.
    fn phrase_ends_at(&self, line: &[u8], space: usize) -> Option<bool> {
        let mut end = space;
        while end > 0 && matches!(line[end - 1], b':' | b',') {
            end -= 1;
        }
        let mut start = end;
        for _ in 0..MAX_PHRASE_WORDS {
            // One word back: letters, digits, `.` and `'` (`Mr.`, `c'est`).
            while start > 0
                && (matches!(line[start - 1], b'.' | b'\'')
                    || line[start - 1].is_ascii_alphanumeric()
                    || line[start - 1] >= 0x80)
            {
                start -= 1;
            }
            // `]` ends our own replacements: "[name]M." was glued to the
            // text replaced, so it is no phrase on a second pass either.
            if start == end || (start > 0 && line[start - 1] == b']') {
                return None;
            }
            if let Ok(phrase) = std::str::from_utf8(&line[start..end]) {
                if is_phrase_word(phrase) {
                    return Some(is_honorific(phrase));
                }
            }
            if start == 0 || line[start - 1] != b' ' {
                return None;
            }
            start -= 1;
        }
        None
    }
}

/// The most words a name phrase has ("je m'appelle", "mam na imię").
const MAX_PHRASE_WORDS: usize = 3;

/// The name spans of one sequence of words: words that are not names
/// (stop words, unknown all-caps words) split it; each piece is a name when
/// it has a strong part, two or more name words, and at most one unknown.
fn name_spans(
    words: &[(usize, usize, Part)],
    before: Before,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    let after_preposition = before == Before::Preposition;
    words.split(|w| w.2 == Part::Stop).filter_map(move |piece| {
        let piece = trim_particles(piece);
        if let [(a, b, Part::Whole)] = piece {
            return Some((*a, *b));
        }
        let named = piece.iter().filter(|w| w.2 != Part::Particle).count();
        let strong = piece.iter().filter(|w| w.2 == Part::Strong).count();
        let unknown = piece.iter().filter(|w| w.2 == Part::Unknown).count();
        // Right after a preposition or an opening parenthesis a pair of
        // capitalised words no list knows is still a person: the lists
        // cannot hold every name, and log and product words stop a piece.
        let first = piece.first().is_some_and(|w| w.0 == words[0].0);
        let unknown_pair = after_preposition && first && named == 2 && unknown == 2;
        let ok = ((strong >= 1
            || pairs_up(piece, before != Before::Nothing)
            || (after_preposition && given_then_unknown(piece)))
            && unknown <= 1
            || unknown_pair)
            && (2..=MAX_NAME_WORDS).contains(&named);
        ok.then(|| (piece[0].0, piece[piece.len() - 1].1))
    })
}

/// "for Rose Quxley": a known given name, then a surname the lists lack.
/// Taken only after a preposition, where a person is the likely object.
fn given_then_unknown(piece: &[(usize, usize, Part)]) -> bool {
    let mut named = piece.iter().map(|w| w.2).filter(|p| *p != Part::Particle);
    matches!(
        (named.next(), named.next(), named.next()),
        (
            Some(Part::Weak { given: true, .. }),
            Some(Part::Unknown),
            None
        )
    )
}

/// Is the word before byte `at` of `s` (or an opening parenthesis) a
/// preposition that takes a person ("for", "by", "von", "pour", "para",
/// "voor", "för", "dla", …), or one that takes a person or a thing ("to")?
fn word_before(s: &str, at: usize) -> Before {
    static PREPOSITION: OnceLock<WordSet> = OnceLock::new();
    static RECIPIENT: OnceLock<WordSet> = OnceLock::new();
    // "(Pierre Mivunaso)": a parenthesised pair is a person, as after "for".
    if s[..at].ends_with('(') {
        return Before::Preposition;
    }
    let before = s[..at].trim_end_matches([' ', '(', '"', '\'']);
    let word = before
        .rsplit([' ', '(', '"', '\'', ',', ':', '='])
        .next()
        .unwrap_or("");
    if PREPOSITION
        .get_or_init(|| WordSet::new(PREPOSITIONS))
        .contains(word)
    {
        Before::Preposition
    } else if RECIPIENT
        .get_or_init(|| WordSet::new(RECIPIENT_WORDS))
        .contains(word)
    {
        Before::Recipient
    } else {
        Before::Nothing
    }
}

/// What the word before a capitalised sequence says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Before {
    Nothing,
    /// "to", "with", "from": a person or a product; two words that are
    /// both listed names (given, then surname) are the person.
    Recipient,
    /// "for", "by" (or an opening parenthesis): a person is the likely object.
    Preposition,
}

/// Words that precede people and products alike ("transfer to Georgina
/// Smith", "upgrade to Ubuntu Jammy").
const RECIPIENT_WORDS: &[&str] = &[
    "to", "with", "from", "an", "mit", "à", "avec", "de", "a", "con", "naar", "met", "till", "med",
    "til", "do", "z", "ze", "cu", "ile", "με", "к", "с",
];

/// Prepositions after which a pair of capitalised words is a person:
/// "for" and "by" and their kin. Not "from", "to", "with" or "via", which
/// in system logs precede products as often ("from Apache Tomcat").
const PREPOSITIONS: &[&str] = &[
    "for", "by", "für", "von", "pour", "par", "para", "por", "per", "voor", "door", "för", "av",
    "af", "dla", "przez", "pentru", "için",
];

/// An initial before a surname that is also an ordinary word ("W. de
/// Boer"), or, after a preposition (`loose`), a given name next to such a
/// surname ("for April Doyle"). Without the preposition two ordinary words
/// are far more often a title-case label ("Power Button", "Normal Sleep",
/// "Summer Sale") than a person.
fn pairs_up(piece: &[(usize, usize, Part)], loose: bool) -> bool {
    let mut named = piece.iter().map(|w| w.2).filter(|p| *p != Part::Particle);
    let Some(mut prev) = named.next() else {
        return false;
    };
    named.any(|next| {
        let pair = match (prev, next) {
            (Part::Initial, Part::Weak { surname: true, .. }) => true,
            (Part::Weak { given: true, .. }, Part::Weak { surname: true, .. }) => loose,
            _ => false,
        };
        prev = next;
        pair
    })
}

/// Drops particles and initials at the end ("Aron de" -> "Aron"). A
/// leading particle stays: a sequence only starts at a capital, so it is
/// the start of a surname ("De Groot", "DE GROOT Féline").
fn trim_particles(mut piece: &[(usize, usize, Part)]) -> &[(usize, usize, Part)] {
    while let [rest @ .., last] = piece {
        if !matches!(last.2, Part::Particle | Part::Initial) {
            break;
        }
        piece = rest;
    }
    piece
}

/// Does `before` end with `"[…]`, a replacement we wrote quoted as a bare
/// JSON value (`"[name]"`)?
fn ends_quoted_replacement(before: &[u8]) -> bool {
    let Some((b']', inner)) = before.split_last() else {
        return false;
    };
    let tail = &inner[inner.len().saturating_sub(64)..];
    tail.iter()
        .rposition(|&b| b == b'[')
        .is_some_and(|open| open > 0 && tail[open - 1] == b'"')
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
        assert_eq!(
            names("Customer Dean Williams called back"),
            ["Dean Williams"]
        );
        assert_eq!(
            names("Hola, soy Angelino Pozuelo, llámeme"),
            ["Angelino Pozuelo"]
        );
        assert_eq!(
            names("for customer Aron de Grote reason=x"),
            ["Aron de Grote"]
        );
        assert_eq!(names("Kunde Gertrude Förster bittet"), ["Gertrude Förster"]);
        assert_eq!(names("by agent Marie Möchlichen"), ["Marie Möchlichen"]);
        assert_eq!(
            names("Mme Zoé Lefèvre-Martin a appelé"),
            ["Zoé Lefèvre-Martin"]
        );
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

    fn listed(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        NameFinder::new().find_by_lists(s.as_bytes(), |a, b| out.push(s[a..b].to_string()));
        out
    }

    #[test]
    fn names_from_the_lists_without_context() {
        assert_eq!(
            listed("voicemail for Rozalia Masiak length=466.8s"),
            ["Rozalia Masiak"]
        );
        assert_eq!(
            listed("callback scheduled for NISTOR Lucia at 10:00"),
            ["NISTOR Lucia"]
        );
        assert_eq!(listed("contact \"Evie van Laar\" <x>"), ["Evie van Laar"]);
        assert_eq!(
            listed("INFO  Customer Dean Williams called"),
            ["Dean Williams"]
        );
        assert_eq!(listed("from Κασσιανή Συβιλιά reason"), ["Κασσιανή Συβιλιά"]);
        assert_eq!(listed("voicemail for 구준서 length=4"), ["구준서"]);
        assert_eq!(
            listed("от Ярополк Вышеславцев, тел"),
            ["Ярополк Вышеславцев"]
        );
        assert_eq!(listed("for 渡辺 修平 length"), ["渡辺 修平"]);
        assert_eq!(listed("by Sabrina Pires for"), ["Sabrina Pires"]);
    }

    #[test]
    fn capitalised_words_that_are_not_names() {
        for line in [
            "queue=\"Moving House\" site=Lyon Part-Dieu",
            "[stats] file Premium Care : 2122 appels",
            "queue=\"Service Client\" INFO Started Session 42 of User root",
            "Caused by: java.lang.IllegalStateException: Connection Refused",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)",
        ] {
            assert!(listed(line).is_empty(), "{line}: {:?}", listed(line));
        }
    }

    #[test]
    fn key_values() {
        let f = NameFinder::new();
        for v in [
            "Szilágyi Beáta",
            "A. Cunha",
            "Stijn Luitgardis van Neustrië",
            "SMITH",
            "佐藤 太郎",
        ] {
            assert!(f.value_is_name(v, false), "{v}");
        }
        for v in [
            "agent-3477",
            "customer",
            "Billing",
            "",
            "x@y.z",
            "Premium Care",
        ] {
            assert!(!f.value_is_name(v, false), "{v}");
        }
        assert!(!f.value_is_name("VIP", true));
    }
}
