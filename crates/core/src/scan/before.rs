//! What the words right before a number say about it: a phone phrase or
//! phone word (`unter`, `kontakt pod numerem`), or a namespaced identifier
//! ending in a phone key (`cx:contact:by_phone:`).

use crate::card::CardContext;
use crate::context::{
    announces_phone, card_context, classify_word, is_identifier_noun, is_number_word,
    is_phone_word, KeyClass,
};
use crate::name::{is_any_of, valid_utf8_prefix};

/// Is a number announced: a phone phrase or word right before it (`word`,
/// which starts at `at`), or a phone word among the three words before it
/// ("kontakt pod numerem", "contacto para o", "my number is")? Not when
/// what is numbered is named: "order number 84737281356", "Order-Nr.
/// 2024…", "número de pedido …" are identifiers.
pub(super) fn phone_context(line: &[u8], at: usize, word: &str) -> bool {
    // "crm caller id 9665…": a caller's id is their number.
    if word.eq_ignore_ascii_case("id") && ends_with_word(&line[..at], b"caller") {
        return true;
    }
    if is_identifier_noun(word) || is_numbered_thing(word) {
        return false;
    }
    if announces_phone(word) {
        return !(is_number_word(word) && numbers_a_thing(line, at));
    }
    // `contact upsert vid=55441273`: a number under a key is what the key
    // says, whatever the prose before the key is about.
    if line.get(at + word.len()) == Some(&b'=') {
        return false;
    }
    for (from, word) in words_back(line, at) {
        if is_identifier_noun(word) {
            return false;
        }
        if is_phone_word(word) {
            return !(is_number_word(word) && numbers_a_thing(line, from));
        }
    }
    false
}

/// The two words before the one at `at`, nearest first, with where each
/// starts: only words of letters joined by single spaces ("(call 1)
/// (flags = 00000004" has none). A quoted or bracketed text opens at its
/// first word (`text="Telefon numaram 9054…"`); an article joined to its
/// noun counts as the noun (Maltese "in-numru", Catalan "l'número").
fn words_back(line: &[u8], mut at: usize) -> impl Iterator<Item = (usize, &str)> {
    (0..2).map_while(move |_| {
        if at < 2 || line[at - 1] != b' ' {
            return None;
        }
        let from = line[..at - 1]
            .iter()
            .rposition(|&b| matches!(b, b' ' | b'"' | b'(' | b'[' | b'{'))
            .map_or(0, |i| i + 1);
        let word = std::str::from_utf8(&line[from..at - 1]).ok()?;
        let word = word.rsplit(['-', '\'']).next().unwrap_or(word);
        if word.is_empty() || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        at = from;
        Some((from, word))
    })
}

/// `síminn minn er 8574154`, `my phone is 8574154`: a phone's noun (see
/// `is_phone_noun`) right before the number (`word`, at `at`), or among
/// the two words before a verb "is" (or Spanish "es el") right before it,
/// vouches for a local number as a key does. (`phone bill 1234.56`: a
/// noun the phone's noun qualifies does not.)
pub(super) fn phone_noun_leads(line: &[u8], at: usize, word: &str) -> bool {
    const IS: &[&str] = &[
        "is",
        "er",
        "es",
        "el",
        "ist",
        "est",
        "är",
        "on",
        "je",
        "jest",
        "é",
        "è",
        "este",
        "van",
        "yra",
        "ir",
        "είναι",
        "е",
        "є",
        "это",
    ];
    is_phone_noun(word)
        || IS.iter().any(|is| word.eq_ignore_ascii_case(is))
            && words_back(line, at).any(|(_, w)| is_phone_noun(w))
}

/// Does `text`, without the spaces that end it, end with the word `word`
/// (ASCII, any case)?
fn ends_with_word(text: &[u8], word: &[u8]) -> bool {
    let text = text.trim_ascii_end();
    text.len() >= word.len()
        && text[text.len() - word.len()..].eq_ignore_ascii_case(word)
        && (text.len() == word.len() || !text[text.len() - word.len() - 1].is_ascii_alphanumeric())
}

/// `linked contact 51830277 to …`, `matched contacts: 31415926`: an
/// English "contact" (starting at `at`) right before one plain run of
/// digits, with no `+`, trunk `0` or grouping, names the CRM record, not
/// a number to call. "contact 0612 345 678", "contact +4917…" and an
/// "alternative contact 22334455" (a contact detail) stay phones.
pub(super) fn is_contact_record_id(line: &[u8], at: usize, before: &str, run: &[u8]) -> bool {
    is_contact_record_key(before.trim_end_matches([':', '#']), run)
        && !qualifies_a_contact_detail(&line[..at])
}

