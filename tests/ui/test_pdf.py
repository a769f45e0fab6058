"""A4 pages as a commune office lays them out (Nghị định 30/2020: left 30 mm, right
20 mm, top and bottom 20 mm), page numbers included."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from clc_desktop.ui.pdf import write_pdf

MM = 72 / 25.4  # points per millimetre
A4_WIDTH = 210 * MM

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0,
    reason="pdftotext is not installed",
)


def _words(path: Path) -> dict[str, tuple[float, float]]:
    """Each word's left and right edge, in points."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return {
        m.group(3): (float(m.group(1)), float(m.group(2)))
        for m in re.finditer(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]+)<', html)
    }


def test_a_numbered_page_uses_the_administrative_margins(
    qapp: QApplication, tmp_path: Path
) -> None:
    html = (
        '<table width="100%"><tr><td>BEGIN</td><td align="right">END</td></tr></table>'
        "<p>" + "text " * 400 + "</p>"
    )
    path = write_pdf(html, tmp_path / "page.pdf")
    words = _words(path)
    left, right = words["BEGIN"][0], A4_WIDTH - words["END"][1]
    assert 28 * MM < left < 33 * MM, left / MM
    assert 18 * MM < right < 23 * MM, right / MM
