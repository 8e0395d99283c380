"""Item pipelines: content checks first, then storage (see crawler.settings.ITEM_PIPELINES)."""
