//! Structure: the key/value pairs of JSON objects, logfmt lines, `key: "…"`
//! phrases and URL query strings, so a key name (`callerName`, `phone`,
//! `cvv`) can decide what its value is.

use std::cell::RefCell;
use std::sync::OnceLock;

use regex::bytes::CaptureLocations;

use crate::census::Census;
use crate::keyring::is_token;
use crate::needles::Needle;
use crate::on_demand::OnDemand;

mod groups;
mod json_pairs;
mod logfmt_pairs;
mod starts;
mod value_ends;
use value_ends::{
    closes_object, escaped_newline, form_first_pair, form_value_end, is_ldap_filter,
    is_percent_encoded, joined_value_end, opens_structure, printed_value_end, record_value_end,
};

use groups::{Found, Pair, Reader, Span};

/// How a value is written, which decides how it is decoded before the
/// detectors look at it and how its replacement is escaped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Syntax {
    /// A JSON string or number (escapes left as written).
    Json,
    /// A logfmt value, quoted or bare, or a `key: "value"` phrase.
    Logfmt,
    /// A URL query parameter value (percent-encoded, `+` for space).
    Url,
}

/// One key/value pair: byte ranges of the original line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Field {
    pub key: (usize, usize),
    pub value: (usize, usize),
    pub syntax: Syntax,
}

// Ruby and Perl print hashes the same way with `=>` (Rails' `Parameters:
// {"customer"=>{"first_name"=>"Vacibe"}}`).
// A value is a string, a number, a boolean (`"secureFlow":true` marks a
// payment flow), or a flat array of strings, numbers and nulls
// (`"last_name": ["Õun", "Õun-Karro"]`, `"to": ["+4915…", …]`, an audit
// trail's old and new value `"givenName":[null,"Arash"]`): group 4 is the array's
// inside, whose elements each become a pair with the array's key. (Spaces
// are taken after each element, never before a `,` or `]`: then the next
// byte always decides the branch and captures stay on the one-pass engine.)
// `json_pairs` finds its matches and reads their groups by hand; it is
// their tests' oracle.
#[cfg(test)]
const JSON: &str = r#"(?-u)[{,]\s*"((?:[^"\\\x00-\x1f]|\\.){1,64})"\s*(?::|=>)\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d[\d.eE+\-]*|true|false)|\[\s*((?:"(?:[^"\\]|\\.)*"|-?\d[\d.eE+\-]*|null)\s*(?:,\s*(?:"(?:[^"\\]|\\.)*"|-?\d[\d.eE+\-]*|null)\s*)*)\])"#;
// A key (`CALLERID(name)=` closes a parenthesis, `CONNECTEDLINE(name,i)=`
// after an option) and its value: in single
// quotes with optional spaces around `=` (SQL's `LastName = 'Akça'`), in
// double quotes or bare after ` = ` (an F# or Haskell record, `{nome =
// "Suresh"}`; a C# record or anonymous type, `{ FirstName = Semen, … }`,
// group `LOGFMT_RECORD`, checked in code), in double quotes, bare, or after
// `: ` in either quotes (Node's `util.inspect`, `{ nombre: 'Eneko' }`) or
// bare. A bare value does not open with a single quote, so the next byte
// always decides the branch and captures stay on the one-pass engine.
// A key may index a form's nested field (`contact[name]=`, and
// URL-encoded `contact%5Bname%5D=` opening a form body).
// `|` separates pairs too (`Queue: Sales|CallerIDNum: 0612…` in pipe-joined
// AMI events), and ends a bare value after `: `, which never opens with a
// brace or bracket (`customer: {first_name: …}` holds pairs, not a value). A key may be written in
// any script (`vezetéknév=`, `επώνυμο=`): its bytes above 0x7f are letters'.
// A JavaScript object literal glues a double-quoted value to its key
// (`user={id:"u_1", username:"…"}`, Bugsnag's and BotFramework's records).
// `logfmt_pairs` finds its matches and reads their groups by hand; it is
// their tests' oracle.
#[cfg(test)]
const LOGFMT: &str = r#"(?-u)(?:^|[\s,;|(\[{])([A-Za-z_\x80-\xff](?:[A-Za-z0-9_.\-\x80-\xff]|\[[0-9A-Za-z_]+\]|%5[Bb][0-9A-Za-z_]+%5[Dd]){0,63})(?:\)|,[a-z]{1,2}\))?(?:\x20=(?:'((?:[^'\\]|\\.)*)'|\x20(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([^'"\s,{}][^,{}]*)))|=(?:\x20?'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([^\s"'][^\s"]*))|:\x20(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s"',|{\[][^\s",|]*))|:"((?:[^"\\]|\\.)*)")"#;
/// The LOGFMT pattern's group that holds a record's bare value.
const LOGFMT_RECORD: usize = 5;
// JSON written inside a string, its quotes escaped (`body="{\"cliente\":
// \"Farkas Bal\u00e1zs\"}"`, Twilio's `attributes`; a Ruby hash's `=>`
// too): a pair's key and string or number value. A backslash in a value
// escapes anything but the quote.
const ESCAPED_JSON: &str = r#"(?-u)[{,]\s*\\"((?:[^"\\\x00-\x1f]|\\[^"]){1,64})\\"\s*(?::|=>)\s*(?:\\"((?:[^"\\]|\\[^"])*)\\"|(-?\d[\d.eE+\-]*))"#;
// logfmt written inside a JSON string, its quotes escaped (`{"msg":"form:
// first_name=\"Rasa\" phone=\"+370…\""}`): a bare key, `=`, and the
// value between the escaped quotes.
const ESCAPED_LOGFMT: &str =
    r#"(?-u)(?:^|[\s,;|(\[{])([A-Za-z_][A-Za-z0-9_.\-]{0,63})=\\"((?:[^"\\]|\\[^"])*)\\""#;
