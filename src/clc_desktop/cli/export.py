"""``clc-desktop export --db PATH --period P -o FILE.xlsx [--with-learners]``: the centre's
period report in the exchange format (the people's sheet in the chosen language)."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING, Final

from clc_desktop.cli.common import EXIT_OK, add_command, add_path_option, say
from clc_desktop.domain.messages import counted, message

if TYPE_CHECKING:
    from clc_desktop.cli.common import Subparsers

NAME: Final = "export"


def add_parser(subparsers: Subparsers, language: str) -> None:
    parser = add_command(subparsers, NAME, language, "cli.help.export")
    add_path_option(
        parser, language, "--db", metavar="cli.metavar.db", help_code="cli.help.export.db"
    )
    parser.add_argument(
        "--period",
        required=True,
        metavar=message("cli.metavar.period", language),
        help=message("cli.help.export.period", language),
    )
    add_path_option(
        parser,
        language,
        "-o",
        "--output",
        metavar="cli.metavar.output",
        help_code="cli.help.export.output",
    )
    parser.add_argument(
        "--with-learners",
        action="store_true",
        help=message("cli.help.export.with_learners", language),
    )


def run(args: argparse.Namespace) -> int:
    from clc_desktop.services.centre_report import export_centre_report
    from clc_desktop.storage.database import open_store

    lang = args.language
    started = time.perf_counter()
    with open_store(args.db) as store, store.session() as session:
        result = export_centre_report(
            session,
            args.period,
            args.output,
            language=lang,
            db_label=str(store.path),
            with_learners=args.with_learners,
        )
    elapsed = time.perf_counter() - started
    say(lang, "cli.export.done", period=result.period.code, path=result.path, seconds=elapsed)
    if result.learners_written is not None:
        learners = counted("cli.count.learners", result.learners_written, lang)
        say(lang, "cli.export.personal_data", learners=learners)
    if result.uncounted:
        marks = sum(item.marks for item in result.uncounted)
        say(
            lang,
            "cli.export.uncounted",
            marks=counted("cli.count.marks", marks, lang),
            sessions=counted("cli.count.sessions", len(result.uncounted), lang),
        )
    return EXIT_OK
