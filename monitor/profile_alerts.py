"""The profile's ``[rectification]`` and ``[smtp]`` tables: deadlines for units, and how alerts are mailed.

::

    [rectification]
    deadline_days = 5             # 工作日 from notification to the deadline (整改时限)
    cooldown_days = 7             # a unit is not mailed again about the same finding within this many days

    [smtp]
    host = "smtp.example.gov.cn"
    port = 465                    # default: 465 with ssl, 587 with starttls, 25 with none
    tls = "ssl"                   # starttls | ssl | none
    user = "zwgk@example.gov.cn"  # optional: log in as; the password only from $PORTAL_MONITOR_SMTP_PASSWORD
    sender = "zwgk@example.gov.cn"   # From address (default: user)
    sender_name = "定南县人民政府办公室"  # shown as the sender and as the letter's signature

The password is never read from the profile: profiles are copied around and
kept in folders the whole office can read.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

PASSWORD_ENV = "PORTAL_MONITOR_SMTP_PASSWORD"
TLS_MODES = {"ssl": 465, "starttls": 587, "none": 25}


@dataclass(frozen=True)
class RectificationSettings:
    deadline_days: int = 5
    cooldown_days: int = 7


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    tls: str = "starttls"
    user: str | None = None
    sender: str | None = None
    sender_name: str | None = None

    @property
    def from_address(self) -> str | None:
        return self.sender or self.user


class AlertsReader:
    """Validates ``[rectification]`` and ``[smtp]``; ``fail(table, index, key, message)`` raises ProfileError."""

    def __init__(self, fail: Callable[..., None]):
        self.fail = fail

    def rectification(self, raw: Any) -> RectificationSettings:
        self.check_table("rectification", raw, {"deadline_days": int, "cooldown_days": int})
        for key, value in raw.items():
            if value < (1 if key == "deadline_days" else 0):
                self.fail("rectification", None, key, f"{value} must be a whole number of days"
                          + (" (at least 1)" if key == "deadline_days" else " (0 or more)"))
        return RectificationSettings(**raw)

    def smtp(self, raw: Any) -> SmtpSettings | None:
        if raw is None:
            return None
        types = {"host": str, "port": int, "tls": str, "user": str, "sender": str, "sender_name": str}
        self.check_table("smtp", raw, types)
        if "host" not in raw:
            self.fail("smtp", None, None, "missing required key 'host'")
        tls = raw.get("tls", "starttls")
        if tls not in TLS_MODES:
            self.fail("smtp", None, "tls", f"{tls!r} is not one of {', '.join(TLS_MODES)}")
        port = raw.get("port", TLS_MODES[tls])
        if not 0 < port < 65536:
            self.fail("smtp", None, "port", f"{port} is not a port number")
        if "@" not in raw.get("sender", raw.get("user", "@")):
            self.fail("smtp", None, "sender", "must be an email address (or give user as one)")
        return SmtpSettings(**{**raw, "tls": tls, "port": port})

    def check_table(self, name: str, raw: Any, types: dict[str, type]) -> None:
        if not isinstance(raw, dict):
            self.fail(name, None, None, "must be a table")
        for key, value in raw.items():
            if key == "password":
                self.fail(name, None, key, f"never in the profile: set the environment variable {PASSWORD_ENV}")
            if key not in types:
                self.fail(name, None, key, f"unknown key; expected one of {', '.join(types)}")
            if not isinstance(value, types[key]) or isinstance(value, bool):
                self.fail(name, None, key, f"wrong type {type(value).__name__}")
            if isinstance(value, str) and not value.strip():
                self.fail(name, None, key, "must not be empty")
