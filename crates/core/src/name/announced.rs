//! A name part a speaker announces by its kind, in transcripts and chat:
//! "my surname is dijkstra", "il cognome è magyar", "nazwisko grabowska",
//! "το επώνυμο είναι Θεοδωρόπουλος". The announcement, not the lists,
//! vouches for the word, so a surname no list holds is taken too.

use super::spoken::letters;
use super::*;

/// Phrases naming a surname or a given name, lower case, matched before a
/// space in any ASCII case (with the self-introductions, see `spoken`).
#[rustfmt::skip]
pub(super) const ANNOUNCEMENTS: &[&str] = &[
    "surname", "last name", "family name", "first name", "given name",
    "nachname", "vorname", "familienname", "achternaam", "voornaam", "nom de famille",
    "prénom", "apellido", "apellidos", "cognome", "apelido", "sobrenome", "nazwisko", "imię",
    "příjmení", "priezvisko", "prezime", "priimek", "vezetéknevem", "keresztnevem",
    "numele de familie", "prenumele", "pavardė", "uzvārds", "perekonnanimi", "eesnimi",
    "sukunimi", "sukunimeni", "etunimi", "efternamn", "efternamnet", "efternavn",
    "efternavnet", "etternavn", "etternavnet", "fornavnet", "soyadım", "soyadim", "soyadı",
    "επώνυμο", "επώνυμό μου", "фамилия", "фамилията ми", "прізвище", "mo shloinne",
];

/// Words between the announcement and the name: "is", "ist", "è", "je", …
#[rustfmt::skip]
const COPULAS: &[&str] = &[
    "is", "was", "ist", "lautet", "est", "es", "son", "è", "e", "é", "je", "jest", "to", "ir",
    "on", "er", "är", "yra", "este", "είναι", "е", "mi", "meu", "my",
];

impl NameFinder {
    /// Where the name in `s`, the text after an announcement, starts and
    /// ends: past a copula, one word of letters, or a surname with
    /// its particles ("van der veen"), that is a listed name or a word no
    /// list holds as vocabulary: not "required", "missing" or "and".
    pub(super) fn announced_name(&self, s: &str) -> Option<(usize, usize)> {
        let mut pos = 0;
        let word_at = |pos: usize| &s[pos..pos + letters(&s[pos..])];
        if COPULAS.iter().any(|c| word_at(0).eq_ignore_ascii_case(c)) {
            let copula = word_at(0).len();
            pos = copula + usize::from(s[copula..].starts_with(' '));
        }
        let start = pos;
        loop {
            let w = word_at(pos);
            if is_particle(w) && s[pos + w.len()..].starts_with(' ') {
                pos += w.len() + 1;
                continue;
            }
            let known = self.db.lookup(w);
            // `type=surname raw="…"`: a key, not a word of the sentence.
            let key = s[pos + w.len()..].starts_with(['=', ':', '_', '/', '@', '(', '[', '{']);
            let name = !key
                && w.chars().nth(1).is_some()
                && (known.any() || !known.ordinary)
                && !in_log_words(w)
                && !is_not_name(w)
                && !COPULAS.iter().any(|c| w.eq_ignore_ascii_case(c));
            return name.then_some((start, pos + w.len()));
        }
    }
}
