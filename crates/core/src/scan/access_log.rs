//! Access logs (nginx, Apache, Envoy, HAProxy): after the quoted request
//! line come the status, byte counts and timings as bare numbers, and a
//! row of them (`"-" 128 1338 43 171 "-"`) can read like a number written
//! in groups. In such a line a phone that only its shape suggests is
//! dropped, unless it sits inside a quoted field (the request, the
//! referrer, the user agent), where people's data travels.

use crate::finding::{Confidence, Finding};
use crate::policy::Kind;

/// Drops the weak phone findings outside quotes of an access log line.
pub(super) fn drop_access_log_metrics(line: &[u8], findings: &mut Vec<Finding>) {
    let weak_phone = |f: &Finding| f.kind == Kind::Phone && f.confidence == Confidence::Weak;
    if !findings.iter().any(weak_phone) || !has_request_line(line) {
        return;
    }
    findings.retain(|f| !weak_phone(f) || inside_quotes(line, f.start));
}

/// Does the line hold a quoted HTTP request line (`… HTTP/1.1"`, `HTTP/2"`)?
fn has_request_line(line: &[u8]) -> bool {
    memchr::memmem::find_iter(line, b" HTTP/").any(|at| {
        let version = &line[at + 6..];
        let len = version
            .iter()
            .take_while(|b| b.is_ascii_digit() || **b == b'.')
            .count();
        len > 0 && version.get(len) == Some(&b'"')
    })
}

/// Is `at` inside a double-quoted field (an odd number of unescaped
/// quotes before it)?
fn inside_quotes(line: &[u8], at: usize) -> bool {
    let mut inside = false;
    let mut i = 0;
    while i < at {
        match line[i] {
            b'\\' => i += 1,
            b'"' => inside = !inside,
            _ => {}
        }
        i += 1;
    }
    inside
}
