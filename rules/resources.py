"""The site-specific facts rules need, and shared data loaded once per process.

:class:`RuleContext` comes from the profile (the site's region, its own
hosts, county leaders, allow-listed words, extra terms). Data files under
``rules/data`` are read through :func:`data_path` so an installed package
finds them too.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class Leader:
    name: str
    titles: tuple[str, ...]
    former: tuple[str, ...] = ()  # titles held until ``former_until``: right in pages up to then
    former_until: date | None = None
    national: bool = False  # national leaders are checked against national titles only


@dataclass(frozen=True)
class RuleContext:
    region: str = ""  # the site's own region as the profile names it (定南县, 江西省赣州市定南县)
    own_hosts: frozenset[str] = frozenset()
    leaders: tuple[Leader, ...] = ()  # county leaders (national ones are a data file)
    allow: frozenset[str] = frozenset()  # words never reported by a term check
    extra_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # term list name -> more terms


def data_path(*parts: str) -> Path:
    return Path(str(resources.files("rules").joinpath("data", *parts)))


@lru_cache(maxsize=None)
def load_toml(*parts: str) -> dict:
    with data_path(*parts).open("rb") as handle:
        return tomllib.load(handle)
