//! Every case runs through every setup (the redacting layer in text and
//! JSON, and `RedactingMakeWriter` under plain `fmt` layers: full with
//! colours on, JSON, compact, pretty)
//! into a captured writer: what must be gone is gone, what must be kept is
//! kept, JSON output parses. Add cases to `CASES`, not test functions.

use std::io;
use std::sync::{Arc, Mutex, Once};

use scrubline_core::Redactor;
use scrubline_tracing::RedactingMakeWriter;
use tracing::{info, info_span, warn};
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::prelude::*;
use tracing_subscriber::Registry;

const TEL: &str = "tel_k1_df4a9327598a9122";
/// Any phone token: where only "redacted" is asserted, not which number
/// (see `an_msisdn_gets_the_token_of_its_e164_form`).
const TEL_ANY: &str = "tel_k1_";
const MAIL: &str = "mail_k1_c88755653bd0b5fc";
const UUID: &str = "0f8fad5b-d9cb-469f-a165-70867728950e";
const IP: &str = "46.176.91.50";

struct Case {
    name: &'static str,
    emit: fn(),
    /// Must appear in the output (tokens, kept IPs and UUIDs, replacements).
    kept: &'static [&'static str],
    /// Must not appear anywhere in the output.
    gone: &'static [&'static str],
}

const JSON_SETUPS: &[Setup] = &[Setup::LayerJson, Setup::WriterUnderFmtJson];

#[derive(Debug)]
#[allow(dead_code)] // read through Debug only
struct Caller {
    name: &'static str,
    phone: &'static str,
}

#[derive(Debug)]
#[allow(dead_code)] // read through Debug only
struct Contact {
    id: u32,
    phone: u64,
}

const CASES: &[Case] = &[
    Case {
        name: "message",
        emit: || info!("callback for customer Dean Williams on +4915123421279 from {IP}"),
        kept: &[TEL, "[name]", IP],
        gone: &["Dean", "Williams", "4915123421279"],
    },
    Case {
        name: "message with quotes and an email",
        emit: || warn!("customer Dean Williams wrote \"call me\" from anna.schmidt@example.de"),
        kept: &[MAIL, "[name]", "call me"],
        gone: &["Dean", "anna.schmidt"],
    },
    Case {
        name: "quoted name after a phrase",
        emit: || info!("customer \"Dean Williams\" called"),
        kept: &["[name]"],
        gone: &["Dean"],
    },
    Case {
        name: "string fields",
        emit: || {
            info!(
                phone = "+49 151 23421279",
                caller_name = "Dean Williams",
                call_id = UUID,
                "lookup"
            )
        },
        kept: &[TEL, "[name]", UUID],
        gone: &["151 23421279", "Dean"],
    },
    Case {
        name: "display fields",
        emit: || info!(customer = %"Dean Williams", src = %IP, "routed"),
        kept: &["[name]", IP],
        gone: &["Dean"],
    },
    Case {
        name: "integer fields",
        emit: || {
            info!(
                phone = 4915123421279u64,
                msisdn = 4915123421279i64,
                queue = 7u64,
                "callback"
            )
        },
        kept: &[TEL_ANY, "queue"],
        gone: &["4915123421279"],
    },
    Case {
        name: "camelCase name field",
        emit: || info!(callerName = "Dean Williams", "incoming"),
        kept: &["[name]"],
        gone: &["Dean"],
    },
    Case {
        name: "debug struct with strings",
        emit: || info!(caller = ?Caller { name: "Dean Williams", phone: "+4915123421279" }, "incoming"),
        kept: &[TEL, "[name]"],
        gone: &["Dean", "4915123421279"],
    },
    Case {
        name: "debug struct with an integer phone",
        emit: || info!(contact = ?Contact { id: 7, phone: 4915123421279 }, "saved"),
        kept: &[TEL_ANY],
        gone: &["4915123421279"],
    },
    Case {
        name: "span fields",
        emit: || {
            let span = info_span!(
                "call",
                caller_name = "Dean Williams",
                phone = 4915123421279u64,
                call_id = UUID
            );
            let _enter = span.enter();
            info!(src = IP, "ringing");
        },
        kept: &[TEL_ANY, "[name]", UUID, IP],
        gone: &["Dean", "4915123421279"],
    },
    Case {
        name: "span field recorded later",
        emit: || {
            let span = info_span!("call", customer = tracing::field::Empty);
            let _enter = span.enter();
            span.record("customer", "Dean Williams");
            info!("answered");
        },
        kept: &["[name]"],
        gone: &["Dean"],
    },
    Case {
        name: "log record",
        emit: || {
            init_log_tracer();
            log::info!("customer Dean Williams called from +4915123421279 at {IP}");
        },
        kept: &[TEL, "[name]", IP],
        gone: &["Dean", "4915123421279"],
    },
    Case {
        name: "secret fields written as JSON numbers",
        emit: || info!(pin = 1234u64, cvv = 123u64, "payment step"),
        kept: &["[secret]", "payment step"],
        gone: &["1234", "123,", "123}"],
    },
    Case {
        name: "span close event",
        emit: || {
            let span = info_span!("call", phone = "+4915123421279");
            span.in_scope(|| {});
        },
        kept: &[TEL, "close"],
        gone: &["4915123421279"],
    },
    Case {
        name: "multi-line message",
        emit: || info!("callback requested\ncustomer Dean Williams on +4915123421279"),
        kept: &[TEL, "[name]"],
        gone: &["Dean", "4915123421279"],
    },
    Case {
        name: "pii-free event is unchanged",
        emit: || info!(src = IP, call_id = UUID, queue = 7u64, "routed to queue"),
        kept: &[IP, UUID, "routed to queue", "queue"],
        gone: &["[name]", "tel_"],
    },
];

