//! Login names built from a person's name (`raul.cano`, `a.popovic`,
//! `jtorres`) where a system log names an account: sshd's `for X from` and
//! `user X`, an audit trail's `changed by X` and `agent X`, Dovecot's `pam(X,` and `imap(X)`, an LDAP `uid=X,`, Windows'
//! `DOMAIN\X` and `Account Name: X`. An account named for a service or a
//! role (`root`, `svc.backup`, `deploy`, `zhangyan`) is left: only a login
//! whose parts the lists or their shape give away as a name counts.

use std::sync::OnceLock;

use regex::bytes::Regex;

use crate::census::{Census, PhraseSet};
use crate::needles::Needle;

use super::*;

/// The words naming an account, each followed by spaces in a slot, in the
/// languages a contact centre's identity systems log in (`Nutzer pwagner`,
/// `compte de jdurand`). In the regex's order: where two open at one
/// place, the first to match wins.
const SLOT_WORDS: &[&str] = &[
    "reassigned from",
    "reassigned to",
    "for",
    "user",
    "User",
    "by",
    "agent",
    "Agent",
    "admin",
    "employee",
    "operator",
    "supervisor",
    "including",
    "sudo:",
    "-Identity",
    "sAMAccountName",
    "Login OK:",
    "Login incorrect:",
    "Account Name:",
    "account",
    "Account",
    "Nutzer",
    "nutzer",
    "Benutzer",
    "benutzer",
    "Konto",
    "konto",
    "utilisateur",
    "compte de",
    "usuario",
    "utente",
    "gebruiker",
    "użytkownik",
    "uživatel",
    "používateľ",
    "felhasználó",
    "utilizator",
    "utilizador",
    "kullanıcı",
    "användare",
    "bruker",
    "bruger",
    "käyttäjä",
];

/// Services that name the account in parentheses (Dovecot's `pam(X,`).
const SLOT_CALLS: &[&str] = &[
    "pam",
    "imap",
    "pop3",
    "lmtp",
    "managesieve",
    "submission",
    "TODO",
    "FIXME",
];

/// Keys whose value is an account (LDAP's `uid=X,`).
const SLOT_KEYS: &[&str] = &["uid", "agent"];

/// Programs whose syslog tag, process id and all, opens on the account
/// (`sudo[32674]:  jdoe : TTY=pts/0 ; …`).
const SLOT_TAGS: &[&str] = &["sudo"];

/// What names an agent's phone by its account: Asterisk's channel
/// technologies (`PJSIP/ola.olsen-0006ebf5`, the endpoint then the
/// channel's own number) and a SIP URI's user part
/// (`<sip:aishwarya.subramanian@10.15.63.247:5080>`).
const SLOT_ENDPOINTS: &[&str] = &["PJSIP/", "SIP/", "IAX2/", "sip:", "sips:"];

/// Where a system log names an account, up to the login's first letter:
/// after a slot word a role may stand (`paused by supervisor mnovak`).
/// (No `\b` before the slot: the word boundary is checked in code. Nor a
/// capture group for the login: it is read in code, so the search
/// allocates nothing.)
fn login_slot_pattern() -> String {
    let alternatives = |words: &[&str]| {
        let escaped: Vec<_> = words.iter().map(|w| regex::escape(w)).collect();
        escaped.join("|")
    };
    format!(
        r#"(?-u)(?:(?:{})\x20+(?:(?:invalid\x20)?user\x20+|(?:account|agent|supervisor|operator|admin)\x20+)?['"<\[]?|(?:{})\(|(?:{})=|(?:{})\[[0-9]+\]:\x20+|(?:{}))[A-Za-z]"#,
        alternatives(SLOT_WORDS),
        alternatives(SLOT_CALLS),
        alternatives(SLOT_KEYS),
        alternatives(SLOT_TAGS),
        alternatives(SLOT_ENDPOINTS),
    )
}

/// Texts every slot holds: a word and its space, a service and its
/// parenthesis, a key and its `=`, a syslog tag and its `[`. The line's census tells whether one
/// occurs (in some ASCII casing): most lines hold none, and for them the
/// slot regex's search, which cost some 1,400 instructions a line of a
/// generated 1 MB log, is skipped.
pub(crate) fn login_slot_patterns() -> Vec<String> {
    let words = SLOT_WORDS.iter().map(|w| format!("{w} "));
    let calls = SLOT_CALLS.iter().map(|c| format!("{c}("));
    let keys = SLOT_KEYS.iter().map(|k| format!("{k}="));
    let tags = SLOT_TAGS.iter().map(|t| format!("{t}["));
    let endpoints = SLOT_ENDPOINTS.iter().map(|e| e.to_string());
    words
        .chain(calls)
        .chain(keys)
        .chain(tags)
        .chain(endpoints)
        .collect()
}

