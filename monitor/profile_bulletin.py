"""The profile's ``[bulletin]`` table: the office's wording and thresholds for its bulletin.

Thresholds are posts per month and scale with the period (×3 for a quarter),
so one profile serves the 月报 and the 季报::

    [bulletin]
    issuer = "县政府办公室"
    recipients = "县四套班子领导，各乡镇人民政府，县直、驻县各单位"
    requirements = ["一要……", "二要……"]   # 工作要求, one paragraph each
    top_n = 3                 # 列前/后N位 (含并列)
    praise_at = 24            # 本期发布 ≥ 24 per month: 表扬 (0: no such list)
    criticise_below = 5       # 本期发布 < 5 per month: 批评 (0: no such list)
    first_total = 136         # 总第M期 of the first bulletin this database issues
    template = "通报模板.docx"  # the office's Word template (relative to the profile); default: the shipped one
    chart_font = "C:/Windows/Fonts/simhei.ttf"  # font of the chart pictures; default: found on the system
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

DEFAULT_ISSUER = "政府门户网站建设和内容保障工作领导小组办公室"
DEFAULT_RECIPIENTS = "县四套班子领导，各乡镇人民政府，县直、驻县各单位"
# Worded for any period: the seed's "月报" would be wrong in a 季报.
DEFAULT_REQUIREMENTS = (
    "严格执行信息发布审核制度，坚持先审后发，切实把住发布最后关口。"
    "凡发布信息中出现党和国家领导人信息、重要规范表述等内容，要反复核校，确保内容准确无误。"
    "请各单位务必高度重视此项工作，历次通报结果将应用于年终考评。",
)
_COUNTS = ("top_n", "praise_at", "criticise_below", "first_total")
_TEXTS = ("issuer", "recipients")
_SWITCHABLE = ("praise_at", "criticise_below")  # 0: no such list
_FILES = ("template", "chart_font")


@dataclass(frozen=True)
class BulletinSettings:
    issuer: str = DEFAULT_ISSUER
    recipients: str = DEFAULT_RECIPIENTS
    requirements: tuple[str, ...] = DEFAULT_REQUIREMENTS
    top_n: int = 3
    praise_at: int | None = 24  # posts per month; None: no 表扬 list
    criticise_below: int | None = 5  # posts per month; None: no 批评 list
    first_total: int | None = None  # None: the first issue's own 第N期
    template: Path | None = None  # None: the shipped template
    chart_font: Path | None = None  # None: a Chinese font found on the system


class BulletinReader:
    """Validates ``[bulletin]``; ``fail(table, index, key, message)`` raises ProfileError."""

    def __init__(self, fail: Callable[..., None], base: Path | None = None):
        self.fail = fail
        self.base = base  # the profile's folder: file names are relative to it

    def read(self, raw: Any) -> BulletinSettings:
        if not isinstance(raw, dict):
            self.fail("bulletin", None, None, "must be a table")
        return BulletinSettings(**{key: self.value(key, value) for key, value in raw.items()})

    def value(self, key: str, value: Any):
        if key in _COUNTS:
            least = 0 if key in _SWITCHABLE else 1
            if not isinstance(value, int) or isinstance(value, bool) or value < least:
                self.fail("bulletin", None, key, f"must be a whole number of at least {least}")
            return value or None  # 0 turns a 表扬/批评 list off
        if key in _TEXTS:
            if not isinstance(value, str) or not value.strip():
                self.fail("bulletin", None, key, "must be non-empty text")
            return value.strip()
        if key in _FILES:
            return self.file(key, value)
        if key == "requirements":
            if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
                self.fail("bulletin", None, key, "must be a list of paragraphs (non-empty text)")
            return tuple(v.strip() for v in value)
        self.fail("bulletin", None, key,
                  f"unknown key; expected one of {', '.join(_TEXTS + ('requirements',) + _COUNTS + _FILES)}")

    def file(self, key: str, value: Any) -> Path:
        if not isinstance(value, str) or not value.strip():
            self.fail("bulletin", None, key, "must be a file name")
        return existing_file(self.fail, self.base, ("bulletin", None, key), value)


def existing_file(fail: Callable[..., None], base: Path | None, where: tuple, value: str) -> Path:
    """A file named in the profile: relative to the profile's folder, and it must exist now."""
    path = Path(value.strip()).expanduser()
    path = path if path.is_absolute() or base is None else base / path
    if not path.is_file():
        fail(*where, f"file not found: {path}")
    return path