/// Is `value` under the key or word `contact(s)` a plain run of digits
/// that opens with no trunk `0`: a CRM record's id? Not eleven or more
/// digits that libphonenumber reads as a valid number with its calling
/// code (`contact 353856496473`): a number written without its `+`.
pub(super) fn is_contact_record_key(key: &str, value: &[u8]) -> bool {
    (key.eq_ignore_ascii_case("contact") || key.eq_ignore_ascii_case("contacts"))
        && value.first().is_some_and(|&b| (b'1'..=b'9').contains(&b))
        && value.iter().all(u8::is_ascii_digit)
        && !(value.len() >= 11 && crate::phone::is_valid_international(value))
}

/// `member=99280517426`: a club's or a loyalty scheme's membership number,
/// however long. A member's phone is written with its `+` or under a
/// phone key.
pub(super) fn is_membership_number(key: &str, value: &[u8]) -> bool {
    key.eq_ignore_ascii_case("member") && !value.is_empty() && value.iter().all(u8::is_ascii_digit)
}

/// Does the text before "contact" end with a word that makes it a contact
/// detail ("alternative", "emergency", "secondary" contact)?
fn qualifies_a_contact_detail(before: &[u8]) -> bool {
    const DETAILS: &[&[u8]] = &[
        b"alternative",
        b"alternate",
        b"secondary",
        b"emergency",
        b"backup",
        b"another",
        b"other",
        b"preferred",
        b"primary",
        b"main",
        b"daytime",
        b"evening",
    ];
    let before = before.trim_ascii_end();
    let from = before
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    DETAILS
        .iter()
        .any(|d| before[from..].eq_ignore_ascii_case(d))
}

/// `CallingNumber 37120000000`, `DNIS 800-555-010`: a phone key written
/// as a word before its number, with no `=` or `:` (Cisco's CDRs, IVR
/// and contact-centre server logs). "Number" alone names anything.
pub(super) fn is_phone_key_word(before: &str) -> bool {
    classify_word(before) == Some(KeyClass::Phone) && !is_number_word(before)
}

/// Nouns for a phone that, right before a number, vouch for it as a key
/// does (`Sími 7848896`, `Tel. 6921586`, `Telefon 7 481 076`): a local
/// number of seven digits has no other evidence. Not the key list's words
/// that free text uses otherwise (`destination`, `did`, `cli`, `tu`).
#[rustfmt::skip]
const PHONE_NOUNS: &[&str] = &[
    "phone", "tel", "telephone", "telefon", "telefone", "telefono", "teléfono", "téléphone",
    "mobile", "mobil", "mobiel", "handy", "gsm", "tlf", "puhelin", "sími", "símanúmer",
    "farsími", "τηλέφωνο", "κινητό", "tālr", "tālrunis", "mobilni", "mobilný", "mobilny",
    "komórka", "telefonszám", "telefonszámom", "ffôn", "телефон", "тел",
    // Icelandic's definite forms ("síminn minn er …", "my phone is")
    "síminn", "símanúmerið", "farsíminn",
];

/// (Asked of the word before every number: an ASCII word is lowercased
/// byte by byte, `is_any_of`, not by chars.)
fn is_phone_noun(before: &str) -> bool {
    is_any_of(before.trim_end_matches('.'), PHONE_NOUNS)
}

/// "Phone", "mobile", "call back" and "contact" in Chinese (simplified
/// and traditional), Japanese and Korean.
const CJK_PHONE_WORDS: &[&str] = &[
    "电话",
    "電話",
    "号码",
    "號碼",
    "番号",
    "手机",
    "手機",
    "携帯",
    "回电",
    "回電",
    "联系",
    "聯絡",
    "전화",
    "전화번호",
    "휴대폰",
    "핸드폰",
    "연락처",
    "回拨",
    "回撥",
    "致电",
    "致電",
    "手机号",
    "手機號",
    "电话号",
    "電話號",
    "拨打",
    "撥打",
];

/// "Number" and "call" in Thai, which writes no spaces between words:
/// `เบอร์โทรของฉันคือ 0812…` ("my phone number is").
const THAI_PHONE_WORDS: &[&str] = &["เบอร์", "โทร"];

