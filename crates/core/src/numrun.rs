//! Number runs: a maximal stretch of digit groups joined by the separators
//! people write inside phone and card numbers (space, `.`, `-`, `/`,
//! parentheses, and their URL escapes). Phones and cards are both decided
//! from one run, so the line is walked once for both.

use crate::keyring::starts_with_token;

/// The longest digit string a run may carry (E.164 is 15, cards 19).
pub(crate) const MAX_DIGITS: usize = 19;
const MAX_GROUPS: usize = 8;

/// How a run begins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Prefix {
    None,
    /// `+` or its URL escape `%2B`.
    Plus,
}

/// Separator kinds seen inside a run, as a bit set.
pub(crate) mod sep {
    pub const SPACE: u8 = 1;
    pub const DOT: u8 = 2;
    pub const DASH: u8 = 4;
    pub const SLASH: u8 = 8;
    pub const PAREN: u8 = 16;
    pub const PLUS: u8 = 32;
}

/// One number run of a line.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Run {
    pub start: usize,
    pub end: usize,
    pub prefix: Prefix,
    digits: [u8; MAX_DIGITS],
    pub len: usize,
    group_lens: [u8; MAX_GROUPS],
    pub groups: usize,
    /// Separator kinds used between groups (`sep::*`).
    pub seps: u8,
    /// The run opens with an area code in parentheses: `(06 1) 233`, `(201) 555`.
    pub opens_with_paren: bool,
    /// A `(0)` trunk prefix after the country code was dropped from `digits`.
    pub trunk_paren: bool,
    /// The run is the user part of a SIP or `tel:` URI: the scheme is
    /// inside the run, or the run is a dial string glued to its host
    /// (`Local/0049301234567@from-internal`).
    pub uri: bool,
}

impl Run {
    pub(crate) fn digits(&self) -> &[u8] {
        &self.digits[..self.len]
    }

    pub(crate) fn group_lens(&self) -> &[u8] {
        &self.group_lens[..self.groups]
    }

    /// One dot between a short whole part and a long fraction: a decimal
    /// ("0.10635664", "09.910337"), not a number written with a dot.
    pub(crate) fn is_decimal(&self) -> bool {
        self.prefix == Prefix::None
            && self.groups == 2
            && self.seps == sep::DOT
            && self.group_lens[0] <= 2
            && self.group_lens[1] >= 4
    }

    /// Nine digits or more, a dot, then more digits (`1712424983.7650`,
    /// Asterisk's uniqueid; an epoch with its fraction): no phone is
    /// written with so long a group before a dot.
    pub(crate) fn is_long_decimal(&self) -> bool {
        self.prefix == Prefix::None
            && self.groups == 2
            && self.seps == sep::DOT
            && self.group_lens[0] >= 9
    }

    /// A year, a slash and a serial (`2026/626250`, `(2026/626250)`): how case, file and
    /// claim references are numbered. A phone's area code before a slash
    /// opens with the trunk `0` (`030/1234567`), never with 19 or 20.
    pub(crate) fn is_year_reference(&self) -> bool {
        let d = self.digits();
        self.prefix == Prefix::None
            && self.groups == 2
            && self.seps & !sep::PAREN == sep::SLASH
            && self.group_lens[0] == 4
            && (d.starts_with(b"19") || d.starts_with(b"20"))
    }

    /// Three or more groups parted by slashes alone, the first without a
    /// trunk `0` (`89/89836/26`, `53/70556/26`): a case or file number
    /// with its office and year. A phone writes one slash, after its area
    /// code (`030/1234567`).
    pub(crate) fn is_slashed_reference(&self) -> bool {
        self.prefix == Prefix::None
            && self.groups >= 3
            && self.seps & !sep::PAREN == sep::SLASH
            && !self.digits().starts_with(b"0")
    }

    /// Four dot-separated groups of at most three digits: an IPv4 address.
    pub(crate) fn is_dotted_quad(&self) -> bool {
        self.prefix == Prefix::None
            && self.groups == 4
            && self.seps == sep::DOT
            && self.group_lens().iter().all(|&g| g <= 3)
    }
}

