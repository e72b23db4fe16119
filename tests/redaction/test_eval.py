"""The redaction corpus meets its targets: recall >= 0.98, precision >= 0.85, F2 >= 0.95, no leaks."""

from __future__ import annotations

import json
from pathlib import Path

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


def test_holdout2_shape() -> None:
    """The context-free holdout: a dev part (tuned on) and a frozen blind part, five languages each."""
    from evals.redaction.run import holdout2_files

    parts = [load_corpus(path) for path in holdout2_files()]
    devs, blinds, round3 = parts[:3], parts[3:6], parts[6:12]
    round4, round5, round6, round8 = parts[12:19], parts[19:21], parts[21:24], parts[24:26]
    # rounds 10, 11 and 12: three, two and four authors, five languages each
    round10, round11, round12, round13 = parts[26:29], parts[29:31], parts[31:34], parts[34:37]
    round14, round16, round17, round18 = parts[37:40], parts[40:41], parts[41:42], parts[42:43]
    round19, round20, round21, round22 = parts[43:44], parts[44:46], parts[46:49], parts[49:50]
    # regions' formats of bank details, ids and addresses (Spanish and English, 20 notes)
    assert [len(d) >= 20 for d in round18] == [True] and {i["lang"] for i in round18[0]} == {"es", "en"}
    # regions' names: the communities of African, South Asian, South-East Asian and Latin American cities
    assert [len(d) >= 24 for d in round19] == [True] and {i["lang"] for i in round19[0]} == {"es", "en"}
    assert sum(1 for i in round19[0] for kind, _ in i["redact"] if kind == "PERSON") >= 120
    # the same, by two other writers (20 notes a language, denser: nearly 500 persons), and German and Dutch notes
    # of their regions by a third (8 notes a language), French by a fourth, English by a fifth (16 notes each)
    assert [len(d) for d in round20] >= [40, 16] and {i["lang"] for i in round20[0]} == {"es", "en"}
    assert sum(1 for i in round20[0] for kind, _ in i["redact"] if kind == "PERSON") >= 400
    assert {i["lang"] for i in round20[1]} == {"de", "nl", "fr", "en"}
    # how people really type (lower-case chat, initials, capitals, nicknames) by six more writers, 16 notes each
    assert [len(d) for d in round21] == [64, 32, 64] and {i["lang"] for i in round21[0]} == {"en", "es", "fr"}
    assert {i["lang"] for i in round21[1]} == {"de", "nl"}
    # paperwork and long forwarded threads (formats of ids, phones, addresses and accounts) by four more writers
    assert {i["lang"] for i in round21[2]} == {"en", "es", "fr", "de"}
    assert sum(1 for i in round21[2] for kind, _ in i["redact"] if kind != "PERSON") >= 500
    assert sum(1 for d in round21 for i in d for kind, _ in i["redact"] if kind == "PERSON") >= 700
    # word-names without a cue, lower-case chat, addresses without a street (landmarks, plots), five writers
    five = {"en", "es", "fr", "de", "nl"}
    assert [len(d) for d in round22] == [80] and {i["lang"] for i in round22[0]} == five
    assert sum(1 for i in round22[0] for kind, _ in i["redact"] if kind == "ADDRESS") >= 80
    assert sum(len(d) for d in devs) >= 100 and [len(b) >= 30 for b in blinds] == [True, True, True]
    assert [len(d) >= 12 for d in round3] == [True] * 6 and sum(len(d) for d in round3) >= 150
    assert [len(d) >= 20 for d in round4] == [True] * 7
    assert [len(d) >= 30 for d in round5] == [True] * 2
    assert [len(d) >= 30 for d in round6] == [True] * 3
    assert [len(d) >= 30 for d in round8] == [True] * 2
    assert [len(d) >= 60 for d in round10] == [True] * 3
    assert {i["lang"] for items in round10 for i in items} == {"en", "de", "fr", "es", "nl"}
    assert [len(d) >= 70 for d in round11] == [True] * 2
    assert all({i["lang"] for i in items} == {"en", "de", "fr", "es", "nl"} for items in round11)
    # ambiguity first, writer's role first (60 notes each), the team's own chat, clients and suppliers (50)
    assert [len(d) >= 50 for d in round12] == [True] * len(round12) and len(round12) >= 3
    assert all({i["lang"] for i in items} == {"en", "de", "fr", "es", "nl"} for items in round12)
    # word-names first, firms and places named after people, spoken and scrappy (60 notes each)
    assert [len(d) >= 60 for d in round13] == [True] * len(round13) and len(round13) >= 3
    assert all(len(i["keep"]) >= 3 for items in round13 for i in items)
    # how the name is written first, formal and official first, one mention each (65 notes each)
    assert [len(d) >= 60 for d in round14] == [True] * len(round14) and len(round14) >= 3
    assert all(len(i["keep"]) >= 3 for items in round14 for i in items)
    # one busy week: one firm per language, its writers each keeping a writing habit (14 notes a language)
    assert [len(d) >= 70 for d in round16] == [True] and len(round16) == 1
    # who to reach and how: dictated and typed contact details (14 notes a language; English, German, French)
    assert [len(d) >= 42 for d in round17] == [True] and {i["lang"] for i in round17[0]} == {"en", "de", "fr"}
    ids = [i["id"] for items in parts for i in items]
    assert len(ids) == len(set(ids))
    # texts with words that only look like names ("Grant funding", "in May", companies)
    assert sum(1 for i in blinds[0] if not i["redact"]) >= 3
    assert sum(1 for items in devs for i in items if not i["redact"]) >= 6
    # round 27: traps both ways (English, Spanish, French and German, 16 notes each; more keeps than before)
    round27 = parts[-13:-12]
    assert [len(d) for d in round27] == [64] and {i["lang"] for i in round27[0]} == {"en", "es", "fr", "de"}
    assert sum(len(i["keep"]) for i in round27[0]) >= 500
    # round 28: traps both ways again (English, Spanish and French 18 notes each, German 20)
    round28 = parts[-12:-11]
    assert [len(d) for d in round28] == [74] and {i["lang"] for i in round28[0]} == {"en", "es", "fr", "de"}
    assert sum(len(i["keep"]) for i in round28[0]) >= 300
    # round 29: names in running text (Dutch and French 22 notes each; Spanish, German, English 8 each)
    round29 = parts[-11:-10]
    assert [len(d) for d in round29] == [68]
    assert {i["lang"] for i in round29[0]} == {"nl", "fr", "es", "de", "en"}
    assert sum(1 for i in round29[0] if i["lang"] == "nl") == 22
    # round 30: identity and staff numbers in letters and forms (5 notes a language, four ids or more each),
    # names in Dutch and French running text (12 notes each), paperwork with people and places (en, es, de 8 each)
    round30 = parts[-10:-9]
    assert [len(d) for d in round30] == [73]
    assert sum(1 for i in round30[0] if i["id"].startswith("d56-ids-")) == 25
    assert all(
        sum(t == "ID" for t, _ in i["redact"]) >= 4 for i in round30[0] if i["id"].startswith("d56-ids-")
    )
    # round 31: ids and addresses far from their label (5 notes a language), Dutch and German names in running prose
    # (12 notes each), messy English, Spanish and French forms (8 notes each)
    round31 = parts[-9:-8]
    assert [len(d) for d in round31] == [73]
    assert sum(1 for i in round31[0] if i["id"].startswith("d57-far-")) == 25
    assert sum(1 for i in round31[0] if i["id"].startswith("d57-run-")) == 24
    # round 32: names of many communities in running prose, persons' numbers far from their word (5 notes a language
    # each), addresses with their floors, farms and directions (17 notes)
    round32 = parts[-8:-7]
    assert [len(d) for d in round32] == [67]
    assert sum(1 for i in round32[0] if i["id"].startswith("d58-names-")) == 25
    assert sum(1 for i in round32[0] if i["id"].startswith("d58-ids-")) == 25
    assert sum(1 for i in round32[0] if i["id"].startswith("d58-addr-")) == 17
    # round 33: persons named in long running prose with few cues, forms and case files with persons' numbers
    # written many ways (5 notes a language each)
    round33 = parts[-7:-6]
    assert [len(d) for d in round33] == [50]
    assert sum(1 for i in round33[0] if i["id"].startswith("d59-prose-")) == 25
    assert sum(1 for i in round33[0] if i["id"].startswith("d59-forms-")) == 25
    # round 34: persons named sparingly in long running prose (names that are words too), conversation exports and
    # people lists with persons' numbers written many ways (5 notes a language each)
    round34 = parts[-6:-5]
    assert [len(d) for d in round34] == [50]
    assert sum(1 for i in round34[0] if i["id"].startswith("d60-prose-")) == 25
    assert sum(1 for i in round34[0] if i["id"].startswith("d60-chat-")) == 25
    # round 35: persons named sparingly in long running prose (9 Dutch notes, 4 in each other language), forms,
    # registers and lists where persons' numbers dominate (5 notes a language)
    round35 = parts[-5:-4]
    assert [len(d) for d in round35] == [50]
    assert sum(1 for i in round35[0] if i["id"].startswith("d61-prose-") and i["lang"] == "nl") == 9
    assert sum(1 for i in round35[0] if i["id"].startswith("d61-ids-")) == 25
    # round 36: persons named sparingly in long running prose (9 Dutch, 8 German, 8 English notes), persons' numbers
    # inside running sentences and messages, often without a label (5 notes a language)
    round36 = parts[-4:-3]
    assert [len(d) for d in round36] == [50]
    assert sum(1 for i in round36[0] if i["id"].startswith("d62-prose-") and i["lang"] == "nl") == 9
    assert sum(1 for i in round36[0] if i["id"].startswith("d62-ids-")) == 25
    # round 37: persons' home and postal addresses written many ways (floors, doors, farms, c/o, PO boxes, across
    # lines, inside sentences), persons' numbers of many kinds in spreadsheets, OCR text, far labels (5 notes a language
    # each)
    round37 = parts[-3:-2]
    assert [len(d) for d in round37] == [50]
    assert sum(1 for i in round37[0] if i["id"].startswith("d63-addr-")) == 25
    assert sum(1 for i in round37[0] if i["id"].startswith("d63-ids-")) == 25
    assert sum(t == "ADDRESS" for i in round37[0] for t, _ in i["redact"]) >= 100
    # round 38: persons named in running prose (9 Dutch notes, 4 in each other language: particles mid-sentence and at
    # a sentence's start, family names that are words), persons' numbers in prose, dictation, exports and tables, with
    # lower-case letters, dots, slashes and dashes (5 notes a language)
    round38 = parts[-2:-1]
    assert [len(d) for d in round38] == [50]
    assert sum(1 for i in round38[0] if i["id"].startswith("d64-per-") and i["lang"] == "nl") == 9
    assert sum(1 for i in round38[0] if i["id"].startswith("d64-ids-")) == 25
    # round 39: persons named with no title, role or verb pointing at them (lists, cc lines, rotas, task owners; 5 notes
    # a language), persons' data seen only from the layout or the conversation (tables without their header, chat
    # answers, letter heads, informal addresses; 5 notes a language)
    round39 = parts[-1:]
    assert [len(d) for d in round39] == [50]
    assert sum(1 for i in round39[0] if i["id"].startswith("d65-per-")) == 25
    assert sum(1 for i in round39[0] if i["id"].startswith("d65-mix-")) == 25
    partial = (
        round10 + round17 + round18 + round19 + round20 + round21 + round27 + round28
    )  # in fewer than five languages
    for items in parts:
        assert {i["lang"] for i in items} == {"en", "de", "fr", "es", "nl"} or items in partial
        assert all("ctx" not in i for i in items)  # no record context: scored as `assistant redact --jsonl`
        for item in items:
            for _, value in item["redact"]:
                assert value in item["text"], (item["id"], value)
            for value in item["keep"]:
                assert value in item["text"], (item["id"], value)


