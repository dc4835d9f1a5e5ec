#!/usr/bin/env bash
# End-to-end: Debian's rsyslog reads a log file (imfile), pipes each line
# through `scrubline` (omprog) and the file omprog writes must hold the
# redacted lines, in order, one for one. Installs rsyslog when absent
# (needs root); skips with a message only where it cannot be installed.
#
# Usage: scripts/sidecar-rsyslog-e2e.sh   (from anywhere; SCRUBLINE_BIN to
# test a given binary instead of building the debug one)
set -euo pipefail
cd "$(dirname "$0")/.."

skip() { echo "sidecar-rsyslog-e2e: skipped: $*"; exit 0; }

if ! command -v rsyslogd >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || skip "rsyslog is absent and installing it needs root"
    command -v apt-get >/dev/null 2>&1 || skip "rsyslog is absent and there is no apt-get"
    echo "sidecar-rsyslog-e2e: installing rsyslog"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends rsyslog; } \
        >/tmp/sidecar-rsyslog-apt.log 2>&1 || skip "apt-get install rsyslog failed (see /tmp/sidecar-rsyslog-apt.log)"
fi

bin=${SCRUBLINE_BIN:-}
if [ -z "$bin" ]; then
    cargo build -q -p scrubline-sidecar
    bin=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/debug/scrubline
fi
bin=$(realpath "$bin")

work=$(mktemp -d /tmp/sidecar-rsyslog.XXXXXX)
rsyslog_pid=
cleanup() {
    if [ -n "$rsyslog_pid" ]; then kill "$rsyslog_pid" 2>/dev/null || true; wait "$rsyslog_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

printf 'scrubline-test-key-0123456789abcdef\n' >"$work/k1.key"
cat >"$work/scrubline.toml" <<TOML
key_file = "k1.key"
default_region = "DE"
threads = 2
TOML

# The input: numbers in several written forms, names, emails, cards, and
# lines with nothing to redact; every number is the same one.
lines=2000
for i in $(seq 1 "$lines"); do
    case $((i % 5)) in
        0) echo "2026-03-04T13:59:31Z INFO call $i from 46.176.91.50 for Kunde Gertrude Förster unter 0151 23421279" ;;
        1) echo "2026-03-04T13:59:32Z INFO sms $i to +49 151 23421279 via anna.schmidt@example.de" ;;
        2) echo "2026-03-04T13:59:33Z WARN payment $i card 4111 1111 1111 1111 declined" ;;
        3) echo "2026-03-04T13:59:34Z INFO request $i id=550e8400-e29b-41d4-a716-446655440000 took 12ms" ;;
        4) echo "2026-03-04T13:59:35Z INFO callback $i tel:+49-151-23421279 done" ;;
    esac
done >"$work/app.log"

cat >"$work/rsyslog.conf" <<CONF
global(workDirectory="$work")
module(load="imfile")
module(load="omprog")
template(name="line" type="string" string="%rawmsg%\n")
input(type="imfile" file="$work/app.log" tag="app" ruleset="scrub")
ruleset(name="scrub") {
    action(type="omprog"
           binary="$bin --config $work/scrubline.toml"
           template="line"
           output="$work/scrubbed.log")
}
CONF

rsyslogd -N1 -f "$work/rsyslog.conf" >"$work/validate.log" 2>&1 || { cat "$work/validate.log"; exit 1; }
rsyslogd -n -f "$work/rsyslog.conf" -i "$work/rsyslog.pid" >"$work/rsyslog.out" 2>&1 &
rsyslog_pid=$!

# omprog's output file fills as scrubline writes; wait for every line.
for _ in $(seq 1 300); do
    if [ -f "$work/scrubbed.log" ] && [ "$(wc -l <"$work/scrubbed.log")" -ge "$lines" ]; then break; fi
    sleep 0.1
done
# Stopping rsyslog closes scrubline's stdin: it must end cleanly at EOF.
kill "$rsyslog_pid"
wait "$rsyslog_pid" || true
rsyslog_pid=

fail() { echo "sidecar-rsyslog-e2e: FAILED: $*"; echo "--- rsyslog:"; cat "$work/rsyslog.out"; echo "--- output head:"; head -5 "$work/scrubbed.log" 2>/dev/null; exit 1; }
out="$work/scrubbed.log"
[ -f "$out" ] || fail "omprog wrote no output file"
got=$(wc -l <"$out")
[ "$got" = "$lines" ] || fail "$got lines out for $lines in"
if grep -q -E '23421279|4111 1111|Förster|anna\.schmidt' "$out"; then fail "raw personal data in the output"; fi
token=tel_k1_df4a9327598a9122
[ "$(grep -c "$token" "$out")" = "$((lines * 3 / 5))" ] || fail "expected the number's token on 3 of 5 lines"
# In order and otherwise untouched: the per-line counter and the kept fields.
seq 1 "$lines" | diff -q - <(sed -E 's/^[^ ]+ [A-Z]+ [a-z]+ ([0-9]+) .*/\1/' "$out") >/dev/null || fail "lines out of order"
grep -q '46.176.91.50' "$out" || fail "the source IP was not kept"
grep -q '550e8400-e29b-41d4-a716-446655440000' "$out" || fail "the UUID was not kept"
grep -q "Kunde \[name\] unter $token" "$out" || fail "name and national-format number not redacted as expected"
echo "sidecar-rsyslog-e2e: ok: rsyslog omprog -> scrubline -> $got redacted lines in order"
