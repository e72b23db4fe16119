"""The name data files: given names and surnames of many cultures are known, ordinary words, months and places
are not plain names, the name-likeness model separates names from words, the transliteration of the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from redaction import Redactor, lexicon, namelike
from redaction import data as data_dir
from redaction.data._build_names import NICKNAMES_NOT_WORDS, nicknames
from redaction.data._translit import variants
from redaction.normalize import fold_str

# invented combinations of common given names, by tradition
GIVEN_NAMES = {
    "central asian": ["Saltanat", "Bakhyt", "Aigerim", "Yerlan", "Dilnoza"],
    "caucasian": ["Anahit", "Tigran", "Hasmik", "Zurab", "Tamuna", "Lasha"],
    "pacific": ["Tevita", "Sione", "Aroha", "Wiremu", "Losana"],
    "filipino": ["Marites", "Rodel", "Maricel", "Analyn", "Jovelyn"],
    "slavic": ["Dmitriy", "Oleksandr", "Volodymyr", "Przemysław", "Miloš"],
    "greek": ["Giorgos", "Eleftheria", "Dimitrios"],
    "korean": ["Seoyeon", "Minjun", "Jiwoo"],
    "southern african": ["Thandeka", "Tendai", "Thabo", "Thabang", "Nokuthula"],
    "west african": ["Ngozi", "Chukwudi", "Kwabena", "Oluwaseun", "Fatoumata"],
    "east african": ["Fitsum", "Mahlet", "Abdirahman", "Wanjiku", "Nyambura"],
    "south asian": ["Priyanka", "Bilal", "Tahmina", "Chaminda", "Bishnu"],
    "southeast asian": ["Somchai", "Putri", "Huyen", "Kyaw"],
    "turkish and persian": ["Levent", "Gökhan", "Farnaz", "Niloufar", "Behrouz"],
    "iberian and latin american short forms": ["Montse", "Cande", "Guada", "Beto", "Maite"],
    "dutch, frisian, swiss, welsh": ["Kees", "Joost", "Jelmer", "Vreni", "Dafydd"],
}

SURNAMES = [
    "Grigoryan",
    "Beridze",
    "Fifita",
    "Dimaculangan",
    "Tkachenko",
    "Shevchenko",
    "Suleimenova",
    "Okafor",
    "Nwachukwu",
    "Warsame",
    "Srisuk",
    "Hosseini",
    "Yıldırım",
    "Quispe",
    "Pritchard",
    "Nkosi",
    "Qureshi",
    "Chowdhury",
    "Shrestha",
    "Terpstra",
]

# first names that are also common words: only context makes them a name
WORD_NAMES = [
    "Grant",
    "Will",
    "May",
    "Mark",
    "Bill",
    "Summer",
    "Rose",
    "June",
    "April",
    "Chase",
    "Faith",
    "Hope",
]
# places that are given names somewhere
PLACE_NAMES = ["Jordan", "Sydney", "Israel", "Chad", "Kingston", "France"]
# frequent words, months, days, places and brands that must be no plain first name and no surname
NEVER_NAMES = [
    "january",
    "sunday",
    "easter",
    "rome",
    "lexus",
    "nikon",
    "admiral",
    "council",
    "agent",
    "doctor",
    "zou",
    "kurz",
    "long",
    "song",
    "park",
]


def _plain_first(name: str) -> bool:
    folded = fold_str(name)
    return folded in lexicon.first_names() and folded not in lexicon.ambiguous_names()


@pytest.mark.parametrize("culture", sorted(GIVEN_NAMES))
def test_given_names_of_many_cultures_are_plain_names(culture: str) -> None:
    missing = [n for n in GIVEN_NAMES[culture] if not _plain_first(n)]
    assert missing == []


def test_surnames_of_many_cultures_are_known() -> None:
    missing = [n for n in SURNAMES if fold_str(n) not in lexicon.surnames()]
    assert missing == []


@pytest.mark.parametrize("word", WORD_NAMES + PLACE_NAMES)
def test_word_and_place_names_are_ambiguous(word: str) -> None:
    assert fold_str(word) in lexicon.ambiguous_names()
    assert not _plain_first(word)


@pytest.mark.parametrize("word", NEVER_NAMES)
def test_frequent_words_are_no_plain_names(word: str) -> None:
    assert not _plain_first(word)
    assert word not in lexicon.surnames()


def test_word_like_names_are_words_not_names_the_dictionaries_capitalise() -> None:
    word_like = lexicon.word_like_names()
    # lower-case words of our languages that are also given names
    assert {"lien", "signe"} <= word_like
    # names that wordfreq counts often only because they are names
    assert not {"joost", "jorg", "theo", "kees"} & word_like


def test_name_likeness_separates_new_names_from_words() -> None:
    names = ["tesfaye", "raghunathan", "dimaculangan", "nwachukwu", "grigoryan", "srisuk", "oluwaseun"]
    words = ["invoice", "funding", "reconcile", "schlussrechnung", "terugkoppeling", "facturation", "meeting"]
    name_scores = [namelike.score(n) for n in names]
    word_scores = [namelike.score(w) for w in words]
    assert min(name_scores) > max(word_scores)
    assert sum(namelike.name_like(n) for n in names) >= 5
    assert not any(namelike.name_like(w) for w in words)


@pytest.mark.parametrize(
    ("written", "lang", "expected"),
    [
        ("Дмитрий", "", {"Dmitriy", "Dmitry", "Dmitri"}),
        ("Михаил", "", {"Mikhail", "Mihail"}),
        ("Олександр", "uk", {"Oleksandr"}),
        ("Γιώργος", "", {"Giorgos"}),
        ("Ελευθερία", "", {"Eleftheria"}),
        ("ნინო", "", {"Nino"}),
        ("Տիգրան", "", {"Tigran"}),
        ("민준", "", {"Minjun"}),
        ("Anna", "", set()),
    ],
)
def test_transliteration_of_the_build(written: str, lang: str, expected: set[str]) -> None:
    assert expected <= variants(written, lang)
    if not expected:
        assert variants(written, lang) == set()


def test_law_firms_named_like_people_are_firms() -> None:
    assert "Wilson Sonsini" in lexicon.firm_terms()
    # the list keeps out plain first name + surname pairs that persons bear
    assert "Paul Smith" not in lexicon.firm_terms()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Thanks Saltanat, I will forward the invoice.", "Saltanat"),
        ("Tevita Fifita confirmed the delivery date.", "Tevita Fifita"),
        ("Nino Beridze asked for the IBAN.", "Nino Beridze"),
        ("joost en kees doen de afstemming", "kees"),
        ("théo a validé les heures", "théo"),
    ],
)
def test_names_of_the_new_data_are_redacted(redactor: Redactor, text: str, person: str) -> None:
    assert person not in redactor.session().redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our Kingston warehouse ships to Israel and Oman every Monday.",
        "Grant funding for the Rome project was approved in June.",
        "Please send the Easter schedule to the Lima and Quito teams.",
        "We will chase the Lexus and Nikon orders after Christmas.",
    ],
)
def test_places_months_and_brands_are_kept(redactor: Redactor, text: str) -> None:
    assert redactor.session().redact(text) == text


# round 7: names missed on the dev sets; word-like ones are ambiguous; German words out of the plain names
@pytest.mark.parametrize("name", ["Nati", "Ginny", "Sonnhild", "Siew", "Levent", "Minseo"])
def test_round7_given_names_are_plain_names(name: str) -> None:
    assert _plain_first(name)


@pytest.mark.parametrize(
    "word", ["Chance", "Storm", "Wren", "Pax", "Vale", "Precious", "Honor", "Heath", "Tage", "Mir"]
)
def test_round7_word_names_are_ambiguous(word: str) -> None:
    assert fold_str(word) in lexicon.ambiguous_names()
    assert not _plain_first(word)


def test_round7_one_syllable_family_names() -> None:
    known = lexicon.surnames()
    assert {"hu", "xu", "zhou", "wu", "chen", "yang", "vu", "ngo"} <= known
    assert not {"park", "long", "song", "li"} & known


# round 8: nicknames and short forms as colleagues write them (data/nicknames_hand.txt)
_NICKNAMES = Path(data_dir.__file__).parent / "nicknames_hand.txt"
# frequent words of our languages that are also nicknames somewhere: never plain first names
_NICKNAME_WORDS = [
    "ton", "rien", "pero", "sale", "trees", "son", "dat", "les", "tun", "ging", "hein", "ans", "baby", "honey",
    "kat", "nat", "caro", "pipe", "chico", "duda", "polo", "tiny", "roma", "rey", "gordo", "nena", "ash", "gem",
]  # fmt: skip
# nicknames left out: brands, and words that head fields ("Loc: Berlin", a known name before a colon is a speaker)
_LEFT_OUT = ["obi", "billa", "nike", "loc", "col", "pipe", "tiny", "polo", "deco", "gem", "sas"]


def test_nickname_file_hygiene() -> None:
    plain, cue = nicknames(_NICKNAMES)
    folded = [fold_str(n) for n in plain + cue]
    # no duplicates, also not in another case or spelling with accents
    assert len(folded) == len(set(folded))
    assert all(len(n) >= 3 or "-" in n for n in folded)
    assert not set(folded) & lexicon.all_stopwords()
    assert not set(folded) & lexicon.MONTHS
    known, ambiguous = lexicon.first_names(), lexicon.ambiguous_names()
    assert all(n in known for n in folded)
    # the words among them count only with a cue; the plain ones are no frequent words
    assert {fold_str(n) for n in cue} <= ambiguous
    plain_folded = {fold_str(n) for n in plain}
    assert not plain_folded & ambiguous
    assert not plain_folded & lexicon.word_like_names()
    assert not plain_folded & {fold_str(w) for w in _NICKNAME_WORDS}
    assert not {fold_str(w) for w in NICKNAMES_NOT_WORDS} - plain_folded - known
    assert not set(_LEFT_OUT) & set(folded)
    assert not set(_LEFT_OUT) & known


def test_nicknames_are_no_frequent_words_by_wordfreq() -> None:
    """The build's check (runs where wordfreq is importable, e.g. ``PYTHONPATH=/tmp/nametools``)."""
    wordfreq = pytest.importorskip("wordfreq")
    plain, _ = nicknames(_NICKNAMES)
    not_words = {fold_str(w) for w in NICKNAMES_NOT_WORDS}
    frequent = [
        n
        for n in plain
        if "-" not in n
        and fold_str(n) not in not_words
        and max(wordfreq.zipf_frequency(n.lower(), lang) for lang in ("en", "de", "fr", "es", "nl")) >= 3.0
    ]
    assert frequent == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("pairing w/ beto on the close", "beto"),
        ("volgens kees klopt het", "kees"),
        ("@kees zei dat het klopt", "kees"),
        ("basti hat die Rechnung schon freigegeben", "basti"),
        ("funmi will send the PO tomorrow", "funmi"),
        ("asked kasia about the invoice", "kasia"),
        ("juanpa me pasa el reporte mañana", "juanpa"),
        ("sjors en ruud doen de afstemming", "sjors"),
        ("Seb will chase the supplier", "Seb"),
        ("checked with Kasia and Bartek", "Bartek"),
        ("Thanks Kat, I'll check.", "Kat"),
    ],
)
def test_nicknames_are_redacted(redactor: Redactor, text: str, person: str) -> None:
    assert person not in redactor.session().redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "de kat zat op de mat",
        "tengo una duda sobre la factura",
        "we need a new pipe for the data feed",
        "el chico de la recepción firmó el albarán",
        "un pari risqué sur le budget",
        "het staf overleg is morgen",
        "Der Zander war frisch, die Funke sprang über",
        "das Obi Regal ist voll",
        "the cell count is tiny",
        "Loc: Berlin\nCol: B\nPipe: ok",
    ],
)
def test_words_that_are_also_nicknames_are_kept(redactor: Redactor, text: str) -> None:
    assert redactor.session().redact(text) == text
