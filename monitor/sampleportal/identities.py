"""Ids, URLs and document numbers, handed out in publication order like a CMS does.

Also the TRS metadata a real disclosure article carries: 索引号 (with the
unit's 统一社会信用代码), 文号, 成文日期 (written days or weeks before it is
published, often in the previous month) and attachments.
"""
from __future__ import annotations

import datetime
import random
import string

from monitor.sampleportal.posts import Post
from monitor.sampleportal.units import Unit

ATTACH_SHARE = {"policy": 0.4, "key_area": 0.6, "notice": 0.2}
ATTACH_KINDS = {"policy": ["pdf", "docx"], "key_area": ["xls", "xls", "pdf"], "notice": ["docx", "pdf", "xls"]}
ATTACH_LABELS = {"pdf": ["文件全文", "政策解读", "实施方案"], "docx": ["申请表", "意见反馈表"],
                 "xls": ["汇总表", "明细表", "名单"]}
WECHAT = "https://mp.weixin.qq.com/s/"


def credit_code(rng: random.Random) -> str:
    """A fictional 统一社会信用代码 of a Dingnan (360729) public body."""
    return "11360729" + "".join(rng.choice(string.digits) for _ in range(9)) + rng.choice("0123456789X")


class Registry:
    """Counters of one build: CMS ids, 索引号 serials, 文号 numbers."""

    def __init__(self, rng: random.Random, units: tuple[Unit, ...]):
        self.rng = rng
        self.codes = {unit.name: credit_code(rng) for unit in units}
        self.ids = {"trs": 102_400, "jcms": 31_000, "asp": 2_100}
        self.serials: dict[tuple[str, int], int] = {}

    def next_id(self, style: str, step: int) -> int:
        self.ids[style] += self.rng.randint(1, step)
        return self.ids[style]

    def next_serial(self, key: tuple[str, int], step: int = 1) -> int:
        self.serials[key] = self.serials.get(key, 0) + self.rng.randint(1, step)
        return self.serials[key]


def _trs(post: Post, reg: Registry) -> None:
    rng, day = reg.rng, post.when.date()
    signer = post.unit or post.home.owner
    post.url_day = day - datetime.timedelta(days=rng.randint(1, 3)) if rng.random() < 0.04 else day
    docid = reg.next_id("trs", 40)
    post.path = f"{post.home.directory}{post.url_day:%Y%m}/t{post.url_day:%Y%m%d}_{docid}.html"
    post.written = day if rng.random() < 0.15 else day - datetime.timedelta(days=rng.randint(1, 35))
    post.index_no = f"{reg.codes[signer.name]}/{day.year}-{reg.next_serial((signer.name, day.year), 4):05d}"
    if post.kind == "policy" or (post.kind == "notice" and rng.random() < 0.45):
        number = reg.next_serial((signer.doc_prefix, day.year))
        post.doc_no = f"{signer.doc_prefix}〔{day.year}〕{number}号"
    if rng.random() < ATTACH_SHARE.get(post.kind, 0):
        for index in range(rng.choice([1, 1, 2])):
            ext = rng.choice(ATTACH_KINDS[post.kind])
            name = f"P0{post.url_day:%Y%m%d}{rng.randint(100_000_000, 999_999_999)}.{ext}"
            label = ATTACH_LABELS[ext][index % len(ATTACH_LABELS[ext])]
            post.attachments.append((name, f"附件{index + 1}：{label}.{ext}"))
    post.with_meta = rng.random() < 0.5


def _jcms(post: Post, reg: Registry) -> None:
    day = post.when.date()
    art = reg.next_id("jcms", 25)
    post.path = f"/art/{day.year}/{day.month}/{day.day}/art_{post.home.number}_{art}.html"
    post.with_meta = reg.rng.random() < 0.7


def _asp(post: Post, reg: Registry) -> None:
    post.path = f"/tzgg/show.asp?id={reg.next_id('asp', 3)}"
    post.cn_date = reg.rng.random() < 0.2


def assign(posts: list[Post], units: tuple[Unit, ...], rng: random.Random) -> list[Post]:
    """Give every post its URL and metadata; returns them in publication order."""
    reg = Registry(rng, units)
    ordered = sorted(posts, key=lambda p: (p.when, p.title))
    for post in ordered:
        {"trs": _trs, "jcms": _jcms, "asp": _asp}[post.home.style](post, reg)
        post.views = rng.randint(20, 2400)
    return ordered


def plant_externals(posts: list[Post], rng: random.Random, units: int = 3, links: int = 5) -> list[Post]:
    """Turn a few 工作动态 entries into links to WeChat articles (no page here)."""
    candidates: dict[str, list[Post]] = {}
    for post in posts:
        if post.home.style == "jcms" and post.home.owner is not None and not post.also:
            candidates.setdefault(post.home.owner.name, []).append(post)
    busy = [name for name, found in candidates.items() if len(found) >= 10]
    chosen = rng.sample(busy, units)
    planted = []
    for index in range(links):
        post = rng.choice([p for p in candidates[chosen[index % units]] if not p.external])
        token = "".join(rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(22))
        post.external, post.path = True, WECHAT + token
        planted.append(post)
    return planted
