//! Protected spans: the troubleshooting tokens no detector may cut into.
//!
//! Strong spans (IPs, UUIDs, timestamps, MACs, hashes, our own tokens) always
//! win. Weak spans (versions, epoch numbers, dates and times written with
//! dots or slashes) only stop findings that have no context to back them.

use std::net::Ipv6Addr;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use regex::bytes::Regex;

mod ipv4;
mod runs;
mod separators;
mod strong;
mod weak;

use ipv4::next_ipv4;

/// A span of the line no finding may overlap (weak ones: no weak finding).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Protected {
    pub start: usize,
    pub end: usize,
    pub strong: bool,
}

pub(crate) struct Protector {
    ipv6: Regex,
}

// ASCII-only ((?-u)): Unicode classes would make the lazy DFA build far
// larger states for no gain on log bytes.
const IPV6: &str =
    r"(?-u)\[?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:(?:\.\d{1,3}){3})?(?:\]:\d{1,5})?";

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl Protector {
    pub(crate) fn new() -> Protector {
        Protector {
            ipv6: Regex::new(IPV6).expect("valid ipv6 regex"),
        }
    }

    /// Appends the protected spans of `line` to `out`, sorted by start.
    /// `reads`: buffers for what the searches read of the line.
    pub(crate) fn find(&self, line: &[u8], out: &mut Vec<Protected>, reads: &mut Reads) {
        separators::map(line, &mut reads.separators, &mut reads.hex);
        for stage in Stage::ALL {
            self.find_stage(stage, line, reads, out);
        }
        out.sort_unstable_by_key(|p| p.start);
    }

    /// Finds the protected spans of every line of `block` (lines ending in
    /// `\n`) at once, into `spans`, for [`BlockSpans::line`].
    ///
    /// One pass of each automaton over the whole block keeps its tables in
    /// cache; line by line, the name and field automata run between two
    /// searches and evict them (the protector ran three times slower in the
    /// engine than alone). It finds what `find` finds line by line: no
    /// pattern matches `\n` or `\r` or can match empty, none has an anchor
    /// or a word boundary, and every check on a match's neighbours reads
    /// `\n` and `\r` as it reads the end of a line (no word byte, digit or
    /// separator).
    pub(crate) fn find_block(&self, block: &[u8], spans: &mut BlockSpans) {
        separators::map(block, &mut spans.reads.separators, &mut spans.reads.hex);
        for (stage, found) in Stage::ALL.into_iter().zip(&mut spans.stages) {
            found.clear();
            self.find_stage(stage, block, &mut spans.reads, found);
        }
    }

    /// Appends one stage's spans in `hay` (`reads`: what the searches
    /// read of it, its maps filled) to `out`, in order.
    fn find_stage(&self, stage: Stage, hay: &[u8], reads: &mut Reads, out: &mut Vec<Protected>) {
        let seps = &reads.separators;
        match stage {
            Stage::Strong => self.find_strong(hay, seps, &reads.hex, out),
            Stage::Hashes => runs::scan(hay, &reads.hex, out, &mut reads.epochs),
            Stage::Ipv6 => self.find_ipv6(hay, seps, out),
            Stage::Weak => self.find_weak(hay, seps, &reads.epochs, out),
        }
    }

    /// The matches of the strong pattern (our own tokens, then dates, times
    /// and MACs: `strong`'s two searches, which never start at one offset)
    /// with UUIDs as its second alternative and IPv4 addresses as its
    /// last, as that pattern's `find_iter` would give them, then checked.
    ///
    /// As alternatives of the pattern, the UUID's hex runs and the
    /// address's octets made the lazy DFA's states multiply (hex and digit
    /// runs read at every offset at once): building them was most of the
    /// protector's cost on a short input. Merged by hand, the result is the
    /// same: a leftmost-first search takes the earliest start, and there
    /// the first alternative that matches. A UUID opens with a hex digit,
    /// our own tokens with `t` or `m`, so at a UUID's start it is the first
    /// that matches; at an address's start, any other alternative that
    /// matches comes before it. No pattern looks behind its start, so a
    /// search from an offset finds what a search of the whole line finds
    /// from there.
    fn find_strong(&self, line: &[u8], seps: &[u64], hex: &[u64], out: &mut Vec<Protected>) {
        let mut token = strong::next_token(line, 0);
        let mut stamp = strong::next_stamp(line, seps, 0);
        let mut uuid = next_uuid(line, seps, hex, 0).map(|u| (u, u + UUID_LEN));
        let mut ipv4 = next_ipv4(line, seps, 0);
        // In the pattern's order: the first of equal starts wins.
        while let Some((s, e)) = [token, uuid, stamp, ipv4]
            .into_iter()
            .flatten()
            .min_by_key(|m| m.0)
        {
            // The next search starts where this match ends, as `find_iter`'s.
            if token.is_some_and(|(t, _)| t < e) {
                token = strong::next_token(line, e);
            }
            if stamp.is_some_and(|(o, _)| o < e) {
                stamp = strong::next_stamp(line, seps, e);
            }
            if uuid.is_some_and(|(u, _)| u < e) {
                uuid = next_uuid(line, seps, hex, e).map(|u| (u, u + UUID_LEN));
            }
            if ipv4.is_some_and(|(a, _)| a < e) {
                ipv4 = next_ipv4(line, seps, e);
            }
            push_strong(line, s, e, out);
        }
    }

    /// `hay` is a line or a block of lines. Only the lines that can hold
    /// a valid address (`ipv6_chain`) are searched: no match spans a line
    /// end (none holds `\n`), so what a line's search finds is what a
    /// search of all of `hay` finds on that line.
    fn find_ipv6(&self, hay: &[u8], seps: &[u64], out: &mut Vec<Protected>) {
        let mut from = 0;
        while let Some(at) = ipv6_chain(hay, seps, from) {
            let start = memchr::memrchr(b'\n', &hay[..at]).map_or(0, |i| i + 1);
            let end = memchr::memchr(b'\n', &hay[at..]).map_or(hay.len(), |i| at + i);
            for m in self.ipv6.find_iter(&hay[start..end]) {
                let (s, e) = (start + m.start(), start + m.end());
                if m.as_bytes().iter().filter(|&&b| b == b':').count() >= 2
                    && bounded(hay, s, e)
                    && valid_ipv6(m.as_bytes())
                {
                    out.push(Protected {
                        start: s,
                        end: e,
                        strong: true,
                    });
                }
            }
            from = end;
        }
    }

    fn find_weak(&self, line: &[u8], seps: &[u64], epochs: &[usize], out: &mut Vec<Protected>) {
        weak::for_each(line, seps, epochs, |s, e| {
            if bounded(line, s, e) && !dotted_neighbour(line, s, e) {
                out.push(Protected {
                    start: s,
                    end: e,
                    strong: false,
                });
            }
        });
    }
}

