"""HTML laid out on A4 pages and written as a PDF file (``QTextDocument`` on a
``QPdfWriter``): the attendance papers and the coordinator's completeness list.

:func:`write_pdf` creates and frees its own Qt objects (no widget, no parent), so it runs
in the background: Qt paints text onto a PDF writer on any thread. The font is one that
has the Vietnamese letters (Arial on Windows, Liberation Sans or DejaVu Sans elsewhere),
so the diacritics print as they are shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

#: Fonts with the Vietnamese letters, the first one found is used.
PRINT_FONTS = ["Arial", "Liberation Sans", "DejaVu Sans", "Noto Sans", "Tahoma"]
#: As Qt's high-resolution printer.
RESOLUTION_DPI = 1200
#: The page's margins in mm (left, top, right, bottom). A numbered document gets 20 mm
#: more on each side from Qt (``QTextDocument.print_``), so its text sits 30 / 20 / 20 /
#: 20 mm from the edges, as Nghị định 30/2020 lays out an administrative page; a document
#: of one page size of its own (no page numbers) gets none.
NUMBERED_MARGINS = QMarginsF(10, 0, 0, 0)
PLAIN_MARGINS = QMarginsF(14, 12, 14, 12)


def print_font(points: float = 10) -> QFont:
    font = QFont()
    font.setFamilies(PRINT_FONTS)
    font.setPointSizeF(points)
    return font


def write_pdf(
    html: str, path: Path, *, landscape: bool = False, points: float = 10, numbered: bool = True
) -> Path:
    """Lay ``html`` out on A4 pages and write them to ``path`` as a PDF (with page numbers
    when ``numbered``). Runs on any thread."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            NUMBERED_MARGINS if numbered else PLAIN_MARGINS,
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDefaultFont(print_font(points))
    if not numbered:  # a page size of its own: Qt adds no page numbers
        document.setPageSize(writer.pageLayout().paintRect(QPageLayout.Unit.Point).size())
    document.setHtml(html)
    document.print_(writer)
    return path
