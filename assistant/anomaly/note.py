"""The HTML note of an anomaly activity: what was found, why (the model's explanation when one was accepted), the
figures, the evidence table and the footer. Values are escaped; employee and customer names appear as they are
in Odoo (the note stays inside Odoo)."""

from __future__ import annotations

from assistant.anomaly.detectors.common import fmt
from assistant.anomaly.flags import Flag
from assistant.anomaly.kinds import KINDS
from assistant.notes import BADGE_COLOURS, Html

LEVEL = {"low": "green", "medium": "amber", "high": "red"}
FOOTER = ("Computed by code from Odoo data, pending your review. Accept by marking this activity done (add feedback "
          "if needed); reject by cancelling it with a reason.")


def _figure(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return fmt(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def render(flag: Flag, *, run_id: str, model: str, explanation: str | None = None, rank: int | None = None,
           explainer: str | None = None) -> str:
    h = Html(lambda text: text)
    kind = KINDS[flag.kind]
    colour = BADGE_COLOURS[LEVEL[flag.severity]]
    parts = [h.heading(f"Anomaly: {kind.label}"),
             f'<span style="background:{colour};color:#fff;border-radius:3px;padding:1px 6px;margin-right:4px">'
             f"{h.esc(flag.severity.upper())} severity</span>", f"<span>score {h.esc(fmt(flag.score, 2))}</span>"]
    if rank is not None:
        parts.append(f"<span> · rank {rank}</span>")
    parts.append(h.para(flag.reason))
    if explanation:
        parts.append(f"<p><b>Why it matters:</b> {h.esc(explanation)}</p>")
    figures = [f"{k.replace('_', ' ')}: {_figure(v)}" for k, v in flag.evidence.items()]
    parts.append(h.bullets(figures))
    if flag.table.get("rows"):
        parts.append(h.table(flag.table["columns"], flag.table["rows"]))
    parts.append(f"<p><small>Detector {h.esc(flag.kind)} ({h.esc(kind.meaning)}) · records {h.esc(flag.odoo_model)} "
                 f"{h.esc(', '.join(str(i) for i in flag.record_ids[:30]))}"
                 f"{' …' if len(flag.record_ids) > 30 else ''} · flag {h.esc(flag.key[:10])}</small></p>")
    parts.append(f"<p><i>{h.esc(FOOTER)}</i><br/><small>Run {h.esc(run_id)} · model {h.esc(model)}"
                 f"{' (explanation: ' + h.esc(explainer) + ')' if explanation and explainer else ''} · "
                 "odoo-governed-assistant</small></p>")
    return "".join(parts)
