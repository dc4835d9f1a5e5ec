//! A person's name in parentheses after what identifies them: their
//! address (`anna.berg@example.com (Anna Berg)`, RFC 5322's old comment
//! form), their number (`+4915123421279 (Robert)`) or a person key's id
//! (`agent=A22387 (Radim)`). The parentheses say "this one's name", so a
//! lone given name counts there, as it does under a name key. The other
//! way round, a full name before its address in parentheses (`Verzoek van
//! Lotte de Vries (lotte@…)`) is the address's owner.

use super::repeats::is_free;
use super::{Scanner, Scratch};
use crate::census::Census;
use crate::context::KeyClass;
use crate::name::is_login_byte;
use crate::name::ValueCheck;
use crate::needles::Needle;
use crate::policy::Kind;

/// The most bytes taken between the parentheses.
const MAX_NAME: usize = 64;

impl Scanner<'_> {
    /// Adds a name finding for each parenthesised name right after an
    /// e-mail or phone finding or after a name or party key's value.
    pub(super) fn find_parenthesised_names(&self, line: &[u8], census: Census, s: &mut Scratch) {
        if !census.holds(line, Needle::OpenParen) {
            return;
        }
        let found = s.findings.len();
        for i in 0..found {
            let f = s.findings[i];
            if matches!(f.kind, Kind::Email | Kind::Phone) {
                self.push_name_after(line, f.end, s);
            }
            if f.kind == Kind::Email
                && f.start >= 2
                && &line[f.start - 2..f.start] == b" ("
                && line.get(f.end) == Some(&b')')
            {
                self.push_full_name_before(line, f.start - 2, s);
            }
            // `reset for Anna Berg (aberg2)`: the person's login.
            if f.kind == Kind::Name {
                self.push_login_after(line, f.end, s);
            }
        }
        for i in 0..s.fields.len() {
            if matches!(s.keys[i].class, KeyClass::Name | KeyClass::Party) {
                self.push_name_after(line, s.fields[i].value.1, s);
            }
        }
    }

    /// Adds the full name of two or three words that ends at `end` (a
    /// space before an address in parentheses), if the words read as one;
    /// three only when the first is capitalised (`Lotte de Vries`, not
    /// `la Daniela Bălan`).
    fn push_full_name_before(&self, line: &[u8], end: usize, s: &mut Scratch) {
        let head = crate::name::valid_utf8_suffix(&line[end.saturating_sub(MAX_NAME)..end]);
        let names = &self.detectors.names;
        for words in [3, 2] {
            let Some((space, _)) = head.rmatch_indices(' ').nth(words - 1) else {
                continue;
            };
            let name = &head[space + 1..];
            if !name.starts_with(char::is_uppercase) || !names.reads_as_full_name(name) {
                continue;
            }
            let start = end - name.len();
            if is_free(s, start, end) {
                self.push_name(s, start, end);
            }
            return;
        }
    }

    /// Adds the login in ` (…)` at `at`, if it is built from a name.
    fn push_login_after(&self, line: &[u8], at: usize, s: &mut Scratch) {
        let Some(open) = line[at..].strip_prefix(b" (").map(|_| at + 2) else {
            return;
        };
        let len = line[open..]
            .iter()
            .take(MAX_NAME + 1)
            .take_while(|&&b| is_login_byte(b))
            .count();
        let login = &line[open..open + len];
        let names = &self.detectors.names;
        if line.get(open + len) == Some(&b')')
            && (names.login_is_name(login) || names.handle_is_name(login))
        {
            self.push_name(s, open, open + len);
        }
    }

    /// Adds the name in ` (…)` at `at`, if there is one.
    fn push_name_after(&self, line: &[u8], at: usize, s: &mut Scratch) {
        let open = match &line[at..] {
            [b' ', b'(', ..] => at + 2,
            [b'(', ..] => at + 1,
            _ => return,
        };
        let Some(len) = line[open..]
            .iter()
            .take(MAX_NAME + 1)
            .position(|&b| b == b')')
        else {
            return;
        };
        let close = open + len;
        let names = &self.detectors.names;
        let is_name = std::str::from_utf8(&line[open..close])
            .is_ok_and(|v| v.trim() == v && names.value_is_name(v, ValueCheck::Strict));
        let taken = s.findings.iter().any(|x| x.start < close && open < x.end);
        if is_name && !taken {
            self.push_name(s, open, close);
        }
    }
}
