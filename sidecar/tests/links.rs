//! Numbers linked across lines (`--link-numbers`, on by default) are
//! linked in input order, however many threads redact: a national form
//! takes the token of the international form the stream showed before
//! it, even when the two fall in batches that two workers scan at once.
//! Until the writer settled the links in order, the batch after the one
//! that showed a number was often scanned first, and its national forms
//! got the token of their digits alone, differently from run to run.

mod util;

use std::fmt::Write as _;
use std::path::Path;

use scrubline_core::Key;
use util::{assert_same, keyed, run, text, tmpdir, write, TEST_KEY};

/// The reader's batch size (`BATCH_SIZE`): lines are placed around its
/// multiples, so each number's two forms fall in neighbouring batches.
const BATCH: usize = 256 << 10;
/// Numbers, each shown near the end of one batch and used in the next.
const NUMBERS: usize = 6;

fn tel(canonical: &str) -> String {
    Key::new("k1", TEST_KEY.as_bytes())
        .unwrap()
        .token("tel", canonical)
}

/// Lines with nothing to redact, up to `len` bytes of input.
fn fill_to(input: &mut String, len: usize) {
    let mut n = 0;
    while input.len() < len {
        let _ = writeln!(
            input,
            "INFO request served from cache, status ok (line {n})"
        );
        n += 1;
    }
}

/// Number `i` is written internationally 16 KiB before the end of batch
/// `i`, then nationally at the start of batch `i + 1` and further on.
fn input() -> String {
    let mut input = String::new();
    for i in 0..NUMBERS {
        fill_to(&mut input, (i + 1) * BATCH - (16 << 10));
        let _ = writeln!(input, "dialing +40 712 575 2{i:02}");
        fill_to(&mut input, (i + 1) * BATCH + (1 << 10));
        for _ in 0..4 {
            let _ = writeln!(input, "ani=07125752{i:02}");
            let len = input.len() + (8 << 10);
            fill_to(&mut input, len);
        }
    }
    input
}

fn redact(dir: &Path, file: &Path, threads: &str) -> Vec<u8> {
    let out = run(keyed(dir).arg("--threads").arg(threads).arg(file), "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    out.stdout
}

#[test]
fn national_forms_take_the_token_shown_before_them_whatever_the_threads() {
    let dir = tmpdir("links_threads");
    let file = write(&dir, "in.log", input());
    let one = redact(&dir, &file, "1");
    let national: Vec<String> = text(&one)
        .lines()
        .filter(|l| l.starts_with("ani="))
        .map(str::to_string)
        .collect();
    let want: Vec<String> = (0..NUMBERS)
        .flat_map(|i| vec![format!("ani={}", tel(&format!("+407125752{i:02}"))); 4])
        .collect();
    assert_eq!(national, want);
    // The same bytes every run, whichever worker gets to a batch first.
    for _ in 0..3 {
        assert_same(&redact(&dir, &file, "2"), &one);
    }
}