/// What parts the logins of a list (`a.nowak, b.jensen and diasr`).
const LIST_GAPS: &[&[u8]] = &[b", ", b" and ", b" or ", b","];

/// The most logins of a line sought again elsewhere in it.
const MAX_REPEATED_LOGINS: usize = 4;

/// The longest login read.
const MAX_LOGIN: usize = 40;

/// The shortest surname after an initial (`jtorres`, not `jkim`).
const MIN_JOINED_SURNAME: usize = 4;

/// The most digits a directory numbers a login with (`anna.berg2`).
const MAX_LOGIN_NUMBER: usize = 2;

/// The shortest surname a login joins with two letters of the given
/// name (`alvesan`; not `wangmi`, too near ordinary words).
const MIN_SAP_SURNAME: usize = 5;

fn login_slot() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(&login_slot_pattern()).expect("valid login slot regex"))
}

impl NameFinder {
    /// Calls `found(start, end)` for each login in an account slot that is
    /// built from a person's name, and for each other place the line
    /// writes it (`sudo: jkovac : PWD=/home/jkovac`).
    pub(crate) fn find_logins(
        &self,
        line: &[u8],
        census: Census,
        mut found: impl FnMut(usize, usize),
    ) {
        let mut seen = [(0, 0); MAX_REPEATED_LOGINS];
        let mut count = 0;
        self.find_slotted_logins(line, census, |start, end| {
            found(start, end);
            if count < seen.len() {
                seen[count] = (start, end);
                count += 1;
            }
        });
        for &(start, end) in &seen[..count] {
            let login = &line[start..end];
            for at in memchr::memmem::find_iter(line, login) {
                let alone = (at == 0 || !is_login_byte(line[at - 1]))
                    && !line
                        .get(at + login.len())
                        .is_some_and(|&b| is_login_byte(b));
                if at != start && alone {
                    found(at, at + login.len());
                }
            }
        }
    }

