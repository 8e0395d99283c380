"""Crawl speed and memory on the bundled sample portal.

Serves the sample portal on 127.0.0.1, crawls it once into a fresh SQLite
file with the sample profile's politeness settings (no delay, 16 requests at
a time), and prints pages/s and the process's peak memory. Run:

    python benchmarks/crawl_sample_portal.py
"""
from __future__ import annotations

import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

from crawler.runner import run_crawl
from monitor.profile import parse_profile
from monitor.sampleportal import build_site, serve


def main() -> int:
    site = build_site()
    with tempfile.TemporaryDirectory() as folder, serve(site) as running:
        profile = parse_profile(site.profile_toml(running.base_url))
        began = time.perf_counter()
        outcome = run_crawl(profile, f"sqlite:///{Path(folder) / 'bench.sqlite'}", log_level="WARNING")
        elapsed = time.perf_counter() - began
    responses = outcome.stats.get("response_received_count", 0)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pages served by the sample portal : {len(site.pages)}")
    print(f"HTTP responses received           : {responses}")
    print(f"HTML pages parsed                 : {outcome.stats.get('portal/pages', 0)}")
    print(f"articles stored                   : {outcome.stats.get('portal/articles', 0)}")
    print(f"wall time (incl. database)        : {elapsed:.1f} s")
    print(f"crawl speed                       : {responses / elapsed:.0f} pages/s")
    print(f"peak memory (whole process, RSS)  : {peak_mib:.0f} MiB")
    return 0 if outcome.ok else 1


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    sys.exit(main())
