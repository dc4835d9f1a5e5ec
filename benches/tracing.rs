//! Events per second through `scrubline::tracing::layer` against a plain
//! `fmt::layer()`, both writing to a no-op writer, for events with and
//! without personal data. The ratio plain/redacted for PII-free events is
//! the integration's overhead (target: at most 1.3x). `engine_alone` times
//! `Redactor::redact_into` on the same formatted line, which splits that
//! overhead into the engine's share and the writer's.
//!
//!     cargo bench --bench tracing
//!
//! Before timing, each setup's output is checked once (tokens present and
//! raw values gone, or the line unchanged), so a bench cannot report the
//! speed of a path that stopped redacting.

// `criterion_group!` expands to an undocumented `pub fn`.
#![allow(missing_docs)]

use std::io;
use std::sync::{Arc, Mutex};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use tracing::{info, info_span, Dispatch};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::prelude::*;

/// A phone token; which number's is the tests' business, not the bench's.
const TEL: &str = "tel_k1_";

fn redactor() -> scrubline::Redactor {
    scrubline::Redactor::builder()
        .key("k1", b"scrubline-test-key-0123456789abcdef")
        .default_region("DE")
        .build()
        .expect("test key builds")
}

/// A routine event: ids, an address, counts, inside a call span.
fn clean_event() {
    let span = info_span!("call", call_id = "0f8fad5b-d9cb-469f-a165-70867728950e");
    let _enter = span.enter();
    info!(
        src = "10.4.0.12:8443",
        queue = "billing",
        wait_ms = 1840u64,
        attempt = 2u64,
        "routed to queue"
    );
}

/// An event carrying a phone number and a name, as fields and in the text.
fn pii_event() {
    let span = info_span!("call", call_id = "0f8fad5b-d9cb-469f-a165-70867728950e");
    let _enter = span.enter();
    info!(
        phone = 4915123421279u64,
        caller_name = "Dean Williams",
        "callback for customer Dean Williams"
    );
}

/// Which layer formats the events.
#[derive(Clone, Copy)]
enum Setup {
    Plain,
    Redacted,
}

fn dispatch<W>(setup: Setup, writer: W) -> Dispatch
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    // Same output shape for both: no colours, default fields.
    match setup {
        Setup::Plain => Dispatch::new(
            tracing_subscriber::registry().with(
                tracing_subscriber::fmt::layer()
                    .with_ansi(false)
                    .with_writer(writer),
            ),
        ),
        Setup::Redacted => Dispatch::new(
            tracing_subscriber::registry()
                .with(scrubline::tracing::layer(redactor()).with_writer(writer)),
        ),
    }
}

/// Collects output for the pre-timing check.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.lock().expect("not poisoned").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn output(setup: Setup, event: fn()) -> String {
    let captured = Captured::default();
    let c = captured.clone();
    tracing::dispatcher::with_default(&dispatch(setup, move || c.clone()), event);
    let bytes = captured.0.lock().expect("not poisoned").clone();
    String::from_utf8(bytes).expect("utf-8 output")
}

fn check_outputs() {
    let clean = output(Setup::Redacted, clean_event);
    assert!(
        clean.contains("10.4.0.12:8443") && clean.contains("0f8fad5b-d9cb-469f-a165-70867728950e"),
        "{clean}"
    );
    // Equal to plain fmt apart from the timestamp.
    let plain = output(Setup::Plain, clean_event);
    assert_eq!(
        clean.split_once(' ').map(|x| x.1),
        plain.split_once(' ').map(|x| x.1)
    );
    let pii = output(Setup::Redacted, pii_event);
    assert!(pii.contains(TEL) && pii.contains("[name]"), "{pii}");
    assert!(
        !pii.contains("4915123421279") && !pii.contains("Dean"),
        "{pii}"
    );
}

fn bench(c: &mut Criterion) {
    check_outputs();
    let mut group = c.benchmark_group("tracing");
    group.throughput(Throughput::Elements(1));
    for (kind, event) in [("clean", clean_event as fn()), ("pii", pii_event)] {
        for (name, setup) in [("fmt", Setup::Plain), ("scrubline", Setup::Redacted)] {
            let d = dispatch(setup, io::sink);
            tracing::dispatcher::with_default(&d, || {
                group.bench_function(format!("{kind}/{name}"), |b| b.iter(event));
            });
        }
    }
    // The engine alone on the very line the redacting layer writes: the
    // part of the difference between the two layers that is the engine's.
    let redactor = redactor();
    let mut out = Vec::new();
    for (kind, event) in [("clean", clean_event as fn()), ("pii", pii_event)] {
        let line = output(Setup::Plain, event);
        let line = line.trim_end().as_bytes();
        group.bench_function(format!("{kind}/engine_alone"), |b| {
            b.iter(|| {
                out.clear();
                redactor.redact_into(line, &mut out)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
