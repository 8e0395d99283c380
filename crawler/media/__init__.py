"""政务新媒体 and 互动交流 sources: readers from bytes or text to records (no network, no database).

feed (RSS/Atom), listpage (a dated HTML list), export (a back-office CSV or
.xlsx) and letters (a letter's detail page) each return plain records or
raise :class:`~crawler.media.records.SourceError` with the one-line Chinese
reason a notice shows. The media spider (crawler.spiders.media) fetches,
the file importer (crawler.media.imports) reads local exports.
"""
