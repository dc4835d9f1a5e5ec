//! `scrubline`: a stdin -> stdout filter that keeps personal data out of
//! logs. One line in, one line out, in order.

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;

mod cli;
mod exit;
mod keys;
mod pipe;
mod stats;

use cli::Cli;
use exit::Failure;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { exit::USAGE } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    quiet_panics();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("scrubline: {failure}");
            ExitCode::from(failure.code())
        }
    }
}

/// A panic message may quote the data being scanned: say where, not what.
fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("scrubline: internal error{at}; the line was withheld");
    }));
}

fn run(cli: Cli) -> Result<(), Failure> {
    let redactor = keys::build_redactor(&cli.key_file, &cli.key_id, cli.default_region.as_deref())?;
    let shared = Arc::new(pipe::Shared::new(redactor));
    let threads = cli
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let opts = pipe::Options {
        threads,
        max_line_bytes: cli.max_line_bytes,
    };
    let target = stats::Target::parse(&cli.stats);
    let interval = std::time::Duration::from_secs(cli.stats_interval.max(1));
    stats::spawn_reporter(&shared, target.clone(), interval);
    let result = pipe::run(&shared, &cli.files, &opts);
    shared.stats.report(&target);
    result.map(|_| ())
}
