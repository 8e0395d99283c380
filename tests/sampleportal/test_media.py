"""The sample portal's 政务新媒体 accounts: planted states as of 2024-06-30, served sources, profile,
and the rest of the site exactly as it was before they were added."""
from __future__ import annotations

import csv
import hashlib
import html
import io
import re
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

from crawler.parsing.listing import extract_listing
from crawler.parsing.page import ParsedPage
from monitor.profile import load_profile
from monitor.profile_newmedia import AccountSettings, LetterBoxSettings
from monitor.sampleportal import build_site
from monitor.sampleportal.model import TruthArticle

AS_OF = date(2024, 6, 30)
ATOM = {"a": "http://www.w3.org/2005/Atom"}
# Recorded from the build of main before accounts and letters existed (commit 4162ba0): every page
# but the home page (the encrypted PDF has a random salt), the truth, the home page without its
# 互动交流 box, and the profile before its new tables.
PAGES_BEFORE = "ee5232f8f91bbe7f77c999526a0af1572fc229fa96d9ce21d57a5c76e14f2218"
TRUTH_BEFORE = "87fbcf8ea96ab355dc2f8ecf05eb5493e0c318e52c5fbf2a447b58536790fa35"
HOME_BEFORE = "a4d6dac287b951772fed422132ecbd383f07c7e230fbea1b8ced15b756ed8654"
PROFILE_BEFORE = "9b0a996e15d9490e61f4857d10fbef7fb3f45fb9976a5fcdc04d757b01450c92"
PAGE_COUNT_BEFORE = 2952
LETTER_LISTS = {"/hdjl/xzxx/index.html", "/hdjl/xzxx/index_1.html", "/hdjl/zxts/list.jsp", "/hdjl/zxts/list.jsp?page=2"}


def fetch(url: str) -> tuple[str, bytes]:
    with urllib.request.urlopen(url, timeout=10) as reply:
        return reply.headers["Content-Type"], reply.read()


def media_paths(site) -> set[str]:
    media = site.media
    articles = {a.url for account in media.accounts for a in account.articles if a.url}
    return {a.path for a in media.accounts} | articles | {l.path for l in media.letters} | LETTER_LISTS


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_the_site_before_accounts_and_letters_is_unchanged(sample_site):
    added = media_paths(sample_site)
    assert len(sample_site.pages) == PAGE_COUNT_BEFORE + len(added)
    digest = hashlib.sha256()
    for path in sorted(set(sample_site.pages) - added - {"/", "/index.html"}):
        page = sample_site.pages[path]
        if not path.endswith("/jmcl.pdf"):
            digest.update(repr((path, page.content_type, page.status, page.headers, page.modified)).encode())
            digest.update(hashlib.sha256(page.body).digest())
    assert digest.hexdigest() == PAGES_BEFORE
    links = sample_site.links
    truth = (sample_site.truth, sample_site.columns, sample_site.planting, links.broken, links.clean,
             links.uncertain, sample_site.county_columns)
    assert sha(repr(truth).encode()) == TRUTH_BEFORE
    box = ('<div class="box"><h3><a href="/hdjl/index.html">互动交流</a></h3><a href="/hdjl/xzxx/index.html">'
           '县长信箱</a> <a href="/hdjl/zxts/list.jsp">咨询投诉</a></div>\n')
    home = sample_site.pages["/"].body.decode("utf-8")
    assert home.count(box) == 1 and sha(home.replace(box, "").encode()) == HOME_BEFORE
    assert sample_site.pages["/index.html"].body == sample_site.pages["/"].body
    profile = sample_site.profile_toml("http://127.0.0.1:1")
    assert sha(profile[:profile.index("\n[newmedia]")].encode()) == PROFILE_BEFORE


def dates(site, name: str) -> list[date]:
    account = next(a for a in site.media.accounts if a.name == name)
    return sorted(a.pub_date for a in account.articles)


def weeks(days: list[date], numbers) -> dict[int, int]:
    counts = Counter(d.isocalendar().week for d in days)
    return {week: counts[week] for week in numbers}


JUNE_WEEKS = range(23, 27)  # the full ISO weeks of June 2024: 06-03 .. 06-30


def test_planted_account_states_as_of_june_30(sample_site):
    meets, lags, silent, closing = (dates(sample_site, n) for n in ("定南发布", "定南林业", "定南住建", "定南市场监管"))
    assert min(weeks(meets, range(1, 27)).values()) == 2
    assert weeks(meets, JUNE_WEEKS) == {23: 2, 24: 3, 25: 2, 26: 4} and meets[-1] == AS_OF
    assert weeks(lags, JUNE_WEEKS) == {23: 1, 24: 0, 25: 2, 26: 1} and lags[-1] == date(2024, 6, 26)
    assert [d for d in lags if d.isocalendar().week == 22] == [date(2024, 5, 29), date(2024, 6, 1)]
    assert silent[-1] == date(2024, 6, 7) and (AS_OF - silent[-1]).days == 23
    assert [d for d in closing if d.month == 6] == [date(2024, 6, 3), date(2024, 6, 19), date(2024, 6, 25)]
    states = [(a.name, a.platform, a.unit, a.status, a.source) for a in sample_site.media.accounts]
    assert states == [("定南发布", "wechat", "融媒体中心", "active", "feed"), ("定南林业", "weibo", "林业局", "active", "feed"),
                      ("定南住建", "toutiao", "住建局", "active", "list"),
                      ("定南市场监管", "douyin", "市场监管局", "to_close", "export")]