/// The searches `find` runs, in the order it runs them: a line's spans are
/// collected in this order before they are sorted. The weak search reads
/// the epoch starts the hash search found (`runs::scan`).
#[derive(Clone, Copy)]
enum Stage {
    Strong,
    Hashes,
    Ipv6,
    Weak,
}

impl Stage {
    const ALL: [Stage; 4] = [Stage::Strong, Stage::Hashes, Stage::Ipv6, Stage::Weak];
}

/// The protected spans of a block of lines (`Protector::find_block`),
/// handed out line by line.
#[derive(Default)]
pub(crate) struct BlockSpans {
    /// Each stage's spans over the block, in block offsets and in order.
    stages: [Vec<Protected>; Stage::ALL.len()],
    /// Per stage, where the spans after the last line handed out start:
    /// lines come mostly in order, and the next one's spans start there or
    /// a few on. Only a hint, checked before it is used (any line may be
    /// asked for, from any thread).
    next: [AtomicUsize; Stage::ALL.len()],
    /// What the searches read of the block, kept to be refilled.
    reads: Reads,
}

/// What the protector's searches read of a line or a block besides its
/// bytes, found once for all of them.
#[derive(Default)]
pub(crate) struct Reads {
    /// The separator map and the hex digit map (`separators::map`).
    separators: Vec<u64>,
    hex: Vec<u64>,
    /// Where epoch numbers may start, in order (`runs::scan`).
    epochs: Vec<usize>,
}

