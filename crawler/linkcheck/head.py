"""HEAD first for resources, GET when the server will not answer HEAD properly.

Images, scripts and attachments need no body to be known alive, so they are
checked with HEAD. Many servers answer HEAD with 405/501 (or 400/403, or drop
the connection) while GET works: such answers are retried once as GET before
anything is concluded.
"""
from __future__ import annotations

from scrapy.exceptions import CannotResolveHostError, DownloadConnectionRefusedError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError

FALLBACK_STATUSES = frozenset({400, 403, 405, 500, 501})
# GET would fail the same way
_FINAL_ERRORS = (CannotResolveHostError, DNSLookupError, DownloadConnectionRefusedError, ConnectionRefusedError)


class HeadFallbackMiddleware:
    def process_response(self, request, response):
        if request.method == "HEAD" and response.status in FALLBACK_STATUSES:
            return _as_get(request)
        return response

    def process_exception(self, request, exception):
        if request.method == "HEAD" and not isinstance(exception, _FINAL_ERRORS):
            return _as_get(request)
        return None


def _as_get(request):
    return request.replace(method="GET", dont_filter=True)
