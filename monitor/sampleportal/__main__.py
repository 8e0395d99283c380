"""``python -m monitor.sampleportal [PORT]``: serve the sample portal until Ctrl-C."""
from __future__ import annotations

import sys
import threading

from monitor.sampleportal import build_site, serve


def main(argv: list[str]) -> None:
    port = int(argv[0]) if argv else 0
    site = build_site()
    with serve(site, port=port) as running:
        print(f"定南县人民政府门户网站 (sample) at {running.base_url}/  "
              f"({len(site.pages)} pages, {len(site.truth)} posts); Ctrl-C to stop", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main(sys.argv[1:])
