//! Which script a letter or a word is written in, as the name finders
//! need to know it: with case or without, joined to the letter before it,
//! or a run too long to be one part of a name.

/// Does `word` open in Cyrillic, Greek or Armenian: the alphabets with
/// case besides Latin, whose words the name lists know few of?
pub(super) fn is_cased_non_latin(word: &str) -> bool {
    word.chars().next().is_some_and(|c| {
        matches!(c as u32, 0x0370..=0x03FF | 0x1F00..=0x1FFF | 0x0400..=0x052F | 0x0531..=0x058F)
    })
}

/// The kind of alphabet a word opens in. A name keeps to one: a sequence
/// of capitalised words that changes kind is two (`Courier עומר`,
/// `Опашка Legal-Prep`, "queue Legal-Prep").
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ScriptKind {
    /// Latin, and the Han, kana and Hangul words `is_uncased_letter` reads.
    Latin,
    /// Cyrillic, Greek, Armenian.
    CasedNonLatin,
    /// Arabic, Hebrew, Georgian, the Indic scripts, Thai.
    Caseless,
}

pub(super) fn script_kind(word: &str) -> ScriptKind {
    if word.as_bytes().first().is_some_and(u8::is_ascii) {
        ScriptKind::Latin
    } else if word.starts_with(is_caseless_letter) {
        ScriptKind::Caseless
    } else if is_cased_non_latin(word) {
        ScriptKind::CasedNonLatin
    } else {
        ScriptKind::Latin
    }
}

/// A letter of an alphabet without case (Arabic, Hebrew, Georgian),
/// not one of the Han, Kana and Hangul words `is_uncased_letter` reads.
pub(super) fn is_caseless_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase() && !is_uncased_letter(c)
        || is_mkhedruli(c)
}

/// Georgian's everyday letters (Mkhedruli): Unicode files them as lower
/// case since it added capitals (Mtavruli) that text writes only in
/// headings, so a Georgian name opens with no capital.
pub(super) fn is_mkhedruli(c: char) -> bool {
    matches!(c, '\u{10D0}'..='\u{10FA}' | '\u{10FD}'..='\u{10FF}')
}

/// A mark that belongs to the letter before it and is no letter itself:
/// the virama and nukta of the Indic scripts (`लक्ष्मी` holds two viramas),
/// Thai's tone marks and silencer (`วีระพงษ์`) and the combining accents
/// of decomposed Latin (`Jose\u{301}`), and the zero-width (non-)joiner
/// Persian and the Indic scripts write inside a word (`امین‌زاده`).
pub(super) fn is_joining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0E47..=0x0E4E | 0x200C..=0x200D)
        || matches!(c as u32, 0x0900..=0x0DFF) && matches!(c as u32 & 0x7F, 0x3C | 0x4D)
}

/// A Hangul syllable: Korean writes a name as one word of them (`김민준`).
pub(super) fn is_hangul_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7AF}').contains(&c)
}

pub(super) fn is_uncased_letter(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x3040..=0x30FF | 0x3130..=0x318F | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// The most characters of a name part in a script without spaces
/// between words (a Korean surname and given name, a Japanese family name).
const MAX_UNCASED_NAME_PART: usize = 4;

/// Does `w` open with a run of Han, kana or Hangul longer than a name
/// part (`월요일부터`, "from Monday")?
pub(super) fn is_longer_than_uncased_name_part(w: &str) -> bool {
    w.chars().take_while(|&c| is_uncased_letter(c)).count() > MAX_UNCASED_NAME_PART
}

/// Thai writes a clause's words without spaces between them: a run longer
/// than a name part (`เราได้ดำเนินการคืนเงินแล้ว`, "we have refunded") is
/// a clause. Counted in chars, marks included (`วงศ์สวัสดิ์` holds 11).
pub(super) fn is_thai_clause(w: &str) -> bool {
    const MAX_THAI_NAME_PART: usize = 15;
    w.starts_with(|c: char| ('\u{0E00}'..='\u{0E7F}').contains(&c))
        && w.chars().count() > MAX_THAI_NAME_PART
}

/// The bytes of the run of characters `keep` takes at the end of `s`
/// (the name before an honorific or a greeting, `王婷婷` in `王婷婷，您好`).
pub(super) fn trailing_run_len(s: &str, keep: impl Fn(char) -> bool) -> usize {
    s.chars()
        .rev()
        .take_while(|&c| keep(c))
        .map(char::len_utf8)
        .sum()
}
