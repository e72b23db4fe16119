"""Redaction gives the same entities whatever Python's string-hash seed: passes that gather values in a set and
then search for each value in turn walk them in one order (sorted), so the recognizer named on a repeated number
and which of two candidates takes a place never depend on the process's hash seed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The same patient number read after its label (national_id) and in a table (table), then a third time alone:
# the third occurrence takes the recognizer of whichever value the pass searched first
_SCRIPT = r"""
import json
from redaction.recognizers.person.within import ids_again, lower_echoes
from redaction.recognizers.id_shapes import same_shape_ids
from redaction.types import Span

text = "patiëntnr. 104873 (mw. Jansen)\n| 104873 | Jansen |\nSamenvoegen op 104873 graag."
first, second = text.index("104873"), text.index("104873", 20)
spans = [Span(first, first + 6, "ID", 0.7, "national_id"), Span(second, second + 6, "ID", 0.7, "table")]
again = [(s.start, s.end, s.recognizer) for s in ids_again(text, spans)]

text2 = "Ref AB-123456-7 and CD-765432-1 for Lena; then AB-999999-9, CD-888888-8."
spans2 = [Span(4, 15, "ID", 0.9, "national_id"), Span(20, 31, "ID", 0.9, "national_id")]
shapes = [(s.start, s.end) for s in same_shape_ids(text2, spans2)]
print(json.dumps([again, shapes]))
"""


def _run(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_repeated_numbers_are_found_alike_under_every_hash_seed() -> None:
    outputs = {_run(seed) for seed in range(8)}
    assert len(outputs) == 1, outputs
    again, shapes = json.loads(outputs.pop())
    third = len("patiëntnr. 104873 (mw. Jansen)\n| 104873 | Jansen |\nSamenvoegen op ")
    assert again == [[third, third + 6, "national_id"]]  # sorted: "national_id" before "table"
    assert {(47, 58), (60, 71)} <= {tuple(s) for s in shapes}  # the later numbers of the same shape
