"""Is this answer an anti-bot gateway's JavaScript challenge rather than a page?

Gateways in front of many government portals (瑞数, 加速乐/创宇盾, 安全狗, 云锁,
WZWS, cloud WAFs) answer a first visit with a small page whose script sets a
cookie and reloads; only a browser that runs it gets the site. Such a page is
"blocked", never "broken" and never a page with nothing on it. The signs are
general, listed in ``data/challenge.toml``: a page with (almost) nothing to
read that carries a script, plus one of: a challenge status (412, 521, 202),
a gateway's cookie, header or source marker, or a script that both sets a
cookie and reloads (or is obfuscated and does one of the two). A pure
function of status, headers and the parsed page, shared by the crawl's
middleware and the link checks.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Mapping

from crawler.parsing.page import ParsedPage

TINY_TEXT = 80  # visible characters below which a page has nothing to read
WAIT_TEXT = 300  # … or below which it only says "checking your browser"


@dataclass(frozen=True)
class Challenge:
    status: int
    signs: tuple[str, ...]  # what gave it away: status, cookie, reload, obfuscated, marker:…

    @property
    def reason(self) -> str:
        """One line, plain Chinese."""
        return f"网站启用了反爬虫验证（HTTP {self.status} JavaScript挑战），页面未能读取"


@dataclass(frozen=True)
class _Signs:
    statuses: frozenset[int]
    cookies: tuple[str, ...]
    headers: tuple[str, ...]
    source: tuple[str, ...]
    phrases: tuple[str, ...]
    script: dict[str, re.Pattern]


@lru_cache(maxsize=1)
def signs() -> _Signs:
    data = tomllib.loads(resources.files("crawler.middlewares").joinpath("data/challenge.toml").read_text("utf-8"))
    lower = lambda key: tuple(s.lower() for s in data[key])  # noqa: E731
    script = {kind: re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
              for kind, patterns in data["script"].items()}
    return _Signs(frozenset(data["statuses"]), lower("cookies"), lower("headers"), lower("source"),
                  lower("phrases"), script)


def detect_challenge(status: int, headers: Mapping[str, str], page: ParsedPage | None) -> Challenge | None:
    """The challenge this answer is, or None for anything a reader could read (or no HTML at all)."""
    if page is None or not _little_to_read(page):
        return None
    scripts = _scripts(page)
    if scripts is None:
        return None
    does, source, gateway = set(_behaviour(scripts, page)), _in_source(scripts), _gateway(headers)
    found = tuple(sorted(does)) + source + gateway
    if status in signs().statuses:
        return Challenge(status, ("status", *found))
    if source or {"cookie", "reload"} <= does or ("obfuscated" in does and does & {"cookie", "reload"}):
        return Challenge(status, found)
    if gateway and does & {"cookie", "obfuscated"}:  # a gateway's mere presence is no proof
        return Challenge(status, found)
    return None


def _little_to_read(page: ParsedPage) -> bool:
    text = page.text
    if len(text) < TINY_TEXT:
        return True
    folded = text.lower()
    return len(text) < WAIT_TEXT and any(phrase in folded for phrase in signs().phrases)


def _scripts(page: ParsedPage) -> str | None:
    """Inline script source joined, "" for external scripts only; None when there is no script."""
    nodes = page.root.xpath("//script")
    return "\n".join(node.text or "" for node in nodes) if nodes else None


def _behaviour(scripts: str, page: ParsedPage) -> list[str]:
    found = [kind for kind, pattern in signs().script.items() if pattern.search(scripts)]
    refresh = page.root.xpath("//meta[translate(@http-equiv, 'REFSH', 'refsh') = 'refresh']")
    return found + ["reload"] if refresh and "reload" not in found else found


def _in_source(scripts: str) -> tuple[str, ...]:
    """Challenge markers and clearance cookie names the script itself carries."""
    source = scripts.lower()
    return tuple(f"marker:{s}" for s in dict.fromkeys(signs().source + signs().cookies) if s in source)


def _gateway(headers: Mapping[str, str]) -> tuple[str, ...]:
    """A gateway's headers or cookies: it is there, though it lets most answers through unchanged."""
    lines = [f"{k.lower()}: {v.lower()}" for k, v in headers.items()]
    cookies = " ".join(line for line in lines if line.startswith("set-cookie"))
    found = [f"gateway:{c}" for c in signs().cookies if c in cookies]
    return tuple(found + [f"gateway:{h}" for h in signs().headers if any(h in line for line in lines)])
