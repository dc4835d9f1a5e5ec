//! How the process behaves towards its shipper and operator: exit codes,
//! a closed output, stats, and keys that never show.

mod util;

use std::fs::File;
use std::io::Read;
use std::process::Stdio;

use util::{keyed, run, scrubline, spawn_piped, text, tmpdir, write, Live, TEST_KEY};

#[test]
fn exit_0_at_end_of_input() {
    let dir = tmpdir("exit0");
    assert_eq!(run(&mut keyed(&dir), "x\n").status.code(), Some(0));
}

#[test]
fn exit_2_on_a_bad_command_line() {
    for args in [&["--bogus"][..], &["--threads", "many"], &["token"]] {
        let out = run(scrubline().args(args), "");
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}

#[test]
fn exit_74_when_input_cannot_be_read() {
    let dir = tmpdir("exit74_in");
    let out = run(keyed(&dir).arg(dir.join("missing.log")), "");
    assert_eq!(out.status.code(), Some(74));
    assert!(text(&out.stderr).contains("missing.log"));
    // A directory opens but cannot be read.
    assert_eq!(run(keyed(&dir).arg(&dir), "").status.code(), Some(74));
}

#[test]
fn exit_74_when_output_cannot_be_written() {
    let dir = tmpdir("exit74_out");
    let Ok(full) = File::options().write(true).open("/dev/full") else {
        eprintln!("skipped: no /dev/full");
        return;
    };
    let input = write(&dir, "in.log", "line\n");
    let mut cmd = keyed(&dir);
    cmd.arg(input)
        .stdin(Stdio::null())
        .stdout(full)
        .stderr(Stdio::null());
    assert_eq!(cmd.status().unwrap().code(), Some(74));
}

#[test]
fn exit_78_on_a_bad_key_or_config() {
    let dir = tmpdir("exit78");
    let short = write(&dir, "short.key", "too-short");
    let config = write(&dir, "bad.toml", "threads = \"many\"\n");
    for args in [
        vec!["--key-file".into(), short.clone()],
        vec!["--key-file".into(), dir.join("absent.key")],
        vec!["--config".into(), config],
    ] {
        let out = run(scrubline().args(&args), "x\n");
        assert_eq!(
            out.status.code(),
            Some(78),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(
            out.stdout.is_empty(),
            "nothing is written with a bad config"
        );
    }
}

#[test]
fn a_closed_output_is_a_clean_exit() {
    let dir = tmpdir("broken_pipe");
    let mut child = spawn_piped(&mut keyed(&dir));
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let line = "a line with a number +49 151 23421279\n".repeat(1000);
        // Ends when scrubline exits and the pipe breaks.
        while std::io::Write::write_all(&mut stdin, line.as_bytes()).is_ok() {}
    });
    let mut head = [0u8; 4096];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    // stdout is dropped here: the reader went away.
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn stats_file_is_prometheus_text_with_counts_only() {
    let dir = tmpdir("stats_file");
    let stats = dir.join("scrubline.prom");
    let out = run(
        keyed(&dir).arg("--stats").arg(&stats),
        "call +49 151 23421279\nKunde Gertrude Förster\nplain\n",
    );
    assert!(out.status.success());
    let prom = std::fs::read_to_string(&stats).unwrap();
    for want in [
        "scrubline_lines_in_total 3\n",
        "scrubline_lines_out_total 3\n",
        "scrubline_lines_changed_total 2\n",
        "scrubline_lines_failed_total 0\n",
        "scrubline_findings_total{kind=\"phone\"} 1\n",
        "scrubline_findings_total{kind=\"name\"} 1\n",
        "# TYPE scrubline_findings_total counter\n",
    ] {
        assert!(prom.contains(want), "missing {want:?} in:\n{prom}");
    }
    assert!(!prom.contains("23421279") && !prom.contains("Förster"));
}

#[test]
fn stats_on_stderr_at_exit() {
    let dir = tmpdir("stats_stderr");
    let out = run(keyed(&dir).args(["--stats", "stderr"]), "a\nb\n");
    let err = text(&out.stderr);
    assert!(err.contains("lines_in=2 lines_out=2"), "{err}");
}

#[test]
fn stats_are_reported_periodically_while_running() {
    let dir = tmpdir("stats_interval");
    let mut live = Live::spawn(keyed(&dir).args(["--stats", "stderr", "--stats-interval", "1"]));
    live.send("call +49 151 23421279\n");
    live.line();
    // stdin is still open: this report comes from the interval, not the exit.
    let report = live.stderr_with("phone=1");
    assert!(report.contains("lines_out=1"), "{report}");
    drop(live.stdin.take());
    assert_eq!(live.wait().0.code(), Some(0));
}

#[test]
fn the_key_never_appears_on_stderr_or_stdout() {
    let dir = tmpdir("key_secrecy");
    let key = write(&dir, "k.key", TEST_KEY);
    let short_secret = "short-secret-value";
    let short = write(&dir, "short.key", short_secret);
    let ring = write(
        &dir,
        "ring.toml",
        "[keyring]\nactive = \"k9\"\nkeys = [ { id = \"k1\", file = \"k.key\" } ]\n",
    );
    let runs = [
        run(
            scrubline()
                .arg("--key-file")
                .arg(&key)
                .args(["--stats", "stderr"]),
            "x +49 151 23421279\n",
        ),
        run(scrubline().arg("--key-file").arg(&short), "x\n"),
        run(scrubline().arg("--config").arg(&ring), "x\n"),
        run(scrubline().arg("check").arg("--key-file").arg(&key), ""),
        run(
            scrubline()
                .args(["token", "--phone", "+49 151 23421279", "--key-file"])
                .arg(&key),
            "",
        ),
        run(
            scrubline()
                .args(["--key-file"])
                .arg(&key)
                .args(["--default-region", "ZZ"]),
            "",
        ),
    ];
    for out in runs {
        let all = text(&out.stderr) + &text(&out.stdout);
        assert!(
            !all.contains(TEST_KEY) && !all.contains(short_secret),
            "key shown: {all}"
        );
    }
}
