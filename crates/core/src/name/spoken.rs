//! Names a speaker gives when introducing themselves: "hier ist swen",
//! "hi im gaja kuziora", "tu aniela", "met Zoë". Speech-to-text writes them
//! in lower case and chats often do, so no capital marks the name; and
//! several of these phrases ("tu", "met", "sono", "i am") are ordinary
//! words too. What makes the name is the word after the phrase being a
//! clear given name: listed as one, and neither an ordinary word nor log
//! vocabulary ("i am happy", "ich bin sauer", "met Teams" stay).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::*;

/// Self-introductions, lower case; each is matched before a space, in any
/// ASCII case, and with its first letter capitalised.
#[rustfmt::skip]
const INTRODUCTIONS: &[&str] = &[
    // en
    "this is", "my name is", "name is", "i am", "i'm", "im", "it's", "here is",
    // de
    "hier ist", "hier spricht", "ich bin", "mein name ist", "ich heiße", "ich heisse",
    // an agent's greeting ("sie sprechen mit carola", "you're speaking with Tom")
    "sie sprechen mit", "you're speaking with", "you are speaking with", "vous parlez avec",
    "está hablando con", "sta parlando con", "u spreekt met",
    // fr
    "je suis", "c'est", "ici", "je m'appelle", "mon nom est", "moi c'est",
    // es / pt / it
    "soy", "me llamo", "mi nombre es", "habla", "sou", "eu sou", "meu nome é", "aqui é",
    "aqui fala", "sono", "mi chiamo", "parla", "qui è",
    // nl
    "met", "ik ben", "mijn naam is", "hier is", "spreekt met",
    // nordics, fi, et, lv, lt
    "jag heter", "jag är", "det är", "detta är", "här är", "jeg hedder", "jeg heter", "jeg er",
    "det er", "dette er",
    "her er", "olen", "nimeni on", "täällä on", "minu nimi on", "siin on", "mani sauc",
    "es esmu", "mano vardas", "aš esu", "čia",
    // pl, cs, sk, hu, ro
    "tu", "mówi", "nazywam się", "jestem", "tady", "tady je", "jmenuji se", "jsem", "volá",
    "volám sa", "som", "tu je", "vagyok", "a nevem", "itt", "mă numesc", "sunt", "aici e",
    "aici este",
    // hr, sl, sr, bg, ru, uk, el, tr
    "ovdje", "ovde", "ja sam", "zovem se", "ime mi je", "moje ime je", "tukaj", "jaz sem", "казвам се", "аз съм",
    "меня зовут", "это", "мене звати", "це", "με λένε", "είμαι", "ονομάζομαι", "εδώ",
    "benim adım", "adım", "benim adim", "adim",
    // more of the same across languages
    "my name's", "z tej strony", "chamo-me", "me chamo", "o meu nome é", "il mio nome è",
    "ik heet", "mitt namn är", "jeg heiter", "minun nimeni on", "tässä on", "täällä",
    "numele meu este", "ma numesc", "ovo je", "ovdje je", "mano vardas yra", "menya zovut",
    "mene zvaty", "le atiende", "te atiende", "siin",
    // a greeting or thanks in chat, lower case ("thx helen", "hi anna")
    "hi", "hey", "hello", "thx", "thanks", "thank you", "cheers", "dear", "hallo", "danke",
    "bjr",
    // de "hallo, hier Lukas Gruber" (after a greeting, "here is")
    "hier",
    // ca, pt, nl, sv/no/da, tr, gl, ga, mt: "sóc en Pau", "fala o João",
    // "je spreekt met Lotte", "du pratar med Åsa", "ben Çağla", "son Xosé",
    // "is mise Aoife", "jiena Ġorġ"
    "sóc", "sóc en", "sóc la", "sóc el", "soc", "fala o", "fala a", "je spreekt met",
    "du pratar med", "du snakker med", "du taler med", "ben", "son", "is mise", "jiena",
    // an agent's greeting on the line ("you're through to …", "vous êtes
    // en ligne avec …", "bom dia fala …")
    "you're through to", "you are through to", "en ligne avec", "fala",
    // asking for someone ("could i speak to harriet jones please")
    "speak to", "speak with", "talk to",
    // de (Austrian "da spricht der Tobias"), bg, sr (Cyrillic), is, lv
    "spricht", "spricht der", "spricht die", "обажда се", "обаждам се", "овде", "ово је",
    "ја сам", "зовем се", "þetta er", "hér er", "ég heiti", "ég er", "labdien te", "labrīt te",
    // thanks to someone ("Tak til Frederik", "Un grazie a Tommaso")
    "tak til", "tack till", "takk til", "grazie a", "un grazie a", "gracias a", "merci à",
    "danke an", "dank aan", "obrigado ao", "obrigada ao", "obrigado à", "obrigada à",
    "merci", "gracias", "grazie", "obrigado", "obrigada", "bedankt", "tack", "takk",
    "kiitos", "dzięki", "díky", "köszi", "köszönöm", "mulțumesc", "hvala", "hola", "ciao",
    "salut", "hej", "hei", "moin", "ahoj", "szia", "cześć", "bonjour", "buongiorno",
    "ευχαριστώ", "teşekkürler", "спасибо", "дякую", "kedves", "bună", "buna", "hoi",
    "morning", "good morning", "γεια σας", "γεια", "здравствуйте", "привет", "dobrý den",
    "dzień dobry", "dag", "goedemorgen", "buenos días", "bom dia", "bonsoir", "tere",
    "labas", "sveiki", "bok", "zdravo", "živjo", "merhaba", "selam", "bonġu", "bongu",
    // the phone greeting before the name ("u telefonu novák"), "X speaks"
    // (pt "fala"), "here" (fi "tässä"), "I" (tr "ben"), and Greek's
    // article before a name ("είμαι ο γιάννης")
    "u telefonu", "pri telefonu", "przy telefonie", "fala", "tässä", "ben", "its",
    "είμαι ο", "είμαι η", "λέγομαι", "με λένε ο", "με λένε η",
];

