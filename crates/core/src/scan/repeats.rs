//! A number found once is found wherever else its line writes it the same
//! way: a call record puts the caller in one column bare (`"81487901"`) and
//! in another beside a name (`"Anna" <81487901>`), and only the second says
//! it is a phone. And a call record's row that writes one party as
//! `+35321831037` writes the other as an MSISDN of the same country
//! (`cdr,…,353891459514,+35321831037,…`). A number printed as typed beside
//! its normalized form is the same number; and a row's number cell beside
//! a name cell is that person's.

use super::recordings::opens_with_date;
use super::{Scanner, Scratch};
use crate::fields::Syntax;
use crate::finding::{Confidence, Ctx, Finding};
use crate::phone::{self, Country, Evidence};
use crate::policy::Kind;
use phonenumber::country::Id;

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
            let alone = (at == 0 || !line[at - 1].is_ascii_alphanumeric())
                && line.get(end).map_or(true, |b| !b.is_ascii_alphanumeric());
            if !alone || !is_free(s, at, end) {
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

/// The separators a row's cells may have.
const CELL_SEPARATORS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// The fewest separators of one kind a line needs to be read as a row.
const MIN_SEPARATORS: usize = 3;

impl Scanner<'_> {
    /// Adds a phone for each cell of a call record's row that holds
    /// nothing but an MSISDN (a calling code and a national number of a
    /// length that code's regions use, eleven digits or more), bare or
    /// under a key (`CDR|…|ORIG=8613…|TERM=3334…|`), when the row holds a
    /// phone found written the international way (`+3532…`, `4915…`): a
    /// call record's other party. Of the phone's country, or of another
    /// when the metadata holds it a valid number (ids and Unix times of
    /// that length mostly are not). In a row with a name's cell and a
    /// country's code as a cell (`…,"Harmon, Lois",Gold,IE,
    /// 353850285106`), a valid one of that country's calling code, or a
    /// valid mobile number of another's: the country may be where the
    /// line roams (`2026-03-19;ACC2372;37121106785;MA;4157;…;Name;…`).
    pub(super) fn find_row_msisdns(&self, line: &[u8], s: &mut Scratch) {
        let codes = &self.detectors.codes;
        // The first phone found written the international way, and its
        // calling code.
        let written = s.findings.iter().find_map(|f| {
            let number = &line[f.start..f.end];
            let digits = number.strip_prefix(b"+").unwrap_or(number);
            let international = f.kind == Kind::Phone
                && digits.iter().all(u8::is_ascii_digit)
                && (digits.len() < number.len() || digits.len() >= 11)
                && codes.plausible_international(digits);
            if !international {
                return None;
            }
            let (code, _) = codes.split_code(digits)?;
            Some((f.ctx, code))
        });
        // (Without such a phone, only a row with a name's cell is read:
        // most lines with findings are no rows.)
        let sep = if written.is_some() {
            row_separator_of(line)
        } else {
            row_holding(line, s, Kind::Name)
        };
        let Some(sep) = sep else {
            return;
        };
        let Some((ctx, code)) = written.or_else(|| {
            cells(line, sep)
                .find_map(|(a, b)| codes.code_of_region(&line[a..b]))
                .map(|code| (Ctx::Plain, code))
        }) else {
            return;
        };
        for (a, b) in cells(line, sep) {
            let a = a + key_of_cell(&line[a..b]);
            let cell = &line[a..b];
            let same_code = || codes.split_code(cell).is_some_and(|(c, _)| c == code);
            // (The slow validity test last, after the cheap ones.)
            let msisdn = (11..=15).contains(&cell.len())
                && cell.iter().all(u8::is_ascii_digit)
                && codes.plausible_international(cell)
                && is_free(s, a, b)
                && match written {
                    Some(_) => same_code() || phone::is_valid_international(cell),
                    None => {
                        same_code() && phone::is_valid_international(cell)
                            || phone::is_mobile_international(cell)
                    }
                };
            if !msisdn {
                continue;
            }
            s.canon.clear();
            s.canon.push(b'+');
            s.canon.extend_from_slice(cell);
            self.push_phone(s, a, b, ctx, Confidence::Strong, Country::Written);
        }
    }

    /// Is `cell` an MSISDN (a calling code and a national number, digits
    /// alone) that libphonenumber's metadata holds valid? Ids and Unix
    /// times of that length mostly are not; ids that open with a date
    /// (`20260413123`, Egypt's +20 2 by its digits) are not taken.
    fn is_valid_msisdn(&self, cell: &[u8]) -> bool {
        (11..=15).contains(&cell.len())
            && cell.iter().all(u8::is_ascii_digit)
            && !opens_with_date(cell)
            && self.detectors.codes.plausible_international(cell)
            && phone::is_valid_international(cell)
    }

    /// The calling code and national number of a phone finding written
    /// with `+` and digits alone (`+37127480699`).
    fn written_e164<'l>(&self, line: &'l [u8], f: &Finding) -> Option<(u16, &'l [u8])> {
        let e164 = line[f.start..f.end].strip_prefix(b"+")?;
        (f.kind == Kind::Phone && e164.iter().all(u8::is_ascii_digit))
            .then(|| self.detectors.codes.split_code(e164))
            .flatten()
    }

    /// Adds a finding, with the same token, for each national form of a
    /// phone found written with `+`: its national significant number,
    /// after a trunk `0` or none, in groups parted by single spaces, dots
    /// or dashes (`normalized '27 480 699' -> +37127480699`). A log that
    /// prints a number as typed beside its normalized form says the typed
    /// one is a phone.
    pub(super) fn find_national_forms(&self, line: &[u8], s: &mut Scratch) {
        let found = s.findings.len();
        for i in 0..found {
            let f = s.findings[i];
            let Some((_, national)) = self.written_e164(line, &f) else {
                continue;
            };
            if national.len() < MIN_DIGITS {
                continue;
            }
            let mut at = 0;
            while let Some(d) = line[at..].iter().position(u8::is_ascii_digit) {
                let start = at + d;
                let (end, digits, len) = grouped_digits(line, start);
                at = end;
                let written = digits[..len].strip_prefix(b"0").unwrap_or(&digits[..len]);
                let alone = (start == 0
                    || !line[start - 1].is_ascii_alphanumeric() && line[start - 1] != b'+')
                    && line.get(end).map_or(true, |b| !b.is_ascii_alphanumeric());
                if written == national && alone && is_free(s, start, end) {
                    s.findings.push(Finding {
                        start,
                        end,
                        ctx: Ctx::Plain,
                        ..f
                    });
                }
            }
        }
    }

    /// Adds a phone for a row's cell that holds nothing but a number of
    /// seven to fifteen digits (grouped or not) right before or after a
    /// cell holding a name found: a caller id's name and number side by
    /// side (Asterisk's CEL and CDR rows, `…,"Ornella Martini","758318702",…`),
    /// a contact export's name then phone (`Mariama;AGYEMAN;966 39 529;…`).
    /// Beside an e-mail address found, the number must be written in groups
    /// (`…;h.v@example.eu;0664-123-4567;Graz`).
    pub(super) fn find_numbers_beside_names(
        &self,
        line: &[u8],
        region: Option<Id>,
        s: &mut Scratch,
    ) {
        let found = s.findings.len();
        for i in 0..found {
            let f = s.findings[i];
            if !matches!(f.kind, Kind::Name | Kind::Email) {
                continue;
            }
            let Some(sep) = row_separator(line, f.start, f.end) else {
                continue;
            };
            let open = line[..f.start].iter().rposition(|&b| b != b'"');
            let close = line[f.end..]
                .iter()
                .position(|&b| b != b'"')
                .map(|p| f.end + p);
            let before = open.map(|e| {
                let s = line[..e]
                    .iter()
                    .rposition(|&b| b == sep)
                    .map_or(0, |p| p + 1);
                trim_quotes(line, s, e)
            });
            let after = close.filter(|&c| c < line.len()).map(|c| {
                let e = line[c + 1..]
                    .iter()
                    .position(|&b| b == sep)
                    .map_or(line.len(), |p| c + 1 + p);
                trim_quotes(line, c + 1, e)
            });
            for (a, b) in before.into_iter().chain(after) {
                let (end, digits, len) = grouped_digits(line, a);
                // A number in groups beside a name is its phone even where
                // a dotted one was protected weakly as a version may be
                // (`…;Eleni;691.248.4691;…`); not one shaped as an IPv4
                // address, which stays as written.
                let cell = &line[a..b];
                let grouped = is_grouped_number(cell) && !is_dotted_quad(cell);
                if end != b || !(7..=15).contains(&len) || !is_free_of(s, a, b, !grouped) {
                    continue;
                }
                // Beside an address a bare run may be any id; a number
                // written in groups is the contact's phone (not a date),
                // and so is an MSISDN the metadata holds valid
                // (`…;mail@x.eu;33612432711;Silver;…`).
                if f.kind == Kind::Email && !is_grouped_number(cell) {
                    if self.is_valid_msisdn(cell) {
                        self.push_international_digits(s, a, cell);
                    }
                    continue;
                }
                s.canon.clear();
                let country = phone::canonical_without_prefix(
                    &digits[..len],
                    region,
                    Evidence::Phrase,
                    &self.detectors.codes,
                    &mut s.canon,
                );
                self.push_phone(s, a, b, Ctx::Plain, Confidence::Strong, country);
            }
        }
    }
}

