//! [`RedactingMakeWriter`]: a `MakeWriter` wrapper that redacts every line
//! written through it, whatever formatted it.

use std::cell::RefCell;
use std::io::{self, Write};

use scrubline_core::Redactor;
use tracing::Metadata;
use tracing_subscriber::fmt::MakeWriter;

use crate::ansi;

/// Buffers above this size are dropped after use rather than kept for the
/// thread's lifetime, so one huge event does not pin its memory forever.
const MAX_RETAINED: usize = 64 * 1024;

/// Per-thread buffers, reused from event to event so that redacting an
/// event allocates nothing once they have grown to the usual event size.
#[derive(Default)]
struct Scratch {
    /// The redacted lines, written to the inner writer in one call.
    out: Vec<u8>,
    /// A line with its terminal escape codes removed.
    plain: Vec<u8>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Wraps any [`MakeWriter`] so that every line written through the writers
/// it makes is redacted before it reaches the inner writer.
///
/// This is the catch-all: it works under any formatter (`fmt` text, JSON,
/// compact, pretty, third-party ones), because it sees the finished text.
/// The engine still reads `key=value` pairs and JSON objects in that text,
/// so field names keep working as context.
///
/// ```
/// use tracing_subscriber::prelude::*;
///
/// let redactor = scrubline_core::Redactor::builder()
///     .key("k1", b"scrubline-test-key-0123456789abcdef")
///     .build()?;
/// let writer = scrubline_tracing::RedactingMakeWriter::new(redactor, std::io::stderr);
/// let subscriber = tracing_subscriber::registry()
///     .with(tracing_subscriber::fmt::layer().with_ansi(false).with_writer(writer));
/// tracing::subscriber::with_default(subscriber, || {
///     tracing::info!(phone = "+4915123421279", "callback");
///     // stderr: ... INFO ...: callback phone="tel_k1_df4a9327598a9122"
/// });
/// # Ok::<(), scrubline_core::Error>(())
/// ```
///
/// # Lines
///
/// The engine redacts whole lines, so a writer holds back a partial line
/// (text after the last `\n` of a write) until its newline arrives or the
/// writer is dropped, and then redacts it whole. `flush` flushes the inner
/// writer but does not cut a pending line in two. Memory: at most one
/// partial line per writer, plus two per-thread buffers of the size of the
/// largest recent event (capped at 64 KiB when idle).
///
/// Terminal escape codes (colours) are removed before redaction, because a
/// colour code between a key and its value hides the key from the engine:
/// turn colours off in the formatter (`.with_ansi(false)`) to keep the
/// output as written.
#[derive(Clone, Debug)]
pub struct RedactingMakeWriter<M> {
    redactor: Redactor,
    inner: M,
}

impl<M> RedactingMakeWriter<M> {
    /// Redacts everything written through `inner`'s writers with `redactor`.
    pub fn new(redactor: Redactor, inner: M) -> Self {
        RedactingMakeWriter { redactor, inner }
    }

    /// The wrapped `MakeWriter`.
    pub fn inner(&self) -> &M {
        &self.inner
    }

    /// Keeps the redactor and wraps `inner` instead.
    pub(crate) fn with_inner<M2>(self, inner: M2) -> RedactingMakeWriter<M2> {
        RedactingMakeWriter {
            redactor: self.redactor,
            inner,
        }
    }
}

impl<'a, M: MakeWriter<'a>> MakeWriter<'a> for RedactingMakeWriter<M> {
    type Writer = RedactingWriter<'a, M::Writer>;

    fn make_writer(&'a self) -> Self::Writer {
        RedactingWriter::new(&self.redactor, self.inner.make_writer())
    }

    // Forwarded so level-based routing of the inner writer (`with_max_level`,
    // `or_else`, `Tee`) keeps working.
    fn make_writer_for(&'a self, meta: &Metadata<'_>) -> Self::Writer {
        RedactingWriter::new(&self.redactor, self.inner.make_writer_for(meta))
    }
}

/// The writer [`RedactingMakeWriter`] makes: redacts each complete line and
/// passes it on; see there for how partial lines are held.
#[derive(Debug)]
pub struct RedactingWriter<'a, W: Write> {
    redactor: &'a Redactor,
    inner: W,
    /// A line begun by an earlier write, waiting for its newline. Empty
    /// (and unallocated) when every write ends on a line boundary, which is
    /// how `fmt` writes an event.
    partial: Vec<u8>,
}

impl<'a, W: Write> RedactingWriter<'a, W> {
    fn new(redactor: &'a Redactor, inner: W) -> Self {
        RedactingWriter {
            redactor,
            inner,
            partial: Vec::new(),
        }
    }

    /// Redacts `lines` (each ending in `\n`, except perhaps the last when
    /// the writer is dropped) and writes them with one call.
    fn emit(&mut self, lines: &[u8]) -> io::Result<()> {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => {
                let res = emit_with(self.redactor, lines, &mut scratch, &mut self.inner);
                scratch.out.clear();
                if scratch.out.capacity() > MAX_RETAINED || scratch.plain.capacity() > MAX_RETAINED
                {
                    *scratch = Scratch::default();
                }
                res
            }
            // Already borrowed on this thread: the inner writer is itself a
            // redacting writer (wrapped twice). Fresh buffers, not a panic.
            Err(_) => emit_with(
                self.redactor,
                lines,
                &mut Scratch::default(),
                &mut self.inner,
            ),
        })
    }
}

