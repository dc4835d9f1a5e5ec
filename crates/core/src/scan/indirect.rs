//! Keys named by another field: a change record or a form slot puts the
//! key in one pair and the value in the next (`{"property":"lastName",
//! "newValues":["Knudsen"]}`, HubSpot's `"propertyName":"firstname",
//! "propertyValue":"Mutluhan"`, `slot=customer_name value="hans franke"`,
//! JSON Patch's `"path":"/lastName","value":…`, a speech recogniser's
//! `type=surname raw="…" resolved="…"`, an NLU's `"entity":"phone_number",
//! "value":…`, a form's `{"name":"lastname","value":…}`). The value pair then takes the class of the key the other
//! pair names.

use super::Scratch;
use crate::context::{classify_word, KeyClass};
use crate::fields::Syntax;

/// Keys whose value names the key of a value nearby (folded).
const NAMING_KEYS: &[&str] = &[
    "property",
    "propertyname",
    "field",
    "fieldname",
    "attribute",
    "attributename",
    "slot",
    "slotname",
    "column",
    "columnname",
    "param",
    "parameter",
    "paramname",
    "path",
    "type",
    "entity",
    "entitytype",
    "slottype",
    // HubSpot's form submissions, custom fields of many CRMs:
    // `"fields":[{"name":"lastname","value":"…"}]`
    "name",
    "key",
    "label",
    "fieldkey",
    // Hibernate Validator's `ConstraintViolationImpl{… propertyPath=lastName,
    // … invalidValue=…}`
    "propertypath",
];

/// Keys that hold the value of a key named nearby (folded).
const VALUE_KEYS: &[&str] = &[
    "value",
    "values",
    "val",
    "propertyvalue",
    "fieldvalue",
    "attributevalue",
    "slotvalue",
    "newvalue",
    "oldvalue",
    "newvalues",
    "oldvalues",
    "previousvalue",
    "currentvalue",
    "before",
    "after",
    "raw",
    "rawvalue",
    "resolved",
    "resolvedvalue",
    "normalized",
    "normalizedvalue",
    "literal",
    "original",
    "originalvalue",
    "old",
    "new",
    "prev",
    "previous",
    "current",
    "invalidvalue",
    "rejectedvalue",
    // EMV 3-D Secure's `"mobilePhone":{"cc":"44","subscriber":"…"}`
    "subscriber",
    // Avro's JSON encoding of a union (`"surname": {"string": "…"}`)
    "string",
];

/// Does `key` (normalized) hold the value of a key named nearby? Asked
/// once per key (see `keys`), not per field.
pub(super) fn is_value_key(key: &str) -> bool {
    VALUE_KEYS.contains(&key)
}

/// How many fields apart the naming pair and the value pair may be.
const MAX_DISTANCE: usize = 3;

/// Gives each value pair of no class the class of the key a naming pair
/// beside it names, when that is a name, phone or party key.
pub(super) fn resolve_indirect_keys(line: &[u8], s: &mut Scratch) {
    for i in 0..s.fields.len() {
        let k = s.keys[i];
        if k.class != KeyClass::Other || !k.value_key {
            continue;
        }
        let lo = i.saturating_sub(MAX_DISTANCE);
        let hi = (i + MAX_DISTANCE + 1).min(s.fields.len());
        let named = (lo..hi)
            .filter(|&j| j != i && same_object(line, s, i, j))
            .find_map(|j| named_class(line, s, j))
            .or_else(|| {
                let f = s.fields[i];
                (f.syntax == Syntax::Json)
                    .then(|| array_key_class(line, f.key.0))
                    .flatten()
            });
        if let Some(class) = named {
            s.keys[i].class = class;
        }
    }
}

