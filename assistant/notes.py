"""HTML building blocks for activity notes: every value escaped, placeholders restored before escaping."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from assistant.tasks import Restore

BADGE_COLOURS = {"green": "#1e7e34", "amber": "#b36b00", "red": "#b02a37", "grey": "#6c757d"}
BADGE_CLASSES = {"green": "success", "amber": "warning", "red": "danger", "grey": "secondary"}
# Odoo keeps no reason when an activity is cancelled: the feedback of "mark done" is the only place for one.
FOOTER = (
    "AI-generated, pending your review. Accept by marking this activity done (feedback optional). "
    'Reject by marking it done with feedback starting with "Rejected:" and your reason, or by cancelling it '
    "(Odoo keeps no reason for a cancel)."
)


class Html:
    """Small helper bound to a run's restore function."""

    def __init__(self, restore: Restore) -> None:
        self.restore = restore

    def esc(self, value: Any) -> str:
        return html.escape(self.restore(str(value)), quote=True)

    def badge(self, label: str, level: str) -> str:
        return self.badge_text(f"{label}: {level.upper()}", level)

    def badge_text(self, text: str, level: str) -> str:
        """A coloured badge that survives Odoo's HTML sanitizer: it strips the ``background`` shorthand from
        inline styles (white text on nothing) but keeps ``background-color`` and Bootstrap's badge classes."""
        colour = BADGE_COLOURS.get(level, BADGE_COLOURS["grey"])
        css = BADGE_CLASSES.get(level, BADGE_CLASSES["grey"])
        return (
            f'<span class="badge text-bg-{css}" style="background-color:{colour};color:#fff;'
            f'border-radius:3px;padding:1px 6px;margin-right:4px">{self.esc(text)}</span>'
        )

    def heading(self, text: str) -> str:
        return f"<h4>{self.esc(text)}</h4>"

    def para(self, text: str) -> str:
        return f"<p>{self.esc(text)}</p>"

    def bullets(self, items: Iterable[str]) -> str:
        rows = "".join(f"<li>{self.esc(item)}</li>" for item in items)
        return f"<ul>{rows}</ul>" if rows else "<p><i>none</i></p>"

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
        head = "".join(f"<th>{self.esc(h)}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{self.esc(c)}</td>" for c in row) + "</tr>" for row in rows)
        return f'<table class="table table-sm"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'

    def footer(self, run_id: str, model: str) -> str:
        return (
            f"<p><i>{self.esc(FOOTER)}</i><br/><small>Run {self.esc(run_id)} · model {self.esc(model)} · "
            f"odoo-governed-assistant</small></p>"
        )


def fmt_num(value: float, digits: int = 1) -> str:
    text = f"{value:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
