"""Engine creation and schema upgrade.

The database is always brought to the newest Alembic revision before use, so
a user upgrading portal-monitor keeps their data and gains the new tables.
"""
from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker

DEFAULT_URL = "sqlite:///portal-monitor.sqlite"
ENV_VAR = "PORTAL_MONITOR_DB"
MIGRATIONS = Path(__file__).with_name("migrations")


class DatabaseError(RuntimeError):
    """The database cannot be opened or upgraded; the message is for the user."""


def database_url(explicit: str | None = None) -> str:
    """``--db`` wins, then ``$PORTAL_MONITOR_DB``, then a SQLite file here."""
    url = explicit or os.environ.get(ENV_VAR) or DEFAULT_URL
    # "postgresql://" means psycopg2 to SQLAlchemy; the project ships psycopg 3.
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def open_engine(url: str | None = None, upgrade: bool = True) -> Engine:
    url = database_url(url)
    try:
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        if upgrade:
            upgrade_schema(engine)
    except (SQLAlchemyError, OSError, ImportError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DatabaseError(f"cannot open database {_safe(url)}: {reason}") from None
    return engine


def upgrade_schema(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:  # an unparsable URL is shown as given
        return url
