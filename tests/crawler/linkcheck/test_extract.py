"""What a page cites: kinds, texts, skipped schemes, base href, one entry per (URL, kind)."""
from __future__ import annotations

from urllib.parse import urljoin

from crawler.linkcheck.extract import CitedLink, cited_links
from crawler.parsing.page import ParsedPage

HTML = """<html><head><base href="http://site.example/a/">
<link rel="stylesheet" href="/css/main.css"><link rel="icon" href="/favicon.ico">
<script src="js/app.js"></script></head><body>
<a href="news/1.html">要闻 一</a> <a href="news/1.html#top">要闻一（重复）</a>
<a href="files/plan.pdf">实施方案.pdf</a> <a href="pics/big.JPG">大图</a>
<a href="http://other.example/"><img src="/img/banner.png" alt="友情链接横幅"></a>
<img src="/img/photo.jpg" alt="会议现场"> <img src="/img/photo.jpg">
<area href="/map.html" alt="地图"> <iframe src="https://video.example/embed/1"></iframe>
<a href="javascript:void(0)">打印</a> <a href="mailto:x@site.example">信箱</a> <a href="tel:12345">电话</a>
<a href="#">顶部</a> <img src="data:image/png;base64,AAAA"> <a href=" ">空</a> <a href="ftp://f.example/x">FTP</a>
</body></html>"""


def test_every_kind_with_its_text():
    page = ParsedPage.from_html("http://site.example/a/index.html", HTML)
    links = cited_links(page, lambda href: urljoin("http://site.example/a/", href))
    assert links == [
        CitedLink("http://site.example/css/main.css", "style", ""),
        CitedLink("http://site.example/a/js/app.js", "script", ""),
        CitedLink("http://site.example/a/news/1.html", "page", "要闻 一"),
        CitedLink("http://site.example/a/files/plan.pdf", "attachment", "实施方案.pdf"),
        CitedLink("http://site.example/a/pics/big.JPG", "image", "大图"),
        CitedLink("http://other.example/", "page", "友情链接横幅"),
        CitedLink("http://site.example/img/banner.png", "image", "友情链接横幅"),
        CitedLink("http://site.example/img/photo.jpg", "image", "会议现场"),
        CitedLink("http://site.example/map.html", "page", "地图"),
        CitedLink("https://video.example/embed/1", "frame", ""),
    ]
