"""``clc-desktop consolidate INPUT... --store PATH --unit-id ID --unit-name NAME --level L
--period P -o OUT.xlsx [--hierarchy FILE.xlsx]``: import report files into a coordinator
store, then write the consolidated report. No coordinator is present, so flagged files are
never accepted.

Exit codes: 0 the output was written (rejected files are listed), 1 nothing could be
written, 2 wrong usage (a bad period or unit id).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Final

from clc_desktop.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    add_command,
    add_path_option,
    complain,
    say,
)
from clc_desktop.domain.messages import Problem, counted, message

if TYPE_CHECKING:
    from clc_desktop.cli.common import Subparsers
    from clc_desktop.coordinator.consolidation import Consolidation

NAME: Final = "consolidate"

_ID = re.compile(r"^[A-Za-z0-9._-]+$")


def add_parser(subparsers: Subparsers, language: str) -> None:
    def text(code: str) -> str:
        return message(code, language)

    parser = add_command(subparsers, NAME, language, "cli.help.consolidate")
    parser.add_argument(
        "inputs",
        type=Path,
        nargs="+",
        metavar=text("cli.metavar.input"),
        help=text("cli.help.consolidate.inputs"),
    )
    add_path_option(
        parser,
        language,
        "--store",
        metavar="cli.metavar.store",
        help_code="cli.help.consolidate.store",
    )
    for option, metavar, help_code in (
        ("--unit-id", "cli.metavar.unit_id", "cli.help.consolidate.unit_id"),
        ("--unit-name", "cli.metavar.unit_name", "cli.help.consolidate.unit_name"),
        ("--level", "cli.metavar.level", "cli.help.consolidate.level"),
        ("--period", "cli.metavar.period", "cli.help.consolidate.period"),
    ):
        parser.add_argument(option, required=True, metavar=text(metavar), help=text(help_code))
    add_path_option(
        parser,
        language,
        "-o",
        "--output",
        metavar="cli.metavar.output",
        help_code="cli.help.consolidate.output",
    )
    parser.add_argument(
        "--hierarchy",
        type=Path,
        metavar=text("cli.metavar.hierarchy"),
        help=text("cli.help.consolidate.hierarchy"),
    )


def run(args: argparse.Namespace) -> int:
    from clc_desktop.coordinator.consolidation import consolidate, write_consolidation
    from clc_desktop.coordinator.hierarchy import HierarchyFileProblems, import_hierarchy
    from clc_desktop.coordinator.report_import import (
        REJECTED_OUTCOME,
        commit_import,
        preview_import,
    )
    from clc_desktop.coordinator.store import open_coordinator_store
    from clc_desktop.domain.periods import parse_period

    lang = args.language
    try:
        parse_period(args.period)
    except ValueError:
        complain(lang, "report.bad_period", period=args.period)
        return EXIT_USAGE
    for key, value in (("unit_id", args.unit_id), ("level", args.level)):
        if not _ID.match(value):
            complain(lang, "meta.bad_id", key=key, value=value)
            return EXIT_USAGE
    started = time.perf_counter()
    with open_coordinator_store(args.store) as store:
        if args.hierarchy is not None:
            try:
                with store.session() as session:
                    changes = import_hierarchy(session, args.hierarchy)
            except HierarchyFileProblems as refused:
                print(refused.text(lang), file=sys.stderr)
                for problem in refused.problems:
                    text = message(problem.code, lang, **problem.params)
                    say(lang, "cli.consolidate.hierarchy_row", row=problem.row, text=text)
                return EXIT_FAILURE
            say(
                lang,
                "cli.consolidate.hierarchy",
                added=len(changes.added),
                updated=len(changes.updated),
            )
        with store.session() as session:
            preview = preview_import(session, args.inputs, expected_period=args.period)
            result = commit_import(session, preview)
        for outcome in preview.outcomes:
            if outcome.needs_acceptance:
                code = "cli.consolidate.outcome_flagged"
            else:
                code = "cli.consolidate.outcome"
            say(lang, code, path=outcome.path, outcome=outcome.describe(lang))
        rejected = [o for o in preview.outcomes if o.outcome == REJECTED_OUTCOME]
        say(
            lang,
            "cli.consolidate.imported",
            imported=counted("cli.count.files", len(result.imported), lang),
            not_accepted=counted("cli.count.files", len(result.not_accepted), lang),
            rejected=counted("cli.count.files", len(rejected), lang),
        )
        try:
            with store.session() as session:
                consolidation = consolidate(
                    session,
                    args.unit_id,
                    args.period,
                    unit_name=args.unit_name,
                    level=args.level,
                )
        except Problem as problem:
            print(problem.text(lang), file=sys.stderr)
            return EXIT_FAILURE
        content = write_consolidation(consolidation, args.output, language=lang)
    _say_what_was_left_out(args, consolidation)
    say(
        lang,
        "cli.consolidate.written",
        path=args.output,
        summed=counted("cli.count.reports", len(consolidation.summed), lang),
        hash=content.header.content_sha256[:12],
        seconds=time.perf_counter() - started,
    )
    if rejected:
        say(lang, "cli.consolidate.rejected_head")
        for outcome in rejected:
            say(lang, "cli.item", text=outcome.path)
    return EXIT_OK


def _say_what_was_left_out(args: argparse.Namespace, consolidation: Consolidation) -> None:
    lang = args.language
    for covered in consolidation.covered:
        say(
            lang,
            "cli.consolidate.covered",
            unit=covered.report.unit_name,
            by=covered.by.unit_name,
        )
        if covered.differs:
            say(lang, "cli.consolidate.covered_differs")
    for outside in consolidation.outside:
        say(
            lang,
            "cli.consolidate.outside",
            parent=args.unit_id,
            name=outside.unit_name,
            unit=outside.unit_id,
        )
    for missing in consolidation.missing:
        contact = ", ".join(x for x in (missing.unit.contact_person, missing.unit.phone) if x)
        if contact:
            say(lang, "cli.consolidate.missing", name=missing.unit.name, contact=contact)
        else:
            say(lang, "cli.consolidate.missing_no_contact", name=missing.unit.name)
