"""The completeness list printed to PDF, in the background from the table on screen.

The writer takes the texts the Status tab shows (its headers and cells, in the user's
language) and touches no widget, so it runs on the background lane
(:func:`clc_desktop.ui.pdf.write_pdf`). The ``.xlsx``
is the core's (:func:`clc_desktop.coordinator.completeness.write_completeness_sheet`).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from clc_desktop.ui.pdf import write_pdf

Rows = Sequence[Sequence[str]]


def write_completeness_pdf(
    path: Path, title: str, summary: str, headers: Sequence[str], rows: Rows
) -> Path:
    """The list printed to a PDF file (A4, landscape)."""
    cells = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(value)}</td>" for value in row) + "</tr>" for row in rows
    )
    html = (
        f"<h2>{escape(title)}</h2>"
        f"<p>{escape(summary)}</p>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr>{cells}</tr>{body}</table>"
    )
    return write_pdf(html, path, landscape=True)
