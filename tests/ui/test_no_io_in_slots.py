"""Nothing that touches a file or a database runs in a slot: a method of a UI class hands
that work to ``ui/operations.py`` (its work function, a nested function or lambda, runs on
the background lane). A machine check, as napari checks its core for Qt.

``app.py`` is left out on purpose: the composition root opens the store and asks for the
first centre profile before the event loop runs, and replaces the store after a restore
while no window is open."""

from __future__ import annotations

import ast
from pathlib import Path

import clc_desktop

UI = Path(clc_desktop.__file__).parent / "ui"

#: Methods that open a database session or touch the disk, and such functions.
IO_METHODS = {
    "session",  # store.session(), ops.session()
    "read_text",
    "write_text",
    "read_bytes",
    "write_bytes",
    "mkdir",
    "unlink",
    "iterdir",
    "glob",
    "rglob",
    "stat",
    "exists",
    "is_dir",
    "is_file",
}
IO_FUNCTIONS = {
    "open",
    "load_workbook",
    "list_backups",
    "open_store",
    "open_coordinator_store",
    # our functions that read or write files
    "read_report",
    "read_learner_list",
    "save_rejected_rows",
    "write_workbook",
    "write_consolidation",
    "write_completeness_sheet",
    "write_completeness_pdf",
    "write_pdf",
    "export_hierarchy",
    "import_hierarchy",
    "backup_to",
}
#: The module whose methods run on the worker thread by design.
EXEMPT = {"operations.py"}


def _direct_calls(function: ast.FunctionDef) -> list[ast.Call]:
    """Calls made by ``function`` itself, not by the functions or lambdas it defines."""
    calls: list[ast.Call] = []
    todo: list[ast.AST] = list(function.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        if isinstance(node, ast.Call):
            calls.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return calls


def _io(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute) and call.func.attr in IO_METHODS:
        return call.func.attr
    if isinstance(call.func, ast.Name) and call.func.id in IO_FUNCTIONS:
        return call.func.id
    return ""


def test_no_method_of_the_ui_opens_a_session_or_touches_a_file() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in EXEMPT:
            continue
        for cls in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(cls, ast.ClassDef):
                continue
            for method in cls.body:
                if isinstance(method, ast.FunctionDef):
                    for call in _direct_calls(method):
                        if name := _io(call):
                            found.append(
                                f"{path.relative_to(UI)}:{call.lineno} "
                                f"{cls.name}.{method.name} calls {name}()"
                            )
    assert found == []
