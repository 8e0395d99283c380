"""Feeds are read as the cases in cases/feeds.toml say: the articles exactly, or the notice's exact reason."""
import tomllib
from pathlib import Path

import pytest

from crawler.media.feed import read_feed
from crawler.media.records import SourceError

CASES = tomllib.loads((Path(__file__).parent / "cases" / "feeds.toml").read_text("utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_feed(case):
    body = case["body"].encode(case.get("encoding", "utf-8"))
    if "error" in case:
        with pytest.raises(SourceError) as raised:
            read_feed(body, case["url"], case.get("content_type"))
        assert str(raised.value) == case["error"]
        return
    read = read_feed(body, case["url"], case.get("content_type"))
    got = [[a.url, a.title, a.pub_date.isoformat(), a.summary] for a in read.articles]
    assert (got, read.skipped) == (case["articles"], case["skipped"])
