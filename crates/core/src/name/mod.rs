//! Person names: values of name keys (here), capitalised words after an
//! introduction, a role or an honorific (`phrase`), and sequences the
//! public name lists make a name (`lists`). The word lexer they share is
//! here too. Nothing in this module may damage lines that hold no names.

use std::sync::OnceLock;

use crate::context::{
    announces_phone, ends_name_phrase, is_author_phrase, is_folded_name_phrase, is_honorific,
    is_listed_name_phrase, is_name_phrase, is_postposed_role, may_end_name_phrase,
};
use crate::namedb::{Known, NameDb};
use crate::wordset::{FoldedSuffix, WordSet};
use letters::{ascii_word, is_camel_case, letters};
use scripts::{
    is_cased_non_latin, is_caseless_letter, is_hangul_syllable, is_joining_mark,
    is_longer_than_uncased_name_part, is_mkhedruli, is_thai_clause, is_uncased_letter, script_kind,
    trailing_run_len,
};

mod announced;
mod cells;
mod cities;
mod cjk;
mod companies;
mod countries;
mod declined;
mod extent;
mod hl7;
mod honorifics;
mod inverted;
mod letters;
mod lists;
mod logins;
mod phrase;
mod qualified;
mod records;
mod scripts;
mod signatures;
mod spelled;
mod spoken;
mod structure;
mod text;
mod titles;
mod vocative;

pub(crate) use lists::is_any_of;
pub(crate) use logins::{is_login_byte, login_slot_patterns};
pub(crate) use phrase::lower_case_role_patterns;
pub(crate) use records::is_dn_common_name;
pub(crate) use spoken::spoken_phrase_patterns;
use text::ends_text;
pub(crate) use text::{valid_utf8_prefix, valid_utf8_suffix};

/// Capitalised words that follow a role word without being a name
/// ("customer Support", "agent Transfer", "User Agent Mozilla"), one
/// lowercase word a line in `data/names/not_names.txt`.
const NOT_NAMES: &str = include_str!("../../data/names/not_names.txt");

/// Lowercase words allowed between the parts of a name.
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la",
    "le", "ten", "ter", "zu", "y", "e", "bin", "ibn", "al", "el", "af", "av",
    // Spanish "de los", "de las"; Filipino "dela", "delos"; Welsh "ap";
    // Italian "degli", "dei"; Arabic "bint" (not "ben": Turkish "I am");
    // Malay "binti" ("Aina binti Ismail")
    "los", "las", "dela", "delos", "ap", "degli", "dei", "bint", "binti",
    // Italian surnames opened by an article ("Lo Presti"; not "li", a
    // Croatian question word)
    "lo",
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

/// Does the text after a word glue it to a value by `:` (`Tags:[vip]`,
/// Go's `LastName:Berg`)? Then the word is a key, never part of a name
/// (a speaker label's `Anna Berg: hello` has a space after the colon).
fn glued_key_follows(after_word: &str) -> bool {
    after_word
        .strip_prefix(':')
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| !c.is_whitespace() && !matches!(c, '"' | '\'' | '\\' | ',' | ';'))
}

/// Lexes one word at the start of `s`: its byte length and kind.
fn word(s: &str) -> Option<(usize, Word)> {
    ascii_word(s).unwrap_or_else(|| word_by_chars(s))
}

