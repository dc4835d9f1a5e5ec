//! E-mail addresses said aloud and written down by speech-to-text:
//! "helena koivula at gmail dot com", "johanna punkt hogberg snabel-a
//! gmail punkt com", "myriam underscore vervaet apenstaartje skynet punt
//! be". The words for `@`, `.`, `_` and `-` stand where the symbols
//! would; read back with the symbols the address is an address, and it
//! gets the token the written address gets.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashMap;

/// Spoken symbols, lower case, each with the symbol it stands for.
#[rustfmt::skip]
const SYMBOL_WORDS: &[(&str, u8)] = &[
    // @: en, fr, es/pt/ca, it, nl, sv/no/da, de, pl, cs/sk, hu, el, ru/uk, tr, ro, fi
    ("at", b'@'), ("arobase", b'@'), ("arroba", b'@'), ("chiocciola", b'@'),
    ("apenstaartje", b'@'), ("snabel-a", b'@'), ("klammeraffe", b'@'), ("małpa", b'@'),
    ("zavináč", b'@'), ("zavinac", b'@'), ("kukac", b'@'), ("παπάκι", b'@'), ("собака", b'@'),
    ("miukumauku", b'@'),
    // @ in lv/lt/et ("et", "eta", "ät"), no/da, bg, sl, hr, ar
    ("et", b'@'), ("eta", b'@'), ("ät", b'@'), ("krøllalfa", b'@'), ("snabel", b'@'),
    ("кльомба", b'@'), ("afna", b'@'), ("majmunče", b'@'), ("majmun", b'@'), ("آت", b'@'),
    // @ in bg ("маймунка"), uk ("равлик"), sr (Cyrillic), mk
    ("маймунка", b'@'), ("равлик", b'@'), ("мајмунче", b'@'), ("мајмун", b'@'),
    // .
    ("dot", b'.'), ("punkt", b'.'), ("point", b'.'), ("punto", b'.'), ("punt", b'.'),
    ("kropka", b'.'), ("tečka", b'.'), ("bodka", b'.'), ("pont", b'.'), ("piste", b'.'),
    ("τελεία", b'.'), ("точка", b'.'), ("ponto", b'.'), ("nokta", b'.'), ("punct", b'.'),
    ("punkts", b'.'), ("punktum", b'.'), ("pika", b'.'), ("točka", b'.'), ("taškas", b'.'),
    ("nurk", b'.'), ("نقطة", b'.'), ("tačka", b'.'), ("крапка", b'.'), ("тачка", b'.'),
    // _ and -
    ("underscore", b'_'), ("unterstrich", b'_'), ("podkreślnik", b'_'), ("trattino", b'-'),
    ("dash", b'-'), ("hyphen", b'-'), ("minus", b'-'), ("bindestrich", b'-'), ("tiret", b'-'),
    ("guion", b'-'), ("guión", b'-'), ("streepje", b'-'), ("bindestreck", b'-'),
];

/// Top-level domains a spoken address may end in: the generic ones and
/// the country codes of the region we serve. Ending in one is what tells
/// "at gmail dot com" from "meet at noon dot".
#[rustfmt::skip]
const TLDS: &[&str] = &[
    "com", "net", "org", "info", "biz", "io", "eu", "me", "email", "online",
    "de", "at", "ch", "li", "fr", "be", "lu", "nl", "it", "es", "pt", "ie", "uk", "se",
    "dk", "no", "fi", "is", "ee", "lv", "lt", "pl", "cz", "sk", "hu", "ro", "bg", "gr",
    "cy", "mt", "si", "hr", "ba", "rs", "me", "mk", "al", "ua", "md", "tr", "ma", "dz",
    "tn", "eg", "ru", "by",
];

/// The most words before the `@` word that the local part may have.
const MAX_LOCAL_WORDS: usize = 7;

/// One spoken address: its span in the line and the address written out.
pub(super) struct SpokenEmail<'a> {
    pub start: usize,
    pub end: usize,
    pub address: &'a [u8],
}

/// The `@` words with a space on each side, matched in any ASCII case:
/// every spoken address has one, and most lines none. Also `(at)` and
/// `[at]`, as addresses are written to hide them from harvesters
/// (`anna.berg(at)online.no`).
pub(crate) fn at_word_patterns() -> Vec<String> {
    let words = SYMBOL_WORDS.iter().filter(|(_, s)| *s == b'@');
    let spoken = words.map(|(w, _)| format!(" {w} "));
    spoken.chain(["(at)".into(), "[at]".into()]).collect()
}

fn at_words() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(at_word_patterns())
            .expect("spoken @ words build")
    })
}

fn symbols() -> &'static FxHashMap<&'static str, u8> {
    static MAP: OnceLock<FxHashMap<&'static str, u8>> = OnceLock::new();
    MAP.get_or_init(|| SYMBOL_WORDS.iter().copied().collect())
}