/// A separator at `i`: its kind and byte length. `+` separates only where
/// `plus_is_space` (URL query values).
fn separator(line: &[u8], i: usize, plus_is_space: bool) -> Option<(u8, usize)> {
    match line.get(i)? {
        b' ' => Some((sep::SPACE, 1)),
        b'.' => Some((sep::DOT, 1)),
        b'-' => Some((sep::DASH, 1)),
        b'/' => Some((sep::SLASH, 1)),
        b'+' if plus_is_space => Some((sep::PLUS, 1)),
        0xC2 if line.get(i + 1) == Some(&0xA0) => Some((sep::SPACE, 2)),
        b'%' if line.get(i + 1) == Some(&b'2') && matches!(line.get(i + 2), Some(b'0')) => {
            Some((sep::SPACE, 3))
        }
        _ => None,
    }
}

fn open_paren(line: &[u8], i: usize) -> usize {
    match line.get(i) {
        Some(b'(') => 1,
        Some(b'%') if line.get(i + 1) == Some(&b'2') && line.get(i + 2) == Some(&b'8') => 3,
        _ => 0,
    }
}

fn close_paren(line: &[u8], i: usize) -> usize {
    match line.get(i) {
        Some(b')') => 1,
        Some(b'%') if line.get(i + 1) == Some(&b'2') && line.get(i + 2) == Some(&b'9') => 3,
        _ => 0,
    }
}

fn plus_at(line: &[u8], i: usize) -> usize {
    match line.get(i) {
        Some(b'+') => 1,
        Some(b'%')
            if line.get(i + 1) == Some(&b'2') && matches!(line.get(i + 2), Some(b'B' | b'b')) =>
        {
            3
        }
        _ => 0,
    }
}

/// Is `b` glued to a run, making it part of a bigger token (`INV-2026`,
/// `/v2/123`, `22289ms`, `a1@b`)?
fn glues(b: u8) -> bool {
    // Not '\\': a JSON escape (`\"`, `\n`) ends a number.
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'@' | b'#' | b'$' | b'*') || b >= 0x80
}

/// Is the character ending right before `at` (`before`) or starting at
/// `at` one that parts a number from the text around it though it is no
/// ASCII byte: CJK punctuation and fullwidth forms (`手机：+86…，`), the
/// scripts CJK text writes without spaces (`请回电18712345678`), and
/// quotes, dashes and spaces outside ASCII (`«…»`, `——`, a no-break
/// space), and the full stops and commas of Arabic, Devanagari and
/// Armenian? A letter of any other script glues as an ASCII one does.
fn separates(line: &[u8], at: usize, before: bool) -> bool {
    use crate::name::{valid_utf8_prefix, valid_utf8_suffix};
    let c = if before {
        valid_utf8_suffix(&line[at.saturating_sub(4)..at])
            .chars()
            .next_back()
    } else {
        valid_utf8_prefix(&line[at..line.len().min(at + 4)])
            .chars()
            .next()
    };
    c.is_some_and(|c| {
        matches!(c,
            '\u{A0}' | '\u{A1}' | '\u{AB}' | '\u{BB}' | '\u{BF}'
            // Arabic's comma, semicolon, question mark and full stop;
            // Devanagari's danda (`कॉलबैक +9174…।`); Armenian's full stop
            | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{06D4}'
            | '\u{0964}' | '\u{0965}' | '\u{0589}'
            | '\u{2000}'..='\u{206F}'
            | '\u{3000}'..='\u{30FF}'
            | '\u{3400}'..='\u{9FFF}'
            | '\u{AC00}'..='\u{D7AF}'
            | '\u{FF00}'..='\u{FF0F}'
            | '\u{FF1A}'..='\u{FF20}'
            | '\u{FF3B}'..='\u{FF40}'
            | '\u{FF5B}'..='\u{FF65}')
    })
}