/// Phrases a speaker says after their own name ("Lefebvre à l'appareil",
/// "Anna speaking", "Müller hier,"), each matched after a space.
#[rustfmt::skip]
const AFTER_NAME: &[&str] = &[
    "speaking", "here", "à l'appareil", "am apparat", "am telefon", "hier", "aan de lijn",
    "al habla", "al aparato", "al telefono", "al telefone", "przy telefonie", "u telefonu",
    "puhelimessa", "i telefonen", "ved telefonen", "på linjen", "la telefon", "a telefonnál",
    "pri telefonu", "na telefonu", "у телефона", "на телефоне", "на телефоні",
    // "I am" in Basque and Hungarian
    "naiz", "vagyok",
    // fr "Quentin Leclerc ici"
    "ici",
    // who wrote or replied: a notification's title ("Pilar replied"), a
    // quoted mail's header ("On Mon, Anna Berg wrote:")
    "replied", "wrote", "commented", "schrieb", "a écrit", "ha scritto", "escribió", "schreef",
    "skrev", "napisał", "napisała",
];

/// What a customer says of the agent they name, right after the name
/// ("Emily was very helpful", "Sofía fue muy amable", "then Liz hung up on
/// me"): words follow, so no mark needs to end the clause.
#[rustfmt::skip]
const PRAISE: &[&str] = &[
    "was very", "was so", "was really", "was super", "was extremely", "was incredibly",
    "was lovely", "was amazing", "was brilliant", "was great", "was fantastic", "was helpful",
    "was rude", "hung up", "fue muy", "fue súper", "war sehr", "war super", "war total",
    "était très", "était super", "a été très", "è stata molto", "è stato molto", "foi muito",
    "foi super", "var mycket", "var väldigt", "var meget", "var veldig", "was erg", "was heel",
    "oli tosi", "oli todella", "oli erittäin", "był bardzo", "była bardzo", "byl velmi",
    "byla velmi", "bol veľmi", "bola veľmi", "a fost foarte", "çok ilgiliydi", "ήταν πολύ",
];

