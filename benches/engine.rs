//! Criterion benches of the engine, per line kind and per detector.
//!
//! Every case is a small batch of lines redacted the way the sidecar does
//! it: `redact_into` appending to one reused buffer, so the figures are the
//! engine's cost alone (the buffer plays the part of tracing's no-op writer
//! in its `fmt` bench). Before a case is timed its output is checked line by
//! line (unchanged, or tokens present and raw values gone), and every timed
//! iteration checks the finding count, so a bench can never report the speed
//! of a path that stopped redacting.
//!
//! Run: `cargo bench --bench engine` (add `-- --test` for a quick check).
//! The lines are written for these benches; the evaluation sample is not
//! used, so that no tuning to it can hide here.

// `criterion_main!` expands to an undocumented `pub fn main`.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use scrubline_core::Redactor;

/// What a line must come out as.
enum Check {
    /// Byte-identical, no finding.
    Unchanged,
    /// Each of `has` is in the output, none of `lacks` is.
    Redacted {
        has: &'static [&'static str],
        lacks: &'static [&'static str],
    },
}

use Check::{Redacted, Unchanged};

type Line = (&'static str, Check);

/// Tokens of the numbers and addresses below under the test key `k1`
/// (DESIGN.md test vectors where they exist).
const TEL_DE: &str = "tel_k1_df4a9327598a9122";
const TEL_FR: &str = "tel_k1_18db58bc0e7e350c";
const TEL_US: &str = "tel_k1_1b2b730606e5825d";
const MAIL_ANNA: &str = "mail_k1_c88755653bd0b5fc";

const CLEAN_TEXT: &[Line] = &[
    ("Nov 25 09:14:07 web-03 systemd[1]: Started Session 4211 of user deploy.", Unchanged),
    (
        "Nov 25 09:14:09 web-03 sshd[28817]: Accepted publickey for deploy from 10.20.4.17 port 51544 ssh2: ED25519 SHA256:q2Xv9hFZp3k0bY7n1mWc",
        Unchanged,
    ),
    ("Nov 25 09:14:11 web-03 kernel: [812344.512301] eth0: link up, 1000 Mbps, full duplex, flow control rx/tx", Unchanged),
    (
        "2026-11-25T09:14:12.481Z INFO  [pool-3-thread-7] c.a.q.RouteWorker - queue billing depth=42 oldest_ms=1834 workers=8/16",
        Unchanged,
    ),
    (
        r#"10.1.7.33 - - [25/Nov/2026:09:14:13 +0000] "GET /api/v2/queues/billing/stats?window=300 HTTP/1.1" 200 5123 "-" "Go-http-client/1.1""#,
        Unchanged,
    ),
    (
        "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_-1608999687919862906 terminating",
        Unchanged,
    ),
    ("\tat com.acme.queue.Dispatcher.dispatch(Dispatcher.java:218) ~[queue-core-4.2.7.jar:4.2.7]", Unchanged),
    (
        "2026-11-25 09:14:16,204 ERROR [main] o.a.k.c.NetworkClient - Connection to node 3 (broker-3.internal/10.0.3.21:9092) could not be established",
        Unchanged,
    ),
];

const CLEAN_LOGFMT: &[Line] = &[
    (
        r#"ts=2026-11-25T09:14:14.102Z level=info svc=router msg="route selected" queue=billing route_id=r-8812 latency_ms=12 attempt=1"#,
        Unchanged,
    ),
    (
        r#"ts=2026-11-25T09:14:14.215Z level=warn svc=media msg="jitter above threshold" call_id=7f3c2a1e-5b6d-4e8f-9a0b-1c2d3e4f5a6b jitter_ms=48 codec=opus"#,
        Unchanged,
    ),
    (
        r#"time=2026-11-25T09:14:14.388Z lvl=debug svc=gateway method=GET path=/v1/health status=200 dur=3ms bytes=112 peer=10.9.8.7:40122"#,
        Unchanged,
    ),
    (
        r#"ts=2026-11-25T09:14:14.590Z level=error svc=store msg="commit failed" err="context deadline exceeded" txn=88123 sha=9f86d081884c7d659a2feaa0c55ad015"#,
        Unchanged,
    ),
];

const CLEAN_JSON: &[Line] = &[
    (
        r#"{"ts":"2026-11-25T09:14:15.004Z","level":"INFO","svc":"ivr","event":"menu.selected","callId":"0b9e7c4d-2a1f-4e3b-8c6d-5f7a9b0c1d2e","option":3,"durationMs":4210}"#,
        Unchanged,
    ),
    (
        r#"{"ts":"2026-11-25T09:14:15.377Z","level":"WARN","svc":"dialer","event":"retry","attempt":2,"backoffMs":800,"host":"10.4.0.12:8443","version":"3.14.1"}"#,
        Unchanged,
    ),
    (
        r#"{"timestamp":"2026-11-25T09:14:15.610Z","level":"DEBUG","logger":"http","req":{"method":"POST","path":"/v2/recordings","status":202,"bytes":48211},"trace":"4bf92f3577b34da6a3ce929d0e0e4736"}"#,
        Unchanged,
    ),
];

const PII_TEXT: &[Line] = &[
    (
        "2026-11-25T09:15:01.003Z INFO callback requested at +49 151 23421279 from 46.176.91.50, note: prefers mornings",
        Redacted { has: &[TEL_DE, "46.176.91.50"], lacks: &["23421279"] },
    ),
    (
        "2026-11-25T09:15:02.118Z INFO ticket 8812 updated: contact email anna.schmidt@example.de, phone 0151 23421279",
        Redacted { has: &[MAIL_ANNA, TEL_DE, "8812"], lacks: &["anna.schmidt", "23421279"] },
    ),
    (
        "2026-11-25T09:15:05.442Z INFO payment by card 4111 1111 1111 1111 declined, refund to IBAN DE89 3704 0044 0532 0130 00",
        Redacted { has: &["[card]", "[iban]"], lacks: &["1111 1111", "0532 0130"] },
    ),
];

const PII_LOGFMT: &[Line] = &[
    (
        r#"ts=2026-11-25T09:15:03.551Z level=info svc=crm msg="contact updated" name="Jean Dupont" phone="+33 6 12 34 56 78" email=anna.schmidt@example.de"#,
        Redacted {
            has: &[TEL_FR, MAIL_ANNA, r#"name="[name]""#],
            lacks: &["Dupont", "12 34 56 78"],
        },
    ),
    (
        r#"time=2026-11-25T09:15:03.700Z lvl=info svc=callback-api method=POST path=/v2/callbacks status=201 msisdn=4915123421279 dur=221ms"#,
        Redacted {
            has: &[TEL_DE, "status=201"],
            lacks: &["4915123421279"],
        },
    ),
];

const PII_JSON: &[Line] = &[
    (
        r#"{"ts":"2026-11-25T09:15:04.020Z","level":"INFO","event":"contact.created","caller":{"name":"Maria Garcia","phone":"+1 201-555-0123","email":"anna.schmidt@example.de"}}"#,
        Redacted {
            has: &[TEL_US, MAIL_ANNA, r#""name":"[name]""#],
            lacks: &["Garcia", "555-0123"],
        },
    ),
    (
        r#"{"ts":"2026-11-25T09:15:04.300Z","level":"INFO","event":"call.ended","callId":"0b9e7c4d-2a1f-4e3b-8c6d-5f7a9b0c1d2e","ani":"+4915123421279","durationMs":93000}"#,
        Redacted {
            has: &[TEL_DE, "0b9e7c4d-2a1f-4e3b-8c6d-5f7a9b0c1d2e"],
            lacks: &["15123421279"],
        },
    ),
];

/// Several findings per line: the worst case for the rewrite and the HMAC.
const PII_DENSE: &[Line] = &[
    (
        "2026-11-25T09:15:06.900Z WARN dup contacts: +49 151 23421279, +33 6 12 34 56 78, +1 201-555-0123, 0151 23421279, anna.schmidt@example.de, card 4111 1111 1111 1111",
        Redacted {
            has: &[TEL_DE, TEL_FR, TEL_US, MAIL_ANNA, "[card]"],
            lacks: &["23421279", "56 78", "555-0123", "anna.schmidt", "1111 1111"],
        },
    ),
    (
        r#"{"event":"merge","a":{"name":"Maria Garcia","phone":"+1 201-555-0123"},"b":{"name":"Jean Dupont","phone":"+33 6 12 34 56 78","email":"anna.schmidt@example.de"}}"#,
        Redacted { has: &[TEL_US, TEL_FR, MAIL_ANNA, "[name]"], lacks: &["Garcia", "Dupont", "555-0123", "anna.schmidt"] },
    ),
];

/// One line per detector, so a regression in one shows by name.
const DETECTORS: &[(&str, Line)] = &[
    ("phone_e164", ("2026-11-25T09:16:00Z INFO dialing +4915123421279 attempt=1", Redacted { has: &[TEL_DE], lacks: &["15123421279"] })),
    (
        "phone_national",
        ("2026-11-25T09:16:00Z INFO customer callback number 0151 23421279 queued", Redacted { has: &[TEL_DE], lacks: &["23421279"] }),
    ),
    (
        "email",
        ("2026-11-25T09:16:00Z INFO receipt sent to anna.schmidt@example.de ok", Redacted { has: &[MAIL_ANNA], lacks: &["anna.schmidt"] }),
    ),
    (
        "card",
        ("2026-11-25T09:16:00Z INFO charge card 4111 1111 1111 1111 amount=12.50", Redacted { has: &["[card]"], lacks: &["1111 1111"] }),
    ),
    (
        "iban",
        ("2026-11-25T09:16:00Z INFO refund to DE89 3704 0044 0532 0130 00 queued", Redacted { has: &["[iban]"], lacks: &["0532 0130"] }),
    ),
    (
        "name_field",
        (r#"ts=2026-11-25T09:16:00Z level=info msg="agent note" customer_name="Jean Dupont" queue=billing"#, Redacted { has: &["[name]"], lacks: &["Dupont"] }),
    ),
    (
        "digits_no_pii",
        ("2026-11-25T09:16:00Z INFO batch 20261125 rows=1834221 bytes=98812231 took 1234.5ms pid 28817 port 51544", Unchanged),
    ),
];

fn redactor() -> Redactor {
    Redactor::builder()
        .key("k1", b"scrubline-test-key-0123456789abcdef")
        .default_region("DE")
        .build()
        .expect("test key builds")
}

/// Checks every line's output once, then returns the findings the batch must
/// give on each timed iteration.
fn check(redactor: &Redactor, case: &str, lines: &[Line]) -> u32 {
    let mut expected = 0;
    let mut out = Vec::new();
    for (line, check) in lines {
        out.clear();
        let found = redactor.redact_into(line.as_bytes(), &mut out).total();
        let got = String::from_utf8_lossy(&out);
        match check {
            Unchanged => assert!(
                found == 0 && got == *line,
                "{case}: PII-free line changed:\n  in:  {line}\n  out: {got}"
            ),
            Redacted { has, lacks } => {
                assert!(found > 0, "{case}: nothing found in:\n  {line}");
                for want in *has {
                    assert!(
                        got.contains(want),
                        "{case}: {want:?} missing from:\n  {got}"
                    );
                }
                for raw in *lacks {
                    assert!(!got.contains(raw), "{case}: {raw:?} leaked in:\n  {got}");
                }
            }
        }
        expected += found;
    }
    expected
}

/// Times one batch of lines through `redact_into` with a reused buffer.
fn bench_lines(c: &mut Criterion, group: &str, cases: &[(&str, &[Line])]) {
    let redactor = redactor();
    let mut g = c.benchmark_group(group);
    for (case, lines) in cases {
        let expected = check(&redactor, case, lines);
        let bytes: usize = lines.iter().map(|(l, _)| l.len() + 1).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        let mut out = Vec::with_capacity(bytes * 2);
        g.bench_with_input(BenchmarkId::from_parameter(case), lines, |b, lines| {
            b.iter(|| {
                out.clear();
                let mut found = 0;
                for (line, _) in lines.iter() {
                    found += redactor
                        .redact_into(black_box(line.as_bytes()), &mut out)
                        .total();
                    out.push(b'\n');
                }
                assert_eq!(
                    found, expected,
                    "{case}: finding count changed while timing"
                );
                black_box(&out);
            })
        });
    }
    g.finish();
}

fn line_kinds(c: &mut Criterion) {
    bench_lines(
        c,
        "line_kind",
        &[
            ("clean_text", CLEAN_TEXT),
            ("clean_logfmt", CLEAN_LOGFMT),
            ("clean_json", CLEAN_JSON),
            ("pii_text", PII_TEXT),
            ("pii_logfmt", PII_LOGFMT),
            ("pii_json", PII_JSON),
            ("pii_dense", PII_DENSE),
        ],
    );
}

fn detectors(c: &mut Criterion) {
    let cases: Vec<(&str, &[Line])> = DETECTORS
        .iter()
        .map(|(name, line)| (*name, std::slice::from_ref(line)))
        .collect();
    bench_lines(c, "detector", &cases);
}

/// The `Cow` entry points: borrowed (no copy) for clean lines, owned when a
/// line has findings.
fn entry_points(c: &mut Criterion) {
    let redactor = redactor();
    let mut g = c.benchmark_group("redact_line");
    let clean = CLEAN_TEXT[1].0;
    let (pii, _) = &PII_TEXT[1];
    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.bench_function("clean_borrowed", |b| {
        b.iter(|| {
            assert!(matches!(
                redactor.redact_line(black_box(clean)),
                std::borrow::Cow::Borrowed(_)
            ))
        })
    });
    g.throughput(Throughput::Bytes(pii.len() as u64));
    g.bench_function("pii_owned", |b| {
        b.iter(|| assert!(redactor.redact_line(black_box(pii)).contains(TEL_DE)))
    });
    g.finish();
}

criterion_group!(benches, line_kinds, detectors, entry_points);
criterion_main!(benches);
