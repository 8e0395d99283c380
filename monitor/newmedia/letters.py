"""互动交流 judged from the stored letters: received, answered, 办结率, reply times, overdue.

Limits and reply times are counted in working days (工作日), as the rules on
answering the public set them: a letter received just before 端午 or 国庆 is
not late because of the holiday, and one answered over a weekend did not take
longer for it. A letter counts in the period it was received in; it is
answered once the page prints its reply date, up to the day judged. A letter
without a readable date of receipt cannot be placed or judged and is left out,
as are the letters of a box the profile no longer names.
"""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.newmedia.model import BackOfficeFigure, InteractionStats, LetterFigures, OverdueLetter
from monitor.periods import Period
from monitor.profile import Profile
from monitor.rectification import add_workdays
from monitor.rectification.workdays import is_workday
from storage.media import BackOfficeCount, Letter
from storage.models import Unit


def workdays_between(start: date, end: date) -> int:
    """Working days after ``start`` up to ``end``: 0 for an answer the day the letter came."""
    return sum(is_workday(start + timedelta(days=n)) for n in range(1, (end - start).days + 1))


def deadline(letter: Letter, reply_days: int) -> date:
    return add_workdays(letter.received, reply_days)


def is_answered(letter: Letter, as_of: date) -> bool:
    return letter.answered is not None and letter.answered <= as_of


def is_overdue(letter: Letter, reply_days: int, as_of: date) -> bool:
    """Not answered, and the last day for the answer is past."""
    return not is_answered(letter, as_of) and deadline(letter, reply_days) < as_of


def figures(name: str, letters: list[Letter], reply_days: int, as_of: date) -> LetterFigures:
    answered = [letter for letter in letters if is_answered(letter, as_of)]
    overdue = sum(is_overdue(letter, reply_days, as_of) for letter in letters)
    late = sum(letter.answered > deadline(letter, reply_days) for letter in answered)
    return LetterFigures(name, len(letters), len(answered), len(letters) - len(answered) - overdue, overdue, late,
                         tuple(workdays_between(letter.received, letter.answered) for letter in answered))


def interaction_stats(session: Session, site_id: int, profile: Profile, period: Period,
                      as_of: date) -> InteractionStats:
    reply_days = profile.interaction.reply_days
    names = [box.name for box in profile.interaction.boxes]
    letters = list(session.scalars(select(Letter).where(
        Letter.site_id == site_id, Letter.box.in_(names), Letter.received.between(period.start, period.end))
        .order_by(Letter.received, Letter.id)))
    boxes = tuple(figures(name, [x for x in letters if x.box == name], reply_days, as_of) for name in names)
    total = figures("合计", letters, reply_days, as_of) if names else None
    return InteractionStats(reply_days, as_of, boxes, total, _overdue(session, site_id, letters, reply_days, as_of),
                            back_office(session, site_id, period))


def _overdue(session: Session, site_id: int, letters: list[Letter], reply_days: int,
             as_of: date) -> tuple[OverdueLetter, ...]:
    units = dict(session.execute(select(Unit.id, Unit.name).where(Unit.site_id == site_id)).all())
    return tuple(OverdueLetter(x.box, x.title, x.url, units.get(x.unit_id), x.received, deadline(x, reply_days))
                 for x in letters if is_overdue(x, reply_days, as_of))


def back_office(session: Session, site_id: int, period: Period) -> tuple[BackOfficeFigure, ...]:
    """The imported figures of exactly this period: the county's first, then by unit, in column order."""
    rows = session.scalars(select(BackOfficeCount).where(
        BackOfficeCount.site_id == site_id, BackOfficeCount.period == period.key())
        .order_by(BackOfficeCount.unit, BackOfficeCount.id))
    return tuple(BackOfficeFigure(r.unit, r.metric, r.value) for r in rows)
