"""The one clock: every "today" and "now" in the service comes from here.

Business logic (what is a weekend, a month end, "older than 45 days", deadlines, the sandbox's seeded dates)
asks :func:`today` / :func:`now`. Both follow the *business date*, which is the real date unless pinned:

- ``ASSISTANT_TODAY=YYYY-MM-DD`` pins it for reproducible runs (the time of day keeps moving, so durations,
  timeouts and sleeps behave normally);
- tests pin it with :func:`use` (a context manager) or :func:`set_clock`.

Security checks that compare against another machine's clock (webhook replay windows, session and key
expiry) use :func:`wall`, the real UTC time, whatever the business date is.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

ENV_VAR = "ASSISTANT_TODAY"


def wall() -> datetime:
    """The real time (UTC). Only for comparisons with other systems' clocks, never for business dates."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class Clock:
    """A business clock. ``pinned`` fixes the date; ``None`` follows the real date."""

    pinned: date | None = None

    def today(self) -> date:
        return self.pinned if self.pinned is not None else wall().date()

    def now(self) -> datetime:
        """UTC now on the business date (the real time of day moves on)."""
        real = wall()
        if self.pinned is None:
            return real
        return real + timedelta(days=(self.pinned - real.date()).days)

    @classmethod
    def from_env(cls) -> Clock:
        raw = os.environ.get(ENV_VAR, "").strip()
        if not raw:
            return cls()
        try:
            return cls(date.fromisoformat(raw))
        except ValueError:
            raise ValueError(f"{ENV_VAR} must be a date YYYY-MM-DD, got {raw!r}") from None


_current: Clock | None = None


def get_clock() -> Clock:
    global _current
    if _current is None:
        _current = Clock.from_env()
    return _current


def set_clock(clock: Clock | None) -> None:
    """Replace the process clock (``None``: back to ``ASSISTANT_TODAY`` / the real date)."""
    global _current
    _current = clock


@contextmanager
def use(day: date | str) -> Iterator[Clock]:
    """Pin the business date for the duration (tests)."""
    previous = _current
    clock = Clock(date.fromisoformat(day) if isinstance(day, str) else day)
    set_clock(clock)
    try:
        yield clock
    finally:
        set_clock(previous)


def today() -> date:
    return get_clock().today()


def now() -> datetime:
    return get_clock().now()
