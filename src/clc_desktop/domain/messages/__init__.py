"""Sentences for the codes the core speaks in, in Vietnamese (default) and English.

The core raises :class:`Problem` subclasses with a code and parameters; the CLI and the
window turn them into a sentence here. Qt widgets translate their own labels with
Qt Linguist; this catalogue is only for messages that the core produces, which the CLI
(without Qt) must show too, and for the words of the sheets the core writes (one module
per area beside this one, merged into :data:`MESSAGES`). ``tests/domain/test_messages.py``
checks both languages are complete.
"""

from __future__ import annotations

from typing import Final

from clc_desktop.domain.messages.cli import CLI_MESSAGES
from clc_desktop.domain.messages.sheets import SHEET_MESSAGES

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
    "report.personal_data": {
        "vi": "tệp có trang «learners» chứa họ tên, ngày sinh của học viên (dữ liệu cá nhân); khi tổng hợp, trang này không được dùng",
        "en": "the file has the sheet «learners» with learners' names and birth dates (personal data); consolidation does not use it",
    },
    "report.more_marks_than_expected": {
        "vi": "chủ đề {topic}: số lượt có mặt và vắng lớn hơn số lượt dự kiến",
        "en": "topic {topic}: attendances and absences exceed the expected attendances",
    },
    "report.more_learners_than_enrolments": {
        "vi": "«{key}»: số học viên lớn hơn số lượt ghi danh",
        "en": "«{key}»: more learners than enrolments",
    },
    # -- coordinators: import, hierarchy, status, consolidation (issue 6) ---------------------
    "import.new": {
        "vi": "mới: báo cáo đầu tiên của «{unit}» kỳ {period}",
        "en": "new: the first report of «{unit}» for {period}",
    },
    "import.new_version": {
        "vi": "phiên bản mới của báo cáo «{unit}» kỳ {period} (bản cũ được giữ trong lịch sử)",
        "en": "a new version of the report of «{unit}» for {period} (the earlier one is kept in history)",
    },
    "import.older_version": {
        "vi": "phiên bản cũ hơn bản đã có của «{unit}» kỳ {period}: chỉ lưu vào lịch sử, không dùng để tổng hợp",
        "en": "older than the version of «{unit}» for {period} already there: kept in history only, not summed",
    },
    "import.unchanged": {
        "vi": "không thay đổi: đã nhập ngày {date}",
        "en": "unchanged: already imported on {date}",
    },
    "import.duplicate": {
        "vi": "trùng với tệp {file} trong lần nhập này",
        "en": "the same report as the file {file} in this import",
    },
    "import.locked": {
        "vi": "báo cáo của «{unit}» kỳ {period} đã được duyệt (khóa): hãy mở lại, ghi rõ lý do, rồi nhập lại",
        "en": "the report of «{unit}» for {period} is accepted (locked): reopen it, giving a reason, then import again",
    },
    "import.rejected": {
        "vi": "bị từ chối",
        "en": "rejected",
    },
    "import.flagged": {
        "vi": "cần xem lại (chỉ nhập khi người tổng hợp đồng ý)",
        "en": "flagged (imported only when the coordinator accepts it)",
    },
    "status.unknown": {
        "vi": "Trạng thái «{status}» không hợp lệ (chỉ có: đã nhận, đã kiểm tra, đã duyệt).",
        "en": "«{status}» is not a status (received, checked or accepted).",
    },
    "status.no_report": {
        "vi": "Chưa nhận được báo cáo nào của đơn vị {unit} kỳ {period}.",
        "en": "No report of unit {unit} for {period} has been received.",
    },
    "status.reopen_needs_reason": {
        "vi": "Báo cáo của đơn vị {unit} kỳ {period} đã được duyệt; muốn mở lại phải ghi rõ lý do.",
        "en": "The report of unit {unit} for {period} is accepted; reopening it needs a reason.",
    },
    "hierarchy.file_refused": {
        "vi": "Danh sách đơn vị {path} có {count} lỗi (lỗi đầu tiên ở dòng {row}); không có gì bị thay đổi.",
        "en": "The unit list {path} has {count} problems (the first in row {row}); nothing was changed.",
    },
    "hierarchy.not_xlsx": {
        "vi": "Tệp {path} không phải tệp Excel .xlsx đọc được ({reason}).",
        "en": "{path} is not a readable Excel .xlsx file ({reason}).",
    },
    "hierarchy.missing_column": {
        "vi": "thiếu cột «{column}» ở dòng tiêu đề",
        "en": "the column «{column}» is missing from the header row",
    },
    "hierarchy.bad_id": {
        "vi": "mã «{value}» chỉ được dùng chữ không dấu, số và . _ -",
        "en": "the id «{value}» may use only A-Z, a-z, 0-9 and . _ -",
    },
    "hierarchy.numeric_id": {
        "vi": "cột «{column}» phải là ô văn bản (một mã nhập dạng số sẽ mất các số 0 ở đầu)",
        "en": "the column «{column}» must be a text cell (an id typed as a number loses its leading zeros)",
    },
    "hierarchy.name_required": {
        "vi": "đơn vị «{unit}» chưa có tên",
        "en": "the unit «{unit}» has no name",
    },
    "hierarchy.unknown_parent": {
        "vi": "đơn vị cấp trên «{parent}» không có trong danh sách",
        "en": "the parent unit «{parent}» is not in the list",
    },
    "hierarchy.unknown_unit": {
        "vi": "đơn vị «{unit}» không có trong danh sách",
        "en": "the unit «{unit}» is not in the list",
    },
    "hierarchy.duplicate": {
        "vi": "đơn vị «{unit}» xuất hiện hai lần",
        "en": "the unit «{unit}» appears twice",
    },
    "hierarchy.cycle": {
        "vi": "đơn vị «{unit}» nằm dưới chính nó (vòng lặp cấp trên)",
        "en": "the unit «{unit}» is placed below itself (a loop of parents)",
    },
    "hierarchy.bad_date": {
        "vi": "ngày «{value}» phải có dạng năm-tháng-ngày, ví dụ 2025-07-01",
        "en": "the date «{value}» must be year-month-day, e.g. 2025-07-01",
    },
    "hierarchy.closed_before_opened": {
        "vi": "đơn vị «{unit}» có ngày giải thể trước ngày thành lập",
        "en": "the unit «{unit}» closes before it opens",
    },
    "hierarchy.too_many": {
        "vi": "danh sách có hơn {count} đơn vị",
        "en": "the list has more than {count} units",
    },
    "consolidate.nothing": {
        "vi": "Không có báo cáo nào để tổng hợp cho «{unit}» kỳ {period}.",
        "en": "There is no report to consolidate for «{unit}» for {period}.",
    },
    "consolidate.level_required": {
        "vi": "Đơn vị {unit} không có trong danh sách đơn vị: hãy cho biết cấp của nó (--level).",
        "en": "The unit {unit} is not in the unit list: give its level (--level).",
    },
    "consolidate.double_cover": {
        "vi": "Không tổng hợp vì sẽ tính hai lần: báo cáo của {first} và của {second} cùng bao gồm đơn vị {unit}. Hãy bỏ một trong hai báo cáo hoặc hỏi lại hai đơn vị.",
        "en": "Not consolidated, as it would count twice: the reports of {first} and of {second} both include the unit {unit}. Leave one of them out or ask the two units.",
    },
    "centre.missing": {
        "vi": "Tệp dữ liệu {path} chưa có hồ sơ trung tâm.",
        "en": "The data file {path} has no centre profile yet.",
    },
    # -- attendance (issue 4) ----------------------------------------------------------------
    "attendance.session_missing": {
        "vi": "Không có buổi học số {id} trong tệp dữ liệu (có thể vừa bị xóa).",
        "en": "There is no session {id} in the data file (it may have just been deleted).",
    },
    "attendance.class_missing": {
        "vi": "Không có lớp số {id} trong tệp dữ liệu (có thể vừa bị xóa).",
        "en": "There is no class {id} in the data file (it may have just been deleted).",
    },
    "attendance.session_cancelled": {
        "vi": "Buổi này được ghi là không diễn ra: không điểm danh được. Hãy đổi trạng thái thành «Đã diễn ra» trước.",
        "en": "This session is recorded as not taken place: no roll call can be taken. Set it to «Held» first.",
    },
    "attendance.not_expected": {
        "vi": "Học viên này chưa ghi danh vào lớp vào ngày của buổi học (hoặc đã thôi học trước đó).",
        "en": "This learner was not enrolled in the class on the session's date (or had withdrawn before it).",
    },
    "attendance.reason_required": {
        "vi": "Hãy chọn lý do buổi học không diễn ra.",
        "en": "Choose why the session did not take place.",
    },
    "attendance.bad_walk_ins": {
        "vi": "Số người tham dự vãng lai không được âm.",
        "en": "Walk-in counts cannot be negative.",
    },
    # -- learners (issue 3) ------------------------------------------------------------------
    "learner.name_required": {
        "vi": "Hãy nhập họ và tên.",
        "en": "Enter the full name.",
    },
    "learner.name_too_long": {
        "vi": "Họ và tên quá dài (tối đa 200 ký tự).",
        "en": "The name is too long (200 characters at most).",
    },
    "learner.name_characters": {
        "vi": "Họ và tên chỉ gồm chữ cái, dấu cách, dấu ' và dấu -, không có chữ số hay ký hiệu.",
        "en": "A name has letters, spaces, ' and - only: no digits or symbols.",
    },
    "learner.birth_date_future": {
        "vi": "Ngày sinh không thể ở tương lai.",
        "en": "The birth date cannot be in the future.",
    },
    "learner.birth_year_future": {
        "vi": "Năm sinh không thể ở tương lai.",
        "en": "The birth year cannot be in the future.",
    },
    "learner.birth_year_impossible": {
        "vi": "Năm sinh phải từ 1900 đến năm nay.",
        "en": "The birth year must be between 1900 and this year.",
    },
    "learner.birth_year_mismatch": {
        "vi": "Năm sinh không khớp với ngày sinh.",
        "en": "The birth year does not match the birth date.",
    },
    "learner.sex_unknown": {
        "vi": "Giới tính phải là Nam, Nữ hoặc Không rõ.",
        "en": "Sex must be male, female or unknown.",
    },
    "learner.ethnicity_unknown": {
        "vi": "Dân tộc không có trong danh mục 54 dân tộc.",
        "en": "The ethnicity is not one of the 54 ethnic groups.",
    },
    "learner.phone_format": {
        "vi": "Số điện thoại gồm 10 hoặc 11 chữ số, bắt đầu bằng 0 (ví dụ 0912 345 678).",
        "en": "A phone number has 10 or 11 digits and starts with 0 (e.g. 0912 345 678).",
    },
    "learner.not_found": {
        "vi": "Không tìm thấy học viên này (có thể đã bị xóa hoặc gộp vào hồ sơ khác).",
        "en": "This learner was not found (perhaps deleted or merged into another record).",
    },
    "learner.has_attendance": {
        "vi": "Không thể xóa học viên đã có {count} lượt điểm danh. Hãy chuyển học viên này vào lưu trữ thay vì xóa.",
        "en": "A learner with {count} attendance marks cannot be deleted. Archive the learner instead.",
    },
    "learner.merge_same": {
        "vi": "Hãy chọn hai hồ sơ học viên khác nhau để gộp.",
        "en": "Choose two different learner records to merge.",
    },
    # -- classes and schedules (issue 3) ------------------------------------------------------
    "class.name_required": {
        "vi": "Hãy nhập tên lớp hoặc buổi nói chuyện.",
        "en": "Enter the name of the class or talk.",
    },
    "class.name_too_long": {
        "vi": "Tên lớp quá dài (tối đa 200 ký tự).",
        "en": "The name is too long (200 characters at most).",
    },
    "class.topic_unknown": {
        "vi": "Hãy chọn một chủ đề trong danh mục.",
        "en": "Choose a topic from the list.",
    },
    "class.kind_unknown": {
        "vi": "Hãy chọn loại: lớp học hoặc buổi nói chuyện / sự kiện.",
        "en": "Choose the kind: a course, or a talk / event.",
    },
    "class.dates_order": {
        "vi": "Ngày kết thúc phải sau ngày bắt đầu.",
        "en": "The end date must come after the start date.",
    },
    "class.minutes_range": {
        "vi": "Số phút mỗi buổi phải từ 1 đến 600.",
        "en": "Minutes per session must be between 1 and 600.",
    },
    "class.not_found": {
        "vi": "Không tìm thấy lớp số {id} (có thể đã bị xóa).",
        "en": "Class {id} was not found (perhaps deleted).",
    },
    "class.copy_same": {
        "vi": "Hãy chọn một lớp khác để chép danh sách học viên.",
        "en": "Choose another class to copy the learners from.",
    },
    "enrolment.not_found": {
        "vi": "Không tìm thấy lượt ghi danh số {id}.",
        "en": "Enrolment {id} was not found.",
    },
    "enrolment.withdraw_before_enrol": {
        "vi": "Ngày thôi học không thể trước ngày vào lớp ({date}).",
        "en": "The withdrawal date cannot be before the enrolment date ({date}).",
    },
    "enrolment.remove_has_marks": {
        "vi": "Không thể xóa lượt ghi danh của {name}: đã có {count} lượt điểm danh dựa vào"
        " lượt ghi danh này. Hãy dùng «Thôi học…» nếu học viên đã rời lớp.",
        "en": "The enrolment of {name} cannot be removed: {count} attendance marks depend on"
        " it. Use «Withdraw…» if the learner left the class.",
    },
    "enrolment.date_after_marks": {
        "vi": "Không thể đổi ngày vào lớp của {name} sang {date}: đã có {count} lượt điểm danh"
        " trước ngày đó.",
        "en": "The enrolment date of {name} cannot move to {date}: {count} attendance marks"
        " come before that date.",
    },
    "enrolment.date_after_withdrawal": {
        "vi": "Ngày vào lớp không thể sau ngày thôi học ({date}).",
        "en": "The enrolment date cannot come after the withdrawal date ({date}).",
    },
    "schedule.dates_required": {
        "vi": "Hãy chọn ngày bắt đầu và ngày kết thúc của lịch lặp lại.",
        "en": "Choose the first and the last date of the repeating schedule.",
    },
    "schedule.dates_order": {
        "vi": "Ngày kết thúc của lịch phải sau ngày bắt đầu.",
        "en": "The schedule's last date must come after its first date.",
    },
    "schedule.every_weeks": {
        "vi": "Lặp lại mỗi 1 đến 8 tuần.",
        "en": "Repeat every 1 to 8 weeks.",
    },
    "schedule.weekdays": {
        "vi": "Thứ trong tuần không hợp lệ.",
        "en": "Invalid weekday.",
    },
    "schedule.too_many": {
        "vi": "Lịch này có hơn 1000 buổi; hãy kiểm tra lại ngày bắt đầu và kết thúc.",
        "en": "This schedule has more than 1000 sessions; check the first and last dates.",
    },
    "import.file_missing": {
        "vi": "Không tìm thấy tệp {path}.",
        "en": "The file {path} does not exist.",
    },
    "import.no_sheet": {
        "vi": "Tệp {path} không có trang «{sheet}».",
        "en": "{path} has no sheet «{sheet}».",
    },
    "import.not_xlsx": {
        "vi": "Tệp {path} không phải tệp Excel .xlsx ({reason}). Hãy mở tệp trong Excel và lưu lại dạng «Sổ làm việc Excel (*.xlsx)». Chưa có gì được nhập.",
        "en": "{path} is not an Excel .xlsx file ({reason}). Open it in Excel and save it as «Excel Workbook (*.xlsx)». Nothing was imported.",
    },
    "import.old_xls": {
        "vi": "Tệp {path} là tệp Excel cũ (.xls). Hãy mở tệp trong Excel và lưu lại dạng «Sổ làm việc Excel (*.xlsx)». Chưa có gì được nhập.",
        "en": "{path} is an old Excel file (.xls). Open it in Excel and save it as «Excel Workbook (*.xlsx)». Nothing was imported.",
    },
    "import.unsafe": {
        "vi": "Tệp {path} bị từ chối vì không an toàn ({reason}): tệp nén bất thường hoặc có nội dung XML nguy hiểm. Chưa có gì được nhập.",
        "en": "{path} was refused as unsafe ({reason}): an abnormal archive or dangerous XML content. Nothing was imported.",
    },
    "import.too_many_rows": {
        "vi": "Trang «{sheet}» của tệp {path} có {rows} dòng, quá nhiều cho một danh sách học viên (tối đa {limit}). Chưa có gì được nhập.",
        "en": "The sheet «{sheet}» of {path} has {rows} rows, too many for a learner list ({limit} at most). Nothing was imported.",
    },
    "import.no_header": {
        "vi": "Không tìm thấy dòng tiêu đề có cột «Họ và tên» trong {rows} dòng đầu của tệp {path}. Hãy chọn cột họ tên bằng tay.",
        "en": "No header row with a «Họ và tên» (full name) column in the first {rows} rows of {path}. Choose the name column by hand.",
    },
    "import.no_name_column": {
        "vi": "Hãy chọn cột chứa họ và tên (hoặc cả cột họ đệm và cột tên).",
        "en": "Choose the column that holds the full name (or both the family/middle name and the given name columns).",
    },
    "import.bad_date": {
        "vi": "Không đọc được ngày sinh «{value}» (viết như 05/03/1968, 5-3-1968 hoặc chỉ năm 1968).",
        "en": "Cannot read the birth date «{value}» (write it as 05/03/1968, 5-3-1968 or just the year 1968).",
    },
    "import.bad_sex": {
        "vi": "Không đọc được giới tính «{value}» (viết Nam hoặc Nữ).",
        "en": "Cannot read the sex «{value}» (write Nam or Nữ).",
    },
    "import.both_sexes": {
        "vi": "Có đánh dấu ở cả cột Nam và cột Nữ.",
        "en": "Both the Nam (male) and the Nữ (female) columns are marked.",
    },
    "import.bad_ethnicity": {
        "vi": "Không nhận ra dân tộc «{value}» (viết tên như Kinh, Tày, Mông hoặc mã 01–54).",
        "en": "Unknown ethnicity «{value}» (write a name such as Kinh, Tày, Mông or a code 01–54).",
    },
    "import.bad_phone": {
        "vi": "Số điện thoại «{value}» không hợp lệ (cần 10 hoặc 11 chữ số, bắt đầu bằng 0).",
        "en": "The phone number «{value}» is not valid (10 or 11 digits, starting with 0).",
    },
    "import.class_not_found": {
        "vi": "Lớp đã chọn không còn trong tệp dữ liệu (có thể vừa bị xóa). Hãy chọn lại lớp.",
        "en": "The class chosen is no longer in the data file (perhaps just deleted). Choose the class again.",
    },
    "import.row": {
        "vi": "Dòng {row}: {reason}",
        "en": "Row {row}: {reason}",
    },
    "import.reason_header": {
        "vi": "Lý do chưa nhập được",
        "en": "Why it was not imported",
    },
    "import.not_imported_sheet": {
        "vi": "Chưa nhập",
        "en": "Not imported",
    },
}


