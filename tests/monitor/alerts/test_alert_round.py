"""Alert rounds on the crawled sample portal, delivered to a real SMTP server on localhost.

One mail per unit behind its quota's pace or with problems (exactly those
units), Chinese headers and names, the unit's problems attached as CSV; a
second round inside the cool-down sends nothing; after it, a reminder marks
the passed deadline. Units without an email address are listed.
"""
from __future__ import annotations

import csv
import io
import shutil
import socket
from collections import Counter
from datetime import date
from email import policy
from email.parser import BytesParser
from fractions import Fraction

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from support import run_cli, truth_counts
from monitor.profile import load_profile
from storage.models import AlertFinding, AlertSend, FindingRecord, Unit

SENDER = "zwgk@dingnan.example.gov.cn"
ROUND = "2024-06-30"  # the sample portal's snapshot day, a Sunday: 5 工作日 end on Friday 7-5


class Inbox:
    """An aiosmtpd handler keeping every message it receives, parsed."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, BytesParser(policy=policy.default).parsebytes(envelope.content)))
        return "250 OK"


@pytest.fixture(scope="module")
def inbox():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()


@pytest.fixture(scope="module")
def setup(sqlite_db, profile_path, inbox, tmp_path_factory):
    """A writable copy of the crawled database, and the profile with [smtp] and one unit's email removed."""
    tmp = tmp_path_factory.mktemp("alerts")
    db_file = tmp / "alerts.sqlite"
    shutil.copy(sqlite_db.removeprefix("sqlite:///"), db_file)
    units = load_profile(profile_path).units
    silent = units[0]
    text = profile_path.read_text(encoding="utf-8").replace(f'email = "{silent.email}"\n', "", 1)
    text += (f'\n[smtp]\nhost = "127.0.0.1"\nport = {inbox[1]}\ntls = "none"\nsender = "{SENDER}"\n'
             'sender_name = "定南县人民政府办公室"\n')
    profile = tmp / "profile.toml"
    profile.write_text(text, encoding="utf-8")
    return f"sqlite:///{db_file}", profile, silent.name, tmp


def problems_by_unit(db: str) -> Counter:
    engine = create_engine(db)
    with Session(engine) as session:
        names = session.scalars(select(Unit.name).join(FindingRecord, FindingRecord.unit_id == Unit.id).where(
            FindingRecord.status == "open", FindingRecord.severity.in_(("veto", "deduct")))).all()
    engine.dispose()
    return Counter(names)


@pytest.fixture(scope="module")
def expected(setup, profile_path, sample_site):
    """Units to alert: behind 182/366 of the annual quota by the truth's counts, or with open problems."""
    db = setup[0]
    counts = truth_counts(sample_site.truth, date(2024, 1, 1), date(2024, 6, 30))
    behind = {u.name for u in load_profile(profile_path).units
              if u.annual_quota and counts[u.name] < Fraction(u.annual_quota * 182, 366)}
    return behind | set(problems_by_unit(db))


def alerts(setup, *options) -> str:
    db, profile, _, _ = setup
    return run_cli("--db", db, "alerts", str(profile), *options).stdout


def test_dry_run_writes_one_eml_per_unit_and_changes_nothing(setup, expected, inbox):
    db, _, silent, tmp = setup
    out = alerts(setup, "--as-of", ROUND, "--out", str(tmp / "review"))
    assert {p.stem for p in (tmp / "review").glob("*.eml")} == expected
    assert f"未配置邮箱，未能发送：{silent}" in out and f"共 {len(expected)} 封待审核" in out
    assert inbox[0].messages == []
    engine = create_engine(db)
    with Session(engine) as session:
        assert session.scalars(select(AlertSend)).all() == []
    engine.dispose()


