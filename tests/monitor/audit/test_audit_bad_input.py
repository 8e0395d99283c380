"""Bad input to ``audit`` and ``init`` is one line on stderr and exit status 2, before any crawl."""
from __future__ import annotations

import socket

import pytest

from support import run_cli


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("url", ["ftp://example.gov.cn/", "www.example.gov.cn", "http://"])
def test_not_an_http_url(url, tmp_path):
    result = run_cli("audit", url, "--out", str(tmp_path), check=False)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not an http(s) URL" in result.stderr


def test_unreachable_url(tmp_path):
    url = f"http://127.0.0.1:{_closed_port()}/"
    for command in ("audit", "init"):
        result = run_cli(command, url, "--out", str(tmp_path / "x"), check=False)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "unreachable" in result.stderr


def test_unknown_region_names_the_option(portal, tmp_path):
    result = run_cli("audit", portal.base_url + "/", "--region", "不存在县", "--out", str(tmp_path), check=False)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "--region" in result.stderr


def test_unreadable_audit_report(tmp_path):
    result = run_cli("init", "http://127.0.0.1/", "--from-audit", str(tmp_path / "none.json"), check=False)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
