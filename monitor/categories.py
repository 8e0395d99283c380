"""A column's category from its name, by the ordered rules in data/column_categories.toml."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, tuple[str, ...]], ...]:
    data = tomllib.loads(files("monitor").joinpath("data/column_categories.toml").read_text("utf-8"))
    return tuple((rule["category"], tuple(rule["keywords"])) for rule in data["rule"])


def infer_category(name: str | None) -> str:
    """``工作动态`` → dynamic, ``通知公告`` → notice, ``财政资金`` → key_area; else other."""
    for category, keywords in _rules():
        if name and any(word in name for word in keywords):
            return category
    return "other"
