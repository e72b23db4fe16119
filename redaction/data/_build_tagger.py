"""Build ``person_tagger.json``: the weights of the learned person-token scorer (run offline, not at import).

    PYTHONPATH=. python -m redaction.data._build_tagger            # train on every tuned part, write weights
    PYTHONPATH=. python -m redaction.data._build_tagger --oof      # leave-one-part-out table (no writing)
    PYTHONPATH=. python -m redaction.data._build_tagger --test evals/redaction/holdout2/dev24.jsonl

Training data: the gold of the tuned context-free parts (``evals/redaction/holdout2/dev*.jsonl`` up to
``dev21``, ``blind*.jsonl``) and the record corpus (``evals/redaction/corpus``, its texts read without
context). Never the blind sets (``holdout3``-``holdout5``) nor another author's new parts (``dev22``,
``dev23``) nor the tagger's own test part (``dev24``). Each example is one candidate word
(:func:`redaction.recognizers.person.tagger.candidate`) not inside another recognizer's non-person span,
labelled by whether it lies in a gold PERSON value; features as at run time, with the rules' person spans
(before resolution, as the engine hands them to the tagger). Model: L2-regularised logistic regression,
full-batch Adam in numpy; features seen in fewer than ``MIN_COUNT`` examples are dropped.

Threshold rule (stated before the OOF run): the lowest threshold in ``THRESHOLDS`` whose pooled OOF
precision of the tagger's added spans is >= 0.8 and whose pooled keep is at most 0.003 below the rules'.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
EVALS = ROOT / "evals" / "redaction"
HOLDOUT2 = EVALS / "holdout2"
CORPUS = EVALS / "corpus"
OUT = Path(__file__).resolve().parent / "person_tagger.json"
# ``--more``: also the later dev parts and the blind sets retired into training (holdout3-holdout5, three further
# authors whose notes the rules were never tuned on, so they hold the names the rules miss); holdout6 and later
# stay blind.
RETIRED = ("holdout3", "holdout4", "holdout5", "holdout6")  # holdout7-9 stay blind
EXCLUDED = {"dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31"}
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
# round 11, --more, by held-out part (holdout3-6, dev24-29): the lowest meeting the rule (12 added, 10 right).
# Round 12 (dev30, dev31 added): none meets it (0.95: 14 added, 9 right), so the scorer is off by default
# (``RedactionSettings.person_tagger``); the weights stay current for those who turn it on.
THRESHOLD = 0.95
MIN_COUNT = 2
L2 = 1.0
STEPS = 400
RATE = 0.05


def tuned_parts(more: bool = False) -> list[Path]:
    def order(p: Path) -> tuple[int, int]:
        stem = p.stem
        base = "blind" if stem.startswith("blind") else "dev"
        num = stem[len(base) :]
        return (base == "blind", int(num) if num else 1)

    parts = [p for p in HOLDOUT2.glob("*.jsonl") if more or p.stem not in EXCLUDED]
    return sorted(parts, key=order) + ([EVALS / name for name in RETIRED] if more else [])


Example = tuple[list[str], float, int, int]  # features, name-likeness, gold, rules took it


def collect(items: list[dict[str, Any]]) -> list[Example]:
    """Examples of one part: every candidate word with its features and gold label."""
    from evals.redaction.run import gold_spans
    from redaction.recognizers.person.tagger import PersonTagger, _is_word, candidate, features, view
    from redaction.types import Span

    calls: list[tuple[str, str, list[Span]]] = []

    class Recording(PersonTagger):
        def find(self, text: str, lang: str, spans: list[Span]) -> list[Span]:
            calls.append((text, lang, list(spans)))
            return []

    redactor(Recording()).session().analyze_many([i["text"] for i in items])
    by_text = {text: (lang, spans) for text, lang, spans in calls}
    out: list[Example] = []
    for item in items:
        text = item["text"]
        if text not in by_text:
            continue
        lang, spans = by_text[text]
        gold = [(s, e) for s, e, kind in gold_spans(text, item) if kind == "PERSON"]
        v = view(text, lang)
        person = {
            i
            for i, t in enumerate(v.tokens)
            if any(s.kind == "PERSON" and s.start < t.end and t.start < s.end for s in spans)
        }
        other = [s for s in spans if s.kind != "PERSON"]
        for i, tok in enumerate(v.tokens):
            if not _is_word(tok) or not candidate(tok):
                continue
            if any(s.start < tok.end and tok.start < s.end for s in other):
                continue
            label = int(any(s < tok.end and tok.start < e for s, e in gold))
            feats, nl = features(v, i, person - {i})
            out.append((feats, nl, label, int(i in person)))
    return out


def load(path: Path) -> list[dict[str, Any]]:
    from evals.redaction.run import load_corpus

    return load_corpus(path)


def train(examples: list[Example]) -> dict[str, Any]:
    counts = Counter(f for feats, *_ in examples for f in set(feats))
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: k for k, f in enumerate(vocab)}
    rows: list[int] = []
    cols: list[int] = []
    for r, (feats, *_) in enumerate(examples):
        for f in set(feats):
            k = index.get(f)
            if k is not None:
                rows.append(r)
                cols.append(k)
    row = np.array(rows, dtype=np.int64)
    col = np.array(cols, dtype=np.int64)
    nl = np.array([ex[1] for ex in examples], dtype=np.float64)
    y = np.array([ex[2] for ex in examples], dtype=np.float64)
    n, d = len(examples), len(vocab)
    w = np.zeros(d + 2)  # weights, then the name-likeness weight, then the bias
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for step in range(1, STEPS + 1):
        z = np.bincount(row, weights=w[col], minlength=n) + w[d] * nl + w[d + 1]
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g_out = (p - y) / n
        grad = np.zeros_like(w)
        grad[:d] = np.bincount(col, weights=g_out[row], minlength=d) + (L2 / n) * w[:d]
        grad[d] = float(g_out @ nl)
        grad[d + 1] = float(g_out.sum())
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= RATE * (m / (1 - b1**step)) / (np.sqrt(v / (1 - b2**step)) + eps)
    weights = {f: round(float(w[k]), 4) for f, k in index.items() if abs(w[k]) >= 5e-4}
    return {
        "weights": weights,
        "nl_weight": round(float(w[d]), 4),
        "bias": round(float(w[d + 1]), 4),
        "threshold": THRESHOLD,
    }


def _model(data: dict[str, Any], threshold: float) -> Any:
    from redaction.recognizers.person.tagger import Model

    return Model.from_dict({**data, "threshold": threshold})


_REDACTOR: Any = None


def redactor(tagger: Any = None) -> Any:
    """One shared redactor (engines load once); ``tagger`` replaces its person tagger."""
    global _REDACTOR
    if _REDACTOR is None:
        from redaction import Redactor

        _REDACTOR = Redactor()
        _REDACTOR.warm_up()
    _REDACTOR.tagger = tagger
    return _REDACTOR


def spans_of(items: list[dict[str, Any]], tagger: Any = None) -> list[list[tuple[int, int]]]:
    """The spans of one context-free run over ``items`` (one session, as ``assistant eval`` scores it)."""
    analyzed = redactor(tagger).session().analyze_many([i["text"] for i in items])
    return [sorted((e["start"], e["end"]) for e in ents) for _, ents in analyzed]


def measure(
    items: list[dict[str, Any]], spans: list[list[tuple[int, int]]], base: Any = None
) -> dict[str, Any]:
    """Counts as ``assistant eval redaction --context-free`` computes them, and the spans added to ``base``."""
    from evals.redaction.run import _TOKEN, _covered, gold_spans

    c: dict[str, Any] = dict.fromkeys(("gold", "found", "pgold", "pfound", "pred", "tp", "tokens", "kept"), 0)
    c.update(added=0, added_ok=0, wrong=[], missed=[])
    for k, (item, pred) in enumerate(zip(items, spans, strict=True)):
        text = item["text"]
        gold = gold_spans(text, item)
        preds = [(s, e, "") for s, e in pred]
        for s, e, kind in gold:
            hit = _covered(text, s, e, preds)
            c["gold"] += 1
            c["found"] += hit
            if kind == "PERSON":
                c["pgold"] += 1
                c["pfound"] += hit
            if not hit:
                c["missed"].append(f"{item['id']}: {text[s:e]!r}")
        for s, e in pred:
            right = any(s < ge and gs < e for gs, ge, _ in gold)
            c["pred"] += 1
            c["tp"] += right
            if base is not None and not any(s < be and bs < e for bs, be in base[k]):
                c["added"] += 1
                c["added_ok"] += right
                if not right:
                    c["wrong"].append(f"{item['id']}: {text[s:e]!r}")
        for m in _TOKEN.finditer(text):
            s, e = m.span()
            if any(s < ge and gs < e for gs, ge, _ in gold):
                continue
            c["tokens"] += 1
            c["kept"] += not any(s < pe and ps < e for ps, pe in pred)
    return c


def line(name: str, c: dict[str, Any]) -> str:
    added = f" | added {c['added']} right {c['added_ok']}" if c.get("added") or name != "rules" else ""
    return (
        f"{name:>6s} recall {c['found'] / c['gold']:.4f} ({c['found']}/{c['gold']}) persons "
        f"{c['pfound'] / max(1, c['pgold']):.4f} precision {c['tp'] / max(1, c['pred']):.4f} "
        f"keep {c['kept'] / max(1, c['tokens']):.4f}{added}"
    )


def compare(
    items: list[dict[str, Any]], model: Any, thresholds: tuple[float, ...]
) -> dict[Any, dict[str, Any]]:
    from redaction.recognizers.person.tagger import PersonTagger

    base = spans_of(items)
    out: dict[Any, dict[str, Any]] = {"rules": measure(items, base)}
    for t in thresholds:
        out[t] = measure(items, spans_of(items, PersonTagger(model, t)), base)
    return out


def examples_of(parts: list[Path]) -> dict[str, list[Example]]:
    out = {p.stem: collect(load(p)) for p in parts}
    out["corpus"] = collect(load(CORPUS))
    return out


def oof(parts: list[Path], only: list[str] | None = None) -> None:
    """Leave one part out (``only``: hold out just these parts, each trained on all the others)."""
    data = examples_of(parts)
    pooled: dict[Any, dict[str, Any]] = {}
    for held in [p for p in parts if not only or p.stem in only]:
        train_set = [ex for name, exs in data.items() if name != held.stem for ex in exs]
        model = _model(train(train_set), 0.5)
        items = load(held)
        result = compare(items, model, THRESHOLDS)
        for key, c in result.items():
            row = pooled.setdefault(key, {})
            for k, x in c.items():
                row[k] = row.get(k, [] if isinstance(x, list) else 0) + x
        print(held.stem, "|", line("rules", result["rules"]), "||", line("0.7", result[0.7]), flush=True)
    print("pooled OOF over", len(only or parts), "parts")
    for key, row in pooled.items():
        print(line(str(key), row))
    for key in THRESHOLDS:
        for w in pooled[key]["wrong"]:
            print(f"  wrong added @{key}: {w}")
    for w in pooled["rules"]["missed"]:
        print(f"  rules missed: {w}")


# who wrote the parts (README: rounds 1-3 one author, round 4 another, round 5 a third, round 6 a fourth)
AUTHORS = {
    **{f"dev{n}": "a1" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9)},
    **{f"blind{n}": "a1" for n in ("", 2, 3)},
    **{f"dev{n}": "a2" for n in range(10, 17)},
    **{f"dev{n}": "a3" for n in (17, 18)},
    **{f"dev{n}": "a4" for n in (19, 20, 21)},
    **{f"dev{n}": "a5" for n in (22, 23)},
    "dev24": "a6",
    "dev25": "a7",  # round 10: document first
    "dev26": "a8",  # round 10: people first, no cues
    "dev27": "a9",  # round 10: spoken and non-native
    "dev28": "a10",  # round 11: logbook first
    "dev29": "a11",  # round 11: reader's eye
    "dev30": "a12",  # round 12: ambiguity first
    "dev31": "a13",  # round 12: writer's role first
}


def oof_tokens(parts: list[Path], by_author: bool = False) -> None:
    """The scorer alone, word by word, on each held-out part (trained on the others): does it generalise?
    ``by_author``: hold out all parts of one author at a time."""
    data = examples_of(parts)
    scored: list[tuple[float, int, int]] = []  # probability, gold, rules took it
    groups: dict[str, list[str]] = {}
    for p in parts:
        groups.setdefault(AUTHORS.get(p.stem, p.stem) if by_author else p.stem, []).append(p.stem)
    for held in groups.values():
        train_set = [ex for name, exs in data.items() if name not in held for ex in exs]
        model = _model(train(train_set), 0.5)
        scored += [(model.probability(f, x), lab, rule) for name in held for f, x, lab, rule in data[name]]
    gold = sum(lab for _, lab, _ in scored)
    rules_tp = sum(lab and rule for _, lab, rule in scored)
    rules_n = sum(rule for _, _, rule in scored)
    left = [(p, lab) for p, lab, rule in scored if not rule]
    left_gold = sum(lab for _, lab in left)
    print(
        f"{len(scored)} held-out candidate words, {gold} in names; rules (tuned on them): recall "
        f"{rules_tp / gold:.3f} precision {rules_tp / max(1, rules_n):.3f}; {left_gold} name words left"
    )
    for t in THRESHOLDS:
        hit = [lab for p, lab, _ in scored if p >= t]
        add = [lab for p, lab in left if p >= t]
        print(
            f"  @{t}: scorer alone recall {sum(hit) / gold:.3f} precision {sum(hit) / max(1, len(hit)):.3f}; "
            f"on words the rules left: {sum(add)}/{left_gold} found, {len(add) - sum(add)} wrong"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--oof", action="store_true")
    parser.add_argument("--oof-tokens", action="store_true")
    parser.add_argument("--by-author", action="store_true")
    parser.add_argument("--test", type=Path)
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--more", action="store_true", help="also dev22-dev24 and the retired blind sets")
    parser.add_argument("--only", nargs="*", help="with --oof: hold out only these parts")
    args = parser.parse_args()
    parts = tuned_parts(args.more)
    if args.oof:
        oof(parts, args.only)
        return
    if args.oof_tokens:
        oof_tokens(parts, args.by_author)
        return
    examples = [ex for exs in examples_of(parts).values() for ex in exs]
    model_data = train(examples)
    positives = sum(ex[2] for ex in examples)
    print(f"{len(examples)} examples, {positives} in person names, {len(model_data['weights'])} weights")
    if args.test:
        model = _model(model_data, args.threshold)
        result = compare(load(args.test), model, (args.threshold,))
        for key, c in result.items():
            print(line(str(key), c))
            for w in c["wrong"]:
                print("  wrong added:", w)
            for w in c["missed"]:
                print("  missed:", w)
        return
    OUT.write_text(
        json.dumps(model_data, indent=0, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print("wrote", OUT)


if __name__ == "__main__":
    main()