/// The most Thai characters before a number a Thai phone word is sought
/// in: "my phone number is" and a little more.
const THAI_REACH: usize = 16;

/// Does the text before a number end with a CJK phone word, then spaces
/// or a colon (`请回电 187…`, `手机：185…`, `電話番号: …`), or with Thai
/// words among which one is a phone word? These scripts write no space
/// before the number, so the word ends the text, not a word `word_before`
/// would find.
pub(super) fn unspaced_phone_word_before(before: &[u8]) -> bool {
    let mut end = before.len();
    while end > 0 && matches!(before[end - 1], b' ' | b':') {
        end -= 1;
    }
    let text = &before[..end];
    let text = text.strip_suffix("：".as_bytes()).unwrap_or(text);
    // The topic or copula after the word: Japanese `電話番号は 81…`,
    // Chinese `电话是 138…`.
    let text = ["は", "是", "为", "為"]
        .iter()
        .find_map(|w| text.strip_suffix(w.as_bytes()))
        .unwrap_or(text);
    // Every CJK character is three bytes; so is a word's last.
    let cjk = text.len() >= 3
        && text[text.len() - 3] >= 0xe3
        && CJK_PHONE_WORDS.iter().any(|w| text.ends_with(w.as_bytes()));
    cjk || thai_phone_word_before(text)
}

/// Does the run of Thai letters `text` ends with hold a Thai phone word
/// within its last `THAI_REACH` characters?
fn thai_phone_word_before(text: &[u8]) -> bool {
    // Thai letters are U+0E00..U+0E7F: E0 B8 xx and E0 B9 xx.
    let mut from = text.len();
    while from >= 3
        && text.len() - from < THAI_REACH * 3
        && text[from - 3] == 0xe0
        && matches!(text[from - 2], 0xb8 | 0xb9)
    {
        from -= 3;
    }
    let thai = &text[from..];
    !thai.is_empty()
        && THAI_PHONE_WORDS
            .iter()
            .any(|w| memchr::memmem::find(thai, w.as_bytes()).is_some())
}

/// `Order-Nr.`, `invoice_no`: a thing and the word for its number in one.
fn is_numbered_thing(word: &str) -> bool {
    word.rsplit_once(['-', '_'])
        .is_some_and(|(thing, number)| is_number_word(number) && is_identifier_noun(thing))
}

/// Is the word right before `at` (one space apart) a thing whose number is
/// an identifier: `order` in "order number", `invoice` in `invoice number=`?
pub(super) fn numbers_a_thing(line: &[u8], at: usize) -> bool {
    if at < 2 || line[at - 1] != b' ' {
        return false;
    }
    let from = line[..at - 1]
        .iter()
        .rposition(|&b| !b.is_ascii_alphabetic() && b < 0x80)
        .map_or(0, |i| i + 1);
    std::str::from_utf8(&line[from..at - 1]).is_ok_and(is_identifier_noun)
}

/// `order_id=0551624400`, `"acct_ref":"0551-6244-00"`: is the number at
/// `start` the value of a key (`before`, at `at`) that names an
/// identifier, by its last part (`ref`, `invoice`, a tag's number as in
/// `bag_tag`, `asset_tag`) or an `id` ending? No phone key (`callerId`)
/// is one.
pub(super) fn is_identifier_key(line: &[u8], at: usize, before: &str, start: usize) -> bool {
    let keyed = line[(at + before.len()).min(start)..start]
        .iter()
        .any(|&b| matches!(b, b'=' | b':'));
    if !keyed {
        return false;
    }
    let last = before
        .bytes()
        .rposition(|b| matches!(b, b'_' | b'-' | b'.'))
        .map_or(before, |i| &before[i + 1..]);
    // (`tag` is no ID_WORDS word: those also keep a card number after
    // them, and a tag may be a payment's.)
    let tag = last.eq_ignore_ascii_case("tag") || last.eq_ignore_ascii_case("bagtag");
    (last.eq_ignore_ascii_case("id") || tag || card_context(last) == CardContext::Id)
        && classify_word(before) != Some(KeyClass::Phone)
        && !ends_with_phone_key(before)
}

