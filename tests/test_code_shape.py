"""The shape the code keeps so that the next engineer can carry it on: no source file
over 800 lines, no class of the UI over 40 methods (split a page into a shell and one
widget per tab, as Vorta's ``views/*_tab.py`` do)."""

from __future__ import annotations

import ast
from pathlib import Path

import clc_desktop

SOURCE = Path(clc_desktop.__file__).parent
MAX_LINES = 800
MAX_UI_METHODS = 40


def _sources() -> list[Path]:
    return sorted(p for p in SOURCE.rglob("*.py") if "migrations" not in p.parts)


def test_no_source_file_is_over_800_lines() -> None:
    long = {
        str(p.relative_to(SOURCE)): n
        for p in _sources()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_no_ui_class_has_over_40_methods() -> None:
    big: dict[str, int] = {}
    for path in _sources():
        if "ui" not in path.relative_to(SOURCE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                methods = [
                    n for n in node.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
                ]
                if len(methods) > MAX_UI_METHODS:
                    big[f"{path.relative_to(SOURCE)}:{node.name}"] = len(methods)
    assert big == {}
