"""Headless commands. No Qt is imported here (an import-linter contract checks it).

Exit codes: 0 success, 1 failure (a message on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from clc_desktop import __version__
from clc_desktop.domain.messages import DEFAULT_LANGUAGE, LANGUAGES, Problem

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

GUI_COMMANDS = (None, "gui")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clc-desktop",
        description="CLC Desktop: hồ sơ và báo cáo của trung tâm học tập cộng đồng. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"clc-desktop {__version__}")
    _add_gui_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the window (the default)")
    _add_gui_options(gui)

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="language of messages (default: vi)",
    )
    demo = commands.add_parser(
        "demo", parents=[common], help="create a demo centre in a new database"
    )
    demo.add_argument("--db", type=Path, required=True, help="the new database file")
    demo.add_argument("--seed", type=int, default=1, help="same seed, same centre (default 1)")
    demo.add_argument("--size", choices=("small", "large"), default="small")

    backup = commands.add_parser(
        "backup", parents=[common], help="write a verified copy of a database"
    )
    backup.add_argument("--db", type=Path, required=True)
    backup.add_argument("-o", "--output", type=Path, required=True, help="the new backup file")

    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="replace a database with a backup (the replaced file is kept)",
    )
    restore.add_argument("file", type=Path, help="the backup to restore")

    export = commands.add_parser(
        "export", parents=[common], help="export the centre's period report (.xlsx)"
    )
    export.add_argument("--db", type=Path, required=True)
    export.add_argument(
        "--period", required=True, help="2026, 2026-H1, 2026-Q3, 2026-03 or 2025-2026 (school year)"
    )
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument(
        "--with-learners",
        action="store_true",
        help="add the sheet `learners` with names and birth dates (PERSONAL DATA)",
    )

    check = commands.add_parser(
        "check", parents=[common], help="validate report files against the exchange format"
    )
    check.add_argument("files", type=Path, nargs="+", metavar="FILE")

    consolidate = commands.add_parser(
        "consolidate",
        parents=[common],
        help="import report files and folders into a coordinator store, write the "
        "consolidated report (flagged files are never accepted here)",
    )
    consolidate.add_argument("inputs", type=Path, nargs="+", metavar="INPUT")
    consolidate.add_argument("--store", type=Path, required=True, help="the coordinator store")
    consolidate.add_argument("--unit-id", required=True, help="the consolidating unit's id")
    consolidate.add_argument("--unit-name", required=True)
    consolidate.add_argument("--level", required=True, help="district, commune, city, ...")
    consolidate.add_argument("--period", required=True, help="2026, 2026-H1, ..., 2025-2026")
    consolidate.add_argument("-o", "--output", type=Path, required=True)
    consolidate.add_argument(
        "--hierarchy", type=Path, help="a unit list (.xlsx) to add to the store first"
    )
    from clc_desktop.cli_learners import add_import_learners_parser

    add_import_learners_parser(commands, common)
    restore.add_argument("--db", type=Path, required=True)
    return parser


def _add_gui_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help="database file (default: the user's data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="language of messages (default: vi)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        default=argparse.SUPPRESS,
        help="open the database, show the main window, exit 0 (packaging checks)",
    )


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line; exits with code 2 on a usage error (argparse's own)."""
    args = build_parser().parse_args(argv)
    for name, default in (("db", None), ("lang", None), ("smoke", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    return args


def language(args: argparse.Namespace) -> str:
    chosen = getattr(args, "lang", None) or os.environ.get("CLC_DESKTOP_LANG", "")
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def run(args: argparse.Namespace) -> int:
    """Run a headless command; the window (``gui``) is started by ``clc_desktop.__main__``."""
    handler = _COMMANDS[args.command]
    try:
        return handler(args)
    except Problem as problem:
        print(problem.text(language(args)), file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE


def _say(args: argparse.Namespace, vi: str, en: str) -> None:
    print(vi if language(args) == "vi" else en)


def _demo(args: argparse.Namespace) -> int:
    from clc_desktop.services.demo_data import generate_demo
    from clc_desktop.storage.database import open_store

    started = time.perf_counter()
    with open_store(args.db) as store:
        summary = generate_demo(
            store.engine, seed=args.seed, size=args.size, db_label=str(store.path)
        )
    elapsed = time.perf_counter() - started
    _say(
        args,
        f"Đã tạo trung tâm mẫu «{summary.centre_name}» (năm học {summary.school_year}) "
        f"trong {store.path}:",
        f"Created the demo centre «{summary.centre_name}» (school year {summary.school_year}) "
        f"in {store.path}:",
    )
    for label_vi, label_en, value in (
        ("học viên", "learners", summary.learners),
        ("lớp", "classes", summary.classes),
        ("buổi học", "sessions", summary.sessions),
        ("buổi không diễn ra", "cancelled sessions", summary.cancelled_sessions),
        ("lượt ghi danh", "enrolments", summary.enrolments),
        ("lượt điểm danh", "attendance marks", summary.marks),
    ):
        _say(args, f"  {label_vi}: {value:,}".replace(",", "."), f"  {label_en}: {value:,}")
    _say(args, f"Thời gian: {elapsed:.2f} s", f"Time: {elapsed:.2f} s")
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    from clc_desktop.storage.database import backup_to

    backup_to(args.db, args.output)
    _say(args, f"Đã sao lưu và kiểm tra: {args.output}", f"Backed up and verified: {args.output}")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from clc_desktop.storage.database import restore

    replaced = restore(args.file, args.db)
    _say(args, f"Đã khôi phục {args.db} từ {args.file}.", f"Restored {args.db} from {args.file}.")
    if replaced is not None:
        _say(args, f"Tệp cũ được giữ lại: {replaced}", f"The replaced file is kept: {replaced}")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from clc_desktop.services.centre_report import export_centre_report
    from clc_desktop.storage.database import open_store

    started = time.perf_counter()
    with open_store(args.db) as store, store.session() as session:
        result = export_centre_report(
            session,
            args.period,
            args.output,
            language=language(args),
            db_label=str(store.path),
            with_learners=args.with_learners,
        )
    elapsed = time.perf_counter() - started
    _say(
        args,
        f"Đã xuất báo cáo kỳ {result.period.code}: {result.path} ({elapsed:.2f} s)",
        f"Exported the {result.period.code} report: {result.path} ({elapsed:.2f} s)",
    )
    if result.learners_written is not None:
        _say(
            args,
            f"CHÚ Ý: tệp có trang «learners» với họ tên, ngày sinh của {result.learners_written} "
            "học viên (dữ liệu cá nhân). Chỉ gửi cho người có thẩm quyền.",
            f"NOTE: the file has the sheet «learners» with the names and birth dates of "
            f"{result.learners_written} learners (personal data). Send it only to those "
            "entitled to it.",
        )
    if result.uncounted:
        marks = sum(item.marks for item in result.uncounted)
        _say(
            args,
            f"Lưu ý: {marks} lượt điểm danh ở {len(result.uncounted)} buổi là của người chưa "
            "ghi danh vào lớp tại ngày đó và không được tính (xem mục «Ghi chú» trong báo cáo).",
            f"Note: {marks} marks at {len(result.uncounted)} sessions belong to people not "
            "enrolled in the class on that date and are not counted (see «Notes» in the report).",
        )
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from clc_desktop.domain.messages import message
    from clc_desktop.reports.reader import REJECTED, read_report

    lang = language(args)
    status_text = {
        "ok": ("hợp lệ", "valid"),
        "flagged": ("cần xem lại", "flagged"),
        REJECTED: ("bị từ chối", "rejected"),
    }
    severity_text = {
        "rejected": ("lỗi", "error"),
        "flagged": ("cảnh báo nặng", "flag"),
        "warning": ("lưu ý", "warning"),
    }
    worst = EXIT_OK
    for path in args.files:
        report = read_report(path)
        vi, en = status_text[report.status]
        print(f"{path}: {vi if lang == 'vi' else en}")
        for finding in report.findings:
            label_vi, label_en = severity_text[finding.severity]
            label = label_vi if lang == "vi" else label_en
            print(f"  {label}: {message(finding.code, lang, **finding.params)}")
        if report.status != "ok":
            worst = EXIT_FAILURE
    return worst


def _consolidate(args: argparse.Namespace) -> int:
    from clc_desktop.cli_consolidate import run_consolidate

    return run_consolidate(args, language(args))


def _import_learners(args: argparse.Namespace) -> int:
    from clc_desktop.cli_learners import run_import_learners

    return run_import_learners(args, language(args))


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import-learners": _import_learners,
    "consolidate": _consolidate,
    "check": _check,
    "export": _export,
    "demo": _demo,
    "backup": _backup,
    "restore": _restore,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the headless commands (``python -m clc_desktop.cli``)."""
    args = parse(argv)
    if args.command in GUI_COMMANDS:
        print(
            "clc-desktop: the window is started by `clc-desktop` / `python -m clc_desktop`",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
