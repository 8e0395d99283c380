"""Match the many printed forms of a unit's name to the profile's unit.

定南县林业局 = 县林业局 = 林业局, and 历市镇人民政府 = 历市镇政府 = 历市镇: every
name and alias is reduced to a canonical key with the county prefix, a
leading 县 and the township government suffix removed, and a printed name is
matched by the same reduction. Nothing fuzzy: a wrong match would credit one
unit's work to another in a bulletin read by county leaders.
"""
from __future__ import annotations

import re
from typing import Iterable

from monitor.profile import Profile, ProfileError

_NOISE = re.compile(r"[\s\u3000\xa0:：,，、;；()（）\[\]【】<>《》\"'“”]+")
_TOWNSHIP = re.compile(r"^(.{2,}?(?:镇|乡|街道|街道办事处|办事处))(?:人民政府|政府)$")


def canonical(name: str, region: str) -> str:
    """Reduce a printed unit name to its matching key."""
    key = _NOISE.sub("", name)
    for prefix in _region_prefixes(region):
        if key.startswith(prefix) and len(key) > len(prefix):
            key = key[len(prefix):]
            break
    # 县林业局 is the county's 林业局; 县委… is the Party committee, not 县 + 委…
    if key.startswith("县") and len(key) > 2 and key[1] != "委":
        key = key[1:]
    key = key.replace("人民政府", "政府")
    if township := _TOWNSHIP.match(key):
        key = township[1]
    return key


def _region_prefixes(region: str) -> list[str]:
    """定南县 is printed as 定南县 or, less often, as the bare 定南."""
    bare = re.sub(r"(自治县|县|市|区|旗)$", "", region)
    return [p for p in (region, bare) if p]


class UnitMatcher:
    """Maps printed names to profile unit names; built once per profile."""

    def __init__(self, profile: Profile):
        self.region = profile.site.region
        self._keys: dict[str, str] = {}
        for unit in profile.units:
            for form in (unit.name, *unit.aliases):
                self._add(canonical(form, self.region), unit.name)

    def _add(self, key: str, unit: str) -> None:
        other = self._keys.setdefault(key, unit)
        if other != unit:
            raise ProfileError(f"units {other!r} and {unit!r} cannot be told apart: both read as {key!r}")

    def match(self, printed: str | None) -> str | None:
        """The profile unit a printed name stands for, or None."""
        if not printed:
            return None
        return self._keys.get(canonical(printed, self.region))

    def match_any(self, names: Iterable[str]) -> str | None:
        """The first of several names (e.g. breadcrumb parts) that is a unit."""
        for name in names:
            if unit := self.match(name):
                return unit
        return None
