"""SQLAlchemy 2 typed models of a coordinator's store (its own file, its own migrations).

A coordinator (commune cluster, district, city) keeps the units it expects reports from,
every report it imported (each version, with its data and sources rows), and the status
of each unit's report per period. Nothing here is SQLite-specific, so the same models
can live in PostgreSQL.

Units are never deleted, only closed; a merge is recorded in the successor's
``replaces``. A report's identity is ``(unit_id, period)``; the latest version is the
one with the greatest ``generated_at`` (ties: the later import), computed by the
services, so an older file imported after a newer one lands in history by itself.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from clc_desktop.storage.models import NAMING_CONVENTION

#: Status of a unit's report for a period, in the order a coordinator moves through them.
STATUSES: Final = ("received", "checked", "accepted")


class CoordinatorBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Unit(CoordinatorBase):
    """A unit of the hierarchy: a centre, commune, district, city... (levels are free)."""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(40))
    parent_id: Mapped[str | None] = mapped_column(String(64), index=True)  # a unit_id
    unit_code: Mapped[str | None] = mapped_column(String(20))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    opened_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    #: unit_ids this unit replaced by a merge, separated by spaces (as in a report's meta)
    replaces: Mapped[str | None] = mapped_column(String(400))


class ImportedReport(CoordinatorBase):
    """One imported version of a report; ``(unit_id, period, recomputed_sha256)`` is unique
    (an edited file keeps the hash it states, so the content's own hash tells versions apart)."""

    __tablename__ = "imported_report"
    __table_args__ = (
        UniqueConstraint(
            "unit_id", "period", "recomputed_sha256", name="uq_imported_report_version"
        ),
        Index("ix_imported_report_identity", "unit_id", "period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(64))
    unit_code: Mapped[str | None] = mapped_column(String(20))
    unit_name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(40))
    parent_id: Mapped[str | None] = mapped_column(String(64))
    replaces: Mapped[str | None] = mapped_column(String(400))
    period: Mapped[str] = mapped_column(String(20))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    #: the hash the file states
    content_sha256: Mapped[str] = mapped_column(String(64))
    #: the hash of the content as read (differs from the stated one for an edited file)
    recomputed_sha256: Mapped[str] = mapped_column(String(64))
    #: as written in the file (ISO 8601 with its offset) and in UTC, for ordering
    generated_at: Mapped[str] = mapped_column(String(40))
    generated_at_utc: Mapped[dt.datetime] = mapped_column(DateTime)
    meta_json: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    file_name: Mapped[str] = mapped_column(String(400))
    #: imported although the reader flagged it; only on the coordinator's explicit choice
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    accepted: Mapped[bool] = mapped_column(Boolean, default=False)
    #: JSON list of {"code": ..., "params": {...}}: flags and warnings as found at import
    findings_json: Mapped[str] = mapped_column(Text, default="[]")


class ReportValue(CoordinatorBase):
    """One row of a report's ``data`` sheet (zero rows are not stored)."""

    __tablename__ = "report_value"
    __table_args__ = (CheckConstraint("value >= 0", name="non_negative"),)

    report_id: Mapped[int] = mapped_column(
        ForeignKey("imported_report.id", ondelete="CASCADE"), primary_key=True
    )
    indicator: Mapped[str] = mapped_column(String(40), primary_key=True)
    topic: Mapped[str] = mapped_column(String(40), primary_key=True)
    sex: Mapped[str] = mapped_column(String(20), primary_key=True)
    age_band: Mapped[str] = mapped_column(String(20), primary_key=True)
    group_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class ReportSource(CoordinatorBase):
    """One row of a report's ``sources`` sheet: a report summed directly into it."""

    __tablename__ = "report_source"

    report_id: Mapped[int] = mapped_column(
        ForeignKey("imported_report.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    unit_code: Mapped[str] = mapped_column(String(20))
    unit_name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(40))
    period: Mapped[str] = mapped_column(String(20))
    content_sha256: Mapped[str] = mapped_column(String(64))
    generated_at: Mapped[str] = mapped_column(String(40))


class ReportStatus(CoordinatorBase):
    """Where a unit's report for a period stands; ``accepted`` locks it."""

    __tablename__ = "report_status"
    __table_args__ = (
        UniqueConstraint("unit_id", "period", name="uq_report_status_identity"),
        CheckConstraint("status IN ('received', 'checked', 'accepted')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(64))
    period: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class StatusEvent(CoordinatorBase):
    """The history of every status change, with the reason given for a reopening."""

    __tablename__ = "status_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(64), index=True)
    period: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    previous: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    report_id: Mapped[int | None] = mapped_column(Integer)
