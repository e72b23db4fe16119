"""Check digits and check letters of identity numbers: the Dutch BSN's eleven-proof, the Belgian national number,
EAN-13, Verhoeff (Aadhaar), Singapore's NRIC, Italy's codice fiscale, Chile's RUT, Argentina's CUIT, Spain's social
security number, Brazil's CPF, Austria's social insurance number. The national-id recognizer reads numbers by their shape and asks these."""

from __future__ import annotations


def bsn_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def at_svnr_ok(digits: str) -> bool:
    """Austrian social insurance number: a serial of three digits, the check digit, the birth date (DDMMYY); the
    check is the weighted sum of the other nine digits mod 11 (10 is never given)."""
    weights = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    return total != 10 and total == int(digits[3])


def ean13_ok(digits: str) -> bool:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


def be_nn_ok(digits: str) -> bool:
    """Belgian national number: 97 - (first nine digits mod 97), with a 2 in front for births from 2000."""
    body, check = int(digits[:9]), int(digits[9:])
    return 97 - body % 97 == check or 97 - int("2" + digits[:9]) % 97 == check


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", (
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
    10, 22, 25, 24, 23,
), strict=True))  # fmt: skip


def nric_ok(prefix: str, digits: str, letter: str) -> bool:
    """Singapore NRIC/FIN check letter (weights 2765432, offsets by prefix)."""
    total = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2), strict=True))
    if prefix in "TG":
        total += 4
    elif prefix == "M":
        total += 3
    letters = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK" if prefix in "FG" else "XWUTRQPNJLK"
    return letters[total % 11] == letter


def cf_ok(code: str) -> bool:
    """Check letter of an Italian codice fiscale (odd positions by table, even ones by value, mod 26)."""
    total = 0
    for i, ch in enumerate(code[:15]):
        if i % 2 == 0:
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - ord("A")
    return chr(ord("A") + total % 26) == code[15]


def rut_ok(rut: str) -> bool:
    """Check digit of a Chilean RUT: the body's digits from the right times 2..7 cyclically, 11 - sum mod 11."""
    body, check = rut.replace(".", "").split("-")
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    expected = 11 - total % 11
    return check.upper() == {11: "0", 10: "K"}.get(expected, str(expected))


def cuit_ok(digits: str) -> bool:
    """Check digit of an Argentine CUIT/CUIL (weights 5-4-3-2-7-6-5-4-3-2, mod 11)."""
    total = sum(int(d) * w for d, w in zip(digits[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    expected = 11 - total % 11
    return int(digits[10]) == {11: 0, 10: 9}.get(expected, expected)


def nuss_ok(province: str, number: str, check: str) -> bool:
    body = int(number) + int(province) * 10_000_000 if int(number) < 10_000_000 else int(province + number)
    return body % 97 == int(check)


def cpf_ok(digits: str) -> bool:
    """Both check digits of a Brazilian CPF (mod 11); a number of one repeated digit is no CPF."""
    if len(set(digits)) == 1:
        return False
    for n in (9, 10):
        check = sum(int(d) * (n + 1 - i) for i, d in enumerate(digits[:n])) * 10 % 11 % 10
        if check != int(digits[n]):
            return False
    return True


def verhoeff_ok(digits: str) -> bool:
    """Verhoeff check digit (Indian Aadhaar)."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0
