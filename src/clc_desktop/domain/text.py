"""Vietnamese text: normalisation, accent-insensitive folding, collation, name sort keys."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
#: Characters that show nothing but make two equal names differ (pasted from a web page,
#: Zalo or a PDF): zero-width space, non-joiner and joiner, word joiner, byte-order mark,
#: soft hyphen, and the bidirectional controls.
INVISIBLE_CHARACTERS = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_NO_INVISIBLES = str.maketrans(dict.fromkeys(INVISIBLE_CHARACTERS))
_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})

# Vietnamese alphabetical order (with the Latin letters Vietnamese does not use put where
# English has them), and the dictionary order of the tones: level, grave (huyền), hook
# (hỏi), tilde (ngã), acute (sắc), dot below (nặng).
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: chr(0xE000 + i) for i, letter in enumerate(_ALPHABET)}
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn: part of the letter
_TONE_RANK = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}


def without_invisibles(text: str) -> str:
    """``text`` without :data:`INVISIBLE_CHARACTERS`."""
    return text.translate(_NO_INVISIBLES)


def clean_name(text: str) -> str:
    """NFC, no invisible characters, single spaces, no leading or trailing space: how
    names (and addresses) are stored."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", without_invisibles(text))).strip()


def fold(text: str) -> str:
    """Accent- and case-insensitive search key: ``Nguyễn Văn Đức`` -> ``nguyen van duc``."""
    decomposed = unicodedata.normalize("NFD", without_invisibles(text).translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def collation_key(text: str) -> tuple[str, str]:
    """Sort key in Vietnamese dictionary order: letters first (a < ă < â < b ... d < đ),
    then tones, as a tie-break over the whole word."""
    letters: list[str] = []
    tones: list[str] = []
    for char in unicodedata.normalize("NFC", text.casefold()):
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        letter_marks = "".join(m for m in marks if m in _LETTER_MARKS)
        letter = unicodedata.normalize("NFC", base + letter_marks)
        letters.append(_LETTER_RANK.get(letter, letter))
        tones.append(next((_TONE_RANK[m] for m in marks if m in _TONE_RANK), "0"))
    return "".join(letters), "".join(tones)


def name_sort_key(full_name: str) -> tuple[tuple[str, str], tuple[str, str], str]:
    """Vietnamese lists sort by given name (the last word), then by family and middle names;
    the exact text breaks the remaining ties so the order is stable."""
    name = clean_name(full_name)
    family, _, given = name.rpartition(" ")
    return (collation_key(given), collation_key(family), name)