    fn find_slotted_logins(
        &self,
        line: &[u8],
        census: Census,
        mut found: impl FnMut(usize, usize),
    ) {
        let slots = census
            .has(PhraseSet::LoginSlots)
            .then(|| login_slot().find_iter(line));
        for m in slots.into_iter().flatten() {
            let opens_word = m.start() == 0 || !line[m.start() - 1].is_ascii_alphanumeric();
            if !opens_word {
                continue;
            }
            let mut start = m.end() - 1;
            // After a syslog tag only sudo's own record names the account
            // (`sudo[1]:  jdoe : TTY=…`; not `sudo[1]: pam_unix(…)`).
            let tagged = line[m.start()..m.end()].contains(&b']');
            let channel = line[m.start()..m.end()].contains(&b'/');
            // `including a.nowak, b.jensen and diasr`: a list of accounts.
            loop {
                let mut len = login_len(&line[start..]);
                if channel {
                    len -= channel_number_len(&line[start..start + len]);
                }
                if len < 3
                    || tagged && !line[start + len..].starts_with(b" : ")
                    || !self.login_is_name(&line[start..start + len])
                {
                    break;
                }
                found(start, start + len);
                let rest = &line[start + len..];
                let Some(gap) = LIST_GAPS.iter().find(|gap| rest.starts_with(gap)) else {
                    break;
                };
                start += len + gap.len();
            }
        }
        // `root:x:0:0:…`, a passwd entry: the login opens the line.
        if let Some(len) = passwd_entry_login(line) {
            if self.login_is_name(&line[..len]) {
                found(0, len);
            }
        }
        if let Some((start, end)) = access_log_user(line) {
            let user = &line[start..end];
            if self.login_is_name(user) || self.handle_is_name(user) {
                found(start, end);
            }
        }
        // `CONTOSO\joris.vandenbroek`: a Windows domain, then the account
        // (in JSON its backslash escaped: `"CONTOSO\\joris…"`). In a JSON
        // document a lone backslash opens an escape (`"IX\bumai"`), and a
        // login read from its letter would cut the escape in two. (Most
        // lines hold no backslash: the census says so without a search.)
        if !census.holds(line, Needle::Backslash) {
            return;
        }
        let mut json = None;
        for slash in memchr::memchr_iter(b'\\', line) {
            let escaped = slash > 0 && line[slash - 1] == b'\\';
            if !escaped && *json.get_or_insert_with(|| crate::fields::looks_like_json(line)) {
                continue;
            }
            let head = &line[..slash - usize::from(escaped)];
            let domain = head
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || **b == b'-')
                .count();
            let opens = head.len() == domain
                || !matches!(head[head.len() - domain - 1], b'\\' | b'/' | b'.' | b'_')
                    && !head[head.len() - domain - 1].is_ascii_alphanumeric();
            if !(2..=15).contains(&domain) || !opens {
                continue;
            }
            let len = login_len(&line[slash + 1..]);
            if self.login_is_name(&line[slash + 1..slash + 1 + len]) {
                found(slash + 1, slash + 1 + len);
            }
        }
    }

    /// Is a login built from a person's name? Lower-case letters only, in
    /// parts parted by `.` or `_` (`raul.cano`, `a.popovic`,
    /// `hannah.schneider-fischer`): no part vocabulary, and a clear given
    /// name or an unambiguous surname among them, or an initial before a
    /// longer part. One part: an initial and a listed surname, the whole
    /// no ordinary word (`jtorres`, `kschneider`; not `class`).
    pub(crate) fn login_is_name(&self, login: &[u8]) -> bool {
        let Ok(login) = std::str::from_utf8(login) else {
            return false;
        };
        let login = login.trim_end_matches(['.', '-', '_']);
        // `petra.dvorakova8`, `gkavcic2`: a directory numbers the second
        // person with the same login.
        let unnumbered = login.trim_end_matches(|c: char| c.is_ascii_digit());
        let login = if login.len() - unnumbered.len() <= MAX_LOGIN_NUMBER {
            unnumbered.trim_end_matches(['.', '-', '_'])
        } else {
            login
        };
        let mut parts = 0;
        let mut named = false;
        // Every part a listed name (`carvalho.mariana`: both also words
        // somewhere, together a person).
        let mut all_listed = true;
        let mut initial = false;
        let mut longest = 0;
        // A listed name that is also a word (`sofia`, `schmidt`) is a
        // part only next to a clear name (`sofia.berglund`,
        // `anna.schmidt`; not `grace.period`, `max.retries`).
        let mut worded = false;
        for part in login.split(['.', '_']) {
            if !is_lower_case_word(part) || part.starts_with(['-', '\'']) {
                return false;
            }
            parts += 1;
            longest = longest.max(part.len());
            if part.len() == 1 {
                initial = true;
                continue;
            }
            let known = self.db.lookup(part);
            if is_not_name(part) || is_log_vocabulary(part, known) && !known.any() {
                return false;
            }
            if is_log_vocabulary(part, known) {
                worded = true;
                continue;
            }
            named |= is_clear_given(part, known) || is_clear_surname(known);
            all_listed &= known.any();
        }
        if worded {
            return (2..=3).contains(&parts) && named;
        }
        match parts {
            1 => {
                // The joined form is the evidence: the surname may be a
                // frequent word on its own (`schneider`), the login no word.
                let whole = self.db.lookup(login);
                let surname = login.get(1..).unwrap_or_default();
                // (No hyphen: the lists read `by-phon` as a double surname.)
                let no_word =
                    !whole.any() && !is_log_vocabulary(login, whole) && !login.contains('-');
                let initial_and_surname = no_word && self.is_login_surname(surname);
                // `martinezj`, `paulag`: the name first, the initial after
                // (not an `s`: `torus`, `magnos` are a word and a plural).
                let name_and_initial = no_word && !login.ends_with('s') && {
                    let last = login.char_indices().last().map_or(0, |(i, _)| i);
                    let name = &login[..last];
                    let known = self.db.lookup(name);
                    self.is_login_surname(name)
                        || name.len() >= MIN_JOINED_SURNAME && is_clear_given(name, known)
                };
                // `schmidsa`, `nilsenso`: the surname, then the given name's
                // first two letters, as SAP-style user ids are made.
                let surname_and_two = no_word
                    && !login.ends_with('s')
                    && login.is_ascii()
                    && login.len() >= MIN_SAP_SURNAME + 2
                    && self.is_login_surname(&login[..login.len() - 2]);
                initial_and_surname
                    || name_and_initial
                    || surname_and_two
                    || !whole.ordinary && self.is_joined_name(login)
            }
            2 | 3 => named || (all_listed || initial) && longest >= MIN_JOINED_SURNAME,
            _ => false,
        }
    }

    /// Under a key that holds an account (`actor=`, `agent=`): a login
    /// `login_is_name` reads, or two parts neither of them a word, one a
    /// listed given name or a surname that is no word (`orla.nibhriain`;
    /// not `etl_loader`).
    /// What else such a key holds is a service account, whose parts are
    /// vocabulary (`svc.deploy`, `payment.service`).
    pub(crate) fn account_is_name(&self, login: &[u8]) -> bool {
        if self.login_is_name(login) {
            return true;
        }
        let Ok(login) = std::str::from_utf8(login) else {
            return false;
        };
        let mut parts = login.split(['.', '_']);
        let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        let unworded = |part: &str| {
            let known = self.db.lookup(part);
            part.len() >= 2
                && is_lower_case_word(part)
                && !known.common
                && !is_log_vocabulary(part, known)
                && !is_not_name(part)
        };
        let listed = |part: &str| {
            let known = self.db.lookup(part);
            part.len() >= 3 && (known.given || known.surname && known.strong())
        };
        unworded(a) && unworded(b) && (listed(a) || listed(b))
    }

    /// `"by":"Riikka"`, `createdBy=Anna`: who did it, named by one
    /// capitalised given name the lists hold unambiguously, where an
    /// author's key expects a login (not `operator`, a network's as
    /// often: `"operator":"Telia"`).
    pub(crate) fn is_lone_given_name(&self, value: &[u8]) -> bool {
        let Ok(w) = std::str::from_utf8(value) else {
            return false;
        };
        let mut chars = w.chars();
        let capitalised =
            chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
        let known = self.db.lookup(w);
        capitalised && w.len() >= 3 && is_clear_given(w, known) && !is_log_vocabulary(w, known)
    }
}