/// Phrases of `AFTER_NAME` that are verbs ending their clause.
const VERB_FINAL: &[&str] = &["naiz", "vagyok"];

/// The most words before a phrase of `AFTER_NAME` that may be the name's
/// (a given name and two surnames, "Asier Olaizola Zubizarreta naiz").
const MAX_WORDS_BEFORE: usize = 3;

/// The most words after the given name that may still be the name's
/// ("gaja kuziora", "anna van der berg").
const MAX_MORE_WORDS: usize = 3;

/// The patterns `find_spoken_introductions`, `find_names_before_phrases`
/// and `find_particle_names` search for, in that order (see
/// `census`).
pub(crate) fn spoken_phrase_patterns() -> [Vec<String>; 3] {
    [
        introduction_patterns(),
        after_name_patterns(),
        particle_patterns(),
    ]
}

/// Self-introductions, then name announcements (`announced`): one search
/// finds both, and the pattern's index tells them apart.
fn introduction_patterns() -> Vec<String> {
    let mut patterns = phrase_patterns(INTRODUCTIONS);
    patterns.extend(phrase_patterns(super::announced::ANNOUNCEMENTS));
    patterns
}

/// How many patterns the self-introductions make.
fn introduction_count() -> usize {
    static COUNT: OnceLock<usize> = OnceLock::new();
    *COUNT.get_or_init(|| phrase_patterns(INTRODUCTIONS).len())
}

fn phrase_patterns(phrases: &[&str]) -> Vec<String> {
    let mut patterns = Vec::with_capacity(phrases.len() * 2);
    for phrase in phrases.iter().flat_map(|p| apostrophes(p)) {
        patterns.push(format!("{phrase} "));
        let mut chars = phrase.chars();
        if let Some(first) = chars.next().filter(|c| !c.is_ascii()) {
            patterns.push(format!("{}{} ", first.to_uppercase(), chars.as_str()));
        }
    }
    patterns
}

/// `AFTER_NAME`, then `PRAISE` (which a word follows): the pattern's index
/// tells them apart.
fn after_name_patterns() -> Vec<String> {
    let phrases = AFTER_NAME.iter().flat_map(|p| apostrophes(p));
    let mut patterns: Vec<String> = phrases.map(|p| format!(" {p}")).collect();
    patterns.extend(PRAISE.iter().map(|p| format!(" {p} ")));
    patterns
}

/// How many patterns `AFTER_NAME` makes.
fn after_name_count() -> usize {
    static COUNT: OnceLock<usize> = OnceLock::new();
    *COUNT.get_or_init(|| AFTER_NAME.iter().flat_map(|p| apostrophes(p)).count())
}

/// Surname particles between two words, with the spaces around them
/// (`" van "`, `" de "`).
fn particle_patterns() -> Vec<String> {
    // Not "y" and "e": between two words they mean "and".
    let particles = PARTICLES.iter().filter(|p| p.len() > 1);
    particles.map(|p| format!(" {p} ")).collect()
}

fn introductions() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| phrase_automaton(introduction_patterns(), AhoCorasickKind::ContiguousNFA))
}

/// Is `w` one of the self-introductions' words (`bjr`, `hallo`, `ici`)?
fn is_introduction_word(w: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(INTRODUCTIONS)).contains(w)
}

fn after_name_phrases() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| phrase_automaton(after_name_patterns(), AhoCorasickKind::ContiguousNFA))
}

fn particles_between_words() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| phrase_automaton(particle_patterns(), AhoCorasickKind::DFA))
}

/// A phrase as typed and, when it has an apostrophe, with the typographic
/// one that word processors and phones put in (`je m’appelle`).
fn apostrophes(phrase: &str) -> impl Iterator<Item = String> {
    let typographic = phrase.contains('\'').then(|| phrase.replace('\'', "’"));
    std::iter::once(phrase.to_string()).chain(typographic)
}

