"""The sample portal's letter boxes: planted standings as of 2024-06-30 on the working-day calendar,
every letter listed once, and letter pages that a portal crawl cannot take for posts."""
from __future__ import annotations

import re
import urllib.request
from collections import Counter
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

from crawler.parsing.article import extract_article
from crawler.parsing.page import ParsedPage
from monitor.profile import load_profile
from monitor.rectification import add_workdays
from monitor.units import UnitMatcher

AS_OF = date(2024, 6, 30)
REPLY_DAYS = 5
LINK = re.compile(r'href="([^"]*)"')
PAGER = re.compile(r'createPageHTML\((\d+),\s*(\d+),\s*"(\w+)",\s*"(\w+)"\)')


def deadline(received: date) -> date:
    return add_workdays(received, REPLY_DAYS)


def standing(letter) -> str:
    if letter.answered:
        return "in time" if letter.answered <= deadline(letter.received) else "late"
    return "pending" if deadline(letter.received) >= AS_OF else "overdue"


def weekdays_only(day: date, count: int) -> date:
    """The naive count (Monday to Friday, no holidays) the sample is built to catch out."""
    while count:
        day += timedelta(days=1)
        count -= day.weekday() < 5
    return day


def letter(site, title: str):
    return next(item for item in site.media.letters if item.title == title)


def test_standings_per_box(sample_site):
    letters = sample_site.media.letters
    assert len(letters) == 32
    assert all(date(2024, 4, 1) <= item.received <= AS_OF for item in letters)
    assert Counter((item.box, standing(item)) for item in letters) == {
        ("县长信箱", "in time"): 8, ("县长信箱", "late"): 5, ("县长信箱", "overdue"): 3, ("县长信箱", "pending"): 2,
        ("咨询投诉", "in time"): 7, ("咨询投诉", "late"): 3, ("咨询投诉", "overdue"): 2, ("咨询投诉", "pending"): 2}


def test_states_as_printed(sample_site):
    printed = Counter((item.box, item.answered is not None, item.state) for item in sample_site.media.letters)
    assert printed == {("县长信箱", True, "已办结"): 13, ("县长信箱", False, "办理中"): 4, ("县长信箱", False, "已受理"): 1,
                       ("咨询投诉", True, "已回复"): 10, ("咨询投诉", False, "未回复"): 1, ("咨询投诉", False, "待回复"): 3}


def test_holidays_and_worked_weekends_decide(sample_site):
    # 端午 (06-10) off: in time on the working-day calendar, late counting Monday to Friday or calendar days
    card = letter(sample_site, "预付卡商家停业如何维权")
    assert (card.received, card.answered, deadline(card.received)) == (date(2024, 6, 5), date(2024, 6, 13),
                                                                         date(2024, 6, 13))
    assert weekdays_only(card.received, 5) == date(2024, 6, 12) and card.received + timedelta(5) < card.answered
    # received just before 端午 and still pending: overdue, its deadline moved by the holiday
    canal = letter(sample_site, "大塘村灌溉水渠堵塞")
    assert (standing(canal), deadline(canal.received), weekdays_only(canal.received, 5)) == \
        ("overdue", date(2024, 6, 14), date(2024, 6, 13))
    # the Sunday 04-28 and Saturday 05-11 worked for 劳动节: late, though Monday to Friday would say in time
    for title, due in (("车步村村道路灯长期不亮", date(2024, 4, 28)), ("灵活就业人员社保缴费基数咨询", date(2024, 5, 11))):
        item = letter(sample_site, title)
        assert (standing(item), deadline(item.received)) == ("late", due)
        assert item.answered == weekdays_only(item.received, 5)
    # pending within the limit on 06-30, though five calendar days have passed
    fund = letter(sample_site, "小区物业维修资金使用咨询")
    assert (standing(fund), deadline(fund.received)) == ("pending", date(2024, 7, 1))
    assert fund.received + timedelta(5) < AS_OF


def test_answering_units_match_the_profile(sample_site, profile_path):
    matcher = UnitMatcher(load_profile(profile_path))
    letters = sample_site.media.letters
    assert all(item.unit == matcher.match(item.answered_by) for item in letters)
    assert [item.answered_by for item in letters if item.answered_by and item.unit is None] == ["国网定南县供电公司"]
    assert sum(item.answered_by is None for item in letters) == 4  # 咨询投诉 prints no unit before answering
    assert letter(sample_site, "城区河堤步道垃圾较多").unit == "城管局"
    assert letter(sample_site, "车步村村道路灯长期不亮").unit == "历市镇政府"


def page_at(site, path: str):
    parts = urlsplit(path)
    return site.lookup(parts.path, parts.query)


def list_pages(site, first: str) -> dict[int, str]:
    """id(page) -> path of every list page reached from ``first`` by its own pagination."""
    seen, todo = {}, [first]
    while todo:
        path = todo.pop()
        page = page_at(site, path)
        if id(page) in seen:
            continue
        seen[id(page)] = path
        text = decoded(page)
        todo += [urljoin(path, unescape(h)) for h in LINK.findall(text) if "page=" in h]
        for total, _, name, ext in PAGER.findall(text):
            todo += [urljoin(path, f"{name}_{i}.{ext}" if i else f"{name}.{ext}") for i in range(int(total))]
    return seen


def decoded(page) -> str:
    return page.body.decode("utf-8" if "utf-8" in page.content_type else "gb18030")


def test_lists_link_every_letter_exactly_once(sample_site):
    for name, first in sample_site.media.boxes:
        paths = sorted(list_pages(sample_site, first).values())
        linked = Counter(urljoin(path, unescape(h)) for path in paths
                         for h in LINK.findall(decoded(page_at(sample_site, path))))
        letters = [item.path for item in sample_site.media.letters if item.box == name]
        assert {link: linked[link] for link in letters} == {link: 1 for link in letters}
        assert set(linked) & {item.path for item in sample_site.media.letters} == set(letters)
    assert sample_site.media.boxes == (("县长信箱", "/hdjl/xzxx/index.html"), ("咨询投诉", "/hdjl/zxts/list.jsp"))
    assert sorted(list_pages(sample_site, "/hdjl/xzxx/index.html").values()) == \
        ["/hdjl/xzxx/index.html", "/hdjl/xzxx/index_1.html"]


def test_letter_pages_are_served_and_are_not_posts(sample_site, portal):
    for item in sample_site.media.letters:
        with urllib.request.urlopen(portal.base_url + item.path, timeout=10) as reply:
            text = reply.read().decode("utf-8" if "utf-8" in reply.headers["Content-Type"] else "gb18030")
        assert item.title in text and item.state in text
        assert extract_article(ParsedPage.from_html(portal.base_url + item.path, text)) is None
        label = "来信时间" if item.box == "县长信箱" else "提交时间"
        assert re.search(rf"{label}(?:</td><td>|：</dt><dd>){item.received:%Y-%m-%d} ", text)