/// [`word`] of any text, char by char.
fn word_by_chars(s: &str) -> Option<(usize, Word)> {
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
    let (end, lower, upper) = letters(s);
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
    // `APT-09406555`, `E-Rezept-21A5…`: a word joined to digits by a dash
    // opens an identifier.
    if next == Some('-') && s[end + 1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // "Xaaaa.aaa@host", "Anna+tag@x", "Java.lang": glued by punctuation to
    // more text, the word is part of an address or an identifier.
    // (An opening bracket after the dot may be a replacement of such text.)
    let after = s[end..].get(1..).unwrap_or("");
    let glued_on = after.starts_with("\"[")
        || after
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '[' | '<' | '{' | '('));
    if matches!(next, Some('.' | '+' | '%' | '=' | '#')) && glued_on {
        return None;
    }
    if first.is_lowercase() && !is_mkhedruli(first) {
        if is_particle(w) {
            return Some((end, Word::Particle));
        }
        // "al-Nasser", "d'Aubigny": a particle glued to its surname.
        return glued_to_particle(w).then_some((end, Word::Capitalised));
    }
    // Irish "Ó", "Ní", "Uí" (Seán Ó Murchú, Cathal Ní Dhomhnaill):
    // capitalised particles.
    if matches!(w, "Ó" | "Ní" | "Uí") {
        return Some((end, Word::Particle));
    }
    if lower == 0 {
        return (upper >= 2).then_some((end, Word::Upper));
    }
    // "McDonald" and "DeVito" have inner capitals; "iPhone", "SessionId" are
    // rejected by the first-letter and stop-word checks instead.
    Some((end, Word::Capitalised))
}

/// Does `w` open with a particle glued by `-` or an apostrophe to a
/// capitalised surname ("al-Nasser", "el-Idrissi", "ud-Din", "d'Aubigny")?
fn glued_to_particle(w: &str) -> bool {
    // Most words hold none of the three (`’` is bytes beyond ASCII): they
    // are told so by their bytes, without splitting by chars.
    if !w.bytes().any(|b| matches!(b, b'-' | b'\'' | 0x80..)) {
        return false;
    }
    w.split_once(['-', '\'', '’'])
        .is_some_and(|(particle, surname)| {
            matches!(particle, "al" | "el" | "ad" | "ud" | "d")
                && surname.chars().next().is_some_and(char::is_uppercase)
        })
}

fn is_phrase_word(w: &str) -> bool {
    is_name_phrase(w)
}

fn is_not_name(w: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(&NOT_NAMES.lines().collect::<Vec<_>>()))
        .contains(w)
}

/// Log, product, place and CX words (`data/names/log_words.txt`, one
/// lowercase word a line). They end a name only where the name lists do
/// not know them: "Genesys Cloud", "Tier Two", but "Paige Jenkins".
const LOG_WORDS: &str = include_str!("../../data/names/log_words.txt");

fn is_log_word(w: &str) -> bool {
    let known = NameDb::get().lookup(w);
    !known.any() && is_log_vocabulary(w, known)
}

/// Is `w` log vocabulary or a frequent ordinary word, whatever the name
/// lists say? `known` is its lookup, which the callers need as well.
fn is_log_vocabulary(w: &str, known: Known) -> bool {
    known.ordinary || in_log_words(w)
}

/// A word of `data/names/log_words.txt` ("Business", "Support"), listed
/// as a name or not.
pub(crate) fn in_log_words(w: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(&LOG_WORDS.lines().collect::<Vec<_>>()))
        .contains(w)
}

/// A word of lower-case letters (inner `-` and `'` allowed), which `word`
/// does not lex.
fn is_lower_case_word(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-' || c == '\'')
}

/// A word of upper-case letters (inner `-` and `'` allowed).
fn is_upper_case_word(w: &str) -> bool {
    w.chars().any(char::is_uppercase)
        && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '\'')
}

/// A given name the lists hold and nothing else: unambiguous, no ordinary
/// word, no log vocabulary, no word that follows role words. `known` is
/// `w`'s lookup.
fn is_clear_given(w: &str, known: Known) -> bool {
    known.given && known.strong() && !is_log_vocabulary(w, known) && !is_not_name(w)
}

