"""Shared pieces of the detectors: the cached context (lookups, daily totals) and evidence-table builders."""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from assistant.anomaly.config import AnomalySettings
from assistant.anomaly.frames import AnomalyData

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WS = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]")
_ALNUM = re.compile(r"[^0-9a-z]")


def fmt(value: float, digits: int = 2) -> str:
    """1234.5 -> '1,234.5'; 8.0 -> '8'."""
    text = f"{float(value):,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def count(n: int, word: str, plural: str | None = None) -> str:
    """'1 entry', '3 entries'."""
    if n == 1:
        return f"1 {word}"
    return f"{n} {plural or (word[:-1] + 'ies' if word.endswith('y') else word + 's')}"


def day(ts: Any) -> str:
    return str(pd.Timestamp(ts).date().isoformat())


def weekday_day(ts: Any) -> str:
    t = pd.Timestamp(ts)
    return f"{WEEKDAYS[t.weekday()]} {t.date().isoformat()}"


def norm_codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Normalised text (lower-case, punctuation and repeated spaces removed) as integer codes plus the distinct
    normalised strings: computed once per distinct raw value, with Arrow's RE2 string kernels."""
    codes, uniques = pd.factorize(values, sort=False)
    arr = pa.array(np.asarray(uniques, dtype=object), type=pa.string(), from_pandas=True).fill_null("")
    arr = pc.utf8_lower(arr)
    arr = pc.replace_substring_regex(arr, pattern=r"[^\pL\pN\pM_\s]", replacement=" ")  # Unicode classes
    arr = pc.utf8_trim_whitespace(pc.replace_substring_regex(arr, pattern=r"\s+", replacement=" "))
    encoded = pc.dictionary_encode(pa.concat_arrays([arr, pa.array([""], type=pa.string())]))
    norm = encoded.indices.to_numpy(zero_copy_only=False).astype(
        "int64"
    )  # raw distinct value -> normalised code
    strings = encoded.dictionary.to_numpy(zero_copy_only=False)
    return norm[codes], strings  # code -1 (missing) picks the appended ""


def norm_text(values: pd.Series) -> pd.Series:
    """Normalised text as strings (see :func:`norm_codes`)."""
    codes, strings = norm_codes(values)
    return pd.Series(strings[codes], index=values.index, dtype=object)


def norm_ref(value: str) -> str:
    """An invoice reference reduced to lower-case letters and digits ('PO 4711/a' -> 'po4711a')."""
    return _ALNUM.sub("", value.lower())


def week_start(dates: pd.Series) -> pd.Series:
    return dates - pd.to_timedelta(dates.dt.weekday, unit="D")


