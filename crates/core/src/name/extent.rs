//! How far a name runs after the phrase, role or form of address that
//! introduced it: the name words `name_at` takes, and the openings
//! (another phrase, a title of log words) that mean no name starts there.

use super::*;

/// "Customer Experience Dashboard": two capitalised words of log
/// vocabulary that the lists do not know as names alone are a title, not a
/// person ("Kundin Jenkins", "Customer Austin Guerra" stay names).
fn opens_title(first: &str, rest: &str) -> bool {
    let vocabulary = |w: &str| {
        let known = NameDb::get().lookup(w);
        !known.strong() && is_log_vocabulary(w, known)
    };
    let Some(next) = rest.strip_prefix(' ') else {
        return false;
    };
    vocabulary(first)
        && word(next).is_some_and(|(len, kind)| {
            matches!(kind, Word::Capitalised | Word::Upper) && vocabulary(&next[..len])
        })
}

/// The most words a name phrase has ("je m'appelle", "mam na imię").
pub(super) const MAX_PHRASE_WORDS: usize = 3;

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

/// Parses a name at the start of `s`: up to `max_words` name words joined
/// by single spaces. Returns its byte length.
/// `after_honorific`: "Mr HARGREAVES", "Herrn KESSELRING": after a form
/// of address a lone all-caps word is a surname, not an acronym.
pub(super) fn name_at(s: &str, max_words: usize, after_honorific: bool) -> Option<usize> {
    let mut pos = 0;
    let mut end = 0;
    let mut words = 0;
    let mut strong = 0; // capitalised or uncased words
    let mut uppers = 0;
    while let Some((len, kind)) = word(&s[pos..]) {
        let text = &s[pos..pos + len];
        if glued_key_follows(&s[pos + len..]) {
            break;
        }
        // "Mme El Amrani", "mevrouw De Boer", "Herr Van Dyck": after a form
        // of address a capitalised particle before a capitalised word opens
        // the surname.
        let kind = if words == 0
            && after_honorific
            && kind == Word::Capitalised
            && is_particle(text)
            && s[pos + len..]
                .strip_prefix(' ')
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase)
        {
            Word::Particle
        } else {
            kind
        };
        // A greeting or role word right after another ("agent: "Hej Sixten"")
        // is found again at its own place, where the name follows it.
        // "Dr van de Wal": after a form of address a particle opens the name.
        let opening_particle = kind == Word::Particle && after_honorific;
        if words == 0
            && !opening_particle
            && (kind == Word::Particle
                || is_not_name(text)
                || is_thai_clause(text)
                || (kind != Word::Initial && opens_with_phrase(&s[pos..]))
                || opens_title(text, &s[pos + len..])
                || cities::is_city(text))
        {
            return None;
        }
        // `मैं Torsten Aigner बोल रहा हूँ`: a name keeps to one script,
        // with case or without.
        // ... and, without case, ends before the word that announces a
        // number (`اسمي يارا ورقمي 9665…`).
        let caseless = text.starts_with(is_caseless_letter);
        if pos > 0
            && (caseless != s.starts_with(is_caseless_letter) || caseless && announces_phone(text))
        {
            break;
        }
        // `s panem Černým`, `Frau Weiss`: right after a form of address a
        // capitalised ordinary word is the surname it also is.
        let surname_after_form =
            words == 0 && after_honorific && kind == Word::Capitalised && !in_log_words(text);
        if kind != Word::Particle
            && (is_not_name(text)
                || is_log_word(text) && !surname_after_form
                || is_thai_clause(text))
        {
            // "transferred to Technical Support": one word, then a title
            // word, is a team or product name, not a person; unless that
            // word is a clear given name (`customer Anna Offer accepted`).
            let opened_by_given = || {
                let first = &s[..end];
                is_clear_given(first, NameDb::get().lookup(first))
            };
            if words == 1
                && text.chars().next().is_some_and(char::is_uppercase)
                && !opened_by_given()
            {
                return None;
            }
            break;
        }
        // `عبد العزيز`, `أبو بكر`, `بن علي`: Arabic joins a name's word to
        // the next with one of these, and the pair counts as one word.
        if !matches!(text, "عبد" | "أبو" | "ابو" | "بن" | "ابن" | "بنت" | "آل") {
            words += 1;
        }
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
    // `approved by Finance`, `Customer Success`: a lone word of log
    // vocabulary that the lists hold only as an ambiguous surname is a
    // team. (Not a given name: places are log words too, `Madison`,
    // `Sofia`.)
    let lone_team_word = words == 1 && !after_honorific && {
        let first = &s[..end];
        let known = NameDb::get().lookup(first);
        !known.given && !known.strong() && in_log_words(first)
    };
    // A lone all-caps word after a role word is more often an acronym.
    (!lone_team_word && (strong > 0 || uppers >= 2 || (after_honorific && uppers == 1)))
        .then_some(end)
        .filter(|&e| e > 0)
}
