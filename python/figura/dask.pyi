# Type stubs of figura.dask (docs/python.md).
import os
from datetime import date
from typing import Any, Dict, List, Mapping, Optional, Sequence, Union

import dask.bag

DEFAULT_BLOCKSIZE: int
PathLike = Union[str, os.PathLike[str]]

def articles_bag(paths: Union[PathLike, Sequence[PathLike]], *, blocksize: int = ..., date: Union[date, str, None] = None,
                 rule_levels: Optional[Mapping[str, Optional[str]]] = None, approx_tolerance: Any = None,
                 dollar: Optional[str] = None, yen: Optional[str] = None, rate_sources: Optional[Sequence[str]] = None,
                 max_stale_days: int = 7, rates_dir: Optional[str] = None, rates_files: Sequence[str] = (),
                 suppress: bool = True) -> dask.bag.Bag: ...
def check_jsonl(paths: Union[PathLike, Sequence[PathLike]], client: Any = None, **options: Any) -> List[Dict[str, Any]]: ...
