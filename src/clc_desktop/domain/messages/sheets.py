"""Labels of the sheets and lists the core writes for people: the human sheets of report
workbooks (the centre's report, the consolidated report) and the completeness list, by
code, in both languages.

Merged into :data:`clc_desktop.domain.messages.MESSAGES`; look them up with
:func:`~clc_desktop.domain.messages.message`.
"""

from __future__ import annotations

from typing import Final

SHEET_MESSAGES: Final[dict[str, dict[str, str]]] = {
    # -- shared by both report sheets --------------------------------------------------------
    "report_sheet.motto1": {
        "vi": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "en": "SOCIALIST REPUBLIC OF VIET NAM",
    },
    "report_sheet.motto2": {
        "vi": "Độc lập - Tự do - Hạnh phúc",
        "en": "Independence - Freedom - Happiness",
    },
    "report_sheet.period": {
        "vi": "Kỳ báo cáo: {code} (từ {start} đến {end})",
        "en": "Period: {code} ({start} to {end})",
    },
    "report_sheet.no": {
        "vi": "STT",
        "en": "No.",
    },
    "report_sheet.topic": {
        "vi": "Chủ đề",
        "en": "Topic",
    },
    "report_sheet.classes": {
        "vi": "Số lớp",
        "en": "Classes",
    },
    "report_sheet.held": {
        "vi": "Buổi đã tổ chức",
        "en": "Sessions held",
    },
    "report_sheet.hours": {
        "vi": "Số giờ học",
        "en": "Hours",
    },
    "report_sheet.learners": {
        "vi": "Học viên",
        "en": "Learners",
    },
    "report_sheet.female": {
        "vi": "Trong đó nữ",
        "en": "of whom women",
    },
    "report_sheet.enrolments": {
        "vi": "Lượt ghi danh",
        "en": "Enrolments",
    },
    "report_sheet.participations": {
        "vi": "Lượt người tham gia",
        "en": "Participations",
    },
    "report_sheet.total": {
        "vi": "Tổng cộng",
        "en": "Total",
    },
    "report_sheet.maker": {
        "vi": "NGƯỜI LẬP BIỂU",
        "en": "PREPARED BY",
    },
    "report_sheet.sign": {
        "vi": "(Ký, ghi rõ họ tên)",
        "en": "(signature and full name)",
    },
    "report_sheet.seal": {
        "vi": "(Ký tên, đóng dấu)",
        "en": "(signature and seal)",
    },
    # -- the centre report's sheet (reports/human.py) ---------------------------------------
    "centre_sheet.sheet": {
        "vi": "Báo cáo",
        "en": "Report",
    },
    "centre_sheet.title": {
        "vi": "BÁO CÁO HOẠT ĐỘNG TRUNG TÂM HỌC TẬP CỘNG ĐỒNG",
        "en": "COMMUNITY LEARNING CENTRE ACTIVITY REPORT",
    },
    "centre_sheet.date": {
        "vi": "{place}, ngày {d:02d} tháng {m:02d} năm {y}",
        "en": "{place}, {d:02d}/{m:02d}/{y}",
    },
    "centre_sheet.t1": {
        "vi": "I. LỚP HỌC, BUỔI HỌC VÀ GIỜ HỌC THEO CHỦ ĐỀ",
        "en": "I. CLASSES, SESSIONS AND HOURS BY TOPIC",
    },
    "centre_sheet.t2": {
        "vi": "II. HỌC VIÊN VÀ LƯỢT NGƯỜI THAM GIA THEO CHỦ ĐỀ",
        "en": "II. LEARNERS AND PARTICIPATIONS BY TOPIC",
    },
    "centre_sheet.t3": {
        "vi": "III. HỌC VIÊN THEO ĐỘ TUỔI VÀ GIỚI TÍNH",
        "en": "III. LEARNERS BY AGE AND SEX",
    },
    "centre_sheet.t4": {
        "vi": "IV. ĐỐI TƯỢNG ƯU TIÊN",
        "en": "IV. PRIORITY GROUPS",
    },
    "centre_sheet.t5": {
        "vi": "V. CHUYÊN CẦN",
        "en": "V. ATTENDANCE",
    },
    "centre_sheet.cancelled": {
        "vi": "Buổi không diễn ra",
        "en": "Did not take place",
    },
    "centre_sheet.walk_ins": {
        "vi": "Trong đó vãng lai",
        "en": "of which walk-ins",
    },
    "centre_sheet.completions": {
        "vi": "Hoàn thành khóa học",
        "en": "Completions",
    },
    "centre_sheet.band": {
        "vi": "Độ tuổi",
        "en": "Age",
    },
    "centre_sheet.male": {
        "vi": "Nam",
        "en": "Men",
    },
    "centre_sheet.women": {
        "vi": "Nữ",
        "en": "Women",
    },
    "centre_sheet.unknown": {
        "vi": "Không rõ",
        "en": "Unknown",
    },
    "centre_sheet.all": {
        "vi": "Tổng",
        "en": "Total",
    },
    "centre_sheet.under_15": {
        "vi": "Dưới 15 tuổi",
        "en": "Under 15",
    },
    "centre_sheet.15_25": {
        "vi": "15 - 25 tuổi",
        "en": "15 - 25",
    },
    "centre_sheet.26_35": {
        "vi": "26 - 35 tuổi",
        "en": "26 - 35",
    },
    "centre_sheet.36_60": {
        "vi": "36 - 60 tuổi",
        "en": "36 - 60",
    },
    "centre_sheet.over_60": {
        "vi": "Trên 60 tuổi",
        "en": "Over 60",
    },
    "centre_sheet.age_unknown": {
        "vi": "Không rõ tuổi",
        "en": "Age unknown",
    },
    "centre_sheet.15_35": {
        "vi": "Trong đó 15 - 35 tuổi",
        "en": "of whom 15 - 35",
    },
    "centre_sheet.15_60": {
        "vi": "Trong đó 15 - 60 tuổi",
        "en": "of whom 15 - 60",
    },
    "centre_sheet.group": {
        "vi": "Nhóm",
        "en": "Group",
    },
    "centre_sheet.ethnic_minority": {
        "vi": "Người dân tộc thiểu số",
        "en": "Ethnic minorities",
    },
    "centre_sheet.disability": {
        "vi": "Người khuyết tật",
        "en": "Disabilities",
    },
    "centre_sheet.expected": {
        "vi": "Lượt dự kiến (học viên ghi danh × buổi đã tổ chức)",
        "en": "Expected (enrolled learners × sessions held)",
    },
    "centre_sheet.attended": {
        "vi": "Lượt có mặt (kể cả đi muộn)",
        "en": "Attended (including late)",
    },
    "centre_sheet.absent": {
        "vi": "Lượt vắng (có phép và không phép)",
        "en": "Absent (excused or not)",
    },
    "centre_sheet.unmarked": {
        "vi": "Chưa điểm danh",
        "en": "Not marked",
    },
    "centre_sheet.rate": {
        "vi": "Tỷ lệ chuyên cần = lượt có mặt / lượt dự kiến",
        "en": "Attendance rate = attended / expected",
    },
    "centre_sheet.director": {
        "vi": "GIÁM ĐỐC TRUNG TÂM",
        "en": "CENTRE DIRECTOR",
    },
    "centre_sheet.t6": {
        "vi": "VI. GHI CHÚ",
        "en": "VI. NOTES",
    },
    "centre_sheet.uncounted": {
        "vi": "Lớp «{name}», buổi ngày {date}: {marks} lượt điểm danh của người chưa ghi danh vào lớp tại ngày đó (không được tính).",
        "en": "Class «{name}», session of {date}: {marks} marks of people not enrolled in the class on that date (not counted).",
    },
    "centre_sheet.uncounted_more": {
        "vi": "… và {count} buổi khác có điểm danh không được tính.",
        "en": "… and {count} more sessions with marks that are not counted.",
    },
    "centre_sheet.charts": {
        "vi": "Biểu đồ",
        "en": "Charts",
    },
    "centre_sheet.chart_topics": {
        "vi": "Học viên theo chủ đề",
        "en": "Learners by topic",
    },
    "centre_sheet.chart_ages": {
        "vi": "Học viên theo độ tuổi và giới tính",
        "en": "Learners by age and sex",
    },
    "centre_sheet.chart_rate": {
        "vi": "Lượt có mặt và lượt dự kiến theo chủ đề",
        "en": "Attended and expected by topic",
    },
    # -- the consolidated report's sheet (reports/consolidated_sheet.py) --------------------
    "consolidated_sheet.sheet": {
        "vi": "Tổng hợp",
        "en": "Consolidated",
    },
    "consolidated_sheet.title": {
        "vi": "BÁO CÁO TỔNG HỢP HOẠT ĐỘNG CÁC TRUNG TÂM HỌC TẬP CỘNG ĐỒNG",
        "en": "CONSOLIDATED REPORT OF COMMUNITY LEARNING CENTRES",
    },
    "consolidated_sheet.date": {
        "vi": "Ngày {d:02d} tháng {m:02d} năm {y}",
        "en": "{d:02d}/{m:02d}/{y}",
    },
    "consolidated_sheet.received": {
        "vi": "Đã nhận {got} báo cáo; {missing} đơn vị chưa báo cáo (trên {expected} đơn vị phải báo cáo).",
        "en": "{got} reports received; {missing} units have not reported ({expected} units expected).",
    },
    "consolidated_sheet.t1": {
        "vi": "I. TỔNG HỢP THEO CHỦ ĐỀ",
        "en": "I. TOTALS BY TOPIC",
    },
    "consolidated_sheet.t2": {
        "vi": "II. TỔNG HỢP THEO ĐƠN VỊ",
        "en": "II. TOTALS BY UNIT",
    },
    "consolidated_sheet.t3": {
        "vi": "III. ĐƠN VỊ CHƯA BÁO CÁO",
        "en": "III. UNITS THAT HAVE NOT REPORTED",
    },
    "consolidated_sheet.t4": {
        "vi": "IV. LƯU Ý KHI TỔNG HỢP",
        "en": "IV. NOTES ON THIS CONSOLIDATION",
    },
    "consolidated_sheet.late": {
        "vi": "Báo cáo muộn: {names}",
        "en": "Reported late: {names}",
    },
    "consolidated_sheet.none_missing": {
        "vi": "Tất cả các đơn vị đã báo cáo.",
        "en": "Every unit has reported.",
    },
    "consolidated_sheet.warning": {
        "vi": "Báo cáo của «{unit}» khác với bản đã được tính trong báo cáo của «{by}» (mã {listed}… / {stored}…): số liệu lấy theo báo cáo của «{by}».",
        "en": "The report of «{unit}» differs from the one counted in the report of «{by}» ({listed}… / {stored}…): the numbers of «{by}» are used.",
    },
    "consolidated_sheet.unit": {
        "vi": "Đơn vị",
        "en": "Unit",
    },
    "consolidated_sheet.level": {
        "vi": "Cấp",
        "en": "Level",
    },
    "consolidated_sheet.centres": {
        "vi": "Số TTHTCĐ",
        "en": "Centres",
    },
    "consolidated_sheet.rate": {
        "vi": "Tỷ lệ chuyên cần",
        "en": "Attendance rate",
    },
    "consolidated_sheet.contact": {
        "vi": "Người liên hệ",
        "en": "Contact",
    },
    "consolidated_sheet.phone": {
        "vi": "Điện thoại",
        "en": "Phone",
    },
    "consolidated_sheet.chart": {
        "vi": "Học viên theo đơn vị",
        "en": "Learners by unit",
    },
    "consolidated_sheet.head": {
        "vi": "THỦ TRƯỞNG ĐƠN VỊ",
        "en": "HEAD OF UNIT",
    },
    # -- the usual level codes of units (levels are free text; others show as they are) -----
    "unit_level.centre": {
        "vi": "TTHTCĐ",
        "en": "centre",
    },
    "unit_level.commune": {
        "vi": "Xã, phường",
        "en": "commune",
    },
    "unit_level.cluster": {
        "vi": "Cụm",
        "en": "cluster",
    },
    # Districts were abolished on 1 July 2025: the code stays (the exchange format's), the
    # words say what the level is now, a level between the communes and the province.
    "unit_level.district": {
        "vi": "Cấp trung gian",
        "en": "intermediate level",
    },
    "unit_level.city": {
        "vi": "Thành phố",
        "en": "city",
    },
    "unit_level.province": {
        "vi": "Tỉnh",
        "en": "province",
    },
    # -- the completeness list of a coordinator (coordinator/completeness.py) ----------------
    "completeness.on_time": {
        "vi": "đã nhận, đúng hạn",
        "en": "received on time",
    },
    "completeness.late": {
        "vi": "nộp muộn",
        "en": "late",
    },
    "completeness.covered": {
        "vi": "nằm trong báo cáo của {via}",
        "en": "inside the report of {via}",
    },
    "completeness.replaced": {
        "vi": "đã sáp nhập: {via} báo cáo thay",
        "en": "merged: reported by {via}",
    },
    "completeness.missing": {
        "vi": "chưa báo cáo",
        "en": "missing",
    },
    "completeness.flagged": {
        "vi": "(cần xem lại, đã đồng ý nhập)",
        "en": "(flagged, accepted)",
    },
    "report_status.received": {
        "vi": "đã nhận",
        "en": "received",
    },
    "report_status.checked": {
        "vi": "đã kiểm tra",
        "en": "checked",
    },
    "report_status.accepted": {
        "vi": "đã duyệt (khóa)",
        "en": "accepted (locked)",
    },
    "report_status.none": {
        "vi": "–",
        "en": "–",
    },
    "completeness.title": {
        "vi": "Tình hình nhận báo cáo của {unit}, kỳ {period}",
        "en": "Reports received by {unit}, period {period}",
    },
    "completeness.column.unit": {
        "vi": "Đơn vị",
        "en": "Unit",
    },
    "completeness.column.report": {
        "vi": "Báo cáo",
        "en": "Report",
    },
    "completeness.column.status": {
        "vi": "Trạng thái",
        "en": "Status",
    },
    "completeness.column.made_on": {
        "vi": "Ngày lập",
        "en": "Made on",
    },
    "completeness.column.contact": {
        "vi": "Người liên hệ",
        "en": "Contact person",
    },
    "completeness.column.phone": {
        "vi": "Số điện thoại",
        "en": "Phone",
    },
    "completeness.column.id": {
        "vi": "Mã",
        "en": "ID",
    },
}
