"""What a rule is and what it reports.

A rule is pure: it reads one :class:`rules.page.PageContent` and yields
:class:`Finding` objects; it never touches the database or the network.
Each rule class carries a stable id, a Chinese display name, a category,
a severity and an ``Options`` dataclass whose fields the profile may set
under ``[rules.options."<id>"]``.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, ClassVar, Iterator

from rules.evidence import context, mask_personal

if TYPE_CHECKING:
    from rules.page import PageContent
    from rules.resources import RuleContext

CATEGORIES = ("sensitive", "spam", "hidden_link", "expression", "typo", "wrong_region", "privacy")
SEVERITIES = ("veto", "deduct", "notice")  # 单项否决 | 扣分 | 提示
SEVERITY_NAMES = {"veto": "单项否决", "deduct": "扣分", "notice": "提示"}
# Where on the page a finding was seen.
# The next four are for site health findings (monitor.health): a broken image or
# script, a stale or empty column, the site as a whole; the last two for a
# new-media account and a letter of a letter box (monitor.newmedia).
PLACES = ("title", "body", "link", "attachment", "attachment_name", "image", "resource", "column", "site",
          "account", "letter")
PLACE_NAMES = {"title": "标题", "body": "正文", "link": "链接", "attachment": "附件",
               "attachment_name": "附件名", "image": "图片", "resource": "页面资源", "column": "栏目",
               "site": "网站", "account": "政务新媒体账号", "letter": "来信"}


@dataclass(frozen=True)
class Finding:
    rule: str
    category: str
    severity: str
    url: str  # the page (or attachment) the problem is on
    place: str
    matched: str  # the offending text, personal data masked
    evidence: str  # the matched text with about 20 characters either side, masked
    detail: str = ""  # what it should be, or why it is a problem
    count: int = 1  # occurrences on the page (spam is often pasted dozens of times)

    @property
    def fingerprint(self) -> str:
        """Stable across crawls: the same problem on the same page is the same finding."""
        key = "\x1f".join((self.rule, self.url, self.place, self.matched))
        return hashlib.sha1(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class NoOptions:
    pass


class Rule:
    id: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[str]
    Options: ClassVar[type] = NoOptions

    def __init__(self, options, context: "RuleContext"):
        self.options = options
        self.context = context

    def check(self, page: "PageContent") -> Iterator[Finding]:
        raise NotImplementedError

    def finding(self, page: "PageContent", place: str, text: str, start: int, end: int,
                detail: str = "", severity: str | None = None) -> Finding:
        """A finding for ``text[start:end]`` seen at ``place`` of ``page``, with masked evidence."""
        return Finding(self.id, self.category, severity or self.severity, page.url, place,
                       mask_personal(text[start:end]), context(text, start, end), detail)

    @classmethod
    def option_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls.Options))


def option_field(default, doc: str):
    """An option with its one-line description (shown by ``portal-monitor rules``)."""
    return field(default=default, metadata={"doc": doc})