impl Scanner<'_> {
    /// Adds a phone for each cell of a row holding a name found that is a
    /// national number with its trunk `0` and nothing else: a call
    /// record's caller and callee (`…,2024-05-08 21:38:04,0612345678,
    /// 0201234567,421,NORMAL_CLEARING,…,"Anna Berg"`), wherever the name's
    /// cell is.
    pub(super) fn find_trunk_numbers_in_named_rows(
        &self,
        line: &[u8],
        region: Option<Id>,
        s: &mut Scratch,
    ) {
        let Some(sep) = row_holding(line, s, Kind::Name) else {
            return;
        };
        for (a, b) in cells(line, sep) {
            let cell = &line[a..b];
            let national =
                cell.iter().all(u8::is_ascii_digit) && phone::looks_like_national(cell, 1);
            if !national || !is_free(s, a, b) {
                continue;
            }
            s.canon.clear();
            let country = phone::canonical_without_prefix(
                cell,
                region,
                Evidence::Phrase,
                &self.detectors.codes,
                &mut s.canon,
            );
            self.push_phone(s, a, b, Ctx::Plain, Confidence::Strong, country);
        }
    }

    /// Adds a name for each cell of a contact record's row (a row holding
    /// a name, an address or a phone found) that is half of a name
    /// (`NameFinder::find_in_contact_row`).
    pub(super) fn find_names_in_contact_rows(&self, line: &[u8], s: &mut Scratch) {
        let Some(sep) = [Kind::Name, Kind::Email, Kind::Phone]
            .into_iter()
            .find_map(|kind| row_holding(line, s, kind))
        else {
            return;
        };
        let mut spans = Vec::new();
        let is_found = |a: usize, b: usize| {
            s.findings
                .iter()
                .any(|f| f.kind == Kind::Name && f.start <= a && b <= f.end)
        };
        self.detectors
            .names
            .find_in_contact_row(cells(line, sep), line, is_found, |a, b| {
                spans.push((a, b));
            });
        for (a, b) in spans {
            if a < b && is_free(s, a, b) {
                push_name(s, a, b);
            }
        }
    }

    /// Adds a name for each cell of a row that holds a card found and,
    /// in another cell, a cardholder's name in capitals as the card is
    /// embossed (a settlement report's or payment export's row).
    pub(super) fn find_cardholders_beside_cards(&self, line: &[u8], s: &mut Scratch) {
        let Some(sep) = row_holding(line, s, Kind::Card) else {
            return;
        };
        for (a, b) in cells(line, sep) {
            let cell = &line[a..b];
            let capitals = cell.first().is_some_and(u8::is_ascii_uppercase)
                && memchr::memchr(b' ', cell).is_some();
            if capitals && is_free(s, a, b) && self.detectors.names.is_embossed_name(cell) {
                push_name(s, a, b);
            }
        }
    }
}

