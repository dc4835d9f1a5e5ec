//! The setup a service writes, through the facade: one global `init()`,
//! which also installs `tracing-log`'s `LogTracer`, so `log` records and
//! `tracing` events come out of the same redacting layer. Its own test
//! binary, because a global subscriber can be set once per process.

use std::io;
use std::sync::{Arc, Mutex};

use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::prelude::*;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[test]
fn log_records_and_events_share_the_redacting_layer() {
    let redactor = scrubline::Redactor::builder()
        .key("k1", b"scrubline-test-key-0123456789abcdef")
        .default_region("DE")
        .build()
        .unwrap();
    let out = Captured::default();
    tracing_subscriber::registry()
        .with(
            scrubline::tracing::layer(redactor)
                .json()
                .with_writer(out.clone()),
        )
        .init();

    log::warn!(target: "legacy", "customer Dean Williams called from +4915123421279 at 46.176.91.50");
    tracing::info!(phone = "+49 151 23421279", "callback");

    let text = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert_eq!(lines[0]["target"], "legacy");
    assert_eq!(
        lines[0]["fields"]["message"],
        "customer [name] called from tel_k1_df4a9327598a9122 at 46.176.91.50"
    );
    assert_eq!(lines[1]["fields"]["phone"], "tel_k1_df4a9327598a9122");
}
