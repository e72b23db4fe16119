"""Small hand-built frames for detector tests (a baseline of ordinary days plus whatever a test adds), and sandbox
helpers for scan tests (weekend time for an employee, a reviewer's own RPC calls)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pandas as pd

from assistant import clock
from assistant.anomaly.config import AnomalySettings
from assistant.anomaly.detectors import detect
from assistant.anomaly.flags import Flag
from assistant.anomaly.frames import AnomalyData

TODAY = pd.Timestamp("2025-06-18")


def line(
    i: int,
    day: str,
    hours: float,
    *,
    emp: int = 1,
    task: int = 1,
    project: int = 1,
    name: str = "",
    created: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "id": i,
        "date": day,
        "employee_id": emp,
        "task_id": task,
        "project_id": project,
        "hours": hours,
        "name": name or f"work item {i}",
        "create_date": created or f"{day} 18:00:00",
        "write_date": created or f"{day} 18:00:00",
        **extra,
    }


def ordinary_days(
    emp: int = 1,
    start: str = "2025-03-03",
    days: int = 40,
    *,
    first_id: int = 1000,
    pattern: tuple[float, ...] = (7.5, 8.0, 7.75, 8.25, 7.0, 8.5),
    task: int = 1,
) -> list[dict[str, Any]]:
    """Weekday lines of one employee with slightly varying totals (a realistic personal baseline)."""
    out = []
    for k, d in enumerate(pd.bdate_range(start, periods=days)):
        out.append(
            line(
                first_id + k,
                d.date().isoformat(),
                pattern[k % len(pattern)],
                emp=emp,
                task=task,
                name=f"task work {k}",
            )
        )
    return out


def data(timesheets: list[dict[str, Any]] | None = None, **frames: Any) -> AnomalyData:
    tasks = frames.pop(
        "tasks", [{"id": 1, "name": "Design", "project_id": 1}, {"id": 2, "name": "Build", "project_id": 1}]
    )
    projects = frames.pop("projects", [{"id": 1, "name": "Alpha", "active": True}])
    employees = frames.pop("employees", [{"id": 1, "name": "Ada Peeters"}, {"id": 2, "name": "Bo Maes"}])
    built = {k: pd.DataFrame(v) for k, v in frames.items() if k != "has_leave_data"}
    return AnomalyData(
        today=frames.get("today", TODAY),
        timesheets=pd.DataFrame(timesheets or []),
        tasks=pd.DataFrame(tasks),
        projects=pd.DataFrame(projects),
        employees=pd.DataFrame(employees),
        has_leave_data=bool(frames.get("has_leave_data")),
        **{k: v for k, v in built.items() if k != "today"},
    )


def run(d: AnomalyData, kind: str, **thresholds: Any) -> list[Flag]:
    return detect(d, AnomalySettings(**thresholds), [kind])


def weekend_line(sandbox: object, employee: int, saturday: date, hours: float = 3.0) -> int:
    task = sandbox.data.search_read(
        "project.task",
        [["project_id", "!=", False]],  # type: ignore[attr-defined]
        ["project_id"],
        limit=1,
    )[0]
    return int(
        sandbox.data.create(
            "account.analytic.line",
            {  # type: ignore[attr-defined]
                "employee_id": employee,
                "task_id": task["id"],
                "project_id": task["project_id"][0],
                "date": saturday.isoformat(),
                "unit_amount": hours,
                "name": f"Weekend cover {saturday}",
            },
        )
    )


def saturdays(*weeks_back: int) -> list[date]:
    today = clock.today()
    last = today - timedelta(days=(today.weekday() - 5) % 7 or 7)
    return [last - timedelta(weeks=w) for w in weeks_back]


def raw_rpc(sandbox: object, model: str, method: str, args: list, kwargs: dict) -> object:
    """A reviewer's own Odoo client (the assistant's client refuses anything but creating activities and notes)."""
    import httpx

    def rpc(service: str, name: str, *params: object) -> object:
        reply = httpx.post(
            f"{sandbox.url}/jsonrpc",
            timeout=30,
            json={  # type: ignore[attr-defined]
                "jsonrpc": "2.0",
                "method": "call",
                "id": 1,
                "params": {"service": service, "method": name, "args": list(params)},
            },
        ).json()
        assert "error" not in reply, reply
        return reply["result"]

    uid = rpc("common", "login", sandbox.db, "admin", "admin")  # type: ignore[attr-defined]
    return rpc("object", "execute_kw", sandbox.db, uid, "admin", model, method, args, kwargs)  # type: ignore[attr-defined]
