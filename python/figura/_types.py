"""Small value types shared by the extension module and the pure-Python parts of figura.

Values are exact: decimal.Decimal for amounts as written, fractions.Fraction for rates and converted
amounts. Never float.
"""

from __future__ import annotations

from typing import NamedTuple, Optional, Union
from decimal import Decimal
from fractions import Fraction

Number = Union[Decimal, Fraction]


class Bound(NamedTuple):
    """One end of an interval: a value and whether the value itself belongs to the interval."""

    value: Number
    closed: bool


class Interval(NamedTuple):
    """A set of values on the real line: a pair of ends, each a Bound or None (unbounded).

    ``$14bn`` is ``Interval(Bound(Decimal('13500000000'), True), Bound(Decimal('14500000000'), False))``,
    printed ``[13500000000, 14500000000)``; ``more than $6m`` has no upper end.
    """

    lower: Optional[Bound]
    upper: Optional[Bound]

    def __contains__(self, value: object) -> bool:  # type: ignore[override]
        """Whether a Decimal, Fraction or int lies in the interval (the tuple's members are not searched)."""
        if isinstance(value, float):
            raise TypeError("figura intervals hold exact values; compare with Decimal, Fraction or int, not float")
        if self.lower is not None:
            if value < self.lower.value or (value == self.lower.value and not self.lower.closed):  # type: ignore[operator]
                return False
        if self.upper is not None:
            if value > self.upper.value or (value == self.upper.value and not self.upper.closed):  # type: ignore[operator]
                return False
        return True

    def __str__(self) -> str:
        low = "(-inf" if self.lower is None else ("[" if self.lower.closed else "(") + str(self.lower.value)
        high = "+inf)" if self.upper is None else str(self.upper.value) + ("]" if self.upper.closed else ")")
        return f"{low}, {high}"


class Span(NamedTuple):
    """Where something is in a text: byte offsets [begin, end) into its UTF-8, 1-based line and column
    (columns count Unicode code points)."""

    begin: int
    end: int
    line: int
    column: int


class Error(ValueError):
    """A figura error: text that is not a figure, invalid UTF-8, a missing rate, a bad rates file.

    ``id`` is figura's stable error id (``F-PARSE-002``, listed in docs/errors.md); ``line`` and
    ``column`` (1-based, code points) and ``begin``/``end`` (bytes) name the place it refers to.
    """

    def __init__(self, id: str, message: str, line: int = 1, column: int = 1, begin: int = 0, end: int = 0):
        super().__init__(id, message, line, column, begin, end)
        self.id = id
        self.message = message
        self.line = line
        self.column = column
        self.begin = begin
        self.end = end

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: error[{self.id}]: {self.message}"
