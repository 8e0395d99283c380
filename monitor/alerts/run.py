"""An alert round: pick the units, write each letter, then save it for review or send it.

Without sending nothing in the database changes, so a round can be looked
at as .eml files first. Units that should be alerted but have no email
address in the profile are reported, never dropped silently.
"""
from __future__ import annotations

import re
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from monitor.alerts.compose import compose
from monitor.alerts.lagging import alert_round
from monitor.alerts.letter import write_letter
from monitor.alerts.send import deliver, smtp_connection
from monitor.profile import Profile
from monitor.rectification import add_workdays
from storage.models import Site

UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')  # not allowed in Windows file names


@dataclass
class RoundResult:
    written: list[Path] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)  # unit names
    failed: list[tuple[str, str]] = field(default_factory=list)  # (unit, reason)
    no_email: list[str] = field(default_factory=list)


def run_round(session: Session, profile: Profile, site: Site, now: datetime, send: bool,
              out: Path | None) -> RoundResult:
    alerts = alert_round(session, profile, site, now)
    new_deadline = add_workdays(now.date(), profile.rectification.deadline_days)
    result = RoundResult()
    with smtp_connection(profile.smtp) if send and any(a.unit.email for a in alerts) else nullcontext() as server:
        for alert in alerts:
            message = compose(write_letter(alert, profile, now.date(), new_deadline), alert.unit.email, profile, now)
            if out is not None:
                result.written.append(_save(message, out, alert.unit.name))
            if not alert.unit.email:
                result.no_email.append(alert.unit.name)
            elif send:
                if error := deliver(session, server, site, alert, message, now, profile.rectification):
                    result.failed.append((alert.unit.name, error))
                else:
                    result.sent.append(alert.unit.name)
    return result


def _save(message, out: Path, unit: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{UNSAFE.sub('_', unit)}.eml"
    path.write_bytes(message.as_bytes())
    return path


def round_text(result: RoundResult, send: bool) -> str:
    """What the round did, one line each, in the office's words."""
    lines = [f"已发送：{name}" for name in result.sent]
    lines += [f"发送失败：{name}（{reason}）" for name, reason in result.failed]
    lines += [f"未配置邮箱，未能发送：{name}" for name in result.no_email]
    lines += [f"邮件草稿：{path}" for path in result.written]
    count = len(result.sent) if send else len(result.written)
    return "\n".join(lines + [f"共 {count} 封{'已发送' if send else '待审核'}"
                              + (f"，{len(result.no_email)} 个单位未配置邮箱" if result.no_email else "")])
