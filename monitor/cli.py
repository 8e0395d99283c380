"""``portal-monitor``: crawl a county portal, count posts per unit, check content, write the bulletin."""
from __future__ import annotations

import argparse
import sys
from datetime import date

from monitor import commands
from monitor.periods import PeriodError
from monitor.profile import ProfileError
from monitor.rectification import CalendarError
from monitor.stats import NoDataError
from monitor.health import HEALTH_CATEGORIES
from rules.base import CATEGORIES
from storage.database import ENV_VAR, DatabaseError

USER_ERRORS = (ProfileError, PeriodError, DatabaseError, NoDataError, CalendarError, commands.CommandError)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="portal-monitor",
        description="Crawl a county government portal, count each unit's posts against its quota, "
                    "and write the monthly bulletin (月报).",
    )
    parser.add_argument("--db", metavar="URL",
                        help=f"SQLAlchemy database URL (default: ${ENV_VAR}, else sqlite:///portal-monitor.sqlite)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    crawl = sub.add_parser("crawl", help="crawl the profile's site into the database")
    crawl.add_argument("profile", help="site profile (TOML)")
    crawl.add_argument("--quiet", action="store_true", help="only warnings and the summary")
    crawl.add_argument("--full", action="store_true",
                       help="read every page (default after a first crawl: only what may have changed)")
    crawl.set_defaults(func=commands.crawl)

    stats = sub.add_parser("stats", help="posts per unit against quota for a period")
    stats.add_argument("profile")
    stats.add_argument("--period", required=True, help="2024-02, 2024-Q2, 2024 or 2024-02-01..2024-03-15")
    stats.add_argument("--json", action="store_true", help="print JSON instead of a table")
    stats.set_defaults(func=commands.stats)

    bulletin = sub.add_parser("bulletin", help="write the bulletin (.docx, .xlsx and .html) for a period")
    bulletin.add_argument("profile")
    bulletin.add_argument("--period", required=True, help="2024-02, 2024-Q2, 2024 or a custom range")
    bulletin.add_argument("--out", default=".", help="output folder (default: current folder)")
    bulletin.set_defaults(func=commands.bulletin)

    counts = sub.add_parser("import-counts", help="import back-office figures (依申请公开, 报送 …) from a CSV file",
                            description="Import a CSV of figures only the back office has: a period column "
                                        "(2024-06, 2024-Q2 …), an optional 单位 column (blank: the whole county), "
                                        "then one column per figure. UTF-8 or GBK. Importing again replaces the "
                                        "figures, never adds them twice. Exit status 1 when some rows had problems.")
    counts.add_argument("profile")
    counts.add_argument("file", help="the CSV file")
    counts.set_defaults(func=commands.import_counts)

    template = sub.add_parser("template", help="write the default Word template of the bulletin, for the office to edit",
                              description="Write the shipped bulletin template (red masthead, 期号, fonts, 版记) to a file. "
                                          "Edit it in Word or WPS: keep the {{ … }} fields and {%%p … %%} lines and the "
                                          "style names, change anything else; then name it in the profile's "
                                          "[bulletin] template.")
    template.add_argument("out", help="the .docx to write")
    template.set_defaults(func=commands.template)

    found = sub.add_parser("findings", help="problems found on the site (错敏信息, 暗链, 隐私, 不可用链接, 栏目不更新 …)")
    found.add_argument("profile")
    found.add_argument("--category", choices=CATEGORIES + HEALTH_CATEGORIES, help="only this category")
    found.add_argument("--unit", help="only this responsible unit (its name as in the profile)")
    found.add_argument("--status", choices=("open", "notified", "overdue", "fixed", "all"), default="all",
                       help="open (未整改, notified or not), notified (整改中), overdue (逾期未整改), "
                            "fixed (已整改) or all (default)")
    found.add_argument("--as-of", type=date.fromisoformat, metavar="YYYY-MM-DD",
                       help="judge deadlines (overdue) as of this day (default: today)")
    found.add_argument("--json", action="store_true", help="print a JSON list instead of text")
    found.add_argument("--notices", action="store_true", help="also list what could not be checked, and why")
    found.set_defaults(func=commands.findings)

    alerts = sub.add_parser("alerts", help="write (or --send) one alert email per unit that lags or has problems")
    alerts.add_argument("profile")
    alerts.add_argument("--send", action="store_true",
                        help="send through the profile's [smtp] server (default: only write .eml files)")
    alerts.add_argument("--out", help="folder for the .eml files (default without --send: ./alerts-DATE)")
    alerts.add_argument("--as-of", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="run the round as of this day: pace, deadlines, cool-down (default: today)")
    alerts.set_defaults(func=commands.alerts)

    rules = sub.add_parser("rules", help="list the content checks with their ids and options")
    rules.set_defaults(func=commands.rules)

    audit = sub.add_parser("audit", help="audit any portal with no profile: crawl, discover units, write a report")
    audit.add_argument("url", help="the portal's home page (http or https)")
    _audit_options(audit)
    audit.add_argument("--out", help="report folder (default: a new folder named after the host)")
    audit.set_defaults(func=commands.audit)

    init = sub.add_parser("init", help="write a starting profile (TOML) from what an audit discovers")
    init.add_argument("url", help="the portal's home page (http or https)")
    init.add_argument("--out", default="profile.toml", help="profile to write (default: profile.toml)")
    init.add_argument("--from-audit", metavar="JSON", help="use this audit.json instead of auditing again")
    init.add_argument("--audit-dir", help="where the audit writes its report (default: named after the host)")
    _audit_options(init)
    init.set_defaults(func=commands.init)

    schedule = sub.add_parser("schedule", help="run the profiles' nightly crawl, alerts and bulletin in the foreground")
    schedule.add_argument("profiles", nargs="+", metavar="PROFILE", help="site profile(s) with a [schedule] table")
    schedule.add_argument("--list", action="store_true", help="print each job's next run time and exit")
    schedule.set_defaults(func=commands.schedule)

    demo = sub.add_parser("demo", help="serve the bundled sample county portal, crawl it, write its bulletin")
    demo.add_argument("--out", default="portal-monitor-demo", help="output folder (default: ./portal-monitor-demo)")
    demo.set_defaults(func=commands.demo)
    return parser


def _audit_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--max-pages", type=int, default=0, help="stop after this many pages (default: no limit)")
    parser.add_argument("--as-of", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="judge freshness and count recent posts as of this day (default: today)")
    parser.add_argument("--region", help="the county, when the site's name does not show it (e.g. 定南县)")
    parser.add_argument("--delay", type=float,
                        help="seconds between requests (default: the profile default, 0.5; 0 turns AutoThrottle off)")
    parser.add_argument("--concurrency", type=int, help="requests in flight (default: the profile default, 4)")
    parser.add_argument("--link-ignore", action="append", default=[], metavar="PREFIX",
                        help="URL prefix cited but never checked (repeatable)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except USER_ERRORS as exc:
        print(f"portal-monitor: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("portal-monitor: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