/// Adds a name found at `start..end` by what else the line holds.
pub(super) fn push_name(s: &mut Scratch, start: usize, end: usize) {
    s.findings.push(Finding {
        start,
        end,
        kind: Kind::Name,
        ctx: Ctx::Plain,
        confidence: Confidence::Strong,
        canon: None,
    });
}

/// The most digits `grouped_digits` reads: more than any phone has.
const MAX_GROUPED: usize = 17;

/// The end of the digits opening `line[start..]` in groups parted by
/// single spaces, dots or dashes, and the digits (up to `MAX_GROUPED`).
fn grouped_digits(line: &[u8], start: usize) -> (usize, [u8; MAX_GROUPED], usize) {
    let mut digits = [0; MAX_GROUPED];
    let mut len = 0;
    let mut i = start;
    while i < line.len() && len < MAX_GROUPED {
        if line[i].is_ascii_digit() {
            digits[len] = line[i];
            len += 1;
            i += 1;
        } else if matches!(line[i], b' ' | b'.' | b'-')
            && line.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            i += 1;
        } else {
            break;
        }
    }
    (i, digits, len)
}

/// The separator of the row whose cell `line[start..end]` is, if the line
/// is a row: the cell is bounded by it (or the line's ends, or quotes
/// inside it) and the line has enough of it.
fn row_separator(line: &[u8], start: usize, end: usize) -> Option<u8> {
    let (before, after) = (
        line[..start]
            .iter()
            .rev()
            .find(|&&b| b != b'"' && b != b' '),
        line[end..].iter().find(|&&b| b != b'"' && b != b' '),
    );
    // A printed tuple or list opens and closes its row: `(…, x)`.
    CELL_SEPARATORS.into_iter().find(|sep| {
        before.map_or(true, |b| b == sep || matches!(b, b'(' | b'['))
            && after.map_or(true, |b| b == sep || matches!(b, b')' | b']'))
            && memchr::memchr_iter(*sep, line)
                .nth(MIN_SEPARATORS - 1)
                .is_some()
    })
}