/// Phrases matched in any ASCII case, longest first, by an automaton of
/// `kind` (which changes the speed, never the matches).
///
/// Only lines whose census holds one of the phrases are searched. For the
/// hundreds of introductions and after-name phrases, DFAs cost up to 30M
/// instructions to build at start, more than their faster search saved on
/// a 5 MB input dense with speech: a contiguous NFA builds in a fraction
/// of that. The few short particles build a small DFA, and lines hold
/// `" de "` often enough for its search to pay.
fn phrase_automaton(
    patterns: impl IntoIterator<Item = String>,
    kind: AhoCorasickKind,
) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(kind))
        .build(patterns)
        .expect("valid phrases")
}

impl NameFinder {
    /// Calls `found(start, end)` for each name a speaker gives before a
    /// phrase such as "à l'appareil", or a customer before words of praise
    /// ("Emily was very helpful"): one or two words, each a name the lists
    /// hold and nothing else or a word no list knows, one of them listed;
    /// the phrase ends its clause, or praises.
    pub(crate) fn find_names_before_phrases(
        &self,
        line: &[u8],
        mut found: impl FnMut(usize, usize),
    ) {
        for m in after_name_phrases().find_iter(line) {
            // "I am" closes its clause in a verb-final language
            // ("… naiz eta …"); other phrases need a mark after them.
            let verb = line
                .get(m.end())
                .map_or(true, |b| !b.is_ascii_alphanumeric() && *b < 0x80)
                && VERB_FINAL
                    .iter()
                    .any(|v| line[m.start() + 1..m.end()].eq_ignore_ascii_case(v.as_bytes()));
            // An emoji after a space ends it too ("rakib here 👋").
            let emoji = line.get(m.end()) == Some(&b' ') && line.get(m.end() + 1) >= Some(&0xf0);
            let praise = m.pattern().as_usize() >= after_name_count();
            let ends_clause = verb
                || emoji
                || praise
                || line.get(m.end()).map_or(true, |b| {
                    matches!(b, b',' | b'.' | b'!' | b'"' | b'\'' | b';' | b':')
                });
            if !ends_clause {
                continue;
            }
            let mut start = m.start();
            let mut listed = false;
            for _ in 0..MAX_WORDS_BEFORE {
                let mut from = start;
                while from > 0 && (line[from - 1].is_ascii_alphabetic() || line[from - 1] >= 0x80) {
                    from -= 1;
                }
                let Ok(w) = std::str::from_utf8(&line[from..start]) else {
                    break;
                };
                // "bjr quentin leclerc ici": the greeting before the name
                // is none of it.
                if w.is_empty()
                    || !w.chars().all(char::is_alphabetic)
                    || !self.may_be_surname(w)
                    || is_introduction_word(w)
                {
                    break;
                }
                listed |= self.db.lookup(w).strong();
                start = from;
                if start < 2 || line[start - 1] != b' ' {
                    break;
                }
                start -= 1;
            }
            let start = if line[start] == b' ' {
                start + 1
            } else {
                start
            };
            // Praise follows a name standing alone, not the end of an id
            // (`DE-3NMS-Kate was very late`).
            let alone = start == 0 || matches!(line[start - 1], b' ' | b'"' | b'\'' | b'(');
            if listed && start < m.start() && (alone || !praise) {
                found(start, m.start());
            }
        }
    }

