//! Structured inputs built from bytes (see `source.rs`). Each one's
//! `Debug` prints the line it stands for, so a failure report is a
//! ready reproduction: `redactor().redact_line(<that string>)`.

use std::fmt;

use scrubline_core::Kind;
use serde_json::{Map, Number, Value};

use super::source::Source;

/// Text around the item: no digits and no `@`, so any digit or `@` in the
/// output that is not inside a token came from the item.
const SAFE: &[&str] = &[
    "a", "e", "n", "r", "s", "t", "x", "K", "M", "Z", " ", " ", ",", ";", ":", "=", "!", "?", "'",
    "\"", "(", ")", "-", ".", "/", "ä", "é", "Ж", "中",
];

/// What may stand right before and after the item: the delimiters log
/// lines put around a value.
const OPEN: &[&str] = &[" ", "(", "\"", "<", "[", "=", ": ", "\t", ","];
const CLOSE: &[&str] = &[" ", ")", "\"", ">", "]", ",", ";", "\t", ""];

/// Country calling codes from several numbering plans (1 to 3 digits).
const CODES: &[&str] = &[
    "49", "33", "1", "44", "39", "34", "31", "43", "41", "48", "36", "420", "353", "358", "46",
    "351", "30", "90", "7",
];

/// The separators people write inside a phone number.
const SEPS: &[&str] = &[" ", "-", ".", "/", ""];

/// One phone number written the ways DESIGN.md says must all be found.
#[derive(Clone, Copy)]
enum Form {
    /// `+49 151 2342 1279`
    Plus,
    /// `0049 151 2342 1279`
    DoubleZero,
    /// `tel:+49-151-2342-1279`
    TelUri,
    /// `+49 (0)151 2342 1279`
    PlusTrunk,
    /// `0151 2342 1279`, read with the default region DE
    National,
}

fn phone(src: &mut Source) -> String {
    let form = src.pick(&[
        Form::Plus,
        Form::DoubleZero,
        Form::TelUri,
        Form::PlusTrunk,
        Form::National,
    ]);
    let cc = src.pick(CODES);
    // A national number without separators or context is an id to the
    // engine, by design: nationals are written in groups here.
    let sep = match form {
        Form::TelUri => "-",
        Form::National => src.pick(&SEPS[..SEPS.len() - 1]),
        _ => src.pick(SEPS),
    };
    // E.164 allows 15 digits with the country code; nationals are 8-12.
    let total = match form {
        Form::National => 7 + src.below(5),
        _ => (8 + src.below(8)).saturating_sub(cc.len()),
    };
    let mut subscriber = src.digits(total);
    if matches!(form, Form::National) {
        // A trunk 0 then a non-zero digit: "00…" would be international.
        subscriber.replace_range(..1, &char::from(b'1' + src.byte() % 9).to_string());
    }
    let mut groups = Vec::new();
    let mut rest = subscriber.as_str();
    while !rest.is_empty() {
        let n = (2 + src.below(3)).min(rest.len());
        groups.push(&rest[..n]);
        rest = &rest[n..];
    }
    let body = groups.join(sep);
    // Without separators the country code runs into the number, as in E.164.
    let gap = if sep.is_empty() { "" } else { " " };
    match form {
        Form::Plus => format!("+{cc}{gap}{body}"),
        Form::DoubleZero => format!("00{cc}{gap}{body}"),
        Form::TelUri => format!("tel:+{cc}-{body}"),
        Form::PlusTrunk => format!("+{cc} (0){body}"),
        Form::National => format!("0{body}"),
    }
}

const LOCAL: &[&str] = &["a", "n", "z", "A", "Q", "0", "7", ".", "_", "+", "-"];
const LABEL: &[&str] = &["a", "m", "x", "K", "0", "9", "-"];

fn email(src: &mut Source) -> String {
    let local = format!(
        "{}{}",
        src.pick(&["anna", "b", "X", "j0"]),
        src.text(LOCAL, 20)
    );
    let labels: Vec<String> = (0..1 + src.below(3))
        .map(|_| {
            format!(
                "{}{}{}",
                src.pick(&["e", "mail", "x1"]),
                src.text(LABEL, 10),
                src.pick(&["a", "z", "7"])
            )
        })
        .collect();
    let tld = src.pick(&["de", "com", "fr", "co", "museum"]);
    format!("{local}@{}.{tld}", labels.join("."))
}

/// A line of safe text with one phone number or email in it.
pub struct PiiLine(pub String);

impl PiiLine {
    pub fn from_bytes(data: &[u8]) -> PiiLine {
        let mut src = Source::new(data);
        let item = if src.below(4) == 0 {
            email(&mut src)
        } else {
            phone(&mut src)
        };
        let prefix = src.text(SAFE, 24);
        let (open, close) = (src.pick(OPEN), src.pick(CLOSE));
        let suffix = if close.is_empty() {
            String::new()
        } else {
            src.text(SAFE, 24)
        };
        PiiLine(format!("{prefix}{open}{item}{close}{suffix}"))
    }
}

