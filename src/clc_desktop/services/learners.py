"""The learner registry: add, edit, list, search, duplicates, merge, archive, delete.

Every function takes the caller's ``Session`` (one user action = one transaction, owned
by the caller: ``with store.session() as session: ...``) and returns plain data, never ORM
objects, so a window can keep the results after the session is gone.

The list of all learners is loaded with one SQL query into :class:`LearnerListItem`
tuples; :class:`LearnerSearch` filters them per keystroke over precomputed folded keys.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final, NamedTuple

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from clc_desktop.domain.codes import AgeBand, Sex, age_band
from clc_desktop.domain.learners import (
    LearnerForm,
    age_on,
    fast_name_sort_key,
    form_problems,
    normalise_phone,
    normalised_values,
    stronger_mark,
)
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.text import collation_key, fold
from clc_desktop.storage.models import AttendanceMark, Enrolment, Learner

log = logging.getLogger(__name__)


# -- add, edit, read -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LearnerRecord:
    """One learner as the edit form shows it."""

    id: int
    learner_key: str
    form: LearnerForm
    archived: bool


def new_learner_key() -> str:
    """The stable, meaningless key of a new learner (32 hex digits)."""
    return uuid.uuid4().hex


def add_learner(session: Session, form: LearnerForm, today: dt.date | None = None) -> int:
    """Register a learner; returns its id. The caller has checked
    :func:`clc_desktop.domain.learners.form_problems`; this raises ``ValueError`` if not."""
    _check(form, today)
    values = normalised_values(form)
    return int(
        session.execute(
            insert(Learner).values(learner_key=new_learner_key(), **values).returning(Learner.id)
        ).scalar_one()
    )


def update_learner(
    session: Session, learner_id: int, form: LearnerForm, today: dt.date | None = None
) -> None:
    _check(form, today)
    done = session.execute(
        update(Learner).where(Learner.id == learner_id).values(**normalised_values(form))
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        raise Problem("learner.not_found", id=learner_id)


#: The ethnicity a new learner's form starts with while the centre has recorded none: Kinh.
KINH: Final = "01"


def usual_ethnicity(session: Session) -> str:
    """The ethnicity most of the centre's current learners have (Kinh while none is
    recorded, and on a tie with Kinh): what a new learner's form starts with."""
    row = session.execute(
        text(
            "SELECT ethnicity FROM learner WHERE ethnicity IS NOT NULL AND NOT archived"
            " GROUP BY ethnicity ORDER BY COUNT(*) DESC, ethnicity != :kinh, ethnicity"
            " LIMIT 1"
        ),
        {"kinh": KINH},
    ).first()
    return str(row[0]) if row is not None else KINH


def get_learner(session: Session, learner_id: int) -> LearnerRecord:
    return _record(_learner(session, learner_id))


def _learner(session: Session, learner_id: int) -> Learner:
    row = session.get(Learner, learner_id)
    if row is None:
        raise Problem("learner.not_found", id=learner_id)
    return row


def _record(row: Learner) -> LearnerRecord:
    form = LearnerForm(
        full_name=row.full_name,
        sex=row.sex,
        birth_date=row.birth_date,
        birth_year=row.birth_year,
        ethnicity=row.ethnicity,
        disability=row.disability,
        phone=row.phone,
        address=row.address,
        notes=row.notes,
    )
    return LearnerRecord(row.id, row.learner_key, form, row.archived)


def _check(form: LearnerForm, today: dt.date | None) -> None:
    problems = form_problems(form, today)
    if problems:
        raise ValueError(f"invalid learner: {problems}")


# -- the list of all learners ----------------------------------------------------------------


class LearnerListItem(NamedTuple):
    """One row of the learner list: a plain tuple, so 100,000 of them load in about a
    second. ``enrolments`` lists every enrolment as ``,class_id:topic,`` pairs (for example
    ``",3:digital,17:health,"``, or ``""``), so filters test it without parsing;
    :attr:`class_ids` and :attr:`topics` parse it when a row is shown."""

    id: int
    full_name: str
    search_key: str  # folded name
    sex: str
    birth_date: dt.date | None
    birth_year: int | None
    age_band: AgeBand
    ethnicity: str | None
    phone: str | None
    address: str | None
    archived: bool
    enrolments: str
    disability: bool = False

    @property
    def class_ids(self) -> frozenset[int]:
        pairs = self.enrolments.strip(",").split(",") if self.enrolments else []
        return frozenset(int(pair.partition(":")[0]) for pair in pairs)

    @property
    def topics(self) -> frozenset[str]:
        pairs = self.enrolments.strip(",").split(",") if self.enrolments else []
        return frozenset(pair.partition(":")[2] for pair in pairs)