/// Calls `found` for each address said aloud in `line`; `address` is
/// scratch for the written-out address.
pub(super) fn find(line: &[u8], address: &mut Vec<u8>, mut found: impl FnMut(SpokenEmail<'_>)) {
    if at_words().find(line).is_none() {
        return;
    }
    let Ok(text) = std::str::from_utf8(line) else {
        return;
    };
    let words: Vec<(usize, usize)> = word_spans(text).collect();
    let mut i = 0;
    while i < words.len() {
        let (a, b) = words[i];
        if symbol(&text[a..b]) != Some(b'@') || i == 0 {
            i += 1;
            continue;
        }
        let Some(domain_end) = domain_after(text, &words, i + 1) else {
            i += 1;
            continue;
        };
        let local_start = local_before(text, &words, i);
        if domain_end == i + 2 && !reads_as_address(text, &words, local_start, i) {
            i += 1;
            continue;
        }
        address.clear();
        let tld = words[domain_end - 1].0;
        for &(wa, wb) in &words[local_start..domain_end] {
            let w = &text[wa..wb];
            match symbol(w) {
                Some(s) if wa != words[local_start].0 && wa != tld => address.push(s),
                _ => address.extend(w.bytes().map(|b| b.to_ascii_lowercase())),
            }
        }
        found(SpokenEmail {
            start: words[local_start].0,
            end: words[domain_end - 1].1,
            address,
        });
        i = domain_end;
    }
}

/// The symbol a word stands for, if it is a spoken symbol.
fn symbol(word: &str) -> Option<u8> {
    let mut buf = [0u8; 64];
    let lower = crate::wordset::fold_into(word, &mut buf, false)?;
    symbols().get(lower).copied()
}

/// The words of `text` (letters, digits and `-`, `_`, `.`, `+` inside, as
/// a local part may be written: `anna.berg+shop at …`), as spans, without
/// the dot that ends a sentence.
fn word_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = None;
    text.char_indices()
        .chain([(text.len(), ' ')])
        .filter_map(move |(i, c)| {
            let inner = c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '+');
            match (start, inner) {
                (None, true) if c.is_alphanumeric() => {
                    start = Some(i);
                    None
                }
                (Some(s), false) => {
                    start = None;
                    let end = s + text[s..i].trim_end_matches(['.', '-', '_', '+']).len();
                    Some((s, end))
                }
                _ => None,
            }
        })
}

/// After the `@` word at `words[at - 1]`: a domain of two or more labels
/// joined by `.` words (`-` words inside a label), its last a TLD, or
/// written as one word (`… at wp.pl`). The index past its last word.
fn domain_after(text: &str, words: &[(usize, usize)], at: usize) -> Option<usize> {
    if words
        .get(at)
        .is_some_and(|&(a, b)| is_written_domain(&text[a..b]))
    {
        return Some(at + 1);
    }
    let label = |i: usize| {
        words.get(i).is_some_and(|&(a, b)| {
            symbol(&text[a..b]).is_none()
                && text[a..b].chars().all(|c| c.is_alphanumeric() || c == '-')
        })
    };
    // `gmx punkt at`: Austria's TLD is also the English `@` word.
    let tld = |i: usize| {
        words
            .get(i)
            .is_some_and(|&(a, b)| TLDS.iter().any(|t| t.eq_ignore_ascii_case(&text[a..b])))
    };
    let mut i = at;
    if !label(i) {
        return None;
    }
    i += 1;
    let mut end = None;
    while let Some(&(a, b)) = words.get(i) {
        match symbol(&text[a..b]) {
            Some(joiner @ (b'.' | b'-')) if label(i + 1) || joiner == b'.' && tld(i + 1) => {
                if joiner == b'.' && tld(i + 1) {
                    end = Some(i + 2);
                }
                i += 2;
            }
            _ => break,
        }
    }
    end
}

/// Whether the words from `local` to the `@` word at `at`, before a
/// domain written as one word, are an address rather than prose ("served
/// at api.example.de"): a hidden `@` (`(at)`, `[at]`), or a local part
/// written as one (`ewa.wozniak at wp.pl`).
fn reads_as_address(text: &str, words: &[(usize, usize)], local: usize, at: usize) -> bool {
    let (a, b) = words[at];
    let (la, lb) = words[local];
    // Only spaces and the brackets of a hidden `@` join the three words
    // (not `"mail_…" at "input.email"`).
    let joins = |gap: &str| {
        gap.bytes()
            .all(|c| matches!(c, b' ' | b'(' | b')' | b'[' | b']'))
    };
    if !joins(&text[lb..a]) || !joins(&text[b..words[at + 1].0]) {
        return false;
    }
    let hidden = text[..a].ends_with(['(', '[']) && text[b..].starts_with([')', ']']);
    let written = local + 1 == at && text[la..lb].contains(['.', '_', '+']);
    hidden || written
}

/// `wp.pl`, `mail.example.co.uk`: labels of letters, digits and `-`,
/// the last a TLD.
fn is_written_domain(word: &str) -> bool {
    let mut labels = word.split('.');
    let tld = labels.next_back().unwrap_or("");
    word.contains('.')
        && TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld))
        && labels.all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
}

/// Where the local part before the `@` word at `words[at]` starts: the
/// word right before it, and the words that `.`, `_` and `-` words join
/// to it, at most `MAX_LOCAL_WORDS` in all.
fn local_before(text: &str, words: &[(usize, usize)], at: usize) -> usize {
    let mut start = at - 1;
    while start >= 2 && at - (start - 2) <= MAX_LOCAL_WORDS {
        let (sa, sb) = words[start - 1];
        let (wa, wb) = words[start - 2];
        let joined = matches!(symbol(&text[sa..sb]), Some(b'.' | b'_' | b'-'))
            && symbol(&text[wa..wb]).is_none();
        if !joined {
            break;
        }
        start -= 2;
    }
    start
}
