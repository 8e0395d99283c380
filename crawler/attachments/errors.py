"""The one exception of attachment reading, so a bad file never stops a crawl."""


class UnreadableAttachment(Exception):
    """An attachment whose text could not be read; str() is the reason in plain Chinese."""
