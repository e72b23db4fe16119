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


def test_assistant_adapts_redaction_settings_and_errors() -> None:
    """The application re-exports the package's own settings model and errors (redaction stands alone)."""
    import redaction.errors
    import redaction.settings
    from assistant import errors
    from assistant.settings import RedactionSettings, Settings

    assert RedactionSettings is redaction.settings.RedactionSettings
    assert isinstance(Settings().redaction, redaction.settings.RedactionSettings)
    assert (
        errors.InputError is redaction.errors.InputError
        and errors.LeakBlocked is redaction.errors.LeakBlocked
    )
    assert issubclass(redaction.errors.RedactionError, errors.AssistantError)
    assert issubclass(errors.OdooError, errors.AssistantError)


@pytest.mark.eval
def test_eval_command_prints_tuned_corpus_and_holdouts(app: typer.Typer) -> None:
    result = runner.invoke(app, ["eval", "redaction"])
    assert result.exit_code == 0, result.output
    for heading in (
        "== tuned corpus",
        "== holdout (record context",
        "== holdout2",
        "dev.jsonl",
        "dev2.jsonl",
        "dev3.jsonl",
        "blind.jsonl",
        "blind2.jsonl",
        "blind3.jsonl",
    ):
        assert heading in result.output
    assert result.output.count("keep ") >= 2


def test_eval_command_context_free_file(app: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "cf.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Grace confirmed the Grant funding", "redact": [["PERSON", "Grace"]],
                                "keep": ["Grant funding"]}) + "\n", encoding="utf-8")  # fmt: skip
    result = runner.invoke(app, ["eval", "redaction", "--context-free", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["recall"] == 1.0 and data["keep"] == 1.0 and data["targets_met"] is True
    missing = runner.invoke(app, ["eval", "redaction", "--context-free", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2 and "does not exist" in missing.output
