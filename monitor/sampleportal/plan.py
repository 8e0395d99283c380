"""How many posts each unit publishes each month, with the planted ties.

Counts are decided per unit first and placed on the site afterwards, so the
ground truth's rankings (and the ties the bulletin must show 含并列) are under
control whatever columns the posts end up in.
"""
from __future__ import annotations

import math
import random
from fractions import Fraction

from monitor.sampleportal.units import Plan, Unit

Month = tuple[int, int]
Counts = dict[str, dict[Month, int]]  # unit name -> month -> posts
DEMO_YEAR = 2024


def _poisson(rng: random.Random, mean: float) -> int:
    """Knuth's method: small means only, deterministic with the seeded rng."""
    limit, k, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def _ytd_months(plan: Plan) -> list[Month]:
    return [m for m in plan.months() if m[0] == DEMO_YEAR]


def _ytd(counts: Counts, name: str, months: list[Month]) -> int:
    return sum(counts[name][m] for m in months)


def _set_total(rng: random.Random, monthly: dict[Month, int], months: list[Month], total: int) -> None:
    """Add or remove posts in random months until ``months`` sum to ``total``."""
    while sum(monthly[m] for m in months) < total:
        monthly[rng.choice(months)] += 1
    while sum(monthly[m] for m in months) > total:
        month = rng.choice([m for m in months if monthly[m]])
        monthly[month] -= 1


def _plant_ties(rng: random.Random, counts: Counts, units: tuple[Unit, ...], plan: Plan) -> None:
    """Two equal-quota units tie at the bottom, two at the top (2024 YTD).

    The bottom pair gets one common small count and every other unit is kept
    strictly above it; the top pair is lifted above the second best other unit.
    """
    months = _ytd_months(plan)
    quota = {u.name: u.quota for u in units}
    low_a, low_b = plan.tie_bottom
    top_a, top_b = plan.tie_top
    assert quota[low_a] == quota[low_b] and quota[top_a] == quota[top_b], "tie pairs need equal quotas"
    low = max(1, min(_ytd(counts, low_a, months), _ytd(counts, low_b, months)))
    for name in (low_a, low_b):
        _set_total(rng, counts[name], months, low)
    floor = Fraction(low, quota[low_a])
    for unit in units:
        if unit.name not in (low_a, low_b):
            need = math.floor(floor * unit.quota) + 1
            total = _ytd(counts, unit.name, months)
            _set_total(rng, counts[unit.name], months, max(total, need))
    ratios = sorted((Fraction(_ytd(counts, u.name, months), u.quota) for u in units
                     if u.name not in (top_a, top_b)), reverse=True)
    high = max(_ytd(counts, top_a, months), _ytd(counts, top_b, months),
               math.floor(ratios[1] * quota[top_a]) + 1)
    for name in (top_a, top_b):
        _set_total(rng, counts[name], months, high)


def plan_counts(units: tuple[Unit, ...], plan: Plan, rng: random.Random) -> Counts:
    """Monthly counts ~ quota/12 x activity x scale x season, Poisson noise."""
    counts: Counts = {}
    for unit in units:
        monthly = {}
        for year, month in plan.months():
            mean = unit.quota / 12 * unit.activity * plan.scale * plan.season[month - 1]
            monthly[(year, month)] = _poisson(rng, mean)
        counts[unit.name] = monthly
    _plant_ties(rng, counts, units, plan)
    return counts
