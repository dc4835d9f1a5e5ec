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
    pub(super) fn opens_message_as_vocative(&self, s: &str, a: usize, b: usize) -> bool {
        let text = &s[a..b];
        let latin = text.chars().all(|c| c < '\u{0370}');
        if !latin && !self.db.lookup(text).given {
            return false;
        }
        let opens = s[..a].ends_with('"') || s[..a].ends_with(':');
        let rest = &s[b..];
        let next = rest.get(2..).unwrap_or_default();
        let next = &next[..next.find([' ', ',', '!']).unwrap_or(next.len())];
        opens
            && rest.starts_with(", ")
            && ADDRESSEE_WORDS.contains(&next)
            && !is_phrase_word(text)
            && self.may_be_unlisted_name(text)
    }

    /// `subject="Your interview, Bjarmi"`, `"See you soon, Renata!"`: a
    /// quoted message that ends by addressing someone (a comma, one word,
    /// the closing quote) names them if the lists hold the word as a given
    /// name and as no ordinary word (`"Done, Thanks"`, `"Ready, Set"`).
    pub(super) fn closes_message_as_vocative(&self, s: &str, a: usize, b: usize) -> bool {
        let text = &s[a..b];
        let rest = s[b..].strip_prefix(['!', '.']).unwrap_or(&s[b..]);
        if !(s[..a].ends_with(", ") && rest.starts_with('"')) || is_phrase_word(text) {
            return false;
        }
        let known = self.db.lookup(text);
        known.given && !known.common && !is_log_vocabulary(text, known)
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