    /// Calls `found(start, end)` for each name written in lower case and
    /// held together by a surname particle (`pleun van der kint was …`,
    /// `maria dos santos`): a clear given name, particles, then a listed
    /// surname or a word no list knows. Capitalised names are the text
    /// finders'; in lower case the particle is what makes the name.
    pub(crate) fn find_particle_names(&self, line: &[u8], mut found: impl FnMut(usize, usize)) {
        for m in particles_between_words().find_iter(line) {
            let from = line[..m.start()]
                .iter()
                .rposition(|&b| !(b.is_ascii_alphabetic() || b >= 0x80 || b == b'-'))
                .map_or(0, |i| i + 1);
            let Ok(given) = std::str::from_utf8(&line[from..m.start()]) else {
                continue;
            };
            if !given.starts_with(|c: char| c.is_lowercase()) || !self.is_clear_given_name(given) {
                continue;
            }
            // More particles ("van der", "de la"), then the surname.
            let mut pos = m.end();
            let mut rest = valid_utf8_prefix(&line[pos..line.len().min(pos + 64)]);
            loop {
                let len = spoken_word(rest);
                let w = &rest[..len];
                if len > 0 && is_particle(w) && rest[len..].starts_with(' ') {
                    pos += len + 1;
                    rest = &rest[len + 1..];
                    continue;
                }
                let known = self.db.lookup(w);
                let surname = known.surname || !known.any() && !known.ambiguous;
                if len >= 2 && surname && !is_log_vocabulary(w, known) && !is_not_name(w) {
                    found(from, pos + len);
                }
                break;
            }
        }
    }

    /// Calls `found(start, end)` for each name right after a
    /// self-introduction.
    pub(crate) fn find_spoken_introductions(
        &self,
        line: &[u8],
        mut found: impl FnMut(usize, usize),
    ) {
        for m in introductions().find_iter(line) {
            // The phrase starts a word: "tu " is not the end of "statu ".
            let at_word = m.start() == 0 || {
                let b = line[m.start() - 1];
                !(b.is_ascii_alphanumeric() || b >= 0x80 || matches!(b, b'_' | b'\''))
            };
            if !at_word {
                continue;
            }
            let rest = valid_utf8_prefix(&line[m.end()..line.len().min(m.end() + 128)]);
            let name = if m.pattern().as_usize() < introduction_count() {
                self.introduced_name(rest).map(|len| (0, len))
            } else {
                self.announced_name(rest)
            };
            if let Some((a, b)) = name {
                found(m.end() + a, m.end() + b);
            }
        }
    }

    /// The byte length of the name opening `s`: a given name in any case,
    /// then the words after it that may be the rest of the name. A given
    /// name in lower case that is also a word ("chiara", "karl", "poppy")
    /// counts only when a surname that is no frequent word follows it
    /// ("sono chiara cattaneo", not "sono chiara e semplice").
    pub(super) fn introduced_name(&self, s: &str) -> Option<usize> {
        let first = spoken_word(s);
        let given = &s[..first];
        // "obrigado Sra. amorim": a form of address is the honorific
        // finder's, and its name follows the dot.
        // "buongiorno sono luca ferrari": a greeting, then a phrase of its
        // own that introduces the name.
        if is_honorific(given) || is_introduction_word(given) {
            return None;
        }
        let clear = self.is_clear_given_name(given);
        // "you're through to kirsteen how can i help": an agent's greeting
        // that offers help right after one word says the word is a name,
        // listed or not.
        if !clear && offers_help(&s[first..]) && self.may_be_unlisted_name(given) {
            return Some(first);
        }
        if !clear && !self.may_be_given_name(given) {
            return None;
        }
        // "volám sa Marek Hudák", "ovdje Ana,": written with its capital
        // after the phrase, a listed given name is one, word or not.
        let capitalised = given.starts_with(char::is_uppercase)
            && given.chars().skip(1).all(|c| !c.is_uppercase());
        let mut confirmed = capitalised || clear;
        let mut end = first;
        let mut pos = first;
        let mut after_particle = false;
        for i in 0..MAX_MORE_WORDS {
            if !s[pos..].starts_with(' ') {
                break;
            }
            let len = spoken_word(&s[pos + 1..]);
            let w = &s[pos + 1..pos + 1 + len];
            // "обажда се георги петров номерът ми е": "the number" ends it.
            if is_after_introduced_name(w) {
                break;
            }
            // A listed surname, frequent word or not, where the name ends
            // after it or after one more surname ("soy alba serrano sanz mi
            // número", "sono luca ferrari il mio").
            let rest = &s[pos + 1 + len..];
            let ends_name =
                ends_introduced_name(rest) || i == 0 && self.one_more_surname_ends_name(rest);
            let frequent_surname = ends_name && self.is_listed_surname(w);
            let surname = if i == 0 {
                confirmed |= frequent_surname;
                frequent_surname || self.may_follow_given_name(w)
            } else if after_particle {
                // "Wout De Backer": after a particle, as right after the given name.
                self.may_follow_given_name(w)
            } else {
                frequent_surname || self.may_be_surname(w)
            };
            // In text written with capitals the surname has one too:
            // "du pratar med Åsa på kundservice".
            let cased_out = capitalised && !is_particle(w) && !w.starts_with(char::is_uppercase);
            if len == 0 || cased_out || !(is_particle(w) || surname) {
                break;
            }
            pos += 1 + len;
            after_particle = is_particle(w);
            if !after_particle {
                end = pos;
                let known = self.db.lookup(w);
                confirmed |= known.surname && !known.common;
                // One word no list knows is the surname ("gaja kuziora");
                // after it come the words of a language the lists do not
                // cover ("täällä jaakko soittakaa takaisin").
                if !known.any() {
                    break;
                }
            }
        }
        confirmed.then_some(end)
    }