_LIST_SQL = (
    "SELECT l.id, l.full_name, l.search_key, l.sex, l.birth_date, l.birth_year,"
    " l.ethnicity, l.phone, l.address, l.archived,"
    " (SELECT ',' || group_concat(e.class_id || ':' || c.topic, ',') || ',' FROM enrolment e"
    "  JOIN learning_class c ON c.id = e.class_id WHERE e.learner_id = l.id)"
    ", l.disability FROM learner l ORDER BY l.id"
)


def load_learner_list(session: Session, today: dt.date | None = None) -> list[LearnerListItem]:
    """Every learner (archived ones too: filter with :class:`LearnerFilter`), in id order.

    One query, run on the DB-API cursor (100,000 rows without SQLAlchemy's per-row work).
    The age band is the age on ``today`` (default: the current date).
    """
    today = today or dt.date.today()
    bands: dict[tuple[str | None, int | None], tuple[dt.date | None, AgeBand]] = {}
    items: list[LearnerListItem] = []
    append = items.append
    make = tuple.__new__
    for row in session.connection().exec_driver_sql(_LIST_SQL).all():
        birth_text, birth_year = row[4], row[5]
        birth = bands.get((birth_text, birth_year))
        if birth is None:
            birth_date = dt.date.fromisoformat(birth_text) if birth_text else None
            birth = (birth_date, age_band(age_on(today, birth_date, birth_year)))
            bands[(birth_text, birth_year)] = birth
        append(
            make(
                LearnerListItem,
                (
                    row[0],
                    row[1],
                    row[2],
                    row[3],
                    birth[0],
                    birth_year,
                    birth[1],
                    row[6],
                    row[7],
                    row[8],
                    bool(row[9]),
                    row[10] or "",
                    bool(row[11]),
                ),
            )
        )
    return items


@dataclass(frozen=True, slots=True)
class LearnerFilter:
    """The list's filters; ``None`` means "any". By default archived learners are hidden."""

    class_id: int | None = None
    topic: str | None = None
    sex: str | None = None
    age_band: AgeBand | None = None
    archived: bool | None = False
    disability: bool | None = None

    def accepts(self, item: LearnerListItem) -> bool:
        return (
            (self.archived is None or item.archived == self.archived)
            and (self.disability is None or item.disability == self.disability)
            and (self.sex is None or item.sex == self.sex)
            and (self.age_band is None or item.age_band == self.age_band)
            and (self.class_id is None or f",{self.class_id}:" in item.enrolments)
            and (self.topic is None or f":{self.topic}," in item.enrolments)
        )


def filter_positions(
    items: Sequence[LearnerListItem], positions: Iterable[int], chosen: LearnerFilter
) -> list[int]:
    """The positions (indices into ``items``) that pass the filter, in the given order."""
    if chosen == LearnerFilter(archived=None):
        return list(positions)
    accepts = chosen.accepts
    return [p for p in positions if accepts(items[p])]


def filter_mask(items: Sequence[LearnerListItem], chosen: LearnerFilter) -> list[bool]:
    """Which items pass the filter, computed once when the filter changes; per keystroke
    ``LearnerSearch.search(query, mask)`` then costs one list index per match."""
    accepts = chosen.accepts
    return [accepts(item) for item in items]


# -- search as you type -----------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _fold_cached(text: str) -> str:
    return fold(text)


def _normalise_token(token: str) -> str:
    """``0912.345.678`` -> ``0912345678``: phone numbers are stored as digits."""
    compact = token.replace(".", "").replace("-", "")
    if compact.isdigit():
        return compact
    if compact.startswith("+") and compact[1:].isdigit():
        return normalise_phone(compact) or compact
    return token


def search_tokens(query: str) -> tuple[str, ...]:
    """The folded words of a query; a learner matches when every word is found in their
    folded name, phone digits or folded address."""
    return tuple(_normalise_token(t) for t in fold(query).split())


