//! One record: its key and value redacted line by line by the pipe's own
//! routine (same engine, same fail-closed catch), or, if the engine failed
//! on any line of either, a dead-letter marker that names the record and
//! quotes none of it.

use crate::pipe::redact_lines;
use crate::stats::BatchCounts;
use scrubline_core::Redactor;

/// Buffers reused from record to record.
#[derive(Default)]
pub struct Redacted {
    pub key: Vec<u8>,
    pub value: Vec<u8>,
}

/// Redacts `key` and `value` into `out`. `None`: a line could not be
/// scanned, so the record must not reach the output at all. The counts
/// are the value's lines; findings in the key are added to them.
pub fn redact(
    redactor: &Redactor,
    key: Option<&[u8]>,
    value: Option<&[u8]>,
    out: &mut Redacted,
) -> Option<BatchCounts> {
    // The key is redacted too: a caller's number as partition key would
    // otherwise pass raw. Tokens are deterministic, so one key still maps
    // to one redacted key, one partition, in order.
    let key_counts = redact_lines(redactor, key.unwrap_or_default(), &mut out.key);
    let mut counts = redact_lines(redactor, value.unwrap_or_default(), &mut out.value);
    if key_counts.failed + counts.failed > 0 {
        return None;
    }
    counts.changed += u64::from(counts.changed == 0 && key_counts.changed > 0);
    counts.findings.add(&key_counts.findings);
    Some(counts)
}

/// The dead-letter record of a record withheld.
pub fn marker(topic: &str, partition: i32, offset: i64) -> String {
    format!("[scrubline: record withheld] topic={topic} partition={partition} offset={offset}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redactor() -> Redactor {
        crate::pipe::test_redactor_builder().build().unwrap()
    }

    #[test]
    fn key_and_value_lines_are_redacted_like_the_pipe() {
        let mut out = Redacted::default();
        let value = b"call +49 151 23421279\r\nplain\nlast";
        let counts = redact(&redactor(), Some(b"+4915123421279"), Some(value), &mut out).unwrap();
        assert_eq!(out.key, b"tel_k1_df4a9327598a9122");
        assert_eq!(out.value, b"call tel_k1_df4a9327598a9122\r\nplain\nlast");
        assert_eq!(
            (counts.lines, counts.changed, counts.findings.total()),
            (3, 1, 2)
        );
    }

    #[test]
    fn the_marker_names_the_record_only() {
        assert_eq!(
            marker("app-logs", 3, 1207),
            "[scrubline: record withheld] topic=app-logs partition=3 offset=1207"
        );
    }
}
