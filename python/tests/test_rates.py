"""figura.convert and figura.RateTable: exact Fraction rates and amounts with provenance."""

import datetime
from decimal import Decimal
from fractions import Fraction

import pytest

import figura
from conftest import run_cli


def test_convert_at_a_day_is_exact_with_its_chain():
    c = figura.convert("100bn yuan", "USD", "2025-01-29")
    assert (c.from_currency, c.to_currency) == ("CNY", "USD")
    assert c.rate_low == c.rate_high == Fraction(10396, 75385) and type(c.rate_low) is Fraction
    lower, upper = c.value
    assert lower == figura.Bound(Fraction(206880400000000, 15077), True)
    assert upper == figura.Bound(Fraction(208959600000000, 15077), False)
    assert c.rounded(7) == figura.Interval(figura.Bound(Decimal(13720000000), True), figura.Bound(Decimal(13860000000), False))
    assert c.central == Fraction(100000000000) * Fraction(10396, 75385)
    (q,) = c.rates
    assert q.source == "ecb" and q.kind == "official" and q.basis == "day" and q.method.startswith("daily fixing")
    assert q.path == ["CNY", "EUR", "USD"]
    assert q.used_from == q.used_to == datetime.date(2025, 1, 29)
    assert [(leg["quote"], leg["base"], leg["published"], leg["inverted"]) for leg in q.legs] == [
        ("CNY", "EUR", Decimal("7.5385"), True), ("USD", "EUR", Decimal("1.0396"), False)]
    assert q.rounded(-7) == Decimal("0.1379054")


def test_a_year_is_the_annual_average():
    c = figura.convert("100bn yuan", "USD", "2021")
    (q,) = c.rates
    assert q.basis == "year" and q.source == "fed" and q.published_average
    assert q.value == Fraction(2500, 16127)
    assert (q.used_from, q.used_to) == (datetime.date(2021, 1, 1), datetime.date(2021, 12, 31))
    # The same date asked at another basis.
    assert figura.convert("100bn yuan", "USD", datetime.date(2021, 1, 4)).rates[0].basis == "day"
    assert figura.convert("100bn yuan", "USD", "2021-06", "month").rates[0].basis == "month"


def test_convert_matches_the_cli(cli):
    document = run_cli(cli, "convert", "100 tỷ nhân dân tệ", "--to", "USD", "--on", "2024")
    c = figura.convert("100 tỷ nhân dân tệ", "USD", "2024")
    assert str(c.rate_low) == document["rate_low"] and str(c.rate_high) == document["rate_high"]
    exact = document["converted"]["exact"]
    assert str(c.value.lower.value) == exact["lower"]["value"] and str(c.value.upper.value) == exact["upper"]["value"]
    assert [q.source for q in c.rates] == [q["source"] for q in document["rates"]]


def test_numbers_and_intervals_need_a_currency():
    c = figura.convert(Decimal("14.5"), "EUR", "2025-01-29", currency="USD")
    assert c.amount == figura.Interval(figura.Bound(Decimal("14.5"), True), figura.Bound(Decimal("14.5"), True))
    assert c.figure is None and c.central is None
    with pytest.raises(ValueError, match="currency="):
        figura.convert(Decimal(5), "USD", "2025-01-29")
    with pytest.raises(TypeError, match="floats are never money"):
        figura.convert(14.5, "EUR", "2025-01-29", currency="USD")
    with pytest.raises(ValueError, match="not an amount of money"):
        figura.convert("10,000 GPUs", "USD", "2025-01-29")


def test_missing_rate_is_an_error_with_its_id():
    with pytest.raises(figura.Error) as caught:
        figura.convert("$5m", "EUR", "1950-01-02")
    assert caught.value.id.startswith("F-RATE-2")
    with pytest.raises(figura.Error) as bad_date:
        figura.convert("$5m", "EUR", "2025-13-01")
    assert bad_date.value.id == "F-RATE-209"


def test_rate_table_loads_publisher_files(examples):
    table = figura.RateTable.embedded().with_files([str(examples / "eurofxref.csv")])
    q = table.rate("EUR", "USD", "2026-04-13")
    assert q.value == Fraction("1.1684") and q.source == "ecb"
    assert "ecb" in [s["id"] for s in table.sources()]
    assert "VND" in table.currencies()
    only_market = figura.RateTable.embedded().without_sources(["ecb", "fed", "imf"])
    assert {s["id"] for s in only_market.sources()} == {"market"}


def test_bad_rates_file_names_its_place(tmp_path):
    bad = tmp_path / "eurofxref.csv"
    bad.write_text("Date, USD, \n13 April 2026, 1.1x84, \n")
    with pytest.raises(figura.Error) as caught:
        figura.RateTable.embedded().with_files([str(bad)])
    assert caught.value.id.startswith("F-RATE-") and caught.value.line == 2
    assert "eurofxref.csv:2:" in caught.value.message
