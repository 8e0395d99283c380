"""Titles and bodies of the fictional posts, from the templates in ``texts.toml``.

Bodies deliberately mention other dates (the event, when a rule takes
effect, a deadline) so that a crawler reading dates from the text, rather
than from the metadata, gets them wrong.
"""
from __future__ import annotations

import datetime
import random
import tomllib
from functools import lru_cache

from monitor.periods import cn_date
from monitor.sampleportal.units import HERE, Unit

CN_NUMBERS = "二三四五六七八九"


@lru_cache(maxsize=1)
def texts() -> dict:
    with open(HERE / "texts.toml", "rb") as handle:
        return tomllib.load(handle)


class Writer:
    """Writes unique titles and plausible bodies with one seeded rng."""

    def __init__(self, rng: random.Random, villages: list[str]):
        self.rng = rng
        self.data = texts()
        self.villages = villages
        self.seen: set[str] = set()

    def values(self, unit: Unit | None, day: datetime.date) -> dict[str, object]:
        """Everything a template may name, drawn for one post."""
        pick, words = self.rng.choice, self.data["words"]
        older = day - datetime.timedelta(days=self.rng.randint(60, 900))
        return {
            "short": unit.short if unit else "我县", "full": unit.full if unit else "定南县人民政府",
            "scope": unit.short if unit and unit.is_town else "定南县",
            "topic": pick(unit.topics) if unit else pick(words["county_topics"]),
            "village": pick(unit.villages or self.villages) if unit else pick(self.villages),
            "area": unit.key_area[1] if unit and unit.key_area else "",
            "year": day.year, "year2": day.year + 2, "month": day.month,
            "q": "一二三四"[(day.month - 1) // 3], "person": pick(words["persons"]),
            "leader": pick(words["leaders"]), "county_topic": pick(words["county_topics"]),
            "event": cn_date(day - datetime.timedelta(days=self.rng.randint(0, 3))),
            "later": cn_date(day + datetime.timedelta(days=self.rng.randint(7, 30))),
            "old": cn_date(older.replace(day=1) if self.rng.random() < 0.5 else older),
            "num": self.rng.randint(12, 900), "num2": self.rng.randint(3, 60),
            "pct": self.rng.randint(40, 98), "money": f"{self.rng.randint(5, 3000) / 10:.1f}",
            "tel": f"{self.rng.randint(10000, 99999)}",
        }

    def title(self, templates: list[str], values: dict[str, object]) -> str:
        """A title no other post has: lists with twin titles would be ambiguous."""
        for _ in range(40):
            title = self.rng.choice(templates).format(**values)
            if title not in self.seen:
                break
        else:  # a recurring item: number it as offices do, （二）（三）…
            base, n = title, 0
            while title in self.seen:
                n += 1
                title = f"{base}（{CN_NUMBERS[n - 1] if n <= len(CN_NUMBERS) else n + 1}）"
        self.seen.add(title)
        return title

    def body(self, kind: str, values: dict[str, object]) -> list[str]:
        """The first sentence, then each further one with probability 0.7."""
        sentences = self.data["bodies"][kind]
        chosen = [sentences[0]] + [s for s in sentences[1:] if self.rng.random() < 0.7]
        return [s.format(**values) for s in chosen]

    def templates(self, kind: str, unit: Unit | None) -> list[str]:
        """Title templates of a post kind; township news has its own."""
        titles = self.data["titles"]
        if kind == "news" and unit is not None and unit.is_township:
            return titles["township_news"]
        if kind == "county_news" and unit is not None and unit.placement != "media":
            return titles["township_news" if unit.is_township else "news"]
        return titles[kind]

    def source_templates(self, group: str) -> list[str]:
        """Titles of posts signed by non-units (新华社 …) or by the house (本网)."""
        return self.data["sources"]["titles"][group]