/// What programs print for a missing value (`vorname: nil`, `fname=None`),
/// the booleans a field changed to, and the placeholders a form or a
/// payment page writes for a person it does not name
/// (`client_name="Anonym"`, `"holder":"CARDHOLDER"`), or a video visit
/// and a conference bridge for a participant by role
/// (`display_name="Patient"`), name nobody.
fn is_null_literal(v: &str) -> bool {
    const NULLS: &[&str] = &[
        "true",
        "false",
        "nil",
        "none",
        "null",
        "undefined",
        "n/a",
        "nan",
        "<nil>",
        "-",
        "anonym",
        "anonymous",
        "anonyme",
        "anonimo",
        "anónimo",
        "anonim",
        "anonimowy",
        "cardholder",
        "card holder",
        "unknown",
        "unbekannt",
        "inconnu",
        "desconocido",
        "sconosciuto",
        "onbekend",
        "redacted",
        "withheld",
        // roles standing in for a participant's name
        "patient",
        "patientin",
        "paciente",
        "paziente",
        "pacjent",
        "guest",
        "gast",
        "invité",
        "invitado",
        "ospite",
        "participant",
        "teilnehmer",
        "interpreter",
        "dolmetscher",
        "interprète",
        "practitioner",
        "clinician",
        "caller",
        "visitor",
        "attendee",
        "member",
        "staff",
        "tenant",
        "resident",
        "customer",
        "client",
        // a streaming household's shared profiles (`profile_name="Kids"`)
        "kids",
        "kinder",
        "enfants",
        "niños",
        "bambini",
        "family",
        "familie",
        "famille",
        "familia",
        "famiglia",
        "living room",
        "wohnzimmer",
        "woonkamer",
        "stue",
        "vardagsrum",
        "olohuone",
        "salon",
        "soggiorno",
    ];
    let v = v.strip_suffix(',').unwrap_or(v);
    NULLS.iter().any(|n| v.eq_ignore_ascii_case(n))
}

/// An English contraction ("you're", "we'll", "isn't"), which no list
/// holds but which is no unknown name either ("O'Neill" is).
fn is_contraction(w: &str) -> bool {
    const ENDINGS: &[&str] = &["'re", "'ll", "'ve", "'d", "'m", "'s", "n't"];
    ENDINGS.iter().any(|e| {
        w.len() > e.len()
            && w.is_char_boundary(w.len() - e.len())
            && w[w.len() - e.len()..].eq_ignore_ascii_case(e)
    })
}

/// A word that can be the surname beside a clear given name: a name the
/// lists hold and nothing else, or a word no list knows ("kuziora"); never
/// vocabulary, nor a name that is also a common word ("and", "my").
fn is_surname_like(w: &str, known: Known) -> bool {
    let unknown = !known.any() && !known.ambiguous && !is_contraction(w);
    (known.strong() || unknown) && !is_log_vocabulary(w, known) && !is_not_name(w)
}

/// `is_particle` for a particle written capitalised too ("Le Goff", "Van
/// Dijk" opening a value); ASCII particles of four letters at most.
pub(crate) fn is_particle_any_case(w: &str) -> bool {
    let mut lower = [0u8; 4];
    if w.len() > lower.len() || !w.is_ascii() {
        return is_particle(w);
    }
    lower[..w.len()].copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(&lower[..w.len()]).is_ok_and(is_particle)
}

pub(crate) fn is_particle(w: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(PARTICLES)).contains(w)
}

pub(crate) struct NameFinder {
    db: &'static NameDb,
}

/// How much a key vouches for its value being a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ValueCheck {
    /// A name key (`name`, `callerName`): capitalised or all-caps words.
    Loose,
    /// A key that holds nothing but a person (`first_name`, `nachname`,
    /// `cn`): as `Loose`, and a lone lower-case word the lists know
    /// (`first_name=normunds`).
    Person,
    /// A key that may hold something else (`customer`, `client`, `from`):
    /// no lone all-caps word, and a lone capitalised word must be a listed
    /// name (`Client: Address change detected`).
    Strict,
    /// A name key that is also an ordinary word (`first`, `last`): as
    /// `Strict`, and a lone word must be no ordinary word (`last=Never`).
    Word,
    /// A plain name key among a product's keys (`sku`, `quantity`): only
    /// a value that reads as a person's full name (`reads_as_full_name`).
    FullName,
}

