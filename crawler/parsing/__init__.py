"""Reading county CMS pages: dates, article metadata, column listings, pagination.

These functions are pure (page in, data out) so they are tested on saved
pages without a crawl and reused by the audit and the checks.
"""
