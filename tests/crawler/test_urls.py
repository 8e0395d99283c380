"""Every page of a list shares one column key; files are recognised by extension."""
import pytest

from crawler.urls import column_key, is_file, is_page_sibling


@pytest.mark.parametrize("url", [
    "http://x.gov.cn/xxgk/tzgg/", "http://x.gov.cn/xxgk/tzgg/index.html",
    "http://x.gov.cn/xxgk/tzgg/index_3.html", "HTTP://X.gov.cn/xxgk/tzgg/index.html#top",
])
def test_trs_pages_share_a_column_key(url):
    assert column_key(url) == "http://x.gov.cn/xxgk/tzgg/"


def test_query_page_numbers_are_dropped_other_parameters_kept():
    assert column_key("http://x.gov.cn/info/iList.jsp?cat_id=10&cur_page=4") == "http://x.gov.cn/info/iList.jsp?cat_id=10"
    assert column_key("http://x.gov.cn/col/col5/index.html?uid=7&pageNum=2") == "http://x.gov.cn/col/col5/?uid=7"


@pytest.mark.parametrize("url,expected", [
    ("http://x.gov.cn/P020240215.pdf", True), ("http://x.gov.cn/a/b.DOCX", True),
    ("http://x.gov.cn/art/2024/2/1/art_1_2.html", False), ("http://x.gov.cn/col/", False),
])
def test_files_are_not_pages(url, expected):
    assert is_file(url) is expected


def test_page_siblings():
    assert is_page_sibling("http://x.gov.cn/a/index.html", "http://x.gov.cn/a/index_2.html")
    assert is_page_sibling("http://x.gov.cn/a/list.asp?page=1", "http://x.gov.cn/a/list.asp?page=2")
    assert not is_page_sibling("http://x.gov.cn/a/index.html", "http://x.gov.cn/index.html")
    assert not is_page_sibling("http://x.gov.cn/a/index.html", "http://y.gov.cn/a/index_2.html")
