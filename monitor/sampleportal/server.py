"""Serve a :class:`SamplePortal` over real HTTP on localhost, quietly.

A ``ThreadingHTTPServer`` in a daemon thread: crawlers hit it with 16
concurrent requests, and tests must not see access logs on stderr.
"""
from __future__ import annotations

import contextlib
import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator
from urllib.parse import urlsplit

from monitor.sampleportal.model import Page, SamplePortal
from monitor.sampleportal.validators import conditional


@dataclass(frozen=True)
class Running:
    """A served site: where it answers, and every request it answered (method, path?query)."""

    base_url: str
    site: SamplePortal
    requests: Counter = field(default_factory=Counter, compare=False)
    lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)

    def count(self, method: str, target: str) -> None:
        with self.lock:
            self.requests[(method, target)] += 1


def _handler(site: SamplePortal, running: Running) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "nginx"
        sys_version = ""
        # Keep-alive, like the web servers in front of real county CMSs.
        protocol_version = "HTTP/1.1"

        def _page(self) -> Page:
            parts = urlsplit(self.path)
            return site.lookup(parts.path or "/", parts.query) or site.not_found

        def _send(self, with_body: bool) -> None:
            running.count(self.command, self.path)
            page = conditional(self._page(), self.headers, site.as_of)  # ETag, Last-Modified, 304
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body)))
            for name, value in page.headers:
                self.send_header(name, value)
            self.end_headers()
            if with_body:
                self.wfile.write(page.body)

        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            with contextlib.suppress(ConnectionError):
                self._send(True)

        def do_HEAD(self) -> None:  # noqa: N802
            with contextlib.suppress(ConnectionError):
                self._send(False)

        def log_message(self, format: str, *args) -> None:  # noqa: A002
            """Silence the per-request access log."""

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def handle_error(self, request, client_address) -> None:
        """Clients hanging up mid-response are normal for crawlers; stay quiet."""


@contextlib.contextmanager
def serve(site: SamplePortal, host: str = "127.0.0.1", port: int = 0) -> Iterator[Running]:
    """Serve ``site`` until the ``with`` block ends; ``port=0`` picks a free port."""
    server = _Server((host, port), None)
    running = Running(f"http://{host}:{server.server_address[1]}", site)
    server.RequestHandlerClass = _handler(site, running)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              name="sampleportal", daemon=True)
    thread.start()
    try:
        yield running
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
