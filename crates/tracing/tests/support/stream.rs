//! Streaming equivalence of `RedactingMakeWriter`: text written in any
//! chunks comes out exactly as the same text written at once, which is
//! the engine's line-by-line result. Shared by `tests/stream.rs`
//! (proptest) and the `stream` fuzz target (included by path).

use std::io::Write;
use std::sync::{Arc, Mutex};

use scrubline_core::Redactor;
use scrubline_tracing::RedactingMakeWriter;
use tracing_subscriber::fmt::MakeWriter;

/// An inner writer that appends to a shared buffer.
#[derive(Clone, Default)]
struct Sink(Arc<Mutex<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("sink lock").extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Writes `text` through one writer, cut at `cuts` (byte offsets, any
/// order, out-of-range ones ignored), and returns what reached the sink
/// once the writer was dropped.
fn through_writer(redactor: &Redactor, text: &[u8], cuts: &[usize]) -> Vec<u8> {
    let sink = Sink::default();
    let inner = sink.clone();
    let make = RedactingMakeWriter::new(redactor.clone(), move || inner.clone());
    let mut points: Vec<usize> = cuts.iter().copied().filter(|&c| c < text.len()).collect();
    points.push(text.len());
    points.sort_unstable();
    points.dedup();
    {
        let mut writer = make.make_writer();
        let mut from = 0;
        for to in points {
            writer.write_all(&text[from..to]).expect("sink never fails");
            from = to;
        }
    }
    let out = sink.0.lock().expect("sink lock").clone();
    out
}

/// What the engine makes of `text` line by line, line endings kept.
fn line_by_line(redactor: &Redactor, text: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for line in text.split_inclusive(|&b| b == b'\n') {
        let eol = match line {
            [.., b'\r', b'\n'] => 2,
            [.., b'\n'] => 1,
            _ => 0,
        };
        let (body, end) = line.split_at(line.len() - eol);
        redactor.redact_into(body, &mut out);
        out.extend_from_slice(end);
    }
    out
}

/// The invariant: chunked = whole = line by line (terminal colour codes,
/// which the writer strips before redacting, make only the first equality).
pub fn chunked_equals_whole(
    redactor: &Redactor,
    text: &[u8],
    cuts: &[usize],
) -> Result<(), String> {
    let whole = through_writer(redactor, text, &[]);
    let chunked = through_writer(redactor, text, cuts);
    if chunked != whole {
        return Err(format!(
            "chunked output differs from whole output for {:?} cut at {cuts:?}",
            String::from_utf8_lossy(text)
        ));
    }
    if !text.contains(&0x1b) && whole != line_by_line(redactor, text) {
        return Err(format!(
            "writer output differs from line-by-line redaction for {:?}",
            String::from_utf8_lossy(text)
        ));
    }
    Ok(())
}

/// The fuzz target's input: one byte n, then n little-endian u16 cut
/// offsets, then the text. Also how `tests/stream.rs` replays
/// `fuzz/regressions/stream/`.
pub fn check_fuzz_input(redactor: &Redactor, data: &[u8]) -> Result<(), String> {
    let Some((&n, rest)) = data.split_first() else {
        return Ok(());
    };
    let n = usize::from(n % 16).min(rest.len() / 2);
    let (cut_bytes, text) = rest.split_at(n * 2);
    let cuts: Vec<usize> = cut_bytes
        .chunks_exact(2)
        .map(|c| usize::from(u16::from_le_bytes([c[0], c[1]])) % (text.len() + 1))
        .collect();
    chunked_equals_whole(redactor, text, &cuts)
}
