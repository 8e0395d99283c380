"""Dated list pages are read as the cases in cases/listpages.toml say (any CMS template, its pager too)."""
import tomllib
from pathlib import Path

import pytest

from crawler.media.listpage import read_list_page
from crawler.media.records import SourceError

CASES = tomllib.loads((Path(__file__).parent / "cases" / "listpages.toml").read_text("utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_list_page(case):
    if "error" in case:
        with pytest.raises(SourceError) as raised:
            read_list_page(case["url"], case["html"])
        assert str(raised.value) == case["error"]
        return
    read = read_list_page(case["url"], case["html"])
    got = [[a.url, a.title, a.pub_date.isoformat()] for a in read.articles]
    assert (got, read.skipped, list(read.pages)) == (case["articles"], case["skipped"], case["pages"])
