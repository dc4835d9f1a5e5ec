//! Names introduced by a phrase: a greeting, a role, an honorific or an
//! introduction ("this is", "Kunde", "Mme", "soy") right before them.

use super::extent::{name_at, MAX_PHRASE_WORDS};
use super::*;
use crate::census::{Census, PhraseSet};
use crate::needles::Needle;
use crate::occurrences::{occurrences, Occurrences};

/// Role words after which a name typed in lower case may follow ("Le
/// client rowena salonga", "Kunde haoran zhang"): the census looks for
/// them, so lines without one skip that reading.
#[rustfmt::skip]
const ROLES_BEFORE_LOWER_CASE: &[&str] = &[
    "client", "customer", "caller", "kunde", "kundin", "klant", "klient", "klientka", "klientas",
    "klijent", "korisnik", "asiakas", "ügyfél", "zákazník", "müşteri", "cliente", "clientul",
    "clienta", "kund", "kunden", "contact", "requester", "visitor", "agent", "πελάτης", "πελάτη",
    "клиент", "клієнт",
];

/// The patterns of `ROLES_BEFORE_LOWER_CASE` for the census: the word and
/// a space.
pub(crate) fn lower_case_role_patterns() -> Vec<String> {
    ROLES_BEFORE_LOWER_CASE
        .iter()
        .map(|r| format!("{r} "))
        .collect()
}

/// The most spaces before a possible role word that `find_in_text` keeps
/// for the role search; on a line with more it walks the spaces again.
const ROLE_SPACES: usize = 8;

/// The offsets of `line`'s spaces, in order, as `memchr_iter(b' ', line)`
/// gives them. Spaces are a few bytes apart, where each of memchr's
/// searches costs more in setting up than it saves.
pub(crate) fn spaces(line: &[u8]) -> Occurrences<'_, 1> {
    occurrences(line, [b' '])
}

impl NameFinder {
    /// Calls `found(start, end)` for each name introduced by a phrase,
    /// then (`with_roles`) for each name before a postposed role word.
    /// Looked at from the name's side: only a capital (or a letter of an
    /// uncased script) after a space can start one, and those are few, so
    /// the line is never searched for the hundreds of phrases themselves.
    ///
    /// One walk over the line's spaces serves both searches: walking them
    /// cost as much as either search's work at them. The few spaces where
    /// a role word may open are kept for the second, which comes after all
    /// of the first's names, as when each search walked the spaces itself.
    pub(crate) fn find_in_text(
        &self,
        line: &[u8],
        census: Census,
        with_roles: bool,
        mut found: impl FnMut(usize, usize),
    ) {
        let roles = census.has(PhraseSet::LowerCaseRoles);
        let mut role_spaces = [0; ROLE_SPACES];
        let mut role_count = 0;
        for p in spaces(line).map(|i| i + 1) {
            self.find_after_separator(line, p - 1, p, roles, &mut found);
            if with_roles && opens_like_role(&line[p..]) {
                if let Some(kept) = role_spaces.get_mut(role_count) {
                    *kept = p - 1;
                }
                role_count += 1;
            }
        }
        // A mail or chat body in JSON writes its line breaks as `\n`: the
        // writer's name follows a sign-off there (`Best wishes\nDanny …`).
        for at in census.find_iter(line, Needle::EscapedNewline) {
            self.find_after_separator(line, at, at + 2, false, &mut found);
        }
        // `visitor(Mika): …`, `agent(Jan Novak)`: a role with its person
        // in parentheses, glued. (Most lines hold no `(`: the census says
        // so without a search.)
        if census.holds(line, Needle::OpenParen) {
            for at in memchr::memchr_iter(b'(', line) {
                if at > 0 && line[at - 1].is_ascii_alphabetic() {
                    self.find_after_separator(line, at, at + 1, false, &mut found);
                }
            }
        }
        if role_count > ROLE_SPACES {
            self.find_before_roles(line, spaces(line), &mut found);
        } else {
            let kept = role_spaces[..role_count].iter().copied();
            self.find_before_roles(line, kept, &mut found);
        }
    }

