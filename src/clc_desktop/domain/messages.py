"""Sentences for the codes the core speaks in, in Vietnamese (default) and English.

The core raises :class:`Problem` subclasses with a code and parameters; the CLI and the
window turn them into a sentence here. Qt widgets translate their own labels with
Qt Linguist; this catalogue is only for messages that the core produces, which the CLI
(without Qt) must show too. ``tests/domain/test_messages.py`` checks both languages are
complete.
"""

from __future__ import annotations

from typing import Final

DEFAULT_LANGUAGE: Final = "vi"
LANGUAGES: Final = ("vi", "en")

MESSAGES: Final[dict[str, dict[str, str]]] = {
    "store.in_use": {
        "vi": "Tệp dữ liệu {path} đang được mở bởi một cửa sổ CLC Desktop khác "
        "(hoặc một lệnh khác). Hãy đóng cửa sổ đó rồi thử lại.",
        "en": "The data file {path} is already open in another CLC Desktop window "
        "(or another command). Close it and try again.",
    },
    "store.not_a_database": {
        "vi": "Tệp {path} không phải là tệp dữ liệu của CLC Desktop (không phải cơ sở dữ liệu "
        "SQLite). Tệp không bị thay đổi.",
        "en": "{path} is not a CLC Desktop data file (it is not an SQLite database). "
        "The file was not changed.",
    },
    "store.foreign": {
        "vi": "Tệp {path} là cơ sở dữ liệu của một chương trình khác, không phải của "
        "CLC Desktop. Tệp không bị thay đổi.",
        "en": "{path} is a database of another program, not of CLC Desktop. "
        "The file was not changed.",
    },
    "store.too_new": {
        "vi": "Tệp {path} được tạo bởi một phiên bản CLC Desktop mới hơn (lược đồ {revision}). "
        "Hãy cài phiên bản mới nhất để mở tệp này. Tệp không bị thay đổi.",
        "en": "{path} was written by a newer version of CLC Desktop (schema {revision}). "
        "Install the latest version to open it. The file was not changed.",
    },
    "store.damaged": {
        "vi": "Tệp dữ liệu {path} bị hỏng ({detail}). Có thể khôi phục từ bản sao lưu gần nhất.",
        "en": "The data file {path} is damaged ({detail}). It can be restored from the "
        "latest backup.",
    },
    "store.read_only": {
        "vi": "Không thể ghi vào {path}: tệp hoặc thư mục chỉ cho phép đọc. Hãy chọn một "
        "thư mục khác hoặc kiểm tra quyền truy cập.",
        "en": "Cannot write to {path}: the file or its folder is read-only. Choose another "
        "folder or check the permissions.",
    },
    "store.disk_full": {
        "vi": "Ổ đĩa chứa {path} đã đầy. Thao tác vừa rồi không được lưu; dữ liệu trước đó "
        "vẫn còn nguyên. Hãy giải phóng dung lượng rồi thử lại.",
        "en": "The disk holding {path} is full. The last action was not saved; the data "
        "saved before it is intact. Free some space and try again.",
    },
    "store.io_error": {
        "vi": "Lỗi đọc/ghi tệp {path}: {detail}",
        "en": "Could not read or write {path}: {detail}",
    },
    "store.is_directory": {
        "vi": "{path} là một thư mục, không phải một tệp dữ liệu.",
        "en": "{path} is a folder, not a data file.",
    },
    "backup.failed_check": {
        "vi": "Bản sao lưu {path} không đạt kiểm tra toàn vẹn ({detail}); nó đã bị loại bỏ.",
        "en": "The backup {path} failed its integrity check ({detail}) and was discarded.",
    },
    "backup.target_exists": {
        "vi": "Tệp {path} đã tồn tại; hãy chọn một tên khác để không ghi đè lên nó.",
        "en": "{path} already exists; choose another name so it is not overwritten.",
    },
    "store.not_found": {
        "vi": "Không tìm thấy tệp dữ liệu {path}.",
        "en": "The data file {path} does not exist.",
    },
    "restore.invalid": {
        "vi": "Không thể khôi phục từ {path}: {detail}. Tệp dữ liệu hiện tại không bị thay đổi.",
        "en": "Cannot restore from {path}: {detail}. The current data file was not changed.",
    },
    "restore.no_backup": {
        "vi": "Chưa có bản sao lưu nào trong {path}.",
        "en": "There is no backup in {path} yet.",
    },
    "demo.not_empty": {
        "vi": "Tệp {path} đã có dữ liệu; dữ liệu mẫu chỉ được tạo trong một tệp mới.",
        "en": "{path} already holds data; demo data is only generated into a new file.",
    },
    "centre.name_required": {
        "vi": "Hãy nhập tên trung tâm.",
        "en": "Enter the centre's name.",
    },
    "centre.commune_required": {
        "vi": "Hãy chọn hoặc nhập xã/phường của trung tâm.",
        "en": "Choose or type the centre's commune or ward.",
    },
    "centre.commune_code_format": {
        "vi": "Mã xã/phường gồm đúng 5 chữ số (mã của Tổng cục Thống kê), ví dụ 00070.",
        "en": "A commune code has exactly 5 digits (the GSO code), e.g. 00070.",
    },
    "centre.phone_format": {
        "vi": "Số điện thoại chỉ gồm chữ số (có thể có dấu cách), ví dụ 0912 345 678.",
        "en": "A phone number has digits only (spaces allowed), e.g. 0912 345 678.",
    },
    "centre.unit_id_format": {
        "vi": "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -",
        "en": "A unit id uses only unaccented letters, digits and . _ -",
    },
    "report.bad_period": {
        "vi": "Kỳ báo cáo «{period}» không hợp lệ. Ví dụ hợp lệ: 2026, 2026-H1, 2026-Q3, "
        "2026-03, 2025-2026 (năm học).",
        "en": "The period «{period}» is not valid. Valid examples: 2026, 2026-H1, 2026-Q3, "
        "2026-03, 2025-2026 (school year).",
    },
    "file.not_xlsx": {
        "vi": "không phải tệp Excel .xlsx đọc được ({reason})",
        "en": "not a readable Excel .xlsx file ({reason})",
    },
    "file.unsafe": {
        "vi": "bị từ chối vì không an toàn: tệp nén bất thường, có thể là «bom zip» ({reason})",
        "en": "refused as unsafe: an abnormal archive, possibly a zip bomb ({reason})",
    },
    "sheet.missing": {
        "vi": "thiếu trang «{sheet}»",
        "en": "the sheet «{sheet}» is missing",
    },
    "sheet.very_hidden": {
        "vi": "trang «{sheet}» bị ẩn sâu (veryHidden)",
        "en": "the sheet «{sheet}» is veryHidden",
    },
    "sheet.merged": {
        "vi": "trang «{sheet}» có ô gộp ({cells})",
        "en": "the sheet «{sheet}» has merged cells ({cells})",
    },
    "sheet.too_many_rows": {
        "vi": "trang «{sheet}» có quá nhiều dòng ({rows})",
        "en": "the sheet «{sheet}» has too many rows ({rows})",
    },
    "sheet.header": {
        "vi": "dòng tiêu đề của trang «{sheet}» sai; cần: {expected}",
        "en": "the header row of «{sheet}» is wrong; expected: {expected}",
    },
    "cell.formula": {
        "vi": "trang «{sheet}», dòng {row}, cột {column}: có công thức",
        "en": "sheet «{sheet}», row {row}, column {column}: a formula",
    },
    "cell.not_text": {
        "vi": "trang «{sheet}», dòng {row}, cột {column}: «{value}» phải là ô văn bản",
        "en": "sheet «{sheet}», row {row}, column {column}: «{value}» must be a text cell",
    },
    "cell.not_nfc": {
        "vi": "trang «{sheet}», dòng {row}, cột {column}: văn bản chưa chuẩn hóa NFC",
        "en": "sheet «{sheet}», row {row}, column {column}: text is not NFC",
    },
    "meta.duplicate_key": {
        "vi": "trang «meta», dòng {row}: khóa «{key}» xuất hiện hai lần",
        "en": "sheet «meta», row {row}: the key «{key}» appears twice",
    },
    "meta.missing_key": {
        "vi": "trang «meta»: thiếu khóa bắt buộc «{key}»",
        "en": "sheet «meta»: the required key «{key}» is missing",
    },
    "meta.format": {
        "vi": "không phải báo cáo CLC (format = «{value}»)",
        "en": "not a CLC report (format = «{value}»)",
    },
    "meta.version": {
        "vi": "báo cáo theo định dạng phiên bản {version}, phiên bản này chỉ đọc được phiên bản 1; hãy cập nhật CLC Desktop",
        "en": "the report uses format version {version}; this version reads version 1 only: update CLC Desktop",
    },
    "meta.bad_id": {
        "vi": "trang «meta»: «{key}» = «{value}» chỉ được dùng chữ không dấu, số và . _ -",
        "en": "sheet «meta»: «{key}» = «{value}» may use only A-Z, a-z, 0-9 and . _ -",
    },
    "meta.period": {
        "vi": "trang «meta»: kỳ báo cáo «{period}» không hợp lệ",
        "en": "sheet «meta»: the period «{period}» does not parse",
    },
    "meta.period_dates": {
        "vi": "trang «meta»: ngày {start} – {end} không khớp với kỳ «{period}»",
        "en": "sheet «meta»: the dates {start} – {end} disagree with the period «{period}»",
    },
    "meta.generated_at": {
        "vi": "trang «meta»: thời điểm lập «{value}» không đúng dạng ISO 8601 có múi giờ",
        "en": "sheet «meta»: generated_at «{value}» is not ISO 8601 with an offset",
    },
    "data.unknown_code": {
        "vi": "trang «data», dòng {row}: mã «{value}» không có trong danh mục",
        "en": "sheet «data», row {row}: the code «{value}» is not in the code lists",
    },
    "data.dimension_not_allowed": {
        "vi": "trang «data», dòng {row}: chỉ tiêu «{indicator}» không chia theo «{dimension}»",
        "en": "sheet «data», row {row}: «{indicator}» is not broken down by «{dimension}»",
    },
    "data.bad_value": {
        "vi": "trang «data», dòng {row}: giá trị «{value}» phải là số nguyên không âm",
        "en": "sheet «data», row {row}: the value «{value}» must be a non-negative whole number",
    },
    "data.duplicate": {
        "vi": "trang «data», dòng {row}: dòng này lặp lại một khóa đã có",
        "en": "sheet «data», row {row}: this key appears twice",
    },
    "sources.duplicate": {
        "vi": "trang «sources», dòng {row}: đơn vị «{unit}» xuất hiện hai lần",
        "en": "sheet «sources», row {row}: the unit «{unit}» appears twice",
    },
    "report.hash_mismatch": {
        "vi": "mã kiểm tra (content_sha256) không khớp: tệp đã bị sửa sau khi xuất",
        "en": "the content hash does not match: the file was changed after it was exported",
    },
    "report.not_additive": {
        "vi": "{count} chỗ các thành phần không cộng đúng tổng, ví dụ «{key}» theo «{dimension}»: tổng {total}, cộng thành phần {parts}",
        "en": "{count} places where the parts do not add up, e.g. «{key}» by «{dimension}»: total {total}, parts {parts}",
    },
    "report.other_period": {
        "vi": "báo cáo kỳ {period}, không phải kỳ đang tổng hợp {expected}",
        "en": "a report for {period}, not the period being consolidated ({expected})",
    },
    "report.unknown_unit": {
        "vi": "đơn vị «{unit}» không có trong danh sách đơn vị",
        "en": "the unit «{unit}» is outside the hierarchy",
    },
    "report.more_marks_than_expected": {
        "vi": "chủ đề {topic}: số lượt có mặt và vắng lớn hơn số lượt dự kiến",
        "en": "topic {topic}: attendances and absences exceed the expected attendances",
    },
    "report.more_learners_than_enrolments": {
        "vi": "«{key}»: số học viên lớn hơn số lượt ghi danh",
        "en": "«{key}»: more learners than enrolments",
    },
    "centre.missing": {
        "vi": "Tệp dữ liệu {path} chưa có hồ sơ trung tâm.",
        "en": "The data file {path} has no centre profile yet.",
    },
}


def message(code: str, language: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """The sentence for ``code`` in ``language`` (Vietnamese when the language is unknown)."""
    texts = MESSAGES.get(code)
    if texts is None:
        return f"{code} {params}"
    template = texts.get(language) or texts[DEFAULT_LANGUAGE]
    return template.format(**params)


class Problem(Exception):
    """An error the user must read: a code from :data:`MESSAGES` and its parameters."""

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return message(self.code, language, **self.params)

    def __str__(self) -> str:
        return self.text("en")
