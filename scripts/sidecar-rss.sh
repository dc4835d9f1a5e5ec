#!/usr/bin/env bash
# Peak RSS of `scrubline` filtering a small and a large input made by
# repeating the shared sample: memory must stay flat (large within 2x of
# small). Slow at full size (the engine does about 1 MB/s per core on the
# sample); not part of CI.
#
# Usage: scripts/sidecar-rss.sh [SMALL_MB [LARGE_MB]]   (default 10 1000)
set -euo pipefail
cd "$(dirname "$0")/.."

small_mb=${1:-10}
large_mb=${2:-1000}
sample=../shared/eval/data/sample.log
[ -f "$sample" ] || { echo "sidecar-rss: skipped: $sample is absent"; exit 0; }
[ -x /usr/bin/time ] || { echo "sidecar-rss: skipped: /usr/bin/time is absent (apt-get install time)"; exit 0; }

cargo build -q --release -p scrubline-sidecar
bin=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/release/scrubline
work=$(mktemp -d /tmp/sidecar-rss.XXXXXX)
trap 'rm -rf "$work"' EXIT
printf 'scrubline-test-key-0123456789abcdef\n' >"$work/k1.key"

# Repeats the sample up to MB megabytes, streamed: no input file needed.
feed() {
    local bytes=$(($1 * 1000000)) size
    size=$(stat -c %s "$sample")
    for _ in $(seq 1 $(((bytes + size - 1) / size))); do cat "$sample"; done
}

peak_kb() {
    feed "$1" | /usr/bin/time -f %M -o "$work/rss" "$bin" --key-file "$work/k1.key" --default-region DE >/dev/null
    cat "$work/rss"
}

small=$(peak_kb "$small_mb")
large=$(peak_kb "$large_mb")
echo "sidecar-rss: peak RSS ${small_mb} MB input: ${small} KiB; ${large_mb} MB input: ${large} KiB"
[ "$large" -le $((small * 2)) ] || { echo "sidecar-rss: FAILED: memory grows with input size"; exit 1; }
echo "sidecar-rss: ok: within 2x"
