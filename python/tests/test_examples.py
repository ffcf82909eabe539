"""examples/python/ runs and prints what its .expected file says; README's Python tour quotes it."""

import os
import re
import subprocess
import sys

import pytest

from conftest import SOURCE_DIR

pytest.importorskip("pandas")

EXAMPLES = sorted((SOURCE_DIR / "examples" / "python").glob("*.py"))


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_example_prints_its_expected_output(example):
    done = subprocess.run([sys.executable, str(example)], cwd=SOURCE_DIR, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    expected = example.with_suffix(".expected")
    if os.environ.get("FIGURA_UPDATE_GOLDEN") == "1":
        expected.write_bytes(done.stdout)
    assert done.stdout.decode() == expected.read_text(encoding="utf-8")


def regions(path):
    """`# [name]` ... `# [/name]` regions of a Python file."""
    out, name, lines = {}, None, []
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        opening = re.fullmatch(r"# \[([a-z_]+)\]\n", line)
        if opening:
            name, lines = opening.group(1), []
        elif name is not None and line == f"# [/{name}]\n":
            out[name] = "".join(lines)
            name = None
        elif name is not None:
            lines.append(line)
    return out


def test_readme_python_blocks_are_the_example():
    page = (SOURCE_DIR / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"<!-- example: (examples/python/[^#]+)#([a-z_]+) -->\n```python\n(.*?)```\n", page, re.S)
    assert len(blocks) >= 3, "README.md's Python tour quotes examples/python/tour.py"
    assert page.count("```python") == len(blocks), "every ```python block of README.md is marked as an example region"
    for path, region, text in blocks:
        assert regions(SOURCE_DIR / path)[region] == text, f"README.md block {path}#{region} differs from the file"
