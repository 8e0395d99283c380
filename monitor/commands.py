"""What each ``portal-monitor`` sub-command does; argument parsing lives in monitor.cli."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from monitor.periods import parse_period
from monitor.profile import load_profile
from monitor.stats import compute_stats, stats_json
from monitor.table import stats_table
from storage.database import database_url, open_engine, session_factory


class CommandError(RuntimeError):
    """A command that cannot complete; the message is one line for the user."""


def crawl(args) -> int:
    from crawler.runner import run_crawl

    profile = load_profile(args.profile)
    outcome = run_crawl(profile, args.db, log_level="WARNING" if args.quiet else "INFO")
    print(f"crawl run {outcome.run_id}: {outcome.message}")
    if not outcome.ok:
        raise CommandError(f"crawl of {profile.site.start_url} failed: {outcome.message}; "
                           "earlier crawls are kept unchanged")
    return 0


def _period_stats(args):
    profile = load_profile(args.profile)
    period = parse_period(args.period)
    with session_factory(open_engine(args.db))() as session:
        return profile, compute_stats(session, profile, period)


def stats(args) -> int:
    _, result = _period_stats(args)
    if args.json:
        json.dump(stats_json(result), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(stats_table(result))
    return 0


def bulletin(args) -> int:
    from monitor.bulletin import BulletinOptions, build_bulletin, write_bulletin

    _, result = _period_stats(args)
    paths = write_bulletin(build_bulletin(result, BulletinOptions()), Path(args.out))
    for kind, path in paths.items():
        print(f"{kind}: {path}")
    return 0


def findings(args) -> int:
    """List the content problems of the profile's site (``--json`` for machines)."""
    from monitor.findings import findings_text, query_findings, query_notices
    from storage.repository import find_site

    profile = load_profile(args.profile)
    with session_factory(open_engine(args.db))() as session:
        site = find_site(session, profile)
        if site is None:
            raise CommandError(f"no crawl of {profile.site.name} in this database; run `portal-monitor crawl` first")
        status = None if args.status == "all" else args.status
        rows = query_findings(session, site, args.category, args.unit, status)
        notices = query_notices(session, site) if args.notices else []
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(findings_text(rows))
    for notice in notices:
        print(f"提示 [{notice.kind}] {notice.url}：{notice.message}")
    return 0


def rules(args) -> int:
    """List every content check with its id, category, severity and options."""
    from dataclasses import fields

    from rules.base import SEVERITY_NAMES
    from rules.registry import RULES

    for cls in RULES:
        print(f"{cls.id}  {cls.name}  [{cls.category}, {SEVERITY_NAMES[cls.severity]}]")
        for option in fields(cls.Options):
            print(f"    {option.name} = {option.default!r}  # {option.metadata.get('doc', '')}")
    return 0


def demo(args) -> int:
    """Serve the sample portal on a free local port, crawl it, write the bulletin."""
    from crawler.runner import run_crawl
    from monitor.bulletin import BulletinOptions, build_bulletin, write_bulletin
    from monitor.findings import findings_text, query_findings
    from monitor.profile import parse_profile
    from monitor.sampleportal import build_site, serve
    from storage.repository import find_site

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    db = args.db or f"sqlite:///{(out / 'demo.sqlite').resolve()}"
    if not args.db:
        for stale in out.glob("demo.sqlite*"):
            stale.unlink()
    site = build_site()
    with serve(site) as running:
        profile_path = out / "profile.toml"
        profile_path.write_text(site.profile_toml(running.base_url), encoding="utf-8")
        profile = parse_profile(profile_path.read_text(encoding="utf-8"), profile_path)
        print(f"sample portal served at {running.base_url}/ — crawling …", flush=True)
        outcome = run_crawl(profile, db, log_level="WARNING")
    if not outcome.ok:
        raise CommandError(f"demo crawl failed: {outcome.message}")
    period = parse_period(site.demo_period)
    with session_factory(open_engine(db))() as session:
        result = compute_stats(session, profile, period)
        found = query_findings(session, find_site(session, profile))
    paths = write_bulletin(build_bulletin(result, BulletinOptions()), out)
    (out / "findings.json").write_text(json.dumps(found, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"crawl: {outcome.message}")
    print(stats_table(result))
    print("\n内容检查发现的问题：\n" + findings_text(found))
    print(f"\nprofile:  {profile_path}\ndatabase: {db}\nfindings: {out / 'findings.json'}")
    for kind, path in paths.items():
        print(f"bulletin ({kind}): {path}")
    return 0
