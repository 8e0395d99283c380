"""Crawl speed and memory on the bundled sample portal.

The sample portal is served by a separate process on 127.0.0.1 (so the
server does not share the crawler's interpreter), and crawled once into a
fresh SQLite file with the sample profile's settings: no politeness delay,
16 requests in flight. Prints pages/s and the crawling process's peak
memory. Run:

    python benchmarks/crawl_sample_portal.py
"""
from __future__ import annotations

import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawler.runner import run_crawl
from monitor.profile import parse_profile
from monitor.sampleportal import build_site


def start_server() -> tuple[subprocess.Popen, str]:
    server = subprocess.Popen([sys.executable, "-m", "monitor.sampleportal"], stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    return server, re.search(r"http://127\.0\.0\.1:\d+", line)[0]


def main() -> int:
    site = build_site()
    server, base_url = start_server()
    try:
        with tempfile.TemporaryDirectory() as folder:
            profile = parse_profile(site.profile_toml(base_url))
            began = time.perf_counter()
            outcome = run_crawl(profile, f"sqlite:///{Path(folder) / 'bench.sqlite'}", log_level="WARNING")
            elapsed = time.perf_counter() - began
    finally:
        server.terminate()
    responses = outcome.stats.get("response_received_count", 0)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pages served by the sample portal : {len(site.pages)}")
    print(f"HTTP responses received           : {responses}")
    print(f"HTML pages parsed                 : {outcome.stats.get('portal/pages', 0)}")
    print(f"articles stored                   : {outcome.stats.get('portal/articles', 0)}")
    print(f"wall time (crawl + database)      : {elapsed:.1f} s")
    print(f"crawl speed                       : {responses / elapsed:.0f} pages/s")
    print(f"peak memory (crawler process RSS) : {peak_mib:.0f} MiB")
    return 0 if outcome.ok else 1


if __name__ == "__main__":
    sys.exit(main())
