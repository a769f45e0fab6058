"""``clc-desktop import-learners FILE.xlsx --db PATH [--class ID] [--dry-run]``: the
learner list import of the window, headless, with the same summary. No Qt.

Exit codes: 0 the list was read (rows rejected are listed, not fatal), 1 the file or the
database was refused (a message on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Final

from clc_desktop.cli.common import EXIT_OK, add_command, add_path_option, say
from clc_desktop.domain.messages import Problem, counted, message

if TYPE_CHECKING:
    from clc_desktop.cli.common import Subparsers
    from clc_desktop.services.learner_import import ImportPreview

NAME: Final = "import-learners"


def add_parser(subparsers: Subparsers, language: str) -> None:
    def text(code: str) -> str:
        return message(code, language)

    parser = add_command(subparsers, NAME, language, "cli.help.import_learners")
    parser.add_argument(
        "file",
        type=Path,
        metavar=text("cli.metavar.xlsx"),
        help=text("cli.help.import_learners.file"),
    )
    add_path_option(
        parser, language, "--db", metavar="cli.metavar.db", help_code="cli.help.import_learners.db"
    )
    parser.add_argument(
        "--class",
        dest="class_id",
        type=int,
        metavar=text("cli.metavar.class"),
        help=text("cli.help.import_learners.class"),
    )
    parser.add_argument(
        "--sheet",
        metavar=text("cli.metavar.sheet"),
        help=text("cli.help.import_learners.sheet"),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=text("cli.help.import_learners.dry_run")
    )
    parser.add_argument(
        "--rejected",
        type=Path,
        metavar=text("cli.metavar.out_xlsx"),
        help=text("cli.help.import_learners.rejected"),
    )


def run(args: argparse.Namespace) -> int:
    from clc_desktop.services.learner_import import (
        commit_import,
        preview_import,
        read_learner_list,
        save_rejected_rows,
    )
    from clc_desktop.storage.database import open_store

    lang = args.language
    sheet = read_learner_list(args.file, args.sheet)  # refused files raise before the store
    with open_store(args.db) as store, store.session() as session:
        preview = preview_import(session, sheet)
        say(
            lang,
            "cli.learners.file",
            file=args.file,
            sheet=sheet.sheet_name,
            header=preview.mapping.header_row,
            first=preview.mapping.first_data_row,
        )
        _say_the_preview(lang, preview)
        if args.dry_run:
            say(lang, "cli.learners.dry_run")
        else:
            try:
                result = commit_import(session, preview, class_id=args.class_id)
            except Problem as problem:  # the window's wording assumes a class chosen in it
                if problem.code != "import.class_not_found":
                    raise
                raise Problem("cli.learners.no_class", id=args.class_id) from None
            say(
                lang,
                "cli.learners.done",
                created=counted("cli.learners.created", result.created, lang),
                used=counted("cli.learners.used", result.used_existing, lang),
                skipped=counted("cli.learners.skipped", result.skipped, lang),
            )
            if args.class_id is not None:
                say(
                    lang,
                    "cli.learners.enrolled",
                    id=args.class_id,
                    learners=counted("cli.count.learners", result.enrolled, lang),
                    already=counted("cli.learners.already", result.already_enrolled, lang),
                )
    if args.rejected is not None and preview.rejected:
        count = save_rejected_rows(preview, args.rejected, lang)
        print(counted("cli.learners.saved", count, lang, path=args.rejected))
    return EXIT_OK


def _say_the_preview(lang: str, preview: ImportPreview) -> None:
    from clc_desktop.services.learner_import import RowStatus

    say(lang, "cli.learners.new", n=preview.new)
    say(lang, "cli.learners.duplicates", n=preview.duplicates)
    say(lang, "cli.learners.rejected", n=preview.rejected)
    if preview.rejected:
        say(lang, "cli.learners.rejected_head")
        for row in preview.rejected_rows():
            line = message("import.row", lang, row=row.row, reason=row.reasons(lang))
            say(lang, "cli.item", text=line)
    if preview.duplicates:
        say(lang, "cli.learners.duplicates_head")
        for row in preview.rows:
            if row.status is RowStatus.DUPLICATE:
                best = row.duplicates[0]
                say(
                    lang,
                    "cli.learners.same_name" if best.same_name else "cli.learners.same_phone",
                    row=row.row,
                    id=best.id,
                    name=best.full_name,
                )
            elif row.status is RowStatus.DUPLICATE_IN_FILE:
                say(lang, "cli.learners.same_row", row=row.row, other=row.same_as_row)
