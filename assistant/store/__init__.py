"""Persistence: the embedded or external PostgreSQL (pgvector), the prompt log and supporting tables."""

from assistant.store.db import Database
from assistant.store.promptlog import LogEntry, PromptLogStore, VerifyResult

__all__ = ["Database", "LogEntry", "PromptLogStore", "VerifyResult"]
