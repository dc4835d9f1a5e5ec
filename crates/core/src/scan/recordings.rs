//! Call recordings named after the call's parties. PBXs and recorders
//! write the caller's or callee's number into the audio file's name:
//! FreePBX's `in-0612345678-201-20240101-101010-1704103810.123.wav`,
//! `out-…`, `q500-…`, and recorders configured as `+3223325796_<time>_<id>.opus`.
//! There the number is glued to its neighbours by `-` and `_`, so the
//! free-text number scan (which takes glued digits for parts of ids) never
//! sees it; the audio extension is the context that vouches for it. Some
//! recorders add the party's name (`0612345678_Edina_Nemeth_….wav`): in a
//! name that holds a number, listed names are the party's; so is the last
//! part of a title whose parts ` - ` parts, after the number.

use phonenumber::country::Id;

use super::numbers::is_unix_time;
use super::{Scanner, Scratch};
use crate::finding::{Confidence, Ctx};
use crate::name::ValueCheck;
use crate::phone::{self, Country, Evidence};
use crate::policy::Kind;

/// The most bytes of a party's name in a titled recording's file name.
const MAX_TITLED_NAME: usize = 64;

/// Audio formats contact-centre recorders write (compared in lower case).
const AUDIO_EXTENSIONS: [&[u8]; 9] = [
    b"wav", b"mp3", b"opus", b"ogg", b"gsm", b"m4a", b"flac", b"wma", b"aac",
];

impl Scanner<'_> {
    /// Phone numbers among the `-`/`_`/`.`-separated parts of audio file
    /// names.
    pub(super) fn scan_recording_names(&self, line: &[u8], region: Option<Id>, s: &mut Scratch) {
        for (name_start, dot) in file_names(line, is_audio_extension) {
            let found = s.findings.len();
            for (start, end) in parts(line, name_start, dot) {
                if let Some(country) = self.canonical_party(&line[start..end], region, s) {
                    self.push_phone(s, start, end, Ctx::Plain, Confidence::Strong, country);
                }
            }
            if s.findings.len() > found {
                self.find_party_names(line, name_start, dot, s);
            }
            self.find_titled_party_name(line, dot, s);
        }
    }

    /// `"2024-05-02 - +31612345678 - Van Dijk.mp3"`: a recorder that titles
    /// its files with ` - ` between the parts puts the party's name after
    /// their number. The last part is the name when the part before it is
    /// a phone found.
    fn find_titled_party_name(&self, line: &[u8], dot: usize, s: &mut Scratch) {
        const SEP: &[u8] = b" - ";
        let from = dot.saturating_sub(MAX_TITLED_NAME);
        let Some(sep) = memchr::memmem::rfind(&line[from..dot], SEP).map(|p| from + p) else {
            return;
        };
        let start = sep + SEP.len();
        let after_phone = s
            .findings
            .iter()
            .any(|f| f.kind == Kind::Phone && f.end == sep);
        let name = std::str::from_utf8(&line[start..dot]).unwrap_or_default();
        if after_phone
            && !name.is_empty()
            && self.detectors.names.value_is_name(name, ValueCheck::Strict)
        {
            self.push_name(s, start, dot);
        }
    }

    /// Two or three consecutive word parts of a recording's name that read
    /// as a person (`Simone-Gabrielle_Rocher`, `Bonomo_Tonia`).
    fn find_party_names(&self, line: &[u8], start: usize, end: usize, s: &mut Scratch) {
        let words: Vec<(usize, usize)> = parts(line, start, end).collect();
        let mut joined = String::new();
        let mut i = 0;
        while i < words.len() {
            let fits = (2..=3).rev().find(|&n| {
                let Some(run) = words.get(i..i + n) else {
                    return false;
                };
                joined.clear();
                for &(a, b) in run {
                    let word = std::str::from_utf8(&line[a..b]).unwrap_or_default();
                    if word.is_empty() || !word.chars().all(char::is_alphabetic) {
                        return false;
                    }
                    if !joined.is_empty() {
                        joined.push(' ');
                    }
                    joined.push_str(word);
                }
                self.detectors.names.reads_as_party_name(&joined)
            });
            match fits {
                Some(n) => {
                    let (a, b) = (words[i].0, words[i + n - 1].1);
                    self.push_name(s, a, b);
                    i += n;
                }
                None => i += 1,
            }
        }
    }

    /// Writes `part`'s canonical number to `s.canon` when the part of a
    /// recording's name is a phone number: `+` or `00` and a calling code,
    /// a trunk `0` and a national length, or an MSISDN (a calling code and
    /// a national number of that country's length). Dates (`20240101`),
    /// times (`101010`), Unix times (`1704103810`) and extensions (`201`)
    /// are none of these.
    fn canonical_party(&self, part: &[u8], region: Option<Id>, s: &mut Scratch) -> Option<Country> {
        let (plus, digits) = match part.strip_prefix(b"+") {
            Some(d) => (true, d),
            None => (false, part),
        };
        if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let codes = &self.detectors.codes;
        s.canon.clear();
        let international = if plus {
            Some(digits)
        } else {
            digits.strip_prefix(b"00")
        };
        if let Some(e164) = international {
            if !(7..=15).contains(&e164.len()) || !codes.starts_with_code(e164) {
                return None;
            }
            s.canon.push(b'+');
            s.canon.extend_from_slice(e164);
            return Some(Country::Written);
        }
        let national = phone::looks_like_national(digits, 1);
        let msisdn = (11..=15).contains(&digits.len())
            && !opens_with_date(digits)
            && !is_unix_time(digits)
            && codes.plausible_international(digits);
        if !national && !msisdn {
            return None;
        }
        Some(phone::canonical_without_prefix(
            digits,
            region,
            Evidence::Phrase,
            codes,
            &mut s.canon,
        ))
    }
}

