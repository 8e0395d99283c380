"""The sample portal: served over real HTTP, internally consistent, and its
ground truth follows the attribution rule the profile documents."""
from __future__ import annotations

import re
import tomllib
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from fractions import Fraction
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from monitor.numbers import bottom, top
from monitor.sampleportal import SamplePortal, build_site
from monitor.sampleportal.home import BROKEN_LINK
from monitor.sampleportal.units import load_plan

SEED_UNITS = [  # the attachment table of seeds/dingnan-2024-02-monthly.txt, in order
    ("政府办公室", 360), ("行政审批局", 180), ("审计局", 180), ("发改委", 360), ("工信局", 360),
    ("工业园区管委会", 360), ("教科体局", 360), ("公安局", 360), ("交管大队", 180), ("消防大队", 180),
    ("民政局", 360), ("乡村振兴局", 240), ("司法局", 180), ("财政局", 360), ("人社局", 180),
    ("社保服务中心", 180), ("医保分局", 180), ("就业创业中心", 180), ("自然资源局", 360), ("住建局", 360),
    ("城管局", 360), ("交通运输局", 360), ("公路发展分中心", 180), ("水利局", 360), ("农业农村局", 360),
    ("果茶服务中心", 180), ("林业局", 360), ("文广新旅局", 360), ("卫生健康委", 360), ("应急管理局", 180),
    ("生态环境局", 180), ("融媒体中心", 240), ("市场监管局", 360), ("统计局", 240), ("科创中心", 240),
    ("商务局", 360), ("金融服务中心", 240), ("气象局", 180), ("城市社区管委会", 600), ("历市镇政府", 600),
    ("老城镇政府", 600), ("岢美山镇政府", 600), ("天九镇政府", 600), ("龙塘镇政府", 600), ("鹅公镇政府", 600),
    ("岭北镇政府", 600),
]
LINK = re.compile(r'(?:href|src)="([^"]*)"')
PAGER = re.compile(r'createPageHTML\((\d+),\s*(\d+),\s*"(\w+)",\s*"(\w+)"\)')
OUTSIDE_GB2312 = "堃喆珺昇"


def fetch(url: str, method: str = "GET") -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=10) as reply:
            return reply.status, reply.headers.get("Content-Type", ""), reply.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def text_of(site: SamplePortal, path: str) -> str:
    page = site.pages[path]
    return page.body.decode("utf-8" if "utf-8" in page.content_type else "gb18030")


def links(site: SamplePortal, path: str) -> list[str]:
    """Absolute URLs (relative to a dummy host) a page links, createPageHTML pages included."""
    base, text = "http://site" + path, text_of(site, path)
    found = [urljoin(base, unescape(href)) for href in LINK.findall(text)]
    for total, _current, name, ext in PAGER.findall(text):
        found += [urljoin(base, f"{name}_{i}.{ext}" if i else f"{name}.{ext}") for i in range(int(total))]
    return found


def internal(url: str) -> tuple[str, str] | None:
    parts = urlsplit(url)
    return (parts.path, parts.query) if parts.scheme == "http" and parts.netloc == "site" else None


def html_pages(site: SamplePortal) -> list[str]:
    return [path for path, page in site.pages.items() if page.content_type.startswith("text/html")]


def column_links(site: SamplePortal, first: str) -> set[str]:
    """Every link on every list page of a column, walking its own pagination only."""
    seen, todo, found = set(), [first], set()
    folder = first.rsplit("/", 1)[0] + "/"
    while todo:
        key = todo.pop()
        if key in seen:
            continue
        seen.add(key)
        for url in links(site, key):
            found.add(url)
            target = internal(url)
            if target and (target[0] == first or re.fullmatch(re.escape(folder) + r"index_\d+\.html", target[0])):
                page_key = f"{target[0]}?{target[1]}" if target[1] else target[0]
                todo.append(page_key if page_key in site.pages else target[0])
    return found


