//! Patterns compiled as `regex::bytes::Regex::new` compiles them (the same
//! size limits, match kind and syntax settings, so the same matches), but
//! as a `regex_automata::meta::Regex`, whose searches can be anchored at
//! an offset and whose engines can be left out.

use regex_automata::{meta, util::syntax, MatchKind};

/// `pattern` compiled with `regex::bytes::Regex::new`'s settings but
/// with the PikeVM alone, for a pattern searched only in short windows:
/// every engine finds the same matches. Without the DFAs the reverse NFA
/// that only the lazy DFA needs (to find where a match starts) is not
/// compiled: for a pattern of large Unicode classes that halves the cost
/// of compiling it. Without the backtracker no search clears a bitset of
/// the NFA's states times the window's bytes: for such a pattern, of
/// thousands of states, that clearing costs more than the search.
pub(crate) fn compile_pikevm_only(pattern: &str) -> meta::Regex {
    build(pattern, config().hybrid(false).dfa(false).backtrack(false))
}

/// `regex::bytes::Regex::new`'s settings.
fn config() -> meta::Config {
    meta::Config::new()
        .nfa_size_limit(Some(10 * (1 << 20)))
        .hybrid_cache_capacity(2 * (1 << 20))
        .match_kind(MatchKind::LeftmostFirst)
        .utf8_empty(false)
}

fn build(pattern: &str, config: meta::Config) -> meta::Regex {
    meta::Regex::builder()
        .configure(config)
        .syntax(syntax::Config::new().utf8(false))
        .build(pattern)
        .expect("valid pattern")
}
