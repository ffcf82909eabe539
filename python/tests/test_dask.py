"""figura.dask: a JSON Lines archive checked on a LocalCluster of 2 workers equals `figura check --jsonl`.

The 20,000-article run with articles/s for 1 and 2 workers is benchmarks/python/dask_archive.py; this
is its small version.
"""

import logging
import os
import sys

import pytest

pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

import figura  # noqa: E402
import figura.dask  # noqa: E402
from conftest import SOURCE_DIR, run_cli  # noqa: E402

sys.path.insert(0, str(SOURCE_DIR / "benchmarks" / "python"))
import archive  # noqa: E402


@pytest.fixture(scope="module")
def archives(tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive")
    first, second = str(folder / "2024.jsonl"), str(folder / "2025.jsonl")
    archive.write_archive(first, 120, seed=1)
    archive.write_archive(second, 80, seed=2)
    # A bad line, a blank line and CRLF line ends in the middle of the second file: the blocks must
    # keep the CLI's line numbers around them.
    with open(second, "rb") as f:
        lines = f.read().splitlines(keepends=True)
    lines[40:40] = [b'{"id": "bad", "original": 42}\n', b"\n"]
    lines[50] = lines[50].rstrip(b"\n") + b"\r\n"
    with open(second, "wb") as f:
        f.write(b"".join(lines))
    return [first, second]


def expected(cli, paths):
    out = []
    for path in paths:
        out += run_cli(cli, "check", "--jsonl", path, statuses=(0, 1, 2))["articles"]
    return out


@pytest.mark.skipif(os.environ.get("FIGURA_SANITIZED") == "1",
                    reason="worker processes of an ASan build start too slowly; the threaded run below covers the code")
def test_local_cluster_of_two_workers_equals_the_cli(cli, archives):
    want = expected(cli, archives)
    assert len(want) == 201 and sum(len(a["findings"]) for a in want) > 20
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as client:
        # Small blocks, so that each file spans several and lines straddle block ends.
        got = figura.dask.check_jsonl(archives, client, blocksize=16 * 1024)
        workers = {w for w in client.run(os.getpid).values()}
    assert len(workers) == 2
    assert got == want


def test_threads_without_a_cluster_and_odd_block_sizes(cli, archives):
    want = expected(cli, archives)
    for blocksize in (4093, 1 << 20):
        assert figura.dask.check_jsonl(archives, blocksize=blocksize) == want, blocksize


def test_bag_and_empty_file(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    assert figura.dask.check_jsonl(str(empty)) == []
    one = tmp_path / "one.jsonl"
    one.write_text('{"id": 7, "original": "It paid $5m."}', encoding="utf-8")  # no final newline
    bag = figura.dask.articles_bag([str(one)])
    (report,) = bag.compute()
    assert report["path"] == f"{one}:1" and report["id"] == "7"