// A single-quoted key and string value: a Python dict's pair (`{'first_name':
// 'Vigo', …}`, as `repr()` and `str()` print it; Django's QueryDict wraps
// each value in a list, `{'nom': ['pritchard']}`), PHP's `var_export` and
// Laravel's dumps (`array ( 'nome' => 'Itzel', …`), Perl's Data::Dumper,
// Node's `URLSearchParams { 'lname' => 'Ray' }`, and the `('key', 'value')`
// tuples of a Werkzeug MultiDict (a `,` after the key only after `(`,
// checked in code: `['a', 'b']` is a list).
const QUOTED_PAIR: &str = r#"(?-u)[{,(\[]\s*'((?:[^'\\\x00-\x1f]|\\.){1,64})'\s*(?::|=>|,)\s*(?:'((?:[^'\\]|\\.)*)'|\[\s*'((?:[^'\\]|\\.)*)'\s*\])"#;
// Erlang's binaries in a printed map (`#{<<"first">> => <<"Till">>}`).
const ERLANG_MAP: &str =
    r#"(?-u)<<"((?:[^"\\\x00-\x1f]|\\.){1,64})">>\s*=>\s*<<"((?:[^"\\]|\\.)*)">>"#;
// An XML element with text only (`<FirstName>Tapio</FirstName>`, SOAP
// bodies); the key leaves out a namespace prefix, and the closing tag is
// checked in code (`closes_element`). Or an element its `Name` attribute
// names (Windows events' `<Data Name="TargetUserName">…</Data>`).
const XML: &str = r#"(?-u)<(?:[A-Za-z_][A-Za-z0-9_.\-]*:)?(?:[A-Za-z_][A-Za-z0-9_.\-]*\x20[Nn]ame="([A-Za-z_][A-Za-z0-9_.\-]{0,63})"|([A-Za-z_][A-Za-z0-9_.\-]{0,63}))>([^<>]{1,256})</"#;
// Query parameters and fragment parameters (`#name=…` in single-page apps).
const URL: &str = r#"(?-u)[?&;#]([A-Za-z0-9_.\-\[\]%]{1,64})=([^&#\s"'<>]*)"#;

/// The patterns, each compiled once per process, when a line first needs
/// it (`OnDemand`): constant, so every redactor shares them, and one set
/// of capture slots per thread serves those read by captures without
/// allocating per line.
struct Patterns {
    escaped_json: OnDemand,
    escaped_logfmt: OnDemand,
    quoted_pair: OnDemand,
    erlang_map: OnDemand,
    xml: OnDemand,
    url: OnDemand,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| Patterns {
        escaped_json: OnDemand::new(ESCAPED_JSON),
        escaped_logfmt: OnDemand::new(ESCAPED_LOGFMT),
        quoted_pair: OnDemand::new(QUOTED_PAIR),
        erlang_map: OnDemand::new(ERLANG_MAP),
        xml: OnDemand::new(XML),
        url: OnDemand::new(URL),
    })
}