/// The class of the key that pair `j` names, if `j` is a naming pair
/// and its value names a name, phone or party key (`lastName`,
/// `/lastName`, `cellPhone.display`, `emergency_contact`).
fn named_class(line: &[u8], s: &Scratch, j: usize) -> Option<KeyClass> {
    let k = s.keys[j];
    if !NAMING_KEYS.contains(&&s.key_text[k.start..k.end]) {
        return None;
    }
    let (v0, v1) = s.fields[j].value;
    // `propertyPath=lastName, rootBeanClass=…`: a printed object's comma.
    let value = std::str::from_utf8(&line[v0..v1])
        .ok()?
        .trim_end_matches([',', ';']);
    // `entity=Patient/2784371`: a resource's type and id (FHIR, REST)
    // name a record, not the key of the value beside it.
    if value
        .rsplit_once('/')
        .is_some_and(|(_, id)| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    value
        .split(['/', '.'])
        .find_map(|part| match classify_word(part)? {
            class @ (KeyClass::Name | KeyClass::Phone | KeyClass::Party) => Some(class),
            _ => None,
        })
}

/// How far back an object's array key is looked for.
const MAX_ARRAY_REACH: usize = 512;

/// SCIM's `"phoneNumbers":[{"value":"…","type":"work"}]` (RFC 7643): the
/// class of the key of the array whose object holds the key at `at`, or
/// of the key whose value that object is (`"mobilePhone":{"cc":"44",
/// "subscriber":"…"}`), when it is a name or phone key.
fn array_key_class(line: &[u8], at: usize) -> Option<KeyClass> {
    let key = std::str::from_utf8(enclosing_key(line, at)?).ok()?;
    match classify_word(key)? {
        class @ (KeyClass::Name | KeyClass::Phone) => Some(class),
        _ => None,
    }
}

/// The key of the array whose object holds offset `at`, or of the key
/// whose value that object is (`"store":{"id":…,"name":…}`). Earlier
/// objects of the array are skipped; any other bracket ends the search.
pub(super) fn enclosing_key(line: &[u8], at: usize) -> Option<&[u8]> {
    let from = at.saturating_sub(MAX_ARRAY_REACH);
    let window = &line[from..at];
    // The `{` of the key's own object, then earlier siblings `{…},`.
    let mut i = opening_brace(window, window.len())?;
    let open = loop {
        let before = window[..i].trim_ascii_end();
        match before.last()? {
            b'[' => break before.len() - 1,
            // The object is a key's own value (`"mobilePhone":{…}`, or
            // `mobilePhone={…}` in a logfmt line).
            b':' | b'=' => break i,
            b',' => {
                let sibling = before[..before.len() - 1].trim_ascii_end();
                if sibling.last() != Some(&b'}') {
                    return None;
                }
                i = opening_brace(window, sibling.len() - 1)?;
            }
            _ => return None,
        }
    };
    let before = window[..open].trim_ascii_end();
    let before = before
        .strip_suffix(b":")
        .or_else(|| before.strip_suffix(b"="))?
        .trim_ascii_end();
    let key = match before.strip_suffix(b"\"") {
        Some(quoted) => &quoted[memchr::memrchr(b'"', quoted)? + 1..],
        None => {
            let start = before
                .iter()
                .rposition(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
                .map_or(0, |p| p + 1);
            &before[start..]
        }
    };
    Some(key)
}

/// The `{` that opens the object holding offset `end` of `text` (braces
/// between balanced; none in strings of an object this small matter).
fn opening_brace(text: &[u8], end: usize) -> Option<usize> {
    let mut depth = 0usize;
    for i in (0..end).rev() {
        match text[i] {
            b'}' => depth += 1,
            b'{' if depth == 0 => return Some(i),
            b'{' => depth -= 1,
            b'[' | b']' if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

/// Do pairs `i` and `j` have the same syntax and, in JSON, no brace
/// between them (one object)?
pub(super) fn same_object(line: &[u8], s: &Scratch, i: usize, j: usize) -> bool {
    let (a, b) = (s.fields[i], s.fields[j]);
    if a.syntax != b.syntax {
        return false;
    }
    let (from, to) = if a.key.0 < b.key.0 {
        (a.value.1, b.key.0)
    } else {
        (b.value.1, a.key.0)
    };
    a.syntax != Syntax::Json
        || !line[from.min(to)..to]
            .iter()
            .any(|b| matches!(b, b'{' | b'}'))
}
