"""What the media spider yields to its pipeline (crawler.pipelines.media); faults are crawler.items.NoticeItem."""
from __future__ import annotations

from dataclasses import dataclass

from crawler.media.letters import LetterRecord
from crawler.media.records import SourceRead


@dataclass
class AccountReadItem:
    account: str  # the profile's account name
    source: str  # the URL read (the account's own source, or a further list page)
    read: SourceRead
    first: bool  # the account's own source: a good read of it is the account's last read


@dataclass
class LetterItem:
    box: str
    url: str  # canonical
    letter: LetterRecord
    unit: str | None  # the profile unit the answering unit is, None when none matches


@dataclass
class BoxPageItem:
    """A letter box's list page read: its earlier notice, if any, is resolved."""

    url: str
