"""figura on Dask: check JSON Lines archives across the workers of a cluster.

    >>> from distributed import Client, LocalCluster
    >>> import figura.dask
    >>> with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster) as client:
    ...     reports = figura.dask.check_jsonl(["archive/2024.jsonl", "archive/2025.jsonl"], client)

Each file is cut into blocks of about ``blocksize`` bytes at line ends; a first pass counts each
block's lines so that every article keeps its line number in its file; a second checks the blocks
on the workers with the same code as ``figura check``. The result equals the ``articles`` of
``figura check --jsonl FILE --format json`` for each file, in order. Workers read the files
themselves: on a real cluster the paths must name the same files on every worker (shared storage).
Needs Debian's python3-dask and python3-distributed. See docs/python.md.
"""

from __future__ import annotations

import functools as _functools
import os as _os
from datetime import date as _date
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

import dask as _dask
import dask.bag as _bag

import figura as _figura

#: Bytes per block: small enough that an archive makes many more blocks than workers (so the load
#: evens out), large enough that a block's scheduling cost is lost in its checking time.
DEFAULT_BLOCKSIZE = 1024 * 1024

PathLike = Union[str, "_os.PathLike[str]"]


@_functools.lru_cache(maxsize=8)
def _table(rates_dir: Optional[str], rates_files: Tuple[str, ...]) -> _figura.RateTable:
    """One rate table per worker process and settings (building it costs more than a block)."""
    table = _figura.RateTable.default() if rates_dir is None else _figura.RateTable.user(rates_dir)
    return table.with_files(list(rates_files)) if rates_files else table


def _line_start_at_or_after(stream, position: int) -> int:
    """The first byte >= position that starts a line (0, or just after a newline); EOF when none."""
    if position == 0:
        return 0
    stream.seek(position - 1)
    offset = position - 1
    while True:
        chunk = stream.read(65536)
        if not chunk:
            return offset
        at = chunk.find(b"\n")
        if at >= 0:
            return offset + at + 1
        offset += len(chunk)


def _count_newlines(path: str, start: int, stop: int) -> int:
    """Newlines in bytes [start, stop) of the file."""
    count = 0
    with open(path, "rb") as stream:
        stream.seek(start)
        left = stop - start
        while left > 0:
            chunk = stream.read(min(left, 1 << 20))
            if not chunk:
                break
            count += chunk.count(b"\n")
            left -= len(chunk)
    return count


def _first_line(newlines_before: int, path: str, start: int) -> int:
    """The 1-based line of the first line that starts in a block beginning at `start`."""
    with open(path, "rb") as stream:
        begin = _line_start_at_or_after(stream, start)
    # A line that started before `start` ends at the first newline in the block (counted already).
    return newlines_before + 1 + (1 if begin > start else 0)


def _check_block(path: str, start: int, stop: int, first_line: int, options: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """Checks the lines that start in bytes [start, stop) of a JSON Lines file."""
    with open(path, "rb") as stream:
        begin = _line_start_at_or_after(stream, start)
        if begin >= stop:
            return []
        end = _line_start_at_or_after(stream, stop)
        stream.seek(begin)
        text = stream.read(end - begin)
    settings = dict(options)
    rates = _table(settings.pop("rates_dir"), tuple(settings.pop("rates_files")))
    return _figura.check_jsonl(path, text=text, first_line=first_line, rates=rates, **settings)


def _add(a: int, b: int) -> int:
    return a + b


def articles_bag(
    paths: Union[PathLike, Sequence[PathLike]],
    *,
    blocksize: int = DEFAULT_BLOCKSIZE,
    date: Union[_date, str, None] = None,
    rule_levels: Optional[Mapping[str, Optional[str]]] = None,
    approx_tolerance=None,
    dollar: Optional[str] = None,
    yen: Optional[str] = None,
    rate_sources: Optional[Sequence[str]] = None,
    max_stale_days: int = 7,
    rates_dir: Optional[str] = None,
    rates_files: Sequence[str] = (),
    suppress: bool = True,
) -> "_bag.Bag":
    """A lazy dask.bag of per-article reports (one partition per block, in file and line order).

    For archives whose reports should stay on the cluster: filter, map or turn the bag into a
    dataframe before computing. Options as for figura.check_jsonl, except the rate table, which
    each worker builds: ``rates_dir`` (a user rates directory; default the worker's own, as the CLI
    reads it) and ``rates_files`` (publisher files, paths the workers can read).
    """
    if isinstance(paths, (str, _os.PathLike)):
        paths = [paths]
    if blocksize < 1:
        raise ValueError("blocksize must be positive")
    options = {
        "date": date,
        "rule_levels": dict(rule_levels) if rule_levels is not None else None,
        "approx_tolerance": approx_tolerance,
        "dollar": dollar,
        "yen": yen,
        "rate_sources": list(rate_sources) if rate_sources is not None else None,
        "max_stale_days": max_stale_days,
        "suppress": suppress,
        "rates_dir": rates_dir,
        "rates_files": list(rates_files),
    }
    delayed = _dask.delayed
    parts = []
    for path in paths:
        name = _os.fspath(path)
        size = _os.path.getsize(name)
        newlines_before: Any = 0
        for start in range(0, max(size, 1), blocksize):
            stop = min(start + blocksize, size)
            first = delayed(_first_line, pure=True)(newlines_before, name, start)
            parts.append(delayed(_check_block, pure=True)(name, start, stop, first, options))
            newlines_before = delayed(_add, pure=True)(newlines_before, delayed(_count_newlines, pure=True)(name, start, stop))
    return _bag.from_delayed(parts)


def check_jsonl(
    paths: Union[PathLike, Sequence[PathLike]],
    client: Any = None,
    **options: Any,
) -> List[Dict[str, Any]]:
    """Checks JSON Lines archives on a Dask cluster and returns every article's report, in order.

    ``paths``: one file or a list; each entry of the result is what ``figura check --jsonl FILE
    --format json`` writes in its ``articles`` (path ``FILE:LINE``, id, findings, error, ...), files
    in the order given. ``client``: a distributed.Client (default: Dask's current scheduler; without
    one, threads of this process, which run in parallel because figura releases the GIL while it
    checks). Options as for articles_bag().
    """
    bag = articles_bag(paths, **options)
    if client is not None:
        return client.compute(bag).result()
    return bag.compute()