/// Words a user name decorates a name with (`the_real_sean`,
/// `its1179_kucera`, `xx_aled_xx`).
const DECORATIONS: &[&str] = &[
    "the", "real", "its", "im", "xx", "xo", "official", "mr", "ms", "iam",
];

impl NameFinder {
    /// Is a user name chosen on a site or an app (`"username":"alvarez_1556"`,
    /// `nikos584`, `d_dmitry`, `kaminski.d`) built from a name? Its parts
    /// (parted by `.`, `_`, `-` and digits, decorations dropped) are lower
    /// case, one is a clear given name or a clear surname, and none is
    /// vocabulary. A lone surname counts only with digits or a decoration
    /// beside it: `jenkins` alone is as often a build service's account.
    pub(crate) fn handle_is_name(&self, handle: &[u8]) -> bool {
        let Ok(handle) = std::str::from_utf8(handle) else {
            return false;
        };
        if handle.len() > MAX_LOGIN
            || !handle
                .chars()
                .all(|c| c.is_alphanumeric() || "._-".contains(c))
        {
            return false;
        }
        let mut given = false;
        let mut surname = false;
        let mut joined = false;
        let mut names = 0;
        // `cust_5f1a09c3d2`: digits strewn among letters make a generated
        // id; a person adds one number at most (`nikos584`, `its1179_kucera`).
        let digit_runs = handle
            .as_bytes()
            .chunk_by(|a, b| a.is_ascii_digit() == b.is_ascii_digit())
            .filter(|run| run[0].is_ascii_digit())
            .count();
        if digit_runs > 1 {
            return false;
        }
        let mut decorated = digit_runs == 1;
        for part in handle.split(|c: char| c.is_ascii_digit() || "._-".contains(c)) {
            if part.is_empty() {
                continue;
            }
            if DECORATIONS.contains(&part) || part.len() == 1 {
                decorated = true;
                continue;
            }
            let known = self.db.lookup(part);
            if !is_lower_case_word(part) || is_log_vocabulary(part, known) || is_not_name(part) {
                return false;
            }
            names += 1;
            given |= is_clear_given(part, known);
            surname |= known.surname && known.strong() && !known.common;
            joined |= !known.any() && !known.ordinary && self.is_joined_name(part);
        }
        (1..=2).contains(&names) && (given || joined || surname && (decorated || names == 2))
    }
}

