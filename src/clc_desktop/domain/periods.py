"""Reporting periods of the exchange format: ``2026``, ``2026-H1``, ``2026-Q3``,
``2026-03`` and the school year ``2025-2026`` (1 September to 31 August)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from clc_desktop.domain.messages import Problem

_PATTERN = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<half>H[12])|(?P<quarter>Q[1-4])|(?P<month>0[1-9]|1[0-2])"
    r"|(?P<next>\d{4})))?$"
)


@dataclass(frozen=True, slots=True)
class Period:
    code: str
    start: dt.date
    end: dt.date  # inclusive

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_period(code: str) -> Period:
    """The period for ``code``; ``ValueError`` when it is not one of the spec's forms."""
    match = _PATTERN.match(code)
    if not match:
        raise ValueError(f"not a period: {code!r}")
    year = int(match["year"])
    if year < 1900:
        raise ValueError(f"not a period: {code!r}")
    if match["half"]:
        first = 1 if match["half"] == "H1" else 7
        return Period(code, dt.date(year, first, 1), _month_end(year, first + 5))
    if match["quarter"]:
        first = 3 * (int(match["quarter"][1]) - 1) + 1
        return Period(code, dt.date(year, first, 1), _month_end(year, first + 2))
    if match["month"]:
        month = int(match["month"])
        return Period(code, dt.date(year, month, 1), _month_end(year, month))
    if match["next"]:
        if int(match["next"]) != year + 1:
            raise ValueError(f"a school year spans two consecutive years: {code!r}")
        return Period(code, dt.date(year, 9, 1), dt.date(year + 1, 8, 31))
    return Period(code, dt.date(year, 1, 1), dt.date(year, 12, 31))


def checked_period(code: str) -> Period:
    """The period for ``code`` as a use case takes it: ``Problem("report.bad_period")``
    (a sentence for the user) when it is not one of the spec's forms."""
    try:
        return parse_period(code)
    except ValueError:
        raise Problem("report.bad_period", period=code) from None


def previous_period(code: str) -> str:
    """The period of the same kind just before ``code`` (2026-Q1 -> 2025-Q4, 2026-03 ->
    2026-02, 2025-2026 -> 2024-2025, ...); ``ValueError`` when ``code`` is not a period."""
    period = parse_period(code)
    match = _PATTERN.match(code)
    assert match is not None  # parse_period accepted it
    year = period.start.year
    if match["half"]:
        return f"{year - 1}-H2" if match["half"] == "H1" else f"{year}-H1"
    if match["quarter"]:
        quarter = int(match["quarter"][1])
        return f"{year - 1}-Q4" if quarter == 1 else f"{year}-Q{quarter - 1}"
    if match["month"]:
        month = period.start.month
        return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    if match["next"]:
        return f"{year - 1}-{year}"
    return str(year - 1)


def school_year_of(day: dt.date) -> Period:
    """The school year (1 September to 31 August) that ``day`` falls in."""
    first = day.year if day.month >= 9 else day.year - 1
    return parse_period(f"{first}-{first + 1}")


#: The kinds of period a report can cover, as the Reports page offers them.
PERIOD_KINDS = ("school_year", "year", "half", "quarter", "month")
#: How many parts a year has for each kind (1: the period is the year itself).
PARTS = {"school_year": 1, "year": 1, "half": 2, "quarter": 4, "month": 12}


def period_code(kind: str, year: int, part: int = 1) -> str:
    """The spec's code: ``school_year`` 2025 -> ``2025-2026``; ``quarter`` 2026, 3 ->
    ``2026-Q3``; ``month`` 2026, 3 -> ``2026-03``."""
    if kind == "school_year":
        return f"{year}-{year + 1}"
    if kind == "year":
        return f"{year}"
    if kind == "half":
        return f"{year}-H{part}"
    if kind == "quarter":
        return f"{year}-Q{part}"
    if kind == "month":
        return f"{year}-{part:02d}"
    raise ValueError(f"not a kind of period: {kind!r}")


def latest_ended(kind: str, today: dt.date) -> tuple[int, int]:
    """``(year, part)`` of the latest period of ``kind`` that ended before ``today``: the
    one a centre usually reports on (for a school year, ``year`` is its first year)."""
    parts = PARTS[kind]
    # Start from the period containing today and step back until one has ended.
    year = school_year_of(today).start.year if kind == "school_year" else today.year
    part = (today.month - 1) * parts // 12 + 1
    while True:
        if parse_period(period_code(kind, year, part)).end < today:
            return year, part
        if part > 1:
            part -= 1
        else:
            year, part = year - 1, parts


_ROMAN = ("I", "II", "III", "IV")
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def period_in_words(code: str, language: str = "vi", *, capital: bool = True) -> str:
    """A period as a person reads it: ``2026-11`` is «Tháng 11 năm 2026», ``2026-Q4``
    «Quý IV năm 2026», ``2026-H1`` «6 tháng đầu năm 2026», ``2026`` «Năm 2026» and
    ``2026-2027`` «Năm học 2026–2027» (``capital=False`` inside a sentence: «tháng 11 năm
    2026»). Codes stay in files and on the command line; what is not a period is returned
    as it was written."""
    match = _PATTERN.match(code)
    if not match:
        return code
    try:
        parse_period(code)
    except ValueError:
        return code
    year = match["year"]
    english = language == "en"
    if match["half"]:
        first = match["half"] == "H1"
        if english:
            words = f"{'First' if first else 'Second'} half of {year}"
        else:
            words = f"6 tháng {'đầu' if first else 'cuối'} năm {year}"
    elif match["quarter"]:
        quarter = int(match["quarter"][1])
        words = f"Q{quarter} {year}" if english else f"Quý {_ROMAN[quarter - 1]} năm {year}"
    elif match["month"]:
        month = int(match["month"])
        words = f"{_MONTHS_EN[month - 1]} {year}" if english else f"Tháng {month} năm {year}"
    elif match["next"]:
        words = f"{'School year' if english else 'Năm học'} {year}–{match['next']}"
    else:
        words = f"{'Year' if english else 'Năm'} {year}"
    if not capital and not (english and (match["month"] or match["quarter"])):
        words = words[0].lower() + words[1:]
    return words
