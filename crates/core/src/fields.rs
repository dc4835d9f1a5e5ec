//! Structure: the key/value pairs of JSON objects, logfmt lines, `key: "…"`
//! phrases and URL query strings, so a key name (`callerName`, `phone`,
//! `cvv`) can decide what its value is.

use regex::bytes::Regex;

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

pub(crate) struct FieldScanner {
    json: Regex,
    logfmt: Regex,
    url: Regex,
}

const JSON: &str =
    r#"(?-u)"((?:[^"\\\x00-\x1f]|\\.){1,64})"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d[\d.eE+\-]*))"#;
const LOGFMT: &str = r#"(?-u)(?:^|[\s,;(\[{])([A-Za-z_][A-Za-z0-9_.\-]{0,63})(?:=(?:"((?:[^"\\]|\\.)*)"|([^\s"]+))|:\x20(?:"((?:[^"\\]|\\.)*)"|([^\s",]+)))"#;
const URL: &str = r#"(?-u)[?&;]([A-Za-z0-9_.\-\[\]%]{1,64})=([^&#\s"'<>]*)"#;

impl FieldScanner {
    pub(crate) fn new() -> FieldScanner {
        FieldScanner {
            json: Regex::new(JSON).expect("valid json field regex"),
            logfmt: Regex::new(LOGFMT).expect("valid logfmt field regex"),
            url: Regex::new(URL).expect("valid url field regex"),
        }
    }

    /// Appends every key/value pair found in `line` to `out`.
    pub(crate) fn scan(&self, line: &[u8], out: &mut Vec<Field>) {
        if memchr::memchr(b'"', line).is_some() && memchr::memchr(b':', line).is_some() {
            for c in self.json.captures_iter(line) {
                let key = c.get(1).expect("key group");
                if let Some(v) = c.get(2).or_else(|| c.get(3)) {
                    out.push(Field {
                        key: (key.start(), key.end()),
                        value: (v.start(), v.end()),
                        syntax: Syntax::Json,
                    });
                }
            }
        }
        if memchr::memchr2(b'=', b':', line).is_some() {
            for c in self.logfmt.captures_iter(line) {
                let key = c.get(1).expect("key group");
                if let Some(v) = (2..=5).find_map(|g| c.get(g)) {
                    out.push(Field {
                        key: (key.start(), key.end()),
                        value: (v.start(), v.end()),
                        syntax: Syntax::Logfmt,
                    });
                }
            }
        }
        if memchr::memchr2(b'?', b'&', line).is_some() {
            for c in self.url.captures_iter(line) {
                let (key, v) = (c.get(1).expect("key"), c.get(2).expect("value"));
                out.push(Field {
                    key: (key.start(), key.end()),
                    value: (v.start(), v.end()),
                    syntax: Syntax::Url,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(line: &str) -> Vec<(String, String, Syntax)> {
        let mut out = Vec::new();
        FieldScanner::new().scan(line.as_bytes(), &mut out);
        out.iter()
            .map(|f| {
                (
                    line[f.key.0..f.key.1].to_string(),
                    line[f.value.0..f.value.1].to_string(),
                    f.syntax,
                )
            })
            .collect()
    }

    #[test]
    fn json_pairs_including_nested_and_escaped() {
        let p = pairs(r#"{"a":{"name":"Sarah \"S\" Texier","n":42},"x":true}"#);
        assert_eq!(
            p[0],
            ("name".into(), r#"Sarah \"S\" Texier"#.into(), Syntax::Json)
        );
        assert_eq!(p[1], ("n".into(), "42".into(), Syntax::Json));
    }

    #[test]
    fn logfmt_pairs_quoted_and_bare() {
        let p = pairs(r#"ts=1 msg="ani lookup" agent="A. Cunha" phone: "+49 30 1""#);
        let keys: Vec<_> = p.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
        assert_eq!(
            keys,
            [
                ("ts", "1"),
                ("msg", "ani lookup"),
                ("agent", "A. Cunha"),
                ("phone", "+49 30 1")
            ]
        );
    }

    #[test]
    fn url_query_pairs() {
        let p = pairs("GET /s/X?name=G%C3%A1l+M&phone=%2B49+1&cid=7 HTTP/1.1");
        let url: Vec<_> = p
            .iter()
            .filter(|x| x.2 == Syntax::Url)
            .map(|x| (x.0.as_str(), x.1.as_str()))
            .collect();
        assert_eq!(
            url,
            [("name", "G%C3%A1l+M"), ("phone", "%2B49+1"), ("cid", "7")]
        );
    }
}
