"""Number formatting the way office software does it, and ranked lists with ties.

Bulletins are checked against Excel/WPS by the people who read them, so a
percentage is rounded half up on the exact decimal value (51/240 = 21.25% is
21.3%), never by binary floating point (which would give 21.2%).
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Callable, Iterable, Sequence, TypeVar

T = TypeVar("T")


def ratio(count: int, quota: Fraction | int | None) -> Fraction | None:
    """Exact completion ratio, or None when there is no (or a zero) quota."""
    if not quota:
        return None
    return Fraction(count) / Fraction(quota)


def percent(value: Fraction | None, digits: int = 1) -> str:
    """``Fraction(51, 240)`` -> ``'21.3%'``; ``None`` -> ``'—'``."""
    if value is None:
        return "—"
    exact = Decimal(value.numerator) * 100 / Decimal(value.denominator)
    step = Decimal(1).scaleb(-digits)
    return f"{exact.quantize(step, rounding=ROUND_HALF_UP)}%"


def plain(value: Fraction | int | None, digits: int = 2) -> str:
    """A quota such as 30 or 7.5 as an office table shows it (no trailing zeros)."""
    if value is None:
        return "—"
    exact = Decimal(Fraction(value).numerator) / Decimal(Fraction(value).denominator)
    rounded = exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return format(rounded.normalize(), "f")


def _ranked(items: Sequence[T], key: Callable[[T], Fraction], n: int, reverse: bool) -> list[T]:
    ordered = sorted(items, key=key, reverse=reverse)
    if len(ordered) <= n:
        return ordered
    cut = key(ordered[n - 1])
    return [item for item in ordered if (key(item) >= cut if reverse else key(item) <= cut)]


def top(items: Iterable[T], key: Callable[[T], Fraction], n: int = 3) -> list[T]:
    """The first ``n`` by ``key``, highest first, ties at the cut included (含并列)."""
    return _ranked(list(items), key, n, reverse=True)


def bottom(items: Iterable[T], key: Callable[[T], Fraction], n: int = 3) -> list[T]:
    """The last ``n`` by ``key``, lowest first, ties at the cut included (含并列)."""
    return _ranked(list(items), key, n, reverse=False)
