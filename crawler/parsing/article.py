"""Article metadata: title, publication date, publishing unit, 索引号, 文号, 主题分类.

Portals label these fields in many ways and lay them out as "label：value"
lines or as label/value table cells, so the labels are searched in the page
text with line breaks between cells. 成文日期 (date written), 施行日期 and the
like are not the publication date and never match. The national page-metadata
tags (PubDate, ContentSource, ArticleTitle) are used when present.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from crawler.parsing.dates import DATE_PATTERN, parse_date
from crawler.parsing.page import ParsedPage, element_text

# Publication-date labels, strongest first. A bare 日期 counts only when it is
# not the tail of another label (成文日期, 施行日期, 出生日期, 印发日期 …); a bare
# 时间 never counts (活动时间, 办理时间 are in article bodies).
_DATE_LABELS = (
    r"发布日期|公开日期|公开时间",
    r"发布时间|发表时间|发表日期|上传时间|上传日期",
    r"(?<![文行效止生理发始束新期])日期",
)
_SOURCE_LABELS = (
    r"发布机构|发文机关|发文单位|发布单位|发布部门|公开主体|信息公开主体|制发机关",
    r"信息来源|(?<![数据图片视频])来\s*源",
)
_FIELD = r"\s*[:：]?[ \t]*\n?[ \t]*"
_VALUE = r"(?P<value>[^\s:：|｜】\]）)]{2,60})"
_STOP_WORDS = re.compile(r"(作\s*者|浏览|点击|访问|阅读|字号|打印|发布|日期|时间|来源|编辑|责任|分享|【|\[)")
_ALL_LABELS = re.compile(
    r"^(索引号|主题分类|发布机构|发文机关|成文日期|发文字号|文号|发布日期|公开日期|来源|信息来源|"
    r"时效|有效性|名称|标题|关键词|体裁分类|组配分类|公开方式|公开范围|主题词)$"
)


@dataclass(frozen=True)
class ArticleMeta:
    title: str
    pub_date: date
    source: str | None = None
    index_no: str | None = None
    doc_no: str | None = None
    topic: str | None = None


def extract_article(page: ParsedPage) -> ArticleMeta | None:
    """The page's metadata if it is an article (it has a publication date), else None."""
    pub_date = publication_date(page)
    title = article_title(page)
    if pub_date is None or not title:
        return None
    return ArticleMeta(
        title=title,
        pub_date=pub_date,
        source=publishing_unit(page),
        index_no=_labelled(page.text, r"索\s*引\s*号"),
        doc_no=_labelled(page.text, r"文\s*号|发文字号"),
        topic=_labelled(page.text, r"主题分类|信息分类"),
    )


def publication_date(page: ParsedPage) -> date | None:
    for name in ("pubdate", "publishdate", "firstpublishedtime", "article:published_time"):
        if found := parse_date(page.metas.get(name)):
            return found
    for labels in _DATE_LABELS:
        match = re.search(rf"(?:{labels}){_FIELD}(?P<value>{DATE_PATTERN})", page.text)
        if match and (found := parse_date(match["value"])):
            return found
    return None


def publishing_unit(page: ParsedPage) -> str | None:
    if found := _labelled(page.text, _SOURCE_LABELS[0]):
        return found
    if source := page.metas.get("contentsource"):
        return _clean_value(source)
    return _labelled(page.text, _SOURCE_LABELS[1])


def article_title(page: ParsedPage) -> str | None:
    if title := page.metas.get("articletitle"):
        return title
    for heading in page.root.iter("h1"):
        if text := element_text(heading):
            return text
    if labelled := _labelled(page.text, r"标\s*题|名\s*称"):
        return labelled
    return _strip_site_suffix(page.title_tag)


def _labelled(text: str, labels: str) -> str | None:
    """The value printed after one of ``labels``, or None when empty."""
    for match in re.finditer(rf"(?:{labels}){_FIELD}{_VALUE}", text):
        if value := _clean_value(match["value"]):
            return value
    return None


def _clean_value(value: str) -> str | None:
    """Cut a value at the next label run into it; reject a label standing for a value."""
    value = _STOP_WORDS.split(value, maxsplit=1)[0].strip(" ,，;；")
    if len(value) < 2 or _ALL_LABELS.match(value):
        return None
    return value


def _strip_site_suffix(title: str) -> str | None:
    # 标题_栏目_站点, 标题--站点, 标题 - 站点, 标题|站点; a bare hyphen belongs to titles (2023-2024学年)
    parts = [p.strip() for p in re.split(r"\s*(?:--+|—+|_+|\||｜)\s*|\s+-\s+", title) if p.strip()]
    while len(parts) > 1 and re.search(r"网站|门户|人民政府$|政府网$", parts[-1]):
        parts.pop()
    return parts[0] if parts else None