impl fmt::Debug for PiiLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "redactor().redact_line({:?})", self.0)
    }
}

/// Keys whose names steer the engine, and ordinary ones.
const KEYS: &[&str] = &[
    "phone",
    "msisdn",
    "name",
    "callerName",
    "password",
    "cvv",
    "email",
    "msg",
    "country",
    "locale",
    "url",
    "note",
    "id",
    "caller",
    "to",
    "card",
];

/// Values that hold personal data, in the forms logs write them.
const PII: &[&str] = &[
    "+49 151 2342 1279",
    "0151 23421279",
    "Anna Schmidt",
    "Kunde Gertrude Förster",
    "anna.schmidt@example.de",
    "4111 1111 1111 1111",
    "DE89 3704 0044 0532 0130 00",
    "Bearer abcdefghijkl0123",
    "https://x.example/s?name=Anna+Schmidt&phone=%2B4915123421279",
    "call me at +33 6 12 34 56 78 \"ok\"",
    "back\\slash \"quoted\"\ttab\u{1}",
];

/// Bare numbers, among them phone and card numbers.
const NUMBERS: &[&str] = &[
    "0",
    "-1",
    "1.5",
    "1e300",
    "2026",
    "15123421",
    "4915123421279",
    "4111111111111111",
    "-0.000001",
];

/// A value: an object at the top, as JSON log lines are (a line holding a
/// bare number is text, and redacted as text).
fn json_value(src: &mut Source, depth: usize) -> Value {
    let choice = match depth {
        0 => 6,
        1..6 => src.below(7),
        _ => src.below(5),
    };
    match choice {
        0 => Value::Null,
        1 => Value::Bool(src.byte() & 1 == 1),
        2 => {
            let n: Number = src.pick(NUMBERS).parse().expect("valid JSON number");
            Value::Number(n)
        }
        3 => Value::String(src.pick(PII).to_string()),
        4 => Value::String(src.raw_text(16)),
        5 => Value::Array(
            (0..src.below(4))
                .map(|_| json_value(src, depth + 1))
                .collect(),
        ),
        _ => {
            let mut map = Map::new();
            for _ in 0..src.below(5) {
                let key = match src.below(4) {
                    0 => src.raw_text(8),
                    _ => src.pick(KEYS).to_string(),
                };
                map.insert(key, json_value(src, depth + 1));
            }
            Value::Object(map)
        }
    }
}

/// A JSON log line: a document mixing steering keys, personal data and
/// arbitrary strings (escapes, control characters, any Unicode).
pub struct JsonLine(pub String);

impl JsonLine {
    pub fn from_bytes(data: &[u8]) -> JsonLine {
        let value = json_value(&mut Source::new(data), 0);
        JsonLine(serde_json::to_string(&value).expect("a Value always serializes"))
    }
}

impl fmt::Debug for JsonLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "redactor().redact_line({:?})", self.0)
    }
}

/// Everything a config file can hand the engine: keys, the active id, a
/// replacement text, a region, and a line to redact with the result.
#[derive(Debug)]
pub struct ConfigCase {
    pub keys: Vec<(String, Vec<u8>)>,
    pub active: String,
    pub kind: Kind,
    pub replacement: String,
    pub region: String,
    pub line: String,
}

const IDS: &[&str] = &[
    "k1",
    "k2",
    "a",
    "zz99zz99",
    "",
    "K1",
    "toolong99",
    "k-1",
    "ü",
];
const REGIONS: &[&str] = &["DE", "de", " FR ", "XX", "", "D", "DEU", "ÄÖ", "001", "UN"];

impl ConfigCase {
    pub fn from_bytes(data: &[u8]) -> ConfigCase {
        let mut src = Source::new(data);
        let keys = (0..src.below(4))
            .map(|_| {
                let id = if src.below(3) == 0 {
                    src.raw_text(10)
                } else {
                    src.pick(IDS).to_string()
                };
                let len = src.pick(&[0, 31, 32, 33, 64]);
                (id, (0..len).map(|_| src.byte()).collect())
            })
            .collect();
        let active = src.pick(IDS).to_string();
        let kind = src.pick(&Kind::ALL);
        let replacement = if src.below(2) == 0 {
            src.raw_text(70)
        } else {
            src.pick(&[
                "<name>",
                "REDACTED",
                "Anna",
                "***",
                "x",
                "tel_k1_df4a9327598a9122",
                "mail",
            ])
            .to_string()
        };
        let region = if src.below(3) == 0 {
            src.raw_text(4)
        } else {
            src.pick(REGIONS).to_string()
        };
        let line = src.pick(PII).to_string();
        ConfigCase {
            keys,
            active,
            kind,
            replacement,
            region,
            line,
        }
    }
}
