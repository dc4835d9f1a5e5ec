//! Names by the lists: sequences of capitalised words in which the
//! public name lists (`namedb`) find a given name or a surname.

use std::sync::OnceLock;

use super::*;

mod places;
mod skip;
use super::companies::{ends_with_company_form, is_company_form, opens_with_company_form};
pub(super) use places::is_namesake_prefix;
use places::{follows_street_abbreviation, is_place_prefix, stop_namesake_cities};
#[cfg(test)]
use skip::capital_or_non_ascii;
use skip::skip_ascii;

/// One word of a capitalised sequence, as the name lists see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Part {
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
    /// An all-caps name part from the lists: "NISTOR"; `clear` when it is
    /// no ordinary word ("ANIKÓ", not "ROSE").
    Upper {
        clear: bool,
    },
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
    /// Calls `found(start, end)` for each sequence of two or more
    /// capitalised words that the name lists make a name: at least one part
    /// is a known, unambiguous given name or surname, and at most one part
    /// is unknown ("Angelino Pozuelo", "NISTOR Lucia", "S. Skov", "佐藤 亮介").
    pub(crate) fn find_by_lists(&self, line: &[u8], mut found: impl FnMut(usize, usize)) {
        // Nearly every line is valid UTF-8: `from_utf8` checks it with an
        // ASCII fast path that `utf8_chunks` lacks, and a valid line is
        // the one chunk `utf8_chunks` would give.
        if let Ok(s) = std::str::from_utf8(line) {
            self.find_in_valid(s, 0, &mut found);
            return;
        }
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
            (i, prev_alnum) = skip_ascii(bytes, i, prev_alnum);
            if i == s.len() {
                break;
            }
            let c = s[i..].chars().next().expect("in bounds");
            let starts_word =
                !prev_alnum && (c.is_uppercase() || is_uncased_letter(c) || is_caseless_letter(c));
            if !starts_word {
                // `]` ends our own replacements: `[name]K.` stays one word,
                // as `中中K.` was before it (idempotence).
                prev_alnum = c.is_alphanumeric() || c == '_' || c == ']';
                i += c.len_utf8();
                continue;
            }
            // Most capitalised words stand alone (`ERROR:`, `Exception:`):
            // past them the walk goes on as after lexing them.
            if let Some(end) = lone_word_end(bytes, i) {
                i = end;
                prev_alnum = true;
                continue;
            }
            let mut n = 0;
            let mut j = i;
            while let Some((len, kind)) = word(&s[j..]) {
                // `Renault Tags:[vip]`: the next field's key ends the name;
                // `Courier עומר`: so does a change of script (the next
                // sequence starts there).
                if n > 0
                    && (glued_key_follows(&s[j + len..])
                        || script_kind(&s[j..]) != script_kind(&s[words[n - 1].0..]))
                {
                    break;
                }
                words[n] = (j, j + len, Part::Particle);
                kinds[n] = kind;
                n += 1;
                j += len;
                let next_starts_word = s[j..].starts_with(' ')
                    && s[j + 1..].chars().next().is_some_and(char::is_alphabetic);
                if n == 1 && self.surname_comma_given(&s[j..]) {
                    j += 2;
                    continue;
                }
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
            // a Korean one-word name is), so most words are never looked up,
            // nor the word before them: alone, a word stays a particle, which
            // `name_spans` never takes.
            if n >= 2 || kinds[0] == Word::Uncased {
                let before = word_before(s, i);
                let loose = before == Before::Preposition;
                for (w, kind) in words.iter_mut().zip(&kinds) {
                    w.2 = self.part(&s[w.0..w.1], *kind, loose);
                }
                self.surnames_after_given_names(s, words);
                self.upper_surnames_before_given_names(s, words, &kinds[..n]);
                // "San Sebastián", "Sankt Peter": a place named after a saint;
                // "Calle de Alcalá", "Rue Victor Hugo": a street named after
                // a person, who is not the one the line is about. Anywhere
                // in the sequence: "Relais Rue Victor Hugo", "Centro Medico
                // San Marco".
                // So is one after a street's abbreviation: "ul. Jana
                // Pawła II", "бул. Христо Ботев".
                let prefixed = if follows_street_abbreviation(s, i) {
                    Some((0, n))
                } else {
                    (0..n.saturating_sub(1)).find_map(|k| {
                        let w = &s[words[k].0..words[k].1];
                        if is_namesake_prefix(w) {
                            Some((k, n))
                        } else {
                            is_place_prefix(w).then_some((k, k + 2))
                        }
                    })
                };
                if let Some((from, to)) = prefixed {
                    words[from..to].iter_mut().for_each(|w| w.2 = Part::Stop);
                }
                // "Roma Termini", "Flughafen Hamburg Helmut Schmidt": a
                // city opens a place's name, whatever names follow; not
                // after a given name ("Anna Berlin").
                if let Some(k) = (0..n.saturating_sub(1)).find(|&k| {
                    cities::is_city(&s[words[k].0..words[k].1])
                        && (k == 0 || matches!(words[k - 1].2, Part::Stop | Part::Unknown))
                }) {
                    words[k..].iter_mut().for_each(|w| w.2 = Part::Stop);
                }
                // "Orange Egypt", "Telia Finland": a company's branch in a
                // country, whatever names open it.
                if n >= 2 && countries::is_country(&s[words[n - 1].0..words[n - 1].1]) {
                    words.iter_mut().for_each(|w| w.2 = Part::Stop);
                }
                stop_namesake_cities(s, words);
                for (a, b) in name_spans(words, before) {
                    // "Zephyr Mobile BV", "Jansen GmbH": a company's name, even
                    // when a person's name is in it. "Release Train Orion": a
                    // title that vocabulary opens goes on as a title.
                    // (A form in capitals may be read as a surname in
                    // capitals: `Jerónimo Martins SGPS`.)
                    if !opens_with_company_form(&s[b..])
                        && !ends_with_company_form(&s[a..b])
                        && !continues_title(s, words, a, b)
                        && !closes_title(s, words, b)
                    {
                        found(base + a, base + b);
                    }
                }
            }
            if n == 1
                && kinds[0] == Word::Capitalised
                && (self.opens_quote_as_subject(s, words[0])
                    || self.opens_message_as_vocative(s, words[0].0, words[0].1)
                    || self.closes_message_as_vocative(s, words[0].0, words[0].1)
                    || self.is_declined_given_name(s, words[0].0, words[0].1))
            {
                found(base + words[0].0, base + words[0].1);
            }
            i = words.last().expect("non-empty").1;
            prev_alnum = true;
        }
    }

    /// `comment="Marioara was very helpful"`: a quoted text that opens with
    /// a clear given name and goes on in lower case is about that person.
    fn opens_quote_as_subject(&self, s: &str, (a, b, _): (usize, usize, Part)) -> bool {
        let text = &s[a..b];
        s[..a].ends_with('"')
            && s[b..].starts_with(' ')
            && s[b + 1..].chars().next().is_some_and(char::is_lowercase)
            && !is_phrase_word(text)
            && {
                let known = self.db.lookup(text);
                known.given && known.strong() && !is_log_vocabulary(text, known)
            }
    }

    /// "Carbonell, Eligio", "Moritz, Hanna": after one capitalised word,
    /// `rest` goes on with ", " and a capitalised given name, the way
    /// directories and CRMs write "Surname, Given name".
    fn surname_comma_given(&self, rest: &str) -> bool {
        let Some(next) = rest.strip_prefix(", ") else {
            return false;
        };
        word(next).is_some_and(|(len, kind)| {
            matches!(kind, Word::Capitalised | Word::Upper)
                && !is_phrase_word(&next[..len])
                && self.db.lookup(&next[..len]).given
        })
    }

    /// `loose`: the sequence follows a preposition or an opening
    /// parenthesis, where an all-caps word the lists lack is an unknown
    /// surname ("for DOKUNA Lucia") rather than a log word.
    fn part(&self, text: &str, kind: Word, loose: bool) -> Part {
        match kind {
            Word::Particle => return Part::Particle,
            // "Mrs.", "Dr.", "Sra.": an abbreviated honorific introduces a
            // name but is not part of it (a one-letter "M." may be either).
            Word::Initial if text.len() > 2 && is_phrase_word(text) => return Part::Stop,
            Word::Initial => return Part::Initial,
            // "Le Gall", "La Rosa": a capitalised particle inside a name.
            Word::Capitalised if is_particle(text) => return Part::Particle,
            _ => {}
        }
        // One lookup serves every check below (they all read the same
        // list entry; `is_log_word` is `!known.any() && is_log_vocabulary`).
        let known = self.db.lookup(text);
        // Role words and greetings ("Kunde", "Customer", "Hej") never join
        // a name; log vocabulary only when the lists know it as nothing
        // but a name.
        // A company's legal form (`SAS`, `AB`) ends a name even where a
        // list holds it as a surname in capitals.
        if is_phrase_word(text)
            || (!known.any() && is_log_vocabulary(text, known))
            || is_not_name(text)
            || is_company_form(text)
        {
            return Part::Stop;
        }
        match kind {
            // "DE GROOT", "VAN DIJK": a capitalised particle opens a surname.
            Word::Upper if is_particle(text) => Part::Particle,
            Word::Upper => {
                // Two-letter capitals are acronyms ("OS", "NT") far more often than surnames.
                if text.chars().count() < 3 {
                    Part::Stop
                } else if known.any() {
                    Part::Upper {
                        clear: known.strong(),
                    }
                } else if loose {
                    Part::Unknown
                } else {
                    Part::Stop
                }
            }
            Word::Uncased => {
                let chars = text.chars().count();
                let hangul = text.chars().all(is_hangul_syllable);
                if hangul {
                    self.hangul_part(text, chars, known)
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
            // Particles were answered above: only a capitalised word is left.
            _ => {
                if known.strong() {
                    Part::Strong
                } else if known.any() {
                    Part::Weak {
                        given: known.given,
                        surname: known.surname,
                    }
                } else if is_cased_non_latin(text) {
                    // Capitalised Cyrillic, Greek or Armenian words side by side in a
                    // European contact centre's log are a name far more often
                    // than not; the lists cannot hold every one. (Arabic and
                    // Hebrew text has no capitals to tell a name: its words
                    // are unknown ones, which a name's context makes one.)
                    Part::Strong
                } else if text.starts_with(is_caseless_letter) && !loose {
                    // Without capitals every word of Arabic, Hebrew or Thai
                    // text lexes as a capitalised one: only the words the
                    // lists hold may make a name there, the others are text
                    // (but after "by", "for", as any pair of words there).
                    Part::Stop
                } else if let Some((stem, _)) = self.inflected_name(text) {
                    // "Ingvar Lindqvists ärende", "Farkas Zsoltnak": the
                    // name itself, as strong as the lists make it.
                    if stem.strong() {
                        Part::Strong
                    } else {
                        Part::Weak {
                            given: stem.given,
                            surname: stem.surname,
                        }
                    }
                } else {
                    Part::Unknown
                }
            }
        }
    }

    /// "FFOULKESBY George", "VÁRNAGY Csilla": the official order, surname in
    /// capitals first, then a clear given name; and "Luka HUSIĆ", the
    /// surname in capitals after it. An all-caps word no list holds is a
    /// log word (`ERROR`, `HTTP`) unless a given name is beside it;
    /// vocabulary and phrase words still stop the name.
    fn upper_surnames_before_given_names(
        &self,
        s: &str,
        words: &mut [(usize, usize, Part)],
        kinds: &[Word],
    ) {
        let clear_given = |words: &[(usize, usize, Part)], j: usize| {
            let text = &s[words[j].0..words[j].1];
            kinds[j] == Word::Capitalised && is_clear_given(text, self.db.lookup(text))
        };
        for k in 0..words.len() {
            let (a, b, part) = words[k];
            let text = &s[a..b];
            let unknown_upper = part == Part::Stop
                && kinds[k] == Word::Upper
                && text.chars().count() >= 3
                && !is_particle(text)
                && !is_phrase_word(text)
                && !is_not_name(text)
                && {
                    let known = self.db.lookup(text);
                    !known.any() && !is_log_vocabulary(text, known)
                };
            let beside_given = (k + 1 < words.len() && clear_given(words, k + 1))
                || (k > 0 && clear_given(words, k - 1));
            if unknown_upper && beside_given {
                words[k].2 = Part::Unknown;
            }
            // "Richiamare MEIER Marco", "Överlämning: ANDERSSON Per": a
            // listed surname in capitals that is no frequent word, then a
            // listed given name (a word too, maybe) is the official order
            // even where neither list entry is clear; the capitalised words
            // before it in the sequence (a sentence's first word) are not
            // the name's. (Capitals before it may be the surname's first
            // part: "CARDOSO ALVES Raquel".)
            if matches!(part, Part::Upper { .. })
                && k + 1 < words.len()
                && self.is_rare_surname(text)
                && self.is_given_beside(text, &s[words[k + 1].0..words[k + 1].1], kinds[k + 1])
            {
                words[k].2 = Part::Strong;
                for (w, kind) in words[..k].iter_mut().zip(kinds).rev() {
                    if *kind != Word::Upper {
                        w.2 = Part::Stop;
                    }
                }
            }
        }
    }

    /// Is `text` an uncommon listed surname of three letters or more that
    /// is no particle?
    fn is_rare_surname(&self, text: &str) -> bool {
        text.chars().count() >= 3 && !is_particle(text) && self.is_uncommon_surname(text)
    }

    /// Is `text`, lexed as `kind`, a capitalised listed given name that is
    /// no vocabulary and no phrase word ("Marco", "Per") after `surname`?
    /// After three capitals, which are an acronym as often (`LSI Logic`,
    /// `MEO Arena`), only a clear given name is.
    fn is_given_beside(&self, surname: &str, text: &str, kind: Word) -> bool {
        let known = self.db.lookup(text);
        let acronym_like = surname.chars().count() == 3;
        kind == Word::Capitalised
            && known.given
            && (!acronym_like || is_clear_given(text, known))
            && !is_log_vocabulary(text, known)
            && !is_phrase_word(text)
            && !is_not_name(text)
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
}

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
        // "TÓTH ANIKÓ": all in capitals, every word listed, one clearly a name.
        let capitals = piece
            .iter()
            .all(|w| matches!(w.2, Part::Upper { .. } | Part::Particle))
            && piece.iter().any(|w| w.2 == Part::Upper { clear: true });
        // Right after a preposition or an opening parenthesis a pair of
        // capitalised words no list knows is still a person: the lists
        // cannot hold every name, and log and product words stop a piece.
        // Only the piece right after the word before counts as after it:
        // in "per Social Media Policy" the vocabulary word "Social" stands
        // between "per" and "Media Policy".
        let first = piece.first().is_some_and(|w| w.0 == words[0].0);
        let unknown_pair = after_preposition && first && named == 2 && unknown == 2;
        let ok = ((strong >= 1
            || capitals
            || pairs_up(piece, before != Before::Nothing && first)
            || (after_preposition && first && given_then_unknown(piece)))
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
    // "to: Ana Lima" as "to Ana Lima".
    let before = s[..at].trim_end_matches([' ', '(', '"', '\'', ':']);
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
    "to", "with", "from", "cc", "bcc", "an", "mit", "à", "avec", "de", "a", "con", "naar", "met",
    "till", "med", "til", "do", "z", "ze", "cu", "ile", "με", "к", "с",
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

/// Where the capitalised ASCII word at `i` ends, when it can only be a
/// sequence of one word that nothing is found in: ASCII letters, then the
/// line's end or an ASCII byte that neither continues the word (`-`,
/// `'`), nor makes it an initial or honorific (`.` after three letters or
/// fewer), nor joins a next word (`, `, a space and a letter) or opens a
/// quoted subject (a space and a lower-case letter). One word alone is no
/// name by the lists (only an uncased one), whether `word` lexes it or
/// not; and the walk goes on from its end with a word byte before, as it
/// does after lexing it or, when `word` turns it down, after stepping
/// over its letters.
fn lone_word_end(bytes: &[u8], i: usize) -> Option<usize> {
    if !bytes[i].is_ascii_uppercase() {
        return None;
    }
    let end = i + bytes[i..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    // `subject="Welcome aboard, Noora"`, `"See you soon, Renata!"`: after
    // a comma, a word that closes a quote or the line may address someone
    // (`closes_message_as_vocative`).
    let after_comma = i >= 2 && &bytes[i - 2..i] == b", ";
    let lone = match bytes.get(end) {
        None => !after_comma,
        Some(b'"' | b'!') if after_comma => false,
        Some(b'.') => end - i > 3,
        Some(b' ') => bytes
            .get(end + 1)
            .map_or(true, |b| b.is_ascii() && !b.is_ascii_alphabetic()),
        Some(&b) => b.is_ascii() && !matches!(b, b',' | b'-' | b'\''),
    };
    lone.then_some(end)
}

/// Does the byte at `i` (ASCII) continue a word? `]` ends our own
/// replacements, `]"` a quoted one in a JSON line: text glued to them was
/// glued to what they replaced.
fn is_word_byte(bytes: &[u8], i: usize) -> bool {
    match WORD_BYTE[usize::from(bytes[i])] {
        Glue::No => false,
        Glue::Yes => true,
        Glue::IfReplacementEnds => ends_quoted_replacement(&bytes[..i]),
    }
}

/// How a byte continues a word, for `is_word_byte`.
#[derive(Clone, Copy)]
enum Glue {
    No,
    /// An ASCII letter or digit, `_` or `]`.
    Yes,
    /// `"`: when it closes a quoted replacement.
    IfReplacementEnds,
}

/// `is_word_byte`'s answer for each byte, a table: the walks ask it for
/// many bytes of every line.
const WORD_BYTE: [Glue; 256] = {
    let mut t = [Glue::No; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'_' || c == b']' {
            t[b] = Glue::Yes;
        } else if c == b'"' {
            t[b] = Glue::IfReplacementEnds;
        }
        b += 1;
    }
    t
};

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

/// Is `w`, lowercased, one of `words`?
pub(crate) fn is_any_of(w: &str, words: &[&str]) -> bool {
    // An ASCII word lowercases byte by byte (most words asked; the char
    // iterators cost more than the comparison).
    if w.is_ascii() {
        return words.iter().any(|p| {
            p.len() == w.len()
                && w.bytes()
                    .zip(p.bytes())
                    .all(|(a, b)| a.to_ascii_lowercase() == b)
        });
    }
    words
        .iter()
        .any(|p| w.chars().flat_map(char::to_lowercase).eq(p.chars()))
}

/// Is the name piece `a..b` the rest of a quoted title that a word of
/// vocabulary opens (`group "Release Train Orion"`)? Not when the word is a
/// role or form of address (`"Kunde Jan Novak"`), nor when the quoted text
/// goes on as a sentence (`"Chamada de Lina Valentina por …"`).
fn continues_title(s: &str, words: &[(usize, usize, Part)], a: usize, b: usize) -> bool {
    let (start, end, part) = words[0];
    let opener = &s[start..end];
    let quote = s[..start].chars().next_back();
    let second = words.get(1).map(|w| w.0);
    part == Part::Stop
        && second == Some(a)
        && matches!(quote, Some('"' | '\''))
        && s[b..].chars().next() == quote
        && !is_phrase_word(opener)
        && opener.chars().next().is_some_and(char::is_uppercase)
        && is_log_word(opener)
}

/// Does the sequence go on after a name at `b` with a last, capitalised
/// word of log vocabulary (`sản phẩm Olivia Junior Account`, `Felix
/// Family Konto`)? Then the words are a product's or a team's title
/// named after a person, not a person. (A word in capitals is a code
/// after a name as often: `Aleksandr Kont CHF 20766.74`, `CAPT Fekete
/// Alexandra REQ`.)
fn closes_title(s: &str, words: &[(usize, usize, Part)], b: usize) -> bool {
    let [.., (start, end, _)] = words else {
        return false;
    };
    let last = &s[*start..*end];
    *start == b + 1 && last.chars().nth(1).is_some_and(char::is_lowercase) && is_log_word(last)
}

#[cfg(test)]
mod tests;
