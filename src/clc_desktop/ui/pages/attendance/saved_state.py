"""The line under a roll call or the grid that says whether the marks are saved."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QLabel, QWidget

from clc_desktop.ui.i18n import fill

#: Colours of the saved state.
OK, FAILED, NEUTRAL = "#1e7b34", "#b3261e", "#202124"


class SavedStateLabel(QLabel):
    """Says "Saving…" while a change is on its way, "✓ Saved at hh:mm:ss" once the store has
    committed it, "✕ why not" when it was refused. :attr:`state` is the plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = ""

    def show_text(self, colour: str, text: str) -> None:
        """A coloured line of plain text (rich text: no style sheet recomputed per key)."""
        self.setText(f'<span style="color: {colour};">{html.escape(text)}</span>')
        self.state = text

    def show_neutral(self, text: str) -> None:
        self.show_text(NEUTRAL, text)

    def show_saving(self) -> None:
        self.show_text(NEUTRAL, self.tr("Saving…"))

    def show_saved(self, detail: str = "", *, at: bool = True) -> None:
        """✓ Saved (at the time now, when ``at``), then `` · detail`` when given."""
        if at:
            saved = fill(self.tr("Saved at %1"), dt.datetime.now().strftime("%H:%M:%S"))
        else:
            saved = self.tr("Saved")
        self.show_text(OK, f"✓ {saved}" + (f" · {detail}" if detail else ""))

    def show_failed(self, text: str) -> None:
        self.show_text(FAILED, "✕ " + text)