/// `order 0887207616`, `order id 0887207616`, `reservation 0900232904`:
/// the word right before a number names the identifier it is.
pub(super) fn names_an_identifier(before: &str) -> bool {
    before.eq_ignore_ascii_case("id")
        || card_context(before) == CardContext::Id
        || is_identifier_noun(before)
}

/// `cx:contact:by_phone:380735717239`, `lookup/msisdn/4670…`: the last
/// part of a namespaced identifier right before a number is a phone key;
/// so is a vCard's `TEL` with its parameters.
pub(super) fn ends_with_phone_key(word: &str) -> bool {
    // A vCard property names itself first, its parameters after
    // (`TEL;WORK;VOICE:22334455`, RFC 6350).
    if let Some((property, _)) = word.split_once(';') {
        return property.eq_ignore_ascii_case("tel");
    }
    if !word.contains([':', '/']) {
        return false;
    }
    let last = word
        .rsplit([':', '/'])
        .find(|p| !p.is_empty())
        .unwrap_or("");
    classify_word(last) == Some(KeyClass::Phone)
}

/// The word right before a value, and where it starts: `build` in
/// `build=123`, `digits` in `"digits":"123"`, `unter` in `unter 0151 …`
/// (quotes, colons, brackets and `=` in between are skipped).
pub(super) fn word_before(line: &[u8], start: usize) -> (usize, &str) {
    let mut e = start;
    while e > 0 && matches!(line[e - 1], b' ' | b':' | b'"' | b'\'' | b'(' | b'[' | b'=') {
        e -= 1;
    }
    let mut b = e;
    while b > 0
        && !matches!(
            line[b - 1],
            b' ' | b'"' | b'\'' | b'(' | b'[' | b'=' | b',' | b'{' | b'&' | b'?'
        )
        && e - b < 24
    {
        b -= 1;
    }
    (b, valid_utf8_prefix(&line[b..e]))
}

/// `"Anna Berg" <224709755>`: a number in angle brackets after a quoted
/// display name is the caller id's address (Asterisk's `CALLERID(all)`,
/// a SIP From header without the URI).
pub(super) fn is_caller_id_address(line: &[u8], start: usize, end: usize) -> bool {
    let bracketed = start >= 2 && line[start - 1] == b'<' && line.get(end) == Some(&b'>');
    // FreeSWITCH's `Processing Anna Berg <390669078999>->441613063020`:
    // unquoted, but an MSISDN's length and the dialled number after `->`.
    let dialled = line[end..].starts_with(b">->") && (11..=15).contains(&(end - start));
    bracketed && (line[..start - 1].ends_with(b"\" ") || dialled)
}

/// `…|NONE|ENTERQUEUE||4915…|1`: Asterisk's queue_log writes the caller
/// id as ENTERQUEUE's second field, after the URL (mostly empty).
pub(super) fn is_queue_log_caller(line: &[u8], start: usize, end: usize) -> bool {
    let Some(head) = line[..start].strip_suffix(b"|") else {
        return false;
    };
    let url = head.iter().rposition(|&b| b == b'|').unwrap_or(0);
    matches!(line.get(end), None | Some(b'|')) && head[..url].ends_with(b"|ENTERQUEUE")
}

/// `<390669078999>->441613063020`: the number dialled after a caller id
/// (FreeSWITCH's dialplan `Processing … in context`).
pub(super) fn is_dialled_after_caller_id(line: &[u8], start: usize) -> bool {
    line[..start].ends_with(b">->")
}

/// Is the number at `start` (after the word `before`) the input of a phone
/// parser's error (`NumberFormatException: For input string: "607 432 854"
/// at PhoneNormalizer.parse`, `phonenumbers.NumberParseException: could
/// not route 28 802 429`)? Quoted or after a parser's verb, on a line that
/// holds a phone's word and a parse's or a format's. (Not any number of
/// such a line: `invalid phone '…' for guardian of student 20212589`.)
pub(super) fn is_phone_parse_input(line: &[u8], start: usize, before: &str) -> bool {
    const VERBS: &[&str] = &["route", "parse", "parsing", "normalize", "normalise"];
    let quoted = start > 0 && matches!(line[start - 1], b'"' | b'\'');
    let has = |needle: &[u8]| memchr::memmem::find(line, needle).is_some();
    (quoted || VERBS.iter().any(|v| before.eq_ignore_ascii_case(v)))
        && (has(b"hone") || has(b"HONE"))
        && (has(b"arse") || has(b"ormat") || has(b"nvalid"))
}
