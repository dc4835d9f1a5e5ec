//! Runs the real `scrubline` binary: stdin fed from a thread (so a full
//! stdout pipe can never deadlock the test), output compared as text.

#![allow(dead_code)] // each test file uses its own part of this module

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitStatus, Output, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

/// The spec's test key; its tokens are the spec's test vectors.
pub const TEST_KEY: &str = "scrubline-test-key-0123456789abcdef";
/// `+49 151 23421279` under `TEST_KEY`, key id `k1`.
pub const TOKEN_K1: &str = "tel_k1_df4a9327598a9122";

/// How long a live process may take to answer: generous, since CI runs
/// debug builds on two busy cores.
const TIMEOUT: Duration = Duration::from_secs(60);

/// A fresh folder for one test, under Cargo's temporary target folder.
pub fn tmpdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("sidecar")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `content` to `dir/name` and returns the path.
pub fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

/// The binary with a clean environment (no stray SCRUBLINE_* variables).
pub fn scrubline() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_scrubline"));
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("SCRUBLINE_") {
            cmd.env_remove(key);
        }
    }
    cmd
}

/// `scrubline` with a key file holding `TEST_KEY` in `dir`.
pub fn keyed(dir: &Path) -> Command {
    let key = write(dir, "k1.key", format!("{TEST_KEY}\n"));
    let mut cmd = scrubline();
    cmd.arg("--key-file").arg(key);
    cmd
}

/// Starts `cmd` with stdin, stdout and stderr all piped to the test.
pub fn spawn_piped(cmd: &mut Command) -> Child {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Runs `cmd` to the end with `input` on stdin.
pub fn run(cmd: &mut Command, input: impl Into<Vec<u8>>) -> Output {
    let mut child = spawn_piped(cmd);
    let mut stdin = child.stdin.take().unwrap();
    let input = input.into();
    // A closed pipe is the test's business (broken-pipe tests), not a panic.
    let feeder = thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Asserts two outputs are equal, showing the first differing line.
pub fn assert_same(got: &[u8], want: &[u8]) {
    if got == want {
        return;
    }
    let (g, w) = (text(got), text(want));
    let line = g.lines().zip(w.lines()).position(|(a, b)| a != b);
    match line {
        Some(i) => panic!(
            "outputs differ at line {}:\n  got:  {:?}\n  want: {:?}",
            i + 1,
            g.lines().nth(i).unwrap(),
            w.lines().nth(i).unwrap()
        ),
        None => panic!(
            "outputs differ in length: got {} bytes, want {}",
            got.len(),
            want.len()
        ),
    }
}

/// A running process the test talks to line by line.
pub struct Live {
    pub child: Child,
    pub stdin: Option<ChildStdin>,
    stdout: Receiver<String>,
    stderr: Receiver<String>,
}

impl Live {
    pub fn spawn(cmd: &mut Command) -> Live {
        let mut child = spawn_piped(cmd);
        let stdin = child.stdin.take();
        let stdout = lines(child.stdout.take().unwrap());
        let stderr = lines(child.stderr.take().unwrap());
        Live {
            child,
            stdin,
            stdout,
            stderr,
        }
    }

    pub fn send(&mut self, data: &str) {
        let stdin = self.stdin.as_mut().unwrap();
        stdin.write_all(data.as_bytes()).unwrap();
        stdin.flush().unwrap();
    }

    /// The next output line (without its LF).
    pub fn line(&self) -> String {
        self.stdout
            .recv_timeout(TIMEOUT)
            .expect("no output line in time")
    }

    /// Waits for a stderr line containing `needle`; returns it.
    pub fn stderr_with(&self, needle: &str) -> String {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = self
                .stderr
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("no stderr line with {needle:?} in time"));
            if line.contains(needle) {
                return line;
            }
        }
    }

    pub fn signal(&self, name: &str) {
        // The shell's builtin kill: no procps needed on the machine.
        let ok = Command::new("sh")
            .arg("-c")
            .arg(format!("kill -{name} {}", self.child.id()))
            .status()
            .unwrap()
            .success();
        assert!(ok, "kill -{name} failed");
    }

    /// Waits for the exit; returns its status and every
    /// output line not read yet.
    pub fn wait(mut self) -> (ExitStatus, Vec<String>) {
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("scrubline did not exit in time");
            }
            thread::sleep(Duration::from_millis(20));
        };
        (status, self.stdout.iter().collect())
    }
}

/// Lines of a pipe on a channel, read by a thread; the last line may lack
/// its LF.
fn lines(pipe: impl Read + Send + 'static) -> Receiver<String> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(pipe).lines() {
            let Ok(line) = line else { return };
            if tx.send(line).is_err() {
                return;
            }
        }
    });
    rx
}
