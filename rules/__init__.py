"""Content checks (错敏信息, 暗链, 隐私, 错误地名 …): one module per rule, pure functions of a page.

Empty in this version: the crawl, counts and bulletin come first.
"""
