"""What an office sets for its bulletin; every default lives here and only here."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

DEFAULT_ISSUER = "政府门户网站建设和内容保障工作领导小组办公室"
DEFAULT_RECIPIENTS = "县四套班子领导，各乡镇人民政府，县直、驻县各单位"
# Worded for any period: the seed's "月报" would be wrong in a 季报.
DEFAULT_REQUIREMENTS = (
    "严格执行信息发布审核制度，坚持先审后发，切实把住发布最后关口。"
    "凡发布信息中出现党和国家领导人信息、重要规范表述等内容，要反复核校，确保内容准确无误。"
    "请各单位务必高度重视此项工作，历次通报结果将应用于年终考评。",
)


@dataclass
class BulletinOptions:
    """The parts of a bulletin that are the office's choice rather than the figures."""

    issuer: str = DEFAULT_ISSUER
    recipients: str = DEFAULT_RECIPIENTS
    issue_date: date = field(default_factory=date.today)  # 印发 date
    requirements: list[str] = field(default_factory=lambda: list(DEFAULT_REQUIREMENTS))
    top_n: int = 3
    issue_number: int | None = None  # 期号; None: the month, or the quarter 1–4