impl NameFinder {
    pub(crate) fn new() -> NameFinder {
        NameFinder { db: NameDb::get() }
    }

    /// Does a value that no key vouches for read as a person's full name
    /// (`Anna Schmidt`): a clear given name among at most three words,
    /// none of them log vocabulary (`Ferrero Orders` has no given name)?
    pub(crate) fn reads_as_full_name(&self, value: &str) -> bool {
        let words = value.split(' ').count();
        (2..=3).contains(&words)
            && value
                .split(' ')
                .all(|w| !in_log_words(w) && !is_not_name(w))
            && value
                .split(' ')
                .any(|w| is_clear_given(w, self.db.lookup(w)))
            && self.value_is_name(value, ValueCheck::Strict)
    }

    /// Does a search query read as a person looked up by name (`Marek
    /// Ježek`): two or three words, a listed given name first and a listed
    /// surname last, none of them frequent or log vocabulary? Names that
    /// are also words count here, where text elsewhere needs a clear one:
    /// what an agent types into a contact search is most often a name. A
    /// lone word (`q=Nikolaev`) must be a name and nothing else. Typed in
    /// lower case or surname first, the given name must be a clear one.
    pub(crate) fn reads_as_searched_person(&self, value: &str) -> bool {
        let plain = |w: &str| {
            word(w).is_some_and(|(len, kind)| {
                len == w.len() && matches!(kind, Word::Capitalised | Word::Upper)
            }) && !in_log_words(w)
                && !is_not_name(w)
                && !self.db.lookup(w).ordinary
        };
        let words = value.split(' ').count();
        let (first, last) = (value.split(' ').next(), value.rsplit(' ').next());
        if words == 1 {
            return plain(value) && self.db.lookup(value).strong();
        }
        let (Some(first), Some(last)) = (first, last) else {
            return false;
        };
        let capitalised = value.split(' ').all(plain)
            && self.db.lookup(first).given
            && self.db.lookup(last).surname;
        // Typed in lower case or surname first (`henrike anna vogelsang`,
        // `VOGELSANG Henrike`): a clear given name and a listed surname at the
        // ends, and a middle word of letters.
        let typed = || {
            self.reads_as_filed_person(first, last)
                && value.split(' ').all(|w| w.chars().all(char::is_alphabetic))
        };
        (2..=3).contains(&words) && (capitalised || typed())
    }

    /// Do two or three capitalised words read as a person where their
    /// text already holds a person's number (a recording named
    /// `Edina_Nemeth_<number>.wav`): one of them a listed name that is no
    /// ordinary word, none of them log vocabulary (`DE_Billing`)?
    pub(crate) fn reads_as_party_name(&self, value: &str) -> bool {
        let capitalised = |w: &str| {
            word(w).is_some_and(|(len, kind)| len == w.len() && kind == Word::Capitalised)
                && !in_log_words(w)
                && !is_not_name(w)
        };
        let listed = |w: &str| {
            let entry = self.db.lookup(w);
            (entry.given || entry.surname) && !entry.ordinary
        };
        (2..=3).contains(&value.split(' ').count())
            && value.split(' ').all(capitalised)
            && value.split(' ').any(listed)
    }