thread_local! {
    /// Each captured pattern's slots, made at its first search.
    static SLOTS: RefCell<[Option<CaptureLocations>; 5]> =
        const { RefCell::new([None, None, None, None, None]) };
}

/// Follows a JSON text forward, telling which offsets lie inside strings.
#[derive(Default)]
pub(crate) struct JsonStrings {
    pos: usize,
    in_string: bool,
}

impl JsonStrings {
    /// Whether offset `at` (never smaller than the one asked before) lies
    /// outside every string.
    pub(crate) fn outside(&mut self, line: &[u8], at: usize) -> bool {
        while self.pos < at {
            match line[self.pos] {
                b'\\' if self.in_string => self.pos += 1,
                b'"' => self.in_string = !self.in_string,
                _ => {}
            }
            self.pos += 1;
        }
        !self.in_string
    }

    /// Carries the walk to `end`, the end of a pair that opened outside
    /// every string at the offset last asked about: a pair's strings
    /// close within it, escaped as the walk reads them, so the walk would
    /// end there outside too (without reading the pair's bytes once more).
    fn skip_pair(&mut self, end: usize) {
        debug_assert!(!self.in_string && self.pos <= end);
        self.pos = end;
    }
}

/// A search written by hand for a pattern: the bounds and groups of its
/// leftmost match in a line at or after an offset.
type NextMatch = fn(&[u8], usize) -> Option<Found>;

/// How the key and value of a match are read.
enum Groups<'a> {
    /// From the capture groups: the key is the first of the first range's
    /// groups that matched, the value the first of the second's. (The
    /// slots are made for the pattern at its first search.)
    Captured(
        &'a OnDemand,
        &'a mut Option<CaptureLocations>,
        std::ops::RangeInclusive<usize>,
        std::ops::RangeInclusive<usize>,
    ),
    /// From the match's bytes, by a reader that knows the pattern (see
    /// `groups`): the search then only finds the match's bounds.
    Read(&'a OnDemand, Reader),
    /// By a search written by hand, which reads the groups on its way
    /// to the match's end (reading the match again would walk its key
    /// and value twice).
    Found(NextMatch),
}

/// Calls `found(key, value, group)` for each match of the pattern `groups`
/// reads in `line`, with
/// the value's group number. `structural`: the
/// line is a JSON document, and a match must open outside its strings
/// (`{"::,,":{":":[]}}` holds no pair `:{` = `:[]}},`). When `found`
/// returns false its value is searched for pairs (it was
/// no pair, or a pair cut before more pairs).
fn each_pair(
    mut groups: Groups<'_>,
    line: &[u8],
    structural: bool,
    mut found: impl FnMut(Span, Span, usize) -> bool,
) {
    if let Groups::Captured(re, slots, ..) = &mut groups {
        slots.get_or_insert_with(|| re.get().capture_locations());
    }
    let mut strings = JsonStrings::default();
    let mut at = 0;
    while at <= line.len() {
        // The match's bounds, and its groups if the search read them.
        let m: Option<(Span, Option<Pair>)> = match &mut groups {
            Groups::Captured(re, Some(slots), ..) => re
                .get()
                .captures_read_at(slots, line, at)
                .map(|m| (bounds(m), None)),
            Groups::Captured(_, None, ..) => unreachable!("slots made above"),
            Groups::Read(re, _) => re.get().find_at(line, at).map(|m| (bounds(m), None)),
            Groups::Found(next) => next(line, at).map(|(bounds, pair)| (bounds, Some(pair))),
        };
        let Some(((start, end), read_pair)) = m else {
            break;
        };
        if structural && !strings.outside(line, start) {
            at = start + 1;
            continue;
        }
        let pair = match &groups {
            Groups::Captured(_, slots, keys, values) => {
                let slots = slots.as_ref().expect("slots made above");
                keys.clone().find_map(|g| slots.get(g)).and_then(|key| {
                    values
                        .clone()
                        .find_map(|g| slots.get(g).map(|v| (key, v, g)))
                })
            }
            Groups::Read(_, read) => Some(read(line, start, end)),
            Groups::Found(_) => read_pair,
        };
        if let Some((key, value, group)) = pair {
            if !found(key, value, group) {
                // From the byte before the value: a key needs the
                // separator in front of it (past the key: progress).
                at = value.0 - 1;
                continue;
            }
        }
        if structural {
            strings.skip_pair(end);
        }
        at = if end > start { end } else { end + 1 };
    }
}

