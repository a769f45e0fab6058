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