    /// The name introduced by a phrase that ends before the separator at
    /// `sep` (a space, or the `\` of a `\n`), if one starts at `p`.
    fn find_after_separator(
        &self,
        line: &[u8],
        sep: usize,
        p: usize,
        roles: bool,
        found: &mut impl FnMut(usize, usize),
    ) {
        let Some(&b) = line.get(p) else { return };
        // `contact "Mila Fefu"`, `agent (Jan Novak)`: the name may be quoted.
        let name = if matches!(b, b'"' | b'(' | b'\'') {
            p + 1
        } else {
            p
        };
        let Some(&first) = line.get(name) else { return };
        // Every name below follows a phrase, and at most spaces no phrase
        // ends: the last bytes of the word before tell, and a first byte
        // that is no letter, before any word is decoded or looked up.
        if !(first.is_ascii_alphabetic() || first >= 0x80) {
            return;
        }
        let Some(phrase_end) = phrase_word_end(line, sep) else {
            return;
        };
        let particle = first.is_ascii_lowercase() && starts_with_particle(&line[name..]);
        // Every space leads here and few go past the checks below, so the
        // text after `name` is decoded only when a name is read from it.
        // Its first char (at most four bytes) is decoded alone: the same as
        // the first char of the longer prefix, or none for both. An ASCII
        // byte (most of them) is that char.
        let rest = || valid_utf8_prefix(&line[name..line.len().min(name + 256)]);
        let first_char = if first.is_ascii() {
            Some(char::from(first))
        } else {
            valid_utf8_prefix(&line[name..line.len().min(name + 4)])
                .chars()
                .next()
        };
        // Georgian's letters are lower case to Unicode and caseless to its writers.
        let lower = first_char.is_some_and(|c| c.is_lowercase() && !is_mkhedruli(c));
        if lower && !particle {
            // Speech-to-text writes `merci Madame niquille`, `Sra. amorim
            // loureiro`: after a form of address, words in lower case. The
            // form is capitalised or abbreviated with a dot (`in 753 ms by`
            // is milliseconds).
            let end = line[..sep].trim_ascii_end().len();
            let marked = line[..end].ends_with(b".")
                || line
                    .get(word_start(line, end))
                    .is_some_and(|b| b.is_ascii_uppercase() || *b >= 0x80);
            // `Le client rowena salonga a appelé`: after a role (on lines
            // that hold one), a name in lower case needs both its parts
            // listed.
            if !marked && !roles {
                return;
            }
            match self.phrase_ends_before(line, phrase_end) {
                Some(PhraseEnd {
                    honorific: true, ..
                }) if marked => {
                    if let Some(len) = self.lowercase_name_at(rest()) {
                        found(name, name + len);
                    }
                }
                Some(_) if roles => {
                    if let Some(len) = self.lowercase_given_and_surname(rest()) {
                        found(name, name + len);
                    }
                }
                _ => {}
            }
            return;
        }
        if !(first.is_ascii_uppercase() || first >= 0x80 || particle) {
            return;
        }
        // Arabic or Hebrew letters have no case, so nothing but the
        // phrase marks a name there. A phrase in the same script takes the
        // words after it (`اسمي يارا`); one in another script (`visitor:
        // انا بحاجة …` is a speaker's words), a greeting or a pronoun
        // (`שלום, החבילה שלי …`, "hello, my parcel …") only the words the
        // name lists hold (`customer مريم العتيبي`, `שלום יעל`).
        let caseless = first_char.is_some_and(|c| {
            c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase() || is_mkhedruli(c)
        });
        if caseless && sep == 0 {
            return;
        }
        // (The phrase's own dot or colon is no script: `डॉ. मेहता`.)
        let other_script = caseless
            && line[..sep]
                .trim_ascii_end()
                .iter()
                .rev()
                .find(|&&b| !matches!(b, b'.' | b':' | b','))
                .is_some_and(u8::is_ascii);
        let Some(PhraseEnd {
            honorific,
            listed_only,
            author,
        }) = self.phrase_ends_before(line, phrase_end)
        else {
            return;
        };
        // Arabic's article opens nouns (`معك الدعم الفني`, "with you is
        // technical support"), and a name only where the lists hold it.
        // A form of address is no speaker's label: after `Dr.` or `Mrs` a
        // word in another script is the surname (`Dr. সরকার`), and after
        // `السيدة` one with the article is (`السيدة المهيدب`).
        let article = line[name..].starts_with("ال".as_bytes());
        if caseless && (!honorific && (other_script || article) || listed_only) {
            if let Some(len) = self.listed_caseless_name_at(rest()) {
                found(name, name + len);
            }
            return;
        }
        if particle && !honorific {
            return;
        }
        // A name is a few words: `rest` looks no further than 256 bytes, so
        // a long line full of phrases stays linear.
        // Without case nothing tells where a name ends: a given name and
        // a family name are taken, not the words after them.
        let max_words = if caseless { 2 } else { 4 };
        let len = if caseless && honorific {
            self.caseless_name_after_form(rest())
        } else {
            name_at(rest(), max_words, honorific)
        };
        if let Some(len) = len {
            // `customer: Carrier { id: 7 }`: a printed type, not a person.
            let type_name = line[name + len..].starts_with(b" {");
            let label = line[..sep].trim_ascii_end().ends_with(b":");
            // `created by Dependabot`, `ovde Sektor B`: after an author's
            // phrase or one that introduces other words as often, only a
            // listed name.
            let unlisted = (author || listed_only) && !self.opens_with_listed_name(rest());
            if !(type_name
                || unlisted
                || label && self.opens_utterance(rest(), len)
                || self.is_numbered_level(rest(), len))
            {
                found(name, name + len);
            }
        }
    }