def test_context_free_scoring_counts_tokens_and_misses(tmp_path: Path) -> None:
    from evals.redaction.run import run_context_free

    path = tmp_path / "mini.jsonl"
    rows = [
        {"id": "a", "lang": "en", "text": "Wiebke Harmsen approved the Grant application.",
         "redact": [["PERSON", "Wiebke Harmsen"]], "keep": ["Grant application"]},
        {"id": "b", "lang": "en", "text": "zx qv signed it", "redact": [["PERSON", "zx qv"]], "keep": []},
    ]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = run_context_free(path, ner="off", details=True)
    assert result["gold"] == 2 and result["recall"] == 0.5 and result["person_recall"] == 0.5
    assert result["misses"] == [{"id": "b", "kind": "PERSON", "value": "zx qv"}]
    assert result["keep"] == 1.0 and result["keep_violations"] == 0 and result["precision"] == 1.0
    assert result["targets_met"] is False


@pytest.mark.eval
def test_holdout2_dev_scores() -> None:
    """The part the rules were tuned on; the blind part is reported by `assistant eval redaction` only."""
    from evals.redaction.run import holdout2_files, run_context_free

    for path in holdout2_files()[:3]:
        result = run_context_free(path, details=True)
        assert result["recall"] >= 0.95, result["misses"]
        assert result["precision"] >= 0.95, result["false_positives"]
        assert result["keep"] >= 0.98 and result["keep_violations"] <= 2, result["keep_violations_detail"]


