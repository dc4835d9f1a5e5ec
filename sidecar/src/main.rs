//! `scrubline`: a stdin -> stdout filter that keeps personal data out of
//! logs. One line in, one line out, in order.

use std::process::ExitCode;

use clap::Parser;

mod cli;
mod exit;
mod keys;
mod pipe;

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
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("scrubline: {failure}");
            ExitCode::from(failure.code())
        }
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    let redactor = keys::build_redactor(&cli.key_file, &cli.key_id, cli.default_region.as_deref())?;
    pipe::filter(&redactor, &cli.files)
}