/// Does a dial string's number start at `start`: seven or more digits
/// glued to a context or host by `@`, right after `/` or `[`
/// (`sofia/external/393206782854@46.168.100.13`, Asterisk's
/// `Executing [00421902105616@from-trunk:3]`), or ending a FreeSWITCH
/// gateway's path (`sofia/gateway/didww/00972507348072)`)? Like a SIP
/// URI's user part it is a number whatever its shape; extensions
/// (`[100@…]`) are shorter. An address of record's user part
/// (`REGISTER 905354486872@sip.example.net`) counts when it has an
/// MSISDN's length: account ids and extensions are shorter.
fn is_dial_string(line: &[u8], start: usize) -> bool {
    let digits = line[start..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let Some(&before) = start.checked_sub(1).and_then(|i| line.get(i)) else {
        return false;
    };
    if !(7..=MAX_DIGITS).contains(&digits) {
        return false;
    }
    let after = line.get(start + digits).copied();
    let at_host = after == Some(b'@');
    let gateway_path = before == b'/'
        && matches!(after, None | Some(b')' | b' ' | b'"' | b'\''))
        && memchr::memmem::rfind(&line[start.saturating_sub(64)..start], b"gateway/").is_some();
    let address_of_record =
        at_host && matches!(before, b' ' | b'<' | b'"' | b'=') && (11..=15).contains(&digits);
    let channel_path = before == b'/'
        && matches!(after, None | Some(b')' | b' ' | b'"' | b'\'' | b','))
        && opens_with_channel_technology(&line[..start]);
    matches!(before, b'/' | b'[') && at_host
        || gateway_path
        || address_of_record
        || channel_path
        || after_spawned_context(&line[..start])
}

/// Does the word ending `head` open with an Asterisk channel technology
/// (`PJSIP/trunk-out/` before `0079822275358` in `-- Called
/// PJSIP/trunk-out/0079822275358`)? What ends the dial string is the
/// number dialled.
fn opens_with_channel_technology(head: &[u8]) -> bool {
    const TECHNOLOGIES: &[&[u8]] = &[b"PJSIP/", b"SIP/", b"IAX2/", b"DAHDI/", b"Local/"];
    let word = &head[head
        .iter()
        .rposition(|&b| matches!(b, b' ' | b'"' | b'('))
        .map_or(0, |i| i + 1)..];
    TECHNOLOGIES.iter().any(|t| word.starts_with(t))
}

/// Does an argument of a USSD string (GSM 02.90) start at `start`: seven
/// or more digits between `*` and `*` or `#`, after a service code
/// (`*135*0664059607*10#`, a credit transfer's recipient; `**21*…#`, a
/// call-forwarding target)? Like a dial string it is a number whatever
/// its shape, and the `*` around it part it from the code.
fn is_ussd_argument(line: &[u8], start: usize) -> bool {
    // Asked of every run: the `*` before it is looked at first.
    if start == 0 || line[start - 1] != b'*' {
        return false;
    }
    let plus = usize::from(line[start] == b'+');
    let digits = line[start + plus..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    (7..=MAX_DIGITS).contains(&digits)
        && matches!(line.get(start + plus + digits), Some(b'*' | b'#'))
        && opens_ussd(&line[..start - 1])
}

/// Does `head`, up to the `*` before an argument, open a USSD string:
/// `*` or `#`, a service code of digits and earlier `*`-parted arguments,
/// at the start of a word (`code=*135`, `dial **21`)?
fn opens_ussd(head: &[u8]) -> bool {
    let len = head
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'*' | b'#'))
        .count();
    let (before, code) = head.split_at(head.len() - len);
    code.first().is_some_and(|b| matches!(b, b'*' | b'#'))
        && code.iter().any(u8::is_ascii_digit)
        && before.last().map_or(true, |b| !b.is_ascii_alphanumeric())
}

/// Does `head` end as Asterisk's `Spawn extension (doorbell, ` does: the
/// dialplan context, then the extension being run, the number dialled?
fn after_spawned_context(head: &[u8]) -> bool {
    let Some(head) = head.strip_suffix(b", ") else {
        return false;
    };
    // The context is one word: it starts after the last space or `(`.
    let open = head
        .iter()
        .rposition(|&b| matches!(b, b' ' | b'(' | b','))
        .map_or(0, |i| i + 1);
    open > 0 && head[..open].ends_with(b"extension (") && open < head.len()
}