fn bounds(m: regex::bytes::Match<'_>) -> (usize, usize) {
    (m.start(), m.end())
}

/// Does the line hold a JSON document? It opens with `{`, or with `[`
/// followed by a JSON value (`[INFO]` and our own `[name]` do not count).
pub(crate) fn looks_like_json(line: &[u8]) -> bool {
    let skip_ws = |from: usize| {
        (from..line.len())
            .find(|&i| !line[i].is_ascii_whitespace())
            .unwrap_or(line.len())
    };
    let start = skip_ws(0);
    match line.get(start) {
        Some(b'{') => true,
        Some(b'[') => {
            let at = skip_ws(start + 1);
            let inner = &line[at..];
            match inner.first() {
                Some(b'{' | b'[' | b'"' | b']') => true,
                // A number must be an element: `[4111…, 2]`, not the
                // `[10:19:40]` or `[2024-05-01 …]` that opens a log line.
                Some(b'-' | b'0'..=b'9') => {
                    let len = inner
                        .iter()
                        .take_while(|b| {
                            b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E')
                        })
                        .count();
                    matches!(line.get(skip_ws(at + len)), Some(b',' | b']'))
                }
                _ => [&b"true"[..], b"false", b"null"]
                    .iter()
                    .any(|w| inner.starts_with(w)),
            }
        }
        _ => false,
    }
}

