"""Which names are names of responsible units, and which of them are townships.

The audit has no profile, so it reads units from the site itself: from the
breadcrumbs of 信息公开 directories (部门信息公开 > 定南县林业局 > 工作动态) and
from 发布机构 lines. The word lists are data (``unit_names.toml``); names are
compared in the reduced form of :func:`monitor.units.canonical`, the same one
attribution uses, so what the audit groups, the crawl will match.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib.resources import files

_NOISE = re.compile(r"[\s\u3000\xa0]+")


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    data = tomllib.loads(files("monitor.audit").joinpath("unit_names.toml").read_text("utf-8"))
    return {key: tuple(value) for key, value in data.items()}


def is_directory(part: str) -> bool:
    """部门信息公开, 乡镇信息公开, 政府信息公开, 乡镇: a directory of units, not a unit."""
    part = _NOISE.sub("", part)
    return "公开" in part or part in _words()["directories"]


def is_township_directory(part: str) -> bool:
    return is_directory(part) and any(word in part for word in _words()["township_directories"])


def is_unit_name(name: str) -> bool:
    """定南县林业局, 历市镇政府, 消防救援大队; not 工作动态, 本网, 新华社."""
    name = _NOISE.sub("", name)
    return len(name) >= 3 and not is_directory(name) and name.endswith(_words()["endings"])


def is_township(key: str) -> bool:
    """A reduced name (历市镇, 城关街道) that names a township."""
    return key.endswith(_words()["township_endings"])


def abbreviates(short: str, full: str) -> bool:
    """发改委 for 发展和改革委员会, 政府办 for 政府办公室: same first character, the rest in order."""
    if not short or len(short) >= len(full) or short[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(char in rest for char in short[1:])
