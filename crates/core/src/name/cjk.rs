//! Names in text that Chinese, Japanese and Korean write without spaces
//! between words, where the lexer finds no word to look up: the value
//! after a name key and a colon (`姓名：朱欣怡，`, `お名前：高橋 蒼、`,
//! `이름: 최하은`) and a name signed after a dash (`谢谢。—— 周志伟`).

use super::lists::Part;
use super::*;
use crate::census::Census;
use crate::needles::Needle;

/// "Name", "full name", "contact person", "customer", "patient" and the
/// other roles a person is logged under ("caller", "booker", "applicant",
/// "recipient", "cardholder", "guest") in Chinese (simplified and
/// traditional), Japanese and Korean. A key ends with one (`客户姓名`,
/// `お名前`, `患者：罗平`, `来电人：项文`).
const NAME_KEYS: &[&str] = &[
    "姓名",
    "名字",
    "名前",
    "氏名",
    "이름",
    "성명",
    "联系人",
    "聯絡人",
    "聯繫人",
    "客户",
    "客戶",
    "顾客",
    "顧客",
    "お客様",
    "고객",
    "患者",
    "病人",
    "환자",
    "来电人",
    "來電人",
    "预订人",
    "預訂人",
    "申请人",
    "申請人",
    "收件人",
    "持卡人",
    "住客",
    "乘客",
    "予約者",
    "申込者",
    "契約者",
    "예약자",
    "신청인",
    "수령인",
    // Japanese "patient's", "customer's", "member's", "user's", "contract
    // holder's", "applicant's", "booker's" name (`患者名：青木　美加子`)
    "患者名",
    "顧客名",
    "会員名",
    "利用者名",
    "契約者名",
    "申込者名",
    "予約者名",
];

/// The most bytes a CJK field's value may have.
const MAX_VALUE: usize = 64;

impl NameFinder {
    /// Calls `found(start, end)` for each name after a CJK name key and a
    /// colon, fullwidth (`：`) or ASCII, or in the fullwidth bracket after
    /// one (`客户（魏美麗）`).
    pub(crate) fn find_cjk_fields(
        &self,
        line: &[u8],
        census: Census,
        mut found: impl FnMut(usize, usize),
    ) {
        if census.is_ascii() {
            return;
        }
        let colons = memchr::memchr_iter(b':', line)
            .map(|at| (at, 1))
            .chain(
                census
                    .find_iter(line, Needle::FullwidthColon)
                    .map(|at| (at, 3)),
            )
            .chain(
                census
                    .find_iter(line, Needle::FullwidthOpenParen)
                    .map(|at| (at, 3)),
            );
        for (at, len) in colons {
            let key = valid_utf8_suffix(&line[at.saturating_sub(12)..at]);
            if !NAME_KEYS.iter().any(|k| key.ends_with(k)) {
                continue;
            }
            let mut start = at + len;
            while line.get(start) == Some(&b' ') {
                start += 1;
            }
            let rest = valid_utf8_prefix(&line[start..line.len().min(start + MAX_VALUE)]);
            let value = &rest[..cjk_value_len(rest)];
            if self.reads_as_cjk_value_name(value, 1, ValueCheck::Person) {
                found(start, start + value.len());
            }
        }
    }

    /// Calls `found(start, end)` for each name in a CJK script signed
    /// after an em dash at the end of a text (`请回电 …，谢谢。—— 赵晓明`,
    /// `— 김민준`). Latin names after a dash are `find_dash_signatures`'.
    pub(crate) fn find_cjk_signatures(
        &self,
        line: &[u8],
        census: Census,
        mut found: impl FnMut(usize, usize),
    ) {
        for at in census.find_iter(line, Needle::EmDash) {
            let mut start = at + 3;
            if line[start..].starts_with("—".as_bytes()) || !ends_sentence(&line[..at]) {
                continue;
            }
            while line.get(start) == Some(&b' ') {
                start += 1;
            }
            let rest = valid_utf8_prefix(&line[start..line.len().min(start + MAX_VALUE)]);
            let len = cjk_value_len(rest);
            if ends_text(line, start + len)
                && self.reads_as_cjk_value_name(&rest[..len], 2, ValueCheck::Strict)
            {
                found(start, start + len);
            }
        }
    }