/// Appends every key/value pair found in `line` to `out`.
pub(crate) fn scan(line: &[u8], census: Census, out: &mut Vec<Field>) {
    let p = patterns();
    SLOTS.with(|cell| {
        let mut cell = cell.borrow_mut();
        let [escaped_json, escaped_logfmt, quoted_pair, erlang_map, xml] = &mut *cell;
        // Inside a JSON line a logfmt value in plain quotes would be the
        // closing quote of a JSON string and whatever follows it
        // (`{"m":"pin=","n":"1"}`); logfmt inside JSON strings escapes its
        // quotes, so only bare logfmt values count there.
        let json_line = looks_like_json(line);
        // A value is percent-encoded, or a form body's first, only where
        // the line holds a `%` or a `&`: the census tells, sparing a
        // search of each value.
        let percent = census.holds(line, Needle::Percent);
        let ampersand = census.holds(line, Needle::Ampersand);
        // Joined pairs (`joined_value_end`) need a `;` or a `|`: without
        // either, no value is searched for one.
        let joined = census.holds(line, Needle::Semicolon) || census.holds(line, Needle::Pipe);
        let runs = [
            (
                Syntax::Json,
                Groups::Found(json_pairs::next_pair),
                census.holds(line, Needle::DoubleQuote) && census.holds(line, Needle::Colon),
                json_line,
            ),
            (
                Syntax::Json,
                Groups::Captured(&p.escaped_json, escaped_json, 1..=1, 2..=3),
                census.holds(line, Needle::EscapedQuote),
                false,
            ),
            (
                Syntax::Logfmt,
                Groups::Captured(&p.escaped_logfmt, escaped_logfmt, 1..=1, 2..=2),
                census.holds(line, Needle::EscapedQuote),
                false,
            ),
            (
                Syntax::Logfmt,
                Groups::Captured(&p.quoted_pair, quoted_pair, 1..=1, 2..=3),
                census.holds(line, Needle::Apostrophe),
                false,
            ),
            (
                Syntax::Logfmt,
                Groups::Captured(&p.erlang_map, erlang_map, 1..=1, 2..=2),
                census.holds(line, Needle::ErlangBinary),
                false,
            ),
            (
                Syntax::Logfmt,
                Groups::Captured(&p.xml, xml, 1..=2, 3..=3),
                census.holds(line, Needle::ClosingTag),
                false,
            ),
            (
                Syntax::Logfmt,
                Groups::Found(logfmt_pairs::next_pair),
                census.holds(line, Needle::Equals) || census.holds(line, Needle::ColonSpace),
                false,
            ),
            (
                Syntax::Url,
                Groups::Read(&p.url, groups::url),
                [Needle::Question, Needle::Ampersand, Needle::Hash]
                    .into_iter()
                    .any(|n| census.holds(line, n)),
                false,
            ),
        ];
        // The byte checks are prefilters: no pair of that syntax without
        // them. `structural`: the pattern's pairs must open outside the
        // line's JSON strings (escaped JSON lies inside one).
        for (syntax, groups, possible, structural) in runs {
            if possible {
                each_pair(groups, line, structural, |key, mut value, group| {
                    if syntax == Syntax::Json && group == JSON_ARRAY {
                        for_each_json_element(line, value, |value| {
                            out.push(Field { key, value, syntax });
                        });
                        return true;
                    }
                    if line[key.1] == b'>' && !closes_element(line, key, value.1) {
                        return true;
                    }
                    if line[key.1] == b'\'' && !is_quoted_pair(line, key) {
                        return true;
                    }
                    if syntax == Syntax::Logfmt && group == LOGFMT_RECORD {
                        // Not a record's member: the text after ` = ` may
                        // hold pairs.
                        let Some(end) = record_value_end(line, key, value) else {
                            return false;
                        };
                        value.1 = end;
                    }
                    let mut syntax = syntax;
                    // In a JSON line a bare logfmt or query value stops
                    // before the backslash of an escaped quote (`a=b\"`,
                    // `?2=%\"`): replacing the backslash would end the JSON
                    // string early.
                    if json_line && syntax != Syntax::Json {
                        // Nor does it run past a quote into the next JSON
                        // string (`"x":"n0[a='…","y":"…'"`): replacing that
                        // span would take the JSON structure with it.
                        if let Some(q) = memchr::memchr(b'"', &line[value.0..value.1]) {
                            value.1 = value.0 + q;
                        }
                        while value.1 > value.0 && line[value.1 - 1] == b'\\' {
                            value.1 -= 1;
                        }
                    }
                    // The value was cut before more pairs (`printed_value_end`).
                    let mut more_pairs = false;
                    let in_quotes = value.0 > 0 && line[value.0 - 1] == b'"';
                    let quoted = in_quotes || value.0 > 0 && line[value.0 - 1] == b'\'';
                    // `filter="(|(mail=…)(sn=Vogelsang))"`: an LDAP search
                    // filter holds pairs, not a value.
                    if syntax == Syntax::Logfmt && quoted && is_ldap_filter(&line[value.0..value.1])
                    {
                        return false;
                    }
                    // `body=first_name=Suzanne&last_name=…`: the value is a
                    // form; its first pair is taken here (the URL pattern
                    // finds the ones after `&`).
                    // A JSON string holds one too (`"args":"name=Teodora+Surdu&…"`,
                    // a WAF's or gateway's query arguments).
                    // A form's pair ends at a `&`: on a line without one
                    // (the census tells) no value is searched for a key.
                    let form = (ampersand
                        && (syntax == Syntax::Logfmt && !quoted && line[key.1] == b'='
                            || syntax == Syntax::Json && group == JSON_STRING))
                        .then(|| form_first_pair(line, value))
                        .flatten();
                    if let Some((key, value)) = form {
                        out.push(Field {
                            key,
                            value,
                            syntax: Syntax::Url,
                        });
                        return true;
                    }
                    if syntax == Syntax::Logfmt && !quoted {
                        match line[key.1] {
                            // `posted: first_name=Leo&…`: the pairs are in the value.
                            b':' if line[value.0..value.1].contains(&b'=') => return false,
                            // `changes: %{first: "Xiuying", …}`: an Elixir
                            // map holds pairs, not a value.
                            b':' if line[value.0..].starts_with(b"%{") => return false,
                            // `nome: Pierluigi; cognome: Leone;`: pairs
                            // joined by `; `, whose `;` ends the value.
                            b':' if value.1 - value.0 > 1 && line[value.1 - 1] == b';' => {
                                value.1 -= 1;
                            }
                            // `"- nume: Vlad\n  prenume: …"`: YAML in an
                            // escaped string, whose `\n` ends the value.
                            b':' if escaped_newline(&line[value.0..value.1])
                                .is_some_and(|p| p > 0) =>
                            {
                                value.1 =
                                    value.0 + escaped_newline(&line[value.0..value.1]).unwrap_or(0);
                            }
                            // FreeSWITCH's `Caller-Caller-ID-Name: Jae-hyun%20Kim`.
                            b':' if percent && is_percent_encoded(&line[value.0..value.1]) => {
                                syntax = Syntax::Url;
                            }
                            // `name=Ana+Lima&mobile=…` after a space is a form
                            // body: its first value ends at the `&` and is
                            // URL-encoded (the URL pattern finds the pairs after it).
                            // Kannel writes `dst=<34781604033>,`: the value is
                            // inside the angle brackets.
                            // `attributes={vorname=Sebastian, …}`: a printed
                            // structure holds pairs, not a value.
                            // So does a type's (`state=Loaded(name=…, …)`,
                            // Kotlin's and Java's `toString`).
                            b'=' if opens_structure(&line[value.0..value.1]) => return false,
                            b'=' if line[value.0] == b'<' => {
                                if let Some(gt) = memchr::memchr(b'>', &line[value.0..value.1]) {
                                    value = (value.0 + 1, value.0 + gt);
                                }
                            }
                            b'=' => {
                                if let Some(end) = ampersand
                                    .then(|| form_value_end(&line[..value.1], value.0))
                                    .flatten()
                                {
                                    value.1 = end;
                                    syntax = Syntax::Url;
                                } else if let Some(end) = (key.0 > 0
                                    && matches!(line[key.0 - 1], b'{' | b'(' | b'[' | b','))
                                .then(|| printed_value_end(&line[value.0..value.1]))
                                .flatten()
                                {
                                    value.1 = value.0 + end;
                                    more_pairs = true;
                                } else if let Some(end) = joined
                                    .then(|| joined_value_end(&line[value.0..value.1]))
                                    .flatten()
                                {
                                    value.1 = value.0 + end;
                                    more_pairs = true;
                                }
                                // `(givenName=Henrike)(sn=Vogelsang)`: in a filter
                                // the item's bracket ends its value.
                                if key.0 > 0 && line[key.0 - 1] == b'(' {
                                    let text = &line[value.0..value.1];
                                    if let Some(close) = memchr::memchr(b')', text) {
                                        if !text[..close].contains(&b'(') && close > 0 {
                                            value.1 = value.0 + close;
                                            more_pairs = true;
                                        }
                                    }
                                }
                                // `Contact(… LastName=Aigner)`: a bracket the
                                // value did not open closes the printed object.
                                value.1 -= closes_object(line, key.0, value);
                                // `{fname=Davit, lname=…}` (Java's
                                // `Map.toString`), `user=bob, then`: a comma
                                // before a space ends the value; so does the
                                // colon of `tech=jkoskinen: seal replaced`.
                                if value.1 - value.0 > 1
                                    && matches!(line[value.1 - 1], b',' | b':')
                                    && matches!(line.get(value.1), None | Some(b' '))
                                {
                                    value.1 -= 1;
                                }
                                // `cx_name=Sara%20Strawa` (a cookie, a
                                // form value in a log): percent-encoded.
                                if percent && is_percent_encoded(&line[value.0..value.1]) {
                                    syntax = Syntax::Url;
                                }
                            }
                            _ => {}
                        }
                    }
                    // `org.apache.hadoop.ipc.Client: Address change …`: a
                    // dotted name before ": " is a logger or class, and what
                    // follows is its message, not a value.
                    let logger = syntax == Syntax::Logfmt
                        && line[key.1] == b':'
                        && line[key.0..key.1].contains(&b'.');
                    // A token a first pass wrote (`tel_k1_…=x`) replaced a
                    // number, which could not have been a key.
                    let token = is_token(&line[key.0..key.1]);
                    // In a JSON line only an escaped quote opens a logfmt
                    // value (`form: name=\"Rasa\"`); a plain one is JSON's.
                    let escaped = in_quotes && value.0 >= 2 && line[value.0 - 2] == b'\\';
                    let json_quote = json_line && syntax == Syntax::Logfmt && in_quotes && !escaped;
                    if !(logger || token || json_quote) {
                        out.push(Field { key, value, syntax });
                        // `lastName: "Virtanen" → "Rantanen"`: a change's
                        // new value belongs to the same key.
                        let new = if in_quotes {
                            changed_to(line, value.1)
                        } else if !quoted && syntax == Syntax::Logfmt {
                            changed_to_bare(line, value.1)
                        } else {
                            None
                        };
                        if let Some(new) = new {
                            out.push(Field {
                                key,
                                value: new,
                                syntax,
                            });
                        }
                    }
                    !more_pairs
                });
            }
        }
    });
    crate::sql::scan(line, census, out);
    crate::validation::scan(line, census, out);
    crate::printed::scan(line, census, out);
    crate::calls::scan(line, census, out);
    crate::changes::scan(line, census, out);
}

