"""Database models, engine/session handling and schema migrations."""
