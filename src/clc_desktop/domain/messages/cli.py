"""The command line's sentences (``clc_desktop.cli``): its lines, its ``--help``, and
argparse's own sentences. Part of :data:`clc_desktop.domain.messages.MESSAGES` (read them
through ``message``/``counted`` there); a file of their own keeps that one short.

A code ending in ``.one`` is the English singular of the code without it (see ``counted``):
"1 file", "2 files". Vietnamese has one form, so its ``.one`` text repeats the other.
"""

from __future__ import annotations

from typing import Final

CLI_MESSAGES: Final[dict[str, dict[str, str]]] = {
    "cli.count.files": {"vi": "{n} tệp", "en": "{n} files"},
    "cli.count.files.one": {"vi": "{n} tệp", "en": "{n} file"},
    "cli.count.reports": {"vi": "{n} báo cáo", "en": "{n} reports"},
    "cli.count.reports.one": {"vi": "{n} báo cáo", "en": "{n} report"},
    "cli.count.learners": {"vi": "{n} học viên", "en": "{n} learners"},
    "cli.count.learners.one": {"vi": "{n} học viên", "en": "{n} learner"},
    "cli.count.marks": {"vi": "{n} lượt điểm danh", "en": "{n} marks"},
    "cli.count.marks.one": {"vi": "{n} lượt điểm danh", "en": "{n} mark"},
    "cli.count.sessions": {"vi": "{n} buổi", "en": "{n} sessions"},
    "cli.count.sessions.one": {"vi": "{n} buổi", "en": "{n} session"},
    "cli.thousands_separator": {"vi": ".", "en": ","},
    "cli.item": {"vi": "  {text}", "en": "  {text}"},
    "cli.gui_elsewhere": {
        "vi": "clc-desktop: cửa sổ được mở bằng `clc-desktop` / `python -m clc_desktop`",
        "en": "clc-desktop: the window is started by `clc-desktop` / `python -m clc_desktop`",
    },
    "cli.demo.created": {
        "vi": "Đã tạo trung tâm mẫu «{centre}» (năm học {school_year}) trong {path}:",
        "en": "Created the demo centre «{centre}» (school year {school_year}) in {path}:",
    },
    "cli.demo.learners": {"vi": "  học viên: {n}", "en": "  learners: {n}"},
    "cli.demo.classes": {"vi": "  lớp: {n}", "en": "  classes: {n}"},
    "cli.demo.sessions": {"vi": "  buổi học: {n}", "en": "  sessions: {n}"},
    "cli.demo.cancelled_sessions": {
        "vi": "  buổi không diễn ra: {n}",
        "en": "  cancelled sessions: {n}",
    },
    "cli.demo.enrolments": {"vi": "  lượt ghi danh: {n}", "en": "  enrolments: {n}"},
    "cli.demo.marks": {"vi": "  lượt điểm danh: {n}", "en": "  attendance marks: {n}"},
    "cli.time": {"vi": "Thời gian: {seconds:.2f} s", "en": "Time: {seconds:.2f} s"},
    "cli.backup.done": {
        "vi": "Đã sao lưu và kiểm tra: {path}",
        "en": "Backed up and verified: {path}",
    },
    "cli.restore.done": {
        "vi": "Đã khôi phục {db} từ {backup}.",
        "en": "Restored {db} from {backup}.",
    },
    "cli.restore.kept": {
        "vi": "Tệp cũ được giữ lại: {path}",
        "en": "The replaced file is kept: {path}",
    },
    "cli.export.done": {
        "vi": "Đã xuất báo cáo kỳ {period}: {path} ({seconds:.2f} s)",
        "en": "Exported the {period} report: {path} ({seconds:.2f} s)",
    },
    "cli.export.personal_data": {
        "vi": "CHÚ Ý: tệp có trang «learners» với họ tên, ngày sinh của {learners} (dữ liệu "
        "cá nhân). Chỉ gửi cho người có thẩm quyền.",
        "en": "NOTE: the file has the sheet «learners» with the names and birth dates of "
        "{learners} (personal data). Send it only to those entitled to it.",
    },
    "cli.export.uncounted": {
        "vi": "Lưu ý: {marks} ở {sessions} là của người chưa ghi danh vào lớp tại ngày đó và "
        "không được tính (xem mục «Ghi chú» trong báo cáo).",
        "en": "Note: not counted: {marks} at {sessions}, of people not enrolled in the class "
        "on that date (see «Notes» in the report).",
    },
    "cli.check.file": {"vi": "{path}: {status}", "en": "{path}: {status}"},
    "cli.check.ok": {"vi": "hợp lệ", "en": "valid"},
    "cli.check.flagged": {"vi": "cần xem lại", "en": "flagged"},
    "cli.check.rejected": {"vi": "bị từ chối", "en": "rejected"},
    "cli.check.finding": {"vi": "  {severity}: {text}", "en": "  {severity}: {text}"},
    "cli.check.severity.rejected": {"vi": "lỗi", "en": "error"},
    "cli.check.severity.flagged": {"vi": "cảnh báo nặng", "en": "flag"},
    "cli.check.severity.warning": {"vi": "lưu ý", "en": "warning"},
    "cli.consolidate.hierarchy_row": {"vi": "  dòng {row}: {text}", "en": "  row {row}: {text}"},
    "cli.consolidate.hierarchy": {
        "vi": "Danh sách đơn vị: thêm {added}, cập nhật {updated}.",
        "en": "Unit list: {added} added, {updated} updated.",
    },
    "cli.consolidate.outcome": {"vi": "{path}: {outcome}", "en": "{path}: {outcome}"},
    "cli.consolidate.outcome_flagged": {
        "vi": "{path}: {outcome} — KHÔNG nhập: lệnh này không bao giờ nhận tệp cần xem lại",
        "en": "{path}: {outcome} — NOT imported: this command never accepts flagged files",
    },
    "cli.consolidate.imported": {
        "vi": "Đã nhập {imported}; {not_accepted} cần xem lại không được nhập; "
        "{rejected} bị từ chối.",
        "en": "Imported {imported}; {not_accepted} flagged and not imported; {rejected} rejected.",
    },
    "cli.consolidate.covered": {
        "vi": "  «{unit}» đã được tính trong báo cáo của «{by}»: không cộng lại.",
        "en": "  «{unit}» is already counted in the report of «{by}»: not added again.",
    },
    "cli.consolidate.covered_differs": {
        "vi": "    lưu ý: báo cáo đã nhập khác với bản được tính ở đó.",
        "en": "    note: the imported report differs from the one counted there.",
    },
    "cli.consolidate.outside": {
        "vi": "  đã nhập nhưng nằm ngoài danh sách đơn vị của {parent}, không cộng: "
        "{name} ({unit})",
        "en": "  imported but outside the units below {parent}, not summed: {name} ({unit})",
    },
    "cli.consolidate.missing": {
        "vi": "  chưa báo cáo: {name} ({contact})",
        "en": "  not reported: {name} ({contact})",
    },
    "cli.consolidate.missing_no_contact": {
        "vi": "  chưa báo cáo: {name} (không có liên hệ)",
        "en": "  not reported: {name} (no contact)",
    },
    "cli.consolidate.written": {
        "vi": "Đã ghi báo cáo tổng hợp {path}: {summed} được cộng, mã kiểm tra {hash}… "
        "({seconds:.2f} s)",
        "en": "Wrote the consolidated report {path}: {summed} summed, hash {hash}… "
        "({seconds:.2f} s)",
    },
    "cli.consolidate.rejected_head": {"vi": "Tệp bị từ chối:", "en": "Rejected files:"},
    "cli.learners.file": {
        "vi": "Tệp {file}, trang «{sheet}»: dòng tiêu đề {header}, dữ liệu từ dòng {first}.",
        "en": "{file}, sheet «{sheet}»: header row {header}, data from row {first}.",
    },
    "cli.learners.new": {"vi": "  Mới: {n}", "en": "  New: {n}"},
    "cli.learners.duplicates": {"vi": "  Có thể trùng: {n}", "en": "  Possible duplicates: {n}"},
    "cli.learners.rejected": {"vi": "  Bị từ chối: {n}", "en": "  Rejected: {n}"},
    "cli.learners.rejected_head": {"vi": "Các dòng bị từ chối:", "en": "Rejected rows:"},
    "cli.learners.duplicates_head": {
        "vi": "Các dòng có thể trùng:",
        "en": "Possible duplicates:",
    },
    "cli.learners.same_row": {
        "vi": "  Dòng {row}: giống dòng {other} trong tệp; bỏ qua",
        "en": "  Row {row}: same as row {other} of the file; skipped",
    },
    "cli.learners.same_name": {
        "vi": "  Dòng {row}: có thể là học viên số {id} «{name}» (cùng họ tên và năm sinh); "
        "dùng hồ sơ có sẵn",
        "en": "  Row {row}: possibly learner {id} «{name}» (same name and birth year); "
        "the existing record is used",
    },
    "cli.learners.same_phone": {
        "vi": "  Dòng {row}: có thể là học viên số {id} «{name}» (cùng số điện thoại); "
        "dùng hồ sơ có sẵn",
        "en": "  Row {row}: possibly learner {id} «{name}» (same phone); "
        "the existing record is used",
    },
    "cli.learners.dry_run": {
        "vi": "Chạy thử (--dry-run): không ghi gì vào tệp dữ liệu.",
        "en": "Dry run (--dry-run): nothing was written to the data file.",
    },
    "cli.learners.done": {
        "vi": "Đã nhập: {created}, {used}, {skipped}.",
        "en": "Imported: {created}, {used}, {skipped}.",
    },
    "cli.learners.created": {"vi": "{n} học viên mới", "en": "{n} new learners"},
    "cli.learners.created.one": {"vi": "{n} học viên mới", "en": "{n} new learner"},
    "cli.learners.used": {"vi": "{n} dùng hồ sơ có sẵn", "en": "{n} existing records used"},
    "cli.learners.used.one": {"vi": "{n} dùng hồ sơ có sẵn", "en": "{n} existing record used"},
    "cli.learners.skipped": {"vi": "{n} dòng bỏ qua", "en": "{n} rows skipped"},
    "cli.learners.skipped.one": {"vi": "{n} dòng bỏ qua", "en": "{n} row skipped"},
    "cli.learners.enrolled": {
        "vi": "Ghi danh vào lớp {id}: {learners} ({already}).",
        "en": "Enrolled in class {id}: {learners} ({already}).",
    },
    "cli.learners.already": {"vi": "{n} đã có trong lớp", "en": "{n} were already in it"},
    "cli.learners.already.one": {"vi": "{n} đã có trong lớp", "en": "{n} was already in it"},
    "cli.learners.saved": {
        "vi": "Đã lưu {n} dòng bị từ chối vào {path} để sửa và nhập lại.",
        "en": "Saved {n} rejected rows to {path} to fix and import again.",
    },
    "cli.learners.saved.one": {
        "vi": "Đã lưu {n} dòng bị từ chối vào {path} để sửa và nhập lại.",
        "en": "Saved {n} rejected row to {path} to fix and import again.",
    },
    # --help: the program, its global options and each command's options
    "cli.help.description": {
        "vi": "CLC Desktop: hồ sơ và báo cáo của trung tâm học tập cộng đồng. "
        "Không có lệnh thì mở cửa sổ chương trình.",
        "en": "CLC Desktop: the records and reports of a community learning centre. "
        "Without a command, opens the window.",
    },
    "cli.help.version": {
        "vi": "in số phiên bản rồi thoát",
        "en": "show the version number and exit",
    },
    "cli.help.lang": {
        "vi": "ngôn ngữ (mặc định: CLC_DESKTOP_LANG, ngôn ngữ đã chọn trong cửa sổ, hoặc vi)",
        "en": "language (default: CLC_DESKTOP_LANG, the window's language, or vi)",
    },
    "cli.help.gui_db": {
        "vi": "tệp dữ liệu (mặc định: trong thư mục dữ liệu của người dùng)",
        "en": "database file (default: in the user's data folder)",
    },
    "cli.help.smoke": {
        "vi": "mở tệp dữ liệu, hiện cửa sổ chính rồi thoát với mã 0 (để kiểm tra bản đóng gói)",
        "en": "open the database, show the main window, exit 0 (packaging checks)",
    },
    "cli.help.gui": {
        "vi": "mở cửa sổ chương trình (mặc định)",
        "en": "open the window (the default)",
    },
    "cli.help.demo": {
        "vi": "tạo một trung tâm mẫu trong một tệp dữ liệu mới",
        "en": "create a demo centre in a new database",
    },
    "cli.help.demo.db": {"vi": "tệp dữ liệu mới", "en": "the new database file"},
    "cli.help.demo.seed": {
        "vi": "cùng số hạt giống thì cùng trung tâm (mặc định 1)",
        "en": "same seed, same centre (default 1)",
    },
    "cli.help.demo.size": {
        "vi": "cỡ của trung tâm mẫu (mặc định: small)",
        "en": "the size of the demo centre (default: small)",
    },
    "cli.help.backup": {
        "vi": "ghi một bản sao đã kiểm tra của tệp dữ liệu",
        "en": "write a verified copy of a database",
    },
    "cli.help.backup.db": {"vi": "tệp dữ liệu cần sao lưu", "en": "the database to back up"},
    "cli.help.backup.output": {"vi": "tệp sao lưu mới", "en": "the new backup file"},
    "cli.help.restore": {
        "vi": "thay tệp dữ liệu bằng một bản sao lưu (tệp bị thay được giữ lại)",
        "en": "replace a database with a backup (the replaced file is kept)",
    },
    "cli.help.restore.file": {"vi": "bản sao lưu cần khôi phục", "en": "the backup to restore"},
    "cli.help.restore.db": {"vi": "tệp dữ liệu bị thay", "en": "the database to replace"},
    "cli.help.export": {
        "vi": "xuất báo cáo kỳ của trung tâm (.xlsx)",
        "en": "export the centre's period report (.xlsx)",
    },
    "cli.help.export.db": {"vi": "tệp dữ liệu của trung tâm", "en": "the centre's database"},
    "cli.help.export.period": {
        "vi": "2026, 2026-H1, 2026-Q3, 2026-03 hoặc 2025-2026 (năm học)",
        "en": "2026, 2026-H1, 2026-Q3, 2026-03 or 2025-2026 (school year)",
    },
    "cli.help.export.output": {
        "vi": "tệp báo cáo cần ghi (.xlsx)",
        "en": "the report to write (.xlsx)",
    },
    "cli.help.export.with_learners": {
        "vi": "thêm trang `learners` có họ tên và ngày sinh (DỮ LIỆU CÁ NHÂN)",
        "en": "add the sheet `learners` with names and birth dates (PERSONAL DATA)",
    },
    "cli.help.check": {
        "vi": "kiểm tra các tệp báo cáo theo định dạng trao đổi",
        "en": "validate report files against the exchange format",
    },
    "cli.help.check.files": {"vi": "tệp báo cáo (.xlsx)", "en": "report files (.xlsx)"},
    "cli.help.consolidate": {
        "vi": "nhập các tệp và thư mục báo cáo vào tệp dữ liệu của đơn vị tổng hợp, ghi báo "
        "cáo tổng hợp (lệnh này không bao giờ nhận tệp cần xem lại)",
        "en": "import report files and folders into a coordinator store, write the "
        "consolidated report (flagged files are never accepted here)",
    },
    "cli.help.consolidate.inputs": {
        "vi": "tệp báo cáo, hoặc thư mục chứa tệp báo cáo",
        "en": "report files, or folders holding them",
    },
    "cli.help.consolidate.store": {
        "vi": "tệp dữ liệu của đơn vị tổng hợp",
        "en": "the coordinator store",
    },
    "cli.help.consolidate.unit_id": {
        "vi": "mã của đơn vị tổng hợp",
        "en": "the consolidating unit's id",
    },
    "cli.help.consolidate.unit_name": {
        "vi": "tên của đơn vị tổng hợp",
        "en": "the consolidating unit's name",
    },
    "cli.help.consolidate.level": {
        "vi": "cấp của đơn vị: district, commune, city, ...",
        "en": "district, commune, city, ...",
    },
    "cli.help.consolidate.period": {
        "vi": "2026, 2026-H1, ..., 2025-2026",
        "en": "2026, 2026-H1, ..., 2025-2026",
    },
    "cli.help.consolidate.output": {
        "vi": "tệp báo cáo tổng hợp cần ghi (.xlsx)",
        "en": "the consolidated report to write (.xlsx)",
    },
    "cli.help.consolidate.hierarchy": {
        "vi": "danh sách đơn vị (.xlsx) cần thêm vào tệp dữ liệu trước",
        "en": "a unit list (.xlsx) to add to the store first",
    },
    "cli.help.import_learners": {
        "vi": "nhập danh sách học viên (.xlsx) vào sổ học viên, có thể ghi danh tất cả vào một lớp",
        "en": "import a learner list (.xlsx) into the registry, optionally enrolling everyone",
    },
    "cli.help.import_learners.file": {"vi": "danh sách học viên", "en": "the learner list"},
    "cli.help.import_learners.db": {
        "vi": "tệp dữ liệu của trung tâm",
        "en": "the centre's database",
    },
    "cli.help.import_learners.class": {
        "vi": "ghi danh tất cả vào lớp số này",
        "en": "enrol everyone in this class",
    },
    "cli.help.import_learners.sheet": {
        "vi": "trang cần đọc (mặc định: trang đầu tiên)",
        "en": "the sheet to read (default: the first)",
    },
    "cli.help.import_learners.dry_run": {
        "vi": "cho xem điều sẽ xảy ra, không ghi gì",
        "en": "show what would happen, write nothing",
    },
    "cli.help.import_learners.rejected": {
        "vi": "lưu các dòng bị từ chối vào tệp này để sửa",
        "en": "save the rejected rows to fix them",
    },
    # the placeholders in --help (English: argparse's own names, as before)
    "cli.metavar.command": {"vi": "LỆNH", "en": "COMMAND"},
    "cli.metavar.db": {"vi": "TỆP", "en": "DB"},
    "cli.metavar.output": {"vi": "TỆP", "en": "OUTPUT"},
    "cli.metavar.file": {"vi": "TỆP", "en": "FILE"},
    "cli.metavar.xlsx": {"vi": "TỆP.xlsx", "en": "FILE.xlsx"},
    "cli.metavar.out_xlsx": {"vi": "TỆP_RA.xlsx", "en": "OUT.xlsx"},
    "cli.metavar.input": {"vi": "NGUỒN", "en": "INPUT"},
    "cli.metavar.period": {"vi": "KỲ", "en": "PERIOD"},
    "cli.metavar.seed": {"vi": "SỐ", "en": "SEED"},
    "cli.metavar.store": {"vi": "TỆP", "en": "STORE"},
    "cli.metavar.unit_id": {"vi": "MÃ", "en": "UNIT_ID"},
    "cli.metavar.unit_name": {"vi": "TÊN", "en": "UNIT_NAME"},
    "cli.metavar.level": {"vi": "CẤP", "en": "LEVEL"},
    "cli.metavar.hierarchy": {"vi": "TỆP", "en": "HIERARCHY"},
    "cli.metavar.class": {"vi": "SỐ_LỚP", "en": "CLASS_ID"},
    "cli.metavar.sheet": {"vi": "TRANG", "en": "SHEET"},
    # argparse's own sentences (its gettext msgids, in its %-style; English = the msgid)
    "cli.argparse.usage": {"vi": "cách dùng: ", "en": "usage: "},
    "cli.argparse.positionals": {"vi": "tham số theo vị trí", "en": "positional arguments"},
    "cli.argparse.options": {"vi": "tùy chọn", "en": "options"},
    "cli.argparse.help": {
        "vi": "in trợ giúp này rồi thoát",
        "en": "show this help message and exit",
    },
    "cli.argparse.error": {
        "vi": "%(prog)s: lỗi: %(message)s\n",
        "en": "%(prog)s: error: %(message)s\n",
    },
    "cli.argparse.argument": {
        "vi": "tham số %(argument_name)s: %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "cli.argparse.required": {
        "vi": "thiếu các tham số bắt buộc: %s",
        "en": "the following arguments are required: %s",
    },
    "cli.argparse.unrecognized": {
        "vi": "tham số không nhận ra: %s",
        "en": "unrecognized arguments: %s",
    },
    "cli.argparse.invalid_choice": {
        "vi": "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "cli.argparse.invalid_value": {
        "vi": "giá trị %(type)s không hợp lệ: %(value)r",
        "en": "invalid %(type)s value: %(value)r",
    },
    "cli.argparse.expected_one": {"vi": "cần một giá trị", "en": "expected one argument"},
    "cli.argparse.expected_at_most_one": {
        "vi": "cần nhiều nhất một giá trị",
        "en": "expected at most one argument",
    },
    "cli.argparse.expected_at_least_one": {
        "vi": "cần ít nhất một giá trị",
        "en": "expected at least one argument",
    },
    "cli.argparse.expected_n": {"vi": "cần %s giá trị", "en": "expected %s arguments"},
    "cli.argparse.expected_n.one": {"vi": "cần %s giá trị", "en": "expected %s argument"},
    "cli.argparse.ambiguous": {
        "vi": "tùy chọn không rõ: %(option)s có thể là %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    "cli.argparse.ignored_value": {
        "vi": "tùy chọn này không nhận giá trị: %r",
        "en": "ignored explicit argument %r",
    },
    "cli.argparse.unknown_parser": {
        "vi": "không có lệnh %(parser_name)r (có: %(choices)s)",
        "en": "unknown parser %(parser_name)r (choices: %(choices)s)",
    },
}
