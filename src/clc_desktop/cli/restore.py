"""``clc-desktop restore FILE --db PATH``: replace a database with a backup; the replaced
file is kept beside it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Final

from clc_desktop.cli.common import EXIT_OK, add_command, add_path_option, say
from clc_desktop.domain.messages import message

if TYPE_CHECKING:
    from clc_desktop.cli.common import Subparsers

NAME: Final = "restore"


def add_parser(subparsers: Subparsers, language: str) -> None:
    parser = add_command(subparsers, NAME, language, "cli.help.restore")
    parser.add_argument(
        "file",
        type=Path,
        metavar=message("cli.metavar.file", language),
        help=message("cli.help.restore.file", language),
    )
    add_path_option(
        parser, language, "--db", metavar="cli.metavar.db", help_code="cli.help.restore.db"
    )


def run(args: argparse.Namespace) -> int:
    from clc_desktop.storage.database import restore

    replaced = restore(args.file, args.db)
    say(args.language, "cli.restore.done", db=args.db, backup=args.file)
    if replaced is not None:
        say(args.language, "cli.restore.kept", path=replaced)
    return EXIT_OK