impl BlockSpans {
    /// Appends the spans of the whole line `block[start..end]` to `out`,
    /// relative to the line and in the order `Protector::find` gives them.
    pub(crate) fn line(&self, start: usize, end: usize, out: &mut Vec<Protected>) {
        for (found, next) in self.stages.iter().zip(&self.next) {
            let first = first_at(found, start, next.load(Relaxed));
            let before = out.len();
            let on_line = found[first..].iter().take_while(|p| p.end <= end);
            out.extend(on_line.map(|p| Protected {
                start: p.start - start,
                end: p.end - start,
                strong: p.strong,
            }));
            next.store(first + out.len() - before, Relaxed);
        }
        // The sequence `find` sorts, sorted the same way: spans that start
        // together come out in the same order.
        out.sort_unstable_by_key(|p| p.start);
    }
}

/// `found.partition_point(|p| p.start < start)`, looked for from `hint` on
/// when no span before it starts at `start` or later: a binary search of a
/// whole block's spans cost more than the rest of handing out a line's.
fn first_at(found: &[Protected], start: usize, hint: usize) -> usize {
    let hint = hint.min(found.len());
    if hint > 0 && found[hint - 1].start >= start {
        return found.partition_point(|p| p.start < start);
    }
    let ahead = &found[hint..];
    match ahead.iter().take(4).position(|p| p.start >= start) {
        Some(k) => hint + k,
        None => hint + ahead.partition_point(|p| p.start < start),
    }
}

/// Keeps the strong match `line[s..e]` unless it is part of something else.
fn push_strong(line: &[u8], s: usize, e: usize, out: &mut Vec<Protected>) {
    // "%2B4915…" is an escaped "+" before a number, "+49-30-12-34-56-78"
    // a phone written like a MAC: neither is a token to keep.
    if !bounded(line, s, e) || (s > 0 && matches!(line[s - 1], b'%' | b'+')) {
        return;
    }
    let text = &line[s..e];
    let (ipv4_like, bare_date) = shape(text);
    if ipv4_like && (dotted_neighbour(line, s, e)) {
        return;
    }
    if bare_date && glued_to_number(line, s, e) {
        return;
    }
    // "32.12.34.40" is also how Danish and Norwegian numbers are
    // written: after a phone key or phrase the number wins.
    let strong = !(ipv4_like && text.split(|&b| b == b'.').all(|o| o.len() == 2));
    out.push(Protected {
        start: s,
        end: e,
        strong,
    });
}

/// Whether `text` reads like an IPv4 address (digits, `:` and exactly
/// three `.`) and like a date without a time (digits and exactly two of
/// `-`, `.` and `/`), in one pass that stops at the first other byte:
/// every strong match is read, and most hold a letter early.
fn shape(text: &[u8]) -> (bool, bool) {
    let (mut dots, mut separators) = (0, 0);
    let (mut ipv4_bytes, mut date_bytes) = (true, true);
    for &b in text {
        match b {
            b'0'..=b'9' => {}
            b'.' => {
                dots += 1;
                separators += 1;
            }
            b'-' | b'/' => {
                separators += 1;
                ipv4_bytes = false;
            }
            b':' => date_bytes = false,
            _ => return (false, false),
        }
    }
    (ipv4_bytes && dots == 3, date_bytes && separators == 2)
}

/// A UUID's length: `8-4-4-4-12` hex digits.
const UUID_LEN: usize = 36;

/// The start of the first UUID in `hay` that starts at or after `from`.
/// Its dashes are its 9th, 14th, 19th and 24th bytes, so only the
/// separators with separators 5, 10 and 15 bytes on (in `seps`, the map
/// of `hay`) are looked at: a memchr for each dash, restarted at every
/// one, cost more, and few dashes have the others where a UUID's are.
/// Its hex digits are read from the hex digit map `hex`, 36 bits at once.
fn next_uuid(hay: &[u8], seps: &[u64], hex: &[u64], from: usize) -> Option<usize> {
    let dashes = |k| {
        let ahead = |n| separators::ahead(seps, k, n);
        separators::word(seps, k) & ahead(5) & ahead(10) & ahead(15)
    };
    separators::offsets(seps.len(), from + 8, dashes)
        .map(|dash| dash - 8)
        .find(|&s| {
            separators::bits_from(hex, s) & UUID_HEX == UUID_HEX
                && UUID_DASHES.iter().all(|&d| hay[s + d] == b'-')
        })
}

