//! Patterns compiled as `regex::bytes::Regex::new` compiles them (the same
//! size limits, match kind and syntax settings, so the same matches), but
//! as a `regex_automata::meta::Regex`, whose searches can be anchored at
//! an offset and whose literal prefilter can be left out.

use regex_automata::{meta, util::syntax, MatchKind};

/// `pattern` compiled with `regex::bytes::Regex::new`'s settings; with
/// `prefilter` false, without a literal prefilter (which only skips ahead
/// to where a match may start, so leaving it out changes no match).
pub(crate) fn compile(pattern: &str, prefilter: bool) -> meta::Regex {
    meta::Regex::builder()
        .configure(
            meta::Config::new()
                .nfa_size_limit(Some(10 * (1 << 20)))
                .hybrid_cache_capacity(2 * (1 << 20))
                .match_kind(MatchKind::LeftmostFirst)
                .utf8_empty(false)
                .auto_prefilter(prefilter),
        )
        .syntax(syntax::Config::new().utf8(false))
        .build(pattern)
        .expect("valid pattern")
}
