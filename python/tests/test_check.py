"""figura.check and figura.check_jsonl: the reports of `figura check --format json`, from Python."""

import json

import pytest

import figura
from conftest import run_cli


def test_check_of_an_article_equals_the_cli(cli, examples, source_dir):
    path = "examples/data/metro-article.txt"
    document = run_cli(cli, "check", path, cwd=source_dir)
    text = (source_dir / path).read_text(encoding="utf-8")
    report = figura.check(text, path=path)
    assert report == document["articles"][0]
    rules = [f["rule"] for f in report["findings"]]
    assert rules == ["summary.unsupported", "parity.qualifier", "fx.conversion", "parity.value"]
    conversion = report["findings"][2]
    assert conversion["location"]["text"] == "3,8 tỷ USD" and conversion["severity"] == "error"
    assert ("source", "fed (published annual average for 2024)") in [(e["key"], e["value"]) for e in conversion["evidence"]]


def test_check_of_a_record_dict():
    record = {
        "id": "n1",
        "date": "2025-01-29",
        "original": "Metro\nChina pledged Rmb100bn ($18bn) for the line.",
        "translation": "Metro\nTrung Quốc cam kết 100 tỷ nhân dân tệ (18 tỷ USD) cho tuyến.",
    }
    report = figura.check(record)
    assert report["path"] == "<dict>:1" and report["id"] == "n1"
    wrong = [f for f in report["findings"] if f["rule"] == "fx.conversion"]
    # One finding for the pair: at the original's figure, the translation's as related places.
    assert [f["location"]["path"] for f in wrong] == ["<dict>:1:original"]
    assert "<dict>:1:translation" in {r["path"] for r in wrong[0]["related"]}
    quiet = figura.check(record, rule_levels={"fx.conversion": None})
    assert all(f["rule"] != "fx.conversion" for f in quiet["findings"])


def test_check_errors_raise_with_their_id():
    with pytest.raises(figura.Error) as caught:
        figura.check({"id": "x", "original": 42})
    assert caught.value.id == "F-ARTICLE-012" and caught.value.line == 1
    with pytest.raises(figura.Error) as unknown:
        figura.check("Hello $5m", rule_levels={"fx.nonsense": "error"})
    assert unknown.value.id == "F-CHECK-001"
    with pytest.raises(figura.Error) as empty:
        figura.check("   \n\n")
    assert empty.value.id == "F-ARTICLE-001"


def test_inline_suppression_is_honoured():
    text = ("Metro\nChina pledged Rmb100bn ($18bn) for the line. <!-- figura-disable-line fx.conversion -->\n")
    report = figura.check(text, date="2025-01-29")
    assert report["suppressed"] == 1 and report["findings"] == []
    loud = figura.check(text, date="2025-01-29", suppress=False)
    assert [f["rule"] for f in loud["findings"]] == ["fx.conversion"]


def test_check_jsonl_equals_the_cli_including_bad_lines(cli, source_dir):
    path = "examples/data/articles.jsonl"
    document = run_cli(cli, "check", "--jsonl", path, cwd=source_dir, statuses=(2,))
    reports = figura.check_jsonl(path, text=(source_dir / path).read_bytes())
    assert reports == document["articles"]
    assert reports[-1]["error"]["id"] == "F-ARTICLE-012" and reports[-1]["stream_line"] == 4


def test_a_block_keeps_its_stream_lines(source_dir):
    lines = (source_dir / "examples/data/articles.jsonl").read_bytes().splitlines(keepends=True)
    whole = figura.check_jsonl("batch.jsonl", text=b"".join(lines))
    tail = figura.check_jsonl("batch.jsonl", text=b"".join(lines[2:]), first_line=3)
    assert tail == whole[2:]


def test_rules_are_listed():
    ids = [r["id"] for r in figura.check_rules()]
    assert "fx.conversion" in ids and "parity.value" in ids
    assert json.dumps(figura.check_rules())
