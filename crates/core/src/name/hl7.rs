//! Names in HL7 version 2 messages, the format hospitals, laboratories
//! and pharmacies exchange and their interface engines log segment by
//! segment (`PID|1||PAT7232034^^^HOSP^MR||Rocha^Guilherme^^^^^L||…`).
//! A segment's fields are numbered, and the standard says which of them
//! hold a person: their name components are replaced wherever the words
//! come from, so no list has to know them.
//!
//! Two data types hold a person (HL7 v2.5, chapter 2A): an extended person
//! name (XPN: family `^` given `^` further given names `^` suffix …) and an
//! extended composite ID with name (XCN: ID `^` family `^` given `^`
//! further given names …). A component is split further by `&` (a family
//! name's own prefix), and a field repeats after `~`.

use super::*;
use crate::census::Census;
use crate::needles::Needle;

/// How a field holds its person.
#[derive(Clone, Copy)]
enum Person {
    /// XPN: the name's parts are components 1 to 3.
    Name,
    /// XCN: an ID, then the name's parts as components 2 to 4.
    IdAndName,
}

use Person::{IdAndName, Name};

/// A segment's ID and its fields that hold a person.
type SegmentPersons = (&'static [u8; 3], &'static [(usize, Person)]);

/// The segments with a person in a field, and the fields (numbered from
/// 1 after the segment's ID, as the standard numbers them).
#[rustfmt::skip]
const PERSON_FIELDS: &[SegmentPersons] = &[
    // patient name, mother's maiden name, alias
    (b"PID", &[(5, Name), (6, Name), (9, Name)]),
    // primary care provider
    (b"PD1", &[(4, IdAndName)]),
    // next of kin, contact person
    (b"NK1", &[(2, Name), (30, Name)]),
    // attending, referring, consulting, admitting doctor; other provider
    (b"PV1", &[(7, IdAndName), (8, IdAndName), (9, IdAndName), (17, IdAndName), (52, IdAndName)]),
    // collector, ordering provider, result copies to
    (b"OBR", &[(10, IdAndName), (16, IdAndName), (28, IdAndName)]),
    // entered, verified by; ordering provider; action by
    (b"ORC", &[(10, IdAndName), (11, IdAndName), (12, IdAndName), (19, IdAndName)]),
    // responsible observer
    (b"OBX", &[(16, IdAndName)]),
    // the operator who caused the event
    (b"EVN", &[(5, IdAndName)]),
    // insurer's contact person, name of insured
    (b"IN1", &[(6, Name), (16, Name)]),
    // guarantor
    (b"GT1", &[(3, Name)]),
    // prior patient name
    (b"MRG", &[(7, Name)]),
    // role person
    (b"ROL", &[(4, IdAndName)]),
    // document's provider, originator, authenticator, transcriptionist
    (b"TXA", &[(5, IdAndName), (9, IdAndName), (10, IdAndName), (11, IdAndName), (22, IdAndName)]),
    // appointment's placer and filler contact, entered by
    (b"SCH", &[(12, IdAndName), (16, IdAndName), (20, IdAndName)]),
    // appointment's personnel
    (b"AIP", &[(3, IdAndName)]),
    // dispensing and administering provider
    (b"RXD", &[(10, IdAndName)]),
    (b"RXA", &[(10, IdAndName)]),
    // diagnosing clinician
    (b"DG1", &[(16, IdAndName)]),
    // provider, contact, staff member
    (b"PRD", &[(2, Name)]),
    (b"CTD", &[(2, Name)]),
    (b"STF", &[(3, Name)]),
];

/// The most bytes a name component is taken to hold.
const MAX_PART: usize = 64;

