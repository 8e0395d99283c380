"""What the link checks yield: the links one page cites, and one checked URL's outcome."""
from __future__ import annotations

from dataclasses import dataclass

from crawler.linkcheck.extract import CitedLink
from crawler.linkcheck.outcome import LinkOutcome


@dataclass
class PageLinksItem:
    page_url: str  # canonical
    links: list[CitedLink]


@dataclass
class LinkOutcomeItem:
    url: str  # canonical: one outcome per URL and run, however many pages cite it
    outcome: LinkOutcome
