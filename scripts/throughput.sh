#!/usr/bin/env bash
# Builds the release sidecar, then measures it against cat and sed -E:
#   scripts/throughput.sh              # 200 MB inputs, 3 rounds, 1 GB RSS check
#   scripts/throughput.sh --mb 20 --runs 1 --rss-gb 0 --results -   # smoke run
# Inputs are generated under target/throughput/; the table goes to
# benches/RESULTS.md. Options: scripts/throughput.py --help.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p scrubline-sidecar
exec python3 scripts/throughput.py "$@"