/// The file names in `line` whose extension `is_extension` takes, as the
/// span of the name before the extension's dot (`start`, `dot`).
pub(super) fn file_names(
    line: &[u8],
    is_extension: fn(&[u8]) -> bool,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    memchr::memchr_iter(b'.', line)
        .filter(move |&dot| is_extension(&line[dot + 1..]))
        .map(move |dot| {
            let start = line[..dot]
                .iter()
                .rposition(|&b| ends_file_name(b))
                .map_or(0, |p| p + 1);
            (start, dot)
        })
}

/// The `-`/`_`/`.`-separated parts of `line[start..end]`, as spans.
pub(super) fn parts(
    line: &[u8],
    start: usize,
    end: usize,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut part_start = start;
    (start..=end).filter_map(move |i| {
        if i < end && !matches!(line[i], b'-' | b'_' | b'.') {
            return None;
        }
        let part = (part_start, i);
        part_start = i + 1;
        Some(part)
    })
}

/// Each audio extension after its dot, for the census: a line without one
/// holds no recording's file name (`is_extension` compares in any case,
/// as the census does).
pub(crate) fn audio_extension_patterns() -> Vec<String> {
    extension_patterns(&AUDIO_EXTENSIONS)
}

/// `.` and each of `extensions`.
pub(super) fn extension_patterns(extensions: &[&[u8]]) -> Vec<String> {
    extensions
        .iter()
        .map(|ext| format!(".{}", String::from_utf8_lossy(ext)))
        .collect()
}

/// Is `after` (what follows a `.`) an audio extension that ends there?
fn is_audio_extension(after: &[u8]) -> bool {
    // Most dots in a line (addresses, times, versions) are followed by a
    // digit or a letter no extension starts with.
    if !after.first().is_some_and(|b| {
        matches!(
            b.to_ascii_lowercase(),
            b'w' | b'm' | b'o' | b'g' | b'f' | b'a'
        )
    }) {
        return false;
    }
    is_extension(after, &AUDIO_EXTENSIONS)
}

/// Does `after` (what follows a `.`) open with one of `extensions` (lower
/// case, compared in any case) that ends there?
pub(super) fn is_extension(after: &[u8], extensions: &[&[u8]]) -> bool {
    extensions.iter().any(|ext| {
        after.len() >= ext.len()
            && after[..ext.len()].eq_ignore_ascii_case(ext)
            && after
                .get(ext.len())
                .map_or(true, |b| !b.is_ascii_alphanumeric())
    })
}

/// Bytes that end a file name looking back from its extension: a path's
/// `/`, a key's `=` or `:`, quotes, brackets and white space.
fn ends_file_name(b: u8) -> bool {
    b.is_ascii_whitespace()
        || matches!(
            b,
            b'/' | b'\\'
                | b'='
                | b':'
                | b'"'
                | b'\''
                | b'('
                | b'['
                | b'<'
                | b'{'
                | b','
                | b';'
                | b'|'
        )
}

/// `20240101101010`: a date and time written as one number, year first.
pub(super) fn opens_with_date(d: &[u8]) -> bool {
    let two = |i: usize| (d[i] - b'0') * 10 + (d[i + 1] - b'0');
    d.len() >= 8
        && matches!(two(0), 19 | 20)
        && (1..=12).contains(&two(4))
        && (1..=31).contains(&two(6))
}