@dataclass
class LearnerSearch:
    """Accent- and case-insensitive search over a learner list, cheap enough per keystroke.

    ``search("nguyen van duc")`` finds ``Nguyễn Văn Đức``; ``search("dang")`` finds
    ``Đặng``; a phone number or a village works too. Each word must be contained in the
    name, the phone or the address. Results are positions into the list the search was
    built over, in that list's order. While the user types on (each new query contains the
    last one), only the last results are scanned again.
    """

    items: Sequence[LearnerListItem]
    _haystacks: list[str] = field(init=False, repr=False)
    _last: tuple[tuple[str, ...], list[int]] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        folded = _fold_cached
        self._haystacks = [
            f"{item.search_key}\x1f{item.phone or ''}\x1f{folded(item.address or '')}"
            for item in self.items
        ]

    def search(self, query: str, mask: Sequence[bool] | None = None) -> list[int]:
        """Positions of the items matching ``query`` (and ``mask``, see :func:`filter_mask`)."""
        result = self._search(query)
        return result if mask is None else [p for p in result if mask[p]]

    def _search(self, query: str) -> list[int]:
        tokens = search_tokens(query)
        if not tokens:
            return list(range(len(self._haystacks)))
        candidates: Sequence[int] | None = None
        if self._last is not None and _narrows(self._last[0], tokens):
            candidates = self._last[1]
        hay = self._haystacks
        result: list[int] = []
        for position, token in enumerate(sorted(tokens, key=len, reverse=True)):
            if position == 0 and candidates is None:
                result = [i for i, h in enumerate(hay) if token in h]
            else:
                source = result if position else candidates
                assert source is not None
                result = [i for i in source if token in hay[i]]
        self._last = (tokens, result)
        return result


def _narrows(previous: tuple[str, ...], tokens: tuple[str, ...]) -> bool:
    """Every learner matching ``tokens`` also matches ``previous``."""
    return all(any(old in new for new in tokens) for old in previous)


# -- sorting ----------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _text_key(value: str) -> tuple[str, str]:
    return collation_key(value)


def _birth_key(item: LearnerListItem) -> tuple[int, dt.date]:
    """Unknown births last; a year alone before the dates within that year."""
    return (item.birth_year or 9999, item.birth_date or dt.date.min)


_AGE_BAND_ORDER: dict[AgeBand, int] = {band: place for place, band in enumerate(AgeBand)}

SORT_KEYS: dict[str, Callable[[LearnerListItem], Any]] = {
    "name": lambda item: fast_name_sort_key(item.full_name),
    "sex": lambda item: item.sex,
    "birth": _birth_key,
    "age_band": lambda item: _AGE_BAND_ORDER[item.age_band],  # youngest first, unknown last
    "ethnicity": lambda item: item.ethnicity or "99",
    "phone": lambda item: item.phone or "~",
    "address": lambda item: _text_key(item.address or "\uffff"),
    "disability": lambda item: not item.disability,  # with a disability first
    "archived": lambda item: item.archived,
    "id": lambda item: item.id,
}


def sorted_positions(
    items: Sequence[LearnerListItem],
    column: str = "name",
    descending: bool = False,
    positions: Iterable[int] | None = None,
) -> list[int]:
    """Positions of ``items`` sorted by a column of :data:`SORT_KEYS`; ``name`` sorts in
    Vietnamese order by given name, then family and middle names."""
    key = SORT_KEYS[column]
    chosen = range(len(items)) if positions is None else positions
    return sorted(chosen, key=lambda p: key(items[p]), reverse=descending)


# -- possible duplicates -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    id: int
    full_name: str
    birth_year: int | None
    phone: str | None
    address: str | None
    archived: bool
    same_name: bool  # same folded name and compatible birth year
    same_phone: bool


def _candidate(row: Any, same_name: bool) -> DuplicateCandidate:
    learner_id, name, year, phone, address, archived = row
    return DuplicateCandidate(
        learner_id, name, year, phone, address, bool(archived), same_name, not same_name
    )


