//! Redacted `tracing` output, three ways: the ready layer as text and as
//! JSON, and `RedactingMakeWriter` under a plain `fmt` layer.
//!
//!     cargo run --example tracing_layer
//!
//! A real service calls `.init()` once instead of `with_default`; each
//! setup here gets its own scope so one run shows all three.

use tracing::{info, info_span, warn};
use tracing_subscriber::prelude::*;

#[derive(Debug)]
#[allow(dead_code)] // read through Debug only
struct Contact {
    id: u32,
    phone: u64,
}

/// What a contact-centre service might log while handling a callback.
fn handle_callback() {
    let span = info_span!(
        "call",
        call_id = "0f8fad5b-d9cb-469f-a165-70867728950e",
        caller_name = "Dean Williams"
    );
    let _enter = span.enter();
    info!(
        src = "46.176.91.50",
        phone = 4915123421279u64,
        "callback requested"
    );
    info!(contact = ?Contact { id: 7, phone: 4915123421279 }, "contact loaded");
    warn!("customer Gertrude Förster asked to be called on 0151 23421279, mail anna.schmidt@example.de");
    info!(queue = "billing", wait_ms = 1840u64, "routed");
}

fn main() -> Result<(), scrubline::Error> {
    // In production the key comes from a file (at least 32 bytes), never
    // from source code or the command line.
    let redactor = scrubline::Redactor::builder()
        .key("k1", b"scrubline-test-key-0123456789abcdef")
        .default_region("DE")
        .build()?;

    println!("-- scrubline::tracing::layer(redactor): text");
    let text = tracing_subscriber::registry().with(scrubline::tracing::layer(redactor.clone()));
    tracing::subscriber::with_default(text, handle_callback);

    println!("\n-- scrubline::tracing::layer(redactor).json()");
    let json =
        tracing_subscriber::registry().with(scrubline::tracing::layer(redactor.clone()).json());
    tracing::subscriber::with_default(json, handle_callback);

    println!("\n-- fmt::layer().compact() writing through RedactingMakeWriter");
    let writer = scrubline::tracing::RedactingMakeWriter::new(redactor, std::io::stdout);
    let compact = tracing_subscriber::registry().with(
        tracing_subscriber::fmt::layer()
            .compact()
            .with_ansi(false)
            .with_writer(writer),
    );
    tracing::subscriber::with_default(compact, handle_callback);
    Ok(())
}
