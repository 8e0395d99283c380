"""A DNS resolver (Scrapy's ``DNS_RESOLVER``) that knows RFC 6761's reserved names.

``.invalid`` names never resolve, by standard: they fail at once as a DNS
failure without asking any server, so a portal citing one is reported
correctly and tests that plant such links never leave the machine.
"""
from __future__ import annotations

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.error import DNSLookupError

RESERVED = (".invalid",)


class ReservedNamesResolver(CachingThreadedResolver):
    def getHostByName(self, name: str, timeout=()):  # noqa: N802 (Twisted's interface)
        if is_reserved(name):
            return defer.fail(DNSLookupError(f"{name}: reserved name (RFC 6761), never resolves"))
        return super().getHostByName(name, timeout)


def is_reserved(name: str) -> bool:
    name = name.lower().rstrip(".")
    return name == "invalid" or name.endswith(RESERVED)