    /// Is a key's whole value a person's name? How much the key vouches
    /// for it is `check`'s.
    pub(crate) fn value_is_name(&self, value: &str, check: ValueCheck) -> bool {
        let strict = matches!(check, ValueCheck::Strict | ValueCheck::Word);
        let v = value.trim();
        if v.is_empty()
            || v.len() > 96
            || is_null_literal(v)
            || companies::ends_with_company_form(v)
        {
            return false;
        }
        if check == ValueCheck::FullName {
            return self.reads_as_full_name(v);
        }
        if check != ValueCheck::Word && self.is_passenger_value(v) {
            return true;
        }
        // Under a key that may hold something else, both parts listed.
        let lowercase_pair = || {
            self.lowercase_given_and_surname(v)
                .is_some_and(|len| len == v.len())
        };
        if (!strict && self.lowercase_full_name(v) || strict && lowercase_pair())
            || (check != ValueCheck::Word && (self.is_handle(v) || self.is_parted_login(v)))
        {
            return true;
        }
        // A lone lower-case word: under a person key any listed name part
        // (`first_name=normunds`), under a plain one only a clear given
        // name (`name=anna`, not `name=main`).
        if !strict && v.chars().all(char::is_lowercase) && !is_not_name(v) {
            let known = self.db.lookup(v);
            let person = check == ValueCheck::Person && known.any();
            if person || known.given && known.strong() {
                return true;
            }
        }
        let mut words = 0;
        let mut named = false;
        let mut first = "";
        // `<Name>Hardware Returns</Name>`, `name="Premium Support"`: under a
        // key that only says "name", words no list holds that are all
        // vocabulary name a queue or a product.
        let mut all_unlisted_vocabulary = check == ValueCheck::Loose;
        let mut ends_in_vocabulary = false;
        let mut last = "";
        // `LEFEBVRE,MANON` (a caller name as a carrier or a CDR writes it):
        // one comma parts a surname from a given name, with or without a
        // space after it.
        let one_comma = v.bytes().filter(|&b| b == b',').count() == 1;
        for part in v.split(|c| c == ' ' || (one_comma && c == ',')) {
            if part.is_empty() {
                continue;
            }
            let Some((len, kind)) = word(part) else {
                return false;
            };
            if len != part.len() && !(len + 1 == part.len() && part.ends_with(',')) {
                return false;
            }
            // "Mohamed El Khattabi": after the first word a capitalised
            // particle is the surname's, not an article opening a title.
            // So is one opening a name key's value of more words ("Le
            // Goff"; under a key that may hold a company, "La Poste" stays).
            let opening = words == 0 && !strict && part.len() < v.len();
            let inner_particle = (words > 0 || opening) && is_particle_any_case(&part[..len]);
            if is_not_name(part) && kind != Word::Particle && !inner_particle {
                return false;
            }
            // `owner="Quality Assurance"`: a key that may hold a team holds
            // one when a word is vocabulary rather than a name.
            if check == ValueCheck::Word {
                let known = self.db.lookup(&part[..len]);
                if !known.strong() && is_log_vocabulary(&part[..len], known) {
                    return false;
                }
            }
            if all_unlisted_vocabulary && kind != Word::Particle {
                let known = self.db.lookup(&part[..len]);
                all_unlisted_vocabulary = !known.any() && is_log_vocabulary(&part[..len], known);
            }
            // `"displayName":"Zendesk Integration"`, `cn=Paris-Agents`: a
            // name ends in no vocabulary word, nor in a hyphened one.
            if matches!(check, ValueCheck::Loose | ValueCheck::Strict) && kind != Word::Particle {
                let text = &part[..len];
                let tail = &text[text.rfind('-').map_or(0, |i| i + 1)..];
                let known = self.db.lookup(tail);
                ends_in_vocabulary =
                    !tail.is_empty() && !known.any() && is_log_vocabulary(tail, known);
            }
            // Han, kana and Hangul write a name part in four characters
            // at most; a longer run is a sentence (`월요일부터`).
            if kind == Word::Uncased && is_longer_than_uncased_name_part(part) {
                return false;
            }
            named |= matches!(kind, Word::Capitalised | Word::Uncased)
                || (!strict && kind == Word::Upper);
            if words == 0 {
                first = &part[..len];
            }
            last = &part[..len];
            words += 1;
        }
        // `"to":"Group Exercise Lead"`: a role under a key that may hold
        // one (under a name key a person, whatever the words); so is
        // `"to":"Marseille Saint-Charles"` a place.
        let role = check == ValueCheck::Strict
            && words > 1
            && (titles::ends_job_title(last) || cities::is_city(first));
        let lone_unknown = strict
            && words == 1
            && !is_cased_non_latin(first)
            && word(first).is_some_and(|(_, k)| k == Word::Capitalised)
            && {
                let known = self.db.lookup(first);
                !(known.strong() || check == ValueCheck::Strict && known.any())
            };
        // `<Name>Logistics Lincoln</Name>`, `name="Retail Jordan Region"`:
        // a team or a site named for a city that is a given
        // name too, opened by a word that is no given name nor clear surname.
        let team_of_city = words > 1 && v.split(' ').skip(1).any(cities::is_namesake_city) && {
            let known = self.db.lookup(first);
            !known.given && !known.strong() && (known.ambiguous || is_log_vocabulary(first, known))
        };
        // `holder=Anna Lind -> DECLINED`: a lone word in capitals that no
        // list holds and that is vocabulary is a status, not a name.
        let lone_upper_vocabulary =
            words == 1 && word(first).is_some_and(|(_, k)| k == Word::Upper) && {
                let known = self.db.lookup(first);
                !known.any() && is_log_vocabulary(first, known)
            };
        // `beneficiary="Stichting Woonbron"`, `"to":"Hotel Stephansblick"`:
        // under a key that may hold something else, an organisation or a
        // venue, named after a person or not (under a name key `Rua` is a
        // given name).
        // A town hall or a public office opens its name with a word no
        // list holds as a name (`name="Mairie de Toulouse Rangueil"`,
        // `caller_id_name="Ufficio Tributi"`): that is one under any key.
        // Under a key that may hold something else the organisation's word
        // may come later too (`destination="Hirslanden Klinik Aarau"`).
        let organisation = words > 1
            && (lists::is_namesake_prefix(first) && !self.db.lookup(first).any()
                || strict && v.split(' ').take(words - 1).any(lists::is_namesake_prefix));
        named
            && words <= 6
            && !organisation
            && !lone_unknown
            && !lone_upper_vocabulary
            && !all_unlisted_vocabulary
            && !ends_in_vocabulary
            && !role
            && !team_of_city
    }

