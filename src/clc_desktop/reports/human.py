"""The human sheet of a centre report, laid out like a Vietnamese administrative report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from clc_desktop.domain.codes import TOPIC_LABELS_EN, TOPIC_LABELS_VI, Topic
from clc_desktop.domain.periods import Period
from clc_desktop.reports.cube import ALL, Cube, Key
from clc_desktop.reports.indicators import UncountedMarks
from clc_desktop.reports.workbook import SheetPen
from clc_desktop.services.centre import CentreProfile

_LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "sheet": "Báo cáo",
        "motto1": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "motto2": "Độc lập - Tự do - Hạnh phúc",
        "title": "BÁO CÁO HOẠT ĐỘNG TRUNG TÂM HỌC TẬP CỘNG ĐỒNG",
        "period": "Kỳ báo cáo: {code} (từ {start} đến {end})",
        "date": "{place}, ngày {d:02d} tháng {m:02d} năm {y}",
        "t1": "I. LỚP HỌC, BUỔI HỌC VÀ GIỜ HỌC THEO CHỦ ĐỀ",
        "t2": "II. HỌC VIÊN VÀ LƯỢT NGƯỜI THAM GIA THEO CHỦ ĐỀ",
        "t3": "III. HỌC VIÊN THEO ĐỘ TUỔI VÀ GIỚI TÍNH",
        "t4": "IV. ĐỐI TƯỢNG ƯU TIÊN",
        "t5": "V. CHUYÊN CẦN",
        "no": "STT",
        "topic": "Chủ đề",
        "classes": "Số lớp",
        "held": "Buổi đã tổ chức",
        "cancelled": "Buổi không diễn ra",
        "hours": "Số giờ học",
        "learners": "Học viên",
        "female": "Trong đó nữ",
        "enrolments": "Lượt ghi danh",
        "participations": "Lượt người tham gia",
        "walk_ins": "Trong đó vãng lai",
        "completions": "Hoàn thành khóa học",
        "total": "Tổng cộng",
        "band": "Độ tuổi",
        "male": "Nam",
        "women": "Nữ",
        "unknown": "Không rõ",
        "all": "Tổng",
        "under_15": "Dưới 15 tuổi",
        "15_25": "15 - 25 tuổi",
        "26_35": "26 - 35 tuổi",
        "36_60": "36 - 60 tuổi",
        "over_60": "Trên 60 tuổi",
        "age_unknown": "Không rõ tuổi",
        "15_35": "Trong đó 15 - 35 tuổi",
        "15_60": "Trong đó 15 - 60 tuổi",
        "group": "Nhóm",
        "ethnic_minority": "Người dân tộc thiểu số",
        "disability": "Người khuyết tật",
        "expected": "Lượt dự kiến (học viên ghi danh × buổi đã tổ chức)",
        "attended": "Lượt có mặt (kể cả đi muộn)",
        "absent": "Lượt vắng (có phép và không phép)",
        "unmarked": "Chưa điểm danh",
        "rate": "Tỉ lệ chuyên cần = lượt có mặt / lượt dự kiến",
        "maker": "NGƯỜI LẬP BIỂU",
        "director": "GIÁM ĐỐC TRUNG TÂM",
        "sign": "(Ký, ghi rõ họ tên)",
        "seal": "(Ký tên, đóng dấu)",
        "t6": "VI. GHI CHÚ",
        "uncounted": "Lớp «{name}», buổi ngày {date}: {marks} lượt điểm danh của người chưa "
        "ghi danh vào lớp tại ngày đó (không được tính).",
        "uncounted_more": "… và {count} buổi khác có điểm danh không được tính.",
        "charts": "Biểu đồ",
        "chart_topics": "Học viên theo chủ đề",
        "chart_ages": "Học viên theo độ tuổi và giới tính",
        "chart_rate": "Lượt có mặt và lượt dự kiến theo chủ đề",
    },
    "en": {
        "sheet": "Report",
        "motto1": "SOCIALIST REPUBLIC OF VIET NAM",
        "motto2": "Independence - Freedom - Happiness",
        "title": "COMMUNITY LEARNING CENTRE ACTIVITY REPORT",
        "period": "Period: {code} ({start} to {end})",
        "date": "{place}, {d:02d}/{m:02d}/{y}",
        "t1": "I. CLASSES, SESSIONS AND HOURS BY TOPIC",
        "t2": "II. LEARNERS AND PARTICIPATIONS BY TOPIC",
        "t3": "III. LEARNERS BY AGE AND SEX",
        "t4": "IV. PRIORITY GROUPS",
        "t5": "V. ATTENDANCE",
        "no": "No.",
        "topic": "Topic",
        "classes": "Classes",
        "held": "Sessions held",
        "cancelled": "Did not take place",
        "hours": "Hours",
        "learners": "Learners",
        "female": "of whom women",
        "enrolments": "Enrolments",
        "participations": "Participations",
        "walk_ins": "of which walk-ins",
        "completions": "Completions",
        "total": "Total",
        "band": "Age",
        "male": "Men",
        "women": "Women",
        "unknown": "Unknown",
        "all": "Total",
        "under_15": "Under 15",
        "15_25": "15 - 25",
        "26_35": "26 - 35",
        "36_60": "36 - 60",
        "over_60": "Over 60",
        "age_unknown": "Age unknown",
        "15_35": "of whom 15 - 35",
        "15_60": "of whom 15 - 60",
        "group": "Group",
        "ethnic_minority": "Ethnic minorities",
        "disability": "Disabilities",
        "expected": "Expected (enrolled learners × sessions held)",
        "attended": "Attended (including late)",
        "absent": "Absent (excused or not)",
        "unmarked": "Not marked",
        "rate": "Attendance rate = attended / expected",
        "maker": "PREPARED BY",
        "director": "CENTRE DIRECTOR",
        "sign": "(signature and full name)",
        "seal": "(signature and seal)",
        "t6": "VI. NOTES",
        "uncounted": "Class «{name}», session of {date}: {marks} marks of people not enrolled "
        "in the class on that date (not counted).",
        "uncounted_more": "… and {count} more sessions with marks that are not counted.",
        "charts": "Charts",
        "chart_topics": "Learners by topic",
        "chart_ages": "Learners by age and sex",
        "chart_rate": "Attended and expected by topic",
    },
}

_COLUMNS = 8


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

    labels = _LABELS.get(language, _LABELS["vi"])
    topics = TOPIC_LABELS_VI if language == "vi" else TOPIC_LABELS_EN
    sheet = workbook.create_sheet(labels["sheet"], 0)
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
    put(1, 4, labels["motto1"], bold, 5, centre_align)
    put(
        2,
        4,
        labels["motto2"],
        Font(name="Times New Roman", bold=True, size=12, underline="single"),
        5,
        centre_align,
    )
    place = (centre.commune_name or "").split(" ", 1)[-1] or centre.name
    put(
        4,
        4,
        labels["date"].format(place=place, d=now.day, m=now.month, y=now.year),
        Font(name="Times New Roman", italic=True, size=12),
        5,
        centre_align,
    )
    put(
        6,
        1,
        labels["title"],
        Font(name="Times New Roman", bold=True, size=14),
        _COLUMNS,
        centre_align,
    )
    put(
        7,
        1,
        labels["period"].format(
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
        rows.append(["", labels["total"], *[f(ALL) for f in columns]])
        return rows

    table(
        labels["t1"],
        [
            labels["no"],
            labels["topic"],
            labels["classes"],
            labels["held"],
            labels["cancelled"],
            labels["hours"],
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
        labels["t2"],
        [
            labels["no"],
            labels["topic"],
            labels["learners"],
            labels["female"],
            labels["enrolments"],
            labels["participations"],
            labels["walk_ins"],
            labels["completions"],
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
                labels[band],
                value("learners", ALL, ALL, band),
                value("learners", ALL, "female", band),
                value("learners", ALL, "male", band),
            ]
        )
    age_rows.append(
        [
            labels["age_unknown"],
            value("learners", ALL, ALL, "unknown"),
            value("learners", ALL, "female", "unknown"),
            value("learners", ALL, "male", "unknown"),
        ]
    )
    for label, parts in (("15_35", ["15_25", "26_35"]), ("15_60", ["15_25", "26_35", "36_60"])):
        age_rows.append(
            [
                labels[label],
                *[
                    sum(value("learners", ALL, sex, b) for b in parts)
                    for sex in (ALL, "female", "male")
                ],
            ]
        )
    age_rows.append(
        [
            labels["total"],
            value("learners"),
            value("learners", ALL, "female"),
            value("learners", ALL, "male"),
        ]
    )
    ages_header = table(
        labels["t3"],
        [labels["band"], labels["learners"], labels["female"], labels["male"]],
        age_rows,
        label_span=2,
    )
    table(
        labels["t4"],
        [labels["group"], labels["learners"], labels["female"], labels["enrolments"]],
        [
            [
                labels[g],
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
        labels["t5"],
        ["", labels["all"]],
        [
            [labels["expected"], expected],
            [labels["attended"], attended],
            [labels["absent"], absent],
            [labels["unmarked"], expected - attended - absent],
            [labels["rate"], rate],
        ],
        label_span=4,
    )
    rate_cell = sheet.cell(attendance_header + 5, 5)
    rate_cell.alignment = Alignment(horizontal="right", vertical="center")
    if expected:
        rate_cell.number_format = "0.0%"  # shown as 87,0% where Excel speaks Vietnamese

    if uncounted:
        put(row, 1, labels["t6"], bold, _COLUMNS)
        row += 1
        shown = list(uncounted)[:_MAX_NOTES]
        for item in shown:
            note = labels["uncounted"].format(
                name=item.class_name, date=item.session_date.strftime("%d/%m/%Y"), marks=item.marks
            )
            put(row, 1, "- " + note, normal, _COLUMNS)
            sheet.row_dimensions[row].height = 33
            row += 1
        if len(uncounted) > len(shown):
            put(row, 1, labels["uncounted_more"].format(count=len(uncounted) - len(shown)), normal)
            row += 1
        row += 1

    row += 1
    put(row, 1, labels["maker"], bold, 3, centre_align)
    put(row, 5, labels["director"], bold, 4, centre_align)
    put(
        row + 1,
        1,
        labels["sign"],
        Font(name="Times New Roman", italic=True, size=11),
        3,
        centre_align,
    )
    put(
        row + 1,
        5,
        labels["seal"],
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
        labels,
        topics=(topics_header, len(used)),
        ages=ages_header,
    )


#: Notes about uncounted marks listed on the sheet; the rest are summed up in one line.
_MAX_NOTES = 15


def _charts_sheet(
    workbook: Any, sheet: Any, labels: dict[str, str], topics: tuple[int, int], ages: int
) -> None:
    """A landscape A4 sheet with two charts drawn from the report sheet's tables:
    learners by topic (table II) and learners by age band and sex (table III)."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.series import SeriesLabel

    charts = workbook.create_sheet(labels["charts"], 1)
    header, count = topics
    if count:
        by_topic = BarChart()
        by_topic.type = "bar"
        by_topic.style = 10
        by_topic.title = labels["chart_topics"]
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
    by_age.title = labels["chart_ages"]
    # Table III: label over A:B, then learners, women, men; bands are its first six rows.
    by_age.add_data(Reference(sheet, min_col=4, max_col=5, min_row=ages + 1, max_row=ages + 6))
    for series, name in zip(by_age.series, (labels["women"], labels["male"]), strict=True):
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