/// Where a UUID's dashes are, and a mask of its hex digits' bits.
const UUID_DASHES: [usize; 4] = [8, 13, 18, 23];
const UUID_HEX: u64 = ((1 << UUID_LEN) - 1) & !((1 << 8) | (1 << 13) | (1 << 18) | (1 << 23));

/// Where in `hay[from..]` a line may hold a valid IPv6 address: the
/// colon that ends a `::` or the sixth colon of a chain, colons each
/// followed by at most four hex digits and the next. An address has `::`
/// or six colons or more (eight groups, or six and an IPv4 address), all
/// in such a chain; a line without either yields no span. The colons
/// come from the separator map `seps`: a memchr restarted at each of
/// them cost more.
fn ipv6_chain(hay: &[u8], seps: &[u64], from: usize) -> Option<usize> {
    let mut chain = 0;
    let mut prev: Option<usize> = None;
    let colons = separators::offsets(seps.len(), from, |k| separators::word(seps, k));
    for c in colons.filter(|&c| hay[c] == b':') {
        let joined =
            prev.is_some_and(|p| c - p <= 5 && hay[p + 1..c].iter().all(u8::is_ascii_hexdigit));
        chain = if joined { chain + 1 } else { 1 };
        if chain >= 6 || prev.is_some_and(|p| p + 1 == c) {
            return Some(c);
        }
        prev = Some(c);
    }
    None
}

/// A match glued to letters or digits is part of a larger word, not a token.
fn bounded(line: &[u8], s: usize, e: usize) -> bool {
    (s == 0 || !is_word_byte(line[s - 1])) && (e == line.len() || !is_word_byte(line[e]))
}

/// `1.2.3.4` inside `+32.450.1.2.3.4` is part of a longer dotted number.
fn dotted_neighbour(line: &[u8], s: usize, e: usize) -> bool {
    digit_beyond(line, s, e, b".") || (s >= 1 && line[s - 1] == b'+')
}

/// A digit right beyond one of `seps` on either side of `line[s..e]`.
fn digit_beyond(line: &[u8], s: usize, e: usize, seps: &[u8]) -> bool {
    let before = s >= 2 && seps.contains(&line[s - 1]) && line[s - 2].is_ascii_digit();
    let after = e + 1 < line.len() && seps.contains(&line[e]) && line[e + 1].is_ascii_digit();
    before || after
}

/// `20-31-2022` inside `079-20-31-2022-2` is a stretch of a longer number
/// written in groups, not a date.
fn glued_to_number(line: &[u8], s: usize, e: usize) -> bool {
    digit_beyond(line, s, e, b"-./")
}

