"""``clc-desktop consolidate``: import report files into a coordinator store, then write
the consolidated report. No coordinator is present, so flagged files are never accepted.

Exit codes: 0 the output was written (rejected files are listed), 1 nothing could be
written, 2 wrong usage (a bad period or unit id).
"""

from __future__ import annotations

import argparse
import re
import sys
import time

from clc_desktop.domain.messages import Problem, message

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

_ID = re.compile(r"^[A-Za-z0-9._-]+$")


def _say(lang: str, vi: str, en: str, *, err: bool = False) -> None:
    print(vi if lang == "vi" else en, file=sys.stderr if err else sys.stdout)


def run_consolidate(args: argparse.Namespace, lang: str) -> int:
    from clc_desktop.coordinator.consolidation import consolidate, write_consolidation
    from clc_desktop.coordinator.hierarchy import HierarchyFileProblems, import_hierarchy
    from clc_desktop.coordinator.report_import import commit_import, preview_import
    from clc_desktop.coordinator.store import open_coordinator_store
    from clc_desktop.domain.periods import parse_period
    from clc_desktop.reports.reader import REJECTED

    try:
        parse_period(args.period)
    except ValueError:
        print(message("report.bad_period", lang, period=args.period), file=sys.stderr)
        return EXIT_USAGE
    for value in (args.unit_id, args.level):
        if not _ID.match(value):
            print(message("meta.bad_id", lang, key="unit_id", value=value), file=sys.stderr)
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
                    _say(lang, f"  dòng {problem.row}: {text}", f"  row {problem.row}: {text}")
                return EXIT_FAILURE
            _say(
                lang,
                f"Danh sách đơn vị: thêm {len(changes.added)}, cập nhật {len(changes.updated)}.",
                f"Unit list: {len(changes.added)} added, {len(changes.updated)} updated.",
            )
        with store.session() as session:
            preview = preview_import(session, args.inputs, expected_period=args.period)
            result = commit_import(session, preview)
        for outcome in preview.outcomes:
            line = outcome.describe(lang)
            if outcome.needs_acceptance:
                line += (
                    " — KHÔNG nhập: lệnh này không bao giờ nhận tệp cần xem lại"
                    if lang == "vi"
                    else " — NOT imported: this command never accepts flagged files"
                )
            print(f"{outcome.path}: {line}")
        rejected = [o for o in preview.outcomes if o.outcome == REJECTED]
        _say(
            lang,
            f"Đã nhập {len(result.imported)} tệp; {len(result.not_accepted)} tệp cần xem lại "
            f"không được nhập; {len(rejected)} tệp bị từ chối.",
            f"Imported {len(result.imported)} files; {len(result.not_accepted)} flagged files "
            f"not imported; {len(rejected)} files rejected.",
        )
        try:
            with store.session() as session:
                result_report = consolidate(
                    session,
                    args.unit_id,
                    args.period,
                    unit_name=args.unit_name,
                    level=args.level,
                )
        except Problem as problem:
            print(problem.text(lang), file=sys.stderr)
            return EXIT_FAILURE
        content = write_consolidation(result_report, args.output, language=lang)
    for covered in result_report.covered:
        _say(
            lang,
            f"  «{covered.report.unit_name}» đã được tính trong báo cáo của "
            f"«{covered.by.unit_name}»: không cộng lại.",
            f"  «{covered.report.unit_name}» is already counted in the report of "
            f"«{covered.by.unit_name}»: not added again.",
        )
        if covered.differs:
            _say(
                lang,
                "    lưu ý: báo cáo đã nhập khác với bản được tính ở đó.",
                "    note: the imported report differs from the one counted there.",
            )
    for outside in result_report.outside:
        _say(
            lang,
            f"  đã nhập nhưng nằm ngoài danh sách đơn vị của {args.unit_id}, không cộng: "
            f"{outside.unit_name} ({outside.unit_id})",
            f"  imported but outside the units below {args.unit_id}, not summed: "
            f"{outside.unit_name} ({outside.unit_id})",
        )
    for missing in result_report.missing:
        contact = ", ".join(x for x in (missing.unit.contact_person, missing.unit.phone) if x)
        _say(
            lang,
            f"  chưa báo cáo: {missing.unit.name} ({contact or 'không có liên hệ'})",
            f"  not reported: {missing.unit.name} ({contact or 'no contact'})",
        )
    elapsed = time.perf_counter() - started
    _say(
        lang,
        f"Đã ghi báo cáo tổng hợp {args.output}: {len(result_report.summed)} báo cáo được "
        f"cộng, mã kiểm tra {content.header.content_sha256[:12]}… ({elapsed:.2f} s)",
        f"Wrote the consolidated report {args.output}: {len(result_report.summed)} reports "
        f"summed, hash {content.header.content_sha256[:12]}… ({elapsed:.2f} s)",
    )
    if rejected:
        _say(lang, "Tệp bị từ chối:", "Rejected files:")
        for outcome in rejected:
            print(f"  {outcome.path}")
    return EXIT_OK
