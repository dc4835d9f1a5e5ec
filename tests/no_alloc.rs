//! Lines without findings cost no allocation: the engine's promise for the
//! common case (most log lines carry no PII), proven with a counting global
//! allocator.
//!
//! The allocator counts every thread, so the tests take turns (`SERIAL`)
//! rather than count each other's allocations, and each warms up first:
//! the engine's per-thread scratch and the caller's reused buffer grow
//! once, then stay.

use std::alloc::System;
use std::sync::Mutex;

use scrubline_core::Redactor;
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

static SERIAL: Mutex<()> = Mutex::new(());

/// PII-free lines of the kinds a log pipeline carries: syslog, kernel, CLF,
/// Java, HDFS, logfmt, JSON; with numbers, IPs, UUIDs and hashes that the
/// detectors must look at and let go.
const CLEAN: &[&str] = &[
    "Nov 25 09:14:07 web-03 systemd[1]: Started Session 4211 of user deploy.",
    "Nov 25 09:14:09 web-03 sshd[28817]: Accepted publickey for deploy from 10.20.4.17 port 51544 ssh2",
    "Nov 25 09:14:11 web-03 kernel: [812344.512301] eth0: link up, 1000 Mbps, full duplex",
    r#"10.1.7.33 - - [25/Nov/2026:09:14:13 +0000] "GET /api/v2/queues/billing/stats?window=300 HTTP/1.1" 200 5123 "-" "curl/8.5.0""#,
    "\tat com.acme.queue.Dispatcher.dispatch(Dispatcher.java:218) ~[queue-core-4.2.7.jar:4.2.7]",
    "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_-1608999687919862906 terminating",
    r#"ts=2026-11-25T09:14:14.215Z level=warn svc=media msg="jitter above threshold" call_id=7f3c2a1e-5b6d-4e8f-9a0b-1c2d3e4f5a6b jitter_ms=48"#,
    r#"{"ts":"2026-11-25T09:14:15.377Z","level":"WARN","svc":"dialer","event":"retry","attempt":2,"host":"10.4.0.12:8443","version":"3.14.1"}"#,
    "2026-11-25T09:16:00Z INFO batch 20261125 rows=1834221 bytes=98812231 took 1234.5ms sha=9f86d081884c7d659a2feaa0c55ad015",
];

fn redactor() -> Redactor {
    Redactor::builder()
        .key("k1", b"scrubline-test-key-0123456789abcdef")
        .default_region("DE")
        .build()
        .expect("test key builds")
}

/// Takes this test's turn at the counter, held until the test ends.
fn turn() -> std::sync::MutexGuard<'static, ()> {
    SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Runs `f` over every clean line three times to warm up, then counts the
/// allocations of ten more rounds, three times over, and keeps the count
/// with the fewest. The harness's own thread may allocate while a count
/// runs (it reports the other test as that one starts); an allocation per
/// line shows in every count.
fn allocations(mut f: impl FnMut(&str)) -> stats_alloc::Stats {
    for _ in 0..3 {
        CLEAN.iter().for_each(|line| f(line));
    }
    (0..3)
        .map(|_| {
            let region = Region::new(GLOBAL);
            for _ in 0..10 {
                CLEAN.iter().for_each(|line| f(line));
            }
            region.change()
        })
        .min_by_key(|stats| stats.allocations + stats.reallocations)
        .expect("three counts")
}

#[test]
fn redact_into_a_reused_buffer_allocates_nothing_for_clean_lines() {
    let _turn = turn();
    let redactor = redactor();
    let mut out = Vec::new();
    let stats = allocations(|line| {
        out.clear();
        let found = redactor.redact_into(line.as_bytes(), &mut out);
        assert_eq!(found.total(), 0, "a finding in a PII-free line: {line}");
        assert_eq!(out, line.as_bytes());
    });
    assert_eq!(
        (stats.allocations, stats.reallocations),
        (0, 0),
        "redact_into allocated on PII-free lines: {stats:?}"
    );
}

#[test]
fn redact_line_borrows_clean_lines_without_allocating() {
    let _turn = turn();
    let redactor = redactor();
    let stats = allocations(|line| {
        let clean = redactor.redact_line(line);
        assert!(
            matches!(clean, std::borrow::Cow::Borrowed(_)),
            "copied: {line}"
        );
    });
    assert_eq!(
        (stats.allocations, stats.reallocations),
        (0, 0),
        "redact_line allocated on PII-free lines: {stats:?}"
    );
}
