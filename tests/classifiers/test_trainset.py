"""The dispute classifier's training set: the scenario-card emails and how they are composed into train.jsonl."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from assistant.classifiers._model import LABELS, TRAIN_FILE
from assistant.classifiers.trainset import compose


def test_scenario_cards_parse_into_labelled_emails_in_five_languages() -> None:
    rows = compose.scenario_rows()
    assert len(rows) >= 250
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["label"] for r in rows} == set(LABELS)
    assert {r["lang"] for r in rows} == {"en", "de", "fr", "es", "nl"}
    assert all(r["subject"] and r["body"] and "### " not in r["body"] for r in rows)
    per_label = Counter(r["label"] for r in rows)
    assert min(per_label.values()) >= 15, per_label
    voices = Counter(r["voice"] for r in rows)
    for voice in ("terse-phone", "forwarded-different", "minimal-pair", "near-miss-pair", "injection", "ooo"):
        assert voices[voice] >= 5, voices


def test_scenario_cards_are_weighted_in_the_composed_training_file() -> None:
    rows = [json.loads(line) for line in TRAIN_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    cards = compose.all_scenario_rows()
    composed = Counter(r["group"] for r in rows if r["group"].startswith("sc-"))
    assert set(composed) == {c["id"] for c in cards}  # train.jsonl is up to date with scenarios.txt
    assert set(composed.values()) == {
        compose.SCENARIOS_WEIGHT
    }  # one group per card: CV keeps copies together
    assert [r for r in rows if r["id"] == f"{cards[0]['id']}-0"][0]["body"] == cards[0]["body"]


def test_the_second_authors_cards_cover_every_label_and_the_weak_languages() -> None:
    rows = compose.scenario_rows(compose.SCENARIOS2)
    assert len(rows) >= 150
    assert not {r["id"] for r in rows} & {r["id"] for r in compose.scenario_rows()}  # ids unique across files
    per_label = Counter(r["label"] for r in rows)
    assert set(per_label) == set(LABELS) and min(per_label.values()) >= 15, per_label
    per_lang = Counter(r["lang"] for r in rows)
    assert all(per_lang[lang] >= 35 for lang in ("de", "es", "nl", "en")), per_lang


def test_a_malformed_card_is_refused_with_its_header(tmp_path: Path) -> None:
    bad = tmp_path / "cards.txt"
    bad.write_text("### sc-1 | hours_dispute | en | terse\nbody\n", encoding="utf-8")
    with pytest.raises(ValueError, match="malformed card 'sc-1 | hours_dispute"):
        compose.scenario_rows(bad)
    bad.write_text("### sc-2 | hours_dispute | xx | terse | hours\nbody\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        compose.scenario_rows(bad)


def test_the_persona_batch_is_balanced_over_languages_and_labels() -> None:
    rows = compose.scenario_rows(compose.SCENARIOS4)
    assert len(rows) >= 150
    others = {
        r["id"]
        for path in compose.SCENARIO_FILES
        if path != compose.SCENARIOS4
        for r in compose.scenario_rows(path)
    }
    assert not {r["id"] for r in rows} & others
    per_lang = Counter(r["lang"] for r in rows)
    assert set(per_lang) == {"en", "de", "fr", "es", "nl"} and min(per_lang.values()) >= 30, per_lang
    per_label = Counter(r["label"] for r in rows)
    assert set(per_label) == set(LABELS) and min(per_label.values()) >= 18, per_label
    personas = Counter(r["voice"] for r in rows)
    assert all(v.startswith("p-") for v in personas) and len(personas) >= 25
    assert sum(n >= 3 for n in personas.values()) >= 20  # a persona writes a thread, not one mail


def test_the_counterpart_batch_is_balanced_over_languages_and_labels() -> None:
    rows = compose.scenario_rows(compose.SCENARIOS5)
    assert len(rows) == 160
    others = {
        r["id"]
        for path in compose.SCENARIO_FILES
        if path != compose.SCENARIOS5
        for r in compose.scenario_rows(path)
    }
    assert not {r["id"] for r in rows} & others
    assert all(r["id"].startswith("sc-q") and r["voice"].startswith("c-") for r in rows)
    assert set(Counter(r["lang"] for r in rows).values()) == {32}
    per_label = Counter(r["label"] for r in rows)
    assert set(per_label) == set(LABELS) and set(per_label.values()) == {20}, per_label
