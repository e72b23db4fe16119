"""How much a word looks like a name, from its letters alone (a character n-gram model built offline).

``score("tesfaye")`` > 0 means the word's letter patterns are more typical of names (of the many cultures in
the name lists) than of frequent words of our five languages; the table is ``data/name_ngrams.tsv``, built
by ``data/_build_namelike.py`` (held-out at threshold 0.25: 66% of unseen names above, 4% of unseen words).
It decides nothing alone: the person rules ask it only for a capitalised word that no list knows, in a slot
where a name is likely (next to a known first name or surname, after a cue, joined to a person).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

N_MIN, N_MAX = 2, 4
# above this a capitalised unknown word in a name slot counts as a name
THRESHOLD = 0.25


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    text = resources.files("redaction.data").joinpath("name_ngrams.tsv").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            gram, value = line.split("\t")
            out[gram] = float(value)
    return out


@lru_cache(maxsize=4096)
def score(folded: str) -> float:
    """Mean log-odds (name vs word) of the character n-grams of a folded word; 0 for an empty word."""
    word = f"<{folded}>"
    table = _table()
    grams = [word[i : i + n] for n in range(N_MIN, N_MAX + 1) for i in range(len(word) - n + 1)]
    return sum(table.get(g, 0.0) for g in grams) / len(grams) if grams else 0.0


def name_like(folded: str, threshold: float = THRESHOLD) -> bool:
    """Whether a folded word looks like a name (hyphenated: every part does)."""
    parts = [p for p in folded.replace("'", "-").split("-") if p]
    return bool(parts) and all(len(p) >= 2 and score(p) > threshold for p in parts)
