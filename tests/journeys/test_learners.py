"""Registering learners as a person does: the ethnicity chosen from the suggestions (with
the mouse, or Down then Enter) is the ethnicity saved; the form starts with the centre's
usual ethnicity; a save over a possible duplicate asks first, naming who; the warning's
reason is shown whole; the keyboard starts where the work starts."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle, QStyleOptionViewItem
from sqlalchemy import text

from clc_desktop.domain.learners import LearnerForm
from clc_desktop.services.learners import add_learner
from clc_desktop.storage.database import Store
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.learner_dialog import LearnerDialog
from clc_desktop.ui.operations import BackgroundRunner, Operations
from clc_desktop.ui.pages.learners import LearnersPage
from tests.journeys.person import Person
from tests.ui.conftest import TODAY


@pytest.fixture
def ops(store: Store) -> Iterator[Operations]:
    runner = BackgroundRunner()
    yield Operations(runner, store.session, lambda: "vi")
    runner.wait()


def _tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def _settled(person: Person, ops: Operations) -> None:
    person.wait_for(lambda: ops.runner.pending == 0, timeout=10000)


def _new_learner(person: Person, ops: Operations) -> LearnerDialog:
    dialog = LearnerDialog(ops, "vi", None, TODAY)
    person.qtbot.addWidget(dialog)
    person.sees(dialog)
    _settled(person, ops)  # the centre's usual ethnicity is in
    return dialog


def _stored(store: Store, name: str) -> list[tuple[object, ...]]:
    with store.session() as session:
        rows = session.execute(
            text("SELECT ethnicity, birth_year FROM learner WHERE full_name = :n ORDER BY id"),
            {"n": name},
        ).all()
    return [tuple(row) for row in rows]


@pytest.mark.parametrize(
    ("typed", "offered", "code"), [("kinh", "Kinh", "01"), ("muong", "Mường", "06")]
)
@pytest.mark.parametrize("how", ["mouse", "keyboard"])
def test_the_ethnicity_picked_from_the_suggestions_is_the_ethnicity_saved(
    person: Person,
    store: Store,
    ops: Operations,
    translations: Translations,
    typed: str,
    offered: str,
    code: str,
    how: str,
) -> None:
    dialog = _new_learner(person, ops)
    assert person.focused() is dialog.full_name  # the keyboard starts in the first field
    person.types("Hà Thị Lan")
    person.types("1985", into=dialog.birth_year)
    # The field holds the proposed «Kinh»: entering it selects that, typing replaces it.
    person.clicks(dialog.ethnicity)
    person.types(typed)
    assert offered in person.popup_rows()
    if how == "mouse":
        person.picks_from_popup(offered)
    else:
        person.presses(Qt.Key.Key_Down)
        person.presses(Qt.Key.Key_Return)
    assert dialog.ethnicity.currentText() == offered  # the name, and only the name
    person.clicks(dialog.save_button)
    assert not dialog.errors["ethnicity"].isVisible(), dialog.errors["ethnicity"].text()
    person.wait_for(lambda: not dialog.isVisible(), timeout=10000)
    assert _stored(store, "Hà Thị Lan") == [(code, 1985)]


def test_a_new_learner_starts_with_the_ethnicity_most_learners_have(
    person: Person, store: Store, ops: Operations, translations: Translations
) -> None:
    dialog = _new_learner(person, ops)
    assert dialog.ethnicity.currentText() == "Kinh"  # none recorded yet
    dialog.close()
    with store.session() as session:
        for name in ("Lò Văn Pao", "Lò Thị Xuân", "Cầm Văn Chung"):
            add_learner(session, LearnerForm(name, ethnicity="03"), TODAY)
        add_learner(session, LearnerForm("Nguyễn Văn Đức", ethnicity="01"), TODAY)
    dialog = _new_learner(person, ops)
    assert dialog.ethnicity.currentText() == "Thái"
    person.types("Lò Văn Sáng")
    person.clicks(dialog.save_button)
    person.wait_for(lambda: not dialog.isVisible(), timeout=10000)
    assert _stored(store, "Lò Văn Sáng") == [("03", None)]


def _when_box(person: Person, handle: Callable[[QMessageBox], None]) -> list[QMessageBox]:
    """Handle the next message box when it opens (it blocks the click that opened it)."""
    seen: list[QMessageBox] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(box)
        person.qtbot.waitExposed(box)
        handle(box)

    QTimer.singleShot(20, look)
    return seen


def _button(box: QMessageBox, source: str) -> QMessageBox:
    wanted = _tr("LearnerDialog", source)
    return next(b for b in box.buttons() if b.text() == wanted)  # type: ignore[return-value]


def test_saving_over_a_possible_duplicate_asks_first_naming_who(
    person: Person, store: Store, ops: Operations, translations: Translations
) -> None:
    with store.session() as session:
        add_learner(
            session,
            LearnerForm(
                "Nguyễn Văn Đức",
                birth_year=1968,
                phone="0912 345 678",
                address="Tổ dân phố số 12, ngõ 35 đường Khương Đình",
            ),
            TODAY,
        )
    dialog = _new_learner(person, ops)
    person.types("Nguyễn Văn Đức")
    person.types("1968", into=dialog.birth_year)
    _settled(person, ops)
    assert dialog.duplicates_box.isVisible()

    # The reason is shown whole at 1366x768: wrapped, never cut off.
    item = dialog.duplicates.item(0)
    assert "(cùng họ tên và năm sinh)" in item.text()
    rect = dialog.duplicates.visualRect(dialog.duplicates.indexFromItem(item))
    assert rect.right() <= dialog.duplicates.viewport().width()
    option = QStyleOptionViewItem()
    option.initFrom(dialog.duplicates)
    margin = dialog.duplicates.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
    needed = option.fontMetrics.boundingRect(
        QRect(0, 0, rect.width() - 2 * margin - 2, 10000),
        int(Qt.TextFlag.TextWordWrap),
        item.text(),
    )
    assert needed.height() <= rect.height(), (needed, rect)

    # Saving asks; «Quay lại» saves nothing.
    asked = _when_box(person, lambda box: person.clicks(_button(box, "Go back")))
    person.clicks(dialog.save_button)
    person.wait_for(lambda: asked)
    assert "Nguyễn Văn Đức (1968, Tổ dân phố số 12, ngõ 35 đường Khương Đình)" in asked[0].text()
    assert dialog.isVisible()
    _settled(person, ops)
    assert _stored(store, "Nguyễn Văn Đức") == [(None, 1968)]

    # Asked again, the person says it is someone else: saved.
    asked = _when_box(person, lambda box: person.clicks(_button(box, "Save, another person")))
    person.clicks(dialog.save_button)
    person.wait_for(lambda: asked)
    person.wait_for(lambda: not dialog.isVisible(), timeout=10000)
    assert _stored(store, "Nguyễn Văn Đức") == [(None, 1968), ("01", 1968)]


def test_the_learners_page_puts_the_keyboard_in_the_search_box(
    person: Person, store: Store, ops: Operations, translations: Translations
) -> None:
    page = LearnersPage(ops, "vi", TODAY)
    person.qtbot.addWidget(page)
    page.resize(1300, 700)
    person.sees(page)
    _settled(person, ops)
    person.clicks(page.table)
    assert person.focused() is not page.search
    page.focus_work()
    assert person.focused() is page.search
    person.types("duc")
    assert page.search.text() == "duc"
