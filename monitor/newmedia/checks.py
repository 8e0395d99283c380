"""Findings after every crawl: silent accounts, closed accounts still posting, letters not answered in time.

Judged as of the profile's ``[freshness] as_of`` or the crawl's own day, over
everything stored (not one period): the office must hear of a silent account
or an overdue letter whenever it is so. Written through
:func:`storage.findings.record_site_findings`, so a re-run refreshes them and
one no longer true (the account posted, the letter was answered) turns fixed.
A finding belongs to the account's owner or the unit answering the letter;
the page-based attribution knows neither, so the units are set here, last.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.newmedia.accounts import AccountFacts, account_facts
from monitor.newmedia.letters import deadline, is_overdue
from monitor.profile import Profile
from monitor.profile_newmedia import PLATFORMS, InteractionSettings
from rules.base import Finding
from rules.evidence import mask_personal
from storage.findings import record_site_findings
from storage.media import Letter
from storage.models import FindingRecord

CATEGORIES = ("newmedia_stale", "newmedia_closed_active", "interaction_overdue")

Found = tuple[Finding, str, int | None]  # the finding, its title, its unit


def record(session: Session, site_id: int, profile: Profile, run_id: int, now: datetime) -> None:
    as_of = profile.freshness.as_of or now.date()
    found = account_findings(account_facts(session, site_id, profile, as_of))
    found += letter_findings(session, site_id, profile.interaction, as_of)
    record_site_findings(session, site_id, run_id, CATEGORIES, [(f, f.url, title) for f, title, _ in found], now)
    session.flush()
    units = {f.fingerprint: unit_id for f, _, unit_id in found}
    for record in session.scalars(select(FindingRecord).where(
            FindingRecord.site_id == site_id, FindingRecord.fingerprint.in_(units))):
        record.unit_id, record.column_id = units[record.fingerprint], None


def account_findings(facts: list[AccountFacts]) -> list[Found]:
    return [(finding, fact.settings.name, fact.unit_id) for fact in facts if (finding := _account_finding(fact))]


def _account_finding(fact: AccountFacts) -> Finding | None:
    s, newest = fact.settings, fact.newest
    name = f"账号“{s.name}”（{PLATFORMS[s.platform]}）"
    if fact.stale:
        evidence = (f"{name}未发布任何文章" if newest is None else
                    f"{name}最近一次发布于{newest.pub_date:%Y-%m-%d}，已超过{fact.stale_days}天未更新")
        return Finding("newmedia_stale.silent", "newmedia_stale", "veto", s.location, "account", s.name,
                       evidence, f"政务新媒体超过{fact.stale_days}天未更新")
    if fact.closed_active:
        return Finding("newmedia_closed_active.posting", "newmedia_closed_active", "veto", s.location, "account",
                       s.name, f"{name}已申请关停，仍于{newest.pub_date:%Y-%m-%d}发布《{newest.title}》",
                       "申请关停的政务新媒体仍在发布信息")
    return None


def letter_findings(session: Session, site_id: int, settings: InteractionSettings, as_of: date) -> list[Found]:
    """Letters of the profile's boxes not answered by their deadline."""
    reply_days = settings.reply_days
    letters = session.scalars(select(Letter).where(
        Letter.site_id == site_id, Letter.box.in_([box.name for box in settings.boxes]),
        Letter.received.is_not(None), Letter.received <= as_of).order_by(Letter.id))
    found = []
    for letter in letters:
        if not is_overdue(letter, reply_days, as_of):
            continue
        title = mask_personal(letter.title)
        evidence = (f"来信“{title}”于{letter.received:%Y-%m-%d}收到，答复期限"
                    f"{deadline(letter, reply_days):%Y-%m-%d}（{reply_days}个工作日），截至{as_of:%Y-%m-%d}仍未答复")
        finding = Finding("interaction_overdue.unanswered", "interaction_overdue", "deduct", letter.url, "letter",
                          title, evidence, f"{letter.box}来信超过{reply_days}个工作日未答复")
        found.append((finding, title, letter.unit_id))
    return found