    /// The length of a name in a script without case at the start of `s`
    /// that the lists vouch for: a listed word, then a second one that is
    /// listed too or follows a given name (`مريم العتيبي`, `نرگس رضایی`;
    /// `انا بحاجة` is no name).
    fn listed_caseless_name_at(&self, s: &str) -> Option<usize> {
        let (first, _) = word(s)?;
        let known = self.db.lookup(&s[..first]);
        if !(known.any() && is_plain_word(&s[..first])) {
            return None;
        }
        Some(self.with_caseless_second_word(s, first, known.given))
    }

    /// The length of a name in a script without case after a form of
    /// address: the surname (`מר כהן`), and a second word where the lists
    /// hold it or the first as a given name (`מר ישראל כהן`); `מר כהן
    /// בסניף`, "Mr Cohen at the branch", ends after the first.
    fn caseless_name_after_form(&self, s: &str) -> Option<usize> {
        let first = name_at(s, 1, true)?;
        let given = self.db.lookup(&s[..first]).given;
        Some(self.with_caseless_second_word(s, first, given))
    }

    /// `first`, the length of a caseless name's first word at the start
    /// of `s`, grown over a second caseless word that the lists hold, or
    /// any plain one when the first is a given name (`given`).
    fn with_caseless_second_word(&self, s: &str, first: usize, given: bool) -> usize {
        let second = s[first..]
            .strip_prefix(' ')
            .and_then(word)
            .filter(|&(len, _)| {
                let w = &s[first + 1..first + 1 + len];
                w.starts_with(is_caseless_letter)
                    && is_plain_word(w)
                    && (given || self.db.lookup(w).any())
            });
        second.map_or(first, |(len, _)| first + 1 + len)
    }

    /// Does `s` open with a word the lists hold as a name and that is no
    /// log vocabulary (`Sunniva`, not `Jenkins` or `System`)?
    fn opens_with_listed_name(&self, s: &str) -> bool {
        word(s).is_some_and(|(len, _)| {
            let w = &s[..len];
            let known = self.db.lookup(w);
            known.any() && !is_log_vocabulary(w, known) && !is_not_name(w)
        })
    }

