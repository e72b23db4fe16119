"""The explicit context of a run: built once, handed to the task (``Task.configure``) before ``select``,
``fetch`` and ``render``. Tasks never reach for global settings, open databases or read the wall clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from assistant import clock as clock_module

if TYPE_CHECKING:
    from assistant.settings import Settings
    from assistant.store.db import Database
    from assistant.tasks import Task


@dataclass
class TaskContext:
    """Settings, the store, the Odoo instance, the clock and the embedder of one run."""

    settings: Settings
    instance: str
    clock: clock_module.Clock = field(default_factory=clock_module.get_clock)
    _db: Database | None = None

    @classmethod
    def for_settings(
        cls, settings: Settings, *, db: Database | None = None, instance: str | None = None
    ) -> TaskContext:
        from assistant.odoo import instance_of

        return cls(settings, instance or instance_of(settings), clock_module.get_clock(), db)

    @property
    def db(self) -> Database:
        """The run's database (opened once, on first use: a task without precedents never needs it)."""
        if self._db is None:
            from assistant.store.db import Database

            self._db = Database.from_settings(self.settings)
        return self._db

    @property
    def today(self) -> date:
        return self.clock.today()

    def config(self, task: type[Task]) -> Any:
        """The task's own settings (``Task.config``) validated from ``ASSISTANT_TASKS__<NAME>__<FIELD>``."""
        if task.config is None:
            raise ValueError(f"task {task.name} declares no config model")
        from pydantic import ValidationError

        from assistant.errors import ConfigError

        try:
            return task.config.model_validate(self.settings.tasks.get(task.name, {}))
        except ValidationError as exc:
            raise ConfigError(f"ASSISTANT_TASKS__{task.name.upper()}__…: {exc}") from None

    def embedder(self) -> Any:
        """The sentence embedder (loaded once per process)."""
        from assistant.embeddings import get_embedder

        return get_embedder()
