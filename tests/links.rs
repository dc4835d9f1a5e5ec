//! Numbers linked across lines: a national-format number on a line with
//! no region takes the country the stream showed it with before.

use scrubline_core::{Key, LinkLog, Redactor};

const TEST_KEY: &[u8] = b"scrubline-test-key-0123456789abcdef";

fn redactor(link: bool) -> Redactor {
    Redactor::builder()
        .key("k1", TEST_KEY)
        .link_numbers(link)
        .build()
        .unwrap()
}

fn tel(canonical: &str) -> String {
    Key::new("k1", TEST_KEY).unwrap().token("tel", canonical)
}

#[test]
fn a_national_number_takes_the_token_of_its_international_form() {
    let r = redactor(true);
    // Before the stream has shown it, its digits alone.
    assert_eq!(
        r.redact_line("ani=0712575221"),
        format!("ani={}", tel("0712575221"))
    );
    assert_eq!(
        r.redact_line("callback +40 712 575 221"),
        format!("callback {}", tel("+40712575221"))
    );
    assert_eq!(
        r.redact_line("ani=0712575221"),
        format!("ani={}", tel("+40712575221"))
    );
    // A code that writes no trunk 0: the number as it stands.
    r.redact_line("dialing +34 612 34 52 19");
    assert_eq!(
        r.redact_line("caller=612 34 52 19"),
        format!("caller={}", tel("+34612345219"))
    );
}

#[test]
fn a_zero_is_no_trunk_prefix_of_a_code_that_writes_none() {
    let r = redactor(true);
    r.redact_line("phone=+34612341895");
    // FR 06 12 34 18 95 is not ES 612 34 18 95.
    assert_eq!(
        r.redact_line("phone=06 12 34 18 95"),
        format!("phone={}", tel("0612341895"))
    );
}

#[test]
fn unlinked_tokens_are_those_of_the_digits_alone() {
    let r = redactor(false);
    r.redact_line("callback +40 712 575 221");
    assert_eq!(
        r.redact_line("ani=0712575221"),
        format!("ani={}", tel("0712575221"))
    );
}

#[test]
fn a_known_region_wins_over_the_stream() {
    let r = Redactor::builder()
        .key("k1", TEST_KEY)
        .default_region("DE")
        .build()
        .unwrap();
    r.redact_line("callback +40 712 575 221");
    assert_eq!(
        r.redact_line("ani=0712575221"),
        format!("ani={}", tel("+49712575221"))
    );
}

#[test]
fn trunk_prefixes_other_than_zero_are_taken_off() {
    let r = redactor(true);
    // HU writes `06`, RU `8`, NANP `1` before the national number.
    for (international, national, e164) in [
        ("+36-20-123-2542", "06201232542", "+36201232542"),
        ("+7 916 123-45-67", "8 916 123-45-67", "+79161234567"),
        ("tel:+1-201-555-9044", "1 201 555 9044", "+12015559044"),
    ] {
        r.redact_line(&format!("dialing {international}"));
        assert_eq!(
            r.redact_line(&format!("caller={national}")),
            format!("caller={}", tel(e164)),
            "{national}"
        );
    }
}

#[test]
fn a_number_the_stream_has_shown_wins_over_reading_its_digits_as_an_msisdn() {
    let r = redactor(true);
    // `3123441767` reads as NL `+31 23441767`, `(201) 555-9044` as EG
    // `+20 1555 9044` and `(11) 96123-4789` as NANP `+1 196…`.
    for (international, national, e164) in [
        ("+39 312 344 1767", "312 344 1767", "+393123441767"),
        ("+1 201-555-9044", "(201) 555-9044", "+12015559044"),
        ("+55 11 96123-4789", "(11) 96123-4789", "+5511961234789"),
    ] {
        let before = r.redact_line(&format!("phone=\"{national}\"")).into_owned();
        assert_ne!(before, format!("phone=\"{}\"", tel(e164)), "{national}");
        r.redact_line(&format!("callback {international}"));
        assert_eq!(
            r.redact_line(&format!("phone=\"{national}\"")),
            format!("phone=\"{}\"", tel(e164)),
            "{national}"
        );
    }
}

#[test]
fn a_number_read_as_an_msisdn_teaches_nothing_when_it_may_be_national() {
    let r = redactor(true);
    // Read as NL `+31 23441767`: that is a guess, not something to link.
    r.redact_line("phone=\"312 344 1767\"");
    assert_eq!(
        r.redact_line("ani=023441767"),
        format!("ani={}", tel("023441767"))
    );
}

#[test]
fn with_a_known_region_an_msisdn_reading_ignores_the_stream() {
    let r = Redactor::builder()
        .key("k1", TEST_KEY)
        .default_region("DE")
        .build()
        .unwrap();
    // Read as NANP `+1 196…` either way: whether `+55 11 96123-4789`
    // came first must not matter (nor, in the sidecar, thread timing).
    let before = r.redact_line("phone=\"(11) 96123-4789\"").into_owned();
    r.redact_line("callback +55 11 96123-4789");
    assert_eq!(r.redact_line("phone=\"(11) 96123-4789\""), before);
}

#[test]
fn deferred_links_settled_in_order_give_the_in_order_redaction() {
    // Two batches of a stream, the second scanned before the first is
    // settled (two workers); within a batch, a line sees the lines before.
    let first = [
        "callback +40 712 575 221",
        "ani=0712575221",
        "dialing +34 612 34 52 19",
    ];
    let second = [
        "caller=612 34 52 19, ani=0712575221",
        "phone=06 12 34 18 95",
    ];
    let r = redactor(true);
    let scan = |lines: &[&str]| {
        let (mut out, mut log) = (Vec::new(), LinkLog::default());
        for line in lines {
            r.redact_deferred(line.as_bytes(), &mut out, &mut log);
            out.push(b'\n');
        }
        (out, log)
    };
    let (later, later_log) = scan(&second);
    let (earlier, earlier_log) = scan(&first);
    let mut redone = 0;
    let mut settle = |out: Vec<u8>, log: &LinkLog, lines: &[&str]| {
        let mut settled = Vec::new();
        let mut copied = 0;
        // Every line here has a number, so each is pending, in order.
        assert_eq!(log.lines().len(), lines.len());
        for (pending, line) in log.lines().iter().zip(lines) {
            settled.extend_from_slice(&out[copied..pending.output.start]);
            if r.settle_links(log, pending) {
                settled.extend_from_slice(&out[pending.output.clone()]);
            } else {
                redone += 1;
                r.redact_into(line.as_bytes(), &mut settled);
            }
            copied = pending.output.end;
        }
        settled.extend_from_slice(&out[copied..]);
        String::from_utf8(settled).unwrap()
    };
    let got = [
        settle(earlier, &earlier_log, &first),
        settle(later, &later_log, &second),
    ];
    let in_order = redactor(true);
    let want = [&first[..], &second[..]].map(|lines| {
        lines
            .iter()
            .map(|l| format!("{}\n", in_order.redact_line(l)))
            .collect::<String>()
    });
    assert_eq!(got, want);
    assert!(got[1].contains(&tel("+40712575221")));
    assert_eq!(redone, 1);
}