    /// Calls `found(start, end)` for each Han or Hangul name that closes a
    /// text without a dash, right after its last sentence or in
    /// full-width brackets (`请更新。杨丽华`, `谢谢！（赵建国）`), and for one a
    /// Chinese greeting opens with (`王婷婷，您好！`). The name must open
    /// with a surname the lists hold: a short sentence may close a text
    /// too (`谢谢。再见`, "thanks. bye").
    pub(crate) fn find_cjk_closing_names(
        &self,
        line: &[u8],
        census: Census,
        mut found: impl FnMut(usize, usize),
    ) {
        if census.is_ascii() {
            return;
        }
        // Characters of the words that close a text as often (`明天见`,
        // "see you tomorrow"; `好的`, `谢谢`), which names hardly hold.
        const CLOSING_WORDS: &str = "见天谢的了吗呢吧啊哦是在有不我你您们";
        let name_like = |value: &str| {
            (2..=4).contains(&value.chars().count())
                && value
                    .chars()
                    .all(|c| is_uncased_letter(c) && !CLOSING_WORDS.contains(c))
                && (self.db.starts_with_cjk_surname(value) || self.db.lookup(value).surname)
        };
        for end in ["。", "！"] {
            for at in memchr::memmem::find_iter(line, end.as_bytes()) {
                let mut start = at + end.len();
                let bracket = line[start..].starts_with("（".as_bytes());
                if bracket {
                    start += "（".len();
                }
                let rest = valid_utf8_prefix(&line[start..line.len().min(start + MAX_VALUE)]);
                let len = rest
                    .find(|c: char| !is_uncased_letter(c))
                    .unwrap_or(rest.len());
                let mut after = start + len;
                if bracket {
                    if !line[after..].starts_with("）".as_bytes()) {
                        continue;
                    }
                    after += "）".len();
                }
                if ends_text(line, after) && name_like(&rest[..len]) {
                    found(start, start + len);
                }
            }
        }
        for at in memchr::memmem::find_iter(line, "您好".as_bytes()) {
            let end = at
                - if line[..at].ends_with("，".as_bytes()) {
                    "，".len()
                } else {
                    0
                };
            let head = valid_utf8_suffix(&line[end.saturating_sub(MAX_VALUE)..end]);
            let len = trailing_run_len(head, is_uncased_letter);
            let start = end - len;
            let opens_text = start == 0
                || matches!(line[start - 1], b'"' | b' ' | b':' | b'\'')
                || line[..start].ends_with("：".as_bytes());
            if opens_text && name_like(&head[head.len() - len..]) {
                found(start, end);
            }
        }
    }

    /// Is a value after a CJK key or a signature's dash a name: CJK
    /// letters only, `min` to eight of them (a space may part the family
    /// and the given name), or a name in another script as `check` reads
    /// it?
    fn reads_as_cjk_value_name(&self, value: &str, min: usize, check: ValueCheck) -> bool {
        if value.chars().all(|c| is_uncased_letter(c) || is_space(c)) {
            (min..=8).contains(&value.chars().filter(|&c| !is_space(c)).count())
        } else {
            self.value_is_name(value, check)
        }
    }
}

/// Does `text` (before a signature's dash or dashes) end a sentence
/// (`谢谢。`, `thanks!`)? A dash inside one (`状态 — 已完成`) is no
/// signature's.
fn ends_sentence(text: &[u8]) -> bool {
    let mut text = valid_utf8_suffix(&text[text.len().saturating_sub(16)..]).trim_end();
    while let Some(rest) = text.strip_suffix('—') {
        text = rest.trim_end();
    }
    text.ends_with(['。', '！', '？', '，', '.', '!', '?', ','])
}

/// Is `c` a space, ASCII or the ideographic one Japanese writes between
/// a surname and a given name (`青木　美加子`)?
fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}'
}

