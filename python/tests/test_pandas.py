"""figura.pandas: one row per figure with Decimal values, converted columns with the rate's source and date."""

import datetime
from decimal import Decimal
from fractions import Fraction

import pytest

pd = pytest.importorskip("pandas")

import figura  # noqa: E402
import figura.pandas as fp  # noqa: E402


def test_extract_frame_has_one_row_per_figure_with_decimals():
    frame = fp.extract_frame({"a1": "Rmb100bn ($14bn) in 2021", "a2": "Giá 20.000 đồng/kg, dưới 6 triệu USD"})
    assert list(frame.columns) == fp.FIGURE_COLUMNS
    assert list(frame["text_id"]) == ["a1", "a1", "a1", "a2", "a2"]
    assert list(frame["kind"]) == ["money", "money", "year", "money", "money"]
    row = frame.iloc[0]
    assert row["value"] == Decimal("100000000000") and type(row["value"]) is Decimal
    assert (row["low"], row["low_closed"], row["high"], row["high_closed"]) == (
        Decimal("99500000000"), True, Decimal("100500000000"), False)
    assert frame["value"].dtype == object
    assert frame.iloc[3]["per"] == "kg" and frame.iloc[4]["qualifier"] == "lt"
    assert (frame.iloc[4]["low"], frame.iloc[4]["high"]) == (Decimal(0), Decimal(6000000))
    only_money = fp.extract_frame(pd.Series(["Rmb100bn ($14bn) in 2021"], index=[42]), kinds=["money"])
    assert list(only_money["text_id"]) == [42, 42] and list(only_money["index"]) == [0, 1]


def test_convert_frame_adds_exact_amounts_and_provenance():
    frame = fp.extract_frame(["Rmb100bn ($14bn) in 2021", "10,000 GPUs"])
    out = fp.convert_frame(frame, "USD", on="2025-01-29")
    first = out.iloc[0]
    rate = Fraction(10396, 75385)
    assert first["rate_low"] == first["rate_high"] == rate
    assert first["converted_low"] == Fraction(99500000000) * rate and first["converted_low_closed"] is True
    assert (first["rate_source"], first["rate_kind"], first["rate_basis"]) == ("ecb", "official", "day")
    assert first["rate_date_from"] == datetime.date(2025, 1, 29)
    assert out.iloc[1]["rate_low"] == 1  # USD to USD
    assert out[out["kind"] != "money"]["converted_low"].isna().all()
    assert out["convert_error"].isna().all()
    # The original frame is left alone.
    assert "converted_low" not in frame.columns


def test_convert_frame_per_row_dates_and_errors():
    frame = fp.extract_frame(["100 tỷ nhân dân tệ", "100 tỷ nhân dân tệ", "100 tỷ nhân dân tệ"])
    frame["date"] = ["2021", "1950-01-02", None]
    out = fp.convert_frame(frame, "USD", date_column="date")
    assert out.iloc[0]["rate_basis"] == "year" and out.iloc[0]["rate_source"] == "fed"
    assert out.iloc[1]["convert_error"].startswith("F-RATE-2") and out.iloc[1]["converted_low"] is None
    assert out.iloc[2]["convert_error"] == "no date in column 'date'"
    with pytest.raises(ValueError, match="either on="):
        fp.convert_frame(frame, "USD")


def test_findings_frame_from_reports():
    record = {"id": "n1", "date": "2025-01-29", "original": "Metro\nChina pledged Rmb100bn ($18bn) for the line."}
    frame = fp.findings_frame(figura.check(record))
    assert list(frame.columns) == fp.FINDING_COLUMNS
    assert list(frame["rule"]) == ["fx.conversion"] and frame.iloc[0]["id"] == "n1"
    assert frame.iloc[0]["text"] == "$18bn"
    assert ("fits", "no") in frame.iloc[0]["evidence"]
