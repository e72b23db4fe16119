"""Server-rendered SVG charts for the dashboard: no JavaScript, no front-end build, CSP-friendly.

Each function takes plain figures and returns an SVG string in which every label is escaped.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape

PALETTE = {
    "ok": "#2e7d32",
    "fallback": "#f9a825",
    "failed": "#c62828",
    "blocked": "#6a1b9a",
    "unchanged": "#90a4ae",
}
SERIES = ("#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#c62828", "#00838f", "#5d4037", "#455a64")


def _frame(width: int, height: int, body: str, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{escape(title)}" class="chart"><title>{escape(title)}</title>{body}</svg>'
    )


def _empty(title: str) -> str:
    return _frame(600, 60, '<text x="10" y="35" class="muted">no data in this period</text>', title)


def stacked_days(rows: list[dict[str, object]], key: str, title: str) -> str:
    """Vertical bars per day, stacked by ``key`` (e.g. status or task)."""
    if not rows:
        return _empty(title)
    days = sorted({str(r["day"]) for r in rows})
    keys = sorted({str(r[key]) for r in rows})
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        totals[str(r["day"])][str(r[key])] += int(r["count"])  # type: ignore[call-overload]
    peak = max(sum(v.values()) for v in totals.values()) or 1
    width, height, left, bottom, top = 640, 240, 40, 40, 10
    slot = (width - left - 10) / len(days)
    bar = max(min(slot * 0.7, 40), 2)
    parts = [
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 5}" y2="{height - bottom}" class="axis"/>',
        f'<text x="{left - 6}" y="{top + 10}" text-anchor="end" class="tick">{peak}</text>',
        f'<text x="{left - 6}" y="{height - bottom}" text-anchor="end" class="tick">0</text>',
    ]
    colours = {k: PALETTE.get(k, SERIES[i % len(SERIES)]) for i, k in enumerate(keys)}
    for i, day in enumerate(days):
        x = left + i * slot + (slot - bar) / 2
        y = float(height - bottom)
        for k in keys:
            n = totals[day].get(k, 0)
            if not n:
                continue
            h = (height - bottom - top) * n / peak
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colours[k]}">'
                f"<title>{escape(day)} {escape(k)}: {n}</title></rect>"
            )
        if len(days) <= 12 or i % max(len(days) // 8, 1) == 0:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 14}" text-anchor="middle" '
                f'class="tick">{escape(day[5:])}</text>'
            )
    for j, k in enumerate(keys):
        parts.append(
            f'<rect x="{left + j * 110}" y="{height - 16}" width="10" height="10" fill="{colours[k]}"/>'
            f'<text x="{left + j * 110 + 14}" y="{height - 7}" class="tick">{escape(k[:14])}</text>'
        )
    return _frame(width, height, "".join(parts), title)


def hbars(items: list[tuple[str, float]], title: str, *, percent: bool = False, unit: str = "") -> str:
    """Horizontal bars, one per label."""
    if not items:
        return _empty(title)
    peak = 1.0 if percent else (max(v for _, v in items) or 1.0)
    width, row, left = 640, 26, 190
    height = row * len(items) + 10
    parts = []
    for i, (label, value) in enumerate(items):
        y = 5 + i * row
        w = (width - left - 80) * value / peak
        shown = f"{value * 100:.0f}%" if percent else f"{value:,.0f}{unit}"
        parts.append(
            f'<text x="{left - 8}" y="{y + 15}" text-anchor="end" class="label">{escape(label[:28])}</text>'
            f'<rect x="{left}" y="{y + 3}" width="{max(w, 1):.1f}" height="{row - 8}" '
            f'fill="{SERIES[i % len(SERIES)]}"><title>{escape(label)}: {shown}</title></rect>'
            f'<text x="{left + max(w, 1) + 6:.1f}" y="{y + 15}" class="tick">{shown}</text>'
        )
    return _frame(width, height, "".join(parts), title)


def _num(value: float, unit: str) -> str:
    return f"{value:,.1f}{unit}" if value < 10 else f"{value:,.0f}{unit}"


def paired_bars(items: list[tuple[str, float, float]], title: str, names: tuple[str, str], unit: str) -> str:
    """Two horizontal bars per label (e.g. latency p50 and p95)."""
    if not items:
        return _empty(title)
    peak = max(max(a, b) for _, a, b in items) or 1.0
    width, row, left = 640, 40, 190
    height = row * len(items) + 26
    parts = []
    for i, (label, a, b) in enumerate(items):
        y = 5 + i * row
        for j, value in enumerate((a, b)):
            w = (width - left - 90) * value / peak
            parts.append(
                f'<rect x="{left}" y="{y + j * 16}" width="{max(w, 1):.1f}" height="13" '
                f'fill="{SERIES[j]}"><title>{escape(label)} {names[j]}: {_num(value, unit)}</title></rect>'
                f'<text x="{left + max(w, 1) + 6:.1f}" y="{y + j * 16 + 11}" class="tick">'
                f"{_num(value, unit)}</text>"
            )
        parts.append(
            f'<text x="{left - 8}" y="{y + 20}" text-anchor="end" class="label">{escape(label[:28])}</text>'
        )
    for j, name in enumerate(names):
        parts.append(
            f'<rect x="{left + j * 90}" y="{height - 14}" width="10" height="10" fill="{SERIES[j]}"/>'
            f'<text x="{left + j * 90 + 14}" y="{height - 5}" class="tick">{escape(name)}</text>'
        )
    return _frame(width, height, "".join(parts), title)
