# Type stubs of the package figura (docs/python.md).
import os
from datetime import date
from typing import Any, Dict, List, Mapping, Optional, Sequence, Union

from ._figura import (
    Conversion as Conversion,
    Figure as Figure,
    RateQuote as RateQuote,
    RateTable as RateTable,
    WrittenValue as WrittenValue,
    __version__ as __version__,
    check_rules as check_rules,
    convert as convert,
    extract as extract,
    parse as parse,
)
from ._types import Bound as Bound, Error as Error, Interval as Interval, Span as Span
from ._figura import Number

Report = Dict[str, Any]

def check(article: Union[str, Mapping[str, Any]], *, path: Optional[str] = None, date: Union[date, str, None] = None,
          rule_levels: Optional[Mapping[str, Optional[str]]] = None, approx_tolerance: Optional[Number] = None,
          dollar: Optional[str] = None, yen: Optional[str] = None, rate_sources: Optional[Sequence[str]] = None,
          max_stale_days: int = 7, rates: Optional[RateTable] = None, suppress: bool = True) -> Report: ...
def check_jsonl(path: Union[str, os.PathLike[str]], *, text: Union[str, bytes, None] = None, first_line: int = 1,
                date: Union[date, str, None] = None, rule_levels: Optional[Mapping[str, Optional[str]]] = None,
                approx_tolerance: Optional[Number] = None, dollar: Optional[str] = None, yen: Optional[str] = None,
                rate_sources: Optional[Sequence[str]] = None, max_stale_days: int = 7,
                rates: Optional[RateTable] = None, suppress: bool = True) -> List[Report]: ...
