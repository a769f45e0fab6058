"""The human sheet of a centre report, laid out like a Vietnamese administrative report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from clc_desktop.domain.attendance import UncountedMarks
from clc_desktop.domain.centre import CentreProfile
from clc_desktop.domain.codes import TOPIC_LABELS_EN, TOPIC_LABELS_VI, Topic
from clc_desktop.domain.messages import message
from clc_desktop.domain.periods import Period
from clc_desktop.reports.cube import ALL, Cube, Key
from clc_desktop.reports.workbook import SheetPen

_COLUMNS = 8
Label = Callable[..., str]  # a sheet label by code, in the sheet's language


def topics_in_use(cube: Cube) -> list[str]:
    """The topics a report's tables show, in the code list's order: those with a session
    (held or not), an enrolment or a completion in the period."""
    return [
        topic.value
        for topic in Topic
        if any(
            cube.get(Key(indicator, topic.value), 0)
            for indicator in ("sessions_held", "sessions_cancelled", "enrolments", "completions")
        )
    ]


def centre_sheet(
    workbook: Any,
    centre: CentreProfile,
    period: Period,
    cube: Cube,
    now: dt.datetime,
    language: str = "vi",
    uncounted: Sequence[UncountedMarks] = (),
) -> None:
    """Draw the report sheet (first) and a sheet of charts into ``workbook``."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    def label(code: str, /, **params: object) -> str:
        return message(code, language, **params)

    topics = TOPIC_LABELS_VI if language == "vi" else TOPIC_LABELS_EN
    sheet = workbook.create_sheet(label("centre_sheet.sheet"), 0)
    pen = SheetPen(sheet)
    put, bold, normal, centre_align = pen.put, pen.bold, pen.normal, pen.middle

    def value(
        indicator: str, topic: str = ALL, sex: str = ALL, band: str = ALL, group: str = ALL
    ) -> int:
        return cube.get(Key(indicator, topic, sex, band, group), 0)

    # Header: the issuing unit on the left, the national motto on the right.
    put(
        1,
        1,
        (centre.parent_unit_name or centre.province_name or "").upper(),
        normal,
        3,
        centre_align,
    )
    put(2, 1, centre.name.upper(), bold, 3, centre_align)
    put(1, 4, label("report_sheet.motto1"), bold, 5, centre_align)
    put(
        2,
        4,
        label("report_sheet.motto2"),
        Font(name="Times New Roman", bold=True, size=12, underline="single"),
        5,
        centre_align,
    )
    place = (centre.commune_name or "").split(" ", 1)[-1] or centre.name
    put(
        4,
        4,
        label("centre_sheet.date", place=place, d=now.day, m=now.month, y=now.year),
        Font(name="Times New Roman", italic=True, size=12),
        5,
        centre_align,
    )
    put(
        6,
        1,
        label("centre_sheet.title"),
        Font(name="Times New Roman", bold=True, size=14),
        _COLUMNS,
        centre_align,
    )
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
        centre_align,
    )
    row = 9

    def table(
        title: str, header: list[str], rows: list[list[str | int | float]], label_span: int = 1
    ) -> int:
        """A bordered table; with ``label_span`` 2 the first column is a label over A:B.
        Returns the row of its header (the data rows follow it)."""
        nonlocal row
        put(row, 1, title, bold, _COLUMNS)
        row += 1
        header_row = row
        lines: list[tuple[list[str | int | float], Any]] = [(list(header), bold)]
        lines += [(values, normal) for values in rows]
        for values, font in lines:
            column = 1
            for index, content in enumerate(values):
                span = label_span if index == 0 else 1
                align = centre_align if font is bold else None
                put(row, column, content, font, span=span, align=align, border=True)
                column += span
            if font is bold:
                sheet.row_dimensions[row].height = 33
            row += 1
        row += 1
        return header_row

    used = topics_in_use(cube)

    def topic_rows(columns: list[Callable[[str], int | float]]) -> list[list[str | int | float]]:
        rows = [[n, topics[Topic(t)], *[f(t) for f in columns]] for n, t in enumerate(used, 1)]
        rows.append(["", label("report_sheet.total"), *[f(ALL) for f in columns]])
        return rows

    table(
        label("centre_sheet.t1"),
        [
            label("report_sheet.no"),
            label("report_sheet.topic"),
            label("report_sheet.classes"),
            label("report_sheet.held"),
            label("centre_sheet.cancelled"),
            label("report_sheet.hours"),
        ],
        topic_rows(
            [
                lambda t: value("classes", t),
                lambda t: value("sessions_held", t),
                lambda t: value("sessions_cancelled", t),
                lambda t: round(value("minutes_held", t) / 60, 1),
            ]
        ),
    )
    topics_header = table(
        label("centre_sheet.t2"),
        [
            label("report_sheet.no"),
            label("report_sheet.topic"),
            label("report_sheet.learners"),
            label("report_sheet.female"),
            label("report_sheet.enrolments"),
            label("report_sheet.participations"),
            label("centre_sheet.walk_ins"),
            label("centre_sheet.completions"),
        ],
        topic_rows(
            [
                lambda t: value("learners", t),
                lambda t: value("learners", t, "female"),
                lambda t: value("enrolments", t),
                lambda t: value("attendances", t) + value("walk_ins", t),
                lambda t: value("walk_ins", t),
                lambda t: value("completions", t),
            ]
        ),
    )
    bands = ["under_15", "15_25", "26_35", "36_60", "over_60"]
    age_rows: list[list[str | int | float]] = []
    for band in bands:
        age_rows.append(
            [
                label(f"centre_sheet.{band}"),
                value("learners", ALL, ALL, band),
                value("learners", ALL, "female", band),
                value("learners", ALL, "male", band),
            ]
        )
    age_rows.append(
        [
            label("centre_sheet.age_unknown"),
            value("learners", ALL, ALL, "unknown"),
            value("learners", ALL, "female", "unknown"),
            value("learners", ALL, "male", "unknown"),
        ]
    )
    for key, parts in (("15_35", ["15_25", "26_35"]), ("15_60", ["15_25", "26_35", "36_60"])):
        age_rows.append(
            [
                label(f"centre_sheet.{key}"),
                *[
                    sum(value("learners", ALL, sex, b) for b in parts)
                    for sex in (ALL, "female", "male")
                ],
            ]
        )
    age_rows.append(
        [
            label("report_sheet.total"),
            value("learners"),
            value("learners", ALL, "female"),
            value("learners", ALL, "male"),
        ]
    )
    ages_header = table(
        label("centre_sheet.t3"),
        [
            label("centre_sheet.band"),
            label("report_sheet.learners"),
            label("report_sheet.female"),
            label("centre_sheet.male"),
        ],
        age_rows,
        label_span=2,
    )
    table(
        label("centre_sheet.t4"),
        [
            label("centre_sheet.group"),
            label("report_sheet.learners"),
            label("report_sheet.female"),
            label("report_sheet.enrolments"),
        ],
        [
            [
                label(f"centre_sheet.{g}"),
                value("learners", group=g),
                value("learners", sex="female", group=g),
                value("enrolments", group=g),
            ]
            for g in ("ethnic_minority", "disability")
        ],
        label_span=2,
    )
    expected, attended = value("expected_attendances"), value("attendances")
    absent = value("absences")
    rate: str | float = attended / expected if expected else "–"
    attendance_header = table(
        label("centre_sheet.t5"),
        ["", label("centre_sheet.all")],
        [
            [label("centre_sheet.expected"), expected],
            [label("centre_sheet.attended"), attended],
            [label("centre_sheet.absent"), absent],
            [label("centre_sheet.unmarked"), expected - attended - absent],
            [label("centre_sheet.rate"), rate],
        ],
        label_span=4,
    )
    rate_cell = sheet.cell(attendance_header + 5, 5)
    rate_cell.alignment = Alignment(horizontal="right", vertical="center")
    if expected:
        rate_cell.number_format = "0.0%"  # shown as 87,0% where Excel speaks Vietnamese

    if uncounted:
        put(row, 1, label("centre_sheet.t6"), bold, _COLUMNS)
        row += 1
        shown = list(uncounted)[:_MAX_NOTES]
        for item in shown:
            note = label(
                "centre_sheet.uncounted",
                name=item.class_name,
                date=item.session_date.strftime("%d/%m/%Y"),
                marks=item.marks,
            )
            put(row, 1, "- " + note, normal, _COLUMNS)
            sheet.row_dimensions[row].height = 33
            row += 1
        if len(uncounted) > len(shown):
            more = len(uncounted) - len(shown)
            put(row, 1, label("centre_sheet.uncounted_more", count=more), normal)
            row += 1
        row += 1

    row += 1
    put(row, 1, label("report_sheet.maker"), bold, 3, centre_align)
    put(row, 5, label("centre_sheet.director"), bold, 4, centre_align)
    put(
        row + 1,
        1,
        label("report_sheet.sign"),
        Font(name="Times New Roman", italic=True, size=11),
        3,
        centre_align,
    )
    put(
        row + 1,
        5,
        label("report_sheet.seal"),
        Font(name="Times New Roman", italic=True, size=11),
        4,
        centre_align,
    )

    widths = [7, 30, 12, 13, 13, 13, 13, 13]
    for column, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.oddFooter.center.text = "&P / &N"

    _charts_sheet(
        workbook,
        sheet,
        label,
        topics=(topics_header, len(used)),
        ages=ages_header,
    )


