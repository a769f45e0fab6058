"""The header of a report: the spec's ``meta`` sheet as one typed value, and a row of its
``sources`` sheet.

One shape from end to end: :func:`~clc_desktop.reports.reader.read_report` makes a
:class:`ReportHeader` from the ``meta`` sheet (:meth:`ReportHeader.from_meta`), the
coordinator's import stores it, and :func:`~clc_desktop.reports.workbook.write_workbook`
writes it back (:meth:`ReportHeader.to_meta`). A report being written gets its header from
:meth:`ReportHeader.for_content`, which computes the content hash.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from clc_desktop import __version__
from clc_desktop.domain.periods import Period, parse_period
from clc_desktop.reports.cube import FORMAT, FORMAT_VERSION, Key, content_hash

#: The keys of the ``meta`` sheet, in the spec's order.
META_KEYS: Final = (
    "format",
    "format_version",
    "unit_id",
    "unit_code",
    "unit_name",
    "level",
    "parent_id",
    "replaces",
    "period",
    "period_start",
    "period_end",
    "generated_at",
    "generator",
    "content_sha256",
    "personal_data",
)
OPTIONAL_META: Final = ("unit_code", "parent_id", "replaces")
REQUIRED_META: Final = tuple(key for key in META_KEYS if key not in OPTIONAL_META)
#: ``personal_data`` of a report with the ``learners`` sheet (otherwise ``none``).
WITH_LEARNERS: Final = "learners"
WITHOUT_PERSONAL_DATA: Final = "none"
GENERATOR: Final = f"clc-desktop {__version__}"


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A row of the ``sources`` sheet: a report summed directly into this one."""

    unit_id: str
    unit_code: str
    unit_name: str
    level: str
    period: str
    content_sha256: str
    generated_at: str

    @property
    def hash_key(self) -> tuple[str, str, str]:
        """What the content hash takes of it: ``(unit_id, period, content_sha256)``."""
        return (self.unit_id, self.period, self.content_sha256)


@dataclass(frozen=True, slots=True)
class ReportHeader:
    """What a report says about itself (the ``meta`` sheet), typed.

    ``format`` and ``format_version`` are not fields: a reader refuses any other than
    this program's, so they are constants here.
    """

    unit_id: str
    unit_name: str
    level: str
    period: Period
    generated_at: dt.datetime  # with its offset, as written
    generator: str
    content_sha256: str  # as stated (a reader recomputes it from the content)
    personal_data: bool = False  # the ``learners`` sheet is present
    unit_code: str | None = None
    parent_id: str | None = None
    replaces: tuple[str, ...] = ()  # unit_ids this unit replaced by a merge

    @property
    def identity(self) -> tuple[str, str]:
        """The spec's identity of a report: ``(unit_id, period)``."""
        return (self.unit_id, self.period.code)

    @property
    def generated_at_utc(self) -> dt.datetime:
        """``generated_at`` as naive UTC (how the store orders versions)."""
        return self.generated_at.astimezone(dt.UTC).replace(tzinfo=None)

    @classmethod
    def from_meta(cls, meta: Mapping[str, str]) -> ReportHeader:
        """The header of a ``meta`` sheet read as ``key -> text`` (an empty value is an
        absent key). ``KeyError`` for a missing required key and ``ValueError`` for a value
        that does not parse: the reader checks both first and says which, in words."""
        period = parse_period(meta["period"])
        if (meta["period_start"], meta["period_end"]) != (
            period.start.isoformat(),
            period.end.isoformat(),
        ):
            raise ValueError(f"the dates of the period {period.code} disagree with it")
        generated_at = dt.datetime.fromisoformat(meta["generated_at"])
        if generated_at.tzinfo is None:
            raise ValueError(f"generated_at has no offset: {meta['generated_at']!r}")
        return cls(
            unit_id=meta["unit_id"],
            unit_name=meta["unit_name"],
            level=meta["level"],
            period=period,
            generated_at=generated_at,
            generator=meta["generator"],
            content_sha256=meta["content_sha256"],
            personal_data=meta["personal_data"] == WITH_LEARNERS,
            unit_code=meta.get("unit_code") or None,
            parent_id=meta.get("parent_id") or None,
            replaces=tuple(meta.get("replaces", "").split()),
        )

    def to_meta(self) -> dict[str, str]:
        """The ``meta`` sheet's rows, in the spec's order; absent optional keys left out."""
        values = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "unit_id": self.unit_id,
            "unit_code": self.unit_code or "",
            "unit_name": self.unit_name,
            "level": self.level,
            "parent_id": self.parent_id or "",
            "replaces": " ".join(self.replaces),
            "period": self.period.code,
            "period_start": self.period.start.isoformat(),
            "period_end": self.period.end.isoformat(),
            "generated_at": self.generated_at.isoformat(),
            "generator": self.generator,
            "content_sha256": self.content_sha256,
            "personal_data": WITH_LEARNERS if self.personal_data else WITHOUT_PERSONAL_DATA,
        }
        return {key: values[key] for key in META_KEYS if values[key]}

    @classmethod
    def for_content(
        cls,
        *,
        unit_id: str,
        unit_name: str,
        level: str,
        period: Period,
        cube: Mapping[Key, int],
        generated_at: dt.datetime,
        sources: Iterable[SourceRow] = (),
        unit_code: str | None = None,
        parent_id: str | None = None,
        replaces: Iterable[str] = (),
        personal_data: bool = False,
    ) -> ReportHeader:
        """The header of a report this program writes (a centre's or a consolidated one):
        made now by this version, ``generated_at`` to the second (``now`` without an
        offset is taken as local time), the content hash computed from ``cube`` and
        ``sources``."""
        if generated_at.tzinfo is None:
            generated_at = generated_at.astimezone()
        return cls(
            unit_id=unit_id,
            unit_name=unit_name,
            level=level,
            period=period,
            generated_at=generated_at.replace(microsecond=0),
            generator=GENERATOR,
            content_sha256=content_hash(
                unit_id, level, period.code, cube, [source.hash_key for source in sources]
            ),
            personal_data=personal_data,
            unit_code=unit_code or None,
            parent_id=parent_id or None,
            replaces=tuple(replaces),
        )