/// Is the dash at `dash` the one Hebrew writes after a one-letter
/// prefix before a number (`ל-054…`, "to 054…")? A Hebrew letter is
/// `D7 90`..`D7 AA`.
fn after_hebrew_prefix(line: &[u8], dash: usize) -> bool {
    dash >= 2 && line[dash - 2] == 0xd7 && (0x90..=0xaa).contains(&line[dash - 1])
}

/// Scans the run starting at `start` (a digit, `+`, `%2B`, `(` or `%28`).
/// Returns `None` when there is no digit, the run is glued to the text
/// around it, or it has more digits than any phone or card.
pub(crate) fn scan(line: &[u8], start: usize, plus_is_space: bool) -> Option<Run> {
    let scheme = uri_scheme_len(&line[..start]);
    let ussd = is_ussd_argument(line, start);
    let dial = ussd || is_dial_string(line, start);
    // `contact%7C%2B3491…`: an escaped separator (`|`, `:`, `,`, space)
    // separates like the byte it stands for.
    // `Käärik_Laura_+37257804809_2025….wav`: in a file name `_` separates
    // words, and a `+` opens a number there.
    let plus_in_name = line[start] == b'+' && start > 0 && line[start - 1] == b'_';
    if start > 0 && scheme == 0 && !after_escaped_separator(line, start) && !plus_in_name {
        let b = line[start - 1];
        if glues(b) && !(b >= 0x80 && separates(line, start, true)) && !ussd
            || b == b'.'
            || b == b'-' && !after_hebrew_prefix(line, start - 1)
            // "/v2/123" is a path, but "/contacts/+4915123421279" a number.
            || (b == b'/' && plus_at(line, start) == 0 && !dial)
            || b == b'+'
            // "16:16:00.366": the seconds of a time, the port after a host.
            // (After one of our tokens too: it replaced such a number.)
            || (b == b':'
                && start >= 2
                && (line[start - 2].is_ascii_digit() || ends_with_token(&line[..start - 1])))
            || b == b'%'
            // `]` ends our own replacements: "[name]0002" was glued to the
            // name it replaced, so it stays glued (idempotence).
            || b == b']'
            || b == b'(' && start >= 2 && (line[start - 2].is_ascii_digit() || ends_with_token(&line[..start - 1]))
        {
            return None;
        }
    }
    let mut run = Run {
        start: start - scheme,
        end: start,
        prefix: Prefix::None,
        digits: [0; MAX_DIGITS],
        len: 0,
        group_lens: [0; MAX_GROUPS],
        groups: 0,
        seps: 0,
        opens_with_paren: false,
        trunk_paren: false,
        uri: scheme > 0 || dial,
    };
    let mut i = start;
    let mut in_paren = false;
    let p = plus_at(line, i);
    let op = open_paren(line, i);
    if p > 0 {
        run.prefix = Prefix::Plus;
        i += p;
    } else if let Some(plus) = (op > 0).then(|| plus_at(line, i + op)).filter(|&n| n > 0) {
        // "(+30) 6974 890682": only the country code in parentheses (a
        // whole number in them, "(+33 6 12 …)", starts at its "+").
        let code = i + op + plus;
        let digits = line[code..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if (1..=3).contains(&digits) && close_paren(line, code + digits) > 0 {
            run.prefix = Prefix::Plus;
            run.seps |= sep::PAREN;
            i = code;
            in_paren = true;
        }
    }
    // The run as it stood before its last "(": an unclosed parenthesis
    // ends the run there ("058888/(000007" is "058888", then "000007").
    let mut before_paren: Option<Run> = None;
    // The run stopped before a group that would make it too long: what
    // follows is the next number, not text glued to this one.
    let mut full = false;
    loop {
        let mut j = i;
        let op = if in_paren { 0 } else { open_paren(line, j) };
        if op > 0 {
            before_paren = Some(run);
        }
        j += op;
        let g_start = j;
        while j < line.len() && line[j].is_ascii_digit() {
            j += 1;
        }
        let glen = j - g_start;
        if glen == 0 {
            break;
        }
        let cp = if in_paren || op > 0 {
            close_paren(line, j)
        } else {
            0
        };
        j += cp;
        let is_trunk = op > 0
            && cp > 0
            && glen == 1
            && line[g_start] == b'0'
            && run.prefix == Prefix::Plus
            && run.groups == 1;
        if is_trunk {
            run.trunk_paren = true;
        } else {
            if run.len + glen > MAX_DIGITS || run.groups == MAX_GROUPS {
                // Too long for one number: a single such group is no phone
                // or card; otherwise the run ends at the previous group, so
                // numbers listed one after another are each found.
                if run.groups == 0 {
                    return None;
                }
                full = true;
                break;
            }
            run.digits[run.len..run.len + glen].copy_from_slice(&line[g_start..g_start + glen]);
            run.len += glen;
            run.group_lens[run.groups] = glen as u8;
            run.groups += 1;
            if op > 0 && run.groups == 1 {
                run.opens_with_paren = true;
            }
        }
        if op > 0 {
            run.seps |= sep::PAREN;
            in_paren = cp == 0;
        } else if cp > 0 {
            in_paren = false;
        }
        if !in_paren {
            run.end = j;
        }
        // Up to two separators (") ", " - ") may join the next group; none
        // is needed after a closing parenthesis ("(0)151").
        let mut k = j;
        let mut seen = 0;
        let mut n = 0;
        while n < 2 {
            match separator(line, k, plus_is_space) {
                // Two spaces part the columns of a log line ("00.366  1702  1737").
                Some((sep::SPACE, _)) if seen & sep::SPACE != 0 => break,
                Some((kind, l)) => {
                    seen |= kind;
                    k += l;
                    n += 1;
                }
                None => break,
            }
        }
        // "091//mail_k1_…": the token replaced text that began with digits
        // and went on as a word, which glued this run to it. (After a
        // space a token is the next value: "+49 151 23421279 tel_k1_…".)
        if n > 0 && seen & sep::SPACE == 0 && starts_with_quoted_token(&line[k..]) {
            return None;
        }
        let opens = !in_paren && open_paren(line, k) > 0;
        let next_is_group = line.get(k).is_some_and(u8::is_ascii_digit) || opens;
        if !next_is_group || (n == 0 && cp == 0 && !opens) {
            break;
        }
        run.seps |= seen;
        i = k;
    }
    if in_paren {
        run = before_paren.filter(|r| r.len > 0)?;
    }
    if run.len == 0 {
        return None;
    }
    if full && !in_paren {
        return Some(run);
    }
    // "212-988-3607x123": an extension glued to a phone-length number is
    // part of the number's span, not of a word.
    if run.len >= 7 {
        run.end += extension_len(&line[run.end..]);
    }
    // The byte after the run must not glue it to a word ("22289ms") or to a
    // longer dotted number ("1.2.3.4.5" ends in a digit, so it is in the run).
    if let Some(&b) = line.get(run.end) {
        // A SIP URI goes on with "@host" or ";params", also without its
        // scheme when the number has its "+" (`sofia/external/+3864…@host`).
        if (run.uri && matches!(b, b'@' | b';'))
            || (ussd && matches!(b, b'*' | b'#'))
            || (run.prefix == Prefix::Plus && (b == b'@' || (plus_in_name && b == b'_')))
        {
            return Some(run);
        }
        // `digits="0679858707#"`: keyed-in digits end with the `#` key.
        let pound_key = b == b'#' && !line.get(run.end + 1).is_some_and(|&c| glues(c));
        if glues(b) && !pound_key && !(b >= 0x80 && separates(line, run.end, false))
            || (b == b'%'
                && close_paren(line, run.end) == 0
                && separator(line, run.end, false).is_none())
        {
            return None;
        }
        // "1.5x", "12-abc", "3/4b" and "1,234" are other things; a comma before
        // a letter or before anything but a three-digit group is a field
        // separator ("+4915123421279,Anna", "[15123421,4111…]").
        let next = line.get(run.end + 1);
        // A replacement (`[name]`, or `"[name]"` quoted as a bare JSON
        // value) was glued the way the text it replaced was. (Not `<`:
        // "+4915123421279</phone>" is a number in XML.)
        let rest = &line[(run.end + 1).min(line.len())..];
        let replaced_after = rest.starts_with(b"\"[") || starts_with_quoted_token(rest);
        let glued_on = |c: &u8| c.is_ascii_alphanumeric() || *c == b'[' || replaced_after;
        let glued = match b {
            // A "+" number is a path segment of its own ("/+4915…/tickets").
            b'/' if run.prefix == Prefix::Plus => false,
            // An airline record ties an element to its passenger after the
            // number (`APM 0036 50 341 8307/P1`).
            b'/' if is_passenger_tag(rest) => false,
            b'[' => true,
            b'.' | b'-' | b'/' => next.is_some_and(glued_on),
            // "…,tel_k1_…": the token replaced a number after the comma.
            b',' if starts_with_quoted_token(&line[run.end + 1..]) => true,
            // Thousands are grouped after one to three digits: after a
            // longer group or a "+" the comma parts CSV cells
            // (`…,+358412546462,223.44,…`).
            b',' => {
                let group = line.get(run.end + 1..run.end + 4);
                let last = run.group_lens[run.groups - 1];
                run.prefix != Prefix::Plus
                    && last <= 3
                    && group.is_some_and(|g| g.iter().all(u8::is_ascii_digit))
                    && !line.get(run.end + 4).is_some_and(u8::is_ascii_digit)
            }
            _ => false,
        };
        if glued {
            return None;
        }
    }
    Some(run)
}

/// `P1`, `P12` and nothing glued after: an airline record's passenger
/// association (IATA/Amadeus PNR elements).
fn is_passenger_tag(rest: &[u8]) -> bool {
    let digits = rest
        .iter()
        .skip(1)
        .take_while(|b| b.is_ascii_digit())
        .count();
    rest.first() == Some(&b'P')
        && (1..=2).contains(&digits)
        && !rest
            .get(1 + digits)
            .is_some_and(|b| b.is_ascii_alphanumeric())
}

/// The length of an extension (`x123`, `X12`) opening `after`: one to six
/// digits after the `x`, then nothing that glues. 0 when there is none.
fn extension_len(after: &[u8]) -> usize {
    if !matches!(after.first(), Some(b'x' | b'X')) {
        return 0;
    }
    let digits = after[1..].iter().take_while(|b| b.is_ascii_digit()).count();
    let ends = !after.get(1 + digits).is_some_and(|&b| glues(b));
    if (1..=6).contains(&digits) && ends {
        1 + digits
    } else {
        0
    }
}

/// Does `after` start with one of our tokens (`tel_k1_0123456789abcdef`),
/// perhaps quoted as a bare JSON value (`"tel_k1_…"`)?
fn starts_with_quoted_token(after: &[u8]) -> bool {
    starts_with_token(after.strip_prefix(b"\"").unwrap_or(after))
}

/// Does `before` end with one of our tokens (`tel_k1_0123456789abcdef`)?
/// A number glued to a token by "(" was glued to the number the token
/// replaced, so it must stay glued on a second pass (idempotence).
fn ends_with_token(before: &[u8]) -> bool {
    let n = before.len();
    n >= 23
        && before[n - 16..]
            .iter()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        && before[n - 17] == b'_'
        && before[n.saturating_sub(31)..n - 17]
            .windows(4)
            .any(|w| w == b"tel_" || w == b"ail_")
}

/// The length of a `tel:`/`sip:`/`sips:` scheme (or its `%3A` escape)
/// ending `before`, 0 when there is none.
fn uri_scheme_len(before: &[u8]) -> usize {
    // Every run start asks, and most follow a byte no scheme ends with:
    // one test rather than seven comparisons.
    if !matches!(before.last(), Some(b':' | b'a' | b'A')) {
        return 0;
    }
    scheme_len_at_end(before)
}

/// [`uri_scheme_len`], each scheme compared.
fn scheme_len_at_end(before: &[u8]) -> usize {
    for scheme in [
        &b"tel:"[..],
        b"sip:",
        b"sips:",
        b"tel%3A",
        b"sip%3A",
        b"tel%3a",
        b"sip%3a",
    ] {
        if before.len() >= scheme.len()
            && before[before.len() - scheme.len()..].eq_ignore_ascii_case(scheme)
        {
            let s = before.len() - scheme.len();
            if s == 0 || !before[s - 1].is_ascii_alphanumeric() {
                return scheme.len();
            }
        }
    }
    0
}

/// Every place a run can start: digits and the prefix characters.
/// Does a percent escape of a byte that is no letter, digit, `+`, `.`
/// or `-` end right before `at`?
fn after_escaped_separator(line: &[u8], at: usize) -> bool {
    at >= 3
        && line[at - 3] == b'%'
        && std::str::from_utf8(&line[at - 2..at])
            .ok()
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .is_some_and(|b| {
                b.is_ascii_punctuation() && !matches!(b, b'+' | b'.' | b'-' | b'%') || b == b' '
            })
}

pub(crate) fn is_run_start(line: &[u8], i: usize) -> bool {
    let b = line[i];
    b.is_ascii_digit()
        || (b == b'+'
            && line
                .get(i + 1)
                .is_some_and(|c| c.is_ascii_digit() || *c == b'('))
        || (b == b'('
            && (line.get(i + 1).is_some_and(u8::is_ascii_digit)
                || (line.get(i + 1) == Some(&b'+')
                    && line.get(i + 2).is_some_and(u8::is_ascii_digit))))
        || (b == b'%' && (plus_at(line, i) == 3 || open_paren(line, i) == 3))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> Option<(String, String, usize)> {
        let b = s.as_bytes();
        let i = (0..b.len()).find(|&i| is_run_start(b, i))?;
        scan(b, i, false).map(|r| {
            (
                s[r.start..r.end].to_string(),
                String::from_utf8(r.digits().to_vec()).unwrap(),
                r.groups,
            )
        })
    }

    #[test]
    fn phone_shapes() {
        assert_eq!(run("x +49 (0)1512 3430401 y").unwrap().1, "4915123430401");
        assert_eq!(
            run("x (06 1) 233 9643, y").unwrap(),
            ("(06 1) 233 9643".into(), "0612339643".into(), 4)
        );
        assert_eq!(
            run("call +1 (506) 236-0776.").unwrap().0,
            "+1 (506) 236-0776"
        );
        assert_eq!(run("p=%2B55+%280%2911").unwrap().1, "55");
        assert_eq!(run("a 0712.116.641 at").unwrap().2, 3);
    }

    #[test]
    fn glued_runs_are_not_runs() {
        assert!(run("INV-2026-0802739").is_none());
        assert!(run("dur=22289ms").is_none());
        assert!(run("/v2/123").is_none());
        assert!(run("x 12345678901234567890123 y").is_none());
        assert_eq!(
            run("4111 1111 1111 1111 4111 1111").unwrap().1,
            "4111111111111111"
        );
    }

    #[test]
    fn url_plus_joins_groups_only_when_asked() {
        let s = b"312+307+6633";
        assert_eq!(scan(s, 0, true).unwrap().len, 10);
        assert_eq!(scan(s, 0, false).unwrap().len, 3);
    }

    proptest::proptest! {
        /// The last-byte test turns down no scheme the comparisons find.
        #[test]
        fn scheme_lengths_as_each_scheme_compared(
            before in "[a-z ]{0,2}(tel|sip|sips|TEL|Sip|x)?(:|%3[Aa]|%3)?",
        ) {
            let before = before.as_bytes();
            proptest::prop_assert_eq!(uri_scheme_len(before), scheme_len_at_end(before));
        }
    }
}
