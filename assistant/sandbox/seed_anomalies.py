"""Seeded anomalies of every kind, mixed into the sandbox's normal data, so that ``assistant scan anomalies`` (and
the demo) has something of each kind to show.

Called at the end of :func:`assistant.sandbox.seed.generate` (``anomalies=True``, the default). Each anomaly is a
small, realistic change: an extra long day, a crunch week, time on a leave day, on a weekend, on a closed task,
on the archived project, long after a deadline, a duplicated entry, entries typed in weeks late, one person's
identical days and another's whole-hour month, budget burning ahead of schedule, approved billable time never
invoiced, a re-issued invoice, an invoice line off the agreed rate, a large discount, an invoice billing more hours
than its timesheets, a credit note with no reference, a weekend expense. Task and project overruns, over-limit
and duplicate expenses are already part of the base seed. Added time uses tasks that are not billed on timesheets,
so that invoices and timesheets stay consistent where no anomaly is intended. Deterministic: its own RNG.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .seed.builder import Builder

LINE = "account.analytic.line"
SKIP = ("id", "create_date", "write_date", "timesheet_invoice_id")


def seed_anomalies(b: Builder, plans: list[Any], staff: list[Any]) -> list[str]:
    """Add the anomalies; returns the steps skipped because the base data had no suitable record."""
    s = _Seeder(b, random.Random(20261122), {st.employee_id: st for st in staff})
    skipped = []
    for step in (
        s.long_days,
        s.weekend_and_leave,
        s.duplicates,
        s.patterns,
        s.projects,
        s.billing,
        s.documents,
    ):
        try:
            step(plans)
        except (StopIteration, IndexError, KeyError, ValueError):  # e.g. a custom seed without that record
            skipped.append(step.__name__)
    return skipped


class _Seeder:
    def __init__(self, b: Builder, rng: random.Random, staff: dict[int, Any]) -> None:
        self.b, self.rng, self.staff = b, rng, staff
        self.lines = b.records[LINE]
        self.by_day: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
        for line in self.lines.values():
            self.by_day[(line["employee_id"], line["date"])].append(line)

    # -- helpers -----------------------------------------------------------------------------------------------
    def weekdays(self, emp: int, first: int, last: int) -> list[str]:
        """Days (offsets ``first``..``last`` from the anchor, most recent first) the employee has unbilled time."""
        out = []
        for offset in range(last, first - 1, -1):
            day = self.b.day(offset)
            rows = self.by_day.get((emp, day.isoformat()), [])
            if day.weekday() < 5 and any(r["timesheet_invoice_type"] != "billable_time" for r in rows):
                out.append(day.isoformat())
        return out

    def template(self, emp: int, day: str) -> dict[str, Any]:
        rows = [r for r in self.by_day[(emp, day)] if r["timesheet_invoice_type"] != "billable_time"]
        return max(rows, key=lambda r: r["unit_amount"])

    def total(self, emp: int, day: str) -> float:
        return float(sum(r["unit_amount"] for r in self.by_day.get((emp, day), [])))

    def add(
        self,
        tpl: dict[str, Any],
        *,
        day: str,
        hours: float,
        name: str,
        when: str | None = None,
        **changes: Any,
    ) -> int:
        vals = {k: v for k, v in tpl.items() if k not in SKIP}
        cost = self.staff[tpl["employee_id"]].hourly_cost
        vals.update(
            date=day,
            unit_amount=hours,
            name=name,
            amount=round(-hours * cost, 2),
            timesheet_invoice_id=False,
            **changes,
        )
        rid = self.b.add(
            LINE,
            vals,
            when=when or self.b.dts(date.fromisoformat(day), 18, 30),
            uid=self.staff[vals["employee_id"]].user_id or 2,
        )
        self.by_day[(vals["employee_id"], day)].append(self.lines[rid])
        return rid

    def set_hours(self, line: dict[str, Any], hours: float) -> None:
        line["unit_amount"] = hours
        line["amount"] = round(-hours * self.staff[line["employee_id"]].hourly_cost, 2)

    # -- timesheets --------------------------------------------------------------------------------------------
    def days(self, emp: int) -> list[str]:
        return self.weekdays(emp, -80, -3)

    def long_days(self, plans: list[Any]) -> None:
        """One long day (13+ h), a crunch week (> 55 h, no day above 12 h) and an unusual day for employee 5."""
        days = {e: self.days(e) for e in (4, 5, 7)}
        day = days[7][1]
        self.add(
            self.template(7, day),
            day=day,
            hours=round(14.5 - self.total(7, day), 2),
            name="Go-live night: cut-over support",
        )
        week = [d for d in days[4] if date.fromisoformat(d).weekday() == 0][1]
        for k in range(5):
            d = (date.fromisoformat(week) + timedelta(days=k)).isoformat()
            if self.by_day.get((4, d)) and self.total(4, d) < 11.5:
                self.add(
                    self.by_day[(4, d)][0],
                    day=d,
                    hours=11.75 - self.total(4, d),
                    name="Deadline week: extra delivery work",
                )
        day = days[5][3]
        self.add(
            self.template(5, day),
            day=day,
            hours=round(11.5 - self.total(5, day), 2),
            name="Unplanned audit support",
        )

    def weekend_and_leave(self, plans: list[Any]) -> None:
        days = {e: self.days(e) for e in (3,)}
        saturday = next(d for d in (self.b.day(-o) for o in range(10, 30)) if d.weekday() == 5)
        friday = (saturday - timedelta(days=1)).isoformat()
        tpl = self.template(3, friday) if (3, friday) in self.by_day else self.template(3, days[3][0])
        self.add(tpl, day=saturday.isoformat(), hours=4.5, name="Saturday: finishing the steering deck")
        leave = next(lv for lv in self.b.records["hr.leave"].values() if lv["employee_id"] in self.staff)
        leave_day = next(
            d
            for d in _span(leave["request_date_from"], leave["request_date_to"])
            if date.fromisoformat(d).weekday() < 5
        )
        self.add(
            self.template(leave["employee_id"], self.days(leave["employee_id"])[0]),
            day=leave_day,
            hours=3.0,
            name="Answered client questions during leave",
        )

    def duplicates(self, plans: list[Any]) -> None:
        days = {e: self.days(e) for e in (8, 9)}
        for emp, day, bump in ((8, days[8][5], 0.0), (9, days[9][5], 0.25)):
            tpl = self.template(emp, day)
            name = tpl["name"] if not bump else tpl["name"].lower() + "."
            self.add(tpl, day=day, hours=tpl["unit_amount"] + bump, name=name)

    def patterns(self, plans: list[Any]) -> None:
        """Entries typed in four weeks late; identical 8 h days for a month; a month of whole hours."""
        days = {e: self.days(e) for e in (6, 12)}
        recent = sorted({d for (emp, d) in self.by_day if emp == 6 and d < self.b.day(-30).isoformat()})
        late = self.b.dts(date.fromisoformat(recent[-1]) + timedelta(days=27), 9, 15)  # one catch-up session
        for day in recent[-4:]:
            for line in self.by_day[(6, day)]:
                line["create_date"] = line["write_date"] = late
        for day in days[12][2:26]:
            rows = sorted(self.by_day[(12, day)], key=lambda r: r["unit_amount"])
            if rows[-1]["unit_amount"] + 8.0 - self.total(12, day) >= 0.5:
                self.set_hours(rows[-1], rows[-1]["unit_amount"] + 8.0 - self.total(12, day))
        month = self.b.day(-35).strftime("%Y-%m")
        for (emp, day), rows in self.by_day.items():
            if emp == 11 and day.startswith(month):
                for line in rows:
                    self.set_hours(line, float(max(1, round(line["unit_amount"]))))

    # -- tasks and projects ------------------------------------------------------------------------------------
    def projects(self, plans: list[Any]) -> None:
        tasks = self.b.records["project.task"]
        cutoff = self.b.day(-40).isoformat()
        closed = next(
            t
            for p in plans
            if p.active and p.billing in ("fixed", "internal") and p.profile != "stale"
            for t in (tasks[i] for i in p.task_ids)
            if t["state"] == "1_done"
            and t["date_end"]
            and t["date_end"][:10] < cutoff
            and any(r["task_id"] == t["id"] for r in self.lines.values())
        )
        tpl = max((r for r in self.lines.values() if r["task_id"] == closed["id"]), key=lambda r: r["date"])
        day = _weekday(date.fromisoformat(closed["date_end"][:10]) + timedelta(days=16))
        self.add(tpl, day=day, hours=1.5, name="Follow-up changes after sign-off")
        archived = next(p for p in plans if not p.active)
        tpl = next(r for r in self.lines.values() if r["project_id"] == archived.project_id)
        self.add(
            tpl,
            day=_weekday(self.b.day(-6)),
            hours=1.0,
            name="Small content fix on the old site",
            employee_id=1,
            user_id=self.staff[1].user_id,
        )
        generic = [p for p in plans if p.active and p.profile == "generic"]
        for task in (tasks[i] for p in generic for i in p.task_ids):
            mine = [r["date"] for r in self.lines.values() if r["task_id"] == task["id"]]
            if task["state"] != "1_done" and len(mine) >= 6 and max(mine) > self.b.day(-10).isoformat():
                deadline = date.fromisoformat(max(mine)) - timedelta(days=50)
                task["date_deadline"] = self.b.dts(deadline, 16)
                break
        fast = next(p for p in generic if p.billing == "fixed")
        project = self.b.records["project.project"][fast.project_id]
        start, end = date.fromisoformat(project["date_start"]), date.fromisoformat(project["date"])
        elapsed = (self.b.anchor - start).days / max(1, (end - start).days)
        spent = sum(r["unit_amount"] for r in self.lines.values() if r["project_id"] == fast.project_id)
        project["allocated_hours"] = float(round(spent / min(1.1, elapsed + 0.45)))

    # -- billing and expenses ----------------------------------------------------------------------------------
    def billing(self, plans: list[Any]) -> None:
        tm = next(p for p in plans if p.active and p.billing == "tm" and p.profile == "generic")
        tpl = next(r for r in self.lines.values() if r["project_id"] == tm.project_id and r["so_line"])
        for offset in (-66, -62, -58):  # approved billable time that never reached an invoice
            self.add(
                tpl,
                day=_weekday(self.b.day(offset)),
                hours=2.5,
                name="Extra data clean-up (client request)",
                employee_id=1,
                user_id=self.staff[1].user_id,
                timesheet_invoice_type="billable_time",
            )
        moves = self.b.records["account.move"]
        mlines = self.b.records["account.move.line"]
        out = [m for m in moves.values() if m["move_type"] == "out_invoice" and m["state"] == "posted"]
        linked = {r["timesheet_invoice_id"] for r in self.lines.values() if r["timesheet_invoice_id"]}
        window = (
            self.b.day(-90).isoformat(),
            self.b.day(-5).isoformat(),
        )  # recent, so a scan window sees them
        recent = sorted(
            (m for m in out if window[0] <= m["invoice_date"] <= window[1]),
            key=lambda m: m["invoice_date"],
            reverse=True,
        )
        timed = [m for m in recent if m["id"] in linked]
        other = [m for m in recent if m["id"] not in linked]
        self._reissue(other[0], out)
        for move, change in (
            (other[1], {"price_unit": 1.12}),
            (timed[0], {"discount": 30.0}),
            (timed[1], {"quantity": 1.35}),
        ):
            line = next(ln for ln in mlines.values() if ln["move_id"] == move["id"])
            for key, value in change.items():
                line[key] = value if key == "discount" else round(line[key] * value, 2)
            self._totals(move)

    def documents(self, plans: list[Any]) -> None:
        """A vendor credit note with no reference, a weekend expense."""
        moves = self.b.records["account.move"]
        mlines = self.b.records["account.move.line"]
        supplier = next(m for m in moves.values() if m["move_type"] == "in_invoice")
        day = self.b.day(-9)
        refund = self.b.add(
            "account.move",
            {
                **_copy(supplier),
                "name": f"RBILL/{day:%Y/%m}/0001",
                "move_type": "in_refund",
                "ref": False,
                "invoice_origin": False,
                "reversed_entry_id": False,
                "invoice_date": day.isoformat(),
                "date": day.isoformat(),
                "amount_untaxed": 240.0,
                "amount_total": 240.0,
                "amount_residual": 240.0,
                "payment_state": "not_paid",
                "payment_reference": False,
            },
            when=self.b.dts(day, 10),
        )
        self.b.add(
            "account.move.line",
            {
                **_copy(next(ln for ln in mlines.values() if ln["move_id"] == supplier["id"])),
                "move_id": refund,
                "name": "Credit",
                "quantity": 1.0,
                "price_unit": 240.0,
                "price_subtotal": 240.0,
                "price_total": 240.0,
            },
            when=self.b.dts(day, 10),
        )
        expense = next(e for e in self.b.records["hr.expense"].values() if e["quantity"] == 1.0)
        saturday = next(d for d in (self.b.day(-o) for o in range(12, 30)) if d.weekday() == 5)
        self.b.add(
            "hr.expense",
            {
                **_copy(expense),
                "name": "Team dinner after workshop",
                "date": saturday.isoformat(),
                "price_unit": 186.0,
                "total_amount": 186.0,
                "total_amount_currency": 186.0,
                "untaxed_amount_currency": 186.0,
                "state": "submitted",
                "sheet_id": False,
            },
            when=self.b.dts(saturday + timedelta(days=2), 9),
        )

    def _reissue(self, move: dict[str, Any], out: list[dict[str, Any]]) -> None:
        """The same invoice issued twice, three days apart (same customer, amount, reference and lines)."""
        day = min(date.fromisoformat(move["invoice_date"]) + timedelta(days=3), self.b.anchor)
        year = [int(m["name"].rsplit("/", 1)[1]) for m in out if m["name"].startswith(f"INV/{day.year}/")]
        name = f"INV/{day.year}/{max(year, default=0) + 1:05d}"
        copy = self.b.add(
            "account.move",
            {
                **_copy(move),
                "name": name,
                "invoice_date": day.isoformat(),
                "date": day.isoformat(),
                "payment_state": "not_paid",
                "amount_residual": move["amount_total"],
                "payment_reference": name,
            },
            when=self.b.dts(day, 11),
        )
        for line in [
            ln for ln in self.b.records["account.move.line"].values() if ln["move_id"] == move["id"]
        ]:
            self.b.add(
                "account.move.line",
                {**_copy(line), "move_id": copy, "move_name": name},
                when=self.b.dts(day, 11),
            )

    def _totals(self, move: dict[str, Any]) -> None:
        untaxed = 0.0
        for line in self.b.records["account.move.line"].values():
            if line["move_id"] == move["id"]:
                line["price_subtotal"] = line["price_total"] = round(
                    line["quantity"] * line["price_unit"] * (1 - (line.get("discount") or 0.0) / 100), 2
                )
                untaxed += line["price_subtotal"]
        rate = move["amount_tax"] / move["amount_untaxed"] if move["amount_untaxed"] else 0.0
        paid = move["amount_total"] - move["amount_residual"]
        move.update(
            amount_untaxed=round(untaxed, 2),
            amount_tax=round(untaxed * rate, 2),
            amount_total=round(untaxed * (1 + rate), 2),
        )
        move["amount_residual"] = max(0.0, round(move["amount_total"] - paid, 2))


def _copy(record: dict[str, Any]) -> dict[str, Any]:
    """A record's values without its identity and audit stamps (``Builder.add`` sets those)."""
    return {
        k: v
        for k, v in record.items()
        if k not in ("id", "create_date", "write_date", "create_uid", "write_uid")
    }


def _span(first: str, last: str) -> list[str]:
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [(start + timedelta(days=k)).isoformat() for k in range((end - start).days + 1)]


def _weekday(day: date) -> str:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day.isoformat()
