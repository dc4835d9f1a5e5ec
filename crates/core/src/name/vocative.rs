//! Messages that open by addressing someone: a rendered SMS, push or chat
//! text names its reader first (`title="Madara, we saved your cart"`).

use super::*;

impl NameFinder {
    /// `title="Madara, we saved your cart"`, `text:Ngozi, your order …`: a
    /// message that opens by addressing someone (a given name, a comma,
    /// then "your", "we", "votre", "dein" …) names them, listed or not, if
    /// the word is no ordinary word or log vocabulary. Without the
    /// addressee's word the first word is as often a greeting or a "yes"
    /// of some language (`"Helo, Elin sydd yma"`, `"Ano, tady …"`). In
    /// Cyrillic and Greek, whose ordinary words the lists hold few of
    /// (`"Да, ваш заказ …"`, "yes, your order"), only a listed given name.
    /// A clear given name (`is_clear_given`) before a capitalised word
    /// opens the message too (`body="Diane, Appointment confirmed …"`);
    /// before a lower-case one it is as often a greeting (`"Tere, ma …"`).
    pub(super) fn opens_message_as_vocative(&self, s: &str, a: usize, b: usize) -> bool {
        let text = &s[a..b];
        let opens = s[..a].ends_with('"') || s[..a].ends_with(':');
        let rest = &s[b..];
        if !opens || !rest.starts_with(", ") || is_phrase_word(text) {
            return false;
        }
        let next = rest.get(2..).unwrap_or_default();
        let next = &next[..next.find([' ', ',', '!']).unwrap_or(next.len())];
        let known = self.db.lookup(text);
        if is_clear_given(text, known) && self.opens_message_after_name(next) {
            return true;
        }
        let latin = text.chars().all(|c| c < '\u{0370}');
        if !latin && !known.given {
            return false;
        }
        let addressee = ADDRESSEE_WORDS.contains(&next)
            || ADDRESSEE_WORDS
                .iter()
                .any(|w| starts_as_capitalised(next, w));
        addressee && self.may_be_unlisted_name(text)
    }

    /// Does `next`, after a name and a comma, open the message itself: a
    /// capitalised word that is no given name (`"Tere, Maarika siin"` is a
    /// greeting before the name)?
    fn opens_message_after_name(&self, next: &str) -> bool {
        next.chars().next().is_some_and(char::is_uppercase) && !self.db.lookup(next).given
    }

    /// `subject="Your interview, Bjarmi"`, `"See you soon, Renata!"`: a
    /// quoted message that ends by addressing someone (a comma, one word,
    /// the closing quote) names them if the lists hold the word as a given
    /// name and as no ordinary word (`"Done, Thanks"`, `"Ready, Set"`). So
    /// does a mail's subject a mail server logs at the end of its line
    /// (`postfix/cleanup: … header Subject: Welcome to the fleet, Ayinke`).
    pub(super) fn closes_message_as_vocative(&self, s: &str, a: usize, b: usize) -> bool {
        let text = &s[a..b];
        let rest = s[b..].strip_prefix(['!', '.']).unwrap_or(&s[b..]);
        let closes = rest.starts_with('"') || rest.is_empty() && ends_subject_header(&s[..a]);
        if !(s[..a].ends_with(", ") && closes) || is_phrase_word(text) {
            return false;
        }
        let known = self.db.lookup(text);
        known.given && !known.common && !is_log_vocabulary(text, known)
    }
}

/// Does `before` hold a mail header's `Subject: ` and then the subject's
/// words only, no other field (`;`, `=`, a quote)? The subject then runs
/// to the end of the line.
fn ends_subject_header(before: &str) -> bool {
    let subject = before
        .rfind("Subject: ")
        .or_else(|| before.rfind("subject: "))
        .map(|at| &before[at..]);
    subject.is_some_and(|text| !text.contains([';', '=', '"']))
}

/// Is `word` the lower-case `lower` with its first letter capitalised
/// (`Ваш`, `Váš` for `ваш`, `váš`)?
fn starts_as_capitalised(word: &str, lower: &str) -> bool {
    let (mut w, mut l) = (word.chars(), lower.chars());
    match (w.next(), l.next()) {
        (Some(a), Some(b)) => a.is_uppercase() && a.to_lowercase().eq([b]) && w.eq(l),
        _ => false,
    }
}

/// Words a message to someone goes on with after their name and a comma:
/// "you", "your", "we" and their kin in the languages of Europe, and
/// greetings.
#[rustfmt::skip]
const ADDRESSEE_WORDS: &[&str] = &[
    "you", "your", "we", "our", "dein", "deine", "dir", "ihr", "ihre", "wir", "unser", "votre",
    "vos", "vous", "nous", "ton", "ta", "tes", "tu", "tuo", "tua", "su", "sus", "seu", "sua",
    "je", "jouw", "uw", "wij", "din", "ditt", "dina", "vi", "sinun", "teie", "twoja", "twój",
    "twoje", "vaše", "váš", "vaša", "tvoja", "tvoje",
    // lt, lv, sl, hr/sr, tr; ru, uk, bg, sr (Cyrillic); el
    "jūsų", "jūsu", "vaš", "vašo", "tvoj", "tvůj", "sizin", "siz", "biz",
    "ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вы", "ви", "мы", "ми", "наш", "наша",
    "твой", "твій", "твоя", "ты", "ти", "вашата", "вашият", "вие", "ние", "σας",
    // or a greeting after the name ("Märta, добрый день!", "Наталія,
    // вітаємо!", "Jonas, welcome back")
    "hello", "hi", "welcome", "hallo", "willkommen", "bonjour", "bienvenue", "hola",
    "bienvenido", "bienvenida", "ciao", "benvenuto", "benvenuta", "olá", "welkom", "hej",
    "välkommen", "velkommen", "hei", "tervetuloa", "witaj", "witamy", "ahoj", "vítejte",
    "szia", "merhaba", "tere", "labas", "sveiki", "καλημέρα", "γεια", "добрый", "доброе",
    "привет", "здравствуйте", "добрий", "доброго", "вітаємо", "вітаю", "привіт", "здравей",
    "здравейте", "здраво",
];