/// quotes.
fn changed_to(line: &[u8], close: usize) -> Option<(usize, usize)> {
    let rest = line.get(close + 1..)?;
    let arrow = [&b" \xE2\x86\x92 \""[..], b" -> \"", b" => \""]
        .into_iter()
        .find(|a| rest.starts_with(a))?;
    let start = close + 1 + arrow.len();
    let end = closing_quote(line, start, line.len());
    (end < line.len()).then_some((start, end))
}

/// After a bare value that ends at `end`, the new value of a change
/// written ` → …` or ` -> …` (`Nachname: Huber → Moser; Telefon: …`): up
/// to the next `;`, `,` or `|`, at most 64 bytes, without spaces around it.
fn changed_to_bare(line: &[u8], end: usize) -> Option<(usize, usize)> {
    let rest = line.get(end..)?;
    let arrow = [&b" \xE2\x86\x92 "[..], b" -> "]
        .into_iter()
        .find(|a| rest.starts_with(a))?;
    let start = end + arrow.len();
    let tail = &line[start..line.len().min(start + 64)];
    let len = tail
        .iter()
        .position(|b| matches!(b, b';' | b',' | b'|' | b'"'))
        .unwrap_or(tail.len());
    let value = tail[..len].trim_ascii();
    (!value.is_empty() && tail[0] != b' ' && tail[0] != b'"').then(|| (start, start + value.len()))
}

