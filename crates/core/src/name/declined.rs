//! Names with the case ending a European language adds to them
//! (`Annának`, `Piotra`, `Lindqvists`): the stem the lists hold, and a
//! given name alone in its case in a sentence.

use super::*;

impl NameFinder {
    /// A name the lists hold, with the case ending a European language
    /// adds to it: the genitive `s` of German and the Scandinavian
    /// languages on a surname (`Lindqvists`), Hungarian's suffixes
    /// (`Zsoltnak`, `Gergelytől`), the Slavic instrumental and dative
    /// (`Szczepaniakiem`, `Zvonimirom`, `Julii`, `Kamińskiej`), Baltic datives
    /// (`Gretai`) and accusatives (`Ozolu`), Icelandic's oblique cases
    /// (`Jónssyni`), the Finnish genitive (`Virtasen`). What the lists
    /// know of the name, if it is no frequent word, and the ending taken off.
    pub(super) fn inflected_name(&self, text: &str) -> Option<(Known, &'static str)> {
        INFLECTIONS.iter().find_map(|&(ending, base)| {
            let stem = text.strip_suffix(ending)?;
            if stem.chars().count() < 3 {
                return None;
            }
            let mut buf = [0u8; 64];
            let name = join_into(stem, base, &mut buf)?;
            let known = self.db.lookup(name);
            let surname_only = ending == "s";
            (known.any()
                && !known.common
                && !is_log_vocabulary(name, known)
                && (!surname_only || known.surname))
                .then_some((known, ending))
        })
    }

    /// `Nie mogę się dodzwonić do Piotra`, `Kérem, adják át Annának`: one
    /// capitalised word inside a sentence that no list holds, whose stem
    /// with its case ending taken off is a clear given name. The word
    /// before it is a sentence's (a letter or a comma ends it), and
    /// punctuation or a space ends the word. The genitive `s` of German
    /// and the Scandinavian languages counts on surnames only, and German
    /// nouns are capitalised: `Rosen` is no `Rose`'s. An ending of one
    /// letter follows a consonant (`Piotr-a`; `Fennia`, an insurer, is no
    /// `Fenni`'s).
    pub(super) fn is_declined_given_name(&self, s: &str, a: usize, b: usize) -> bool {
        let text = &s[a..b];
        let in_sentence = s[..a]
            .strip_suffix(' ')
            .and_then(|head| head.chars().next_back())
            .is_some_and(|c| c.is_alphabetic() || c == ',');
        let ends = s[b..].chars().next().map_or(true, |c| {
            matches!(c, ' ' | ',' | '.' | '!' | '?' | ';' | ')' | '"')
        });
        if !(in_sentence && ends) || is_phrase_word(text) || is_not_name(text) {
            return false;
        }
        let known = self.db.lookup(text);
        !known.any()
            && !is_log_vocabulary(text, known)
            && self.inflected_name(text).is_some_and(|(stem, ending)| {
                let short = ending.chars().count() == 1;
                stem.given
                    && stem.strong()
                    && !(short && ends_in_vowel(&text[..text.len() - ending.len()]))
            })
    }
}

