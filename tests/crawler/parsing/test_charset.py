"""The bytes decide a page's charset; declarations are hints that may lie."""
import pytest

from crawler.parsing.charset import decode_html

TEXT = "<html><head><title>关于做好汛期安全防范工作的通知</title></head><body><p>发布机构：定南县应急管理局</p></body></html>"
META_GBK = "<meta http-equiv='Content-Type' content='text/html; charset=gbk'>"


@pytest.mark.parametrize("encoding, content_type, prefix", [
    ("utf-8", "text/html; charset=utf-8", ""),  # honest UTF-8
    ("gb18030", "text/html; charset=gbk", ""),  # honest GBK
    ("gb18030", "text/html; charset=gb2312", ""),  # GB2312 declared, GBK characters used
    ("gb18030", "text/html; charset=utf-8", ""),  # GBK served as UTF-8
    ("utf-8", "text/html; charset=gbk", META_GBK),  # UTF-8 still declaring its old template's GBK
    ("gb18030", "text/html", META_GBK),  # declared in the page only
    ("gb18030", "text/html", ""),  # declared nowhere
    ("gb18030", None, ""),
    ("utf-8-sig", "text/html; charset=gbk", ""),  # a BOM
    ("utf-16", "text/html", ""),
])
def test_declared_charset_does_not_garble_the_text(encoding, content_type, prefix):
    html = prefix + TEXT
    assert decode_html(html.encode(encoding), content_type) == html


def test_stray_bytes_in_utf8_page_stay_utf8():
    body = TEXT.encode().replace("<p>".encode(), b"<p>\xff\xfe\x81")
    text = decode_html(body, "text/html; charset=utf-8")
    assert "关于做好汛期安全防范工作的通知" in text and "定南县应急管理局" in text


def test_a_declared_latin_charset_is_kept_for_non_utf8_bytes():
    html = "<p>Café crème</p>"
    assert decode_html(html.encode("cp1252"), "text/html; charset=windows-1252") == html
