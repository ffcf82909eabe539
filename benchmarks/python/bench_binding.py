"""Binding overhead: figura.extract from Python against the C++ call on the same 5 KB article.

    PYTHONPATH=build/release/python python3 benchmarks/python/bench_binding.py [--calls N] [--quick]

The C++ side is figura._figura._extract_native: the same figura::extract, looped in C++ inside the
extension (same build, same flags), making no Python objects. The Python side is figura.extract,
which returns a list of Figure objects (their Decimal values are made when read); "extract + values"
also reads every figure's value and interval, the usual first thing a caller does. Times are CPU
time per call, the best of 7 interleaved runs. See benchmarks/python/README.md for results.
"""

import argparse
import os
import sys
import time

import figura
from figura import _figura

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import archive  # noqa: E402


def article_5k() -> str:
    """About 5 KB of bilingual news (original, then translation, of generated articles)."""
    import random

    rng = random.Random(5)
    parts = []
    while sum(len(p.encode()) for p in parts) < 5000:
        record = archive.make_article(rng, len(parts))
        parts += [record["original"], record["translation"]]
    return "\n".join(parts)


def best(fns, number: int, repeat: int = 7) -> list:
    """Best CPU time per call of each of `fns`, the runs interleaved so that a change in the machine's
    load falls on every side alike. CPU time (this process's, which runs one thread) rather than wall
    time: on a shared machine wall time includes waiting for a core."""
    times = [[] for _ in fns]
    for _ in range(repeat):
        for fn, t in zip(fns, times):
            start = time.process_time()
            fn(number)
            t.append((time.process_time() - start) / number)
    return [min(t) for t in times]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="one short pass (CI smoke run), no timing claims")
    parser.add_argument("--calls", type=int, default=2000, help="calls per timed run (best of 7 runs)")
    args = parser.parse_args()
    number = 20 if args.quick else args.calls
    text = article_5k()
    figures = len(figura.extract(text))
    assert figures == _figura._extract_native(text, 1)

    def native(n):
        _figura._extract_native(text, n)

    def binding(n):
        for _ in range(n):
            figura.extract(text)

    def with_values(n):
        for _ in range(n):
            for f in figura.extract(text):
                f.value
                f.interval

    t_native, t_binding, t_values = best([native, binding, with_values], number)
    print(f"article: {len(text.encode())} bytes, {figures} figures; {number} calls per run, best of 7, CPU time")
    print(f"C++ figura::extract (in the extension): {t_native * 1e6:9.1f} us/call")
    print(f"figura.extract from Python:              {t_binding * 1e6:9.1f} us/call  ({t_binding / t_native:.2f}x the C++ call)")
    print(f"figura.extract + every value, interval:  {t_values * 1e6:9.1f} us/call  ({t_values / t_native:.2f}x the C++ call)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
