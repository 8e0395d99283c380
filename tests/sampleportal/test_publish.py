"""The sample portal answers conditional GETs and can publish and take down posts, deterministically."""
from __future__ import annotations

import datetime
import urllib.error
import urllib.request

from monitor.sampleportal import build_site, serve
from monitor.sampleportal.publish import publish, remove_post

DAY = datetime.date(2024, 7, 2)


def fetch(url: str, **headers) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), b""


def test_conditional_get_answers_304_until_the_page_changes():
    site = build_site()
    with serve(site) as running:
        status, headers, _ = fetch(running.base_url + "/")
        assert status == 200 and headers["Last-Modified"] == "Sun, 30 Jun 2024 00:00:00 GMT"
        assert fetch(running.base_url + "/", **{"If-None-Match": headers["ETag"]})[0] == 304
        assert fetch(running.base_url + "/", **{"If-Modified-Since": headers["Last-Modified"]})[0] == 304
        new = publish(site, 3, DAY)
        first = next(p for p in site.truth if p.path == new[0].path).columns[0]
        status, _, _ = fetch(running.base_url + first, **{"If-Modified-Since": headers["Last-Modified"]})
        assert status == 200
        assert fetch(running.base_url + new[0].path)[0] == 200
        remove_post(site, new[0].path, DAY)
        assert fetch(running.base_url + new[0].path)[0] == 404
        assert running.requests[("GET", "/")] == 3


def test_publishing_is_deterministic_and_extends_the_truth():
    one, two = build_site(), build_site()
    before = len(one.truth)
    assert publish(one, 22, DAY) == publish(two, 22, DAY)
    assert len(one.truth) == before + 22 and {p.pub_date for p in one.truth[before:]} == {DAY}
    assert one.pages.keys() == two.pages.keys()
    assert all(one.pages[k].body == two.pages[k].body for k in one.pages)
    remove_post(one, one.truth[-1].path, DAY)
    assert len(one.truth) == before + 21