impl NameFinder {
    /// Is a word no list holds a given name and a surname written as one
    /// (`henrikevogelsang`, `ingvarlindqvist`)? A clear given name of four
    /// letters or more, then a listed surname of as many that is no
    /// frequent word: the join of two such lists' words is seldom
    /// anything else (of the words of real system logs this reads as
    /// names, 8 in 240 are none: `transcriber`, `goroutine`…; with three
    /// letters `dispatcher` would be one).
    fn is_joined_name(&self, word: &str) -> bool {
        const MIN_PART: usize = 4;
        if !(2 * MIN_PART..=MAX_LOGIN).contains(&word.len())
            || !word.bytes().all(|b| b.is_ascii_lowercase())
        {
            return false;
        }
        (MIN_PART..=word.len() - MIN_PART).any(|at| {
            let (given, surname) = word.split_at(at);
            let known = self.db.lookup(surname);
            known.surname
                && !known.common
                && !is_log_vocabulary(surname, known)
                && !is_not_name(surname)
                && is_clear_given(given, self.db.lookup(given))
        })
    }
}

/// `203.0.113.7 - anna.berg [10/Oct/2024:13:55:36 +0200] "GET …`: the user
/// an access log's request authenticated as (the common log format's third
/// field), after the client address and the ident field.
fn access_log_user(line: &[u8]) -> Option<(usize, usize)> {
    // Every line is asked: most open with no address, which the first
    // word tells. Its end is the first byte no address holds, which must
    // be the first space: found byte by byte, a few bytes in, without a
    // search of the line for the space.
    let client = line
        .iter()
        .position(|b| !(b.is_ascii_hexdigit() || matches!(b, b'.' | b':')))?;
    let address = line[client] == b' '
        && client >= 3
        && line[..client].iter().any(|b| matches!(b, b'.' | b':'));
    if !address {
        return None;
    }
    user_after_client(line, client)
}

/// The user field of a common-log-format line whose client address ends
/// at `client` (a space): after the ident field, before the `[` of the
/// time; `-` is none.
fn user_after_client(line: &[u8], client: usize) -> Option<(usize, usize)> {
    let ident = client + 1 + memchr::memchr(b' ', &line[client + 1..])?;
    let user_start = ident + 1;
    let user_end = user_start + memchr::memchr(b' ', &line[user_start..])?;
    let user = &line[user_start..user_end];
    (line.get(user_end + 1) == Some(&b'[') && user != b"-" && !user.is_empty())
        .then_some((user_start, user_end))
}

/// A byte a login is written with: letters, digits, `.`, `_` and `-`.
pub(crate) fn is_login_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-')
}

/// `anowak:x:1495:1695:…`: the login a passwd entry opens with, before
/// its password placeholder and numeric ids.
fn passwd_entry_login(line: &[u8]) -> Option<usize> {
    let len = login_len(line);
    let rest = line[len..].strip_prefix(b":x:")?;
    let uid = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    (len > 0 && uid > 0 && rest.get(uid) == Some(&b':')).then_some(len)
}

/// The length of the login `text` opens with: letters, digits, `.`, `_`
/// and `-`, at most `MAX_LOGIN` bytes (a longer run is no login).
/// The length of the `-0006ebf5` an Asterisk channel's name ends with
/// after its endpoint (`ola.olsen-0006ebf5`), or 0.
fn channel_number_len(name: &[u8]) -> usize {
    match name.iter().rposition(|&b| b == b'-') {
        Some(dash)
            if dash + 1 < name.len() && name[dash + 1..].iter().all(u8::is_ascii_hexdigit) =>
        {
            name.len() - dash
        }
        _ => 0,
    }
}

pub(super) fn login_len(text: &[u8]) -> usize {
    let len = text
        .iter()
        .take(MAX_LOGIN + 1)
        .take_while(|&&b| is_login_byte(b))
        .count();
    if len > MAX_LOGIN {
        0
    } else {
        len
    }
}

impl NameFinder {
    /// A listed surname long enough to join an initial in a login
    /// (`jtorres`, `martinezj`; not `jkim`), and no word of the logs.
    fn is_login_surname(&self, surname: &str) -> bool {
        surname.len() >= MIN_JOINED_SURNAME
            && self.db.lookup(surname).surname
            && !in_log_words(surname)
            && !is_not_name(surname)
    }
}

