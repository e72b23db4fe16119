"""Bad and unusual inputs: a clear error or a correct result, never a crash."""

from __future__ import annotations

import threading

import pytest

from redaction import RecordContext, Redactor, html_to_text
from redaction.errors import InputError, RedactionError


def test_empty_and_none(redactor: Redactor) -> None:
    session = redactor.session()
    assert session.redact("") == ""
    assert session.redact_many(["", "   ", "\n"]) == ["", "   ", "\n"]
    assert session.analyze_many([None]) == [("", [])]
    assert session.redact_many([]) == []
    assert session.restore("") == ""
    assert session.leak_check("") == []


@pytest.mark.parametrize("value", [b"bytes", 42, 4.2, ["list"], {"a": 1}, object()])
def test_non_text_is_an_input_error(redactor: Redactor, value: object) -> None:
    with pytest.raises(InputError):
        redactor.session().redact(value)  # type: ignore[arg-type]


def test_oversized_text(redactor: Redactor) -> None:
    one_mb = "Call Sophie Martin on +49 40 1234567. " * 27_000
    assert len(one_mb) > 1_000_000
    with pytest.raises(RedactionError, match="exceeds the redaction limit of 200,000"):
        redactor.session().redact(one_mb)
    with pytest.raises(RedactionError):
        redactor.session().redact_obj({"ok": "fine", "big": one_mb})


def test_large_text_within_limit(redactor_no_ner: Redactor) -> None:
    big = ("Call Sophie Martin on +49 40 1234567 about INV/2025/0042. " * 3_400)[:199_000]
    out = redactor_no_ner.session().redact(big)
    assert "+49 40 1234567" not in out and "Sophie Martin" not in out and "INV/2025/0042" in out


def test_binary_emoji_and_right_to_left(redactor: Redactor) -> None:
    session = redactor.session(RecordContext())
    binary = "\x00\x01\x02\ufffd\x7f garbage \x00 jm@example.org"
    assert session.redact(binary).endswith("<EMAIL_1>")
    emoji = "Thanks 🙏🏽 Sophie Martin 🎉👩‍💻 — call +33 6 12 34 56 78 📞"
    out = session.redact(emoji)
    assert "🙏🏽" in out and "👩‍💻" in out and "Sophie" not in out and "+33" not in out
    rtl = "شكراً يا أحمد، رقم الهاتف +971 50 123 4567 والبريد ahmed@example.ae — שלום דנה"
    out = session.redact(rtl)
    assert "+971 50 123 4567" not in out and "ahmed@example.ae" not in out and "שלום" in out
    assert session.redact("\u202e\u200f\u200b") == "\u202e\u200f\u200b"


def test_no_letters_texts(redactor: Redactor) -> None:
    session = redactor.session()
    assert session.redact("7.5 | 2025-05-12 | 1.250,00 | 42%") == "7.5 | 2025-05-12 | 1.250,00 | 42%"


def test_html_fields() -> None:
    html = (
        "<p>Hello&nbsp;<b>Sophie</b>,</p><ul><li>first</li><li>second &amp; third</li></ul>"
        "<script>alert(1)</script><p>Bye<br/>Tom</p><table><tr><td>a</td><td>b</td></tr></table>"
    )
    assert html_to_text(html) == "Hello Sophie,\n\n- first\n- second & third\n\nBye\nTom\n\n| a | b"
    assert html_to_text(False) == ""
    assert html_to_text(None) == ""
    assert html_to_text("plain text") == "plain text"
    assert (
        html_to_text("<p>unclosed <b>bold <i>x</p></div></span>&bogus; &#x1F600;")
        == "unclosed bold x\n\n&bogus; 😀"
    )
    assert html_to_text("<<<>>>") in ("<<<>>>", "<<>>>", ">>>", "<<<>>")
    with pytest.raises(RedactionError):
        html_to_text("<p>x</p>" * 10, max_chars=20)
    with pytest.raises(InputError):
        html_to_text(b"<p>x</p>")  # type: ignore[arg-type]


def test_threads_share_one_redactor(redactor: Redactor) -> None:
    results: dict[int, str] = {}
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            ctx = RecordContext()
            ctx.add("PERSON", f"Person{i} Tester")
            results[i] = redactor.session(ctx).redact(f"Person{i} Tester met Sophie Martin on +49 40 1234567")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert set(results.values()) == {"<PERSON_1> met <PERSON_2> on <PHONE_1>"}
