"""figura for pandas: one row per figure, converted columns with the rate's provenance, and findings.

    >>> import figura.pandas as fp
    >>> frame = fp.extract_frame({"a1": "Rmb100bn ($14bn) in 2021", "a2": "khoảng 140 tỷ đồng"})
    >>> fp.convert_frame(frame, "USD", on="2025-01-29")

Exact values stay exact: value/low/high are ``decimal.Decimal`` and converted amounts and rates
``fractions.Fraction``, in object columns (a float64 column would round them). Needs Debian's
python3-pandas.
"""

from __future__ import annotations

from datetime import date as _date
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Union

import pandas as _pd

import figura as _figura

FIGURE_COLUMNS = [
    "text_id", "index", "kind", "lang", "value", "low", "low_closed", "high", "high_closed", "range_high",
    "currency", "currency_source", "qualifier", "per", "begin", "end", "line", "column", "text",
]

CONVERTED_COLUMNS = [
    "to_currency", "converted_low", "converted_low_closed", "converted_high", "converted_high_closed",
    "rate_low", "rate_high", "rate_source", "rate_kind", "rate_basis", "rate_method", "rate_date_from",
    "rate_date_to", "convert_error",
]

FINDING_COLUMNS = [
    "article", "id", "rule", "severity", "message", "path", "line", "column", "end_line", "end_column",
    "text", "evidence", "related", "fingerprint",
]


def _texts(texts: Any) -> Iterable:
    """(id, text) pairs: a str is one text with id 0; a Mapping or Series keeps its keys."""
    if isinstance(texts, str):
        return [(0, texts)]
    if isinstance(texts, _pd.Series):
        return texts.items()
    if isinstance(texts, Mapping):
        return texts.items()
    return enumerate(texts)


def extract_frame(
    texts: Union[str, Mapping[Any, str], "_pd.Series", Iterable[str]],
    lang: Optional[str] = None,
    *,
    kinds: Optional[Sequence[str]] = None,
    **options: Any,
) -> "_pd.DataFrame":
    """Every figure of every text, one row each, in text order.

    ``texts``: a str, a list of str (ids 0, 1, ...), a dict or a pandas Series (ids are its keys or
    index). ``kinds`` keeps only those kinds ("money", "count", "percent", "year", "age", "rate").
    Other keyword options go to figura.extract (dollar, yen, approx_tolerance, ...).

    Columns: text_id, index (the figure's position in its text's extract result), kind, lang, value
    (Decimal, a range's low end), low/high (Decimal ends of the interval the figure stands for, None
    when unbounded) with low_closed/high_closed, range_high (Decimal or None), currency (ISO code or
    None), currency_source, qualifier, per, begin/end (byte offsets), line, column (code points) and
    text (as written). A text that is not valid raises figura.Error.
    """
    wanted = set(kinds) if kinds is not None else None
    rows: List[Dict[str, Any]] = []
    for text_id, text in _texts(texts):
        for index, f in enumerate(_figura.extract(text, lang, **options)):
            if wanted is not None and f.kind not in wanted:
                continue
            lower, upper = f.interval
            span = f.span
            high = f.range_high
            rows.append({
                "text_id": text_id,
                "index": index,
                "kind": f.kind,
                "lang": f.lang,
                "value": f.value,
                "low": lower.value if lower is not None else None,
                "low_closed": lower.closed if lower is not None else None,
                "high": upper.value if upper is not None else None,
                "high_closed": upper.closed if upper is not None else None,
                "range_high": high.value if high is not None else None,
                "currency": f.currency,
                "currency_source": f.currency_source,
                "qualifier": f.qualifier,
                "per": f.per,
                "begin": span.begin,
                "end": span.end,
                "line": span.line,
                "column": span.column,
                "text": f.text,
            })
    frame = _pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    for column in ("value", "low", "high", "range_high"):
        frame[column] = frame[column].astype(object)
    return frame


def _interval(row: Mapping[str, Any]) -> _figura.Interval:
    low = None if row["low"] is None else _figura.Bound(row["low"], bool(row["low_closed"]))
    high = None if row["high"] is None else _figura.Bound(row["high"], bool(row["high_closed"]))
    return _figura.Interval(low, high)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value is _pd.NaT


