"""figura.parse and figura.extract: exact Decimal values, intervals, spans, errors with their place."""

from decimal import Decimal

import pytest

import figura
from conftest import run_cli


def test_parse_reads_vietnamese_scale_and_currency_name_exactly():
    f = figura.parse("100 tỷ nhân dân tệ")
    assert f.kind == "money"
    assert f.value == Decimal("100000000000") and type(f.value) is Decimal
    assert f.currency == "CNY" and f.currency_source == "name" and f.currency_written == "nhân dân tệ"
    assert f.qualifier == "exact" and f.lang == "vi"
    assert f.interval == figura.Interval(figura.Bound(Decimal("99500000000"), True), figura.Bound(Decimal("100500000000"), False))
    assert str(f) == 'money 100000000000 CNY exact [99500000000, 100500000000) "100 tỷ nhân dân tệ"'


def test_parse_vietnamese_decimal_comma_is_exact():
    f = figura.parse("1,5 tỷ đồng")
    assert f.value == Decimal("1500000000")
    assert f.written.resolution == Decimal("100000000")
    assert f.written.scale_word == "tỷ" and f.written.scale_power == 9
    assert f.currency == "VND"


def test_qualifier_bounds_the_interval():
    f = figura.parse("less than $6m")
    assert f.qualifier == "lt"
    lower, upper = f.interval
    assert lower == figura.Bound(Decimal(0), True) and upper == figura.Bound(Decimal(6000000), False)
    assert Decimal("5999999.99") in f.interval and Decimal(6000000) not in f.interval
    assert "HKD" in f.currency_alternatives
    more = figura.parse("more than $6m")
    assert more.high is None and more.interval.upper is None


def test_range_has_both_ends():
    f = figura.parse("từ 5 đến 6 triệu USD")
    assert f.is_range
    assert f.value == Decimal(5000000) and f.range_high.value == Decimal(6000000)
    assert (f.low, f.high) == (Decimal(4500000), Decimal(6500000))
    assert str(f).startswith("money 5000000..6000000 USD exact")


def test_unit_price_keeps_its_unit():
    f = figura.parse("20.000 đồng/kg")
    assert f.per == "kg" and f.value == Decimal(20000) and f.currency == "VND"
    assert figura.parse("$14bn").per is None


def test_parse_error_carries_id_line_and_column():
    with pytest.raises(figura.Error) as caught:
        figura.parse("$14bn of debt")
    e = caught.value
    assert e.id == "F-PARSE-002" and (e.line, e.column) == (1, 6)
    assert "unexpected text after the figure" in e.message
    assert str(e) == '1:6: error[F-PARSE-002]: unexpected text after the figure: " of debt"'
    assert isinstance(e, ValueError)


def test_extract_spans_are_bytes_lines_and_code_point_columns():
    text = "Tiêu đề\nTrung Quốc cam kết 100 tỷ nhân dân tệ (khoảng 14 tỷ USD)."
    found = figura.extract(text)
    assert [f.text for f in found] == ["100 tỷ nhân dân tệ", "khoảng 14 tỷ USD"]
    first, second = found
    assert text.encode()[first.span.begin:first.span.end].decode() == "100 tỷ nhân dân tệ"
    assert (first.span.line, first.span.column) == (2, 20)
    assert second.equivalent_of == 0 and second.qualifier == "approx"
    assert figura.extract("no figures here") == []


def test_extract_invalid_utf8_bytes_names_the_byte():
    with pytest.raises(figura.Error) as caught:
        figura.extract(b"costs $5m \xff more")
    assert caught.value.id == "F-UTF8-001" and caught.value.column == 11 and caught.value.begin == 10


def test_options_are_checked():
    assert figura.parse("$5m", dollar="HKD").currency == "HKD"
    assert figura.parse("¥5m", yen="CNY").currency == "CNY"
    with pytest.raises(ValueError, match="ISO 4217"):
        figura.parse("$5m", dollar="XXXX")
    with pytest.raises(ValueError, match="lang"):
        figura.extract("$5m", "fr")
    with pytest.raises(TypeError, match="floats are never money"):
        figura.parse("about $5m", approx_tolerance=0.1)
    # [4.5m, 5.5m) widened by tolerance x value on each side.
    assert figura.parse("about $5m").low == Decimal(4250000)
    assert figura.parse("about $5m", approx_tolerance=Decimal("0.1")).low == Decimal(4000000)


def test_extract_matches_the_cli_json(cli, examples):
    path = examples / "metro.txt"
    document = run_cli(cli, "extract", str(path))
    ours = [f.to_dict() for f in figura.extract(path.read_text(encoding="utf-8"))]
    assert len(ours) == len(document["figures"]) > 5

    def exact(value):
        # The JSON's exact strings against our Decimals, compared as values, never floats.
        if isinstance(value, dict):
            return {k: exact(v) for k, v in value.items()}
        if isinstance(value, list):
            return [exact(v) for v in value]
        return value

    for mine, theirs in zip(ours, document["figures"]):
        assert mine["value"] == Decimal(theirs["value"])
        assert mine["text"] == theirs["text"] and mine["span"] == theirs["span"]
        for end in ("lower", "upper"):
            m, t = mine["interval"][end], theirs["interval"][end]
            assert (m is None) == (t is None)
            if m is not None:
                assert (m["value"], m["closed"]) == (Decimal(t["value"]), t["closed"])
        assert exact(mine["currency"]) == theirs["currency"]
        assert mine["equivalent_of"] == theirs["equivalent_of"] and mine["per"] == theirs["per"]


def test_help_reads_well():
    assert "Reads exactly one expression" in figura.parse.__doc__
    assert "Every figure in a text" in figura.extract.__doc__
    assert "Decimal" in figura.Figure.value.__doc__
