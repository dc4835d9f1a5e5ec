//! Lines longer than `max_line_bytes`: redacted window by window, so they
//! are never passed raw and never held whole.
//!
//! A window is cut at a boundary no finding crosses, checked rather than
//! guessed: the redaction of the window's head must be a prefix of the
//! redaction of the whole window (which sees `OVERLAP` more bytes). Only
//! the head is written; the rest is carried into the next window.

use scrubline_core::{Findings, LinkLog, Redactor};

use super::worker::redact_one;

/// Bytes seen past a cut: longer than any finding the engine makes (the
/// longest are emails, 254 bytes, and secrets), with room to spare.
pub const OVERLAP: usize = 8 << 10;
/// How far back from the last possible cut to look for a word boundary.
const SEARCH_BACK: usize = 16 << 10;
/// Cuts tried before taking the last one as it is.
const TRIES: usize = 8;

/// Redacts the head of `window` (at least `2 * OVERLAP` bytes long) into `output` and returns how many input
/// bytes it covered, with what was found (`None`: the engine failed and
/// the head was withheld). Its link decisions are left in `links`, for
/// the writer to settle in order (the reader redacts windows while
/// workers redact earlier batches).
pub fn redact_head(
    redactor: &Redactor,
    window: &[u8],
    output: &mut Vec<u8>,
    links: &mut LinkLog,
) -> (usize, Option<Findings>) {
    let mut whole = Vec::with_capacity(window.len() + window.len() / 8);
    links.clear();
    let whole_ok = redact_one(redactor, window, &mut whole, Some(links)).is_some();
    let mut limit = window.len() - OVERLAP;
    // Cuts stay in the second half, so every window makes progress.
    let lowest = window.len() / 2;
    let start = output.len();
    let mut result = (limit, None);
    for _ in 0..TRIES {
        let cut = boundary(window, limit, lowest);
        output.truncate(start);
        // Only the written head's decisions are settled.
        links.clear();
        let found = redact_one(redactor, &window[..cut], output, Some(links));
        result = (cut, found);
        if found.is_none() || (whole_ok && whole.starts_with(&output[start..])) || cut <= lowest {
            break;
        }
        // A finding crosses this cut: try the boundary before it.
        limit = cut - 1;
    }
    result
}

/// The last cut at or before `limit` (and after `lowest`): just after
/// ASCII whitespace or a delimiter if one is near, else a UTF-8 character
/// boundary.
fn boundary(window: &[u8], limit: usize, lowest: usize) -> usize {
    let floor = limit.saturating_sub(SEARCH_BACK).max(lowest + 1);
    let word = (floor..=limit)
        .rev()
        .find(|&i| matches!(window[i - 1], b' ' | b'\t' | b',' | b';' | b'&'));
    word.unwrap_or_else(|| {
        (floor..=limit)
            .rev()
            .find(|&i| !is_continuation(window[i]))
            .unwrap_or(limit)
    })
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipe::test_redactor as redactor;

    #[test]
    fn every_window_makes_progress_whatever_the_content() {
        let r = redactor();
        for window in [
            vec![b' '; 65536],
            vec![b'7'; 65536],
            "ä".repeat(40_000).into_bytes(),
        ] {
            let (cut, _) = redact_head(&r, &window, &mut Vec::new(), &mut LinkLog::default());
            assert!(
                cut > window.len() / 2 && cut <= window.len() - OVERLAP,
                "cut {cut}"
            );
        }
    }

    #[test]
    fn a_phone_across_the_first_cut_is_not_split() {
        let r = redactor();
        let phone = b" call +49 151 23421279 now ";
        let mut window = vec![b'x'; 40_000];
        // Put the number where the first candidate cut falls.
        let at = window.len() - OVERLAP - 8;
        window.splice(at..at + phone.len(), phone.iter().copied());
        let mut out = Vec::new();
        let (cut, found) = redact_head(&r, &window, &mut out, &mut LinkLog::default());
        assert!(found.is_some());
        let number = at + 6..at + 6 + 16;
        assert!(
            cut <= number.start || cut >= number.end,
            "cut {cut} splits the number at {number:?}"
        );
        let token = b"tel_k1_df4a9327598a9122";
        let shown = String::from_utf8_lossy(&out);
        assert!(!shown.contains("23421279"), "digits leaked");
        assert!(cut <= number.start || out.windows(token.len()).any(|w| w == token));
    }
}
