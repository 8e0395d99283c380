"""What each ``portal-monitor`` sub-command does; argument parsing lives in monitor.cli."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from monitor.periods import parse_period
from monitor.profile import load_profile
from monitor.stats import compute_stats, stats_json
from monitor.table import stats_table
from storage.database import open_engine, session_factory


class CommandError(RuntimeError):
    """A command that cannot complete; the message is one line for the user."""


def crawl(args) -> int:
    from crawler.middlewares.browser import BrowserUnavailable
    from crawler.runner import run_crawl

    profile = load_profile(args.profile)
    try:
        outcome = run_crawl(profile, args.db, log_level="WARNING" if args.quiet else "INFO",
                            progress=not args.quiet, full=args.full)
    except BrowserUnavailable as exc:
        raise CommandError(str(exc)) from None
    print(f"crawl run {outcome.run_id}: {outcome.message}")
    if outcome.blocked:
        advice = "" if profile.crawl.browser else "; set `[crawl] browser = true` in the profile to fetch it with Chromium"
        raise CommandError(f"{profile.site.start_url} is blocked by an anti-bot JavaScript challenge; "
                           f"earlier crawls are kept unchanged{advice}")
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
    from monitor.bulletin import TemplateProblem, bulletin_from_db

    profile = load_profile(args.profile)
    with session_factory(open_engine(args.db))() as session:
        try:
            paths = bulletin_from_db(session, profile, parse_period(args.period), Path(args.out))
        except TemplateProblem as exc:
            raise CommandError(str(exc)) from None
    for kind, path in paths.items():
        print(f"{kind}: {path}")
    _chart_font_notice(profile)
    return 0


def import_counts(args) -> int:
    """Import one back-office CSV now (the profile's ``[interaction] imports`` are read after every crawl)."""
    from monitor.newmedia.imports import ImportFileError, read_counts, store_counts
    from monitor.units import UnitMatcher
    from storage.repository import sync_site

    profile = load_profile(args.profile)
    try:
        result = read_counts(Path(args.file), UnitMatcher(profile))
    except ImportFileError as exc:
        raise CommandError(f"{args.file}: {exc}") from None
    with session_factory(open_engine(args.db)).begin() as session:
        written = store_counts(session, sync_site(session, profile).id, result.figures)
    for problem in result.problems:
        print(f"{args.file}: {problem}", file=sys.stderr)
    print(f"imported {written} figures from {args.file}")
    return 1 if result.problems else 0


def template(args) -> int:
    """Copy the shipped bulletin template out for the office to edit."""
    from monitor.bulletin.docx_writer import DEFAULT_TEMPLATE

    out = Path(args.out)
    if out.suffix.lower() != ".docx":
        raise CommandError(f"{out}: the template must be saved as .docx")
    out.write_bytes(DEFAULT_TEMPLATE.read_bytes())
    print(f"template: {out}\nedit it, then set [bulletin] template = \"{out.name}\" in the profile")
    return 0


def _chart_font_notice(profile) -> None:
    from monitor.bulletin.fonts import find_cjk_font

    if find_cjk_font(profile.bulletin.chart_font) is None:
        print("notice: no Chinese font found for the charts; their bars carry the tables' 序号 instead of "
              "unit names (install fonts-noto-cjk or set [bulletin] chart_font)", file=sys.stderr)


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
        rows = query_findings(session, site, args.category, args.unit, status, args.as_of)
        notices = query_notices(session, site) if args.notices else []
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(findings_text(rows))
    for notice in notices:
        print(f"提示 [{notice.kind}] {notice.url}：{notice.message}")
    return 0


def alerts(args) -> int:
    """One alert round: .eml files for review, or sent with ``--send`` (recorded, deadlines started)."""
    from datetime import datetime

    from monitor.alerts import SendError, round_text, run_round
    from storage.repository import find_site

    profile = load_profile(args.profile)
    now = datetime.combine(args.as_of, datetime.now().time()) if args.as_of else datetime.now()
    out = Path(args.out) if args.out else (None if args.send else Path(f"alerts-{now.date().isoformat()}"))
    with session_factory(open_engine(args.db))() as session:
        site = find_site(session, profile)
        if site is None:
            raise CommandError(f"no crawl of {profile.site.name} in this database; run `portal-monitor crawl` first")
        try:
            result = run_round(session, profile, site, now, args.send, out)
        except SendError as exc:
            raise CommandError(str(exc)) from None
    print(round_text(result, args.send))
    return 1 if result.failed else 0


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


def audit(args) -> int:
    """Audit a portal with no profile; print where the report is."""
    result = _run_audit(args, args.out)
    summary = result.report["summary"]
    print(f"audit of {result.report['site']['name']}: {len(result.report['units']) - 1} units, "
          f"{summary['open']} open findings\njson: {result.json_path}\nhtml: {result.html_path}")
    return 0


def init(args) -> int:
    """Write a starting profile from an audit (run now, or read with --from-audit)."""
    from monitor.audit import profile_toml

    if args.from_audit:
        try:
            report = json.loads(Path(args.from_audit).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CommandError(f"{args.from_audit}: cannot read the audit report: {exc}") from None
    else:
        report = _run_audit(args, args.audit_dir).report
    out = Path(args.out)
    out.write_text(profile_toml(report), encoding="utf-8")
    load_profile(out)
    print(f"profile: {out}")
    return 0


def _run_audit(args, out: str | None):
    from dataclasses import replace

    from monitor.audit import AuditError, AuditOptions, run_audit
    from monitor.profile import CrawlSettings

    crawl = replace(CrawlSettings(), max_pages=args.max_pages, link_ignore=tuple(args.link_ignore))
    if args.delay is not None:
        crawl = replace(crawl, download_delay=args.delay, autothrottle=args.delay > 0)
    if args.concurrency is not None:
        crawl = replace(crawl, concurrency=args.concurrency)
    if crawl.download_delay < 0 or crawl.concurrency < 1 or crawl.max_pages < 0:
        raise CommandError("--delay and --max-pages must not be negative, --concurrency at least 1")
    options = AuditOptions(args.url, Path(out) if out else None, args.db, args.region, args.as_of, crawl,
                           progress=not args.quiet)
    try:
        return run_audit(options)
    except AuditError as exc:
        raise CommandError(str(exc)) from None


def schedule(args) -> int:
    """Run the profiles' jobs until stopped, or list their next run times (``--list``)."""
    from monitor.scheduler import LockHeld, ScheduleError, list_schedule, run_schedule

    profiles = [load_profile(path) for path in args.profiles]
    try:
        if args.list:
            print("\n".join(list_schedule(profiles, args.db)))
            return 0
        return run_schedule(profiles, args.db)
    except (LockHeld, ScheduleError) as exc:
        raise CommandError(str(exc)) from None


def demo(args) -> int:
    """Serve the sample portal on a free local port, crawl it, write the bulletin."""
    from crawler.runner import run_crawl
    from monitor.bulletin import bulletin_from_db
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
        paths = bulletin_from_db(session, profile, period, out)
    (out / "findings.json").write_text(json.dumps(found, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"crawl: {outcome.message}")
    print(stats_table(result))
    print("\n检查发现的问题：\n" + findings_text(found))
    print(f"\nprofile:  {profile_path}\ndatabase: {db}\nfindings: {out / 'findings.json'}")
    for kind, path in paths.items():
        print(f"bulletin ({kind}): {path}")
    _chart_font_notice(profile)
    return 0
