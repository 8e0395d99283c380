"""Column listings are read as the cases in cases/listings.toml say."""
import tomllib
from pathlib import Path
from urllib.parse import urljoin

import pytest

from crawler.parsing.listing import extract_listing
from crawler.parsing.page import ParsedPage
from crawler.urls import canonical

CASES = tomllib.loads((Path(__file__).parent / "cases" / "listings.toml").read_text("utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_listing(case):
    page = ParsedPage.from_html(case["url"], case["html"])
    listing = extract_listing(page, lambda href: canonical(urljoin(case["url"], href)))
    expected = case["expect"]
    if expected.get("empty"):  # 空白栏目: a column, with nothing listed
        assert (list(listing.trail), listing.entries) == (expected["trail"], ())
        return
    if not expected["entries"]:
        assert listing is None
        return
    assert list(listing.trail) == expected["trail"]
    got = [[e.url, e.list_date.isoformat(), e.title] for e in listing.entries]
    assert got == [[canonical(u), d, t] for u, d, t in expected["entries"]]