    /// After a speaker's label (`CUSTOMER: Bredbandet har legat nere`), is
    /// the one capitalised word `s[..len]` the first of the speaker's
    /// sentence: lower-case words follow, and no list knows it as a name?
    ///
    /// A frequent word the lists hold only as an ambiguous name opens one
    /// too (`visitor: Is the parcel…`), and so does a run of an uncased
    /// script longer than a name part (`visitor: 택배가 월요일부터 …`).
    fn opens_utterance(&self, s: &str, len: usize) -> bool {
        let word = &s[..len];
        if s.split(' ').take(3).any(is_longer_than_uncased_name_part) {
            return true;
        }
        let sentence_goes_on = s[len..]
            .strip_prefix(' ')
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_lowercase);
        let known = self.db.lookup(word);
        let unnamed = !known.any() || known.common && !known.strong();
        !word.contains(' ') && sentence_goes_on && unnamed
    }

    /// Is the one word of `s[..len]` a frequent word that a number follows
    /// (`escalated to Tier 2`, `transferred to Level 3`): a support level,
    /// a queue or a stage, not a person?
    fn is_numbered_level(&self, s: &str, len: usize) -> bool {
        let word = &s[..len];
        let numbered = s[len..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
        numbered && !word.contains(' ') && self.is_frequent_word(word.as_bytes())
    }

    /// The length of a name in lower case at the start of `s`: one or two
    /// words of letters (and inner `-`, `'`) that are no ordinary word, no
    /// log vocabulary and no particle, the second a listed, unambiguous name.
    fn lowercase_name_at(&self, s: &str) -> Option<usize> {
        let mut end = 0;
        for (i, w) in s.split(' ').take(2).enumerate() {
            let len = w
                .char_indices()
                .find(|&(_, c)| !(c.is_lowercase() || c == '-' || c == '\''))
                .map_or(w.len(), |(at, _)| at);
            let word = &w[..len];
            let known = self.db.lookup(word);
            // `dhr. dr. …`: a second form of address is no name.
            let dotted = w.get(..len + 1).filter(|d| d.ends_with('.'));
            let address_form = is_phrase_word(word) || dotted.is_some_and(is_phrase_word);
            // `MS ctc=+386…`: a word glued to `=`, `:` or more text is a
            // key or an identifier.
            let ends_word = w[len..].chars().next().map_or(true, |c| {
                matches!(c, ',' | '.' | ';' | '!' | '?' | ')' | '"' | '\'')
            });
            // The first word may be a name no list holds; a second one
            // must be listed (`smith and co` is one name and two words).
            let name_like = word.chars().count() >= 3
                && ends_word
                && !address_form
                && !(dotted.is_some() && is_degree(word))
                && (i == 0 || known.strong())
                && !is_particle(word)
                && !is_not_name(word)
                && !is_log_vocabulary(word, known);
            if !name_like {
                break;
            }
            end = if i == 0 { len } else { end + 1 + len };
            // Punctuation after the word ends the name there.
            if len < w.len() {
                break;
            }
        }
        (end > 0).then_some(end)
    }

    /// Calls `found(start, end)` for each name right before a role word
    /// that follows it (hu "Kovács János ügyféltől", "Kovács úr", tr
    /// "Ayşe hanım"): the name's last two words at most, since the word
    /// before them may be the sentence's ("Hívás Kovács János ügyféltől").
    /// `candidates`: the line's spaces, or those of them before text that
    /// `opens_like_role`.
    fn find_before_roles(
        &self,
        line: &[u8],
        candidates: impl Iterator<Item = usize>,
        mut found: impl FnMut(usize, usize),
    ) {
        for p in candidates {
            if !opens_like_role(&line[p + 1..]) {
                continue;
            }
            let rest = valid_utf8_prefix(&line[p + 1..line.len().min(p + 24)]);
            let role = rest
                .split(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(is_postposed_role);
            // `Beszéltem Tóth úrral`: the sentence's verb before the
            // surname is no part of the name; the surname alone is.
            let named = || {
                structure::words_before(line, p, 2).or_else(|| structure::words_before(line, p, 1))
            };
            if let Some((a, b)) = role.then(named).flatten() {
                found(a, b);
            }
        }
    }

    /// Does a name phrase end at `end`, where `phrase_word_end` puts the
    /// end of the words before a space (`:` and `,` may sit in between)?
    /// A phrase is one to three words and starts at a word boundary. What
    /// the phrase says of the name, if one ends.
    fn phrase_ends_before(&self, line: &[u8], end: usize) -> Option<PhraseEnd> {
        let mut last = word_start(line, end);
        // `г-н`, `г-жа`: Bulgarian's abbreviated forms of address join
        // their letters with a hyphen, which parts words elsewhere.
        if last >= 2 && line[last - 1] == b'-' {
            let joined = word_start(line, last - 1);
            if joined < last - 1 && ends_name_phrase(&line[joined..end]) {
                last = joined;
            }
        }
        // Danish and Norwegian "hr." is Mr; "HR" in capitals is Human
        // Resources (`HR Business Partner`).
        if !ends_name_phrase(&line[last..end]) || &line[last..end] == b"HR" {
            return None;
        }
        // Each longer phrase is the last one with the text before it in
        // front, so only that text is checked and folded.
        let mut phrase = FoldedSuffix::new();
        let grows = |phrase: &mut FoldedSuffix, text: &[u8]| {
            std::str::from_utf8(text).is_ok_and(|text| phrase.prepend(text))
        };
        if !grows(&mut phrase, &line[last..end]) {
            return None;
        }
        let mut start = last;
        for words in 0..MAX_PHRASE_WORDS {
            if words > 0 {
                let before = word_start(line, start - 1);
                // Invalid UTF-8 or too long to be listed, and so is every
                // longer phrase.
                if !grows(&mut phrase, &line[before..start]) {
                    return None;
                }
                start = before;
            }
            // `]` ends our own replacements: "[name]M." was glued to the
            // text replaced, so it is no phrase on a second pass either.
            if start > 0 && line[start - 1] == b']' {
                return None;
            }
            if is_folded_name_phrase(phrase.folded()) {
                let text = std::str::from_utf8(&line[start..end]).expect("checked part by part");
                // In a title ("Viele Grüße" reads like "Customer Experience")
                // a longer phrase may still end here.
                if !in_title(line, start, text) {
                    return Some(PhraseEnd {
                        honorific: is_honorific(text),
                        listed_only: is_listed_name_phrase(text),
                        author: is_author_phrase(text),
                    });
                }
            }
            if start == 0 || line[start - 1] != b' ' {
                return None;
            }
        }
        None
    }
}

/// Where the words of a name phrase that ends before the space at `space`
/// end (see `NameFinder::phrase_ends_before`), or `None` when the last
/// word is turned down by its last bytes.
///
/// Spaces before capitals are many and phrases few: when no phrase ends
/// with the last word, none of the longer phrases is looked up. Most
/// words are turned down this way, before the walk back to their start.
fn phrase_word_end(line: &[u8], space: usize) -> Option<usize> {
    let end = before_gender_ending(line, before_phrase_punctuation(line, space));
    may_end_phrase(line, end).then_some(end)
}

/// What a name phrase that ends before a name says of it.
#[derive(Clone, Copy)]
struct PhraseEnd {
    /// A form of address (`Mrs`, `Herrn`).
    honorific: bool,
    /// A greeting or a pronoun that introduces a name as often as other
    /// words (`שלום`, `أنا`, `šeit`): only a listed name is taken after it.
    listed_only: bool,
    /// Says who wrote or changed something (`created by`): a name only
    /// where the lists hold it.
    author: bool,
}

/// A word that may be part of a name without case: no stop word, no
/// phrase word, no Thai clause.
fn is_plain_word(w: &str) -> bool {
    !is_not_name(w) && !is_phrase_word(w) && !is_thai_clause(w)
}

/// Can `text` open a postposed role word? Its first two letters are
/// those of one in the cases the search takes (`üg`, `úr`, `ur`, `as`,
/// `be`, `ha`, `kun`, with `Ü`, `Ú`, `U`, `B`, `H` and `K` first too): every space
/// of a line is asked, and most words after one open otherwise, so the
/// word is decoded and looked up only when they do.
fn opens_like_role(text: &[u8]) -> bool {
    matches!(
        text,
        [b'a', b's' | b'S', ..]
            | [b'b' | b'B', b'e' | b'E', ..]
            | [b'h' | b'H', b'a' | b'A', ..]
            | [b'u' | b'U', b'r' | b'R', ..]
            | [b'k' | b'K', b'u' | b'U', b'n' | b'N', ..]
            // ü, Ü; ú, Ú
            | [0xC3, 0xBC | 0x9C, b'g' | b'G', ..]
            | [0xC3, 0xBA | 0x9A, b'r' | b'R', ..]
    )
}

/// Does `text` open with a name particle and a space ("van de Wal")?
pub(super) fn starts_with_particle(text: &[u8]) -> bool {
    let len = text
        .iter()
        .take(5)
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    text.get(len) == Some(&b' ') && is_particle(valid_utf8_prefix(&text[..len]))
}

/// Where a phrase's words end before `end`: past the colons and commas
/// between a phrase and its name, ASCII or those of the scripts a phrase
/// may be written in (Arabic `،`, CJK `，` `、` `：`, Armenian `՝`), which
/// `word_start` would read as letters of the phrase's last word.
fn before_phrase_punctuation(line: &[u8], mut end: usize) -> usize {
    const WIDE: [&[u8]; 5] = [
        "،".as_bytes(),
        "，".as_bytes(),
        "、".as_bytes(),
        "：".as_bytes(),
        "՝".as_bytes(),
    ];
    while end > 0 {
        let last = line[end - 1];
        if matches!(last, b':' | b',') {
            end -= 1;
            continue;
        }
        match WIDE
            .iter()
            .find(|m| last >= 0x80 && line[..end].ends_with(m))
        {
            Some(mark) => end -= mark.len(),
            None => break,
        }
    }
    end
}

/// Where a phrase's last word ends before an ending written for the
/// other gender (`Estimado/a`, `Sehr geehrte/r`, `Шановний(а)`, `είμαι
/// η/ο`): the phrase is listed in its first form.
fn before_gender_ending(line: &[u8], end: usize) -> usize {
    const ENDINGS: [&[u8]; 15] = [
        b"/a",
        b"/o",
        b"/r",
        b"/e",
        b"/in",
        b"(a)",
        b"(r)",
        b"(e)",
        b"(in)",
        "/ο".as_bytes(),
        "/ή".as_bytes(),
        "/а".as_bytes(),
        "(а)".as_bytes(),
        "(ая)".as_bytes(),
        "/ая".as_bytes(),
    ];
    let head = &line[..end];
    // Every space asks: an ending's `/` is two, three or five bytes before
    // its end, or it closes a parenthesis.
    let slash_at = |back: usize| end >= back && head[end - back] == b'/';
    if !(slash_at(2) || slash_at(3) || slash_at(5) || head.ends_with(b")")) {
        return end;
    }
    ENDINGS
        .iter()
        .find(|e| {
            head.ends_with(e)
                && head[..end - e.len()]
                    .last()
                    .is_some_and(|b| b.is_ascii_alphabetic() || *b >= 0x80)
        })
        .map_or(end, |e| end - e.len())
}

/// Where the word that ends at `end` starts: letters, digits, `.` and
/// `'` (`Mr.`, `c'est`), but not the quote that opens a quoted text
/// (`msg='Hallo Manuel, …'`).
///
/// Nearly every space of a line asks for the word before it, so the
/// walk reads one table entry a byte; only `n`, `r` and `t` look further.
fn word_start(line: &[u8], end: usize) -> usize {
    let mut start = end;
    while start > 0 {
        let class = WORD_BYTES[usize::from(line[start - 1])];
        // `\nBest`: the `n` of an escaped line break is no letter.
        if class == NOT_WORD || (class == ESCAPE_LETTER && start >= 2 && line[start - 2] == b'\\') {
            break;
        }
        start -= 1;
    }
    skip_opening_marks(line, start, end)
}

/// Can the word that ends at `end` (see `word_start`) end a name phrase,
/// by its last bytes alone? `false` for no word at all, and for a word
/// ending in three letters or digits that no phrase ends with; `true`
/// when unsure.
fn may_end_phrase(line: &[u8], end: usize) -> bool {
    if end == 0 || WORD_BYTES[usize::from(line[end - 1])] == NOT_WORD {
        return false;
    }
    match line[..end] {
        // Letters and digits are word bytes and no opening mark, so the
        // word ends with all three, unless the first is the letter of an
        // escape (`\nab`), where the walk stops.
        [.., a, b, c] if [a, b, c].iter().all(u8::is_ascii_alphanumeric) => {
            let escape =
                WORD_BYTES[usize::from(a)] == ESCAPE_LETTER && end >= 4 && line[end - 4] == b'\\';
            escape || may_end_name_phrase([a, b, c])
        }
        _ => true,
    }
}

/// The start of a word after the marks that open it but are none of its
/// letters: a quote's apostrophe, Spanish `¡` and `¿` (`"¡Hola Ivana!"`).
fn skip_opening_marks(line: &[u8], mut start: usize, end: usize) -> usize {
    loop {
        let rest = &line[start..end];
        if rest.starts_with(b"'") {
            start += 1;
        } else if rest.starts_with("¡".as_bytes()) || rest.starts_with("¿".as_bytes()) {
            start += 2;
        } else {
            return start;
        }
    }
}

const NOT_WORD: u8 = 0;
const WORD: u8 = 1;
/// A letter that ends a word's walk after a backslash (`\n`, `\r`, `\t`).
const ESCAPE_LETTER: u8 = 2;

/// The class of each byte for `word_start`: letters, digits, `.`, `'`
/// and every byte of a multi-byte char are word bytes.
const WORD_BYTES: [u8; 256] = {
    let mut t = [NOT_WORD; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if matches!(c, b'n' | b'r' | b't') {
            t[b] = ESCAPE_LETTER;
        } else if matches!(c, b'.' | b'\'') || c.is_ascii_alphanumeric() || c >= 0x80 {
            t[b] = WORD;
        }
        b += 1;
    }
    t
};

/// Is the one-word phrase at `start` a word of a Title Case name ("Service
/// Client Paris", "Premium Customer Lyon"): capitalised, and so is the word
/// before it, which is no article, particle or phrase ("Der Kunde Jan",
/// "Dear Customer")? Forms of address are capitalised after any word
/// ("Guten Tag Frau Brandstätter").
fn in_title(line: &[u8], start: usize, phrase: &str) -> bool {
    // Articles and possessives that are not also name particles.
    const DETERMINERS: &[&str] = &[
        "the", "our", "your", "die", "dem", "ein", "eine", "unser", "unsere", "ihr", "ihre", "les",
        "il", "lo", "los", "las", "o", "a", "os", "as", "het", "een",
    ];
    // (Arabic, Hebrew and Georgian words lex as capitalised ones, but a
    // script without case writes no titles in capitals.)
    let capitalised = |w: &str| {
        word(w) == Some((w.len(), Word::Capitalised))
            && !w.chars().next().is_some_and(is_caseless_letter)
    };
    if phrase.contains(' ')
        || is_honorific(phrase)
        || !capitalised(phrase)
        || start < 2
        || line[start - 1] != b' '
    {
        return false;
    }
    let from = word_start(line, start - 1);
    std::str::from_utf8(&line[from..start - 1]).is_ok_and(|w| {
        capitalised(w)
            && !is_phrase_word(w)
            && !is_particle(w)
            && !DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w))
    })
}

/// Is `word` the abbreviation of an academic degree written after "Dr."
/// (German `Dr. med. dent.`, `Dr. rer. nat.`, `Dr. phil.`)?
fn is_degree(word: &str) -> bool {
    matches!(
        word,
        "med"
            | "dent"
            | "vet"
            | "rer"
            | "nat"
            | "phil"
            | "jur"
            | "oec"
            | "pol"
            | "habil"
            | "theol"
            | "ing"
            | "techn"
            | "pharm"
            | "agr"
            | "paed"
            | "publ"
            | "soc"
            | "sc"
    )
}

#[cfg(test)]
mod tests;