def test_first_round_sends_one_mail_per_lagging_unit(setup, expected, inbox, profile_path):
    _, _, silent, _ = setup
    out = alerts(setup, "--send", "--as-of", ROUND)
    emails = {u.name: u.email for u in load_profile(profile_path).units}
    received = {m["To"].addresses[0].addr_spec: m for _, m in inbox[0].messages}
    assert len(inbox[0].messages) == len(received) == len(expected) - 1
    assert set(received) == {emails[name] for name in expected - {silent}}
    assert f"未配置邮箱，未能发送：{silent}" in out and f"共 {len(expected) - 1} 封已发送" in out
    for name in expected - {silent}:
        message = received[emails[name]]
        assert message["To"].addresses[0].display_name == f"定南县{name}"
        assert message["From"].addresses[0].display_name == "定南县人民政府办公室"
        assert message["From"].addresses[0].addr_spec == SENDER
        assert f"定南县{name}" in message["Subject"] and "2024年6月30日" in message["Subject"]


def test_each_mail_attaches_exactly_its_units_problems(setup, inbox, profile_path):
    db = setup[0]
    problems = problems_by_unit(db)
    assert problems, "the sample portal plants problems"
    units = {u.email: u.name for u in load_profile(profile_path).units}
    for _, message in inbox[0].messages:
        name = units[message["To"].addresses[0].addr_spec]
        attachments = list(message.iter_attachments())
        if not problems[name]:
            assert attachments == [] and "进度滞后" in message.get_body(("plain",)).get_content()
            continue
        (attachment,) = attachments
        assert attachment.get_filename() == f"定南县{name}问题清单（20240630）.csv"
        rows = list(csv.reader(io.StringIO(attachment.get_payload(decode=True).decode("utf-8-sig"))))
        assert rows[0][:3] == ["序号", "问题类别", "严重程度"] and len(rows) - 1 == problems[name]
        assert {r[8] for r in rows[1:]} == {"2024-07-05"}
        html = message.get_body(("html",)).get_content()
        assert all(f'<a href="{r[4]}">' in html for r in rows[1:])
        assert f"存在以下{problems[name]}个问题" in message.get_body(("plain",)).get_content()


def test_sending_records_the_round_and_starts_the_deadlines(setup, inbox):
    db, _, silent, _ = setup
    engine = create_engine(db)
    with Session(engine) as session:
        sends = session.scalars(select(AlertSend)).all()
        assert len(sends) == len(inbox[0].messages) and {s.status for s in sends} == {"sent"}
        named = set(session.scalars(select(AlertFinding.finding_id)))
        problems = session.execute(select(FindingRecord, Unit.name).join(Unit, FindingRecord.unit_id == Unit.id)
                                   .where(FindingRecord.status == "open",
                                          FindingRecord.severity.in_(("veto", "deduct")))).all()
        for record, unit in problems:
            told = unit != silent
            assert (record.id in named) == told
            assert (record.deadline, record.notified_at and record.notified_at.date()) == (
                (date(2024, 7, 5), date(2024, 6, 30)) if told else (None, None))
    engine.dispose()


def test_second_round_inside_the_cool_down_sends_nothing(setup, inbox):
    before = len(inbox[0].messages)
    out = alerts(setup, "--send", "--as-of", "2024-07-03")
    assert len(inbox[0].messages) == before
    assert "共 0 封已发送" in out and "未配置邮箱，未能发送：" in out


def test_after_the_cool_down_a_reminder_shows_the_deadline_passed(setup, inbox):
    db = setup[0]
    before = len(inbox[0].messages)
    alerts(setup, "--send", "--as-of", "2024-07-08")
    reminders = [m for _, m in inbox[0].messages[before:]]
    with_problems = [m for m in reminders if any(True for _ in m.iter_attachments())]
    assert len(with_problems) == len(set(problems_by_unit(db)) - {setup[2]})
    for message in with_problems:
        text = message.get_body(("plain",)).get_content()
        assert "整改期限：2024年7月5日（已逾期）" in text
    engine = create_engine(db)
    with Session(engine) as session:
        deadlines = set(session.scalars(select(FindingRecord.deadline).where(FindingRecord.notified_at.is_not(None))))
        assert deadlines == {date(2024, 7, 5)}, "a reminder keeps the first deadline"
        assert session.scalar(select(AlertSend.sent_at).order_by(AlertSend.id.desc()).limit(1)).date() == date(2024, 7, 8)
    engine.dispose()
