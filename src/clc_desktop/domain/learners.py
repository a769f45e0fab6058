"""Rules about learners, without a database: validation, phone numbers, age bands,
possible duplicates and the order of attendance marks when two records are merged."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from clc_desktop.domain.codes import ETHNICITIES, MarkStatus, Sex
from clc_desktop.domain.text import clean_name, collation_key, fold, without_invisibles

MIN_BIRTH_YEAR: Final = 1900
MAX_NAME_LENGTH: Final = 200

#: Strongest first: when two merged records both have a mark for one session, the stronger
#: one is kept (present > late > excused > absent).
MARK_STRENGTH: Final[dict[str, int]] = {
    MarkStatus.PRESENT.value: 4,
    MarkStatus.LATE.value: 3,
    MarkStatus.EXCUSED.value: 2,
    MarkStatus.ABSENT.value: 1,
}

_PHONE_SEPARATORS = re.compile(r"[\s.\-()/]")
_NAME_FORBIDDEN = re.compile(r"[0-9@#$%^&*_=+<>{}\[\]|\\/:;,!?\"()]")
_WORD_START = re.compile(r"(^|[\s'’\-])(\w)")


def age_on(day: dt.date, birth_date: dt.date | None, birth_year: int | None) -> int | None:
    """Completed years on ``day``; with a birth year only, ``day.year - birth_year``."""
    if birth_date is not None:
        before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
        return day.year - birth_date.year - before_birthday
    if birth_year is not None:
        return day.year - birth_year
    return None


@dataclass(frozen=True, slots=True)
class LearnerForm:
    """What the add/edit form (and one imported row) holds about a learner."""

    full_name: str
    sex: str = Sex.UNKNOWN.value
    birth_date: dt.date | None = None
    birth_year: int | None = None
    ethnicity: str | None = None  # GSO code
    disability: bool = False
    phone: str | None = None
    address: str | None = None
    notes: str | None = None


def normalise_phone(text: str | None) -> str | None:
    """Digits only, Vietnamese national form: ``+84 912 345 678`` -> ``0912345678``.

    A 9-digit mobile number that lost its leading zero (Excel stores phone numbers as
    numbers) gets it back. ``None`` for an empty value; the text unchanged (stripped)
    when it is not a phone number at all, so the validation can say so.
    """
    if text is None:
        return None
    stripped = without_invisibles(text).strip()
    if not stripped:
        return None
    digits = _PHONE_SEPARATORS.sub("", stripped)
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) == 11:
        digits = "0" + digits[2:]
    if not digits.isdigit():
        return stripped
    if len(digits) == 9 and digits[0] in "35789":
        digits = "0" + digits
    return digits


def phone_is_valid(phone: str) -> bool:
    """A normalised phone number: 10 or 11 digits starting with 0 (mobile or landline)."""
    return phone.isdigit() and phone.startswith("0") and 10 <= len(phone) <= 11


def form_problems(form: LearnerForm, today: dt.date | None = None) -> dict[str, str]:
    """Field name -> problem code (see :mod:`clc_desktop.domain.messages`); empty when valid.

    A birth year alone is allowed. When a full date is given its year must agree with the
    year field (if that is filled too).
    """
    today = today or dt.date.today()
    problems: dict[str, str] = {}
    name = clean_name(form.full_name)
    if not name:
        problems["full_name"] = "learner.name_required"
    elif len(name) > MAX_NAME_LENGTH:
        problems["full_name"] = "learner.name_too_long"
    elif _NAME_FORBIDDEN.search(name):
        problems["full_name"] = "learner.name_characters"
    if form.birth_date is not None:
        if form.birth_date > today:
            problems["birth_date"] = "learner.birth_date_future"
        elif form.birth_date.year < MIN_BIRTH_YEAR:
            problems["birth_date"] = "learner.birth_year_impossible"
        elif form.birth_year is not None and form.birth_year != form.birth_date.year:
            problems["birth_year"] = "learner.birth_year_mismatch"
    if form.birth_year is not None and "birth_year" not in problems:
        if form.birth_year > today.year:
            problems["birth_year"] = "learner.birth_year_future"
        elif form.birth_year < MIN_BIRTH_YEAR:
            problems["birth_year"] = "learner.birth_year_impossible"
    if form.sex not in {s.value for s in Sex}:
        problems["sex"] = "learner.sex_unknown"
    if form.ethnicity is not None and form.ethnicity not in ETHNICITIES:
        problems["ethnicity"] = "learner.ethnicity_unknown"
    phone = normalise_phone(form.phone)
    if phone is not None and not phone_is_valid(phone):
        problems["phone"] = "learner.phone_format"
    return problems


def normalised_values(form: LearnerForm) -> dict[str, Any]:
    """The stored columns of a valid form: NFC names, folded search key, year from the date,
    digits-only phone, empty texts as ``None``."""
    name = clean_name(form.full_name)
    birth_year = form.birth_date.year if form.birth_date is not None else form.birth_year
    return {
        "full_name": name,
        "search_key": fold(name),
        "sex": form.sex,
        "birth_date": form.birth_date,
        "birth_year": birth_year,
        "ethnicity": form.ethnicity,
        "disability": form.disability,
        "phone": normalise_phone(form.phone),
        "address": clean_name(form.address or "") or None,
        "notes": (form.notes or "").strip() or None,
    }


def is_possible_duplicate(
    search_key: str,
    birth_year: int | None,
    phone: str | None,
    other_key: str,
    other_year: int | None,
    other_phone: str | None,
) -> bool:
    """Same folded name and birth year (a missing year matches any), or the same phone."""
    if phone and other_phone and phone == other_phone:
        return True
    if not search_key or search_key != other_key:
        return False
    return birth_year is None or other_year is None or birth_year == other_year


def stronger_mark(first: str, second: str) -> str:
    return first if MARK_STRENGTH.get(first, 0) >= MARK_STRENGTH.get(second, 0) else second


def title_case_name(text: str) -> str:
    """``NGUYỄN  VĂN ĐỨC`` (or NFD, or lower case) -> ``Nguyễn Văn Đức``; ``h'hen niê`` ->
    ``H'Hen Niê``: every syllable starts with a capital, as Vietnamese names are written."""
    lowered = clean_name(text).lower()
    return _WORD_START.sub(lambda m: m.group(1) + m.group(2).upper(), lowered)


@lru_cache(maxsize=65536)
def _cached_collation(word: str) -> tuple[str, str]:
    return collation_key(word)


def fast_name_sort_key(full_name: str) -> tuple[tuple[str, str], tuple[str, str], str]:
    """:func:`clc_desktop.domain.text.name_sort_key` for stored (clean, NFC) names, with the
    collation of given and family names cached: sorting 100,000 learners reuses a few
    thousand distinct names."""
    family, _, given = full_name.rpartition(" ")
    return (_cached_collation(given), _cached_collation(family), full_name)
