#!/usr/bin/env python3
"""figura beside Microsoft Recognizers-Text on the same English news text (benchmarks/README.md).

Installs @microsoft/recognizers-text-suite from the npm registry with npm (into a cache directory,
outside the build; never during the build or the tests), generates the text with figura_bench_inputs,
then prints bytes per second for each, the ratio, and which money figures each found. Skips cleanly
(exit 0, a line saying why) without node/npm or without network.

    benchmarks/compare/compare.py [--figura build/release/figura]
        [--inputs build/release/benchmarks/figura_bench_inputs] [--bytes 100000] [--runs 11] [--their-runs 1]
        [--steady-bytes 8000000] [--steady-runs 5]

figura is timed as a whole process (`figura extract --format jsonl --jobs 1`: start-up included),
Recognizers-Text inside node after its modules are loaded, so the first ratio is the conservative one;
the second times figura on the same text repeated to 8 MB, where its start-up is amortized as node's
module loading is excluded from Recognizers-Text's time. The ratios use CPU time (rusage for figura,
process.cpuUsage() in node), which other load on the machine disturbs less than wall time; both are
printed.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

PACKAGE = "@microsoft/recognizers-text-suite"
VERSION = "1.3.1"


def skip(why):
    print(f"compare: skipped: {why}")
    sys.exit(0)


def install(directory):
    marker = os.path.join(directory, "node_modules", "@microsoft", "recognizers-text-suite", "package.json")
    if os.path.exists(marker):
        with open(marker) as f:
            if json.load(f).get("version") == VERSION:
                return
    os.makedirs(directory, exist_ok=True)
    try:
        subprocess.run(["npm", "install", "--prefix", directory, "--no-audit", "--no-fund", "--no-save",
                        f"{PACKAGE}@{VERSION}"], check=True, timeout=300,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (subprocess.SubprocessError, OSError):
        skip(f"cannot install {PACKAGE}@{VERSION} from the npm registry (offline?)")


def line_starts(text):
    starts = [0]
    for i, b in enumerate(text):
        if b == 0x0A:
            starts.append(i + 1)
    return starts


def time_figura(figura, path, out_path, runs):
    """Median wall and CPU seconds of `figura extract --format jsonl --jobs 1 PATH` as a whole process."""
    walls = []
    cpus = []
    argv = [figura, "extract", "--format", "jsonl", "--jobs", "1", path]
    for _ in range(runs):
        with open(out_path, "wb") as sink:
            start = time.perf_counter()
            pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, sink.fileno(), 1)])
            _, status, usage = os.wait4(pid, 0)
            walls.append(time.perf_counter() - start)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit("compare: figura failed")
        cpus.append(usage.ru_utime + usage.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    cache = os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache"))
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--figura", default=f"{root}/build/release/figura")
    p.add_argument("--inputs", default=f"{root}/build/release/benchmarks/figura_bench_inputs")
    p.add_argument("--install-dir", default=os.path.join(cache, "figura", "compare"))
    p.add_argument("--bytes", type=int, default=100_000, help="size of the text given to both")
    p.add_argument("--runs", type=int, default=11, help="figura runs")
    p.add_argument("--steady-bytes", type=int, default=8_000_000,
                   help="figura also reads the text repeated to this size (start-up amortized)")
    p.add_argument("--steady-runs", type=int, default=5, help="figura runs on the repeated text")
    p.add_argument("--their-runs", type=int, default=1, help="Recognizers-Text runs (about 10 s each per 100 KB)")
    p.add_argument("--show", type=int, default=8, help="figures to list in each group")
    args = p.parse_args()

    if not shutil.which("node") or not shutil.which("npm"):
        skip("node and npm are needed (Debian: nodejs npm)")
    for tool in (args.figura, args.inputs):
        if not os.access(tool, os.X_OK):
            sys.exit(f"compare: {tool} is not an executable (build it in Release first)")
    install(args.install_dir)

    with tempfile.TemporaryDirectory(prefix="figura-compare-") as tmp:
        subprocess.run([args.inputs, tmp], check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(tmp, "english-8mb.txt"), "rb") as f:
            text = f.read()
        cut = text.rfind(b"\n", 0, args.bytes) + 1
        text = text[:cut]
        path = os.path.join(tmp, "news.txt")
        with open(path, "wb") as f:
            f.write(text)

        out_path = os.path.join(tmp, "figura.jsonl")
        figura_seconds, figura_cpu = time_figura(args.figura, path, out_path, args.runs)
        # The same text repeated to --steady-bytes, so that figura's start-up (which Recognizers-Text's
        # module loading, excluded from its time, corresponds to) is amortized as well.
        copies = max(1, -(-args.steady_bytes // len(text)))
        big_path = os.path.join(tmp, "news-repeated.txt")
        with open(big_path, "wb") as f:
            f.write(text * copies)
        steady_seconds, steady_cpu = time_figura(args.figura, big_path, os.devnull, args.steady_runs)
        with open(out_path, "rb") as f:
            out = f.read()
        starts = line_starts(text)
        ours = []
        for line in out.splitlines():
            record = json.loads(line)
            if record.get("type") == "figure" and record["kind"] == "money":
                span = record["span"]
                first = starts[span["line"] - 1]
                ours.append({"line": span["line"], "begin": span["begin"] - first, "end": span["end"] - first,
                             "text": record["text"], "value": record["value"], "unit": record["currency"]["code"]})

        times = []
        their_cpus = []
        theirs = []
        for _ in range(args.their_runs):
            result = subprocess.run(["node", os.path.join(here, "recognizers.js"), path,
                                     os.path.join(args.install_dir, "node_modules")],
                                    check=True, stdout=subprocess.PIPE).stdout
            data = json.loads(result)
            times.append(data["seconds"])
            their_cpus.append(data["cpuSeconds"])
            theirs = [{"line": f["line"], "begin": f["begin"], "end": f["end"], "text": f["text"],
                       "value": f["resolution"].get("value"), "unit": f["resolution"].get("unit")}
                      for f in data["figures"]]
        their_seconds = statistics.median(times)
        their_cpu = statistics.median(their_cpus)

    size = len(text)
    print(f"text: {size:,} bytes of generated English news (figura_bench_inputs, english-8mb.txt cut at a line end)")
    print(f"figura:           wall {figura_seconds * 1000:10.1f} ms ({size / figura_seconds / 1e6:8.3f} MB/s), "
          f"CPU {figura_cpu * 1000:10.1f} ms ({size / figura_cpu / 1e6:8.3f} MB/s)  whole process, median of {args.runs}")
    print(f"Recognizers-Text: wall {their_seconds * 1000:10.1f} ms ({size / their_seconds / 1e6:8.3f} MB/s), "
          f"CPU {their_cpu * 1000:10.1f} ms ({size / their_cpu / 1e6:8.3f} MB/s)  {VERSION} in node, modules loaded, "
          f"median of {len(times)}")
    big = size * copies
    print(f"figura, repeated: wall {steady_seconds * 1000:10.1f} ms ({big / steady_seconds / 1e6:8.3f} MB/s), "
          f"CPU {steady_cpu * 1000:10.1f} ms ({big / steady_cpu / 1e6:8.3f} MB/s)  the same text {copies}x "
          f"({big:,} bytes), whole process, median of {args.steady_runs}")
    their_rate = size / their_cpu
    print(f"ratio: figura reads {size / figura_cpu / their_rate:,.0f}x the bytes per CPU second on the text itself "
          f"(start-up included; {their_seconds / figura_seconds:,.0f}x per wall second), "
          f"{big / steady_cpu / their_rate:,.0f}x with its start-up amortized "
          f"({big / steady_seconds / (size / their_seconds):,.0f}x per wall second)")

    def overlaps(a, b):
        return a["line"] == b["line"] and a["begin"] < b["end"] and b["begin"] < a["end"]

    both = [(a, next(b for b in theirs if overlaps(a, b))) for a in ours if any(overlaps(a, b) for b in theirs)]
    only_ours = [a for a in ours if not any(overlaps(a, b) for b in theirs)]
    only_theirs = [b for b in theirs if not any(overlaps(a, b) for a in ours)]
    print(f"money figures: figura {len(ours)}, Recognizers-Text {len(theirs)}; overlapping {len(both)}, "
          f"figura only {len(only_ours)}, Recognizers-Text only {len(only_theirs)}")
    print("  both (figura | Recognizers-Text):")
    for a, b in both[:args.show]:
        print(f"    {a['line']}: {a['text']!r} = {a['value']} {a['unit']}  |  {b['text']!r} = {b['value']} {b['unit']}")
    print("  figura only:")
    for a in only_ours[:args.show]:
        print(f"    {a['line']}: {a['text']!r} = {a['value']} {a['unit']}")
    print("  Recognizers-Text only:")
    for b in only_theirs[:args.show]:
        print(f"    {b['line']}: {b['text']!r} = {b['value']} {b['unit']}")


if __name__ == "__main__":
    main()
