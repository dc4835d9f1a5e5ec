//! The config file, `scrubline check` and `scrubline token`.

mod util;

use util::{run, scrubline, text, tmpdir, write, TEST_KEY, TOKEN_K1};

const OTHER_KEY: &str = "another-key-of-at-least-32-bytes-0123456789";

fn ring_dir(name: &str) -> std::path::PathBuf {
    let dir = tmpdir(name);
    write(&dir, "k1.key", TEST_KEY);
    write(&dir, "k2.key", OTHER_KEY);
    dir
}

const RING: &str = "default_region = \"DE\"\n\
    [keyring]\nactive = \"k2\"\n\
    keys = [ { id = \"k1\", file = \"k1.key\" }, { id = \"k2\", file = \"k2.key\" } ]\n";

#[test]
fn the_config_sets_keys_region_actions_and_replacements() {
    let dir = tmpdir("config_policy");
    write(&dir, "k1.key", TEST_KEY);
    let config = write(
        &dir,
        "c.toml",
        "key_file = \"k1.key\"\ndefault_region = \"DE\"\nthreads = 2\n\
         [actions]\nemail = \"strip\"\ncard = \"keep\"\n[replacements]\nname = \"<who>\"\n",
    );
    let input = "Kunde Gertrude Förster 0151 23421279 anna@example.de 4111 1111 1111 1111\n";
    let out = run(scrubline().env("SCRUBLINE_CONFIG", &config), input);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        format!("Kunde <who> {TOKEN_K1} [email] 4111 1111 1111 1111\n")
    );
}

#[test]
fn key_rules_from_the_config() {
    let dir = tmpdir("config_keys");
    write(&dir, "k1.key", TEST_KEY);
    let config = write(
        &dir,
        "c.toml",
        "key_file = \"k1.key\"\n[keys]\nqueue = \"keep\"\naccount_ref = \"strip\"\n",
    );
    let input = "queue=\"Anna Schmidt\" accountRef=ACC-77 name=\"Anna Schmidt\"\n";
    let out = run(scrubline().arg("--config").arg(&config), input);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "queue=\"Anna Schmidt\" accountRef=[secret] name=\"[name]\"\n"
    );
}

