"""Class schedules by dates only (no times, no time zones): weekly repeats, holidays.

A :class:`Recurrence` is "these weekdays between two dates, every N weeks, skipping these
dates, plus these single dates"; :func:`schedule_dates` turns it into the sorted dates of
the sessions, each date once. :func:`holidays_between` suggests the public holidays of
Viet Nam to skip; :func:`infer_recurrence` reads a rule back from a class's session dates
(the sessions are the truth: the rule is not stored).

The lunar holidays (Tết Nguyên đán, Giỗ Tổ Hùng Vương) come from a table for 2024–2035,
checked against the Vietnamese lunisolar calendar of the ``holidays`` package (0.108) on
PyPI; that package is not a dependency. Outside the table only the solar holidays are
suggested.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final, NamedTuple

ONE_DAY: Final = dt.timedelta(days=1)
#: A schedule longer than this is refused (a typo in a year, not a class).
MAX_SESSIONS: Final = 1000
MAX_EVERY_WEEKS: Final = 8


@dataclass(frozen=True, slots=True)
class Recurrence:
    """Sessions on ``weekdays`` (0 = Monday … 6 = Sunday) from ``start`` to ``end``
    inclusive, in every ``every_weeks``-th week counted from the week (Monday to Sunday)
    of ``start``, leaving out ``skip``, plus the single dates of ``extra``."""

    start: dt.date | None = None
    end: dt.date | None = None
    weekdays: frozenset[int] = frozenset()
    every_weeks: int = 1
    skip: frozenset[dt.date] = field(default_factory=frozenset)
    extra: frozenset[dt.date] = field(default_factory=frozenset)


def recurrence_problems(rule: Recurrence) -> dict[str, str]:
    """Field -> problem code (:mod:`clc_desktop.domain.messages`); empty when valid."""
    problems: dict[str, str] = {}
    if rule.weekdays:
        if rule.start is None or rule.end is None:
            problems["dates"] = "schedule.dates_required"
        elif rule.end < rule.start:
            problems["dates"] = "schedule.dates_order"
    if not 1 <= rule.every_weeks <= MAX_EVERY_WEEKS:
        problems["every_weeks"] = "schedule.every_weeks"
    if any(not 0 <= day <= 6 for day in rule.weekdays):
        problems["weekdays"] = "schedule.weekdays"
    if not problems and len(_repeated(rule)) + len(rule.extra) > MAX_SESSIONS:
        problems["dates"] = "schedule.too_many"
    return problems


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _repeated(rule: Recurrence) -> list[dt.date]:
    """The weekly dates of ``rule`` before skipping (an empty list without weekdays)."""
    if not rule.weekdays or rule.start is None or rule.end is None or rule.end < rule.start:
        return []
    every = max(1, rule.every_weeks)
    days = sorted(rule.weekdays)
    dates: list[dt.date] = []
    week = _monday(rule.start)
    step = dt.timedelta(weeks=every)
    while week <= rule.end:
        for weekday in days:
            day = week + dt.timedelta(days=weekday)
            if rule.start <= day <= rule.end:
                dates.append(day)
        week += step
        if len(dates) > MAX_SESSIONS * 2:
            break
    return dates


def schedule_dates(rule: Recurrence) -> list[dt.date]:
    """The dates of the sessions of ``rule``, sorted, each once (an extra date on a skipped
    date stays: it was added on purpose)."""
    dates = {day for day in _repeated(rule) if day not in rule.skip}
    dates.update(rule.extra)
    return sorted(dates)


def infer_recurrence(
    dates: Iterable[dt.date], start: dt.date | None = None, end: dt.date | None = None
) -> Recurrence:
    """A rule that gives exactly ``dates``: the weekdays that come back at least twice,
    the widest week step they all keep, between ``start`` and ``end`` (default: the first
    and the last date); the weekly dates without a session become skipped dates, and the
    other dates single extra dates. Without a pattern, every date is an extra date."""
    chosen = sorted(set(dates))
    if not chosen:
        return Recurrence(start=start, end=end)
    first, last = start or chosen[0], end or chosen[-1]
    counts = Counter(day.weekday() for day in chosen if first <= day <= last)
    weekdays = frozenset(day for day, n in counts.items() if n >= 2)
    if not weekdays:
        return Recurrence(start=first, end=last, extra=frozenset(chosen))
    anchor = _monday(first)
    weeks = {(_monday(day) - anchor).days // 7 for day in chosen if day.weekday() in weekdays}
    step = 0
    for week in weeks:
        step = math.gcd(step, week)
    every = step if 1 <= step <= MAX_EVERY_WEEKS else 1
    rule = Recurrence(start=first, end=last, weekdays=weekdays, every_weeks=every)
    pattern = set(_repeated(rule))
    wanted = set(chosen)
    rule = Recurrence(
        start=first,
        end=last,
        weekdays=weekdays,
        every_weeks=every,
        skip=frozenset(pattern - wanted),
        extra=frozenset(wanted - pattern),
    )
    if len(rule.skip) + len(rule.extra) > len(wanted):  # no real pattern: list the dates
        return Recurrence(start=first, end=last, extra=frozenset(chosen))
    return rule


# -- public holidays -----------------------------------------------------------------------


class Holiday(NamedTuple):
    """A day off to suggest. ``code`` names it (labels below); ``usual`` is False for a
    day that is off only in some years (the extra day of Quốc khánh)."""

    date: dt.date
    code: str
    usual: bool = True


#: Mùng 1 Tết Nguyên đán and Giỗ Tổ Hùng Vương (10/3 âm lịch) in Viet Nam's lunisolar
#: calendar (UTC+7; Tết 2030 falls a day before the Chinese New Year).
LUNAR_NEW_YEAR: Final[dict[int, dt.date]] = {
    2024: dt.date(2024, 2, 10),
    2025: dt.date(2025, 1, 29),
    2026: dt.date(2026, 2, 17),
    2027: dt.date(2027, 2, 6),
    2028: dt.date(2028, 1, 26),
    2029: dt.date(2029, 2, 13),
    2030: dt.date(2030, 2, 2),
    2031: dt.date(2031, 1, 23),
    2032: dt.date(2032, 2, 11),
    2033: dt.date(2033, 1, 31),
    2034: dt.date(2034, 2, 19),
    2035: dt.date(2035, 2, 8),
}
HUNG_KINGS: Final[dict[int, dt.date]] = {
    2024: dt.date(2024, 4, 18),
    2025: dt.date(2025, 4, 7),
    2026: dt.date(2026, 4, 26),
    2027: dt.date(2027, 4, 16),
    2028: dt.date(2028, 4, 4),
    2029: dt.date(2029, 4, 23),
    2030: dt.date(2030, 4, 12),
    2031: dt.date(2031, 4, 1),
    2032: dt.date(2032, 4, 19),
    2033: dt.date(2033, 4, 9),
    2034: dt.date(2034, 4, 28),
    2035: dt.date(2035, 4, 17),
}

HOLIDAY_LABELS_VI: Final[dict[str, str]] = {
    "new_year": "Tết Dương lịch",
    "tet_eve": "Tết Nguyên đán (giao thừa)",
    "tet_1": "Tết Nguyên đán (mùng 1)",
    "tet_2": "Tết Nguyên đán (mùng 2)",
    "tet_3": "Tết Nguyên đán (mùng 3)",
    "tet_4": "Tết Nguyên đán (mùng 4)",
    "hung_kings": "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
    "tet_week": "Tuần nghỉ Tết",
    "reunification": "Ngày Giải phóng miền Nam, thống nhất đất nước",
    "labour_day": "Ngày Quốc tế Lao động",
    "national_day": "Quốc khánh",
    "national_day_extra": "Quốc khánh (ngày nghỉ thêm, tùy năm)",
}
HOLIDAY_LABELS_EN: Final[dict[str, str]] = {
    "new_year": "New Year's Day",
    "tet_eve": "Lunar New Year (eve)",
    "tet_1": "Lunar New Year (day 1)",
    "tet_2": "Lunar New Year (day 2)",
    "tet_3": "Lunar New Year (day 3)",
    "tet_4": "Lunar New Year (day 4)",
    "hung_kings": "Hùng Kings' Commemoration (10th of the 3rd lunar month)",
    "tet_week": "Tết week",
    "reunification": "Reunification Day",
    "labour_day": "International Labour Day",
    "national_day": "National Day",
    "national_day_extra": "National Day (extra day, some years)",
}


def holiday_label(code: str, language: str) -> str:
    labels = HOLIDAY_LABELS_VI if language == "vi" else HOLIDAY_LABELS_EN
    return labels.get(code, code)


def holidays_of_year(year: int) -> list[Holiday]:
    """The public holidays of ``year`` (Labour Code 2019, art. 112), sorted by date."""
    days = [
        Holiday(dt.date(year, 1, 1), "new_year"),
        Holiday(dt.date(year, 4, 30), "reunification"),
        Holiday(dt.date(year, 5, 1), "labour_day"),
        Holiday(dt.date(year, 9, 1), "national_day_extra", usual=False),
        Holiday(dt.date(year, 9, 2), "national_day"),
        Holiday(dt.date(year, 9, 3), "national_day_extra", usual=False),
    ]
    tet = LUNAR_NEW_YEAR.get(year)
    if tet is not None:
        days.append(Holiday(tet - ONE_DAY, "tet_eve"))
        days.extend(Holiday(tet + n * ONE_DAY, f"tet_{n + 1}") for n in range(4))
    if year in HUNG_KINGS:
        days.append(Holiday(HUNG_KINGS[year], "hung_kings"))
    return sorted(days)


#: The Tết week: from 4 days before mùng 1 (the 26th of the last lunar month when it has
#: 29 days, the 27th when it has 30) to mùng 6. The statutory days are giao thừa and
#: mùng 1 to 4 (Labour Code 2019, art. 112); centres, schools and offices rest the week
#: around them (the State's Tết breaks: 25/1–2/2/2025, 14/2–22/2/2026), and learners
#: travel home, so a class held then has few learners. Offered, not ticked by default.
TET_WEEK_BEFORE: Final = 4
TET_WEEK_AFTER: Final = 5


def tet_week(year: int) -> list[Holiday]:
    """The days of the Tết week of ``year`` beyond the statutory ones (``tet_week``,
    ``usual=False``); empty outside the lunar table."""
    tet = LUNAR_NEW_YEAR.get(year)
    if tet is None:
        return []
    statutory = {tet + n * ONE_DAY for n in range(-1, 4)}
    days = (tet + n * ONE_DAY for n in range(-TET_WEEK_BEFORE, TET_WEEK_AFTER + 1))
    return [Holiday(day, "tet_week", usual=False) for day in days if day not in statutory]


def tet_week_between(start: dt.date, end: dt.date) -> list[Holiday]:
    """The Tết-week days (beyond the statutory ones) from ``start`` to ``end``, sorted."""
    return [
        day
        for year in range(start.year, end.year + 1)
        for day in tet_week(year)
        if start <= day.date <= end
    ]


def holidays_between(start: dt.date, end: dt.date) -> list[Holiday]:
    """The holidays from ``start`` to ``end`` inclusive, sorted by date."""
    if end < start:
        return []
    return [
        holiday
        for year in range(start.year, end.year + 1)
        for holiday in holidays_of_year(year)
        if start <= holiday.date <= end
    ]
