"""Stop a redirect loop at its first repeat rather than after REDIRECT_MAX_TIMES requests.

A → B → A is a loop the moment A comes round again; following it twenty
times only loads the server. The request fails with IgnoreRequest, which the
link check reads as 重定向循环.
"""
from __future__ import annotations

from scrapy.exceptions import IgnoreRequest


class RedirectLoopMiddleware:
    def process_request(self, request):
        if request.url in request.meta.get("redirect_urls", ()):
            raise IgnoreRequest(f"redirect loop back to {request.url}")
        return None