/// Case endings and what they replace, longest first within a language:
/// a name's dictionary form is the stem and the replacement.
#[rustfmt::skip]
const INFLECTIONS: &[(&str, &str)] = &[
    // tr: a proper name's case ending after an apostrophe (`Şeyma'nın`,
    // `Elif Kaya'ya`, `Mehmet'ten`)
    ("'nın", ""), ("'nin", ""), ("'nun", ""), ("'nün", ""), ("'ın", ""), ("'in", ""),
    ("'un", ""), ("'ün", ""), ("'ya", ""), ("'ye", ""), ("'a", ""), ("'e", ""), ("'dan", ""),
    ("'den", ""), ("'tan", ""), ("'ten", ""), ("'da", ""), ("'de", ""), ("'yla", ""), ("'la", ""), ("'le", ""),
    ("'yle", ""), ("'yı", ""), ("'yi", ""), ("'ı", ""), ("'i", ""), ("'na", ""), ("'ne", ""),
    // hu
    ("éknak", ""), ("éknek", ""), ("nak", ""), ("nek", ""), ("tól", ""), ("től", ""),
    ("val", ""), ("vel", ""), ("hoz", ""), ("hez", ""), ("höz", ""), ("nál", ""), ("nél", ""),
    ("ról", ""), ("ről", ""), ("ért", ""),
    // hu: a final a or e lengthens before the suffix (`Annának`, `Leventének`)
    ("ának", "a"), ("ától", "a"), ("ával", "a"), ("ének", "e"), ("étől", "e"), ("ével", "e"),
    // pl, cs, sk, hr/sr/bs, sl; the Polish genitive (`od Bartosza
    // Jabłońskiego`, `Małgorzaty Zawadzkiej`)
    ("skiej", "ska"), ("ckiej", "cka"), ("kiego", "ki"), ("kiej", "ka"), ("iem", ""), ("em", ""),
    ("om", ""), ("owi", ""), ("ovi", ""), ("ii", "ia"), ("ą", "a"), ("ovou", "ová"), ("y", "a"),
    ("a", ""),
    // cs, sk, hr/sr/bs, sl: the dative (`předána Zuzaně Navrátilové`,
    // `proslijeđen Stjepanu Tomiću`, `predan Marku Novaku`)
    ("ové", "ová"), ("ě", "a"), ("u", ""), ("u", "o"),
    // pl: the genitive of a name in -ka, -ga (`do Moniki`, `od Olgi`); cs,
    // sk: the genitive and accusative of one in a soft consonant (`od
    // Tomáše`, `Ondřeje`; not any `e`: `Zeche Zollverein` is no `Zech`'s)
    // and of an adjectival surname (`Pokorného`)
    ("i", "a"), ("ého", "ý"), ("še", "š"), ("že", "ž"), ("če", "č"), ("ře", "ř"), ("je", "j"),
    // lt: the genitive (`iš Vaidos Jankauskienės`, `Andriaus`)
    ("ės", "ė"), ("os", "a"), ("aus", "us"),
    // lt, lv: datives, the Lithuanian instrumental (`su Tomu Kazlausku`)
    // and the Latvian accusative (`ar Andri Ozolu`)
    ("ai", "a"), ("ei", "ė"), ("ui", "us"), ("ui", "as"), ("umi", "us"), ("ņu", "ņš"), ("u", "as"),
    ("u", "s"), ("u", "a"), ("i", "is"), ("i", "e"),
    // lv: the dative (`nosūtīts Kārlim Bērziņam`)
    ("im", "is"), ("am", "š"), ("am", "s"),
    // is: `frá Einari Jónssyni`, `Ástu Einarsdóttur`
    ("dóttur", "dóttir"), ("syni", "son"), ("ari", "ar"),
    // fi: the genitive of -nen surnames (`Liisa Virtasen asia`)
    ("sen", "nen"),
    // de, da, no, sv: the genitive (surnames only)
    ("s", ""),
];

/// Does `word` end in a vowel of the Latin-script languages that decline
/// names?
fn ends_in_vowel(word: &str) -> bool {
    word.chars()
        .next_back()
        .and_then(|c| c.to_lowercase().next())
        .is_some_and(|c| "aeiouyáéíóúýąęěėīūůőűäöü".contains(c))
}

/// `stem` and `tail` written one after the other into `buf`.
fn join_into<'b>(stem: &str, tail: &str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    let len = stem.len() + tail.len();
    if len > buf.len() {
        return None;
    }
    buf[..stem.len()].copy_from_slice(stem.as_bytes());
    buf[stem.len()..len].copy_from_slice(tail.as_bytes());
    std::str::from_utf8(&buf[..len]).ok()
}
