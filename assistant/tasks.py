"""The Task contract and the task registry.

A task is one class in one file under ``assistant.summarizers``, ``assistant.classifiers`` or
``assistant.anomaly``. It fetches facts from Odoo (batched), declares the sensitive values the records
contain, renders a prompt over the *redacted* facts, writes a deterministic narrative when no model is
used, checks model output, and renders the activity note. The pipeline does everything else.
The CLI and the API build their commands and routes from :func:`registry`.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import pkgutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel

from assistant.odoo.gateway import OdooGateway
from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.context import TaskContext
from redaction import RecordContext

TASK_PACKAGES = ("assistant.summarizers", "assistant.classifiers", "assistant.anomaly")


@dataclass
class Facts:
    """What a task fetched for one record: the payload (JSON-able, figures computed by code) and metadata."""

    record_id: int
    name: str
    payload: dict[str, Any]
    context: RecordContext
    write_date: str | None = None
    assignee_id: int | None = None
    group: int | None = None  # activity batch group (project id for tasks)
    target_model: str | None = None  # where the activity lands, if not on the source record itself
    target_id: int | None = None

    @property
    def fingerprint(self) -> str:
        blob = json.dumps(
            self.payload, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":")
        )
        return hashlib.sha256(blob.encode()).hexdigest()


@dataclass
class CheckIssue:
    rule: str
    message: str
    severity: str = "error"  # error rejects the output; warning is only logged

    def to_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "message": self.message, "severity": self.severity}


Restore = Callable[[str], str]


class Task:
    """Base class. Subclasses set the class attributes and implement the methods marked abstract."""

    name: ClassVar[str]
    title: ClassVar[str]
    odoo_model: ClassVar[str]
    output: ClassVar[type[BaseModel]]
    instructions: ClassVar[str]
    summary_label: ClassVar[str] = "AI review"
    offline_label: ClassVar[str] = (
        "rules"  # model name logged when no model is used (e.g. an embedding classifier)
    )
    audience: ClassVar[str]  # who may trigger it besides the service: "manager" or "finance"
    # a periodic fan-out over every eligible record: the name of its cron in the settings
    # (ASSISTANT_SCHEDULES__<NAME>, or ASSISTANT_SCHEDULES__TASKS='{"name": "cron"}'); None: no schedule
    schedule: ClassVar[str | None] = None
    # the task's own settings (a pydantic model with defaults), read from ASSISTANT_TASKS__<NAME>__<FIELD>
    # through ``self.ctx.config(type(self))``; None: the task has none
    config: ClassVar[type[BaseModel] | None] = None
    deadline_days: ClassVar[int | None] = None
    write_back: ClassVar[bool] = True  # False: the caller lands the checked output itself (anomaly ranking)
    _ctx: TaskContext | None = None  # bound before select/fetch (see :meth:`configure`)

    def configure(self, ctx: TaskContext | Settings) -> None:
        """Bind the run's context before ``select`` and ``fetch`` (the pipeline does it; so does any caller that
        selects records first). Plain settings are wrapped in a context of their own."""
        from assistant.context import TaskContext

        self._ctx = ctx if isinstance(ctx, TaskContext) else TaskContext.for_settings(ctx)

    @property
    def ctx(self) -> TaskContext:
        if self._ctx is None:
            raise RuntimeError(f"task {self.name} used before configure(context)")
        return self._ctx

    @property
    def settings(self) -> Settings:
        return self.ctx.settings

    @classmethod
    def prompt_version(cls) -> str:
        """Hash of the instructions and the output schema: any change shows as a new version."""
        schema = json.dumps(cls.output.model_json_schema(), sort_keys=True)
        return hashlib.sha256((cls.instructions + schema).encode()).hexdigest()[:12]

    # -- selection and facts -----------------------------------------------------------------------------
    def select(self, gw: OdooGateway, *, all_records: bool, ids: Sequence[int] | None = None) -> list[int]:
        if ids:
            return list(ids)
        return gw.search_ids(self.odoo_model, self.default_domain() if all_records else [])

    def default_domain(self) -> list[Any]:
        return []

    def fetch(self, gw: OdooGateway, ids: Sequence[int], today: date) -> list[Facts]:
        raise NotImplementedError

    # -- generation ----------------------------------------------------------------------------------------
    def render(self, payload: dict[str, Any]) -> str:
        """The user prompt over redacted facts."""
        return "Facts (JSON, figures computed from Odoo):\n" + json.dumps(
            payload, ensure_ascii=False, separators=(",", ":")
        )

    def write_rules(self, payload: dict[str, Any]) -> BaseModel:
        """The deterministic writer used when no model is configured, and as fallback."""
        raise NotImplementedError

    def check(self, out: BaseModel, payload: dict[str, Any]) -> list[CheckIssue]:
        return []

    # -- write-back ----------------------------------------------------------------------------------------
    def key_facts(self, payload: dict[str, Any]) -> dict[str, Any]:
        """The figures printed by ``assistant run --json`` (default: the whole payload)."""
        return payload

    def headline(self, out: BaseModel | None, payload: dict[str, Any]) -> str:
        """One short word or phrase for tables (e.g. project health)."""
        return ""

    def note(
        self, out: BaseModel, payload: dict[str, Any], *, run_id: str, model: str, restore: Restore
    ) -> str:
        raise NotImplementedError


_REGISTRY: dict[str, type[Task]] = {}


def registry() -> dict[str, type[Task]]:
    """All tasks, discovered from the task packages (imported once)."""
    if not _REGISTRY:
        for package_name in TASK_PACKAGES:
            package = importlib.import_module(package_name)
            for info in pkgutil.iter_modules(package.__path__):
                if info.name.startswith("_"):
                    continue
                module = importlib.import_module(f"{package_name}.{info.name}")
                for value in vars(module).values():
                    if (
                        isinstance(value, type)
                        and issubclass(value, Task)
                        and value is not Task
                        and value.__module__ == module.__name__
                        and getattr(value, "name", None)
                    ):
                        _REGISTRY[value.name] = value
    return dict(sorted(_REGISTRY.items()))


def register_task(cls: type[Task]) -> type[Task]:
    """Add a task defined outside the task packages (a plug-in, a test): it appears in ``assistant tasks``,
    ``assistant run`` and the API's task routes like the built-in ones. Usable as a class decorator."""
    registry()
    _REGISTRY[cls.name] = cls
    return cls


def unregister_task(name: str) -> None:
    _REGISTRY.pop(name, None)


def get_task(name: str) -> Task:
    tasks = registry()
    if name not in tasks:
        from assistant.errors import InputError

        raise InputError(f"unknown task {name!r}; known tasks: {', '.join(tasks) or 'none'}")
    return tasks[name]()
