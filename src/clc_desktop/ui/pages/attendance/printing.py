"""Attendance on paper: the sign-in sheet of a class, its attendance summary and a
learner's certificate of attendance, as A4 PDF files (``QTextDocument`` on a
``QPdfWriter``).

:class:`AttendancePaper` writes the documents as HTML, on the GUI thread (its texts go
through ``tr``); :func:`clc_desktop.ui.pdf.write_pdf` lays the HTML out and writes the
file, in the background.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QLocale, QObject

from clc_desktop.domain.centre import CentreProfile
from clc_desktop.domain.codes import ClassKind, MarkStatus, Sex
from clc_desktop.domain.messages import message
from clc_desktop.services.attendance import ClassGrid, GridLearner, SessionInfo
from clc_desktop.ui.i18n import fill, format_date

_CELL = 'style="border: 1px solid #000; padding: 3px;"'
#: A date column's head, a point smaller: a month of weekly sessions fits A4 portrait with
#: "02/11" on one line in the wider fonts too (DejaVu Sans broke it as "02/1" + "1").
_DATE_CELL = 'style="border: 1px solid #000; padding: 3px; font-size: 9pt;"'
#: Blank numbered lines after a talk's enrolled people, for walk-ins to sign.
WALK_IN_LINES = 12


class AttendancePaper(QObject):
    """Builds the documents in the UI language (texts through ``tr``)."""

    def __init__(
        self, centre: CentreProfile | None, language: str = "vi", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._centre = centre
        self._language = language
        self._locale = QLocale()

    # -- pieces --------------------------------------------------------------------------
    def _header(self) -> str:
        """The administrative way (Nghị định 30/2020): the governing body, then the
        centre, on the left; the national name and motto on the right."""
        centre = self._centre
        commune = (centre.commune_name or "") if centre else ""
        body = fill(self.tr("PEOPLE'S COMMITTEE OF %1"), commune.upper()) if commune else ""
        return (
            '<table width="100%"><tr>'
            f'<td width="48%" align="center">{escape(body)}'
            + '<p align="center" style="white-space: pre; margin: 0;"><b>'
            + self.tr("COMMUNITY LEARNING CENTRE")
            + "</b></p>———</td>"
            + '<td width="52%" align="center" style="white-space: nowrap;"><b>'
            + self.tr("SOCIALIST REPUBLIC OF VIET NAM")
            + "</b><br/><b><u>"
            + self.tr("Independence - Freedom - Happiness")
            + "</u></b></td></tr></table>"
        )

    def _class_line(self, grid: ClassGrid) -> str:
        talk = grid.kind == ClassKind.EVENT.value
        name = f"<b>{escape(grid.class_name)}</b>"
        line = fill(self.tr("Talk: %1") if talk else self.tr("Class: %1"), name)
        parts = []
        if grid.facilitator:
            who = self.tr("Speaker: %1") if talk else self.tr("Facilitator: %1")
            parts.append(fill(who, escape(grid.facilitator)))
        if grid.location:
            parts.append(fill(self.tr("Place: %1"), escape(grid.location)))
        return f"<p>{line}<br/>" + " &nbsp;·&nbsp; ".join(parts) + "</p>"

    def _place_and_date(self, today: dt.date) -> str:
        """«Khương Đình, ngày 04 tháng 12 năm 2026», the date line of the centre's report
        (its message ``centre_sheet.date``, with the place named as the report does)."""
        centre = self._centre
        place = ((centre.commune_name or "").split(" ", 1)[-1] or centre.name) if centre else ""
        line = message(
            "centre_sheet.date",
            self._language,
            place=place,
            d=today.day,
            m=today.month,
            y=today.year,
        )
        return escape(line)

    def _signatures(self, today: dt.date, left: str, right: str) -> str:
        return (
            '<br/><table width="100%"><tr>'
            f'<td width="50%" align="center"><b>{left}</b><br/><i>'
            + self.tr("(signature and full name)")
            + '</i></td><td width="50%" align="center"><i>'
            + self._place_and_date(today)
            + f"</i><br/><b>{right}</b><br/><i>"
            + self.tr("(signature, full name and stamp)")
            + "</i></td></tr></table>"
        )

    @staticmethod
    def _born(learner: GridLearner) -> str:
        return str(learner.birth_year) if learner.birth_year else ""

    def _walk_in_rows(self, after: int, columns: int) -> list[str]:
        """Blank numbered lines for walk-ins (not enrolled) to write their name and sign."""
        head = (
            f'<tr><td {_CELL} colspan="{columns}"><i>'
            + self.tr("Walk-ins (not enrolled): write your full name and sign")
            + "</i></td></tr>"
        )
        blank = "".join(f"<td {_CELL}>&nbsp;</td>" for _ in range(columns - 1))
        return [head] + [
            f'<tr><td {_CELL} align="right">{after + n}</td>{blank}</tr>'
            for n in range(1, WALK_IN_LINES + 1)
        ]

    # -- the documents ---------------------------------------------------------------------
    def sign_in_sheet(
        self, grid: ClassGrid, sessions: Sequence[SessionInfo], title_period: str, today: dt.date
    ) -> str:
        """A row per learner expected at any of ``sessions``, a column per session date and
        a signature column."""
        ids = {s.session_id for s in sessions}
        learners = [
            learner
            for learner in grid.learners
            if any(grid.is_expected(learner.learner_id, sid) for sid in ids)
        ]
        head = (
            f"<th {_CELL}>" + self.tr("No.") + "</th>"
            f'<th {_CELL} width="28%">' + self.tr("Full name") + "</th>"
            f"<th {_CELL}>"
            + self.tr("Born")
            + "</th>"
            + "".join(f"<th {_DATE_CELL}>{s.date.strftime('%d/%m')}</th>" for s in sessions)
            + f'<th {_CELL} width="14%">'
            + self.tr("Signature")
            + "</th>"
        )
        rows = []
        for number, learner in enumerate(learners, 1):
            cells = "".join(
                f"<td {_CELL}>&nbsp;</td>"
                if grid.is_expected(learner.learner_id, s.session_id)
                else f'<td {_CELL} bgcolor="#dddddd" align="center">–</td>'
                for s in sessions
            )
            rows.append(
                f'<tr><td {_CELL} align="right">{number}</td>'
                f"<td {_CELL}>{escape(learner.full_name)}</td>"
                f'<td {_CELL} align="center">{self._born(learner)}</td>{cells}'
                f"<td {_CELL}>&nbsp;</td></tr>"
            )
        talk = grid.kind == ClassKind.EVENT.value
        if talk:
            rows += self._walk_in_rows(len(learners), len(sessions) + 4)
        return (
            self._header()
            + '<h2 align="center">'
            + (self.tr("LIST OF PARTICIPANTS") if talk else self.tr("ATTENDANCE SIGN-IN SHEET"))
            + "</h2>"
            + f'<p align="center">{escape(title_period)}</p>'
            + self._class_line(grid)
            + '<table width="100%" cellspacing="0" cellpadding="7"'
            ' style="border-collapse: collapse;">'
            + f'<thead><tr bgcolor="#eeeeee">{head}</tr></thead>'
            + "".join(rows)
            + "</table><p><i>"
            + (
                self.tr("Participants sign in the column of the session they attend.")
                if talk
                else self.tr("Learners sign in the column of each session they attend.")
            )
            + "</i></p>"
            + self._signatures(
                today,
                self.tr("Speaker") if talk else self.tr("Facilitator"),
                self.tr("Centre director"),
            )
        )

    def summary(self, grid: ClassGrid, today: dt.date) -> str:
        """Rates per learner over the held sessions up to ``today``."""
        counted = [s for s in grid.sessions if grid.counts(s)]
        cancelled = sum(not s.held for s in grid.sessions if s.date <= today)
        head = (
            (
                f"<th {_CELL}>"
                + self.tr("No.")
                + f'</th><th {_CELL} width="26%">'
                + self.tr("Full name")
                + "</th>"
            )
            + "".join(
                f"<th {_DATE_CELL}>{text}</th>"
                for text in (
                    self.tr("Born"),
                    self.tr("Expected"),
                    self.tr("Present"),
                    self.tr("Late"),
                    self.tr("Excused"),
                    self.tr("Absent"),
                    self.tr("No roll call"),
                )
            )
            + f'<th {_DATE_CELL} width="9%">'
            + self.tr("Rate")
            + "</th>"
        )
        rows = []
        for number, learner in enumerate(grid.learners, 1):
            marks = [
                grid.mark(learner.learner_id, s.session_id)
                for s in counted
                if grid.is_expected(learner.learner_id, s.session_id)
            ]
            rate = grid.learner_rate(learner.learner_id)
            numbers = (
                rate.expected,
                marks.count(MarkStatus.PRESENT.value),
                marks.count(MarkStatus.LATE.value),
                marks.count(MarkStatus.EXCUSED.value),
                marks.count(MarkStatus.ABSENT.value),
                grid.unmarked(learner.learner_id),
            )
            rows.append(
                f'<tr><td {_CELL} align="right">{number}</td>'
                f"<td {_CELL}>{escape(learner.full_name)}</td>"
                f'<td {_CELL} align="center">{self._born(learner)}</td>'
                + "".join(f'<td {_CELL} align="right">{n}</td>' for n in numbers)
                + f'<td {_CELL} align="right">{self._percent(rate.value, sign=False)}</td>'
                + "</tr>"
            )
        total = grid.class_rate()
        unmarked = grid.unmarked_sessions()
        awaiting = (
            " "
            + fill(
                self.tr(
                    "%n held session(s) without a roll call (%1): everyone expected there "
                    "counts as not present.",
                    "",
                    len(unmarked),
                ),
                ", ".join(s.date.strftime("%d/%m") for s in unmarked),
            )
            if unmarked
            else ""
        )
        facts = (
            fill(
                self.tr("Sessions held up to %1: %2; did not take place: %3."),
                format_date(today),
                len(counted),
                cancelled,
            )
            + " "
            + fill(
                self.tr(
                    "Attendance rate of the class: %1 (%2 of %n expected attendance(s)).",
                    "",
                    total.expected,
                ),
                self._percent(total.value),
                total.attended,
            )
            + awaiting
        )
        return (
            self._header()
            + '<h2 align="center">'
            + self.tr("ATTENDANCE SUMMARY")
            + "</h2>"
            + self._class_line(grid)
            + f"<p>{facts}</p>"
            + '<table width="100%" cellspacing="0" style="border-collapse: collapse;">'
            + f'<thead><tr bgcolor="#eeeeee">{head}</tr></thead>'
            + "".join(rows)
            + "</table><p><i>"
            + self.tr(
                "Expected: held sessions from the learner's enrolment to their withdrawal. "
                "No roll call: expected at a held session without a mark. "
                "Rate: present or late, over expected."
            )
            + "</i></p>"
            + self._signatures(today, self.tr("Facilitator"), self.tr("Centre director"))
        )

    def certificate(self, grid: ClassGrid, learner: GridLearner, today: dt.date) -> str:
        sessions = [s.date for s in grid.sessions if s.held]
        first = grid.start_date or (sessions[0] if sessions else None)
        last = grid.end_date or (sessions[-1] if sessions else None)
        title = {Sex.MALE.value: self.tr("Mr"), Sex.FEMALE.value: self.tr("Ms")}.get(
            learner.sex, ""
        )
        name = escape(learner.full_name)
        centre = escape(self._centre.name) if self._centre else ""
        lines = [
            '<span style="font-size: 24pt;">'
            + (title + " " if title else "")
            + f"<b>{name}</b></span>"
        ]
        if learner.birth_date:
            lines.append(fill(self.tr("Date of birth: %1"), format_date(learner.birth_date)))
        elif learner.birth_year:
            lines.append(fill(self.tr("Year of birth: %1"), learner.birth_year))
        lines.append(
            fill(
                self.tr("has attended and completed the class: %1"),
                f"<b>{escape(grid.class_name)}</b>",
            )
        )
        if first and last:
            lines.append(fill(self.tr("from %1 to %2"), format_date(first), format_date(last)))
        body = "".join(f'<p align="center">{line}</p>' for line in lines)
        number = fill(self.tr("No.: %1/GCN"), "………")
        return (
            '<table width="97%" align="center" cellpadding="12"'
            ' style="border: 4px double #1f4e5f;"><tr><td>'
            + self._header()
            + f'<table width="46%"><tr><td align="center">{number}</td></tr></table>'
            + '<p align="center" style="color: #1f4e5f; font-size: 28pt;"><b>'
            + self.tr("CERTIFICATE OF ATTENDANCE")
            + "</b></p>"
            + '<p align="center">'
            + fill(self.tr("%1 certifies that"), f"<b>{centre}</b>")
            + "</p>"
            + body
            + '<br/><table width="100%"><tr><td width="50%"></td>'
            + '<td width="50%" align="center"><i>'
            + self._place_and_date(today)
            + "</i><br/><b>"
            + self.tr("Centre director")
            + "</b><br/><i>"
            + self.tr("(signature, full name and stamp)")
            + "</i></td></tr></table>"
            + "</td></tr></table>"
        )

    def _percent(self, value: float | None, *, sign: bool = True) -> str:
        if value is None:
            return "–"
        return self._locale.toString(value * 100, "f", 1) + (" %" if sign else "")
