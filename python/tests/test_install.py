"""`cmake --install --component python` puts an importable package under the prefix's site-packages."""

import os
import pathlib
import subprocess
import sys

import pytest


def test_installed_package_imports_and_parses(tmp_path):
    build = os.environ.get("FIGURA_BUILD_DIR")
    if not build:
        pytest.skip("FIGURA_BUILD_DIR is not set (run through ctest)")
    prefix = tmp_path / "prefix"
    # --strip: a Debug extension carries ~0.5 GB of debug information; the test needs none of it.
    subprocess.run(["cmake", "--install", build, "--component", "python", "--prefix", str(prefix), "--strip"],
                   check=True, capture_output=True)
    packages = [p.parent for p in prefix.glob("lib/python3*/*-packages/figura/__init__.py")]
    assert len(packages) == 1, list(prefix.rglob("*"))
    site = packages[0].parent
    installed = {p.name for p in packages[0].iterdir()}
    assert {"__init__.py", "__init__.pyi", "pandas.py", "dask.py", "py.typed"} <= installed
    assert any(name.startswith("_figura.") and name.endswith(".so") for name in installed)
    # A clean environment and another directory: only the installed copy can be imported.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)
    done = subprocess.run([sys.executable, "-c", "import figura; print(figura.__file__); print(figura.parse('100 tỷ nhân dân tệ'))"],
                          cwd=tmp_path, env=env, capture_output=True, check=True)
    where, figure = done.stdout.decode().splitlines()
    assert pathlib.Path(where).is_relative_to(prefix)
    assert figure == 'money 100000000000 CNY exact [99500000000, 100500000000) "100 tỷ nhân dân tệ"'
