"""``clc-desktop import-learners FILE.xlsx --db PATH [--class ID] [--dry-run]``: the
learner list import of the window, headless, with the same summary. No Qt.

Exit codes: 0 the list was read (rows rejected are listed, not fatal), 1 the file or the
database was refused (a message on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from clc_desktop.domain.messages import message


def add_import_learners_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "import-learners",
        parents=[common],
        help="import a learner list (.xlsx) into the registry, optionally enrolling everyone",
    )
    parser.add_argument("file", type=Path, metavar="FILE.xlsx")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--class", dest="class_id", type=int, help="enrol everyone in this class")
    parser.add_argument("--sheet", help="the sheet to read (default: the first)")
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would happen, write nothing"
    )
    parser.add_argument(
        "--rejected", type=Path, metavar="OUT.xlsx", help="save the rejected rows to fix them"
    )


_TEXT = {
    "file": (
        "Tệp {file}, trang «{sheet}»: dòng tiêu đề {header}, dữ liệu từ dòng {first}.",
        "{file}, sheet «{sheet}»: header row {header}, data from row {first}.",
    ),
    "new": ("  Mới: {n}", "  New: {n}"),
    "duplicate": ("  Có thể trùng: {n}", "  Possible duplicates: {n}"),
    "rejected": ("  Bị từ chối: {n}", "  Rejected: {n}"),
    "rejected_head": ("Các dòng bị từ chối:", "Rejected rows:"),
    "duplicate_head": ("Các dòng có thể trùng:", "Possible duplicates:"),
    "same_row": (
        "  Dòng {row}: giống dòng {other} trong tệp; bỏ qua",
        "  Row {row}: same as row {other} of the file; skipped",
    ),
    "same_learner": (
        "  Dòng {row}: có thể là học viên số {id} «{name}» ({why}); dùng hồ sơ có sẵn",
        "  Row {row}: possibly learner {id} «{name}» ({why}); the existing record is used",
    ),
    "why_name": ("cùng họ tên và năm sinh", "same name and birth year"),
    "why_phone": ("cùng số điện thoại", "same phone"),
    "dry_run": (
        "Chạy thử (--dry-run): không ghi gì vào tệp dữ liệu.",
        "Dry run (--dry-run): nothing was written to the data file.",
    ),
    "done": (
        "Đã nhập: {created} học viên mới, {used} dùng hồ sơ có sẵn, {skipped} dòng bỏ qua.",
        "Imported: {created} new learners, {used} existing records used, {skipped} rows skipped.",
    ),
    "enrolled": (
        "Ghi danh vào lớp {id}: {enrolled} học viên ({already} đã có trong lớp).",
        "Enrolled in class {id}: {enrolled} learners ({already} were already in it).",
    ),
    "saved": (
        "Đã lưu {n} dòng bị từ chối vào {path} để sửa và nhập lại.",
        "Saved {n} rejected rows to {path} to fix and import again.",
    ),
}


def run_import_learners(args: argparse.Namespace, language: str) -> int:
    from clc_desktop.services.learner_import import (
        RowStatus,
        commit_import,
        preview_import,
        read_learner_list,
        save_rejected_rows,
    )
    from clc_desktop.storage.database import open_store

    def say(key: str, **params: object) -> None:
        vi, en = _TEXT[key]
        print((vi if language == "vi" else en).format(**params))

    sheet = read_learner_list(args.file, args.sheet)  # refused files raise before the store
    with open_store(args.db) as store, store.session() as session:
        preview = preview_import(session, sheet)
        say(
            "file",
            file=args.file,
            sheet=sheet.sheet_name,
            header=preview.mapping.header_row,
            first=preview.mapping.first_data_row,
        )
        say("new", n=preview.new)
        say("duplicate", n=preview.duplicates)
        say("rejected", n=preview.rejected)
        if preview.rejected:
            say("rejected_head")
            for row in preview.rejected_rows():
                print(
                    "  "
                    + message("import.row", language, row=row.row, reason=row.reasons(language))
                )
        if preview.duplicates:
            say("duplicate_head")
            for row in preview.rows:
                if row.status is RowStatus.DUPLICATE:
                    best = row.duplicates[0]
                    why = _TEXT["why_name" if best.same_name else "why_phone"]
                    say(
                        "same_learner",
                        row=row.row,
                        id=best.id,
                        name=best.full_name,
                        why=why[0] if language == "vi" else why[1],
                    )
                elif row.status is RowStatus.DUPLICATE_IN_FILE:
                    say("same_row", row=row.row, other=row.same_as_row)
        if args.dry_run:
            say("dry_run")
        else:
            result = commit_import(session, preview, class_id=args.class_id)
            say(
                "done",
                created=result.created,
                used=result.used_existing,
                skipped=result.skipped,
            )
            if args.class_id is not None:
                say(
                    "enrolled",
                    id=args.class_id,
                    enrolled=result.enrolled,
                    already=result.already_enrolled,
                )
    if args.rejected is not None and preview.rejected:
        count = save_rejected_rows(preview, args.rejected, language)
        say("saved", n=count, path=args.rejected)
    return 0