/// A writer every setup shares, read back after each case.
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

impl Captured {
    fn take(&self) -> String {
        String::from_utf8(std::mem::take(&mut *self.0.lock().unwrap())).unwrap()
    }
}

fn redactor() -> Redactor {
    Redactor::builder()
        .key("k1", b"scrubline-test-key-0123456789abcdef")
        .default_region("DE")
        .build()
        .unwrap()
}

fn init_log_tracer() {
    static INIT: Once = Once::new();
    INIT.call_once(|| tracing_log::LogTracer::init().unwrap());
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Setup {
    LayerText,
    LayerJson,
    WriterUnderColouredFmt,
    WriterUnderFmtJson,
    WriterUnderCompact,
    WriterUnderPretty,
}

const SETUPS: &[Setup] = &[
    Setup::LayerText,
    Setup::LayerJson,
    Setup::WriterUnderColouredFmt,
    Setup::WriterUnderFmtJson,
    Setup::WriterUnderCompact,
    Setup::WriterUnderPretty,
];

impl Setup {
    fn is_json(self) -> bool {
        JSON_SETUPS.contains(&self)
    }

    /// Runs `emit` under this setup and returns what reached the writer.
    fn run(self, emit: fn()) -> String {
        let out = Captured::default();
        let r = redactor();
        let spans = FmtSpan::CLOSE;
        let layer: Box<dyn tracing_subscriber::Layer<Registry> + Send + Sync> = match self {
            Setup::LayerText => scrubline_tracing::layer(r)
                .with_span_events(spans)
                .with_writer(out.clone())
                .boxed(),
            Setup::LayerJson => scrubline_tracing::layer(r)
                .json()
                .with_span_events(spans)
                .with_writer(out.clone())
                .boxed(),
            Setup::WriterUnderColouredFmt => tracing_subscriber::fmt::layer()
                .with_ansi(true)
                .with_span_events(spans)
                .with_writer(RedactingMakeWriter::new(r, out.clone()))
                .boxed(),
            Setup::WriterUnderCompact => tracing_subscriber::fmt::layer()
                .compact()
                .with_ansi(false)
                .with_span_events(spans)
                .with_writer(RedactingMakeWriter::new(r, out.clone()))
                .boxed(),
            Setup::WriterUnderPretty => tracing_subscriber::fmt::layer()
                .pretty()
                .with_ansi(false)
                .with_span_events(spans)
                .with_writer(RedactingMakeWriter::new(r, out.clone()))
                .boxed(),
            Setup::WriterUnderFmtJson => tracing_subscriber::fmt::layer()
                .json()
                .with_span_events(spans)
                .with_writer(RedactingMakeWriter::new(r, out.clone()))
                .boxed(),
        };
        tracing::subscriber::with_default(tracing_subscriber::registry().with(layer), emit);
        out.take()
    }
}

#[test]
fn every_case_through_every_setup() {
    let mut failures = Vec::new();
    for case in CASES {
        for &setup in SETUPS {
            let out = setup.run(case.emit);
            let problems = check(case, setup, &out);
            if !problems.is_empty() {
                failures.push(format!(
                    "{} / {setup:?}: {}\n  {out}",
                    case.name,
                    problems.join(", ")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// What is wrong with `out`.
fn check(case: &Case, setup: Setup, out: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if out.is_empty() {
        problems.push("no output".to_string());
    }
    if setup.is_json() {
        for line in out.lines() {
            if let Err(e) = serde_json::from_str::<serde_json::Value>(line) {
                problems.push(format!("invalid JSON ({e})"));
            }
        }
    }
    let text = without_timestamps(out);
    let leaked: Vec<_> = case.gone.iter().filter(|g| text.contains(*g)).collect();
    for k in case.kept {
        if !out.contains(k) {
            problems.push(format!("missing {k:?}"));
        }
    }
    for g in leaked {
        problems.push(format!("leaked {g:?}"));
    }
    problems
}

/// `out` with the subscriber's own timestamps blanked. Their digits change every
/// run and can hold a `gone` number by chance (`18:06:36.123422Z` holds "1234").
fn without_timestamps(out: &str) -> String {
    out.split_inclusive(|c: char| c.is_whitespace() || c == '"')
        .map(|piece| {
            let word = piece.trim_end_matches(|c: char| c.is_whitespace() || c == '"');
            if is_timestamp(word) {
                piece.replacen(word, "<time>", 1)
            } else {
                piece.to_string()
            }
        })
        .collect()
}

#[test]
fn only_timestamps_are_blanked_before_the_leak_check() {
    let out = "2026-11-27T18:06:36.123422Z  INFO pin: 1234\n{\"timestamp\":\"2026-11-27T18:06:36.123422Z\"}";
    assert_eq!(
        without_timestamps(out),
        "<time>  INFO pin: 1234\n{\"timestamp\":\"<time>\"}"
    );
}

/// An RFC 3339 UTC time as tracing-subscriber writes it: `2026-11-27T18:06:36.123422Z`.
fn is_timestamp(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 20
        && b[4] == b'-'
        && b[10] == b'T'
        && word.ends_with('Z')
        && b.iter().all(|c| c.is_ascii_digit() || b"-:.TZ".contains(c))
}

#[test]
fn an_msisdn_gets_the_token_of_its_e164_form() {
    for &setup in SETUPS {
        let out = setup.run(|| info!(phone = 4915123421279u64, "callback"));
        assert!(out.contains(TEL), "{setup:?}: {out}");
    }
}

#[test]
fn json_knobs_apply_whichever_comes_first() {
    let layers = [
        scrubline_tracing::layer(redactor())
            .flatten_event(true)
            .with_span_list(false)
            .json(),
        scrubline_tracing::layer(redactor())
            .json()
            .flatten_event(true)
            .with_span_list(false),
    ];
    for layer in layers {
        let out = Captured::default();
        let subscriber = tracing_subscriber::registry().with(layer.with_writer(out.clone()));
        tracing::subscriber::with_default(subscriber, || {
            let _enter = info_span!("call", caller_name = "Dean Williams").entered();
            info!(phone = "+4915123421279", "callback");
        });
        let text = out.take();
        let v: serde_json::Value = serde_json::from_str(text.trim_end()).unwrap();
        assert_eq!(v["phone"], TEL, "{text}");
        assert_eq!(v["span"]["caller_name"], "[name]", "{text}");
        assert!(
            v.get("spans").is_none() && v.get("fields").is_none(),
            "{text}"
        );
    }
}

#[test]
fn the_inner_writers_level_routing_is_kept() {
    use tracing_subscriber::fmt::writer::MakeWriterExt;

    let out = Captured::default();
    let writer = out.clone().with_max_level(tracing::Level::WARN);
    let subscriber = tracing_subscriber::registry()
        .with(scrubline_tracing::layer(redactor()).with_writer(writer));
    tracing::subscriber::with_default(subscriber, || {
        info!(phone = "+4915123421279", "routine");
        warn!(phone = "+4915123421279", "attention");
    });
    let text = out.take();
    assert!(
        !text.contains("routine") && text.contains("attention") && text.contains(TEL),
        "{text}"
    );
}
