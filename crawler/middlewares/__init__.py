"""Downloader middlewares of the portal crawl (anti-bot challenges, browser-rendered fetch)."""
