"""Schedules by dates: weekly repeats across month and year ends, every N weeks, holidays."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from clc_desktop.domain.schedule import (
    HUNG_KINGS,
    LUNAR_NEW_YEAR,
    Recurrence,
    holidays_between,
    holidays_of_year,
    infer_recurrence,
    recurrence_problems,
    schedule_dates,
)

D = dt.date


def test_mondays_and_thursdays_across_a_year_end_each_once() -> None:
    rule = Recurrence(D(2026, 12, 20), D(2027, 1, 10), frozenset({0, 3}))
    assert schedule_dates(rule) == [
        D(2026, 12, 21),
        D(2026, 12, 24),
        D(2026, 12, 28),
        D(2026, 12, 31),
        D(2027, 1, 4),
        D(2027, 1, 7),
    ]


def test_every_two_weeks_counts_from_the_week_of_the_start() -> None:
    # 2026-01-29 is a Thursday; its week is week 0, so Tuesday 27/1 is before the start.
    rule = Recurrence(D(2026, 1, 29), D(2026, 3, 5), frozenset({1, 3}), every_weeks=2)
    assert schedule_dates(rule) == [
        D(2026, 1, 29),
        D(2026, 2, 10),
        D(2026, 2, 12),
        D(2026, 2, 24),
        D(2026, 2, 26),
    ]


def test_holidays_are_skipped_and_single_dates_added() -> None:
    skip = frozenset(h.date for h in holidays_between(D(2026, 2, 1), D(2026, 2, 28)))
    rule = Recurrence(
        D(2026, 2, 1),
        D(2026, 2, 28),
        frozenset({1}),  # Tuesdays: 3, 10, 17 (mùng 1 Tết), 24
        skip=skip,
        extra=frozenset({D(2026, 2, 21), D(2026, 2, 24)}),
    )
    assert schedule_dates(rule) == [D(2026, 2, 3), D(2026, 2, 10), D(2026, 2, 21), D(2026, 2, 24)]


def test_only_single_dates() -> None:
    rule = Recurrence(extra=frozenset({D(2026, 5, 3), D(2026, 4, 2)}))
    assert schedule_dates(rule) == [D(2026, 4, 2), D(2026, 5, 3)]
    assert recurrence_problems(rule) == {}


def test_problems() -> None:
    assert recurrence_problems(Recurrence(None, None, frozenset({0}))) == {
        "dates": "schedule.dates_required"
    }
    assert recurrence_problems(Recurrence(D(2026, 5, 1), D(2026, 4, 1), frozenset({0}))) == {
        "dates": "schedule.dates_order"
    }
    assert "every_weeks" in recurrence_problems(
        Recurrence(D(2026, 1, 1), D(2026, 2, 1), frozenset({0}), every_weeks=0)
    )
    long = Recurrence(D(2000, 1, 1), D(2099, 1, 1), frozenset(range(7)))
    assert recurrence_problems(long) == {"dates": "schedule.too_many"}


def test_the_public_holidays_of_2026() -> None:
    days = {h.date: h.code for h in holidays_of_year(2026)}
    assert days[D(2026, 1, 1)] == "new_year"
    assert days[D(2026, 2, 16)] == "tet_eve"
    assert days[D(2026, 2, 17)] == "tet_1"
    assert days[D(2026, 2, 20)] == "tet_4"
    assert days[D(2026, 4, 26)] == "hung_kings"
    assert days[D(2026, 4, 30)] == "reunification"
    assert days[D(2026, 5, 1)] == "labour_day"
    assert days[D(2026, 9, 2)] == "national_day"
    extra = [h for h in holidays_of_year(2026) if not h.usual]
    assert [h.date for h in extra] == [D(2026, 9, 1), D(2026, 9, 3)]


def test_lunar_tables_cover_2024_to_2035_in_order() -> None:
    assert sorted(LUNAR_NEW_YEAR) == sorted(HUNG_KINGS) == list(range(2024, 2036))
    for year, tet in LUNAR_NEW_YEAR.items():
        assert D(year, 1, 21) <= tet <= D(year, 2, 20)
        # 10/3 âm lịch is 68 or 69 days after mùng 1 Tết, or about 98 with a leap month.
        assert (HUNG_KINGS[year] - tet).days in (67, 68, 69, 97, 98, 99)


def test_outside_the_table_only_the_solar_holidays() -> None:
    codes = {h.code for h in holidays_of_year(2040)}
    assert "tet_1" not in codes
    assert "new_year" in codes


def test_holidays_between_spans_years() -> None:
    found = holidays_between(D(2026, 12, 15), D(2027, 2, 10))
    assert [h.date for h in found][:2] == [D(2027, 1, 1), D(2027, 2, 5)]
    assert holidays_between(D(2027, 1, 2), D(2027, 1, 1)) == []


def test_infer_gives_back_the_rule() -> None:
    rule = Recurrence(
        D(2026, 9, 7),
        D(2026, 12, 18),
        frozenset({0, 4}),
        every_weeks=2,
        skip=frozenset({D(2026, 9, 21)}),
        extra=frozenset({D(2026, 12, 24)}),
    )
    dates = schedule_dates(rule)
    inferred = infer_recurrence(dates, rule.start, rule.end)
    assert schedule_dates(inferred) == dates
    assert inferred.weekdays == rule.weekdays
    assert inferred.every_weeks == 2
    assert inferred.skip == rule.skip
    assert inferred.extra == rule.extra


def test_infer_without_a_pattern_lists_the_dates() -> None:
    dates = [D(2026, 3, 8), D(2026, 6, 3)]
    inferred = infer_recurrence(dates)
    assert inferred.weekdays == frozenset()
    assert schedule_dates(inferred) == dates


days = st.dates(min_value=D(2024, 1, 1), max_value=D(2035, 12, 31))


@given(
    start=days,
    length=st.integers(0, 400),
    weekdays=st.frozensets(st.integers(0, 6), min_size=1),
    every=st.integers(1, 4),
    skip=st.frozensets(days, max_size=20),
    extra=st.frozensets(days, max_size=5),
)
def test_each_date_once_in_order_on_the_rule(
    start: dt.date,
    length: int,
    weekdays: frozenset[int],
    every: int,
    skip: frozenset[dt.date],
    extra: frozenset[dt.date],
) -> None:
    end = start + dt.timedelta(days=length)
    rule = Recurrence(start, end, weekdays, every, skip, extra)
    dates = schedule_dates(rule)
    assert dates == sorted(set(dates))
    monday = start - dt.timedelta(days=start.weekday())
    for day in dates:
        if day in extra:
            continue
        assert start <= day <= end
        assert day.weekday() in weekdays
        assert day not in skip
        assert ((day - monday).days // 7) % every == 0
    # Nothing missing: every day of the range that fits the rule is there.
    expected = {
        start + dt.timedelta(days=n)
        for n in range(length + 1)
        if (start + dt.timedelta(days=n)).weekday() in weekdays
        and ((start + dt.timedelta(days=n) - monday).days // 7) % every == 0
        and start + dt.timedelta(days=n) not in skip
    }
    assert set(dates) == expected | extra
    # And the rule read back from the dates gives the same dates.
    assert schedule_dates(infer_recurrence(dates, start, end)) == dates


def test_the_tet_week_runs_from_the_26th_or_27th_to_mung_6() -> None:
    from clc_desktop.domain.schedule import tet_week, tet_week_between

    # Tết 2026: mùng 1 on 17/2; statutory 16/2 (giao thừa) to 20/2 (mùng 4).
    days = [h.date for h in tet_week(2026)]
    assert days == [D(2026, 2, 13), D(2026, 2, 14), D(2026, 2, 15), D(2026, 2, 21), D(2026, 2, 22)]
    assert all(h.code == "tet_week" and not h.usual for h in tet_week(2026))
    # 2025: the State's break was 25/1 (26 Tết) to 2/2 (mùng 5); the week covers it.
    week_2025 = [h.date for h in tet_week(2025)]
    assert week_2025[0] == D(2025, 1, 25)
    assert week_2025[-1] == D(2025, 2, 3)
    assert tet_week(2040) == []
    assert [h.date for h in tet_week_between(D(2026, 2, 14), D(2026, 2, 21))] == [
        D(2026, 2, 14),
        D(2026, 2, 15),
        D(2026, 2, 21),
    ]