def test_home_robots_head_and_404_over_http(portal):
    status, kind, body = fetch(portal.base_url + "/")
    assert status == 200 and "utf-8" in kind and "定南县人民政府门户网站" in body.decode("utf-8")
    assert fetch(portal.base_url + "/index.html")[2] == body
    status, _, robots = fetch(portal.base_url + "/robots.txt")
    assert status == 200 and robots.decode() == "User-agent: *\nDisallow: /admin/\n"
    status, _, empty = fetch(portal.base_url + "/", method="HEAD")
    assert status == 200 and empty == b""
    status, _, missing = fetch(portal.base_url + BROKEN_LINK)
    assert status == 404 and "页面不存在" in missing.decode("utf-8")


def test_gbk_page_needs_gb18030(sample_site, portal):
    gbk = [p for p, page in sample_site.pages.items() if b"charset=gb2312" in page.body[:400]]
    plain = [p for p in gbk if sample_site.pages[p].content_type == "text/html"]
    assert 0.3 < len(plain) / len(gbk) < 0.7, "about half the GBK pages declare the charset only in <meta>"
    rare = next(p for p in plain if any(c in text_of(sample_site, p) for c in OUTSIDE_GB2312))
    status, kind, body = fetch(portal.base_url + rare)
    assert status == 200 and kind == "text/html"
    assert any(c in body.decode("gb18030") for c in OUTSIDE_GB2312)
    assert not any(c in body.decode("gb2312", errors="replace") for c in OUTSIDE_GB2312)


def test_every_internal_link_resolves_but_the_planted_ones(sample_site, portal):
    targets = {t for path in html_pages(sample_site) for url in links(sample_site, path) if (t := internal(url))}
    broken = {t for t in targets if sample_site.lookup(*t) is None}
    planted = {(urlsplit(b.target).path, urlsplit(b.target).query) for b in sample_site.links.broken
               if "://" not in b.target}
    assert (BROKEN_LINK, "") in planted
    assert broken == {t for t in planted if sample_site.lookup(*t) is None}
    with ThreadPoolExecutor(16) as pool:  # the server takes a crawler's concurrency
        statuses = dict(zip(targets, pool.map(
            lambda t: fetch(f"{portal.base_url}{t[0]}{'?' + t[1] if t[1] else ''}", "HEAD")[0], targets)))
    soft_404 = {t for t in planted if sample_site.lookup(*t) is not None and sample_site.lookup(*t).status == 200}
    uncertain = {(path, "") for path in sample_site.links.uncertain}
    assert {t for t, status in statuses.items() if status != 200} == planted - soft_404 | uncertain


def test_every_truth_post_is_served_and_listed_in_its_columns(sample_site):
    firsts = {first for post in sample_site.truth for first in post.columns}
    listed = {first: column_links(sample_site, first) for first in firsts}
    for post in sample_site.truth:
        url = post.external_url or "http://site" + post.path
        assert all(url in listed[first] for first in post.columns), post
        if not post.external_url:
            assert sample_site.pages[post.path].status == 200
            assert post.title in text_of(sample_site, post.path)


def test_ground_truth_figures(sample_site):
    truth = sample_site.truth
    assert 1800 <= len([p for p in truth if not p.external_url]) <= 2600
    assert len({p.unit for p in truth if p.unit}) >= 30
    assert len({(p.pub_date.year, p.pub_date.month) for p in truth}) > 12
    assert sum(len(p.columns) > 1 for p in truth) > 20
    assert 40 <= sum(p.unit is None for p in truth) <= 80
    assert 3 <= sum(bool(p.external_url) for p in truth) <= 6
    assert len({p.path for p in truth}) == len(truth)


def test_planted_ties_in_2024_year_to_date(sample_site):
    counts = Counter(p.unit for p in sample_site.truth if p.pub_date.year == 2024)
    rows = [(u.name, u.quota, counts[u.name]) for u in sample_site.units]
    ratio = lambda row: Fraction(row[2], row[1])  # noqa: E731
    plan = load_plan()
    for ranked, pair in ((top(rows, ratio), plan.tie_top), (bottom(rows, ratio), plan.tie_bottom)):
        tied = [(quota, count) for name, quota, count in ranked if name in pair]
        assert len(tied) == 2 and tied[0] == tied[1] and tied[0][1] > 0, ranked