def _merge(*areas: dict[str, dict[str, str]]) -> None:
    """Add each area's messages to :data:`MESSAGES`; a code is defined once."""
    for area in areas:
        twice = MESSAGES.keys() & area.keys()
        if twice:
            raise RuntimeError(f"messages defined twice: {sorted(twice)}")
        MESSAGES.update(area)


_merge(SHEET_MESSAGES, CLI_MESSAGES)


def message(code: str, language: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """The sentence for ``code`` in ``language`` (Vietnamese when the language is unknown)."""
    texts = MESSAGES.get(code)
    if texts is None:
        return f"{code} {params}"
    template = texts.get(language) or texts[DEFAULT_LANGUAGE]
    if code not in CLI_MESSAGES and code not in SHEET_MESSAGES:  # files and CLI: codes
        params = _periods_in_words(template, language, params)
    return template.format(**params)


#: Parameters that hold a period code (``2026-11``), shown in words in a sentence.
_PERIOD_PARAMS: Final = ("period", "expected")


def _periods_in_words(template: str, language: str, params: dict[str, object]) -> dict[str, object]:
    """Periods in words («tháng 11 năm 2026»), but where the sentence quotes the code as it
    was typed or written in a file («{period}»)."""
    from clc_desktop.domain.periods import period_in_words

    changed = dict(params)
    for name in _PERIOD_PARAMS:
        value = params.get(name)
        if isinstance(value, str) and f"«{{{name}}}»" not in template:
            starts = template.startswith(f"{{{name}}}")
            changed[name] = period_in_words(value, language, capital=starts)
    return changed


def counted(code: str, count: int, language: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """The sentence for ``code`` with ``{n}`` = ``count``, in the right number: the code
    ``code + ".one"`` for a count of 1 where the catalogue has it ("1 file", but "0 files"
    and "2 files"). Vietnamese has one form, so its ``.one`` text repeats the other."""
    singular = f"{code}.one"
    chosen = singular if count == 1 and singular in MESSAGES else code
    return message(chosen, language, n=count, **params)


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
