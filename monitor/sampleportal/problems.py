"""Content problems planted in real articles of the sample portal, with their truth.

``problems.toml`` says what goes where; here each entry is put into one
article, chosen without the site's random stream (so post counts and every
other page stay as they were), and the expected findings are recorded with
the article's unit. A few attachments and one oversized page are planted for
the notices: what the crawl cannot read must be reported, not crash it.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from monitor.sampleportal.attachments import make_pdf, make_xlsx, valid_id
from monitor.sampleportal.posts import Post

HUGE_PAGE = "/zt/2024/hbzl/index.html"
BLANK_PAGE = "/zt/2024/hbzl/ml.html"  # served as HTML, but no markup at all
HUGE_SIZE = 20 * 2**20


@dataclass(frozen=True)
class Planted:
    name: str
    path: str  # the article the problem is on
    unit: str
    expect: tuple[tuple[str, str], ...]  # (category, text shown in the finding's matched value)
    bad: str = ""  # the first planted paragraph as served …
    fix: str = ""  # … and as the unit corrects it


@dataclass(frozen=True)
class Planting:
    planted: tuple[Planted, ...]
    clean: tuple[str, ...]  # articles carrying only traps
    notices: tuple[tuple[str, str], ...]  # (path, notice kind) the crawl must record


def _entries() -> dict:
    return tomllib.loads(resources.files("monitor.sampleportal").joinpath("problems.toml").read_text("utf-8"))


def _ids(text: str) -> str:
    return re.sub(r"\{id:(\d{6}),(\d{8}),(\d{3})\}", lambda m: valid_id(*m.groups()), text)


def _hosts(posts: list[Post], needs_files: list[bool]) -> list[Post]:
    """Attributed 2024 articles without attachments, spread over the site; an
    entry with files gets a TRS article (the template that lists attachments)."""
    eligible = sorted((p for p in posts if p.unit and not p.external and not p.attachments
                       and p.when.year == 2024), key=lambda p: p.path)
    step, hosts = len(eligible) // (len(needs_files) + 1), []
    for index, files in enumerate(needs_files):
        pool = [p for p in eligible if p not in hosts and (not files or p.home.style == "trs")]
        hosts.append(pool[(step * (index + 1)) % len(pool)])
    return hosts


def _put(post: Post, entry: dict) -> None:
    post.title = entry.get("title", post.title)
    post.body = post.body + [_ids(p) for p in entry.get("paragraphs", ())]
    post.raw_html += entry.get("html", "")
    for index, kind in enumerate(entry.get("files", ())):
        name = f"{post.path.rsplit('/', 1)[1].split('.')[0]}_gs{index}.{kind}"
        post.attachments.append((name, f"附件{index + 1}：2024年临时救助对象名单.{kind}"))
        post.files[name] = _roster(kind)


def _roster(kind: str) -> bytes:
    rows = [["序号", "姓名", "身份证号码", "救助金额"],
            ["1", "陈某某", valid_id("360728", "19800101", "118"), "1200"],
            ["2", "刘某某", valid_id("360728", "19761223", "236"), "1800"]]
    if kind == "xlsx":
        return make_xlsx(rows)
    return make_pdf(["  ".join(row) for row in rows])


def plant(posts: list[Post]) -> Planting:
    entries = _entries()
    planted, clean = entries["planted"], entries["clean"]
    hosts = _hosts(posts, [bool(e.get("files")) for e in (*planted, *clean)] + [True])
    found = []
    for post, entry in zip(hosts, planted):
        _put(post, entry)
        bad = _ids(entry["paragraphs"][0]) if entry.get("fix") else ""
        found.append(Planted(entry["name"], post.path, post.unit.name,
                             tuple(tuple(e) for e in entry["expect"]), bad, entry.get("fix", "")))
    for post, entry in zip(hosts[len(planted):], clean):
        _put(post, entry)
    notices = _plant_notices(hosts[-1])
    return Planting(tuple(found), tuple(p.path for p in hosts[len(planted):-1]), notices)


def _plant_notices(post: Post) -> tuple[tuple[str, str], ...]:
    folder = post.path.rsplit("/", 1)[0]
    files = {"jmcl.pdf": make_pdf(["内部资料"], encrypt_password="dingnan"),
             "bsjl.wps": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
             "tjbb.pdf": "<html><body>404 Not Found</body></html>".encode()}
    for index, (name, data) in enumerate(files.items()):
        post.attachments.append((name, f"附件{index + 1}：{name}"))
        post.files[name] = data
    post.raw_html += f'<p><a href="{HUGE_PAGE}">环保专栏资料汇编</a> <a href="{BLANK_PAGE}">目录</a></p>'
    return ((f"{folder}/jmcl.pdf", "attachment"), (f"{folder}/bsjl.wps", "attachment"),
            (f"{folder}/tjbb.pdf", "attachment"), (HUGE_PAGE, "fetch"), (BLANK_PAGE, "page"))


def huge_page() -> bytes:
    """A 20 MB page: no county CMS page is this big; the crawl must skip it with a notice."""
    filler = "<p>" + "环保资料" * 250 + "</p>\n"
    count = HUGE_SIZE // len(filler.encode()) + 1
    return ("<html><head><title>环保专栏资料汇编</title></head><body>" + filler * count + "</body></html>").encode()