def convert_frame(
    frame: "_pd.DataFrame",
    to: str,
    on: Union[_date, str, None] = None,
    *,
    date_column: Optional[str] = None,
    basis: Optional[str] = None,
    sources: Optional[Sequence[str]] = None,
    max_stale_days: int = 7,
    period_range: bool = False,
    all_sources: bool = False,
    rates: Optional[_figura.RateTable] = None,
) -> "_pd.DataFrame":
    """A copy of an extract_frame() frame with every money row converted into ``to``.

    The date is ``on`` for every row (datetime.date or "2025-01-29", "2025-01", "2021"), or each row's
    ``date_column`` (the same forms; a missing date leaves the row unconverted with an error). The
    interval low..high (closedness kept) is converted, so the result holds every value the written
    figure can stand for.

    Added columns: to_currency; converted_low/converted_high (fractions.Fraction) with their
    closedness; rate_low/rate_high (Fraction, ``to`` per one unit of the row's currency); rate_source,
    rate_kind ("official" or "market"), rate_basis, rate_method, rate_date_from/rate_date_to
    (datetime.date: the fixing or period used) from the first rate used; convert_error (figura's
    error id and message when no rate could be had, else None). Rows that are not money with a
    currency are left empty, never guessed.
    """
    if (on is None) == (date_column is None):
        raise ValueError("give either on= (one date for every row) or date_column= (a date per row)")
    table = rates if rates is not None else _figura.RateTable.default()
    out = frame.copy()
    results: Dict[str, List[Any]] = {column: [] for column in CONVERTED_COLUMNS}
    for _, row in frame.iterrows():
        entry: Dict[str, Any] = {column: None for column in CONVERTED_COLUMNS}
        entry["to_currency"] = to
        day = row[date_column] if date_column is not None else on
        if row.get("kind") == "money" and not _missing(row.get("currency")):
            if _missing(day):
                entry["convert_error"] = f"no date in column {date_column!r}"
            else:
                try:
                    c = table.convert(_interval(row), to, day, basis, currency=row["currency"], sources=sources,
                                      max_stale_days=max_stale_days, period_range=period_range,
                                      all_sources=all_sources)
                except _figura.Error as e:
                    entry["convert_error"] = f"{e.id}: {e.message}"
                else:
                    lower, upper = c.value
                    first = c.rates[0]
                    entry.update({
                        "converted_low": lower.value if lower is not None else None,
                        "converted_low_closed": lower.closed if lower is not None else None,
                        "converted_high": upper.value if upper is not None else None,
                        "converted_high_closed": upper.closed if upper is not None else None,
                        "rate_low": c.rate_low,
                        "rate_high": c.rate_high,
                        "rate_source": first.source,
                        "rate_kind": first.kind,
                        "rate_basis": first.basis,
                        "rate_method": first.method,
                        "rate_date_from": first.used_from,
                        "rate_date_to": first.used_to,
                    })
        for column in CONVERTED_COLUMNS:
            results[column].append(entry[column])
    for column in CONVERTED_COLUMNS:
        out[column] = _pd.Series(results[column], index=frame.index, dtype=object)
    return out


def findings_frame(reports: Union[Mapping[str, Any], Iterable[Mapping[str, Any]]]) -> "_pd.DataFrame":
    """One row per finding of figura.check / figura.check_jsonl / figura.dask.check_jsonl reports.

    Columns: article (the report's path), id (the JSON Lines id or None), rule, severity, message, the
    primary location's path, line, column, end_line, end_column and text, evidence (a list of (key, value)
    pairs in display order; a key can repeat), related (the related locations' "path:line:column") and fingerprint.
    """
    if isinstance(reports, Mapping):
        reports = [reports]
    rows: List[Dict[str, Any]] = []
    for report in reports:
        for f in report["findings"]:
            where = f["location"]
            rows.append({
                "article": report["path"],
                "id": report["id"],
                "rule": f["rule"],
                "severity": f["severity"],
                "message": f["message"],
                "path": where["path"],
                "line": where["line"],
                "column": where["column"],
                "end_line": where["end_line"],
                "end_column": where["end_column"],
                "text": where["text"],
                "evidence": [(e["key"], e["value"]) for e in f["evidence"]],
                "related": [f"{r['path']}:{r['line']}:{r['column']}" for r in f["related"]],
                "fingerprint": f["fingerprint"],
            })
    return _pd.DataFrame(rows, columns=FINDING_COLUMNS)
