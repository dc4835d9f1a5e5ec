//! Call detail records as mediation systems write them: one row a call or
//! message, `CDR|v2|2026-03-12T02:19:29Z|SMS-MO|358412128861|48512781744|…`,
//! its A and B numbers in international form without `+` (MSISDNs) as
//! bare fields beside the record type, the time and keyed fields.

use super::{Scanner, Scratch};

impl Scanner<'_> {
    /// Pushes, in a row whose first field is a CDR's record type (`CDR`,
    /// `CDR-REJECT`) and whose fields part at `|`, `;` or `,`, every bare
    /// field of 8 to 15 digits that starts with a calling code. Keyed
    /// fields (`imsi=…`) are their keys' to judge.
    pub(super) fn scan_call_records(&self, line: &[u8], s: &mut Scratch) {
        if !line.starts_with(b"CDR") {
            return;
        }
        let kind = line[3..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b'_')
            .count();
        let Some(&sep @ (b'|' | b';' | b',')) = line.get(3 + kind) else {
            return;
        };
        let mut start = 0;
        for end in memchr::memchr_iter(sep, line).chain([line.len()]) {
            let field = &line[start..end];
            if (8..=15).contains(&field.len()) && field.iter().all(u8::is_ascii_digit) {
                self.push_international_digits(s, start, field);
            }
            start = end + 1;
        }
    }
}