/// A surname the lists hold that is no frequent word and no given name.
pub(super) fn is_clear_surname(known: Known) -> bool {
    known.surname && known.strong() && !known.common && !known.given
}

#[cfg(test)]
mod tests {
    use super::*;

    fn logins(line: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let line_bytes = line.as_bytes();
        let census = Census::of(line_bytes);
        NameFinder::new().find_logins(line_bytes, census, |a, b| out.push(&line[a..b]));
        out
    }

    #[test]
    fn logins_built_from_names() {
        assert_eq!(
            logins("sshd[1]: Failed password for raul.cano from 79.206.226.245 port 4662"),
            ["raul.cano"]
        );
        assert_eq!(
            logins("dovecot: auth: pam(a.popovic,46.1.1.1,<x>)"),
            ["a.popovic"]
        );
        assert_eq!(
            logins("BIND dn=\"uid=kschneider,ou=people,dc=x\""),
            ["kschneider"]
        );
        assert_eq!(
            logins("GET /owa/ 443 - CONTOSO\\joris.vandenbroek 95.2.2.8"),
            ["joris.vandenbroek"]
        );
        assert_eq!(
            logins("audit: agent helene_marchand exported; agent=helene.marchand"),
            ["helene_marchand", "helene.marchand"]
        );
        assert!(logins("agent smith-bot restarted, agent=deploy").is_empty());
        assert_eq!(
            logins("Nutzer pwagner gesperrt; le compte de jdurand; admin j.svensson"),
            ["pwagner", "jdurand", "j.svensson"]
        );
        assert_eq!(
            logins("Account Name: dkovac; locked for account s.kowalczyk, for user mnowak"),
            ["dkovac", "s.kowalczyk", "mnowak"]
        );
        assert!(logins("admin console opened for account settings").is_empty());
        assert!(logins("as agreed for e.g. staff, for a.b and by-phone").is_empty());
    }

    #[test]
    fn user_names_built_from_names() {
        let f = NameFinder::new();
        let failed: Vec<_> = [
            "the_real_ahmed",
            "alvarez_1556",
            "d_dmitry",
            "kaminski.d",
            "nikos584",
            "xx_aled_xx",
            "astrid_1689",
        ]
        .into_iter()
        .filter(|h| !f.handle_is_name(h.as_bytes()))
        .collect();
        assert!(failed.is_empty(), "{failed:?}");
        for handle in [
            "admin",
            "root",
            "test_user",
            "jenkins",
            "svc-backup",
            "0x1f2e",
            "build42",
        ] {
            assert!(!f.handle_is_name(handle.as_bytes()), "{handle}");
        }
    }

    #[test]
    fn service_and_role_accounts_stay() {
        for line in [
            "Failed password for root from 1.2.3.4",
            "Invalid user admin from 1.2.3.4",
            "Failed password for invalid user oracle from 1.2.3.4",
            "session opened for user svc.backup(uid=0)",
            "Invalid user zhangyan from 1.2.3.4",
            "pam(deploy,1.2.3.4)",
            "waiting for build.agent to finish",
            "C:\\Windows\\System32 NT AUTHORITY\\SYSTEM",
            "Registering class org.apache.hadoop.X for class org.apache.Y",
            "Invalid user butter from 1.2.3.4",
            "not allocating divert_blk for non-ethernet device",
            "Accepted publickey for gitlab-runner from 1.2.3.4",
        ] {
            assert!(logins(line).is_empty(), "{line}: {:?}", logins(line));
        }
    }

    proptest::proptest! {
        /// The client address ends at the first byte no address holds,
        /// as it did at the first space.
        #[test]
        fn access_log_client_ends_at_the_first_space(
            line in "[0-9a-f.: \\[x-]{0,24}",
        ) {
            let line = line.as_bytes();
            let by_space = (|| {
                let client = memchr::memchr(b' ', line)?;
                let address = client >= 3
                    && line[..client]
                        .iter()
                        .all(|b| b.is_ascii_hexdigit() || matches!(b, b'.' | b':'))
                    && line[..client].iter().any(|b| matches!(b, b'.' | b':'));
                if !address {
                    return None;
                }
                user_after_client(line, client)
            })();
            proptest::prop_assert_eq!(access_log_user(line), by_space);
        }
    }
}