    /// Does `rest` (after a word) go on with one surname, listed or a word
    /// no list knows, and then end the name?
    fn one_more_surname_ends_name(&self, rest: &str) -> bool {
        let Some(rest) = rest.strip_prefix(' ') else {
            return false;
        };
        let len = spoken_word(rest);
        let w = &rest[..len];
        len > 0
            && !is_after_introduced_name(w)
            && (self.is_listed_surname(w) || self.may_be_unlisted_name(w))
            && ends_introduced_name(&rest[len..])
    }

    /// A word of letters that is no ordinary word or log vocabulary: a
    /// name the lists may not hold ("kirsteen", "meritxell").
    pub(crate) fn may_be_unlisted_name(&self, w: &str) -> bool {
        let known = self.db.lookup(w);
        w.chars().count() >= 2
            && w.chars().all(char::is_alphabetic)
            && !known.ordinary
            && !is_log_vocabulary(w, known)
            && !is_not_name(w)
    }

    /// Listed as a given name, maybe a word too, but not a frequent one
    /// nor log vocabulary ("karl", "poppy"; not "will" or "min").
    pub(crate) fn may_be_given_name(&self, w: &str) -> bool {
        let known = self.db.lookup(w);
        !w.is_empty() && known.given && !is_log_vocabulary(w, known) && !is_not_name(w)
    }

    /// The word right after a given name, which can be its surname: as
    /// `may_be_surname`, or a listed surname that is a rare word too
    /// ("z tej strony aleksandra mazur", "hier ist anna schmidt", though
    /// English text makes "schmidt" a frequent word; not "ich bin anna und").
    fn may_follow_given_name(&self, w: &str) -> bool {
        let known = self.db.lookup(w);
        self.may_be_surname(w)
            || known.surname && !known.common && !in_log_words(w) && !is_not_name(w)
    }

    /// A listed surname, frequent word or not, that is no log vocabulary
    /// ("wolf", "costa", "yıldız"). (Its caller has already stopped at a
    /// word that follows a name, `is_after_introduced_name`.)
    fn is_listed_surname(&self, w: &str) -> bool {
        w.chars().nth(1).is_some()
            && self.db.lookup(w).surname
            && !in_log_words(w)
            && !is_not_name(w)
    }

    /// Listed as a given name and as nothing else: no ordinary word, no log
    /// vocabulary, no word that follows role words ("support").
    pub(super) fn is_clear_given_name(&self, w: &str) -> bool {
        !w.is_empty() && is_clear_given(w, self.db.lookup(w))
    }

    /// A word after a clear given name that can be its surname
    /// (`is_surname_like`: "kuziora", not "calling" or "and").
    fn may_be_surname(&self, w: &str) -> bool {
        is_surname_like(w, self.db.lookup(w))
    }
}

