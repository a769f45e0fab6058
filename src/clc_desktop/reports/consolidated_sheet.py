"""The human sheet of a consolidated report, in the style of a Vietnamese administrative
report: the totals by topic, a row for each unit summed, the units that did not report
(with contact and phone), the warnings, and a chart of learners by unit.

It takes plain data (:class:`ConsolidatedView`), so it knows nothing of the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from clc_desktop.domain.codes import TOPIC_LABELS_EN, TOPIC_LABELS_VI, Topic, unit_level_label
from clc_desktop.domain.messages import message
from clc_desktop.domain.periods import Period
from clc_desktop.reports.cube import ALL, Cube, Key
from clc_desktop.reports.workbook import SheetPen


@dataclass(frozen=True, slots=True)
class ChildRow:
    """A unit whose report was summed, with its report's ``_all`` totals."""

    name: str
    level: str
    totals: Cube


@dataclass(frozen=True, slots=True)
class MissingRow:
    name: str
    contact: str
    phone: str


@dataclass
class ConsolidatedView:
    unit_name: str
    period: Period
    cube: Cube
    children: list[ChildRow]
    missing: list[MissingRow] = field(default_factory=list)
    late: list[str] = field(default_factory=list)
    #: (covered unit, covering unit, hash listed, hash imported) where they differ
    warnings: list[tuple[str, str, str, str]] = field(default_factory=list)
    parent_name: str = ""
    expected_count: int = 0


_COLUMNS = 10


