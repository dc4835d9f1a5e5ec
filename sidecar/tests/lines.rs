//! The line contract shippers rely on: one line in, one line out, in
//! order, ends kept, bytes outside findings untouched, long lines redacted.

mod util;

use std::fmt::Write as _;
use std::path::Path;

use util::{assert_same, keyed, run, text, tmpdir, TOKEN_K1};

#[test]
fn line_ends_are_kept_crlf_lf_and_none() {
    let dir = tmpdir("line_ends");
    let out = run(
        &mut keyed(&dir),
        "a\r\ncall +49 151 23421279\r\n\nlast +49 151 23421279",
    );
    assert!(out.status.success());
    let want = format!("a\r\ncall {TOKEN_K1}\r\n\nlast {TOKEN_K1}");
    assert_same(&out.stdout, want.as_bytes());
}

#[test]
fn nul_and_invalid_utf8_survive_byte_for_byte() {
    let dir = tmpdir("bytes");
    let input: &[u8] = b"a\0b \xff\xfe caf\xc3\xa9 \xc3(\ncall \xff +49 151 23421279 \0\n";
    let out = run(&mut keyed(&dir), input);
    let mut want = b"a\0b \xff\xfe caf\xc3\xa9 \xc3(\ncall \xff ".to_vec();
    want.extend_from_slice(TOKEN_K1.as_bytes());
    want.extend_from_slice(b" \0\n");
    assert_same(&out.stdout, &want);
}

#[test]
fn a_million_lines_keep_count_and_order_under_many_threads() {
    let dir = tmpdir("million");
    let (mut input, mut want) = (String::new(), String::new());
    for i in 0..1_000_000 {
        if i % 1000 == 0 {
            let _ = writeln!(input, "line {i} call +49 151 23421279");
            let _ = writeln!(want, "line {i} call {TOKEN_K1}");
        } else {
            let _ = writeln!(input, "line {i} ok");
            let _ = writeln!(want, "line {i} ok");
        }
    }
    let out = run(keyed(&dir).args(["--threads", "8"]), input);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_same(&out.stdout, want.as_bytes());
}

/// A line far over the limit, with numbers and names scattered so some
/// straddle every possible window cut.
fn giant_line(bytes: usize) -> (String, usize) {
    let mut line = String::with_capacity(bytes + 100);
    let mut phones = 0;
    let mut i = 0;
    while line.len() < bytes {
        if i % 997 == 0 {
            line.push_str("Kunde Gertrude Förster call +49 151 23421279 ");
            phones += 1;
        } else {
            let _ = write!(line, "w{i} ");
        }
        i += 1;
    }
    (line, phones)
}

fn check_giant(dir: &Path, args: &[&str], bytes: usize) {
    let (line, phones) = giant_line(bytes);
    let out = run(keyed(dir).args(args), format!("{line}\nafter\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let got = text(&out.stdout);
    let lines: Vec<&str> = got.split_inclusive('\n').collect();
    assert_eq!(lines.len(), 2, "one line in, one line out");
    assert_eq!(lines[1], "after\n");
    assert!(!got.contains("23421279"), "a raw number got through");
    assert!(!got.contains("Förster"), "a raw name got through");
    assert_eq!(got.matches(TOKEN_K1).count(), phones);
    // Everything outside findings is unchanged: the plain words all remain.
    let plain = |s: &str| s.split(' ').filter(|w| w.starts_with('w')).count();
    assert_eq!(plain(lines[0]), plain(&line));
}

#[test]
fn a_giant_line_is_redacted_in_windows_at_the_default_limit() {
    check_giant(&tmpdir("giant_default"), &[], 5 << 20);
}

#[test]
fn a_giant_line_is_redacted_in_many_small_windows() {
    check_giant(
        &tmpdir("giant_small"),
        &["--max-line-bytes", "65536"],
        3 << 20,
    );
}

#[test]
fn files_are_read_in_order() {
    let dir = tmpdir("files");
    let a = util::write(&dir, "a.log", "one +49 151 23421279\n");
    let b = util::write(&dir, "b.log", "two\n");
    let out = run(keyed(&dir).arg(&a).arg(&b), "");
    assert_same(&out.stdout, format!("one {TOKEN_K1}\ntwo\n").as_bytes());
}

#[test]
fn two_threads_write_exactly_what_one_thread_writes_on_the_sample() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/eval/data/sample.log");
    let Ok(input) = std::fs::read(&sample) else {
        eprintln!("skipped: {} is absent", sample.display());
        return;
    };
    let dir = tmpdir("sample_threads");
    let one = run(
        keyed(&dir).args(["--threads", "1", "--default-region", "DE"]),
        input.clone(),
    );
    let two = run(
        keyed(&dir).args(["--threads", "2", "--default-region", "DE"]),
        input.clone(),
    );
    assert!(one.status.success() && two.status.success());
    assert_eq!(
        text(&one.stdout).lines().count(),
        text(&input).lines().count()
    );
    assert_same(&two.stdout, &one.stdout);
}