/// Words that follow a name a speaker gives ("hier ist uwe wolf meine
/// nummer", "sono marco greco il mio", "ben elif yıldız numaram"): "and",
/// "my" and the like, which make the word before them the name's last.
#[rustfmt::skip]
const AFTER_INTRODUCED_NAME: &[&str] = &[
    "and", "my", "from", "calling", "und", "meine", "mein", "aus", "y", "mi", "e", "il", "et",
    "mon", "ma", "en", "mijn", "och", "min", "mitt", "og", "ja", "és", "moje", "moja", "mój",
    "ve", "numaram", "numarım", "și", "o", "meu", "minha", "το", "и", "мой", "мій", "in",
    // bg, sr, is, lv, lt, lb, mt: "my number", "the number"
    "номерът", "моят", "мој", "број", "númerið", "mans", "mano", "meng", "in-numru",
];

/// What an agent says after their name to offer help, as speech-to-text
/// writes it (lower case, no comma): "how can i help", "was kann ich für
/// sie tun", "en qué puedo ayudarle"…
const HELP_OFFERS: &[&str] = &[
    "how can i",
    "how may i",
    "what can i",
    "was kann ich",
    "wie kann ich",
    "waarmee kan ik",
    "hoe kan ik",
    "que puis-je",
    "comment puis-je",
    "en qué puedo",
    "en que puedo",
    "cómo puedo",
    "como puedo",
    "em que posso",
    "como posso",
    "come posso",
    "in cosa posso",
    "hva kan jeg",
    "hvordan kan jeg",
    "vad kan jag",
    "hur kan jag",
    "hvad kan jeg",
    "hvordan kan jeg",
    "miten voin",
    "kuidas saan",
    "cu ce vă pot",
    "cu ce va pot",
    "size nasıl",
    "jak mogę",
    "w czym mogę",
    "jak vám mohu",
    "s čím vám",
    "miben segíthetek",
    "kako vam mogu",
    "kako vam lahko",
    "πώς μπορώ",
    "чем могу",
    "як я можу",
    "чим можу",
];

/// Does `rest` (the text after a word) open with an offer of help, one
/// space after it? (Not after a comma: "Γεια σας, πώς μπορώ" greets
/// "you" in written text.)
fn offers_help(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    HELP_OFFERS.iter().any(|o| {
        rest.len() >= o.len()
            && rest.is_char_boundary(o.len())
            && rest[..o.len()].eq_ignore_ascii_case(o)
    })
}

fn is_after_introduced_name(w: &str) -> bool {
    AFTER_INTRODUCED_NAME
        .iter()
        .any(|a| w.eq_ignore_ascii_case(a))
}

/// Does `rest`, the text after a word, end the name there: the end of the
/// text, a mark, or a word of `AFTER_INTRODUCED_NAME`?
fn ends_introduced_name(rest: &str) -> bool {
    match rest.strip_prefix(' ') {
        Some(rest) => is_after_introduced_name(&rest[..letters(rest)]),
        None => rest
            .chars()
            .next()
            .map_or(true, |c| matches!(c, ',' | '.' | '!' | '?' | '"' | ';')),
    }
}

/// The length of the word of letters (with inner `-` and `'`) opening `s`;
/// 0 when the word runs on into digits, an address or an identifier
/// ("anna2", "anna.k@…", "anna_k").
fn spoken_word(s: &str) -> usize {
    let end = letters(s);
    let glued = match s[end..].chars().next() {
        Some(c) if c.is_alphanumeric() || matches!(c, '_' | '@' | '/' | '\\') => true,
        Some('.') => s[end + 1..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric),
        _ => false,
    };
    if glued {
        0
    } else {
        end
    }
}

pub(super) fn letters(s: &str) -> usize {
    let mut end = 0;
    let mut prev_letter = false;
    for (i, c) in s.char_indices() {
        if c.is_alphabetic() {
            prev_letter = true;
            end = i + c.len_utf8();
        } else if matches!(c, '-' | '\'') && prev_letter {
            prev_letter = false;
        } else {
            break;
        }
    }
    end
}
