"""Shared fixtures of figura's pytest suites (run by ctest: python/tests/tests.cmake)."""

import json
import os
import pathlib
import subprocess

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get("FIGURA_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
EXAMPLES = SOURCE_DIR / "examples" / "data"


@pytest.fixture(scope="session")
def source_dir() -> pathlib.Path:
    return SOURCE_DIR


@pytest.fixture(scope="session")
def examples() -> pathlib.Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def cli() -> str:
    """The figura tool of the same build (FIGURA_CLI), for comparisons with the command line."""
    path = os.environ.get("FIGURA_CLI")
    if not path or not os.path.exists(path):
        pytest.skip("FIGURA_CLI is not set to the figura tool (run through ctest)")
    return path


def run_cli(cli: str, *args: str, cwd=None, statuses=(0, 1)) -> dict:
    """`figura ARGS --format json` parsed; by default exit status 0 or 1 (findings) expected."""
    done = subprocess.run([cli, *args, "--format", "json"], capture_output=True, cwd=cwd, check=False)
    assert done.returncode in statuses, done.stderr.decode()
    return json.loads(done.stdout)
