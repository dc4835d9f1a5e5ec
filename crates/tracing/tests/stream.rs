//! Property test: `RedactingMakeWriter` gives the same output however the
//! text is cut into writes (see `support/stream.rs`).

mod support {
    pub mod stream;
}

use proptest::prelude::*;
use scrubline_core::Redactor;

fn redactor() -> Redactor {
    Redactor::builder()
        .key("k1", b"scrubline-test-vector-key-0123456789abcdef")
        .build()
        .expect("test key")
}

/// Log-like text: PII, separators, CRLF, partial last lines.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("call +49 151 23421279 now".to_string()),
        Just("caller_name=\"Anna Schmidt\"".to_string()),
        Just("anna.schmidt@example.de".to_string()),
        Just("card 4111 1111 1111 1111".to_string()),
        Just("10.0.0.1 GET /x?phone=%2B4915123421279".to_string()),
        Just("\r\n".to_string()),
        Just("\n".to_string()),
        Just(" ".to_string()),
        "[ -~]{0,12}",
    ];
    prop::collection::vec(piece, 0..16).prop_map(|p| p.concat())
}

proptest! {
    #[test]
    fn any_chunking_gives_the_whole_result(text in text(), cuts in prop::collection::vec(0usize..400, 0..12)) {
        let r = redactor();
        if let Err(e) = support::stream::chunked_equals_whole(&r, text.as_bytes(), &cuts) {
            panic!("{e}");
        }
    }
}

#[test]
fn a_number_cut_inside_is_redacted_whole() {
    let r = redactor();
    let text = b"a +49 151 23421279 b\nsecond line\r\nno newline at the end";
    for cut in 0..text.len() {
        support::stream::chunked_equals_whole(&r, text, &[cut]).unwrap();
    }
}

/// Every input the `stream` fuzz target kept (`fuzz/regressions/stream/`).
#[test]
fn fuzz_regressions_replay() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions/stream");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let r = redactor();
    for entry in entries {
        let path = entry.expect("readable dir").path();
        let data = std::fs::read(&path).expect("readable file");
        if let Err(e) = support::stream::check_fuzz_input(&r, &data) {
            panic!("{}: {e}", path.display());
        }
    }
}
