"""The HTML note of an anomaly activity (one per (kind, target record) group): what was found, why (the model's
explanation when one was accepted), the figures, one evidence table listing every occurrence, and the footer.
Values are escaped; employee and customer names appear as they are in Odoo (the note stays inside Odoo)."""

from __future__ import annotations

from assistant.anomaly.detectors.common import fmt
from assistant.anomaly.groups import FlagGroup
from assistant.anomaly.kinds import KINDS
from assistant.notes import FOOTER as REVIEW_HOW
from assistant.notes import Html

LEVEL = {"low": "green", "medium": "amber", "high": "red"}
FOOTER = "Computed by code from Odoo data. " + REVIEW_HOW.replace("AI-generated, pending", "Pending")


def _figure(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return fmt(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def render(
    group: FlagGroup,
    *,
    run_id: str,
    model: str,
    max_rows: int,
    explanations: dict[str, str] | None = None,
    rank: int | None = None,
    explainer: str | None = None,
) -> str:
    """The note of one group's activity: every occurrence (most severe first) in one evidence table; the badge
    shows the group's severity and score (the maximum of its flags). ``explanations``: flag key -> accepted model
    explanation; ``rank``: the group's rank (its best-ranked flag) when a model ranked the flags."""
    h = Html(lambda text: text)
    kind = KINDS[group.kind]
    flags = group.flags
    explained = explanations or {}
    explanations = {f.key: explained[f.key] for f in flags if f.key in explained}
    parts = [
        h.heading(f"Anomaly: {kind.label}"),
        h.badge_text(f"{group.severity.upper()} severity", LEVEL[group.severity]),
        f"<span>score {h.esc(fmt(group.score, 2))}</span>",
    ]
    if len(flags) > 1:
        parts.append(f"<span> · {len(flags)} occurrences</span>")
    if rank is not None:
        parts.append(f"<span> · rank {rank}</span>")
    if len(flags) == 1:
        flag = flags[0]
        parts.append(h.para(flag.reason))
        if flag.key in explanations:
            parts.append(f"<p><b>Why it matters:</b> {h.esc(explanations[flag.key])}</p>")
        parts.append(h.bullets(f"{k.replace('_', ' ')}: {_figure(v)}" for k, v in flag.evidence.items()))
    else:
        parts.append(
            h.bullets(
                f"#{n} · {f.severity} · score {fmt(f.score, 2)}: {f.reason}"
                for n, f in enumerate(flags, start=1)
            )
        )
        if explanations:
            why = [
                f"#{n}: {explanations[f.key]}" for n, f in enumerate(flags, start=1) if f.key in explanations
            ]
            parts.append(f"<p><b>Why it matters:</b></p>{h.bullets(why)}")
    if len(flags) > 1 or flags[0].table.get("rows"):
        table = group.table(max_rows)
        parts.append(h.table(table["columns"], table["rows"]))
    records = group.record_ids
    parts.append(
        f"<p><small>Detector {h.esc(group.kind)} ({h.esc(kind.meaning)}) · records "
        f"{h.esc(flags[0].odoo_model)} {h.esc(', '.join(str(i) for i in records[:30]))}"
        f"{' …' if len(records) > 30 else ''} · group {h.esc(group.key[:10])} · "
        f"{'flags' if len(flags) > 1 else 'flag'} {h.esc(', '.join(f.key[:10] for f in flags))}"
        "</small></p>"
    )
    parts.append(
        f"<p><i>{h.esc(FOOTER)}</i><br/><small>Run {h.esc(run_id)} · model {h.esc(model)}"
        f"{' (explanation: ' + h.esc(explainer) + ')' if explanations and explainer else ''} · "
        "odoo-governed-assistant</small></p>"
    )
    return "".join(parts)