impl NameFinder {
    /// Calls `found(start, end)` for each part of a person's name in the
    /// HL7 segments of `line`: one that opens the line, or follows a
    /// carriage return (the standard's segment terminator), raw or
    /// escaped as `\r` in a JSON string. An interface engine that logs a
    /// message on one line may print its terminators as spaces
    /// (`mirth[ADT_IN] MSH|^~\&|…|2.5 PID|1||…`): after the header, a
    /// space and a segment's ID open a segment too.
    pub(crate) fn find_hl7_names(
        &self,
        line: &[u8],
        census: Census,
        mut found: impl FnMut(usize, usize),
    ) {
        let opening = line
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        find_in_segment(line, opening, Ends::Terminator, &mut found);
        for cr in census.find_iter(line, Needle::CarriageReturn) {
            find_in_segment(line, cr + 1, Ends::Terminator, &mut found);
        }
        if census.holds(line, Needle::Backslash) {
            for escaped in memchr::memmem::find_iter(line, b"\\r") {
                find_in_segment(line, escaped + 2, Ends::Terminator, &mut found);
            }
        }
        if let Some(header) = census.find(line, Needle::Hl7Header) {
            for space in memchr::memchr_iter(b' ', &line[header..]) {
                find_in_segment(line, header + space + 1, Ends::Space, &mut found);
            }
        }
    }
}

/// What ends a segment besides a carriage return or the string holding
/// the message.
#[derive(Clone, Copy)]
enum Ends {
    /// Only those.
    Terminator,
    /// A space before the next segment's ID (`… PV1|`), as the segments
    /// are printed on one line.
    Space,
}

/// Finds the names in the segment that starts at `at`, if one does.
fn find_in_segment(line: &[u8], at: usize, ends: Ends, found: &mut impl FnMut(usize, usize)) {
    let Some(head) = line.get(at..at + 4) else {
        return;
    };
    if head[3] != b'|' {
        return;
    }
    let Some((_, fields)) = PERSON_FIELDS.iter().find(|(id, _)| head[..3] == id[..]) else {
        return;
    };
    // The segment ends where the next one starts, or where a string that
    // holds the message closes.
    let end = line[at..]
        .iter()
        .position(|&b| matches!(b, b'\r' | b'\n' | b'"' | b'\\'))
        .map_or(line.len(), |p| at + p);
    let end = match ends {
        Ends::Terminator => end,
        Ends::Space => memchr::memchr_iter(b' ', &line[at..end])
            .map(|p| at + p)
            .find(|&p| opens_segment(&line[p + 1..]))
            .unwrap_or(end),
    };
    let first = at + 4;
    let mut start = first;
    for (number, field_end) in memchr::memchr_iter(b'|', &line[first..end])
        .map(|p| first + p)
        .chain([end])
        .enumerate()
    {
        if let Some(&(_, person)) = fields.iter().find(|(n, _)| *n == number + 1) {
            find_in_field(line, start, field_end, person, found);
        }
        start = field_end + 1;
    }
}

/// Does `text` open with a segment's ID, three capitals or digits, and
/// its first field separator?
fn opens_segment(text: &[u8]) -> bool {
    text.len() > 3
        && text[..3]
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && text[3] == b'|'
}

/// Finds the name parts in one field, each repetition of it.
fn find_in_field(
    line: &[u8],
    start: usize,
    end: usize,
    person: Person,
    found: &mut impl FnMut(usize, usize),
) {
    let names = match person {
        Name => 0..3,
        IdAndName => 1..4,
    };
    let mut from = start;
    for rep_end in memchr::memchr_iter(b'~', &line[start..end])
        .map(|p| start + p)
        .chain([end])
    {
        let rep_start = from;
        let mut part = rep_start;
        // Further given names are a name only beside a family or a given
        // name: alone they hold what a sender put there (`ROOM3^^^Kardiologie`).
        let mut named = false;
        for (index, part_end) in memchr::memchr_iter(b'^', &line[rep_start..rep_end])
            .map(move |p| rep_start + p)
            .chain([rep_end])
            .enumerate()
        {
            let further = index + 1 == names.end;
            let is_name = names.contains(&index)
                && is_name_part(&line[part..part_end])
                && (named || !further);
            named |= is_name;
            // An operator's ID is often their login (`EVN|A08|…|||roser.pujol`);
            // a number or a code in capitals is an ID.
            let is_login = person_id_is_login(&line[part..part_end], index, person);
            if is_name || is_login {
                found(part, part_end);
            }
            part = part_end + 1;
        }
        from = rep_end + 1;
    }
}

