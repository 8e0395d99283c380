"""What an office sets for its bulletin; the defaults live in :mod:`monitor.profile_bulletin`."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from monitor.profile_bulletin import (DEFAULT_ISSUER, DEFAULT_RECIPIENTS, DEFAULT_REQUIREMENTS,
                                      BulletinSettings)


@dataclass
class BulletinOptions:
    """The parts of a bulletin that are the office's choice rather than the figures."""

    issuer: str = DEFAULT_ISSUER
    recipients: str = DEFAULT_RECIPIENTS
    issue_date: date = field(default_factory=date.today)  # 印发 date
    requirements: list[str] = field(default_factory=lambda: list(DEFAULT_REQUIREMENTS))
    top_n: int = 3
    issue_number: int | None = None  # 期号; None: the month, or the quarter 1–4
    issue_total: int | None = None  # 总第M期; None: not shown
    praise_at: int | None = None  # posts per month for 表扬; None: no such list
    criticise_below: int | None = None  # posts per month under which 批评; None: no such list

    @classmethod
    def from_settings(cls, settings: BulletinSettings, issue_date: date | None = None) -> "BulletinOptions":
        """The profile's ``[bulletin]`` table as options (期号 are the database's, set later)."""
        return cls(issuer=settings.issuer, recipients=settings.recipients,
                   issue_date=issue_date or date.today(), requirements=list(settings.requirements),
                   top_n=settings.top_n, praise_at=settings.praise_at, criticise_below=settings.criticise_below)
