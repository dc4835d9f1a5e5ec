//! Signals from the shipper or the operator: SIGTERM drains, SIGHUP
//! reloads config and keys (or keeps the old ones and says why).

mod util;

use std::fmt::Write as _;

use util::{tmpdir, write, Live, TEST_KEY, TOKEN_K1};

fn started(cmd: &mut std::process::Command) -> Live {
    let mut live = Live::spawn(cmd);
    // A line round trip proves the process is up and its handlers are in.
    live.send("ready +49 151 23421279\n");
    assert_eq!(live.line(), format!("ready {TOKEN_K1}"));
    live
}

#[test]
fn sigterm_writes_every_line_already_sent_then_exits_0() {
    for signal in ["TERM", "INT"] {
        let dir = tmpdir(&format!("drain_{signal}"));
        let key = write(&dir, "k1.key", TEST_KEY);
        let mut live = started(
            util::scrubline()
                .arg("--key-file")
                .arg(key)
                .args(["--threads", "2"]),
        );
        let mut batch = String::new();
        for i in 0..50_000 {
            let _ = writeln!(batch, "line {i} +49 151 23421279");
        }
        batch.push_str("partial line without LF");
        // stdin stays open: only the signal ends the run.
        live.send(&batch);
        live.signal(signal);
        let (status, lines) = live.wait();
        assert_eq!(status.code(), Some(0), "SIG{signal}");
        assert_eq!(lines.len(), 50_001, "SIG{signal}: lines lost");
        for (i, line) in lines[..50_000].iter().enumerate() {
            assert_eq!(*line, format!("line {i} {TOKEN_K1}"));
        }
        assert_eq!(lines[50_000], "partial line without LF");
    }
}

#[test]
fn sighup_reloads_keys_and_keeps_them_when_the_new_config_is_bad() {
    let dir = tmpdir("reload");
    write(&dir, "k1.key", TEST_KEY);
    write(
        &dir,
        "k2.key",
        "another-key-of-at-least-32-bytes-0123456789",
    );
    let config = write(&dir, "scrubline.toml", "key_file = \"k1.key\"\n");
    let mut live = started(util::scrubline().arg("--config").arg(&config));

    // A good reload: the new key's tokens from then on.
    write(
        &dir,
        "scrubline.toml",
        "key_file = \"k2.key\"\nkey_id = \"k2\"\n",
    );
    live.signal("HUP");
    live.stderr_with("reloaded");
    live.send("after +49 151 23421279\n");
    let k2 = live.line();
    assert!(k2.starts_with("after tel_k2_"), "{k2}");

    // A bad reload: the message says why, the k2 key stays.
    write(&dir, "scrubline.toml", "[actions]\nphone = \"hash\"\n");
    live.signal("HUP");
    let why = live.stderr_with("reload failed");
    assert!(
        why.contains("actions.phone") && why.contains("keep, pseudonymize, strip"),
        "{why}"
    );
    live.send("again +49 151 23421279\n");
    assert_eq!(live.line().replace("again", "after"), k2);

    drop(live.stdin.take());
    let (status, _) = live.wait();
    assert_eq!(status.code(), Some(0));
}