#: Notes about uncounted marks listed on the sheet; the rest are summed up in one line.
_MAX_NOTES = 15


def _charts_sheet(
    workbook: Any, sheet: Any, label: Label, topics: tuple[int, int], ages: int
) -> None:
    """A landscape A4 sheet with two charts drawn from the report sheet's tables:
    learners by topic (table II) and learners by age band and sex (table III)."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.series import SeriesLabel

    charts = workbook.create_sheet(label("centre_sheet.charts"), 1)
    header, count = topics
    if count:
        by_topic = BarChart()
        by_topic.type = "bar"
        by_topic.style = 10
        by_topic.title = label("centre_sheet.chart_topics")
        by_topic.legend = None
        by_topic.add_data(
            Reference(sheet, min_col=3, max_col=3, min_row=header, max_row=header + count),
            titles_from_data=True,
        )
        by_topic.set_categories(
            Reference(sheet, min_col=2, max_col=2, min_row=header + 1, max_row=header + count)
        )
        by_topic.y_axis.majorGridlines = None
        by_topic.x_axis.scaling.orientation = "maxMin"  # first topic on top, as in the table
        by_topic.x_axis.tickLblSkip = 1  # every topic named, none skipped
        by_topic.height, by_topic.width = 11, 24
        charts.add_chart(by_topic, "A1")

    by_age = BarChart()
    by_age.type = "col"
    by_age.style = 10
    by_age.title = label("centre_sheet.chart_ages")
    # Table III: label over A:B, then learners, women, men; bands are its first six rows.
    by_age.add_data(Reference(sheet, min_col=4, max_col=5, min_row=ages + 1, max_row=ages + 6))
    for series, name in zip(
        by_age.series, (label("centre_sheet.women"), label("centre_sheet.male")), strict=True
    ):
        series.tx = SeriesLabel(v=name)
    by_age.set_categories(
        Reference(sheet, min_col=1, max_col=1, min_row=ages + 1, max_row=ages + 6)
    )
    by_age.height, by_age.width = 9, 24
    charts.add_chart(by_age, "A24")
    charts.page_setup.paperSize = charts.PAPERSIZE_A4
    charts.page_setup.orientation = "portrait"
    charts.sheet_properties.pageSetUpPr.fitToPage = True
    charts.page_setup.fitToWidth = 1
    charts.page_setup.fitToHeight = 1
