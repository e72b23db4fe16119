"""``assistant redact`` and ``assistant eval redaction`` through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from assistant.cli import eval_cmd, redact_cmd


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    redact_cmd.register(app)
    eval_cmd.register(app)
    return app


runner = CliRunner()


def test_redact_stdin(app: typer.Typer) -> None:
    result = runner.invoke(
        app, ["redact", "-"], input="Herr Vöhringer: 040 30124455, IBAN DE62 3704 0044 0532 0130 01\n"
    )
    assert result.exit_code == 0, result.output
    assert result.output == "Herr <PERSON_1>: <PHONE_1>, IBAN <IBAN_1>\n"


def test_redact_file_json(app: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Mail jm@example.org about INV/2025/0042", encoding="utf-8")
    result = runner.invoke(app, ["redact", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["redacted"] == "Mail <EMAIL_1> about INV/2025/0042"
    assert data["entities"][0] | {"score": 1.0} == {
        "type": "EMAIL", "start": 5, "end": 19, "score": 1.0, "recognizer": "email",
        "text": "jm@example.org", "placeholder": "<EMAIL_1>",
    }  # fmt: skip
    assert data["report"]["counts"] == {"EMAIL": 1}


def test_redact_jsonl(app: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    rows = [{"id": 1, "text": "Sophie Martin called"}, {"id": 2, "text": "Sophie agreed", "extra": [1]}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    result = runner.invoke(app, ["redact", str(path), "--jsonl"])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["redacted"] for o in out] == ["<PERSON_1> called", "<PERSON_1> agreed"]
    assert out[1]["extra"] == [1] and out[1]["id"] == 2 and out[0]["entities"][0]["type"] == "PERSON"


def test_redact_html(app: typer.Typer) -> None:
    result = runner.invoke(app, ["redact", "--html"], input="<p>Hi <b>Sophie</b></p><p>x</p>")
    assert result.exit_code == 0 and result.output == "Hi <PERSON_1>\n\nx\n"


@pytest.mark.parametrize(
    ("args", "data", "message"),
    [
        (["redact", "--jsonl"], b"not json\n", "line 1: not valid JSON"),
        (["redact", "--jsonl"], b'{"id": 1}\n', 'line 1: expected an object with a string "text" field'),
        (["redact", "--jsonl"], b"[1, 2]\n", "line 1: expected an object"),
        (["redact"], b"\xff\xfe\x00binary\x89PNG", "is not UTF-8 text"),
    ],
)
def test_redact_bad_input(app: typer.Typer, args: list[str], data: bytes, message: str) -> None:
    result = runner.invoke(app, args, input=data)
    assert result.exit_code == 2
    assert message in result.output


def test_redact_missing_file(app: typer.Typer, tmp_path: Path) -> None:
    result = runner.invoke(app, ["redact", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "cannot read" in result.output


def test_eval_command_small_corpus(app: typer.Typer, tmp_path: Path) -> None:
    corpus = tmp_path / "mini.jsonl"
    item = {
        "id": "x-1", "type": "chatter", "text": "Call Harriet Pembleton on +44 20 7946 0958 about INV/2025/00117.",
        "ctx": [["PERSON", "Harriet Pembleton"]], "allow": [],
        "redact": [["PERSON", "Harriet Pembleton"], ["PHONE", "+44 20 7946 0958"]], "keep": ["INV/2025/00117"],
    }  # fmt: skip
    corpus.write_text(json.dumps(item) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "redaction", "--corpus", str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["overall"]["recall"] == 1.0 and data["leaks"] == 0 and data["targets_met"] is True
