"""Choosing where a file goes, and saying it was written.

Every save dialog of the app goes through :func:`ask_save_path`: it opens in the folder the
person last used for that kind of file, or in their Documents folder the first time (never
in the program's own folder, where a person would not look for it again), proposes a name
in words without database ids, and adds the file's suffix when the person typed a name
without one. :func:`show_written` then says the file was written, with **Mở** (open it)
and **Mở thư mục** (show its folder), in a box that does not block the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from clc_desktop import APP_NAME


def documents_folder() -> Path:
    """The person's Documents folder (their home when the system names none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder(settings: QSettings | None, key: str) -> Path:
    """The folder last used for `key` (e.g. ``"reports"``), else Documents."""
    remembered = str(settings.value(f"{key}/folder", "")) if settings is not None else ""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return documents_folder()


def remember_folder(settings: QSettings | None, key: str, chosen: Path) -> None:
    if settings is not None:
        settings.setValue(f"{key}/folder", str(chosen.parent))


def ask_save_path(
    parent: QWidget,
    title: str,
    name: str,
    file_filter: str,
    *,
    settings: QSettings | None,
    key: str,
    suffix: str,
) -> Path | None:
    """Asks where to save `name`; the path chosen with `suffix` (``".pdf"``), or None."""
    start = start_folder(settings, key) / name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    remember_folder(settings, key, path)
    return path


def show_written(parent: QWidget | None, path: Path, text: str | None = None) -> QMessageBox:
    """Says `path` was written (`text`, or «Đã lưu tệp …»), offering to open it or its
    folder. The box does not block the window and deletes itself when closed."""

    widget = parent if parent is not None and parent.isVisible() else None
    sentence = text or QCoreApplication.translate(
        "FileWritten", "The file was saved: {name}"
    ).format(name=path.name)
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, sentence, parent=widget)
    box.setObjectName("fileWritten")
    box.setInformativeText(
        QCoreApplication.translate("FileWritten", "In the folder: {folder}").format(
            folder=path.parent
        )
    )
    open_file = box.addButton(
        QCoreApplication.translate("FileWritten", "Open"), QMessageBox.ButtonRole.AcceptRole
    )
    open_folder = box.addButton(
        QCoreApplication.translate("FileWritten", "Open the folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("FileWritten", "Close"), QMessageBox.ButtonRole.RejectRole
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: object) -> None:
        if button is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif button is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    box.buttonClicked.connect(clicked)
    box.open()
    return box
