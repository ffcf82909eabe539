"""Binding overhead: figura.extract from Python against the C++ call on the same 5 KB article.

    PYTHONPATH=build/release/python python3 benchmarks/python/bench_binding.py [--calls N] [--quick]

The C++ side is figura._figura._extract_native: the same figura::extract, looped in C++ inside the
extension (same build, same flags), making no Python objects. The Python side is figura.extract,
which returns a list of Figure objects (their Decimal values are made when read); "extract + values"
also reads every figure's value and interval, the usual first thing a caller does. Times are the best
of 7 runs. See benchmarks/python/README.md for results.
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


def best(fn, number: int, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(number)
        times.append((time.perf_counter() - start) / number)
    return min(times)


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

    t_native = best(native, number)
    t_binding = best(binding, number)
    t_values = best(with_values, number)
    print(f"article: {len(text.encode())} bytes, {figures} figures; {number} calls per run, best of 7")
    print(f"C++ figura::extract (in the extension): {t_native * 1e6:9.1f} us/call")
    print(f"figura.extract from Python:              {t_binding * 1e6:9.1f} us/call  ({t_binding / t_native:.2f}x the C++ call)")
    print(f"figura.extract + every value, interval:  {t_values * 1e6:9.1f} us/call  ({t_values / t_native:.2f}x the C++ call)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