#[test]
fn tokens_use_the_active_key_of_the_ring() {
    let dir = ring_dir("config_ring");
    let config = write(&dir, "c.toml", RING);
    let out = run(scrubline().arg("--config").arg(&config), "0151 23421279\n");
    assert!(
        text(&out.stdout).starts_with("tel_k2_"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn token_prints_the_token_under_each_key_active_first() {
    let dir = ring_dir("token");
    let config = write(&dir, "c.toml", RING);
    let phone = run(
        scrubline()
            .args(["token", "--phone", "0151 23421279", "--config"])
            .arg(&config),
        "",
    );
    assert!(phone.status.success(), "{}", text(&phone.stderr));
    let lines: Vec<String> = text(&phone.stdout).lines().map(String::from).collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].starts_with("tel_k2_"));
    assert_eq!(lines[1], TOKEN_K1);
    // The same number written another way, in another region's terms.
    let fr = run(
        scrubline()
            .args([
                "token",
                "--phone",
                "0049 151 23421279",
                "--region",
                "FR",
                "--config",
            ])
            .arg(&config),
        "",
    );
    assert_eq!(text(&fr.stdout), text(&phone.stdout));
    let mail = run(
        scrubline()
            .args(["token", "--email", "Anna.Schmidt@example.de", "--config"])
            .arg(&config),
        "",
    );
    assert_eq!(
        text(&mail.stdout).lines().nth(1),
        Some("mail_k1_c88755653bd0b5fc")
    );
    let bad = run(
        scrubline()
            .args(["token", "--phone", "hello", "--config"])
            .arg(&config),
        "",
    );
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn check_accepts_a_good_config() {
    let dir = ring_dir("check_ok");
    let config = write(&dir, "c.toml", RING);
    let out = run(scrubline().arg("check").arg("--config").arg(&config), "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("active k2"));
}

/// Each bad config: what it says, and words the message must contain
/// (the field, and what is allowed).
const BAD: &[(&str, &[&str])] = &[
    ("treads = 2\n", &["treads", "threads"]),
    ("threads = 0\n", &["threads", "1 or more"]),
    ("max_line_bytes = 10\n", &["max_line_bytes", "65536"]),
    ("stats_interval = 0\n", &["stats_interval", "1 or more"]),
    (
        "stats = \"on\"\n",
        &["stats", "stderr, off, or a file path"],
    ),
    ("default_region = \"XX\"\n", &["default_region", "ISO 3166"]),
    (
        "[actions]\nphone = \"hash\"\n",
        &["actions.phone", "keep, pseudonymize, strip"],
    ),
    (
        "[actions]\nfone = \"keep\"\n",
        &["actions.fone", "phone, email"],
    ),
    (
        "[replacements]\nname = \"a b\"\n",
        &["replacements.name", "printable ASCII"],
    ),
    (
        "[keys]\nqueue = \"ignore\"\n",
        &["keys.queue", "keep, pseudonymize, strip"],
    ),
    ("key_file = \"absent.key\"\n", &["key_file", "absent.key"]),
    (
        "key_file = \"short.key\"\n",
        &["key_file", "at least 32 bytes"],
    ),
    (
        "key_file = \"k1.key\"\n[keyring]\nactive = \"k1\"\nkeys = []\n",
        &["key_file", "[keyring]"],
    ),
    (
        "[keyring]\nactive = \"k1\"\nkeys = []\n",
        &["keyring.keys", "at least one"],
    ),
    (
        "[keyring]\nactive = \"k9\"\nkeys = [ { id = \"k1\", file = \"k1.key\" } ]\n",
        &["active", "k9"],
    ),
    (
        "[keyring]\nactive = \"K1\"\nkeys = [ { id = \"K1\", file = \"k1.key\" } ]\n",
        &["keys[0]", "a-z and 0-9"],
    ),
];

#[test]
fn check_names_the_bad_field_and_what_is_allowed() {
    let dir = ring_dir("check_bad");
    write(&dir, "short.key", "short");
    for (config, words) in BAD {
        let path = write(&dir, "c.toml", config);
        let out = run(scrubline().arg("check").arg("--config").arg(&path), "");
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(78), "{config:?}: {err}");
        for word in *words {
            assert!(
                err.contains(word),
                "{config:?}: {word:?} missing in {err:?}"
            );
        }
    }
}

#[test]
fn the_command_line_wins_over_the_config() {
    let dir = ring_dir("precedence");
    let config = write(&dir, "c.toml", RING);
    let key = dir.join("k1.key");
    let out = run(
        scrubline()
            .arg("--config")
            .arg(&config)
            .arg("--key-file")
            .arg(&key),
        "0151 23421279\n",
    );
    assert_eq!(text(&out.stdout), format!("{TOKEN_K1}\n"));
}

#[test]
fn numbers_link_across_lines_unless_the_config_or_flag_says_not() {
    let dir = tmpdir("config_links");
    write(&dir, "k1.key", TEST_KEY);
    let off = write(
        &dir,
        "off.toml",
        "key_file = \"k1.key\"\nlink_numbers = false\n",
    );
    let bad = write(
        &dir,
        "bad.toml",
        "key_file = \"k1.key\"\nlink_numbers = \"no\"\n",
    );
    let input = "a +49 151 23421279\nb 0151 23421279\n";
    let tokens = |out: &std::process::Output| -> Vec<String> {
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
            .lines()
            .map(|l| l[2..].to_string())
            .collect()
    };
    let linked = tokens(&run(
        scrubline().arg("--key-file").arg(dir.join("k1.key")),
        input,
    ));
    assert_eq!(linked, [TOKEN_K1, TOKEN_K1]);
    for cmd in [
        scrubline().arg("--config").arg(&off),
        scrubline()
            .arg("--key-file")
            .arg(dir.join("k1.key"))
            .args(["--link-numbers", "false"]),
    ] {
        let unlinked = tokens(&run(cmd, input));
        assert_eq!(unlinked[0], TOKEN_K1);
        assert_ne!(unlinked[1], TOKEN_K1);
    }
    let out = run(scrubline().arg("--config").arg(&bad), input);
    assert_eq!(out.status.code(), Some(78), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("link_numbers"),
        "{}",
        text(&out.stderr)
    );
}