/// The length of the value opening `rest`: up to CJK or ASCII punctuation
/// (`，`, `、`, `。`, `;`, a quote, a bracket) or a second space. `, ` goes
/// on before a capital (`Xie, Wei`: a surname first).
fn cjk_value_len(rest: &str) -> usize {
    let mut spaces = 0;
    for (i, c) in rest.char_indices() {
        let stop = match c {
            c if is_space(c) => {
                spaces += 1;
                spaces > 1
            }
            ',' => !rest[i + 1..].starts_with(' ') || spaces > 0,
            '-' | '\'' | '.' => false,
            c => !c.is_alphabetic(),
        };
        if stop {
            return rest[..i].trim_end_matches([' ', '\u{3000}', ',']).len();
        }
    }
    rest.trim_end_matches([' ', '\u{3000}', ',']).len()
}

impl NameFinder {
    /// What a Hangul word is in a name. Korean writes a person's name as
    /// one word, a surname's syllable and a given name (`김민준`), mostly
    /// three syllables; Korean text is spaced by words, so two short words
    /// side by side (`상태 변경`, "status change") are no name as Japanese
    /// ones are. A verb or a word with its postposition is none; a word
    /// the lists hold may be part of one; any other is unknown (a name
    /// word beside it makes no name of the pair: `환불은 언제`).
    pub(super) fn hangul_part(&self, text: &str, chars: usize, known: Known) -> Part {
        if ends_as_korean_verb(text) {
            Part::Stop
        } else if chars == 3 && self.db.starts_with_cjk_surname(text) {
            Part::Whole
        } else if known.any() {
            Part::Strong
        } else {
            Part::Unknown
        }
    }
}

/// Endings of Korean verbs and adjectives, and of a noun with its
/// postposition, that no name has (`주문하신`, "ordered"; `발송되었`;
/// `주문을`, the order as an object):
/// a word that opens with a surname's syllable and ends so is no name.
const KOREAN_VERB_ENDINGS: &[&str] = &[
    "하신", "하는", "하고", "하여", "해서", "했습", "니다", "세요", "시오", "되었", "되어", "됩니",
    "하다", "한다", "에서", "으로", "까지", "부터", "입니", "를", "을", "는", "에게", "께서", "됨",
    "함",
];

fn ends_as_korean_verb(word: &str) -> bool {
    KOREAN_VERB_ENDINGS.iter().any(|e| word.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(line: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let census = Census::of(line.as_bytes());
        NameFinder::new().find_cjk_fields(line.as_bytes(), census, |a, b| out.push(&line[a..b]));
        out
    }

    fn signed(line: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let census = Census::of(line.as_bytes());
        NameFinder::new()
            .find_cjk_signatures(line.as_bytes(), census, |a, b| out.push(&line[a..b]));
        out
    }

    #[test]
    fn a_cjk_name_key_gives_its_value() {
        assert_eq!(fields("姓名：朱欣怡，手机：18558875168"), ["朱欣怡"]);
        assert_eq!(
            fields("お名前：高橋 蒼、電話番号：+81-80-2135-6812"),
            ["高橋 蒼"]
        );
        assert_eq!(
            fields("queryText=\"姓名：Xie, Wei，手机：…\""),
            ["Xie, Wei"]
        );
        assert_eq!(fields("이름: 최하은 / 전화"), ["최하은"]);
        assert_eq!(fields("客户姓名：张敏"), ["张敏"]);
        // other keys, and values that are no name
        assert!(fields("状态：已完成，编号：A123").is_empty());
        assert!(fields("姓名：12345").is_empty());
        assert!(fields("name: Anna").is_empty());
    }

    #[test]
    fn a_cjk_name_signed_after_a_dash() {
        assert_eq!(signed("请回电 195 5835 1279，谢谢。—— 周志伟"), ["周志伟"]);
        assert_eq!(signed("text=\"请回电，谢谢。—— 赵晓明\" x"), ["赵晓明"]);
        assert!(signed("A — B").is_empty());
        assert!(signed("状态 — 已完成").is_empty());
        assert!(signed("—— 谢谢你的帮助和支持非常感谢").is_empty());
    }
}
