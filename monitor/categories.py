"""A column's category from its name, by the ordered rules in data/column_categories.toml."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib.resources import files

CATEGORY_NAMES = {"dynamic": "动态类", "notice": "通知公告类", "key_area": "重点领域类",
                  "disclosure": "信息公开类", "other": "其他"}


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, tuple[str, ...]], ...]:
    data = tomllib.loads(files("monitor").joinpath("data/column_categories.toml").read_text("utf-8"))
    return tuple((rule["category"], tuple(rule["keywords"])) for rule in data["rule"])


def infer_with_keyword(name: str | None) -> tuple[str, str | None]:
    """The category and the keyword of the name that decided it (None: nothing matched)."""
    for category, keywords in _rules():
        for word in keywords:
            if name and word in name:
                return category, word
    return "other", None


def infer_category(name: str | None) -> str:
    """``工作动态`` → dynamic, ``通知公告`` → notice, ``财政资金`` → key_area; else other."""
    return infer_with_keyword(name)[0]
