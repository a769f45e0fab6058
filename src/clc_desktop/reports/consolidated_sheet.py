"""The human sheet of a consolidated report, in the style of a Vietnamese administrative
report: the totals by topic, a row for each unit summed, the units that did not report
(with contact and phone), the warnings, and a chart of learners by unit.

It takes plain data (:class:`ConsolidatedView`), so it knows nothing of the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from clc_desktop.domain.codes import TOPIC_LABELS_EN, TOPIC_LABELS_VI, Topic
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


_LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "sheet": "Tổng hợp",
        "motto1": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "motto2": "Độc lập - Tự do - Hạnh phúc",
        "title": "BÁO CÁO TỔNG HỢP HOẠT ĐỘNG CÁC TRUNG TÂM HỌC TẬP CỘNG ĐỒNG",
        "period": "Kỳ báo cáo: {code} (từ {start} đến {end})",
        "date": "Ngày {d:02d} tháng {m:02d} năm {y}",
        "received": "Đã nhận {got} báo cáo; {missing} đơn vị chưa báo cáo (trên {expected} "
        "đơn vị phải báo cáo).",
        "t1": "I. TỔNG HỢP THEO CHỦ ĐỀ",
        "t2": "II. TỔNG HỢP THEO ĐƠN VỊ",
        "t3": "III. ĐƠN VỊ CHƯA BÁO CÁO",
        "t4": "IV. LƯU Ý KHI TỔNG HỢP",
        "late": "Báo cáo muộn: {names}",
        "none_missing": "Tất cả các đơn vị đã báo cáo.",
        "warning": "Báo cáo của «{unit}» khác với bản đã được tính trong báo cáo của «{by}» "
        "(mã {listed}… / {stored}…): số liệu lấy theo báo cáo của «{by}».",
        "no": "STT",
        "topic": "Chủ đề",
        "unit": "Đơn vị",
        "level": "Cấp",
        "centres": "Số TTHTCĐ",
        "classes": "Số lớp",
        "held": "Buổi đã tổ chức",
        "hours": "Số giờ học",
        "learners": "Học viên",
        "female": "Trong đó nữ",
        "enrolments": "Lượt ghi danh",
        "participations": "Lượt người tham gia",
        "rate": "Tỉ lệ chuyên cần",
        "contact": "Người liên hệ",
        "phone": "Điện thoại",
        "total": "Tổng cộng",
        "chart": "Học viên theo đơn vị",
        "maker": "NGƯỜI LẬP BIỂU",
        "head": "THỦ TRƯỞNG ĐƠN VỊ",
        "sign": "(Ký, ghi rõ họ tên)",
        "seal": "(Ký tên, đóng dấu)",
    },
    "en": {
        "sheet": "Consolidated",
        "motto1": "SOCIALIST REPUBLIC OF VIET NAM",
        "motto2": "Independence - Freedom - Happiness",
        "title": "CONSOLIDATED REPORT OF COMMUNITY LEARNING CENTRES",
        "period": "Period: {code} ({start} to {end})",
        "date": "{d:02d}/{m:02d}/{y}",
        "received": "{got} reports received; {missing} units have not reported ({expected} "
        "units expected).",
        "t1": "I. TOTALS BY TOPIC",
        "t2": "II. TOTALS BY UNIT",
        "t3": "III. UNITS THAT HAVE NOT REPORTED",
        "t4": "IV. NOTES ON THIS CONSOLIDATION",
        "late": "Reported late: {names}",
        "none_missing": "Every unit has reported.",
        "warning": "The report of «{unit}» differs from the one counted in the report of "
        "«{by}» ({listed}… / {stored}…): the numbers of «{by}» are used.",
        "no": "No.",
        "topic": "Topic",
        "unit": "Unit",
        "level": "Level",
        "centres": "Centres",
        "classes": "Classes",
        "held": "Sessions held",
        "hours": "Hours",
        "learners": "Learners",
        "female": "of whom women",
        "enrolments": "Enrolments",
        "participations": "Participations",
        "rate": "Attendance rate",
        "contact": "Contact",
        "phone": "Phone",
        "total": "Total",
        "chart": "Learners by unit",
        "maker": "PREPARED BY",
        "head": "HEAD OF UNIT",
        "sign": "(signature and full name)",
        "seal": "(signature and seal)",
    },
}

_COLUMNS = 10
#: Labels of the usual level codes (levels are free text; others are shown as they are).
_LEVELS: dict[str, dict[str, str]] = {
    "vi": {
        "centre": "TTHTCĐ",
        "commune": "Xã, phường",
        "cluster": "Cụm",
        "district": "Quận, huyện",
        "city": "Thành phố",
        "province": "Tỉnh",
    },
    "en": {},
}


def consolidated_sheet(
    workbook: Any, view: ConsolidatedView, now: dt.datetime, language: str = "vi"
) -> None:
    """Draw the consolidated report's sheet into ``workbook`` (first sheet)."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    labels = _LABELS.get(language, _LABELS["vi"])
    levels = _LEVELS.get(language, {})
    topics = TOPIC_LABELS_VI if language == "vi" else TOPIC_LABELS_EN
    sheet = workbook.create_sheet(labels["sheet"], 0)
    pen = SheetPen(sheet)
    put, bold, normal, italic, middle = pen.put, pen.bold, pen.normal, pen.italic, pen.middle

    def value(cube: Cube, indicator: str, topic: str = ALL, sex: str = ALL) -> int:
        return cube.get(Key(indicator, topic, sex), 0)

    put(1, 1, view.parent_name.upper(), normal, 4, middle)
    put(2, 1, view.unit_name.upper(), bold, 4, middle)
    put(1, 5, labels["motto1"], bold, 6, middle)
    put(
        2,
        5,
        labels["motto2"],
        Font(name="Times New Roman", bold=True, size=12, underline="single"),
        6,
        middle,
    )
    put(4, 5, labels["date"].format(d=now.day, m=now.month, y=now.year), italic, 6, middle)
    put(6, 1, labels["title"], Font(name="Times New Roman", bold=True, size=14), _COLUMNS, middle)
    period = view.period
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
        middle,
    )
    put(
        8,
        1,
        labels["received"].format(
            got=len(view.children), missing=len(view.missing), expected=view.expected_count
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
        labels["t1"],
        [
            labels["no"],
            labels["topic"],
            labels["classes"],
            labels["held"],
            labels["hours"],
            labels["learners"],
            labels["female"],
            labels["participations"],
        ],
        [topic_line(n, topics[Topic(t)], t) for n, t in enumerate(used, 1)]
        + [topic_line("", labels["total"], ALL)],
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
        labels["t2"],
        [
            labels["no"],
            labels["unit"],
            labels["level"],
            labels["centres"],
            labels["classes"],
            labels["held"],
            labels["learners"],
            labels["participations"],
            labels["rate"],
        ],
        [
            unit_line(n, c.name, levels.get(c.level, c.level), c.totals)
            for n, c in enumerate(children, 1)
        ]
        + [unit_line("", labels["total"], "", cube)],
    )
    chart_anchor_row = row
    if children:
        chart = BarChart()
        chart.type = "bar"
        chart.title = labels["chart"]
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
            labels["t3"],
            [labels["no"], labels["unit"], labels["contact"], labels["phone"]],
            [[n, m.name, m.contact, m.phone] for n, m in enumerate(view.missing, 1)],
            spans=(1, 3, 4, 2),
        )
    else:
        put(row, 1, labels["t3"], bold, _COLUMNS)
        put(row + 1, 1, labels["none_missing"], normal, _COLUMNS)
        row += 3
    notes = []
    if view.late:
        notes.append(labels["late"].format(names=", ".join(sorted(view.late))))
    for unit, by, listed, stored in view.warnings:
        notes.append(labels["warning"].format(unit=unit, by=by, listed=listed, stored=stored))
    if notes:
        put(row, 1, labels["t4"], bold, _COLUMNS)
        row += 1
        for note in notes:
            put(row, 1, f"- {note}", normal, _COLUMNS)
            sheet.row_dimensions[row].height = 33
            row += 1
        row += 1

    row += 1
    put(row, 1, labels["maker"], bold, 4, middle)
    put(row, 6, labels["head"], bold, 5, middle)
    put(row + 1, 1, labels["sign"], Font(name="Times New Roman", italic=True, size=11), 4, middle)
    put(row + 1, 6, labels["seal"], Font(name="Times New Roman", italic=True, size=11), 5, middle)

    for column, width in enumerate([6, 24, 14, 12, 10, 9, 11, 11, 13, 12], 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