def consolidated_sheet(
    workbook: Any, view: ConsolidatedView, now: dt.datetime, language: str = "vi"
) -> None:
    """Draw the consolidated report's sheet into ``workbook`` (first sheet)."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    def label(code: str, /, **params: object) -> str:
        return message(code, language, **params)

    topics = TOPIC_LABELS_VI if language == "vi" else TOPIC_LABELS_EN
    sheet = workbook.create_sheet(label("consolidated_sheet.sheet"), 0)
    pen = SheetPen(sheet)
    put, bold, normal, italic, middle = pen.put, pen.bold, pen.normal, pen.italic, pen.middle

    def value(cube: Cube, indicator: str, topic: str = ALL, sex: str = ALL) -> int:
        return cube.get(Key(indicator, topic, sex), 0)

    put(1, 1, view.parent_name.upper(), normal, 4, middle)
    put(2, 1, view.unit_name.upper(), bold, 4, middle)
    put(1, 5, label("report_sheet.motto1"), bold, 6, middle)
    put(
        2,
        5,
        label("report_sheet.motto2"),
        Font(name="Times New Roman", bold=True, size=12, underline="single"),
        6,
        middle,
    )
    put(
        4,
        5,
        label("consolidated_sheet.date", d=now.day, m=now.month, y=now.year),
        italic,
        6,
        middle,
    )
    put(
        6,
        1,
        label("consolidated_sheet.title"),
        Font(name="Times New Roman", bold=True, size=14),
        _COLUMNS,
        middle,
    )
    period = view.period
    put(
        7,
        1,
        label(
            "report_sheet.period",
            code=period.code,
            start=period.start.strftime("%d/%m/%Y"),
            end=period.end.strftime("%d/%m/%Y"),
        ),
        normal,
        _COLUMNS,
        middle,
    )
    put(
        8,
        1,
        label(
            "consolidated_sheet.received",
            got=len(view.children),
            missing=len(view.missing),
            expected=view.expected_count,
        ),
        italic,
        _COLUMNS,
        middle,
    )
    row = 10

    def table(
        title: str, header: list[str], lines: list[list[Any]], spans: tuple[int, ...] = ()
    ) -> int:
        """A bordered table; the second column spans two cells unless ``spans`` says how
        many each column spans. Returns its first row."""
        nonlocal row
        put(row, 1, title, bold, _COLUMNS)
        row += 1
        first = row
        rows: list[list[str | int | float]] = [list(header), *lines]
        for index, values in enumerate(rows):
            font = bold if index == 0 else normal
            column = 1
            for position, content in enumerate(values):
                span = spans[position] if spans else (2 if position == 1 else 1)
                align = middle if index == 0 else None
                put(row, column, content, font, span, align, border=True)
                column += span
            if index == 0:
                sheet.row_dimensions[row].height = 33
            row += 1
        row += 1
        return first

    cube = view.cube
    used = [
        t.value
        for t in Topic
        if value(cube, "sessions_held", t.value) or value(cube, "enrolments", t.value)
    ]

    def topic_line(number: str | int, label: str, topic: str) -> list[str | int | float]:
        return [
            number,
            label,
            value(cube, "classes", topic),
            value(cube, "sessions_held", topic),
            round(value(cube, "minutes_held", topic) / 60, 1),
            value(cube, "learners", topic),
            value(cube, "learners", topic, "female"),
            value(cube, "attendances", topic) + value(cube, "walk_ins", topic),
        ]

    table(
        label("consolidated_sheet.t1"),
        [
            label("report_sheet.no"),
            label("report_sheet.topic"),
            label("report_sheet.classes"),
            label("report_sheet.held"),
            label("report_sheet.hours"),
            label("report_sheet.learners"),
            label("report_sheet.female"),
            label("report_sheet.participations"),
        ],
        [topic_line(n, topics[Topic(t)], t) for n, t in enumerate(used, 1)]
        + [topic_line("", label("report_sheet.total"), ALL)],
    )

    def rate(totals: Cube) -> str:
        expected = value(totals, "expected_attendances")
        if not expected:
            return "–"
        text = f"{value(totals, 'attendances') / expected * 100:.1f} %"
        return text.replace(".", ",") if language == "vi" else text

    def unit_line(number: str | int, name: str, level: str, totals: Cube) -> list[Any]:
        return [
            number,
            name,
            level,
            value(totals, "centres"),
            value(totals, "classes"),
            value(totals, "sessions_held"),
            value(totals, "learners"),
            value(totals, "attendances") + value(totals, "walk_ins"),
            rate(totals),
        ]

    children = sorted(view.children, key=lambda c: c.name)
    first = table(
        label("consolidated_sheet.t2"),
        [
            label("report_sheet.no"),
            label("consolidated_sheet.unit"),
            label("consolidated_sheet.level"),
            label("consolidated_sheet.centres"),
            label("report_sheet.classes"),
            label("report_sheet.held"),
            label("report_sheet.learners"),
            label("report_sheet.participations"),
            label("consolidated_sheet.rate"),
        ],
        [
            unit_line(n, c.name, unit_level_label(c.level, language), c.totals)
            for n, c in enumerate(children, 1)
        ]
        + [unit_line("", label("report_sheet.total"), "", cube)],
    )
    chart_anchor_row = row
    if children:
        chart = BarChart()
        chart.type = "bar"
        chart.title = label("consolidated_sheet.chart")
        chart.legend = None
        chart.height = max(7.5, 0.5 * len(children) + 3)
        chart.width = 18
        # Learners: column H (No. A, unit B:C, level D, centres E, classes F, sessions G).
        data = Reference(sheet, min_col=8, min_row=first, max_row=first + len(children))
        names = Reference(sheet, min_col=2, min_row=first + 1, max_row=first + len(children))
        chart.add_data(data, titles_from_data=True)
        chart.y_axis.scaling.min = 0  # bars measured from zero, never from a cut-off axis
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        chart.set_categories(names)
        sheet.add_chart(chart, f"A{chart_anchor_row}")
        row += int(chart.height * 2) + 2

    if view.missing:
        table(
            label("consolidated_sheet.t3"),
            [
                label("report_sheet.no"),
                label("consolidated_sheet.unit"),
                label("consolidated_sheet.contact"),
                label("consolidated_sheet.phone"),
            ],
            [[n, m.name, m.contact, m.phone] for n, m in enumerate(view.missing, 1)],
            spans=(1, 3, 4, 2),
        )
    else:
        put(row, 1, label("consolidated_sheet.t3"), bold, _COLUMNS)
        put(row + 1, 1, label("consolidated_sheet.none_missing"), normal, _COLUMNS)
        row += 3
    notes = []
    if view.late:
        notes.append(label("consolidated_sheet.late", names=", ".join(sorted(view.late))))
    for unit, by, listed, stored in view.warnings:
        notes.append(
            label("consolidated_sheet.warning", unit=unit, by=by, listed=listed, stored=stored)
        )
    if notes:
        put(row, 1, label("consolidated_sheet.t4"), bold, _COLUMNS)
        row += 1
        for note in notes:
            put(row, 1, f"- {note}", normal, _COLUMNS)
            sheet.row_dimensions[row].height = 33
            row += 1
        row += 1

    row += 1
    put(row, 1, label("report_sheet.maker"), bold, 4, middle)
    put(row, 6, label("consolidated_sheet.head"), bold, 5, middle)
    put(
        row + 1,
        1,
        label("report_sheet.sign"),
        Font(name="Times New Roman", italic=True, size=11),
        4,
        middle,
    )
    put(
        row + 1,
        6,
        label("report_sheet.seal"),
        Font(name="Times New Roman", italic=True, size=11),
        5,
        middle,
    )

    for column, width in enumerate([6, 24, 14, 12, 10, 9, 11, 11, 13, 12], 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