fn valid_ipv6(text: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(text) else {
        return false;
    };
    let s = s.strip_prefix('[').unwrap_or(s);
    let s = match s.find(']') {
        Some(i) => &s[..i],
        None => s,
    };
    s.parse::<Ipv6Addr>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(line: &str) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        Protector::new().find(line.as_bytes(), &mut out, &mut Reads::default());
        out.iter()
            .map(|p| (line[p.start..p.end].to_string(), p.strong))
            .collect()
    }

    fn strong(line: &str) -> Vec<String> {
        spans(line)
            .into_iter()
            .filter(|s| s.1)
            .map(|s| s.0)
            .collect()
    }

    #[test]
    fn troubleshooting_tokens_are_protected() {
        let line = "2026-03-15T15:40:05.521Z conv=14409bfc-68fc-4a14-b5ef-8b3e07073b51 from=46.176.91.50:5060 ip=2a00:76a:13a7:49c2:2f6a:5be7:af30:a14a mac=27-74-7d-1d-16-18 sum=67f4826ccb85 t=tel_k1_df4a9327598a9122";
        assert_eq!(
            strong(line),
            [
                "2026-03-15T15:40:05.521Z",
                "14409bfc-68fc-4a14-b5ef-8b3e07073b51",
                "46.176.91.50:5060",
                "2a00:76a:13a7:49c2:2f6a:5be7:af30:a14a",
                "27-74-7d-1d-16-18",
                "67f4826ccb85",
                "tel_k1_df4a9327598a9122",
            ]
        );
    }

    #[test]
    fn loopback_and_compressed_ipv6() {
        assert_eq!(strong("a ::1 b"), ["::1"]);
        assert_eq!(strong("peer [fe80::1]:5060 up"), ["[fe80::1]:5060"]);
    }

    #[test]
    fn digit_runs_and_dotted_phones_are_not_strong() {
        assert!(strong("card 4111111111111111 ok").is_empty());
        assert!(strong("call +32.450.00.82.37 now").is_empty());
        assert!(strong("at 10:20:18").is_empty());
    }

    #[test]
    fn a_date_shape_inside_a_grouped_number_is_not_kept() {
        assert!(strong("tel 079-20-31-2022-2 ok").is_empty());
        assert_eq!(strong("on 20-03-2022 ok"), ["20-03-2022"]);
    }

    #[test]
    fn chromium_timestamps_are_weak() {
        assert_eq!(
            spans("Dropbox[24019]: [0701/114930.512:WARNING:dns_config_service_posix.cc(306)]"),
            [("0701/114930.512".to_string(), false)]
        );
    }

    /// The strong pattern with the UUID alternative it had, as an oracle for
    /// `find_strong`'s merge. First rather than second: no UUID starts
    /// where one of our tokens does, so the order of the two is moot.
    fn strong_with_uuids() -> Regex {
        const UUID: &str =
            r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}";
        Regex::new(&format!(
            "(?-u)(?:{UUID})|(?:{})|(?:{})",
            strong::STRONG,
            ipv4::IPV4
        ))
        .expect("valid")
    }

    proptest::proptest! {
        #[test]
        fn shape_as_its_two_tests(text in "[0-9.:/a-]{0,24}") {
            let text = text.as_bytes();
            let ipv4_like = text.iter().filter(|&&b| b == b'.').count() == 3
                && text.iter().all(|b| b.is_ascii_digit() || b".:".contains(b));
            let bare_date = text.iter().filter(|b| matches!(b, b'-' | b'.' | b'/')).count() == 2
                && text.iter().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'.' | b'/'));
            proptest::prop_assert_eq!(shape(text), (ipv4_like, bare_date));
        }
    }

    proptest::proptest! {
        #[test]
        fn strong_spans_as_the_pattern_with_uuids_finds_them(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..80)
        ) {
            let line = pieces.concat();
            let line = line.as_bytes();
            let (mut ours, mut seps, mut hex) = (Vec::new(), Vec::new(), Vec::new());
            separators::map(line, &mut seps, &mut hex);
            Protector::new().find_strong(line, &seps, &hex, &mut ours);
            let mut theirs = Vec::new();
            for m in strong_with_uuids().find_iter(line) {
                push_strong(line, m.start(), m.end(), &mut theirs);
            }
            proptest::prop_assert_eq!(ours, theirs);
        }
    }

    /// Does `text` open with a UUID (any case of hex digit)?
    fn is_uuid(text: &[u8]) -> bool {
        text.len() >= UUID_LEN
            && text[..UUID_LEN].iter().enumerate().all(|(i, b)| match i {
                8 | 13 | 18 | 23 => *b == b'-',
                _ => b.is_ascii_hexdigit(),
            })
    }

    proptest::proptest! {
        /// The separator map's candidates and the hex digit map give the
        /// first UUID at or after each offset, as the test of every offset
        /// does.
        #[test]
        fn uuids_as_every_offset_finds_them(
            pieces in proptest::collection::vec(proptest::sample::select(&[
                "14409bfc-68fc-4a14-b5ef-8b3e07073b51", "14409bfc-", "68fc-", "b5ef-8b3e-",
                "8b3e07073b51", "-", ".", ":", "a", "0", "g",
            ][..]), 0..24)
        ) {
            let line = pieces.concat();
            let line = line.as_bytes();
            let (mut seps, mut hex) = (Vec::new(), Vec::new());
            separators::map(line, &mut seps, &mut hex);
            for from in 0..=line.len() {
                let theirs = (from..line.len()).find(|&s| is_uuid(&line[s..]));
                proptest::prop_assert_eq!(next_uuid(line, &seps, &hex, from), theirs);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn first_at_is_the_partition_point(
            mut starts in proptest::collection::vec(0usize..30, 0..20),
            start in 0usize..32,
            hint in 0usize..24,
        ) {
            starts.sort_unstable();
            let found: Vec<_> = starts.iter().map(|&s| Protected { start: s, end: s + 1, strong: true }).collect();
            let theirs = found.partition_point(|p| p.start < start);
            proptest::prop_assert_eq!(first_at(&found, start, hint), theirs);
        }
    }

    /// The IPv6 search `find_ipv6` replaced, every line searched, as an
    /// oracle.
    fn ipv6_everywhere(p: &Protector, line: &[u8]) -> Vec<Protected> {
        let mut out = Vec::new();
        for m in p.ipv6.find_iter(line) {
            if bounded(line, m.start(), m.end()) && valid_ipv6(m.as_bytes()) {
                out.push(Protected {
                    start: m.start(),
                    end: m.end(),
                    strong: true,
                });
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn ipv6_lines_as_a_search_of_every_line(line in "[0-9a-fA-F:.\\[\\] g\n]{0,60}") {
            let p = Protector::new();
            let (mut ours, mut seps) = (Vec::new(), Vec::new());
            separators::map(line.as_bytes(), &mut seps, &mut Vec::new());
            p.find_ipv6(line.as_bytes(), &seps, &mut ours);
            proptest::prop_assert_eq!(ours, ipv6_everywhere(&p, line.as_bytes()));
        }
    }

    /// Pieces of protected tokens, their neighbours and line ends, for
    /// blocks where spans meet, touch and stop at line ends.
    const PIECES: &[&str] = &[
        "10.1.2.3",
        "255.",
        "256.",
        "05.",
        "1.",
        "14409bfc-68fc-4a14-b5ef-8b3e07073b51",
        "14409bfc-68fc-4a14-",
        "b5ef-8b3e07073b51",
        "ABCDEF12",
        ":5060",
        "2026-03-15",
        "T10:20:18Z",
        "24.12.2025",
        "fe80::1",
        "::",
        "67f4826ccb85",
        "27-74-7d-1d-16-18",
        "v1.2.3",
        "1773945479526",
        "0701/114930.512",
        "tel_k1_df4a9327598a9122",
        "Nov 25 09:14:07",
        "+",
        "%",
        "-",
        ".",
        ":",
        "/",
        "_",
        " ",
        "a",
        "0",
        "12",
        "\n",
        "\r\n",
    ];

    proptest::proptest! {
        #[test]
        fn a_block_finds_what_each_of_its_lines_finds(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..80)
        ) {
            let block = pieces.concat();
            let p = Protector::new();
            let mut spans = BlockSpans::default();
            p.find_block(block.as_bytes(), &mut spans);
            let mut at = 0;
            for line in block.split('\n') {
                let body = line.strip_suffix('\r').unwrap_or(line);
                let (mut ours, mut theirs) = (Vec::new(), Vec::new());
                spans.line(at, at + body.len(), &mut ours);
                p.find(body.as_bytes(), &mut theirs, &mut Reads::default());
                proptest::prop_assert_eq!(ours, theirs);
                at += line.len() + 1;
            }
        }
    }

    #[test]
    fn versions_and_epochs_are_weak() {
        assert_eq!(
            spans("engine 3.19.4-rc.2 epoch=1773945479526"),
            [
                ("3.19.4-rc.2".to_string(), false),
                ("1773945479526".to_string(), false)
            ]
        );
    }
}
