"""Anti-bot challenge detection, case by case (cases in challenges.toml)."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from crawler.middlewares.antibot import challenge_of
from crawler.middlewares.challenge import detect_challenge
from crawler.parsing.page import ParsedPage

CASES = tomllib.loads((Path(__file__).parent / "challenges.toml").read_text("utf-8"))["case"]


def _body(case: dict) -> str:
    if "body_repeat" in case:
        head, middle, times, tail = case["body_repeat"]
        return head + middle * times + tail
    return case["body"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_challenge_or_not(case):
    headers = dict(line.split(": ", 1) for line in case.get("headers", []))
    found = detect_challenge(case["status"], headers, ParsedPage.from_html("http://example.gov.cn/", _body(case)))
    assert (found is not None) == case["blocked"], found


def test_the_reason_names_the_status_in_plain_chinese():
    page = ParsedPage.from_html("http://example.gov.cn/", CASES[0]["body"])
    assert detect_challenge(412, {}, page).reason == "网站启用了反爬虫验证（HTTP 412 JavaScript挑战），页面未能读取"


def test_no_page_no_challenge():
    assert detect_challenge(412, {"Content-Type": "application/pdf"}, None) is None


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_the_middleware_gate_parses_only_what_could_be_a_challenge_and_agrees(case):
    """Ordinary pages skip the parse by a rough text count; no challenge may slip past that gate."""
    headers = {k: v for k, v in (line.split(": ", 1) for line in case.get("headers", []))}
    response = HtmlResponse("http://example.gov.cn/", status=case["status"], headers=headers,
                            body=_body(case).encode("utf-8"), encoding="utf-8")
    assert (challenge_of(response) is not None) == case["blocked"]
