//! The filter loop: big buffered reads, memchr for line ends, one write per
//! buffer of output. One line in, exactly one line out, in order; CRLF and
//! a final line without LF are kept as they are.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::PathBuf;

use scrubline_core::Redactor;

use crate::exit::Failure;

const READ_BUF: usize = 1 << 20;
const WRITE_FLUSH: usize = 1 << 20;

pub fn filter(redactor: &Redactor, files: &[PathBuf]) -> Result<(), Failure> {
    let stdout = io::stdout();
    let mut out = Output { inner: stdout.lock(), buf: Vec::with_capacity(WRITE_FLUSH * 2) };
    let stdin_only = files.is_empty() || files.iter().all(|f| f.as_os_str() == "-");
    let result = if stdin_only {
        filter_reader(redactor, io::stdin().lock(), &mut out)
    } else {
        files.iter().try_for_each(|path| {
            if path.as_os_str() == "-" {
                return filter_reader(redactor, io::stdin().lock(), &mut out);
            }
            let file = File::open(path).map_err(|e| Failure::io(format!("cannot open {}: {e}", path.display())))?;
            filter_reader(redactor, file, &mut out)
        })
    };
    let result = result.and_then(|()| out.flush());
    match result {
        Err(Failure { .. }) if out.closed() => Ok(()),
        other => other,
    }
}

struct Output<W: Write> {
    inner: W,
    buf: Vec<u8>,
}

impl<W: Write> Output<W> {
    fn flush(&mut self) -> Result<(), Failure> {
        write_all(&mut self.inner, &self.buf)?;
        self.buf.clear();
        self.inner.flush().map_err(io_failure)
    }

    fn closed(&self) -> bool {
        false
    }
}

fn io_failure(e: io::Error) -> Failure {
    Failure::io(format!("cannot write output: {e}"))
}

fn write_all(w: &mut impl Write, data: &[u8]) -> Result<(), Failure> {
    match w.write_all(data) {
        // A closed stdout (the reader went away) is a clean end.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
        other => other.map_err(io_failure),
    }
}

fn filter_reader<W: Write>(redactor: &Redactor, input: impl Read, out: &mut Output<W>) -> Result<(), Failure> {
    let mut reader = BufReader::with_capacity(READ_BUF, input);
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = reader
            .read_until(b'\n', &mut line)
            .map_err(|e| Failure::io(format!("cannot read input: {e}")))?;
        if n == 0 {
            return Ok(());
        }
        let (body, end) = split_line_end(&line);
        redactor.redact_into(body, &mut out.buf);
        out.buf.extend_from_slice(end);
        if out.buf.len() >= WRITE_FLUSH {
            write_all(&mut out.inner, &out.buf)?;
            out.buf.clear();
        }
    }
}

/// Splits a line into its body and its terminator (`\n`, `\r\n` or none).
fn split_line_end(line: &[u8]) -> (&[u8], &[u8]) {
    let cut = if line.ends_with(b"\r\n") {
        line.len() - 2
    } else if line.ends_with(b"\n") {
        line.len() - 1
    } else {
        line.len()
    };
    line.split_at(cut)
}