class Ctx:
    """Lookups and derived frames shared by the detectors of one scan (computed lazily, once)."""

    def __init__(self, data: AnomalyData, th: AnomalySettings) -> None:
        self.data = data
        self.th = th
        self.today = data.today
        self.desc_strings: np.ndarray = np.array([""], dtype=object)  # set with ``ts``

    @cached_property
    def emp_name(self) -> dict[int, str]:
        return self.data.names("employees")

    @cached_property
    def emp_manager(self) -> dict[int, int]:
        e = self.data.employees
        return dict(zip(e["id"].tolist(), e["manager_user_id"].tolist(), strict=True))

    @cached_property
    def task_name(self) -> dict[int, str]:
        return self.data.names("tasks")

    @cached_property
    def project_name(self) -> dict[int, str]:
        return self.data.names("projects")

    @cached_property
    def task_project(self) -> dict[int, int]:
        t = self.data.tasks
        return dict(zip(t["id"].tolist(), t["project_id"].tolist(), strict=True))

    @cached_property
    def project_manager(self) -> dict[int, int]:
        p = self.data.projects
        return dict(zip(p["id"].tolist(), p["user_id"].tolist(), strict=True))

    TS_COLUMNS = (
        "id",
        "date",
        "employee_id",
        "task_id",
        "project_id",
        "hours",
        "so_line_id",
        "invoice_id",
        "create_date",
    )
    SAME_DAY = ("employee_id", "task_id", "project_id", "date")

    @cached_property
    def ts(self) -> pd.DataFrame:
        """Timesheet lines with a project, sorted by employee and date; numeric columns only (fast to filter, sort
        and merge); descriptions are looked up by id where needed (:meth:`line_name`, :attr:`same_day`)."""
        t = self.data.timesheets
        t = t[(t["project_id"] > 0) & ~t["outside_window"]][list(self.TS_COLUMNS)]
        return t.sort_values(["employee_id", "date", "id"], kind="stable").reset_index(drop=True)

    @cached_property
    def same_day(self) -> pd.DataFrame:
        """Lines sharing employee, task, project and date with another line (the only possible duplicates), with
        hours in hundredths and the normalised description as an integer code into :attr:`desc_strings`."""
        t = self.ts
        t = t[t.duplicated(list(self.SAME_DAY), keep=False)]
        codes, self.desc_strings = norm_codes(pd.Series(self.line_name(t["id"]), index=t.index, dtype=object))
        return t.assign(desc=codes, hcent=np.round(t["hours"].to_numpy() * 100).astype("int64"))

    @cached_property
    def _names(self) -> pd.Series:
        t = self.data.timesheets
        return pd.Series(t["name"].to_numpy(dtype=object), index=t["id"].to_numpy())

    def line_name(self, ids: pd.Series) -> list[str]:
        """The raw descriptions of some timesheet lines (looked up only for evidence)."""
        return [str(v) for v in self._names.reindex(ids.to_numpy()).fillna("").tolist()]

    @cached_property
    def daily(self) -> pd.DataFrame:
        """Hours and entry count per employee per day."""
        t = self.ts
        if t.empty:
            return pd.DataFrame(
                {
                    "employee_id": pd.Series(dtype="int64"),
                    "date": pd.Series(dtype="datetime64[ns]"),
                    "hours": pd.Series(dtype="float64"),
                    "n": pd.Series(dtype="int64"),
                }
            )
        g = t.groupby(["employee_id", "date"], sort=True)["hours"].agg(["sum", "size"]).reset_index()
        return g.rename(columns={"sum": "hours", "size": "n"})

    def employee(self, emp_id: int) -> str:
        return self.emp_name.get(emp_id) or f"Employee #{emp_id}"

    def employee_sensitive(self, emp_id: int) -> list[tuple[str, str]]:
        name = self.emp_name.get(emp_id)
        return [("PERSON", name)] if name else []

    def task(self, task_id: int) -> str:
        return self.task_name.get(task_id) or (f"Task #{task_id}" if task_id else "(no task)")

    def project(self, project_id: int) -> str:
        return self.project_name.get(project_id) or f"Project #{project_id}"

    # -- evidence tables --------------------------------------------------------------------------------------
    LINE_COLUMNS = ("line id", "date", "project", "task", "hours", "description")

    def line_tables(self, lines: pd.DataFrame, by: Sequence[str]) -> dict[Hashable, dict[str, Any]]:
        """Evidence table of timesheet lines for each group of ``by`` (at most ``max_evidence_rows`` rows)."""
        limit = self.th.max_evidence_rows
        out: dict[Hashable, dict[str, Any]] = {}
        if lines.empty:
            return out
        order = list(dict.fromkeys([*by, "date", "id"]))
        sub = lines.sort_values(order, kind="stable")
        sub = sub[sub.groupby(list(by), sort=False).cumcount() < limit]
        keys = sub[by[0]].tolist() if len(by) == 1 else list(zip(*(sub[c].tolist() for c in by), strict=True))
        body = zip(
            sub["id"].tolist(),
            sub["date"].tolist(),
            sub["project_id"].tolist(),
            sub["task_id"].tolist(),
            sub["hours"].tolist(),
            self.line_name(sub["id"]),
            strict=True,
        )
        for key, (line, date, project, task, hours, name) in zip(keys, body, strict=True):
            table = out.setdefault(key, {"columns": list(self.LINE_COLUMNS), "rows": []})
            table["rows"].append(
                [
                    int(line),
                    day(date),
                    self.project(int(project)),
                    self.task(int(task)),
                    float(hours),
                    str(name),
                ]
            )
        return out

    @staticmethod
    def ids_by(lines: pd.DataFrame, by: Sequence[str]) -> dict[Hashable, list[int]]:
        if lines.empty:
            return {}
        grouped = lines.groupby(list(by), sort=False)["id"].agg(list)
        return {k: [int(i) for i in v] for k, v in grouped.items()}