SOURCE = re.compile(r"发布机构：</td><td>([^<]*)<|来源：([^　<]*)[　<]|发布单位：([^　<]*)[　<]")
DATE = re.compile(r"发布日期：</td><td>(\d{4})-(\d{2})-(\d{2})|发布时间：(\d{4})年(\d{2})月(\d{2})日"
                  r"|日期：(\d{4})[/年](\d{1,2})[/月](\d{1,2})")


def reference_key(name: str) -> str:
    """The rule the profile documents: drop 定南县 or a leading 县, and 人民政府/政府 of a 镇."""
    name = name.removeprefix("定南县") if name.startswith("定南县") else name.removeprefix("县")
    for suffix in ("人民政府", "政府"):
        if name.endswith("镇" + suffix):
            return name.removesuffix(suffix)
    return name


def test_truth_follows_the_attribution_rule_and_page_dates(sample_site, portal):
    profile = tomllib.loads(sample_site.profile_toml(portal.base_url))
    keys = {}
    for unit in profile["units"]:
        for form in (unit["name"], *unit.get("aliases", [])):
            assert keys.setdefault(reference_key(form), unit["name"]) == unit["name"]
    owner_of = {}
    for first in {first for post in sample_site.truth for first in post.columns}:
        trail = re.search(r'class="position">(.*?)</div>', text_of(sample_site, first)).group(1)
        names = [keys.get(reference_key(unescape(n))) for n in re.findall(r">([^<]+)</a>", trail)]
        owner_of[first] = next((n for n in names if n), None)
    evidence = Counter()
    for post in sample_site.truth:
        owners = {owner_of[c] for c in post.columns} - {None}
        assert len(owners) <= 1, post
        owner = next(iter(owners), None)
        if post.external_url:
            assert post.unit == owner, post
            continue
        text = text_of(sample_site, post.path)
        printed = keys.get(reference_key(next(g for g in SOURCE.search(text).groups() if g is not None)))
        assert post.unit == (printed or owner), post
        evidence["owner" if not printed else "county" if not owner else "own" if printed == owner else "other"] += 1
        day = [int(g) for g in DATE.search(text).groups() if g is not None]
        assert post.pub_date.timetuple()[:3] == tuple(day), post
    # 本网/blank in a unit column, units signing in county columns, another unit's signature in a column
    assert evidence["owner"] >= 20 and evidence["county"] >= 20 and evidence["other"] >= 1, evidence


def test_pages_without_dates_are_not_posts(sample_site):
    fixed = [p for p in sample_site.pages if re.search(r"/(jgzn|ldxx|xxgkzn|lxwm|wzdt)/index\.html$", p)]
    assert len(fixed) > 90
    paths = {p.path for p in sample_site.truth}
    for path in fixed:
        assert path not in paths
        assert not re.search(r"\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日", text_of(sample_site, path)), path


def test_build_is_deterministic():
    first, second = build_site(), build_site()
    assert first.pages.keys() == second.pages.keys()
    assert all(first.pages[k] == second.pages[k] for k in first.pages)
    assert first.truth == second.truth


def test_profile_lists_the_seed_units(sample_site, portal):
    profile = tomllib.loads(sample_site.profile_toml(portal.base_url))
    assert profile["site"]["start_url"] == portal.base_url + "/"
    # a county a tenth of 定南's size: quotas are the seed's divided by ten
    assert [(u["name"], u["annual_quota"]) for u in profile["units"]] == [(n, q // 10) for n, q in SEED_UNITS]
    kinds = {u["name"]: u["kind"] for u in profile["units"]}
    assert [n for n, k in kinds.items() if k == "township"] == [n for n, _ in SEED_UNITS[38:]]
    assert {c["category"] for c in profile["columns"]} == {"dynamic", "notice"}
    assert all(fetch(c["url"])[0] == 200 for c in profile["columns"])
    assert sample_site.demo_period == "2024-06"


@pytest.mark.parametrize("path", ["/xxgk/bm/lyj/index.html", "/col/col1/index.html", "/tzgg/list.asp"])
def test_sections_are_served(portal, path):
    assert fetch(portal.base_url + path)[0] == 200
