"""``clc-desktop check FILE...``: validate report files against the exchange format.

Exit codes: 0 every file is valid, 1 a file is flagged or rejected, 2 usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Final

from clc_desktop.cli.common import EXIT_FAILURE, EXIT_OK, add_command, say
from clc_desktop.domain.messages import message

if TYPE_CHECKING:
    from clc_desktop.cli.common import Subparsers

NAME: Final = "check"

# A report's status and a finding's severity (stable keys of the reader) -> their words.
STATUS_CODES: Final = {
    "ok": "cli.check.ok",
    "flagged": "cli.check.flagged",
    "rejected": "cli.check.rejected",  # reports.reader.REJECTED
}
SEVERITY_CODES: Final = {
    "rejected": "cli.check.severity.rejected",
    "flagged": "cli.check.severity.flagged",
    "warning": "cli.check.severity.warning",
}


def add_parser(subparsers: Subparsers, language: str) -> None:
    parser = add_command(subparsers, NAME, language, "cli.help.check")
    parser.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar=message("cli.metavar.file", language),
        help=message("cli.help.check.files", language),
    )


def run(args: argparse.Namespace) -> int:
    from clc_desktop.reports.reader import read_report

    lang = args.language
    worst = EXIT_OK
    for path in args.files:
        report = read_report(path)
        status = message(STATUS_CODES[report.status], lang)
        say(lang, "cli.check.file", path=path, status=status)
        for finding in report.findings:
            say(
                lang,
                "cli.check.finding",
                severity=message(SEVERITY_CODES[finding.severity], lang),
                text=message(finding.code, lang, **finding.params),
            )
        if report.status != "ok":
            worst = EXIT_FAILURE
    return worst