    /// Do two words of a file's name read as a person (`olivia`,
    /// `ashworth`; `DVORAK`, `Eliska`): letters only, a clear given name
    /// and a listed surname that is no frequent word, in either order?
    pub(crate) fn reads_as_filed_person(&self, a: &str, b: &str) -> bool {
        let surname = |w: &str| self.is_uncommon_surname(w);
        let given = |w: &str| is_clear_given(w, self.db.lookup(w));
        let letters = |w: &str| w.chars().nth(1).is_some() && w.chars().all(char::is_alphabetic);
        letters(a) && letters(b) && (given(a) && surname(b) || surname(a) && given(b))
    }

    /// Is `w` a listed surname that is no frequent word, no vocabulary and
    /// no other non-name (`mazur`, `sjöberg`; not `wolf`, `main`)?
    fn is_uncommon_surname(&self, w: &str) -> bool {
        let known = self.db.lookup(w);
        known.surname && !known.common && !is_log_vocabulary(w, known) && !is_not_name(w)
    }

    /// Is `word` a name's word that means nothing else, so that another
    /// occurrence of it in the line is the same name: three letters or
    /// more, no particle, form of address, ordinary or frequent word, no
    /// log vocabulary.
    pub(crate) fn is_distinctive(&self, word: &str) -> bool {
        let known = self.db.lookup(word);
        word.chars().count() >= 3
            && !is_particle(word)
            && !is_phrase_word(word)
            && !known.common
            && !is_log_vocabulary(word, known)
            && !is_not_name(word)
    }

    /// Is `word` a listed name that is nothing else ("anna", not "can")?
    pub(crate) fn is_clear_name(&self, word: &[u8]) -> bool {
        std::str::from_utf8(word).is_ok_and(|w| self.db.lookup(w).strong())
    }

