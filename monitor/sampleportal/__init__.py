"""The bundled sample county portal: 定南县人民政府门户网站 (fictional posts).

A deterministic, in-memory site in three CMS styles (TRS WCM, 大汉 JCMS, an
old ASP system) with the traps of real county portals, served over HTTP on
localhost, that knows exactly which posts a crawler must find.  The demo
crawls it and the tests use it as a fixture::

    site = build_site()
    with serve(site) as running:
        profile = site.profile_toml(running.base_url)
"""
from monitor.sampleportal.build import build_site
from monitor.sampleportal.model import Page, SamplePortal, TruthPost
from monitor.sampleportal.server import Running, serve

__all__ = ["build_site", "serve", "SamplePortal", "TruthPost", "Page", "Running"]
