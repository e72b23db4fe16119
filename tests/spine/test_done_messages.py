"""Reviewer decisions read from the activity-done messages of real Odoo 17 and 18 servers.

``tests/fixtures/done_messages/captured.json`` holds message bodies captured from real servers (17.0-20240709
and 18.0 community, demo data): an activity was marked done with ``action_feedback`` with and without feedback
and original note, and the posted ``mail.message`` body read back.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.reviews import decide, parse_done_message

CAPTURED = json.loads((Path(__file__).parents[1] / "fixtures/done_messages/captured.json").read_text())


def _plain(sent: str) -> str:
    return " ".join(sent.split())


@pytest.mark.parametrize("case", sorted(CAPTURED))
def test_the_feedback_is_read_from_the_structure_on_17_and_18(case):
    captured = CAPTURED[case]
    feedback = parse_done_message(captured["body"])
    assert feedback == _plain(captured["feedback_sent"])
    expected = "rejected" if captured["feedback_sent"].startswith("Rejected") else "accepted"
    assert decide(feedback) == expected


def test_text_in_the_original_note_is_never_feedback():
    body = CAPTURED["odoo18_accepted_no_feedback"]["body"]
    assert "Feedback:" in body and parse_done_message(body) == ""


@pytest.mark.parametrize(
    "body",
    [
        "<div>Rejected: looks wrong</div>",  # no header paragraph
        "<p>Email done: x</p><table><tr><td>Rejected</td></tr></table>",  # unknown block
        "<p>Email done: x</p><div>one</div><div>two</div>",  # two candidate feedbacks
        "Rejected: plain text body",
        "",
    ],
)
def test_an_unknown_format_is_not_read_as_a_decision(body):
    assert parse_done_message(body) is None
