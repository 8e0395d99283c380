"""What an incremental run of the media spider reads: what may have changed, not every letter again.

A county's 县长信箱 holds years of letters; a nightly crawl that read them
all would ask the portal far more than its own incremental crawl does. So
after a first full run, a list page's further pages are read only while it
shows something not yet stored (lists are newest first), a letter already
stored is not read again from its list, and every stored letter still
without an answer is read directly, so its answer is found wherever its
list has moved it. A full run (``crawl --full``) reads everything again.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from storage.media_store import known_urls, unanswered_letters


@dataclass(frozen=True)
class PendingLetter:
    url: str
    box: str
    title: str
    received: date | None


@dataclass(frozen=True)
class MediaPlan:
    full: bool = True
    known: frozenset[str] = frozenset()  # canonical URLs of the site's stored articles and letters
    pending: tuple[PendingLetter, ...] = ()  # stored letters without an answer

    def wants(self, url: str) -> bool:
        """Read this listed letter?"""
        return self.full or url not in self.known

    def more_pages(self, listed: list[str]) -> bool:
        """Read the further pages of a list that showed ``listed``?"""
        return self.full or any(url not in self.known for url in listed)

    def rereads(self) -> tuple[PendingLetter, ...]:
        """Letters read directly at the start: the unanswered ones, in an incremental run."""
        return () if self.full else self.pending


def load_media_plan(session: Session, site_id: int, full: bool) -> MediaPlan:
    if full:
        return MediaPlan()
    pending = tuple(PendingLetter(*row) for row in unanswered_letters(session, site_id))
    return MediaPlan(False, known_urls(session, site_id), pending)