fn emit_with<W: Write>(
    redactor: &Redactor,
    lines: &[u8],
    scratch: &mut Scratch,
    inner: &mut W,
) -> io::Result<()> {
    for line in lines.split_inclusive(|&b| b == b'\n') {
        let (body, eol) = split_eol(line);
        if memchr::memchr(ansi::ESC, body).is_some() {
            scratch.plain.clear();
            ansi::strip_csi(body, &mut scratch.plain);
            redactor.redact_into(&scratch.plain, &mut scratch.out);
        } else {
            redactor.redact_into(body, &mut scratch.out);
        }
        scratch.out.extend_from_slice(eol);
    }
    inner.write_all(&scratch.out)
}

/// Splits a line from its `\n` or `\r\n`, which are written back unchanged.
fn split_eol(line: &[u8]) -> (&[u8], &[u8]) {
    let n = match line {
        [.., b'\r', b'\n'] => 2,
        [.., b'\n'] => 1,
        _ => 0,
    };
    line.split_at(line.len() - n)
}

impl<W: Write> Write for RedactingWriter<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let Some(last_nl) = memchr::memrchr(b'\n', buf) else {
            self.partial.extend_from_slice(buf);
            return Ok(buf.len());
        };
        let (complete, rest) = buf.split_at(last_nl + 1);
        if self.partial.is_empty() {
            self.emit(complete)?;
        } else {
            let mut pending = std::mem::take(&mut self.partial);
            pending.extend_from_slice(complete);
            let res = self.emit(&pending);
            pending.clear();
            self.partial = pending;
            res?;
        }
        self.partial.extend_from_slice(rest);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl<W: Write> Drop for RedactingWriter<'_, W> {
    fn drop(&mut self) {
        if !self.partial.is_empty() {
            let pending = std::mem::take(&mut self.partial);
            // Drop cannot report an error; the inner writer's own drop
            // behaves the same way for its buffered bytes.
            let _ = self.emit(&pending);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    const PHONE: &str = "+4915123421279";
    const TOKEN: &str = "tel_k1_df4a9327598a9122";

    fn redactor() -> Redactor {
        Redactor::builder()
            .key("k1", b"scrubline-test-key-0123456789abcdef")
            .build()
            .unwrap()
    }

    /// Records each `write` the inner writer receives.
    #[derive(Clone, Default)]
    struct Calls(Arc<Mutex<Vec<Vec<u8>>>>);

    impl Write for Calls {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().push(buf.to_vec());
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Calls {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().unwrap().concat()).unwrap()
        }
        fn count(&self) -> usize {
            self.0.lock().unwrap().len()
        }
    }

    /// Writes `chunks` through one writer, then drops it.
    fn through(chunks: &[&str]) -> Calls {
        let calls = Calls::default();
        let make = RedactingMakeWriter::new(redactor(), {
            let calls = calls.clone();
            move || calls.clone()
        });
        let mut w = make.make_writer();
        for c in chunks {
            w.write_all(c.as_bytes()).unwrap();
        }
        drop(w);
        calls
    }

    #[test]
    fn a_whole_event_is_one_redacted_write() {
        let calls = through(&[&format!("a phone={PHONE}\nb phone={PHONE}\n")]);
        assert_eq!(calls.text(), format!("a phone={TOKEN}\nb phone={TOKEN}\n"));
        assert_eq!(calls.count(), 1);
    }

    #[test]
    fn a_number_split_across_writes_is_redacted_whole() {
        for split in 1..PHONE.len() {
            let (a, b) = PHONE.split_at(split);
            let calls = through(&["callback phone=", a, b, " done\n"]);
            assert_eq!(
                calls.text(),
                format!("callback phone={TOKEN} done\n"),
                "split at {split}"
            );
        }
    }

    #[test]
    fn a_partial_last_line_is_redacted_on_drop() {
        let calls = through(&["x phone=", PHONE]);
        assert_eq!(calls.text(), format!("x phone={TOKEN}"));
    }

    #[test]
    fn crlf_and_pii_free_lines_pass_unchanged() {
        let calls = through(&["ok 10.1.2.3\r\n", "next\n"]);
        assert_eq!(calls.text(), "ok 10.1.2.3\r\nnext\n");
    }

    #[test]
    fn a_writer_wrapped_twice_redacts_once_and_does_not_panic() {
        let calls = Calls::default();
        let inner = RedactingMakeWriter::new(redactor(), {
            let calls = calls.clone();
            move || calls.clone()
        });
        let outer = RedactingMakeWriter::new(redactor(), inner);
        let mut w = outer.make_writer();
        w.write_all(format!("x phone={PHONE}\n").as_bytes())
            .unwrap();
        drop(w);
        assert_eq!(calls.text(), format!("x phone={TOKEN}\n"));
    }

    #[test]
    fn colour_codes_do_not_hide_the_key() {
        let calls = through(&["\x1b[3mphone\x1b[0m\x1b[2m=\x1b[0m4915123421279\n"]);
        assert_eq!(calls.text(), format!("phone={TOKEN}\n"));
    }
}