/// The separator a line is a row of: the one it holds most often, at
/// least `MIN_SEPARATORS` times.
fn row_separator_of(line: &[u8]) -> Option<u8> {
    CELL_SEPARATORS
        .into_iter()
        .map(|sep| (memchr::memchr_iter(sep, line).count(), sep))
        .filter(|&(count, _)| count >= MIN_SEPARATORS)
        .max()
        .map(|(_, sep)| sep)
}

/// The length of the `KEY=` a row's cell opens with (`ORIG=` in
/// `ORIG=8613…`), or 0.
fn key_of_cell(cell: &[u8]) -> usize {
    let key = cell
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_')
        .count();
    if key > 0 && cell[0].is_ascii_alphabetic() && cell.get(key) == Some(&b'=') {
        key + 1
    } else {
        0
    }
}

/// The separator of the row that a finding of `kind` is a cell of.
fn row_holding(line: &[u8], s: &Scratch, kind: Kind) -> Option<u8> {
    s.findings
        .iter()
        .filter(|f| f.kind == kind)
        .find_map(|f| row_separator(line, f.start, f.end))
}

/// The spans of a row's cells parted by `sep`, without the quotes around
/// their values.
fn cells(line: &[u8], sep: u8) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    memchr::memchr_iter(sep, line)
        .chain([line.len()])
        .map(move |end| {
            let cell = trim_quotes(line, start, end);
            start = end + 1;
            cell
        })
}

/// Digits in two or more groups that are no date (`2024-11-25`,
/// `25.11.2024`).
fn is_grouped_number(cell: &[u8]) -> bool {
    let groups = cell
        .split(|b| !b.is_ascii_digit())
        .filter(|g| !g.is_empty());
    let (mut count, mut years, mut short) = (0, 0, 0);
    for g in groups {
        count += 1;
        years += usize::from(g.len() == 4 && (g.starts_with(b"19") || g.starts_with(b"20")));
        short += usize::from(g.len() <= 2);
    }
    let date = count == 3 && years == 1 && short == 2;
    count >= 2 && !date
}

/// Four groups of one to three digits parted by dots, as an IPv4
/// address is written (`27.12.37.71`).
fn is_dotted_quad(cell: &[u8]) -> bool {
    let groups = || cell.split(|&b| b == b'.');
    groups().count() == 4
        && groups().all(|g| (1..=3).contains(&g.len()) && g.iter().all(u8::is_ascii_digit))
}

/// A cell's span without the spaces and quotes around its value (a
/// printed tuple parts its cells with `, `).
fn trim_quotes(line: &[u8], mut start: usize, mut end: usize) -> (usize, usize) {
    while start < end && line[start] == b' ' {
        start += 1;
    }
    while end > start && line[end - 1] == b' ' {
        end -= 1;
    }
    let cell = &line[start..end];
    if cell.len() >= 2 && cell[0] == b'"' && cell[cell.len() - 1] == b'"' {
        (start + 1, end - 1)
    } else {
        (start, end)
    }
}

/// Does `line[start..end]` touch no finding, protected span or replacement?
pub(super) fn is_free(s: &Scratch, start: usize, end: usize) -> bool {
    is_free_of(s, start, end, true)
}

/// [`is_free`], where a weakly protected span counts only if `weak_too`.
fn is_free_of(s: &Scratch, start: usize, end: usize, weak_too: bool) -> bool {
    let overlaps = |(a, b): (usize, usize)| a < end && start < b;
    !s.findings.iter().any(|x| overlaps((x.start, x.end)))
        && !s
            .protected
            .iter()
            .any(|p| (weak_too || p.strong) && overlaps((p.start, p.end)))
        && !s.replaced.iter().any(|&r| overlaps(r))
}