def test_articles_per_quarter_and_june_one_a_day(sample_site):
    counts = {}
    for account in sample_site.media.accounts:
        days = [a.pub_date for a in account.articles]
        assert len(set(days)) == len(days) and min(days) >= date(2024, 1, 1) and max(days) <= AS_OF
        counts[account.name] = (sum(d.month <= 3 for d in days), sum(d.month > 3 for d in days),
                                sum(d.month == 6 for d in days))
    assert counts == {"定南发布": (33, 34, 12), "定南林业": (16, 17, 5), "定南住建": (12, 9, 1), "定南市场监管": (10, 8, 3)}


def account_named(site, name: str):
    return next(a for a in site.media.accounts if a.name == name)


def test_rss_feed_over_http(sample_site, portal):
    truth = account_named(sample_site, "定南发布")
    kind, body = fetch(portal.base_url + truth.path)
    assert kind == "application/rss+xml; charset=utf-8"
    items = ET.fromstring(body).findall("channel/item")
    read = [TruthArticle(urljoin(portal.base_url + truth.path, i.findtext("link")).removeprefix(portal.base_url),
                         i.findtext("title"), parsedate_to_datetime(i.findtext("pubDate")).date()) for i in items]
    assert sorted(read, key=lambda a: a.pub_date) == list(truth.articles)
    stamps = [parsedate_to_datetime(i.findtext("pubDate")) for i in items]
    assert sum(i.find("description") is not None for i in items) == 28
    assert sum(s.hour < 8 for s in stamps) == 5  # on the day before in UTC


def test_atom_feed_over_http(sample_site, portal):
    truth = account_named(sample_site, "定南林业")
    kind, body = fetch(portal.base_url + truth.path)
    assert kind == "application/atom+xml; charset=utf-8"
    entries = ET.fromstring(body).findall("a:entry", ATOM)
    field = lambda entry, tag: entry.findtext(f"a:{tag}", namespaces=ATOM)  # noqa: E731
    read = [TruthArticle(urljoin(portal.base_url + truth.path, e.find("a:link", ATOM).get("href"))
                         .removeprefix(portal.base_url), field(e, "title"),
                         datetime.fromisoformat(field(e, "published")).date()) for e in entries]
    assert sorted(read, key=lambda a: a.pub_date) == list(truth.articles)
    edited = [(field(e, "published")[:10], field(e, "updated")[:10]) for e in entries
              if field(e, "published") != field(e, "updated")]
    assert edited == [("2024-06-18", "2024-06-19")]
    assert sum(e.find("a:summary", ATOM) is not None for e in entries) == 4


def test_export_csv_over_http(sample_site, portal):
    truth = account_named(sample_site, "定南市场监管")
    kind, body = fetch(portal.base_url + truth.path)
    assert kind == "text/csv; charset=utf-8" and body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == ["标题", "发布时间", "链接"]
    assert [TruthArticle(link or None, title, date.fromisoformat(when[:10])) for title, when, link in rows[1:]] \
        == list(truth.articles)
    assert [a for a in truth.articles if a.url is None] == [TruthArticle(None, "直播｜消费维权知识小课堂", date(2024, 6, 19))]


def test_list_page_is_a_dated_listing_the_crawler_reads(sample_site, portal):
    truth = account_named(sample_site, "定南住建")
    kind, body = fetch(portal.base_url + truth.path)
    assert kind == "text/html; charset=utf-8"
    page = ParsedPage.from_html(portal.base_url + truth.path, body.decode("utf-8"))
    listing = extract_listing(page, lambda href: urljoin(portal.base_url + truth.path, href))
    read = [TruthArticle(e.url.removeprefix(portal.base_url), e.title, e.list_date) for e in listing.entries]
    assert read == sorted(truth.articles, key=lambda a: a.pub_date, reverse=True)
    for article in truth.articles[-2:]:
        assert fetch(portal.base_url + article.url)[0] == "text/html; charset=utf-8"


def test_feed_links_are_served_pages(sample_site):
    for account in sample_site.media.accounts:
        for article in account.articles:
            if article.url:
                page = html.unescape(sample_site.pages[article.url].body.decode("utf-8"))
                assert re.search(rf"<h1[^>]*>{re.escape(article.title)}</h1>", page)


def test_profile_lists_accounts_and_boxes(sample_site, portal, profile_path):
    profile, base = load_profile(profile_path), portal.base_url
    assert (profile.newmedia.per_week, profile.newmedia.stale_days, profile.freshness.as_of) == (2, 14, AS_OF)
    assert profile.newmedia.accounts == (
        AccountSettings("定南发布", "wechat", "融媒体中心", "active", "feed", base + "/xmt/dnfb/rss.xml"),
        AccountSettings("定南林业", "weibo", "林业局", "active", "feed", base + "/xmt/dnly/atom.xml"),
        AccountSettings("定南住建", "toutiao", "住建局", "active", "list", base + "/xmt/dnzj/index.html"),
        AccountSettings("定南市场监管", "douyin", "市场监管局", "to_close", "export", base + "/xmt/export/dnscjg.csv"))
    assert profile.interaction.reply_days == 5 and profile.interaction.imports == ()
    assert profile.interaction.boxes == (LetterBoxSettings("县长信箱", base + "/hdjl/xzxx/index.html"),
                                         LetterBoxSettings("咨询投诉", base + "/hdjl/zxts/list.jsp"))


def test_media_is_deterministic(sample_site):
    again = build_site()
    assert again.media == sample_site.media
    assert all(again.pages[p] == sample_site.pages[p] for p in media_paths(sample_site))
