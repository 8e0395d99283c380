"""Article metadata is read as the cases in cases/articles.toml say."""
import tomllib
from pathlib import Path

import pytest

from crawler.parsing.article import extract_article
from crawler.parsing.page import ParsedPage

CASES = tomllib.loads((Path(__file__).parent / "cases" / "articles.toml").read_text("utf-8"))["case"]
FIELDS = ("title", "pub_date", "source", "index_no", "doc_no", "topic")


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_article_metadata(case):
    meta = extract_article(ParsedPage.from_html("http://x.gov.cn/a.html", case["html"]))
    if not case["expect"]:
        assert meta is None
        return
    assert meta is not None
    got = {field: getattr(meta, field) for field in FIELDS}
    got["pub_date"] = got["pub_date"].isoformat()
    assert got == {field: case["expect"].get(field) for field in FIELDS}
