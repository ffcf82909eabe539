"""Archive-scale check on Dask: a generated JSON Lines archive checked on a LocalCluster of 1 and of 2
workers, compared with `figura check --jsonl` on the same file, with articles/s for each.

    FIGURA_RATES_DIR=$(mktemp -d) PYTHONPATH=build/release/python \\
        python3 benchmarks/python/dask_archive.py --cli build/release/figura [--articles 20000]

Workers are processes with one thread each, started and warmed up (figura imported, rate table
loaded) before the clock starts; the time is from submitting the graph to having every report back
in this process. The CLI's time is the whole `figura check --jsonl FILE --format json --jobs N` process,
for each N of --cli-jobs; CPU times are user + system (the CLI's from its rusage, the workers' from
their own, measured across the run), which the machine's other load disturbs less than wall time. The
run fails (exit 1) when any worker count's reports differ from the CLI's. benchmarks/python/README.md
has the results on the project's machine.
"""

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time

import distributed

import figura
import figura.dask

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import archive  # noqa: E402


def warm_up() -> int:
    import figura as f

    f.RateTable.default()
    return os.getpid()


def cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True, help="the figura tool of the same build")
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--workers", default="1,2", help="worker counts to run, comma-separated")
    parser.add_argument("--cli-jobs", default="1,2", help="`figura check --jobs` values to run, comma-separated")
    parser.add_argument("--blocksize", type=int, default=figura.dask.DEFAULT_BLOCKSIZE)
    parser.add_argument("--archive", help="use (or write) this file instead of a temporary one")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        path = args.archive or os.path.join(scratch, "archive.jsonl")
        if not os.path.exists(path):
            archive.write_archive(path, args.articles)
        size = os.path.getsize(path)

        # The CLI as a whole process; the first --jobs value's reports are what Dask must give, and
        # every other --jobs value must give them too.
        want = None
        status = 0
        for jobs in [int(j) for j in args.cli_jobs.split(",")]:
            argv = [args.cli, "check", "--jsonl", path, "--format", "json", "--jobs", str(jobs)]
            before = os.times()
            start = time.perf_counter()
            done = subprocess.run(argv, capture_output=True, check=False)
            seconds = time.perf_counter() - start
            after = os.times()
            cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
            if done.returncode not in (0, 1, 2):
                print(done.stderr.decode(), file=sys.stderr)
                return 1
            got = json.loads(done.stdout)["articles"]
            if want is None:
                want = got
                findings = sum(len(a["findings"]) for a in want)
                print(f"archive: {len(want)} articles, {size / 1e6:.1f} MB, {findings} findings; "
                      f"blocks of {args.blocksize} bytes")
            same = got == want
            status = status or (0 if same else 1)
            print(f"figura check --jsonl --jobs {jobs} (CLI):  {seconds:7.2f} s  {len(got) / seconds:8.0f} articles/s"
                  f"  CPU {cpu:7.2f} s{'' if same else '  DIFFERENT FROM --jobs ' + args.cli_jobs.split(',')[0]}")

        for workers in [int(w) for w in args.workers.split(",")]:
            with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                          dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
                    distributed.Client(cluster) as client:
                client.run(warm_up)
                cpu_before = client.run(cpu_seconds)
                start = time.perf_counter()
                got = figura.dask.check_jsonl(path, client, blocksize=args.blocksize)
                seconds = time.perf_counter() - start
                cpu_after = client.run(cpu_seconds)
            cpu = sum(cpu_after[w] - cpu_before[w] for w in cpu_after)
            same = got == want
            status = status or (0 if same else 1)
            print(f"figura.dask, {workers} worker{'s' if workers > 1 else ' '}:            {seconds:7.2f} s  "
                  f"{len(got) / seconds:8.0f} articles/s  CPU {cpu:7.2f} s (workers)  "
                  f"{'equal to the CLI' if same else 'DIFFERENT FROM THE CLI'}")
        return status


if __name__ == "__main__":
    sys.exit(main())