/// Where the string whose text starts at `from` closes: its unescaped `"`
/// before `to`, or `to` (or just past it) when none.
fn closing_quote(line: &[u8], from: usize, to: usize) -> usize {
    let mut i = from;
    while i < to && line[i] != b'"' {
        i += if line[i] == b'\\' { 2 } else { 1 };
    }
    i
}

/// Is the single-quoted `key` (its closing quote at `key.1`) a pair's? A
/// `,` after it makes one only in a `('key', 'value')` tuple.
fn is_quoted_pair(line: &[u8], key: (usize, usize)) -> bool {
    let after = line[key.1 + 1..].trim_ascii_start();
    let before = line[..key.0 - 1].trim_ascii_end();
    after.first() != Some(&b',') || before.last() == Some(&b'(')
}

/// Does the text of an XML element (ending at `end`, before `</`) close
/// the element that `key` names (`</FirstName>`, `</ns2:FirstName>`)?
fn closes_element(line: &[u8], key: (usize, usize), end: usize) -> bool {
    let tag = &line[end + 2..];
    let name = &line[key.0..key.1];
    let tag = match memchr::memchr(b':', &tag[..tag.len().min(name.len() + 66)]) {
        Some(colon) if !tag[..colon].contains(&b'>') => &tag[colon + 1..],
        _ => tag,
    };
    tag.starts_with(name) && tag.get(name.len()) == Some(&b'>')
}

/// The JSON pattern's group that holds a string's inside.
const JSON_STRING: usize = 2;

/// The JSON pattern's group that holds a flat array's inside.
const JSON_ARRAY: usize = 4;

/// Calls `element(span)` for each element of a flat JSON array's inside
/// (`"a", 12, "b\"c"`, as the JSON pattern matched it): a string's span
/// without its quotes, a number's whole.
fn for_each_json_element(
    line: &[u8],
    (from, to): (usize, usize),
    mut element: impl FnMut((usize, usize)),
) {
    let mut i = from;
    while i < to {
        match line[i] {
            b'"' => {
                let start = i + 1;
                let j = closing_quote(line, start, to);
                element((start, j.min(to)));
                i = j + 1;
            }
            b'-' | b'0'..=b'9' => {
                let end = line[i..to]
                    .iter()
                    .position(|&b| {
                        !(b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
                    })
                    .map_or(to, |p| i + p);
                element((i, end));
                i = end;
            }
            _ => i += 1,
        }
    }
}

/// The key and value texts of the pairs `scan` finds in `line`: what the
/// tests of each pair finder compare.
#[cfg(test)]
pub(crate) fn pair_texts(line: &str, scan: fn(&[u8], &mut Vec<Field>)) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    scan(line.as_bytes(), &mut out);
    out.iter()
        .map(|f| (&line[f.key.0..f.key.1], &line[f.value.0..f.value.1]))
        .collect()
}

#[cfg(test)]
mod tests;
