//! The field patterns and readers on written lines.

use super::groups::Found;
use super::value_ends::IN_BARE_KEY;
use super::*;

/// What the pattern `re` captures in its leftmost match in `line` at or
/// after `from`: the match's bounds, its key (group 1), and the first
/// value group that took part with its number.
pub(super) fn captured(re: &regex::bytes::Regex, line: &[u8], from: usize) -> Option<Found> {
    let c = re.captures_at(line, from)?;
    let span = |m: regex::bytes::Match<'_>| (m.start(), m.end());
    let (group, value) = (2..c.len()).find_map(|g| c.get(g).map(|v| (g, span(v))))?;
    Some((span(c.get(0)?), (span(c.get(1)?), value, group)))
}

/// Does `next` find what `Regex::captures_at` finds from each offset of
/// `line`, its bounds, key and value? (The hand-written pair finders
/// against their patterns.)
pub(super) fn finds_as_captures_at(
    re: &regex::bytes::Regex,
    line: &[u8],
    next: impl Fn(&[u8], usize) -> Option<Found>,
) {
    for from in 0..=line.len() {
        assert_eq!(
            next(line, from),
            captured(re, line, from),
            "{line:?} from {from}"
        );
    }
}

fn pairs(line: &str) -> Vec<(String, String, Syntax)> {
    let mut out = Vec::new();
    scan(line.as_bytes(), Census::of(line.as_bytes()), &mut out);
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
fn json_text_inside_a_string_is_not_a_pair() {
    let line = r#"{"url":{"::,,":{":":[]}},"b":[{"card":[{"cvv":"x"}]}],"k":"a\",\"p\":\"1"}"#;
    assert_eq!(
        pairs(line),
        [
            ("cvv".to_string(), "x".to_string(), Syntax::Json),
            (
                "k".to_string(),
                r#"a\",\"p\":\"1"#.to_string(),
                Syntax::Json
            ),
        ]
    );
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
fn each_element_of_a_flat_json_array_is_a_value_of_its_key() {
    let p = pairs(r#"{"last_name":["Õun", "Ö\"un"],"to":[4915, "x"],"o":[{"n":"A"}]}"#);
    let kv: Vec<_> = p.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
    assert_eq!(
        kv,
        [
            ("last_name", "Õun"),
            ("last_name", r#"Ö\"un"#),
            ("to", "4915"),
            ("to", "x"),
            ("n", "A")
        ]
    );
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
fn pairs_as_other_languages_print_them() {
    let lines = [
        // PHP, Perl, Node's URLSearchParams, Django, Werkzeug, Erlang
        "array ( 'id' => 4, 'nome' => 'Itzel', )",
        "$VAR1 = { 'nome' => 'Itzel' };",
        "URLSearchParams { 'nome' => 'Itzel' }",
        "<QueryDict: {'nome': ['Itzel']}>",
        "ImmutableMultiDict([('nome', 'Itzel')])",
        "#{<<\"nome\">> => <<\"Itzel\">>}",
        // Node's util.inspect, an F# record
        "{ nome: 'Itzel' }",
        "Customer {id = 4, nome = \"Itzel\"}",
    ];
    for line in lines {
        let p = pairs(line);
        assert!(
            p.iter().any(|(k, v, _)| k == "nome" && v == "Itzel"),
            "{line}: {p:?}"
        );
    }
    // A list of two strings holds no pair.
    assert!(pairs("roles=['nome', 'Itzel']")
        .iter()
        .all(|(k, _, _)| k != "nome"));
}

#[test]
fn a_form_body_after_a_space_is_read_as_a_query() {
    let p = pairs("POST /v1/contacts name=Ana+Lima&mobile=%2B49+1 ok=1");
    let kv: Vec<_> = p
        .iter()
        .map(|x| (x.0.as_str(), x.1.as_str(), x.2))
        .collect();
    assert_eq!(
        kv,
        [
            ("name", "Ana+Lima", Syntax::Url),
            ("ok", "1", Syntax::Logfmt),
            ("mobile", "%2B49+1", Syntax::Url)
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

#[test]
fn json_pairs_start_only_on_a_brace_or_comma() {
    let json = regex::bytes::Regex::new(JSON).expect("valid");
    let line = br#"x{"a":1} ,"b" : "c", {"d":[1, "e"]},"f"=>2"#;
    for m in json.find_iter(line) {
        assert!(matches!(line[m.start()], b'{' | b','));
    }
    assert!(json.find_iter(line).count() >= 4);
}

#[test]
fn the_bare_key_table_is_the_byte_test() {
    for b in 0..=u8::MAX {
        let in_key = b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-');
        assert_eq!(IN_BARE_KEY[usize::from(b)], in_key, "{b:#x}");
    }
}
