//! What a printed record's `key: ` label says of the text after it: a
//! speaker's sentence or greeting rather than a name (`visitor: Is the
//! parcel …`, `visitor: Laba diena, …`), and a `Name` field that names a
//! thing (`Domain Name: CONTOSO`).

use crate::context::is_name_phrase;
use crate::fields::{Field, Syntax};
use crate::name::NameFinder;

/// Is `f` a bare `key: value` pair (the value after `: `)?
pub(super) fn after_colon(line: &[u8], f: Field) -> bool {
    f.syntax == Syntax::Logfmt && line[f.key.1] == b':' && line[f.value.0 - 1] == b' '
}

/// Is the word before a `Name` key (`Domain Name:`) one that names a
/// thing? Windows events and printed records qualify their name fields so.
pub(super) fn names_a_thing(line: &[u8], key_start: usize) -> bool {
    #[rustfmt::skip]
    const THINGS: &[&str] = &[
        "domain", "workstation", "computer", "host", "process", "service", "object", "share",
        "package", "provider", "application", "app", "logon", "task", "policy", "group", "queue",
        "team", "printer", "device", "file", "database", "server", "realm", "tenant", "role",
        "client", "certificate", "template", "product", "company", "organization", "site",
    ];
    let Some(head) = line[..key_start].strip_suffix(b" ") else {
        return false;
    };
    let start = head
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    let word = &head[start..];
    THINGS
        .iter()
        .any(|t| word.eq_ignore_ascii_case(t.as_bytes()))
}

/// Is the JSON object holding `f` the value of a key that names a thing
/// (`"store":{"id":"ST-0703","name":"Magazin București AFI"}`, `"plan":
/// {"name":…}`), or an item of such an array (`"branches":[{"name":…}]`)?
/// Its `name` is the thing's. Not `client` or `contact`: those hold people;
/// not `device`: `Anna's iPhone`.
pub(super) fn in_object_of_a_thing(line: &[u8], f: Field) -> bool {
    #[rustfmt::skip]
    const THINGS: &[&str] = &[
        "store", "stores", "shop", "branch", "branches", "outlet", "venue", "merchant", "site",
        "location", "company", "organization", "organisation", "org", "tenant", "product",
        "plan", "tariff", "bundle", "offer", "package", "application",
        "service", "queue", "team", "group", "campaign", "skill", "carrier", "network", "bank",
        "hospital", "clinic", "school", "hotel", "airport", "station", "building", "office",
        "depot", "warehouse", "provider", "vendor", "supplier", "brand", "model", "menu",
        "category", "project", "workspace", "template", "course", "program", "programme",
        // software: a crash report's or an analytics event's app, SDK,
        // plugin or bot (`"app":{"name":"Elena Scheduler"}`)
        "app", "sdk", "plugin", "integration", "bot",
    ];
    f.syntax == Syntax::Json
        && super::indirect::enclosing_key(line, f.key.0).is_some_and(|key| {
            THINGS
                .iter()
                .any(|t| key.eq_ignore_ascii_case(t.as_bytes()))
        })
}

/// Does `f`'s bare value after `key: `, ending at `end`, open a sentence:
/// a lower-case word that a space and another lower-case word follow?
pub(super) fn opens_sentence(line: &[u8], f: Field, end: usize) -> bool {
    after_colon(line, f)
        && line[f.value.0..end].iter().all(u8::is_ascii_lowercase)
        && lower_case_word_follows(line, end)
}

/// Does `f`'s bare value after `key: `, ending at `end`, open a sentence
/// with a frequent word that a lower-case word follows (`visitor: Is the
/// parcel here`)?
pub(super) fn opens_with_frequent_word(
    line: &[u8],
    f: Field,
    end: usize,
    names: &NameFinder,
) -> bool {
    names.is_frequent_word(&line[f.value.0..end]) && lower_case_word_follows(line, end)
}

/// Do a space and a lower-case ASCII letter follow `end`?
fn lower_case_word_follows(line: &[u8], end: usize) -> bool {
    line.get(end) == Some(&b' ') && line.get(end + 1).is_some_and(u8::is_ascii_lowercase)
}

/// Does the text at `at` open with a greeting that a comma or a
/// lower-case word ends (`visitor: Laba diena, mano siunta`): a message,
/// not a name (`Hoi Anna` goes on to a name, which the greeting rules
/// read)? The phrase is a slice of the text (the phrase set folds case
/// as it looks up): most lines with a `key: ` field have no finding and
/// must not allocate.
pub(super) fn opens_with_greeting(line: &[u8], at: usize) -> bool {
    let text = crate::name::valid_utf8_prefix(&line[at..line.len().min(at + 64)]);
    let mut word_start = 0;
    let mut words = text.split(' ').take(3).peekable();
    while let Some(word) = words.next() {
        let bare = word.trim_end_matches([',', '!', '.']);
        let ended = bare.len() < word.len()
            || words
                .peek()
                .is_some_and(|next| next.starts_with(|c: char| c.is_lowercase()));
        if ended && is_name_phrase(&text[..word_start + bare.len()]) {
            return true;
        }
        word_start += word.len() + 1;
    }
    false
}