/// Does an XCN's first component, the person's ID, read as a login or a
/// name: lower-case letters in it, or letters only (`AIP|1||FARKAS^LÁSZLÓ`:
/// a sender that leaves the ID out writes the family name first)? A
/// code with a digit (`OPS01`, `DR7756`) or of three letters at most is
/// an ID.
fn person_id_is_login(id: &[u8], index: usize, person: Person) -> bool {
    let lettered = || {
        let text = valid_utf8_prefix(id);
        text.len() == id.len() && text.chars().count() >= 4 && text.chars().all(char::is_alphabetic)
    };
    matches!(person, IdAndName)
        && index == 0
        && id.len() <= MAX_PART
        && (id.iter().any(u8::is_ascii_lowercase) || lettered())
}

/// Is a component a name's part: a letter in it, and no longer than a
/// name?
fn is_name_part(part: &[u8]) -> bool {
    part.len() <= MAX_PART && valid_utf8_prefix(part).chars().any(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str) -> Vec<&str> {
        let mut out = Vec::new();
        NameFinder::new().find_hl7_names(line.as_bytes(), Census::of(line.as_bytes()), |a, b| {
            out.push(&line[a..b])
        });
        out
    }

    #[test]
    fn patient_and_next_of_kin_names() {
        assert_eq!(
            names("PID|1||PAT7232034^^^HOSP^MR||Rocha^Guilherme^^^^^L||19800101|F"),
            ["Rocha", "Guilherme"]
        );
        assert_eq!(
            names("NK1|1|Hofmann^Greta|SPO^Spouse||+41791234567"),
            ["Hofmann", "Greta"]
        );
    }

    #[test]
    fn providers_keep_their_numbers() {
        assert_eq!(
            names(
                "OBR|1|L24-5309613|582340|TSH^Thyrotropin|||202604011200|||||||||6857^Ђурић^Урош"
            ),
            ["Ђурић", "Урош"]
        );
        assert_eq!(
            names("ORC|RE|S20-4813735|180213||CM||||20260401|||DR7756^Николић^Јелена~1234^Kim^Min"),
            ["Николић", "Јелена", "Kim", "Min"]
        );
    }

    #[test]
    fn an_operators_login_is_theirs() {
        assert_eq!(
            names("EVN|A08|20260401120000|||roser.pujol"),
            ["roser.pujol"]
        );
        assert!(names("EVN|A08|20260401120000|||OPS01").is_empty());
    }

    #[test]
    fn segments_after_a_carriage_return_raw_or_escaped() {
        assert_eq!(
            names("MSH|^~\\&|LAB|X|EPIC|Y|20260401||ORU^R01|1|P|2.5\rPID|1||7||Egli^Fabienne"),
            ["Egli", "Fabienne"]
        );
        assert_eq!(
            names(r#"{"msg":"MSH|^~\\&|LAB|X\rPID|1||7||Meier^Anna||1970","level":"info"}"#),
            ["Meier", "Anna"]
        );
    }

    #[test]
    fn segments_printed_on_one_line_after_the_header() {
        assert_eq!(
            names(
                "mirth[ADT_IN] MSH|^~\\&|LABSYS|LAB02|||20260315||ADT^A08|MSG52|P|2.5 PID|1||73855477^^^HOSP^MR||CLAES^MATTEO||||||||+3247 PV1|1|O"
            ),
            ["CLAES", "MATTEO"]
        );
        assert_eq!(
            names("mirth[SIU_OUT] MSH|^~\\&|PHARMX|C1|||2026||SIU^S12|M4|P|2.5 SCH|36||||||TELEHEALTH AIP|1||FARKAS^LÁSZLÓ^^^DR"),
            ["FARKAS", "LÁSZLÓ"]
        );
        // A department where a middle name would be, with no name beside it.
        assert!(
            names("x MSH|^~\\&|A|B|||2026||SIU^S12|M4|P|2.5 AIP|1||ROOM3^^^Kardiologie").is_empty()
        );
        // Without the header a space opens no segment.
        assert!(names("status OK PID|1||7||Meier^Anna").is_empty());
    }

    #[test]
    fn other_segments_and_plain_lines_stay() {
        assert!(
            names("MSH|^~\\&|SWISSLAB|UNILABS|EPIC|CLINIC|2026||ORU^R01|4535553|P|2.5.1")
                .is_empty()
        );
        assert!(names("OBX|1|NM|TSH^Thyrotropin||2.1|mIU/L").is_empty());
        assert!(names("PID 4242 exited with status 0").is_empty());
        assert!(names("| PID | USER | TIME |").is_empty());
    }
}
