"""A list's other pages are found however the CMS writes its pager."""
from urllib.parse import urljoin

from crawler.parsing.page import ParsedPage
from crawler.parsing.pagination import page_links


def links(url: str, html: str) -> list[str]:
    return page_links(ParsedPage.from_html(url, html), lambda href: urljoin(url, href))


def test_trs_script_pager_gives_every_page():
    url = "http://x.gov.cn/xxgk/tzgg/index.html"
    html = '<script>createPageHTML(4, 0, "index", "html");</script>'
    assert links(url, html) == [f"http://x.gov.cn/xxgk/tzgg/{name}" for name in
                                ("index.html", "index_1.html", "index_2.html", "index_3.html")]


def test_trs_pager_variant_with_element_id_and_record_count():
    url = "http://x.gov.cn/zwgk/index_2.shtml"
    html = "<script>createPageHTML('page_div',3, 2,'index','shtml',58);</script>"
    assert links(url, html) == ["http://x.gov.cn/zwgk/index.shtml", "http://x.gov.cn/zwgk/index_1.shtml",
                                "http://x.gov.cn/zwgk/index_2.shtml"]


def test_next_and_last_links_with_query_pages():
    url = "http://x.gov.cn/tzgg/list.asp?page=1"
    html = '<a href="list.asp?page=2">下一页</a> <a href="list.asp?page=9">尾页</a> <a href="/">首页</a>'
    assert links(url, html) == ["http://x.gov.cn/tzgg/list.asp?page=2", "http://x.gov.cn/tzgg/list.asp?page=9"]


def test_home_link_named_first_page_is_not_a_page_of_the_list():
    url = "http://x.gov.cn/col/col12/index.html?uid=3&pageNum=2"
    html = '<a href="/index.html">首页</a><a href="/col/col12/index.html?uid=3&pageNum=3">下一页</a><a href="/col/col13/index.html">2</a>'
    assert links(url, html) == ["http://x.gov.cn/col/col12/index.html?uid=3&pageNum=3"]
