# Type stubs of figura.pandas (docs/python.md).
from datetime import date
from typing import Any, Iterable, List, Mapping, Optional, Sequence, Union

import pandas as pd

from . import RateTable

FIGURE_COLUMNS: List[str]
CONVERTED_COLUMNS: List[str]
FINDING_COLUMNS: List[str]

def extract_frame(texts: Union[str, Mapping[Any, str], pd.Series, Iterable[str]], lang: Optional[str] = None, *,
                  kinds: Optional[Sequence[str]] = None, **options: Any) -> pd.DataFrame: ...
def convert_frame(frame: pd.DataFrame, to: str, on: Union[date, str, None] = None, *, date_column: Optional[str] = None,
                  basis: Optional[str] = None, sources: Optional[Sequence[str]] = None, max_stale_days: int = 7,
                  period_range: bool = False, all_sources: bool = False,
                  rates: Optional[RateTable] = None) -> pd.DataFrame: ...
def findings_frame(reports: Union[Mapping[str, Any], Iterable[Mapping[str, Any]]]) -> pd.DataFrame: ...
