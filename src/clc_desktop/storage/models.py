"""SQLAlchemy 2 typed models of a centre's records.

Codes (topic, sex, statuses, ...) are stored as the text codes of
:mod:`clc_desktop.domain.codes`, guarded by named CHECK constraints. Relationships
are ``lazy="raise"``: every query says what it loads, so nothing walks the ORM
object by object by accident.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Final

from sqlalchemy import (
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
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from clc_desktop.domain.codes import (
    ETHNICITIES,
    CancelReason,
    ClassKind,
    MarkStatus,
    SessionStatus,
    Sex,
    Topic,
)

#: Set before the first migration: SQLite batch migrations need named constraints.
NAMING_CONVENTION: Final = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _in(column: str, values: Iterable[object]) -> str:
    codes = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({codes})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Centre(Base):
    """The centre this database belongs to (one row)."""

    __tablename__ = "centre"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(36), unique=True)  # permanent UUID
    name: Mapped[str] = mapped_column(String(200))
    commune_code: Mapped[str | None] = mapped_column(String(5))
    commune_name: Mapped[str | None] = mapped_column(String(200))
    province_code: Mapped[str | None] = mapped_column(String(2))
    province_name: Mapped[str | None] = mapped_column(String(200))
    parent_unit_id: Mapped[str | None] = mapped_column(String(64))
    parent_unit_name: Mapped[str | None] = mapped_column(String(200))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())


class Learner(Base):
    __tablename__ = "learner"
    __table_args__ = (
        CheckConstraint(_in("sex", Sex), name="sex"),
        CheckConstraint(f"ethnicity IS NULL OR {_in('ethnicity', ETHNICITIES)}", name="ethnicity"),
        CheckConstraint(
            "birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100", name="birth_year"
        ),
        CheckConstraint(
            "birth_date IS NULL OR birth_year = CAST(strftime('%Y', birth_date) AS INTEGER)",
            name="birth_date_year",
        ),
        Index("ix_learner_search_key", "search_key"),
        Index("ix_learner_phone", "phone"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Stable, meaningless key for the optional ``learners`` report sheet.
    learner_key: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))  # NFC
    search_key: Mapped[str] = mapped_column(String(200))  # folded name, see domain.text.fold
    sex: Mapped[str] = mapped_column(String(8), default=Sex.UNKNOWN.value)
    #: Full birth date when known; ``birth_year`` is always filled when anything is known.
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    ethnicity: Mapped[str | None] = mapped_column(String(2))  # GSO code "01".."54"
    disability: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(300))  # address or village
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.now(), onupdate=func.now()
    )

    enrolments: Mapped[list[Enrolment]] = relationship(back_populates="learner", lazy="raise")


class LearningClass(Base):
    """A course, or a talk/event (usually one session, with walk-ins)."""

    __tablename__ = "learning_class"
    __table_args__ = (
        CheckConstraint(_in("topic", Topic), name="topic"),
        CheckConstraint(_in("kind", ClassKind), name="kind"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates"
        ),
        CheckConstraint("planned_minutes IS NULL OR planned_minutes > 0", name="planned_minutes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10), default=ClassKind.COURSE.value)
    facilitator: Mapped[str | None] = mapped_column(String(200))
    partner: Mapped[str | None] = mapped_column(String(200))  # partner organisation
    location: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    planned_minutes: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())

    enrolments: Mapped[list[Enrolment]] = relationship(
        back_populates="learning_class", lazy="raise"
    )
    sessions: Mapped[list[ClassSession]] = relationship(
        back_populates="learning_class", lazy="raise"
    )


class Enrolment(Base):
    """A learner in a class. A re-enrolment is a new row; reports count the pair once."""

    __tablename__ = "enrolment"
    __table_args__ = (
        CheckConstraint(
            "withdrawn_on IS NULL OR enrolled_on IS NULL OR withdrawn_on >= enrolled_on",
            name="dates",
        ),
        Index("ix_enrolment_class_learner", "class_id", "learner_id"),
        Index("ix_enrolment_learner", "learner_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    class_id: Mapped[int] = mapped_column(ForeignKey("learning_class.id", ondelete="CASCADE"))
    #: ``None``: enrolled from the class's start date.
    enrolled_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    completed: Mapped[bool] = mapped_column(Boolean, default=False)

    learner: Mapped[Learner] = relationship(back_populates="enrolments", lazy="raise")
    learning_class: Mapped[LearningClass] = relationship(back_populates="enrolments", lazy="raise")


class ClassSession(Base):
    """One meeting of a class on a date (dates only: no times, no time zones)."""

    __tablename__ = "class_session"
    __table_args__ = (
        CheckConstraint(_in("status", SessionStatus), name="status"),
        CheckConstraint(
            f"cancel_reason IS NULL OR {_in('cancel_reason', CancelReason)}", name="cancel_reason"
        ),
        CheckConstraint("minutes >= 0", name="minutes"),
        CheckConstraint(
            "walk_ins_male >= 0 AND walk_ins_female >= 0 AND walk_ins_unknown >= 0",
            name="walk_ins",
        ),
        Index("ix_class_session_class_date", "class_id", "date"),
        Index("ix_class_session_date", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("learning_class.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer, default=90)
    status: Mapped[str] = mapped_column(String(10), default=SessionStatus.HELD.value)
    cancel_reason: Mapped[str | None] = mapped_column(String(20))
    cancel_note: Mapped[str | None] = mapped_column(String(300))
    walk_ins_male: Mapped[int] = mapped_column(Integer, default=0)
    walk_ins_female: Mapped[int] = mapped_column(Integer, default=0)
    walk_ins_unknown: Mapped[int] = mapped_column(Integer, default=0)

    learning_class: Mapped[LearningClass] = relationship(back_populates="sessions", lazy="raise")


class AttendanceMark(Base):
    """One mark per learner and session (the primary key says so)."""

    __tablename__ = "attendance_mark"
    __table_args__ = (
        CheckConstraint(_in("status", MarkStatus), name="status"),
        Index("ix_attendance_mark_learner", "learner_id"),
    )

    session_id: Mapped[int] = mapped_column(
        ForeignKey("class_session.id", ondelete="RESTRICT"), primary_key=True
    )
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="RESTRICT"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(10))
    marked_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
