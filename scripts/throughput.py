#!/usr/bin/env python3
"""Throughput of the `scrubline` sidecar against `cat` and a naive `sed -E`
redactor, measured in one run, interleaved, on two inputs:

- the evaluation sample (../shared/eval/data/sample.log, 60 % PII lines)
  repeated to --mb;
- PII-free system logs from scripts/gen_logs.py (--mb).

Each round runs every command once, in turn, on the same file; --runs
rounds, the median of each is reported. The machine is shared, so absolute
MB/s are noise: the ratios to `cat` from the same run are the figures.
Output goes to a pipe read in 1 MiB chunks, as a log shipper (and the
evaluation scorer) reads it. Peak RSS comes from /usr/bin/time.

Also: peak RSS of scrubline at 10 MB and at --rss-gb of input (memory must
not grow with input), and how many PII-free lines scrubline changed (each
one a false positive). Writes benches/RESULTS.md.

Run through scripts/throughput.sh, which builds the release binary first.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "target", "throughput")
# The DESIGN.md test key: tokens here match the documented test vectors.
TEST_KEY = b"scrubline-test-key-0123456789abcdef"

# What a user writes in five minutes: emails, card-like and phone-like digit
# runs. Cards first, or the phone pattern eats them.
SED = [
    "sed", "-E",
    "-e", r"s/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/[email]/g",
    "-e", r"s/\b[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}\b/[card]/g",
    "-e", r"s/\+?[0-9][0-9 ().-]{7,}[0-9]/[phone]/g",
]


def run(argv, path):
    """Pipes `path` through `argv`; returns seconds, output lines, peak RSS.

    Peak RSS comes from /usr/bin/time: Python spawns children with vfork,
    and Linux then charges the child with the parent's (Python's) peak.
    """
    with open(path, "rb") as fin, tempfile.NamedTemporaryFile("r") as rss, tempfile.TemporaryFile() as err:
        t0 = time.monotonic()
        p = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", rss.name] + argv, stdin=fin, stdout=subprocess.PIPE,
                             stderr=err)
        fd, lines = p.stdout.fileno(), 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            lines += chunk.count(b"\n")
        code = p.wait()
        wall = time.monotonic() - t0
        p.stdout.close()
        if code != 0:
            err.seek(0)
            sys.exit("%s failed (%s): %s" % (argv[0], code, err.read()[-500:].decode(errors="replace")))
        return {"s": wall, "lines": lines, "rss_kb": int(rss.read().split()[-1])}


def repeat_to(src, mb, dst):
    """`src` repeated to at least `mb` MB, cached in `dst`."""
    size = os.path.getsize(src)
    reps = max(1, -(-int(mb * 1e6) // size))
    if not (os.path.exists(dst) and os.path.getsize(dst) == reps * size):
        with open(dst + ".part", "wb") as out:
            for _ in range(reps):
                with open(src, "rb") as f:
                    shutil.copyfileobj(f, out, 1 << 24)
        os.replace(dst + ".part", dst)
    return dst


def generated(mb, seed=1):
    dst = os.path.join(WORK, "pii_free_%gmb_s%d.log" % (mb, seed))
    if not os.path.exists(dst):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen_logs.py"),
                        "--mb", str(mb), "--seed", str(seed), "--out", dst], check=True)
    return dst


def count_lines(path):
    n = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 24):
            n += chunk.count(b"\n")
    return n


def commands(binary, key):
    base = [binary, "--key-file", key, "--key-id", "k1"]
    help_text = subprocess.run([binary, "--help"], capture_output=True, text=True).stdout
    cmds = [("cat", ["cat"])]
    if "--threads" in help_text:
        cores = os.cpu_count() or 1
        cmds.append(("scrubline --threads 1", base + ["--threads", "1"]))
        if cores > 1:
            cmds.append(("scrubline --threads %d" % cores, base + ["--threads", str(cores)]))
    else:
        cmds.append(("scrubline", base))
    cmds.append(("naive sed -E", SED))
    return cmds


def measure(name, path, cmds, runs):
    """Interleaved rounds; the median run of each command by MB/s."""
    size, n_lines = os.path.getsize(path), count_lines(path)
    with open(path, "rb") as f:  # warm the page cache so cat's first run is fair
        while f.read(1 << 24):
            pass
    results = {label: [] for label, _ in cmds}
    for r in range(runs):
        for label, argv in cmds:
            res = run(argv, path)
            if label != "naive sed -E" and res["lines"] != n_lines:
                sys.exit("%s wrote %d lines for %d in" % (label, res["lines"], n_lines))
            results[label].append(res)
            print("  %-8s round %d/%d  %-24s %8.1f MB/s" % (name, r + 1, runs, label, size / 1e6 / res["s"]), flush=True)
    rows = []
    for label, _ in cmds:
        s = statistics.median(x["s"] for x in results[label])
        rss = max(x["rss_kb"] for x in results[label])
        rows.append({"label": label, "mbps": size / 1e6 / s, "lps": n_lines / s, "rss_mb": rss / 1024})
    cat = rows[0]["mbps"]
    sed = rows[-1]["mbps"]
    for row in rows:
        row["x_cat"] = row["mbps"] / cat
        row["x_sed"] = row["mbps"] / sed
    return {"name": name, "mb": size / 1e6, "lines": n_lines, "rows": rows}


def false_positives(binary, key, path, limit_mb=5):
    """PII-free lines scrubline changed, on the first `limit_mb` of `path`."""
    with open(path, "rb") as f:
        data = f.read(int(limit_mb * 1e6))
    data = data[: data.rfind(b"\n") + 1]
    out = subprocess.run([binary, "--key-file", key, "--key-id", "k1"], input=data, capture_output=True, check=True).stdout
    changed = [(a, b) for a, b in zip(data.splitlines(), out.splitlines()) if a != b]
    return len(data.splitlines()), changed


def table(m):
    out = ["**%s** (%.0f MB, %d lines)\n" % (m["name"], m["mb"], m["lines"]),
           "| command | MB/s | lines/s | × cat | × sed | peak RSS |",
           "|---|---:|---:|---:|---:|---:|"]
    for r in m["rows"]:
        out.append("| `%s` | %.1f | %s | %.3f | %.1f | %.1f MB |" % (
            r["label"], r["mbps"], "{:,.0f}".format(r["lps"]), r["x_cat"], r["x_sed"], r["rss_mb"]))
    return "\n".join(out) + "\n"


def write_results(path, args, measured, rss, fp):
    # "-dirty": the binary was built from uncommitted changes too.
    commit = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"], capture_output=True,
                            text=True).stdout.strip()
    lines = [
        "# Throughput",
        "",
        "Written by `scripts/throughput.sh` (commit %s, %s UTC, %d cores, load average %.1f, %d rounds, median run)."
        % (commit, time.strftime("%Y-%m-%d %H:%M", time.gmtime()), os.cpu_count() or 1, os.getloadavg()[0], args.runs),
        "The commands ran interleaved on the same files in one run; on a shared machine",
        "the ratios (× cat, × sed) are the figures, absolute MB/s are noise.",
        "Output is read from a pipe in 1 MiB chunks; `cat` is the ceiling of that pipe.",
        "",
    ]
    if os.getloadavg()[0] > (os.cpu_count() or 1):
        lines += ["The load was above the core count: extra threads found no idle core, so compare",
                  "thread counts on an idle machine.", ""]
    for m in measured:
        lines += [table(m)]
    if rss:
        lines += ["**Peak RSS against input size** (`%s`)\n" % rss[0][0], "| input | peak RSS |", "|---:|---:|"]
        lines += ["| %.0f MB | %.1f MB |" % (mb, kb / 1024) for _, mb, kb in rss]
        lines += [""]
    if fp:
        n, changed = fp
        lines += ["PII-free lines changed by scrubline (false positives): %d of %d." % (len(changed), n), ""]
    lines += ["Naive `sed -E` redactor (emails, card-like and phone-like digit runs):", "", "```",
              " ".join("'%s'" % a if " " in a or "\\" in a else a for a in SED), "```", ""]
    with open(path, "w") as f:
        f.write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=200, help="size of each input in MB (default 200)")
    ap.add_argument("--runs", type=int, default=3, help="interleaved rounds; the median is reported (default 3)")
    ap.add_argument("--rss-gb", type=float, default=1, help="large input for the RSS check, GB; 0 skips it (default 1)")
    ap.add_argument("--sample", default=os.path.join(ROOT, "..", "shared", "eval", "data", "sample.log"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "scrubline"))
    ap.add_argument("--results", default=os.path.join(ROOT, "benches", "RESULTS.md"), help="markdown to write; '-' skips")
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    # A copy, so that a rebuild during the run cannot swap engines between rounds.
    binary = os.path.join(WORK, "scrubline")
    shutil.copy2(args.bin, binary)
    key = os.path.join(WORK, "key")
    with open(key, "wb") as f:
        f.write(TEST_KEY)
    cmds = commands(binary, key)
    inputs = [("PII-free logs", generated(args.mb))]
    if os.path.exists(args.sample):
        inputs.insert(0, ("sample corpus", repeat_to(args.sample, args.mb, os.path.join(WORK, "sample_%gmb.log" % args.mb))))
    else:
        print("no sample corpus at %s: measuring PII-free logs only" % args.sample)
    measured = [measure(name, path, cmds, args.runs) for name, path in inputs]

    # Memory must not grow with input: the same command at 10 MB and at
    # --rss-gb of PII-free logs (the fastest input to push 1 GB through;
    # buffers, not content, set the footprint).
    rss = []
    if args.rss_gb > 0:
        label, argv = cmds[-2]
        for mb in (10, args.rss_gb * 1000):
            src = generated(10) if mb == 10 else inputs[-1][1]
            path = repeat_to(src, mb, os.path.join(WORK, "rss_%gmb.log" % mb))
            rss.append((label, os.path.getsize(path) / 1e6, run(argv, path)["rss_kb"]))
            if mb > 10:
                os.unlink(path)  # 1 GB is not worth keeping on disk

    fp = false_positives(binary, key, inputs[-1][1])
    for m in measured:
        print("\n" + table(m))
    for label, mb, kb in rss:
        print("peak RSS %-24s %7.0f MB input: %6.1f MB" % (label, mb, kb / 1024))
    print("PII-free lines changed: %d of %d" % (len(fp[1]), fp[0]))
    for a, b in fp[1][:8]:
        print("  - %s\n  + %s" % (a.decode(errors="replace"), b.decode(errors="replace")))
    if args.results != "-":
        write_results(args.results, args, measured, rss, fp)
        print("\nwrote %s" % os.path.relpath(args.results, ROOT))


if __name__ == "__main__":
    main()
