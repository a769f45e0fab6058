"""Running dialogs and showing errors, in one place.

Every dialog of the app runs through :func:`run_dialog` (or :func:`run_box` for a message
box with buttons of its own): it is deleted when it closes (``deleteLater``: it is no
longer kept alive as a child of its page) and the cycle collector runs on the GUI thread
right after (see :mod:`clc_desktop.ui.collector`). Read what you need from the dialog
before control returns to the event loop.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QWidget

from clc_desktop import APP_NAME
from clc_desktop.domain.messages import Problem


def _release(dialog: QDialog) -> None:
    dialog.deleteLater()
    gc.collect()


def run_dialog(dialog: QDialog) -> bool:
    """Run ``dialog`` modally; True when it was accepted. It is deleted once closed."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        _release(dialog)


def run_box(box: QMessageBox) -> QAbstractButton | None:
    """Run a message box with buttons of its own; the button clicked (None when closed)."""
    try:
        box.exec()
        return box.clickedButton()
    finally:
        _release(box)


def error_text(error: Exception, language: str) -> str:
    """The sentence to show for a failure: a :class:`Problem` in the user's language."""
    return error.text(language) if isinstance(error, Problem) else str(error)


def show_error(parent: QObject | None, error: Exception, language: str) -> QMessageBox:
    """Tell the user what failed, without blocking the event loop (the box is window
    modal, opened with ``open()``, and deletes itself when closed)."""
    return show_message(parent, error_text(error, language))


def show_message(
    parent: QObject | None,
    text: str,
    title: str = APP_NAME,
    icon: QMessageBox.Icon = QMessageBox.Icon.Critical,
) -> QMessageBox:
    """A sentence of the page's own in a box that does not block the event loop (as
    :func:`show_error`): for a failure told in other words than :func:`error_text`'s."""
    widget = parent if isinstance(parent, QWidget) and parent.isVisible() else None
    box = QMessageBox(icon, title, text, parent=widget)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