def possible_duplicates(
    session: Session,
    full_name: str,
    birth_year: int | None = None,
    phone: str | None = None,
    *,
    exclude_id: int | None = None,
    limit: int = 20,
) -> list[DuplicateCandidate]:
    """Learners who may be the same person: the same folded name and birth year (a missing
    year on either side matches), or the same phone number. Uses the name and phone
    indexes: cheap enough to run while the user types."""
    key = fold(full_name)
    digits = normalise_phone(phone)
    if not key and not digits:
        return []
    rows = session.execute(
        text(
            "SELECT id, full_name, birth_year, phone, address, archived, search_key FROM learner"
            " WHERE ((search_key = :key AND (:year IS NULL OR birth_year IS NULL"
            " OR birth_year = :year)) OR (:phone IS NOT NULL AND phone = :phone))"
            " AND (:exclude IS NULL OR id != :exclude) ORDER BY archived, id LIMIT :limit"
        ),
        {"key": key, "year": birth_year, "phone": digits, "exclude": exclude_id, "limit": limit},
    )
    return [
        DuplicateCandidate(
            id=r[0],
            full_name=r[1],
            birth_year=r[2],
            phone=r[3],
            address=r[4],
            archived=bool(r[5]),
            same_name=bool(key) and r[6] == key,
            same_phone=digits is not None and r[3] == digits,
        )
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Learners who may be one person, for the merge tool."""

    same_name: bool  # same folded name and birth year (else: same phone)
    learners: tuple[DuplicateCandidate, ...]


def duplicate_groups(session: Session, limit: int = 500) -> list[DuplicateGroup]:
    """Groups of learners sharing a folded name and a birth year, or a phone number, across
    the whole registry (two ``GROUP BY`` queries on indexed columns), largest groups first."""
    found: list[tuple[bool, list[int]]] = []
    for same_name, sql in (
        (
            True,
            "SELECT group_concat(id) FROM learner WHERE birth_year IS NOT NULL"
            " GROUP BY search_key, birth_year HAVING COUNT(*) > 1"
            " ORDER BY COUNT(*) DESC, MIN(id) LIMIT :limit",
        ),
        (
            False,
            "SELECT group_concat(id) FROM learner WHERE phone IS NOT NULL"
            " GROUP BY phone HAVING COUNT(*) > 1 ORDER BY COUNT(*) DESC, MIN(id) LIMIT :limit",
        ),
    ):
        for (ids,) in session.execute(text(sql), {"limit": limit}):
            found.append((same_name, sorted(int(i) for i in ids.split(","))))
    wanted = sorted({i for _, ids in found for i in ids})
    rows: dict[int, Any] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows.update(
            (r[0], r)
            for r in session.execute(
                select(
                    Learner.id,
                    Learner.full_name,
                    Learner.birth_year,
                    Learner.phone,
                    Learner.address,
                    Learner.archived,
                ).where(Learner.id.in_(chunk))
            )
        )
    return [
        DuplicateGroup(
            same_name,
            tuple(_candidate(rows[i], same_name) for i in ids),
        )
        for same_name, ids in found
    ]


# -- merge, archive, delete ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MergeResult:
    kept_id: int
    removed_id: int
    removed_name: str
    marks_moved: int
    marks_in_both: int  # sessions both records had a mark for: the strongest was kept
    enrolments_moved: int
    enrolments_joined: int  # overlapping enrolments in one class joined into one


def merge_learners(
    session: Session, keep_id: int, remove_id: int, today: dt.date | None = None
) -> MergeResult:
    """Join two records of one person into ``keep_id``, keeping every enrolment and every
    attendance mark of both. Where both have a mark for one session the strongest stays
    (present > late > excused > absent). Fields empty on the kept record are filled from the
    other; the merge is written to the kept record's notes and to the log."""
    if keep_id == remove_id:
        raise Problem("learner.merge_same")
    keep = _learner(session, keep_id)
    remove = _learner(session, remove_id)
    today = today or dt.date.today()

    both = session.execute(
        text(
            "SELECT k.session_id, k.status, r.status FROM attendance_mark k"
            " JOIN attendance_mark r ON r.session_id = k.session_id AND r.learner_id = :remove"
            " WHERE k.learner_id = :keep"
        ),
        {"keep": keep_id, "remove": remove_id},
    ).all()
    for session_id, kept_status, other_status in both:
        best = stronger_mark(kept_status, other_status)
        if best != kept_status:
            session.execute(
                update(AttendanceMark)
                .where(AttendanceMark.session_id == session_id)
                .where(AttendanceMark.learner_id == keep_id)
                .values(status=best)
            )
    if both:
        session.execute(
            text(
                "DELETE FROM attendance_mark WHERE learner_id = :remove AND session_id IN"
                " (SELECT session_id FROM attendance_mark WHERE learner_id = :keep)"
            ),
            {"keep": keep_id, "remove": remove_id},
        )
    marks_moved = session.execute(
        update(AttendanceMark)
        .where(AttendanceMark.learner_id == remove_id)
        .values(learner_id=keep_id)
    ).rowcount  # type: ignore[attr-defined]
    enrolments_moved = session.execute(
        update(Enrolment).where(Enrolment.learner_id == remove_id).values(learner_id=keep_id)
    ).rowcount  # type: ignore[attr-defined]
    joined = _join_overlapping_enrolments(session, keep_id)

    removed_name = remove.full_name
    _fill_empty_fields(keep, remove)
    note = (
        f"[{today.isoformat()}] Gộp hồ sơ trùng: {remove.full_name}"
        f" (mã {remove.learner_key}, sinh {remove.birth_year or '?'},"
        f" ĐT {remove.phone or '-'}) vào hồ sơ này."
    )
    keep.notes = f"{keep.notes}\n{note}" if keep.notes else note
    session.delete(remove)
    session.flush()
    log.info(
        "merged learner %s into %s: %s marks moved, %s in both, %s enrolments moved, %s joined",
        remove_id,
        keep_id,
        marks_moved,
        len(both),
        enrolments_moved,
        joined,
    )
    return MergeResult(
        kept_id=keep_id,
        removed_id=remove_id,
        removed_name=removed_name,
        marks_moved=marks_moved,
        marks_in_both=len(both),
        enrolments_moved=enrolments_moved,
        enrolments_joined=joined,
    )


def _fill_empty_fields(keep: Learner, other: Learner) -> None:
    if keep.sex == Sex.UNKNOWN.value:
        keep.sex = other.sex
    if keep.birth_date is None and keep.birth_year in (None, other.birth_year):
        keep.birth_date = other.birth_date
    if keep.birth_year is None:
        keep.birth_year = other.birth_year
    for name in ("ethnicity", "phone", "address"):
        if getattr(keep, name) is None:
            setattr(keep, name, getattr(other, name))
    keep.disability = keep.disability or other.disability
    keep.archived = keep.archived and other.archived
    if other.notes:
        keep.notes = f"{keep.notes}\n{other.notes}" if keep.notes else other.notes


def _join_overlapping_enrolments(session: Session, learner_id: int) -> int:
    """Enrolments of one learner in one class whose periods overlap become one (the earliest
    start, the latest end, completed if either was); a later re-enrolment stays separate."""
    rows = session.scalars(
        select(Enrolment).where(Enrolment.learner_id == learner_id).order_by(Enrolment.id)
    ).all()
    by_class: dict[int, list[Enrolment]] = {}
    for row in rows:
        by_class.setdefault(row.class_id, []).append(row)
    joined = 0
    for group in by_class.values():
        group.sort(key=lambda e: e.enrolled_on or dt.date.min)
        current = group[0]
        for other in group[1:]:
            current_end = current.withdrawn_on or dt.date.max
            if (other.enrolled_on or dt.date.min) <= current_end:
                if current.withdrawn_on is not None:
                    current.withdrawn_on = (
                        None
                        if other.withdrawn_on is None
                        else max(current.withdrawn_on, other.withdrawn_on)
                    )
                current.completed = current.completed or other.completed
                session.delete(other)
                joined += 1
            else:
                current = other
    session.flush()
    return joined


def set_archived(session: Session, learner_ids: Iterable[int], archived: bool) -> int:
    """Archive (or bring back) learners; returns how many changed."""
    ids = list(learner_ids)
    if not ids:
        return 0
    changed = session.execute(
        update(Learner)
        .where(Learner.id.in_(ids))
        .where(Learner.archived != archived)
        .values(archived=archived)
    ).rowcount  # type: ignore[attr-defined]
    return int(changed)


def attendance_count(session: Session, learner_id: int) -> int:
    return int(
        session.scalar(select(func.count()).where(AttendanceMark.learner_id == learner_id)) or 0
    )


def delete_learner(session: Session, learner_id: int) -> None:
    """Delete a learner who has no attendance mark (with their enrolments). A learner with
    attendance is archived instead: this raises ``Problem("learner.has_attendance")``."""
    marks = attendance_count(session, learner_id)
    if marks:
        raise Problem("learner.has_attendance", count=marks)
    session.execute(text("DELETE FROM enrolment WHERE learner_id = :id"), {"id": learner_id})
    done = session.execute(text("DELETE FROM learner WHERE id = :id"), {"id": learner_id})
    if not done.rowcount:  # type: ignore[attr-defined]
        raise Problem("learner.not_found", id=learner_id)
