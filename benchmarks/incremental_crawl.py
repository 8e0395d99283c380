"""Full vs incremental crawl of the sample portal: requests sent and seconds taken.

Serves the sample portal on 127.0.0.1, crawls it in full into a fresh SQLite
file, publishes about 1% new posts (22) the next day, then crawls again
(incremental, the default after a first crawl) and prints the requests the
server answered and the wall time of each crawl, and what the incremental
crawl reported. Each crawl runs ``portal-monitor crawl`` in its own process.
"""
from __future__ import annotations

import datetime
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from monitor.sampleportal import build_site, serve
from monitor.sampleportal.publish import publish

NEW_POSTS = 22
DAY = datetime.date(2024, 7, 1)


def crawl(running, db: str, profile: Path, *flags: str) -> tuple[int, float, str]:
    before, start = sum(running.requests.values()), time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "monitor.cli", "--db", db, "crawl", str(profile), "--quiet",
                             *flags], capture_output=True, text=True, check=True)
    return sum(running.requests.values()) - before, time.perf_counter() - start, result.stdout.strip()


def main() -> None:
    site = build_site()
    with serve(site) as running, tempfile.TemporaryDirectory() as folder:
        profile = Path(folder) / "profile.toml"
        profile.write_text(site.profile_toml(running.base_url), encoding="utf-8")
        db = f"sqlite:///{folder}/bench.sqlite"
        full = crawl(running, db, profile)
        publish(site, NEW_POSTS, DAY)
        incremental = crawl(running, db, profile)
    print(f"{'crawl':<12} {'requests':>9} {'seconds':>8}")
    for name, (requests, seconds, _) in (("full", full), ("incremental", incremental)):
        print(f"{name:<12} {requests:>9} {seconds:>8.1f}")
    print(f"incremental / full requests: {incremental[0] / full[0]:.1%}")
    print(incremental[2])


if __name__ == "__main__":
    main()