    /// Is `word` a frequent ordinary word ("Thank", "Hello")?
    pub(crate) fn is_ordinary_word(&self, word: &[u8]) -> bool {
        std::str::from_utf8(word).is_ok_and(|w| self.db.lookup(w).ordinary)
    }

    /// A frequent word that no list holds as a clear name (`Is`, `Hoi`):
    /// before more lower-case words it opens a sentence.
    pub(crate) fn is_frequent_word(&self, word: &[u8]) -> bool {
        std::str::from_utf8(word).is_ok_and(|w| {
            let known = self.db.lookup(w);
            known.common && !known.strong()
        })
    }

    /// `contact=Maria Söderström`: a bare value ends at the space, but the
    /// name runs on. The bytes of `rest` (what follows the value) that its
    /// further words take, at most two of them; 0 for none; `None` when
    /// they end in a company's legal form (`nimi=Quartz Mobility AB`), so
    /// the value is no person's.
    pub(crate) fn name_runs_on(&self, rest: &[u8]) -> Option<usize> {
        let Some(after) = rest.strip_prefix(b" ") else {
            return Some(0);
        };
        let s = valid_utf8_prefix(&after[..after.len().min(128)]);
        if companies::company_form_follows(s) {
            return None;
        }
        Some(extent::name_at(s, 2, false).map_or(0, |len| len + 1))
    }

    /// `user=jason.ernst`, `login=Marie_Dubois`, `name=olga-tamm`: a user
    /// name or slug made of a clear given name and a surname, joined by
    /// one `.`, `_` or `-`. The surname is
    /// a listed surname (`jason.ernst`, though "ernst" is a word too), an
    /// unambiguous listed name or a word no list knows, and never
    /// vocabulary: `svc.backup`, `anna.local` and `maria.db` stay.
    fn is_handle(&self, v: &str) -> bool {
        let Some((given, surname)) = v.split_once(['.', '_', '-']) else {
            return false;
        };
        let letters = |w: &str| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic);
        if !letters(given) || !letters(surname) || surname.len() < 3 {
            return false;
        }
        let g = self.db.lookup(given);
        let s = self.db.lookup(surname);
        let clear_given = is_clear_given(given, g);
        let surname_like = (s.surname || s.strong() || !s.any() && !s.ambiguous)
            && !is_log_vocabulary(surname, s)
            && !is_not_name(surname);
        clear_given && surname_like
    }

    /// `t.nemeth`, `amini.mohammad`: a login in parts (`login_is_name`),
    /// either way round or with an initial. One part alone (`email-sender`,
    /// `jtorres`) is a service's as often, where no account slot says it
    /// is a login.
    fn is_parted_login(&self, v: &str) -> bool {
        v.contains(['.', '_']) && self.login_is_name(v.as_bytes())
    }

    /// The length of a name in lower case opening `s`: a clear given name
    /// and a listed surname that is no frequent word, then the end of the
    /// text, a space or a mark ("rowena salonga a appelé", "eilidh kerr").
    pub(super) fn lowercase_given_and_surname(&self, s: &str) -> Option<usize> {
        let mut words = s.splitn(3, ' ');
        let (given, rest) = (words.next()?, words.next()?);
        let len = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_lowercase() || c == '-' || c == '\''))
            .map_or(rest.len(), |(at, _)| at);
        let surname = &rest[..len];
        let ends = rest[len..].chars().next().map_or(true, |c| {
            matches!(c, ',' | '.' | ';' | '!' | '?' | ')' | '"' | '\'')
        });
        let known = self.db.lookup(surname);
        let named = is_lower_case_word(given)
            && is_clear_given(given, self.db.lookup(given))
            && surname.chars().nth(1).is_some()
            && known.surname
            && !known.common
            && !is_log_vocabulary(surname, known)
            && !is_not_name(surname);
        (named && ends).then_some(given.len() + 1 + len)
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
}

#[cfg(test)]
mod tests;