def test_blind_sets_shape() -> None:
    """Every frozen blind set scored by ``assistant eval redaction``: five languages, unique ids, every value to
    redact or keep in its text (totals only are ever printed for them)."""
    from evals.redaction.run import BLIND_SETS

    root = Path(__file__).resolve().parents[2] / "evals" / "redaction"
    assert {
        "holdout13",
        "holdout14",
        "holdout15",
        "holdout16",
        "holdout17",
        "holdout18",
        "holdout19",
        "holdout20",
        "holdout21",
        "holdout22",
        "holdout23",
        "holdout24",
        "holdout25",
        "holdout26",
        "holdout27",
        "holdout28",
        "holdout29",
        "holdout30",
        "holdout31",
        "holdout32",
        "holdout33",
        "holdout34",
    } <= set(BLIND_SETS)
    for name in BLIND_SETS:
        items = load_corpus(root / name)
        # holdout15's languages arrived one by one (Dutch, then Spanish and German, then English, then French), each
        # frozen on arrival
        languages = {"en", "de", "fr", "es", "nl"}
        assert {i["lang"] for i in items} >= languages and len(items) >= 16, name
        assert len({i["id"] for i in items}) == len(items), name
        for item in items:
            assert all(value in item["text"] for _, value in item["redact"]), item["id"]
            assert all(value in item["text"] for value in item.get("keep", [])), item["id"]
