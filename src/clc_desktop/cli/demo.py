"""``clc-desktop demo --db PATH [--seed N] [--size small|large]``: a demo centre in a new
database (the same seed gives the same centre)."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING, Final

from clc_desktop.cli.common import EXIT_OK, add_command, add_path_option, grouped, say
from clc_desktop.domain.messages import message

if TYPE_CHECKING:
    from clc_desktop.cli.common import Subparsers

NAME: Final = "demo"


def add_parser(subparsers: Subparsers, language: str) -> None:
    parser = add_command(subparsers, NAME, language, "cli.help.demo")
    add_path_option(
        parser, language, "--db", metavar="cli.metavar.db", help_code="cli.help.demo.db"
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar=message("cli.metavar.seed", language),
        help=message("cli.help.demo.seed", language),
    )
    parser.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help=message("cli.help.demo.size", language),
    )


def run(args: argparse.Namespace) -> int:
    from clc_desktop.services.demo_data import generate_demo
    from clc_desktop.storage.database import open_store

    lang = args.language
    started = time.perf_counter()
    with open_store(args.db) as store:
        summary = generate_demo(
            store.engine, seed=args.seed, size=args.size, db_label=str(store.path)
        )
    elapsed = time.perf_counter() - started
    say(
        lang,
        "cli.demo.created",
        centre=summary.centre_name,
        school_year=summary.school_year,
        path=store.path,
    )
    for code, value in (
        ("cli.demo.learners", summary.learners),
        ("cli.demo.classes", summary.classes),
        ("cli.demo.sessions", summary.sessions),
        ("cli.demo.cancelled_sessions", summary.cancelled_sessions),
        ("cli.demo.enrolments", summary.enrolments),
        ("cli.demo.marks", summary.marks),
    ):
        say(lang, code, n=grouped(value, lang))
    say(lang, "cli.time", seconds=elapsed)
    return EXIT_OK
