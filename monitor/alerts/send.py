"""Delivering alerts over SMTP and recording every send.

One connection per round. A message the server refuses is recorded as
failed with the reason and the round goes on; a server that cannot be
reached at all stops the round before anything is recorded. Each send is
committed as it happens, so a round cut short never mails a unit twice.
"""
from __future__ import annotations

import os
import smtplib
import ssl
from contextlib import contextmanager
from datetime import datetime
from email.message import EmailMessage
from typing import Iterator

from sqlalchemy.orm import Session

from monitor.alerts.lagging import UnitAlert
from monitor.profile_alerts import PASSWORD_ENV, RectificationSettings, SmtpSettings
from monitor.rectification import notify
from storage.models import AlertFinding, AlertSend, Site


class SendError(RuntimeError):
    """The round cannot send at all (no [smtp], no password, server unreachable); one line for the user."""


@contextmanager
def smtp_connection(settings: SmtpSettings | None, timeout: float = 30) -> Iterator[smtplib.SMTP]:
    if settings is None:
        raise SendError("the profile has no [smtp] table; add host, port, tls and user to send alerts")
    password = os.environ.get(PASSWORD_ENV)
    if settings.user and not password:
        raise SendError(f"[smtp] user is {settings.user}: set the password in the environment variable {PASSWORD_ENV}")
    try:
        server = _connect(settings, timeout)
        if settings.user:
            server.login(settings.user, password)
    except (OSError, smtplib.SMTPException) as exc:
        raise SendError(f"cannot send through {settings.host}:{settings.port} ({settings.tls}): "
                        f"{exc or type(exc).__name__}") from None
    with server:
        yield server


def _connect(settings: SmtpSettings, timeout: float) -> smtplib.SMTP:
    if settings.tls == "ssl":
        return smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout, context=ssl.create_default_context())
    server = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
    if settings.tls == "starttls":
        server.starttls(context=ssl.create_default_context())
    return server


def deliver(session: Session, server: smtplib.SMTP, site: Site, alert: UnitAlert, message: EmailMessage,
            now: datetime, rectification: RectificationSettings) -> str | None:
    """Send one alert, record it, start its findings' deadlines; the error when the server refused it."""
    try:
        server.send_message(message)
        error = None
    except (OSError, smtplib.SMTPException) as exc:
        error = str(exc) or type(exc).__name__
    send = AlertSend(site_id=site.id, unit_id=alert.unit_id, unit_name=alert.unit.name, recipient=message["To"],
                     subject=message["Subject"], message_id=message["Message-ID"], sent_at=now,
                     status="failed" if error else "sent", error=error and error[:1000])
    session.add(send)
    session.flush()
    session.add_all(AlertFinding(send_id=send.id, finding_id=f.id) for f in alert.findings)
    if error is None:
        notify(alert.findings, now, rectification)
    session.commit()
    return error
