"""figura: exact monetary figures from English and Vietnamese news text.

    >>> import figura
    >>> print(figura.parse("100 tỷ nhân dân tệ"))
    money 100000000000 CNY exact [99500000000, 100500000000) "100 tỷ nhân dân tệ"

The same C++ engine as the ``figura`` command: ``parse`` and ``extract`` read figures (values are
``decimal.Decimal``), ``convert`` and ``RateTable`` convert them with dated rates (``fractions.Fraction``,
with provenance), ``check`` and ``check_jsonl`` check articles (findings as ``figura check --format
json`` writes them, docs/schema/check-v1.json). ``figura.pandas`` makes frames; ``figura.dask`` checks
JSON Lines archives on a Dask cluster. Errors raise ``figura.Error`` with figura's error id, line and
column. See docs/python.md.
"""

from __future__ import annotations

import json as _json
import os as _os
from datetime import date as _date
from typing import Any, Dict, List, Mapping, Optional, Sequence, Union

from ._types import Bound, Error, Interval, Span
from ._figura import (
    Conversion,
    Figure,
    RateQuote,
    RateTable,
    WrittenValue,
    __version__,
    check_rules,
    convert,
    extract,
    parse,
)
from . import _figura

__all__ = [
    "Bound",
    "Conversion",
    "Error",
    "Figure",
    "Interval",
    "RateQuote",
    "RateTable",
    "Span",
    "WrittenValue",
    "__version__",
    "check",
    "check_jsonl",
    "check_rules",
    "convert",
    "extract",
    "parse",
]


def _check_document(kind: str, text: Union[str, bytes], path: str, first_line: int, options: Mapping[str, Any]) -> Dict[str, Any]:
    return _json.loads(_figura._check(kind, text, path, first_line, **options))


def _options(date, rule_levels, approx_tolerance, dollar, yen, rate_sources, max_stale_days, rates, suppress) -> Dict[str, Any]:
    return {
        "date": date,
        "rule_levels": dict(rule_levels) if rule_levels is not None else None,
        "approx_tolerance": approx_tolerance,
        "dollar": dollar,
        "yen": yen,
        "rate_sources": list(rate_sources) if rate_sources is not None else None,
        "max_stale_days": max_stale_days,
        "rates": rates,
        "suppress": suppress,
    }


def check(
    article: Union[str, Mapping[str, Any]],
    *,
    path: Optional[str] = None,
    date: Union[_date, str, None] = None,
    rule_levels: Optional[Mapping[str, Optional[str]]] = None,
    approx_tolerance=None,
    dollar: Optional[str] = None,
    yen: Optional[str] = None,
    rate_sources: Optional[Sequence[str]] = None,
    max_stale_days: int = 7,
    rates: Optional[RateTable] = None,
    suppress: bool = True,
) -> Dict[str, Any]:
    """Checks one article and returns its report as ``figura check --format json`` writes it.

    ``article`` is the single-file format as a str (summary bullets, source URL, translation,
    original; docs/article.md) or a dict like a JSON Lines record: ``{"id", "date", "original",
    "translation", "summary"}`` (summary a str or a list of str). ``path`` names it in locations
    (default ``<text>``, or ``<dict>`` whose fields are then ``<dict>:1:original`` and so on).

    Options: ``date`` the publication date (datetime.date or "YYYY-MM-DD") when the article has none;
    ``rule_levels`` maps rule ids to "error", "warning", "note" or None (off); ``approx_tolerance``
    (Decimal); ``dollar``/``yen`` what a bare ``$``/``¥`` means; ``rate_sources`` in order of preference;
    ``max_stale_days``; ``rates`` a RateTable (default RateTable.default(): embedded rates plus the
    user rates directory, as the CLI); ``suppress`` honours ``<!-- figura-disable... -->`` comments.

    Returns a dict with path, id, stream_line, figures_checked, conversions_checked, suppressed,
    error (None) and findings (each rule, severity, message, location, related, evidence,
    fingerprint): one entry of the schema's ``articles``. An article that cannot be read raises
    figura.Error with its id, line and column; an unknown rule id raises F-CHECK-001.
    """
    options = _options(date, rule_levels, approx_tolerance, dollar, yen, rate_sources, max_stale_days, rates, suppress)
    if isinstance(article, str):
        document = _check_document("text", article, path or "<text>", 1, options)
    elif isinstance(article, Mapping):
        line = _json.dumps(dict(article), ensure_ascii=False)
        document = _check_document("jsonl", line, path or "<dict>", 1, options)
    else:
        raise TypeError("check() takes the article as a str or a dict like a JSON Lines record")
    result = document["articles"][0]
    failure = result["error"]
    if failure is not None:
        raise Error(failure["id"], failure["message"], failure["line"], failure["column"])
    return result


def check_jsonl(
    path: Union[str, "_os.PathLike[str]"],
    *,
    text: Union[str, bytes, None] = None,
    first_line: int = 1,
    date: Union[_date, str, None] = None,
    rule_levels: Optional[Mapping[str, Optional[str]]] = None,
    approx_tolerance=None,
    dollar: Optional[str] = None,
    yen: Optional[str] = None,
    rate_sources: Optional[Sequence[str]] = None,
    max_stale_days: int = 7,
    rates: Optional[RateTable] = None,
    suppress: bool = True,
) -> List[Dict[str, Any]]:
    """Checks a JSON Lines batch (one article per line) and returns one report per non-blank line, in
    order: exactly the ``articles`` of ``figura check --jsonl PATH --format json``.

    The file at ``path`` is read unless ``text`` gives its contents (``path`` then only names it).
    ``first_line`` says where ``text`` starts in a longer stream (figura.dask checks blocks of an
    archive this way). A line that cannot be read is an entry whose ``error`` holds the id, message,
    line and column; the batch goes on. Options as for check().
    """
    name = _os.fspath(path)
    if text is None:
        with open(name, "rb") as stream:
            text = stream.read()
    options = _options(date, rule_levels, approx_tolerance, dollar, yen, rate_sources, max_stale_days, rates, suppress)
    return _check_document("jsonl", text, name, first_line, options)["articles"]
