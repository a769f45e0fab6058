"""The completeness list as files, written in the background from the table on screen.

Both writers take the texts the Status tab shows (its headers and cells, in the user's
language) and touch no widget, so they run on the background lane: painting a
``QTextDocument`` onto a ``QPrinter`` is supported outside the GUI thread.

The ``.xlsx`` writer belongs in the core (the coordinator's completeness module) once the
core has one writer of this list with these words; until then it lives here.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

Rows = Sequence[Sequence[str]]


def write_completeness_xlsx(path: Path, title: str, headers: Sequence[str], rows: Rows) -> Path:
    """The list as a workbook: its title, then the headers and one line per unit."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from clc_desktop.reports.workbook import set_text

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "completeness"
    set_text(sheet.cell(1, 1), title)
    sheet.cell(1, 1).font = Font(bold=True, size=13)
    for column, header in enumerate(headers, 1):
        set_text(sheet.cell(3, column), header)
        sheet.cell(3, column).font = Font(bold=True)
    for number, values in enumerate(rows, 4):
        for column, value in enumerate(values, 1):
            if value:
                set_text(sheet.cell(number, column), value)
    for letter, width in zip("ABCDEFG", (40, 16, 28, 20, 12, 24, 16), strict=True):
        sheet.column_dimensions[letter].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def write_completeness_pdf(
    path: Path, title: str, summary: str, headers: Sequence[str], rows: Rows
) -> Path:
    """The list printed to a PDF file (A4, landscape)."""
    from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
    from PySide6.QtPrintSupport import QPrinter

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
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)
    return path
