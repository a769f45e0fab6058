"""The data cube of the exchange format: keys, marginals and the content hash.

A cube maps ``(indicator, topic, sex, age_band, group)`` to a non-negative whole number;
``_all`` in a dimension means "not broken down by it". See
``shared/spec/report-format-v1.md``, sections "Sheet data" and "Content hash".
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final, NamedTuple

from clc_desktop.domain.codes import AgeBand, Sex, Topic

ALL: Final = "_all"
FORMAT: Final = "clc-report"
FORMAT_VERSION: Final = "1"

TOPICS: Final = tuple(t.value for t in Topic)
SEXES: Final = tuple(s.value for s in Sex)
AGE_BANDS: Final = tuple(a.value for a in AgeBand)
GROUPS: Final = ("ethnic_minority", "disability")

DIMENSIONS: Final = ("topic", "sex", "age_band", "group")
CODES: Final[dict[str, tuple[str, ...]]] = {
    "topic": TOPICS,
    "sex": SEXES,
    "age_band": AGE_BANDS,
    "group": GROUPS,
}

#: Indicator -> the dimensions it is broken down by (the spec's table, in its order).
INDICATORS: Final[dict[str, tuple[str, ...]]] = {
    "centres": (),
    "classes": ("topic",),
    "sessions_held": ("topic",),
    "sessions_cancelled": ("topic",),
    "minutes_held": ("topic",),
    "enrolments": ("topic", "sex", "age_band", "group"),
    "learners": ("topic", "sex", "age_band", "group"),
    "expected_attendances": ("topic",),
    "attendances": ("topic", "sex", "age_band"),
    "absences": ("topic",),
    "walk_ins": ("topic", "sex"),
    "completions": ("topic", "sex"),
}


class Key(NamedTuple):
    indicator: str
    topic: str = ALL
    sex: str = ALL
    age_band: str = ALL
    group: str = ALL


Cube = dict[Key, int]


@dataclass(frozen=True, slots=True)
class Fact:
    """One counted thing at its finest grain; :func:`add_fact` spreads it over the marginals.

    ``groups`` lists the groups the counted person belongs to (rows for ``_all`` are
    always made; group rows are subsets and never add up to the total).
    """

    topic: str = ALL
    sex: str = ALL
    age_band: str = ALL
    groups: tuple[str, ...] = ()


def marginal_keys(indicator: str, fact: Fact) -> list[Key]:
    """Every key ``fact`` counts in: each listed dimension at its code and at ``_all``."""
    dims = INDICATORS[indicator]
    topics = (fact.topic, ALL) if "topic" in dims else (ALL,)
    sexes = (fact.sex, ALL) if "sex" in dims else (ALL,)
    bands = (fact.age_band, ALL) if "age_band" in dims else (ALL,)
    groups = (ALL, *fact.groups) if "group" in dims else (ALL,)
    return [
        Key(indicator, t, s, a, g) for t in topics for s in sexes for a in bands for g in groups
    ]


def add_fact(counts: Counter[Key], indicator: str, fact: Fact, value: int = 1) -> None:
    for key in marginal_keys(indicator, fact):
        counts[key] += value


def content_hash(
    unit_id: str,
    level: str,
    period: str,
    cube: Mapping[Key, int],
    sources: Iterable[tuple[str, str, str]] = (),
) -> str:
    """The spec's ``content_sha256``: data rows other than 0 sorted by their five key
    fields, then the ``(unit_id, period, content_sha256)`` of each source by unit id."""
    lines = [
        f"{FORMAT}/{FORMAT_VERSION}",
        f"unit_id={unit_id}",
        f"level={level}",
        f"period={period}",
    ]
    for key in sorted(k for k, v in cube.items() if v != 0):
        lines.append("\t".join(("D", *key, str(cube[key]))))
    for source_unit, source_period, source_hash in sorted(sources):
        lines.append("\t".join(("S", source_unit, source_period, source_hash)))
    return hashlib.sha256("".join(f"{line}\n" for line in lines).encode("utf-8")).hexdigest()


#: Dimensions whose parts add up to their ``_all`` row; topic is not additive for
#: ``learners`` (a person in two topics counts once in topic ``_all``), group never is.
def additive_dimensions(indicator: str) -> tuple[str, ...]:
    return tuple(
        dim
        for dim in INDICATORS[indicator]
        if dim in ("sex", "age_band") or (dim == "topic" and indicator != "learners")
    )


@dataclass(frozen=True, slots=True)
class Mismatch:
    """The parts of ``dimension`` at ``total_key`` add up to ``parts``, not ``total``."""

    total_key: Key
    dimension: str
    total: int
    parts: int


def additivity_mismatches(cube: Mapping[Key, int]) -> list[Mismatch]:
    """Every place where an additive dimension's parts do not add up to its ``_all`` row
    (within every combination of the other dimensions, groups included).

    One pass over the cube (it runs for every imported file): each part adds its value
    to its total's sum, then every total is compared with its parts."""
    totals: dict[tuple[int, Key], int] = {}
    parts: dict[tuple[int, Key], int] = {}
    places = _PLACES
    for key, value in cube.items():
        found = places.get(key)
        if found is None:
            found = _places(key)
            if key[0] in INDICATORS:  # bounded by the code lists
                places[key] = found
        as_total, as_part = found
        for place in as_total:
            totals[place] = value
        for place in as_part:
            parts[place] = parts.get(place, 0) + value
    mismatches: list[Mismatch] = []
    for place in totals.keys() | parts.keys():
        total, summed = totals.get(place, 0), parts.get(place, 0)
        if total != summed:
            index, total_key = place
            mismatches.append(Mismatch(total_key, DIMENSIONS[index - 1], total, summed))
    order = {name: index for index, name in enumerate(INDICATORS)}
    mismatches.sort(
        key=lambda m: (order[m.total_key[0]], DIMENSIONS.index(m.dimension), m.total_key)
    )
    return mismatches


_Place = tuple[int, Key]
#: Key -> (the places it is the total of, the places it is a part of); filled as met.
_PLACES: dict[Key, tuple[tuple[_Place, ...], tuple[_Place, ...]]] = {}


def _places(key: Key) -> tuple[tuple[_Place, ...], tuple[_Place, ...]]:
    if key[0] not in INDICATORS:
        return (), ()
    as_total: list[_Place] = []
    as_part: list[_Place] = []
    for dim in additive_dimensions(key[0]):
        index = DIMENSIONS.index(dim) + 1
        if key[index] == ALL:
            as_total.append((index, key))
        else:
            as_part.append((index, Key._make((*key[:index], ALL, *key[index + 1 :]))))
    return tuple(as_total), tuple(as_part)
