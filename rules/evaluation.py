"""Measuring the checks on a labelled corpus: precision and recall per category.

A corpus is a folder of HTML pages and a ``labels.toml`` naming, for each
page, its URL, title, date, breadcrumb and the problems planted in it
(category and offending text as printed). A finding counts as correct when a
label of its category on the same page names the same text (one containing
the other, personal numbers compared masked; an evasion variant may also be
matched in its ``plain`` form); a label counts as found when some finding
matches it. Findings matching an ``optional`` label (text a checker may or
may not report, such as the anchor text of a hidden spam link) are not
counted either way. Used by the benchmark and by the quality test.
"""
from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from crawler.parsing.page import ParsedPage
from rules.base import CATEGORIES, Finding
from rules.engine import RuleSet
from rules.evidence import mask_personal
from rules.page import PageContent


@dataclass(frozen=True)
class LabelledPage:
    file: str
    html: str
    url: str
    title: str
    trail: tuple[str, ...]
    date: object
    expect: tuple[tuple[str, str, str], ...]  # (category, text as printed, plain form)
    optional: tuple[tuple[str, str], ...] = ()  # may be reported or not, without penalty

    def content(self) -> PageContent:
        parsed = ParsedPage.from_html(self.url, self.html)
        return PageContent.from_parsed(parsed, self.title or parsed.title_tag, self.trail, self.date)


@dataclass
class Score:
    findings: int = 0
    correct: int = 0
    labels: int = 0
    found: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.findings if self.findings else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.labels if self.labels else 1.0


def load_corpus(folder: Path) -> tuple[dict, list[LabelledPage]]:
    labels = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
    pages = [LabelledPage(
        p["file"], (folder / "pages" / p["file"]).read_text(encoding="utf-8"), p["url"], p.get("title", ""),
        tuple(p.get("trail", ())), p.get("pub_date"),
        tuple((e["category"], e["text"], e.get("plain", e["text"])) for e in p.get("expect", ())),
        tuple((e["category"], e["text"]) for e in p.get("optional", ()))) for p in labels["pages"]]
    return labels, pages


def same(label: str, matched: str) -> bool:
    a, b = _key(label), _key(matched)
    return bool(a and b) and (a in b or b in a)


def _key(text: str) -> str:
    return mask_personal(text.strip()).rstrip("/").lower()


def score(ruleset: RuleSet, pages: list[LabelledPage]) -> dict[str, Score]:
    scores = {category: Score() for category in CATEGORIES}
    for page in pages:
        findings = ruleset.check(page.content())
        _score_page(scores, page, findings)
    return scores


def _score_page(scores: dict[str, Score], page: LabelledPage, findings: list[Finding]) -> None:
    by_category: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_category[finding.category].append(finding)
    for category, text, plain in page.expect:
        scores[category].labels += 1
        if any(same(text, f.matched) or same(plain, f.matched) for f in by_category[category]):
            scores[category].found += 1
        else:
            scores[category].misses.append(f"{page.file}: {text}")
    for finding in findings:
        _score_finding(scores[finding.category], page, finding)


def _score_finding(score_: Score, page: LabelledPage, finding: Finding) -> None:
    """A finding matching an optional label is neither right nor wrong: not counted."""
    if any(c == finding.category and (same(t, finding.matched) or same(p, finding.matched))
           for c, t, p in page.expect):
        score_.findings += 1
        score_.correct += 1
    elif not any(c == finding.category and same(t, finding.matched) for c, t in page.optional):
        score_.findings += 1
        score_.false_alarms.append(f"{page.file}: {finding.rule} {finding.matched} | {finding.evidence}")
