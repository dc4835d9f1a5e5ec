//! A name's particles beside it: `ibn` before `Hamza Taha`, ` al-Zahrani`
//! or ` d'Aubigny` after `Élodie`. A finder that reads words takes the
//! capitalised ones and leaves the lower-case particle that joins them
//! (`bint [name]`), or stops at a surname glued to its particle; the
//! particle and the surname after it are the name's. So is a given name
//! after a comma, in a record's "Surname, Given" order.

use super::repeats::is_free;
use super::Scratch;
use crate::name::NameFinder;
use crate::policy::Kind;

/// Particles that open a surname and stand for nothing else, before a
/// name found. (Not `de`, `van` or `von` alone: "Anruf von [name]" and
/// "llamada de [name]" say who called; nor `bin`: "ich bin [name]".)
const BEFORE: &[&str] = &[
    "ibn ", "bint ", "binti ", "Ó ", "Ní ", "Nic ", "Uí ", "Mac ", "van der ", "van den ",
    "van de ", "von der ", "de la ",
];

/// Particles after a name found, each before a surname: glued to it
/// (`al-`, `d'`) or a word of their own.
const AFTER: &[&str] = &[
    " al-",
    " el-",
    " d'",
    " bin ",
    " bint ",
    " ibn ",
    " Ó ",
    " Ní ",
    " van der ",
    " van den ",
    " von der ",
    " de la ",
    " del ",
    " della ",
    " dos ",
    " das ",
    // Filipino, Welsh
    " delos ",
    " dela ",
    " ap ",
];

/// Extends each name finding over the particles beside it, and after it
/// over the surname the particle opens, where those bytes hold no other
/// finding, protected span or replacement.
pub(super) fn extend_names_over_particles(line: &[u8], s: &mut Scratch) {
    for i in 0..s.findings.len() {
        let f = s.findings[i];
        if f.kind != Kind::Name {
            continue;
        }
        let mut start = f.start;
        while let Some(p) = BEFORE.iter().find(|p| {
            line[..start].ends_with(p.as_bytes())
                && (start == p.len() || !line[start - p.len() - 1].is_ascii_alphanumeric())
        }) {
            start -= p.len();
        }
        let mut end = f.end;
        if let Some(p) = AFTER.iter().find(|p| line[end..].starts_with(p.as_bytes())) {
            let word = capitalised_word_len(&line[end + p.len()..]);
            if word > 0 {
                end += p.len() + word;
            }
        }
        let free = |a: usize, b: usize| a == b || is_free(s, a, b);
        if free(start, f.start) && free(f.end, end) {
            s.findings[i].start = start;
            s.findings[i].end = end;
        }
    }
}

/// `Kunde Müller, Elena hat angerufen`: after a name found, a comma and a
/// listed name that is nothing else, ending the name (no capitalised word
/// after it), is its given name in a record's order. After a surname
/// alone, a listed given name that is a word too counts
/// (`Kunde Molnárová, Veronika, Fahrzeug …`), and so does a word the
/// lists lack where the record ends with it (`Kunde Beridze, Sopho: …`,
/// `titular Etxeberria, Maialen`), if it is no ordinary word or log
/// vocabulary.
pub(super) fn extend_names_over_given_after_comma(
    line: &[u8],
    names: &NameFinder,
    s: &mut Scratch,
) {
    for i in 0..s.findings.len() {
        let f = s.findings[i];
        if f.kind != Kind::Name || !line[f.end..].starts_with(b", ") {
            continue;
        }
        let given = f.end + 2;
        let len = capitalised_word_len(&line[given..]);
        let end = given + len;
        if len < 2 {
            continue;
        }
        let more = line.get(end) == Some(&b' ') && capitalised_word_len(&line[end + 1..]) > 0;
        let record_ends = matches!(line.get(end), None | Some(b':' | b';' | b')' | b']' | b'<'));
        let surname_alone = memchr::memchr(b' ', &line[f.start..f.end]).is_none();
        let word = std::str::from_utf8(&line[given..end]).unwrap_or_default();
        let given_name = names.is_clear_name(&line[given..end])
            || surname_alone
                && !word.chars().skip(1).any(char::is_uppercase)
                && names.may_be_given_name(word)
            || surname_alone
                && record_ends
                // not the next key of a printed record (`ConnectedLineNum:`)
                && !line[given + 1..end].iter().any(u8::is_ascii_uppercase)
                && names.may_be_unlisted_name(word);
        if !more && given_name && is_free(s, f.end, end) {
            s.findings[i].end = end;
        }
    }
}

/// The length of the capitalised word (letters, inner `-` and `'`)
/// opening `text`, or 0.
fn capitalised_word_len(text: &[u8]) -> usize {
    let text = crate::name::valid_utf8_prefix(&text[..text.len().min(64)]);
    let mut chars = text.char_indices();
    if !chars.next().is_some_and(|(_, c)| c.is_uppercase()) {
        return 0;
    }
    chars
        .find(|&(_, c)| !(c.is_alphabetic() || c == '-' || c == '\''))
        .map_or(text.len(), |(i, _)| i)
}
