#!/usr/bin/env bash
# Builds every fuzz target and runs each for a short smoke period (CI).
#
#   scripts/fuzz-smoke.sh [SECONDS]      default 30 per target
#
# CI must not fail at random: each target runs a fixed number of inputs
# from a fixed seed (SCRUBLINE_FUZZ_RUNS, default 80000; SECONDS caps the
# time), so a clean clone replays exactly the inputs checked before the
# commit. Longer, seedless runs belong to fuzz/README.md's "Running longer".
#
# Needs a nightly toolchain; installs cargo-fuzz when it is missing. Each
# target starts from whatever corpus a previous run left in fuzz/corpus/
# (not from fuzz/regressions/: `cargo test` replays those, and open bugs
# kept there would fail every smoke run). A crash fails the script and
# leaves its input in fuzz/artifacts/<target>/ (see fuzz/README.md).
set -euo pipefail

secs="${1:-30}"
runs="${SCRUBLINE_FUZZ_RUNS:-80000}"
cd "$(dirname "$0")/../fuzz"

if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    cargo install --locked cargo-fuzz
fi

# Debug assertions and overflow checks on (cargo-fuzz's default); no
# AddressSanitizer: the engine has no unsafe code, and ASan halves the
# executions a short run gets.
flags=(--sanitizer none)
cargo +nightly fuzz build "${flags[@]}"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for target in $(cargo +nightly fuzz list); do
    echo "== fuzz $target for ${secs}s"
    mkdir -p "corpus/$target"
    if ! cargo +nightly fuzz run "${flags[@]}" "$target" "corpus/$target" -- \
        -seed=1 -runs="$runs" -max_total_time="$secs" -print_final_stats=1 >"$log" 2>&1; then
        tail -n 40 "$log"
        echo "fuzz target $target failed to build or run; a crash leaves its input in fuzz/artifacts/$target/" >&2
        exit 1
    fi
    grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$log"
done
