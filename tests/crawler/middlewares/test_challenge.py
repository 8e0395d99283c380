"""Anti-bot challenge detection, case by case (cases in challenges.toml)."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

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
