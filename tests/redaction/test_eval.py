"""The redaction corpus meets its targets: recall >= 0.98, precision >= 0.85, F2 >= 0.95, no leaks."""

from __future__ import annotations

import pytest

from evals.redaction.run import gold_spans, load_corpus, run


def test_corpus_shape() -> None:
    items = load_corpus()
    assert len(items) >= 150
    assert {i["lang"] for i in items} == {"en", "de", "fr", "es", "nl"}
    assert sum(1 for i in items if not i["redact"]) >= 20
    assert len({i["id"] for i in items}) == len(items)
    for item in items:
        text = item["text"]
        if not item.get("html"):  # every annotated value occurs in its text
            for _, value in item["redact"]:
                assert value in text, (item["id"], value)
            for value in item["keep"]:
                assert value in text, (item["id"], value)


def test_gold_spans_skip_values_to_keep() -> None:
    item = {"redact": [["PERSON", "May Tennant"], ["PERSON", "May"]], "keep": ["May 12"]}
    text = "May Tennant confirmed May 12. May will sign."
    assert [text[s:e] for s, e, _ in gold_spans(text, item)] == ["May Tennant", "May"]


@pytest.mark.eval
def test_corpus_targets() -> None:
    result = run(details=True)
    overall = result["overall"]
    assert result["leaks"] == 0, result["leaks_detail"]
    assert overall["recall"] >= 0.98, result["misses"]
    assert overall["precision"] >= 0.85, result["false_positives"]
    assert overall["f2"] >= 0.95
    assert result["targets_met"]


@pytest.mark.eval
def test_corpus_targets_without_ner() -> None:
    """The fallback mode (no NER model installed) still meets the targets on this corpus."""
    result = run(ner="off")
    assert result["leaks"] == 0 and result["targets_met"], result["overall"]
