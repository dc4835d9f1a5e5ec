//! Signals: SIGTERM and SIGINT drain (stop reading, write every line
//! already read, exit 0); SIGHUP reloads the config and keys, keeping the
//! old ones when the new ones are bad.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::thread;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use crate::cli::Opts;
use crate::exit::Failure;
use crate::keys;
use crate::pipe::Shared;
use crate::settings::Settings;

/// Handles signals on a thread of their own for the life of the process.
pub fn spawn(shared: &Arc<Shared>, opts: Opts) -> Result<(), Failure> {
    let mut signals = Signals::new([SIGTERM, SIGINT, SIGHUP])
        .map_err(|e| Failure::io(format!("cannot install signal handlers: {e}")))?;
    let shared = Arc::clone(shared);
    thread::Builder::new()
        .name("scrubline-signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                match signal {
                    SIGHUP => reload(&shared, &opts),
                    _ => shared.stop.store(true, Ordering::Relaxed),
                }
            }
        })
        .map_err(|e| Failure::io(format!("cannot start the signal thread: {e}")))?;
    Ok(())
}

/// Swaps in the redactor of the current config and key files. Threads,
/// stats and line limits keep their start-up values until a restart.
fn reload(shared: &Shared, opts: &Opts) {
    match Settings::load(opts).and_then(|s| keys::build_redactor(&s)) {
        Ok(redactor) => {
            *shared.redactor.write().unwrap_or_else(|e| e.into_inner()) = redactor;
            eprintln!("scrubline: reloaded config and keys");
        }
        Err(e) => eprintln!("scrubline: reload failed, keeping the previous config and keys: {e}"),
    }
}
