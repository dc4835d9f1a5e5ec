//! A number found once is found wherever else its line writes it the same
//! way: a call record puts the caller in one column bare (`"81487901"`) and
//! in another beside a name (`"Anna" <81487901>`), and only the second says
//! it is a phone.

use super::Scratch;
use crate::fields::Syntax;
use crate::finding::{Ctx, Finding};
use crate::policy::Kind;

/// The fewest digits a number needs to be sought again: shorter ones
/// (extensions, counts, ports) recur by chance.
const MIN_DIGITS: usize = 7;

/// Adds a finding, with the same token, for each other occurrence of a
/// phone finding's digits, written the same way, that stands on its own (no letter or digit
/// glued to it) and touches no finding, protected span or replacement.
pub(super) fn find_repeated_phones(line: &[u8], s: &mut Scratch) {
    let found = s.findings.len();
    for i in 0..found {
        let f = s.findings[i];
        let number = &line[f.start..f.end];
        let digits = number.strip_prefix(b"+").unwrap_or(number);
        if f.kind != Kind::Phone
            || digits.len() < MIN_DIGITS
            || !digits.iter().all(u8::is_ascii_digit)
        {
            continue;
        }
        // `+4915…` is sought as its digits: a file name or an E.164 field
        // writes it without the `+`.
        for at in memchr::memmem::find_iter(line, digits) {
            let end = at + digits.len();
            let at = if at > 0 && line[at - 1] == b'+' {
                at - 1
            } else {
                at
            };
            let overlaps = |(a, b): (usize, usize)| a < end && at < b;
            let alone = (at == 0 || !line[at - 1].is_ascii_alphanumeric())
                && line.get(end).map_or(true, |b| !b.is_ascii_alphanumeric());
            if !alone
                || s.findings.iter().any(|x| overlaps((x.start, x.end)))
                || s.protected.iter().any(|p| overlaps((p.start, p.end)))
                || s.replaced.iter().any(|&r| overlaps(r))
            {
                continue;
            }
            let in_url = s.fields.iter().any(|field| {
                field.syntax == Syntax::Url && field.value.0 <= at && end <= field.value.1
            });
            let ctx = if in_url { Ctx::Url } else { Ctx::Plain };
            s.findings.push(Finding {
                start: at,
                end,
                ctx,
                ..f
            });
        }
    }
}
