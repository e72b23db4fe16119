"""Developer helper of ``_build_names.py``: Latin spellings of names written in Cyrillic, Greek, Georgian,
Armenian or Hangul (not used at run time).

Business mail writes such names in a plain English-style romanization ("Dmitriy", "Giorgos", "Nino
Beridze", "Minjun"); several spellings are common for some letters ("Dmitriy", "Dmitry", "Dmitri"), so
``variants`` returns the usual ones. Scripts without written vowels (Arabic, Hebrew, Persian) or with
inherent vowels (Devanagari, Tamil, Bengali) are not transliterated: their names come from hand lists.
"""

from __future__ import annotations

import unicodedata

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ѓ": "gj", "ќ": "kj",
    "љ": "lj", "њ": "nj", "џ": "dzh", "ј": "j", "ѕ": "dz", "ў": "u", "ә": "a", "ғ": "g", "қ": "k",
    "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
}  # fmt: skip
# language-specific letters: Ukrainian г is h and и is y; Bulgarian щ is sht and ъ is a
_UKRAINIAN = {**_CYRILLIC, "г": "h", "и": "y", "щ": "shch"}
_BULGARIAN = {**_CYRILLIC, "щ": "sht", "ъ": "a"}

_GREEK_PAIRS = {
    "ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "αυ": "av", "ευ": "ev", "μπ": "b", "ντ": "nt",
    "γγ": "ng", "γκ": "gk", "τσ": "ts", "τζ": "tz",
}  # fmt: skip
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}  # fmt: skip

_GEORGIAN = {
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i", "კ": "k",
    "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s", "ტ": "t", "უ": "u",
    "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts",
    "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h",
}  # fmt: skip

_ARMENIAN = {
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "y", "թ": "t", "ժ": "zh",
    "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h", "ձ": "dz", "ղ": "gh", "ճ": "ch",
    "մ": "m", "յ": "y", "ն": "n", "շ": "sh", "ո": "o", "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s",
    "վ": "v", "տ": "t", "ր": "r", "ց": "ts", "ւ": "v", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "և": "ev",
}  # fmt: skip

# Hangul syllables: initial, medial and final jamo in the Revised Romanization
_HANGUL_INITIAL = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()  # noqa: SIM905
_HANGUL_MEDIAL = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()  # noqa: SIM905
_HANGUL_FINAL = [""] + "k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()  # noqa: SIM905


def _script(name: str) -> str:
    for ch in name:
        code = ord(ch)
        if 0x0400 <= code <= 0x04FF:
            return "cyrillic"
        if 0x0370 <= code <= 0x03FF or 0x1F00 <= code <= 0x1FFF:
            return "greek"
        if 0x10A0 <= code <= 0x10FF:
            return "georgian"
        if 0x0530 <= code <= 0x058F:
            return "armenian"
        if 0xAC00 <= code <= 0xD7A3:
            return "hangul"
    return "latin"


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _map(text: str, table: dict[str, str], pairs: dict[str, str] | None = None) -> str:
    out, i = [], 0
    while i < len(text):
        if pairs and text[i : i + 2] in pairs:
            out.append(pairs[text[i : i + 2]])
            i += 2
            continue
        ch = text[i]
        out.append(table.get(ch, ch if ch in "-' " else ""))
        i += 1
    return "".join(out)


def _hangul(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            continue
        initial, rest = divmod(code, 588)
        medial, final = divmod(rest, 28)
        lead = _HANGUL_INITIAL[initial]
        out.append(("" if lead == "-" else lead) + _HANGUL_MEDIAL[medial] + _HANGUL_FINAL[final])
    return "".join(out)


def variants(name: str, lang: str = "") -> set[str]:
    """Common Latin spellings of a name (capitalised); empty for scripts it does not handle."""
    script = _script(name)
    low = name.lower()
    if script == "latin":
        return set()
    if script == "cyrillic":
        table = _UKRAINIAN if lang == "uk" else _BULGARIAN if lang == "bg" else _CYRILLIC
        base = _map(low, table)
        out = {base}
        # "-ий" endings ("Дмитрий": Dmitriy, Dmitry, Dmitri), "х" as h ("Михаил": Mikhail, Mihail)
        if low.endswith("ий"):
            out |= {base[:-2] + "y", base[:-1]}
        if low.endswith("ей"):
            out.add(base[:-1] + "i")
        if "kh" in base:
            out |= {v.replace("kh", "h") for v in set(out)}
        if low.startswith("е") and lang != "uk":  # "Елена": Elena, Yelena
            out |= {"y" + v for v in set(out)}
        if "ks" in base:  # "Александр": Aleksandr, Alexandr
            out |= {v.replace("ks", "x") for v in set(out)}
    elif script == "greek":
        plain = _strip_accents(low)
        # "αυ"/"ευ" are "af"/"ef" before a voiceless consonant ("Ελευθερία": Eleftheria)
        for vowel, latin in (("α", "αφ"), ("ε", "εφ")):
            for consonant in "θκξπστφχψ":
                plain = plain.replace(vowel + "υ" + consonant, latin + consonant)
        out = {_map(plain, _GREEK, _GREEK_PAIRS)}
    elif script == "georgian":
        out = {_map(low, _GEORGIAN)}
    elif script == "armenian":
        base = _map(low.replace("ու", "u"), _ARMENIAN)
        out = {base}
        if low.startswith("ե"):
            out.add("y" + base)
    else:
        out = {_hangul(low)}
    return {v.capitalize() for v in out if len(v) >= 2 and v.isascii() and v.replace("-", "").isalpha()}
