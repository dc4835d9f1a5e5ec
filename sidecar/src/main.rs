//! `scrubline`: a stdin -> stdout filter that keeps personal data out of
//! logs. One line in, one line out, in order.

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;

mod cli;
mod config;
mod exit;
#[cfg(feature = "kafka")]
mod kafka;
mod keys;
mod pipe;
mod settings;
mod signals;
mod stats;
mod token;

use cli::{Cli, Command};
use exit::Failure;
use settings::{KeySource, Settings};

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
    let result = match &cli.command {
        None => filter(cli),
        Some(Command::Check) => check(&cli),
        #[cfg(feature = "kafka")]
        Some(Command::Kafka) => kafka::main(cli.opts.clone()),
        Some(Command::Token(args)) => Settings::load(&cli.opts)
            .and_then(|s| token::tokens(&s, args))
            .map(|tokens| {
                for t in tokens {
                    println!("{t}");
                }
            }),
    };
    match result {
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
        eprintln!(
            "scrubline: internal error{at} (its message is not shown: it may quote log data)"
        );
    }));
}

fn filter(cli: Cli) -> Result<(), Failure> {
    let settings = Settings::load(&cli.opts)?;
    let shared = Arc::new(pipe::Shared::new(keys::build_redactor(&settings)?));
    signals::spawn(&shared, cli.opts)?;
    stats::spawn_reporter(&shared, settings.stats.clone(), settings.stats_interval);
    let opts = pipe::Options {
        threads: settings.threads,
        max_line_bytes: settings.max_line_bytes,
    };
    let result = pipe::run(&shared, &cli.files, &opts);
    shared.stats.report(&settings.stats);
    result.map(|_| ())
}

/// Loads everything a run would, reads every key, and says what it found.
fn check(cli: &Cli) -> Result<(), Failure> {
    let settings = Settings::load(&cli.opts)?;
    let redactor = keys::build_redactor(&settings)?;
    let ring = redactor.keyring();
    let ids: Vec<_> = ring.keys().iter().map(|k| k.id()).collect();
    let region = settings
        .default_region
        .as_ref()
        .map_or("none", |(r, _)| r.as_str());
    if let KeySource::Random { .. } = settings.keys {
        println!("scrubline: config ok, but no key is configured: each run would use a random key");
    } else {
        println!(
            "scrubline: config ok: keys {} (active {}), default region {region}, {} threads",
            ids.join(", "),
            ring.active().id(),
            settings.threads
        );
    }
    Ok(())
}
