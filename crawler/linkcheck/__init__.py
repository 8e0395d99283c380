"""Link checks: what a page cites, how each cited URL is fetched, and what its answer means.

``extract`` lists a page's links, ``outcome`` turns a response or a failure
into ok | broken | unverified | blocked with a reason in Chinese, ``requests``
builds the check requests (HEAD first for resources), ``retry`` and
``resolver`` are the downloader pieces a robust check needs.
"""
from crawler.linkcheck.extract import CitedLink, cited_links
from crawler.linkcheck.outcome import LinkOutcome, classify_failure, classify_response

__all__ = ["CitedLink", "LinkOutcome", "cited_links", "classify_failure", "classify_response"]
