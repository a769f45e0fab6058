"""A centre's first month, done as a person does it, in the real window on xcb.

The app is built as `clc_desktop.app` builds it (its `AppController` on a data file that
does not exist yet), so the first start asks for the centre. From there every step is
key presses and mouse clicks on what is on screen, popups and file dialogs included:

1. the first start: a ward centre, «Phường Khương Đình» chosen from the suggestions;
2. three learners, each one's ethnicity chosen from the list (by mouse, by Down + Enter);
3. a course over Tết 2027 (Mondays and Thursdays from 30/11/2026) and a talk held on
   27/11/2026, before the day it is entered;
4. the learners enrolled after the fact, from the date the app proposes;
5. the roll calls by keyboard, from the side bar: «Điểm danh», then keys, Ctrl+Enter;
6. a sign-in sheet and a certificate printed to PDF;
7. the report of November 2026 exported, and read back with the counts of those marks.

The steps are the tests of this module, in order, over one window (a module fixture).
A step that fails leaves the window as a person would find it; the steps after it go
on from there. Pictures of each step's window go to `$JOURNEY_SHOTS` when it is set.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from clc_desktop.app import AppController
from clc_desktop.reports.cube import Key
from clc_desktop.reports.reader import read_report
from clc_desktop.storage.database import Store
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.main_window import MainWindow
from tests.journeys.person import ModalWatchdog, Person

COURSE = "Tin học cho người cao tuổi"
TALK = "Nói chuyện phòng chống lừa đảo qua mạng"
# (29/03 typed over the proposed 26/02/2027 became 28/03: Qt clamps the day to February
# before the month is typed; see the report.)
COURSE_START, COURSE_END = dt.date(2026, 11, 30), dt.date(2027, 3, 25)
TALK_DAY = dt.date(2026, 11, 27)
LEARNERS = (
    # name, birth (full date or year), sex, typed, chosen ethnicity, how it is chosen
    ("Nguyễn Thị Hương", "12/03/1975", "Nữ", "kinh", "Kinh", "mouse"),
    ("Trần Văn Đức", "1960", "Nam", "kinh", "Kinh", "keyboard"),
    ("Hoàng Thị Mai", "1988", "Nữ", "tay", "Tày", "mouse"),
)


@dataclass
class Journey:
    """The one window the steps share, and what they leave for the next ones."""

    folder: Path
    controller: AppController
    watchdog: ModalWatchdog
    store: Store | None = None
    window: MainWindow | None = None
    files: dict[str, Path] = field(default_factory=dict)

    def main(self) -> MainWindow:
        assert self.window is not None, "the first start did not open the window"
        return self.window


@pytest.fixture(scope="module")
def journey(
    qapp: QApplication, compiled_translations: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Journey]:
    folder = tmp_path_factory.mktemp("first-month")
    translations = Translations(qapp)
    assert translations.install("vi")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    trip = Journey(folder, AppController(qapp, settings, translations), ModalWatchdog())
    yield trip
    trip.watchdog.stop()
    if trip.window is not None:
        trip.window.close()
    trip.controller.close()
    if trip.store is not None and trip.controller.store is None:
        trip.store.close()
    translations.install("en")


@pytest.fixture(autouse=True)
def _no_box_unforeseen(journey: Journey) -> Iterator[None]:
    """A step fails when a box came up that it did not foresee (closed for it)."""
    journey.watchdog.closed.clear()
    yield
    assert not journey.watchdog.closed, f"unforeseen boxes, closed: {journey.watchdog.closed}"


def _shots() -> Path | None:
    folder = os.environ.get("JOURNEY_SHOTS")
    return Path(folder) if folder else None


def _side_bar(person: Person, window: MainWindow, label: str) -> QWidget:
    """Clicks `label` in the side bar; the page it shows."""
    rows = person.rows(window.navigation)
    assert label in rows, f"the side bar reads {rows}"
    person.clicks_row(window.navigation, window.navigation.model().index(rows.index(label), 0))
    page = window.pages.currentWidget()
    assert page is not None
    return page


def _view(page: QWidget) -> QAbstractItemView:
    """The list or table on screen in `page` (the first one, in the current tab)."""
    tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
    where = tabs[0].currentWidget() if tabs else page
    views = [
        v
        for v in where.findChildren(QAbstractItemView)
        if v.isVisible() and not isinstance(v, QListWidget) and v.window() is page.window()
    ]
    assert views, "no list on screen"
    return views[0]


def _row_of(person: Person, view: QAbstractItemView, text: str, column: int = 0) -> int:
    try:
        person.wait_for(lambda: any(text in row for row in person.rows(view, column)))
    except Exception:
        person.snapshot(_shots(), f"missing-{text[:12]}", view.window())
        raise AssertionError(
            f"{text!r} is not in the list; it shows {person.rows(view, column)} "
            f"({' | '.join(person.texts(view.window()))})"
        ) from None
    return next(n for n, row in enumerate(person.rows(view, column)) if text in row)


def _field(person: Person, window: QWidget, label: str) -> QWidget:
    return person.field(window, label)


# -- 1. the first start ---------------------------------------------------------------------
def test_the_first_start_sets_up_a_ward_centre_chosen_from_the_suggestions(
    person: Person, journey: Journey
) -> None:
    data_file = journey.folder / "new.db"
    assert not data_file.exists()
    store = journey.controller.open(data_file)
    assert store is not None
    journey.store = store

    def fill_in(dialog: QWidget) -> None:
        ward = _field(person, dialog, "Xã/phường")
        person.types("khuong dinh", into=ward)
        assert "Phường Khương Đình" in person.popup_rows()
        person.picks_from_popup("Phường Khương Đình")
        assert isinstance(ward, QComboBox)
        assert ward.currentText() == "Phường Khương Đình"
        name = _field(person, dialog, "Tên trung tâm")
        assert isinstance(name, QLineEdit)
        assert name.text() == "TTHTCĐ phường Khương Đình"  # proposed from the ward
        person.types("Nguyễn Thị Lan", into=_field(person, dialog, "Người liên hệ"))
        person.snapshot(_shots(), "1-centre")
        person.clicks(person.button(dialog, "Lưu"))
        person.wait_for(lambda: not dialog.isVisible(), timeout=3000)

    steps = person.when_dialog(fill_in, title="Chào mừng")
    started = journey.controller.ensure_centre(store)  # the dialog's own loop, as at start
    assert steps.wait() == "Chào mừng đến với CLC Desktop"
    assert started, "the first-start dialog was closed without saving"
    window = journey.controller.show(store)
    journey.window = window
    person.sees(window)
    person.wait_for(lambda: "TTHTCĐ phường Khương Đình" in person.texts(window))
    assert "Phường Khương Đình, Thành phố Hà Nội" in person.texts(window)
    person.snapshot(_shots(), "1-overview")


# -- 2. learners ----------------------------------------------------------------------------
def test_learners_are_added_choosing_their_ethnicity_from_the_list(
    person: Person, journey: Journey
) -> None:
    window = journey.main()
    page = _side_bar(person, window, "Học viên")
    for name, born, sex, typed, ethnicity, how in LEARNERS:

        def fill_in(
            dialog: QWidget, name: str = name, born: str = born, sex: str = sex,
            typed: str = typed, ethnicity: str = ethnicity, how: str = how,
        ) -> None:  # fmt: skip
            person.types(name, into=_field(person, dialog, "Họ và tên"))
            birth = _field(person, dialog, "Ngày sinh")
            if "/" in born:
                person.types(born, into=birth)
            else:
                person.types(born, into=_field(person, dialog, "Năm"))
            sex_box = _field(person, dialog, "Giới tính")
            assert isinstance(sex_box, QComboBox)
            person.chooses(sex_box, sex)
            field_ = _field(person, dialog, "Dân tộc")
            person.types(typed, into=field_)
            assert ethnicity in person.popup_rows()
            if how == "mouse":
                person.picks_from_popup(ethnicity)
            else:
                rows = person.popup_rows()
                for _ in range(rows.index(ethnicity) + 1):
                    person.presses(Qt.Key.Key_Down)
                person.presses(Qt.Key.Key_Return)
            assert isinstance(field_, QComboBox)
            assert field_.currentText() == ethnicity, f"the field shows {field_.currentText()!r}"
            person.snapshot(_shots(), f"2-learner-{typed}")
            person.clicks(person.button(dialog, "Lưu"))
            try:
                person.wait_for(lambda: not dialog.isVisible(), timeout=3000)
            except Exception:
                person.snapshot(_shots(), f"2-learner-{typed}-refused")
                raise AssertionError(
                    f"«Lưu» was refused for {name}: the form says {person.texts(dialog)}"
                ) from None

        steps = person.when_dialog(fill_in, title="học viên")
        person.clicks(person.button(page, "Thêm học viên"))
        steps.wait()
        table = _view(page)
        _row_of(person, table, name)
    names = person.rows(_view(page))
    assert sorted(names) == sorted(n for n, *_ in LEARNERS), names
    person.reads(page, "3 / 3 học viên")


# -- 3. a course over Tết and a past talk ---------------------------------------------------
def _new_class(
    person: Person,
    page: QWidget,
    *,
    name: str,
    topic: str,
    kind: str,
    start: dt.date,
    end: dt.date,
    weekdays: tuple[str, ...],
    check: Callable[[QWidget], list[str]] | None = None,
) -> list[str]:
    """Creates a class in the class dialog. `check` looks at the dialog before «Lưu»; what
    is amiss (returned) fails the step at its end: the person carries on meanwhile."""
    amiss: list[str] = []

    def fill_in(dialog: QWidget) -> None:
        person.types(name, into=_field(person, dialog, "Tên lớp"))
        for label, choice in (("Chủ đề", topic), ("Loại", kind)):
            box = _field(person, dialog, label)
            assert isinstance(box, QComboBox)
            person.chooses(box, choice)
        shown = [_plain_label(t) for t in person.texts(dialog)]
        teacher = next(
            t for t in ("Báo cáo viên", "Người dạy / báo cáo viên", "Người dạy") if t in shown
        )
        person.types("Nguyễn Văn Bình", into=_field(person, dialog, teacher))
        if end == start and "Ngày nói chuyện" in shown:  # a talk: one date
            edit = _field(person, dialog, "Ngày nói chuyện")
            assert isinstance(edit, QDateEdit)
            person.types_date(edit, start.strftime("%d/%m/%Y"))
            assert edit.date().toPython() == start, f"the talk's date shows {edit.text()!r}"
        else:
            if end == start:
                amiss.append(f"a talk is given a weekly schedule, not one date: {shown}")
            _weekly(person, dialog, start, end, weekdays)
        person.snapshot(_shots(), f"3-{kind[:3]}")
        if check is not None:
            amiss.extend(check(dialog))
        person.clicks(person.button(dialog, "Lưu"))
        try:
            person.wait_for(lambda: not dialog.isVisible(), timeout=3000)
        except Exception:
            raise AssertionError(
                f"«Lưu» was refused for {name}: the dialog says {person.texts(dialog)}"
            ) from None

    steps = person.when_dialog(fill_in, title="mới")
    person.clicks(person.button(page, "Thêm lớp hoặc buổi nói chuyện"))
    steps.wait()
    # The new class's own page opens; its name heads it.
    person.wait_for(lambda: name in person.texts(page))
    person.snapshot(_shots(), f"3-{kind[:3]}-page")
    person.clicks(person.button(page, "←"))
    return amiss


def _weekly(
    person: Person, dialog: QWidget, start: dt.date, end: dt.date, weekdays: tuple[str, ...]
) -> None:
    """A weekly schedule: from, to, the weekdays ticked."""
    for label, day in (("Từ ngày", start), ("đến ngày", end)):
        edit = _field(person, dialog, label)
        assert isinstance(edit, QDateEdit)
        person.types_date(edit, day.strftime("%d/%m/%Y"))
        assert edit.date().toPython() == day, f"{label} shows {edit.text()!r}"
    ticks = {b.text(): b for b in dialog.findChildren(QCheckBox) if b.isVisible()}
    for weekday in weekdays:
        person.clicks(ticks[weekday])
        assert ticks[weekday].isChecked()


def _plain_label(text: str) -> str:
    return text.strip().rstrip(":").strip()


def test_a_course_over_tet_and_a_talk_held_in_the_past_are_created(
    person: Person, journey: Journey
) -> None:
    window = journey.main()
    page = _side_bar(person, window, "Lớp học")

    def skips_tet(dialog: QWidget) -> list[str]:
        """Tết 2027 is among the days off, its statutory days ticked; the whole Tết week
        is offered (a button), and the person takes it."""
        holidays = next(v for v in dialog.findChildren(QListWidget) if v.isVisible())
        tet = [
            holidays.item(n)
            for n in range(holidays.count())
            if "Tết Nguyên đán" in holidays.item(n).text() and "2027" in holidays.item(n).text()
        ]
        assert tet, f"no Tết 2027 among the days off: {person.rows(holidays)}"
        assert all(item.checkState() == Qt.CheckState.Checked for item in tet), [
            (item.text(), item.checkState()) for item in tet
        ]
        week = [
            b for b in dialog.findChildren(QAbstractButton) if b.isVisible() and "Tết" in b.text()
        ]
        if not week:
            days_off = person.rows(holidays)
            return [f"nothing offers to skip the whole Tết week; the days off: {days_off}"]
        person.clicks(week[0])
        return []

    amiss = _new_class(
        person,
        page,
        name=COURSE,
        topic="Kỹ năng số, tin học",
        kind="Lớp học",
        start=COURSE_START,
        end=COURSE_END,
        weekdays=("T2", "T5"),
        check=skips_tet,
    )
    _row_of(person, _view(page), COURSE)
    amiss += _new_class(
        person,
        page,
        name=TALK,
        topic="Pháp luật",
        kind="Nói chuyện / sự kiện",
        start=TALK_DAY,
        end=TALK_DAY,
        weekdays=("T6",),
    )
    _row_of(person, _view(page), TALK)
    assert not amiss, amiss


# -- 4. enrolment after the fact ------------------------------------------------------------
def _open_class(person: Person, page: QWidget, class_name: str) -> None:
    """Shows every class (a talk held last week has ended), then opens `class_name`."""
    back = [b for b in page.findChildren(QAbstractButton) if b.isVisible() and "←" in b.text()]
    if back:  # a class's page is open: back to the list first
        person.clicks(back[0])
    states = next(
        box for box in page.findChildren(QComboBox) if box.isVisible() and "Tất cả" in _items(box)
    )
    if states.currentText() != "Tất cả":
        person.chooses(states, "Tất cả")
    table = _view(page)
    row = _row_of(person, table, class_name)
    person.double_clicks(table.viewport(), table.visualRect(table.model().index(row, 0)).center())
    person.wait_for(
        lambda: class_name in person.texts(page),
        failing=lambda: f"{class_name!r} did not open: the page reads {person.texts(page)}",
    )


def _enrol_everyone(person: Person, page: QWidget, class_name: str, first_day: dt.date) -> None:
    _open_class(person, page, class_name)

    def tick_all(dialog: QWidget) -> None:
        learners = _view(dialog)
        person.wait_for(
            lambda: learners.model().rowCount() == len(LEARNERS),
            failing=lambda: (
                f"the enrol dialog lists {person.rows(learners)}: {person.texts(dialog)}"
            ),
        )
        model = learners.model()
        person.clicks_row(learners, model.index(0, 0))
        last = learners.visualRect(model.index(model.rowCount() - 1, 0)).center()
        person.clicks(learners.viewport(), last, Qt.KeyboardModifier.ShiftModifier)
        person.presses(Qt.Key.Key_Space)
        since = _field(person, dialog, "Vào lớp từ ngày")
        assert isinstance(since, QDateEdit)
        person.snapshot(_shots(), f"4-enrol-{class_name[:4]}")
        assert since.date().toPython() == first_day, (
            f"«Vào lớp từ ngày» proposes {since.text()} for a class that began {first_day:%d/%m/%Y}"
        )
        person.clicks(
            person.button(
                dialog, f"Ghi danh {len(LEARNERS)} học viên", f"Thêm {len(LEARNERS)} người"
            )
        )
        person.wait_for(lambda: not dialog.isVisible())

    steps = person.when_dialog(tick_all, kind=QDialog)
    # A talk's page says «Thêm người tham dự» where a course's says «Ghi danh học viên».
    person.clicks(person.button(page, "Ghi danh học viên", "Thêm người tham dự"))
    steps.wait()
    enrolled = _view(page)
    person.wait_for(
        lambda: enrolled.model().rowCount() == len(LEARNERS),
        failing=lambda: f"the class lists {person.rows(enrolled)}",
    )
    person.snapshot(_shots(), f"4-enrolled-{class_name[:4]}", page.window())
    person.clicks(person.button(page, "←"))  # back to all classes


def test_the_learners_are_enrolled_after_the_fact_from_the_classes_start(
    person: Person, journey: Journey
) -> None:
    window = journey.main()
    page = _side_bar(person, window, "Lớp học")
    _enrol_everyone(person, page, TALK, TALK_DAY)


def test_the_course_is_enrolled_after_the_fact_too(person: Person, journey: Journey) -> None:
    window = journey.main()
    page = _side_bar(person, window, "Lớp học")
    _enrol_everyone(person, page, COURSE, COURSE_START)


# -- 5. roll calls by keyboard --------------------------------------------------------------
def _roll_call_session(person: Person, page: QWidget, class_name: str, day: dt.date) -> None:
    """Chooses the class and session from the page's two lists (with the mouse)."""
    classes = _field(person, page, "Lớp")
    assert isinstance(classes, QComboBox)
    if class_name not in classes.currentText():
        label = next(t for t in _items(classes) if class_name in t)
        person.chooses(classes, label)
    sessions = _field(person, page, "Buổi")
    assert isinstance(sessions, QComboBox)
    person.wait_for(lambda: any(day.strftime("%d/%m/%Y") in t for t in _items(sessions)))
    if day.strftime("%d/%m/%Y") not in sessions.currentText():
        label = next(t for t in _items(sessions) if day.strftime("%d/%m/%Y") in t)
        person.chooses(sessions, label)
    person.wait_for(lambda: day.strftime("%d/%m/%Y") in " ".join(person.texts(page)))


def _cells(view: QAbstractItemView) -> list[list[str]]:
    """Every cell of a table as shown (its text, and whether its box is ticked)."""
    model = view.model()
    return [
        [
            f"{model.index(r, c).data()}|{model.index(r, c).data(Qt.ItemDataRole.CheckStateRole)}"
            for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    ]


def _items(box: QComboBox) -> list[str]:
    return [box.itemText(n) for n in range(box.count())]


def _keys(person: Person, page: QWidget, keys: str) -> None:
    """The roll call by keyboard: each digit marks the learner and moves down; `+` is
    Ctrl+Enter (everyone not marked yet is present)."""
    for key in keys:
        if key == "+":
            person.presses(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        else:
            person.presses(Qt.Key(ord(key)))
    person.wait_for(
        lambda: f"Đã điểm danh {len(LEARNERS)} / {len(LEARNERS)}" in " ".join(person.texts(page))
    )


def test_roll_calls_are_taken_by_keyboard_from_the_side_bar(
    person: Person, journey: Journey
) -> None:
    window = journey.main()
    page = _side_bar(person, window, "Điểm danh")
    person.wait_for(lambda: _field(person, page, "Lớp").isEnabled())
    classes = _field(person, page, "Lớp")
    assert isinstance(classes, QComboBox)
    person.wait_for(lambda: classes.count() == 2)
    person.snapshot(_shots(), "5-attendance-opened")
    # What the page opened on, straight from the side bar: the keys must go to its list.
    first = classes.currentText()
    roll = _view(page)
    amiss: list[str] = []
    with contextlib.suppress(Exception):
        person.wait_for(lambda: person.focused() is roll, timeout=3000)
    focused = person.focused()
    if focused is not roll:  # the person sees the keys do nothing, clicks the first name
        amiss.append(
            f"after «Điểm danh» in the side bar the keys go to {focused!r}, "
            f"not to the roll call {roll!r}"
        )
        person.clicks_row(roll, roll.model().index(0, roll.model().columnCount() - 1))
    opened_on_talk = TALK in first
    person.reads(page, f"{len(LEARNERS)} học viên phải có mặt")
    if opened_on_talk:
        _keys(person, page, "4+")  # the first one absent, the others present
    else:
        _keys(person, page, "123")  # 03/12: present, late, excused
    person.snapshot(_shots(), "5-first-roll-call")

    plan = [
        (TALK, TALK_DAY, "4+"),
        (COURSE, COURSE_START, "+"),
        (COURSE, dt.date(2026, 12, 3), "123"),
    ]
    done_first = plan[0] if opened_on_talk else plan[2]
    for class_name, day, keys in plan:
        if (class_name, day, keys) == done_first:
            continue
        _roll_call_session(person, page, class_name, day)
        person.reads(page, f"{len(LEARNERS)} học viên phải có mặt")
        roll = _view(page)
        person.clicks_row(roll, roll.model().index(0, roll.model().columnCount() - 1))
        _keys(person, page, keys)
        person.snapshot(_shots(), f"5-roll-call-{day:%d%m}")
    assert not amiss, amiss


# -- 6. prints ------------------------------------------------------------------------------
def _written(person: Person, path: Path) -> None:
    """The file is there, and the app says so (a box with «Mở»), which the person closes."""
    person.wait_for(
        lambda: path.exists() and path.stat().st_size > 0,
        timeout=20000,
        failing=lambda: f"no file {path} was written",
    )

    def notice() -> QWidget | None:
        box = QApplication.activeModalWidget()
        return box if isinstance(box, QMessageBox) and "Đã lưu" in box.text() else None

    person.wait_for(
        notice,
        failing=lambda: (
            f"{path.name} was written, but nothing says so (on top: "
            f"{QApplication.activeModalWidget()!r}; the window reads "
            f"{person.texts(QApplication.activeWindow() or QWidget())[-3:]})"
        ),
    )
    box = notice()
    assert box is not None
    person.button(box, "Mở")
    person.clicks(person.button(box, "Đóng"))


def test_a_sign_in_sheet_is_printed(person: Person, journey: Journey) -> None:
    window = journey.main()
    page = _side_bar(person, window, "Điểm danh")
    _roll_call_session(person, page, COURSE, dt.date(2026, 12, 3))
    target = journey.folder / "danh-sach-ky-ten.pdf"
    steps = person.saves_file_as(target)
    person.clicks(person.button(page, "Danh sách ký tên"))
    steps.wait()
    _written(person, target)
    assert target.read_bytes().startswith(b"%PDF")
    journey.files["sheet"] = target


def test_a_certificate_is_printed(person: Person, journey: Journey) -> None:
    window = journey.main()
    # Trần Văn Đức completed the course: marked so on the Classes page.
    page = _side_bar(person, window, "Lớp học")
    _open_class(person, page, COURSE)
    enrolled = _view(page)
    person.wait_for(
        lambda: enrolled.model().rowCount() == len(LEARNERS),
        failing=lambda: f"the course lists {person.rows(enrolled)}",
    )
    chosen = _row_of(person, enrolled, "Trần Văn Đức")
    person.clicks_row(enrolled, enrolled.model().index(chosen, 0))
    before = _cells(enrolled)
    person.clicks(person.button(page, "Đánh dấu hoàn thành"))
    person.wait_for(
        lambda: _cells(enrolled) != before,
        failing=lambda: f"nothing shows Trần Văn Đức completed: {_cells(enrolled)}",
    )
    person.clicks(person.button(page, "←"))

    page = _side_bar(person, window, "Điểm danh")
    _roll_call_session(person, page, COURSE, COURSE_START)
    tabs = next(t for t in page.findChildren(QTabWidget) if t.isVisible())
    person.clicks(tabs.tabBar(), tabs.tabBar().tabRect(1).center())  # «Cả lớp»
    grid = _view(page)
    model = grid.model()
    person.wait_for(lambda: model.rowCount() == len(LEARNERS))
    names = [str(model.headerData(n, Qt.Orientation.Vertical)) for n in range(model.rowCount())]
    row = next(n for n, shown in enumerate(names) if "Trần Văn Đức" in shown)
    person.clicks_row(grid, model.index(row, 0))
    target = journey.folder / "giay-chung-nhan.pdf"
    steps = person.saves_file_as(target)
    person.clicks(person.button(page, "Giấy chứng nhận"))
    steps.wait()
    _written(person, target)
    assert target.read_bytes().startswith(b"%PDF")
    journey.files["certificate"] = target


# -- 7. the month's report ------------------------------------------------------------------
def test_the_report_of_november_is_exported_and_reads_back(
    person: Person, journey: Journey
) -> None:
    window = journey.main()
    page = _side_bar(person, window, "Báo cáo")
    kind = _field(person, page, "Kỳ báo cáo")
    assert isinstance(kind, QComboBox)
    person.chooses(kind, "Tháng")
    chooser = kind.parentWidget()
    assert chooser is not None
    boxes = [b for b in chooser.findChildren(QComboBox) if b.isVisible()]
    year, part = boxes[1], boxes[2]
    person.chooses(year, "2026")
    person.chooses(part, "Tháng 11")
    person.wait_for(lambda: "01/11/2026" in " ".join(person.texts(page)))
    person.snapshot(_shots(), "7-report")
    target = journey.folder / "bao-cao-thang-11.xlsx"
    steps = person.saves_file_as(target)
    person.clicks(person.button(page, "Xuất ra Excel"))
    steps.wait()
    person.wait_for(lambda: target.exists(), timeout=30000)
    person.wait_for(lambda: "Đã xuất báo cáo" in " ".join(person.texts(page)), timeout=30000)
    assert "hợp lệ" in person.reads(page, "Đã xuất báo cáo")

    report = read_report(target)
    assert report.status == "ok", report.findings
    assert report.meta["period"] == "2026-11"
    # 27/11 the talk (3 expected: 1 absent, 2 present), 30/11 the course (3 present); two
    # of the three learners are women.
    read = {
        "sessions_held": report.cube.get(Key("sessions_held"), 0),
        "learners": report.cube.get(Key("learners"), 0),
        "women": report.cube.get(Key("learners", sex="female"), 0),
        "expected_attendances": report.cube.get(Key("expected_attendances"), 0),
        "attendances": report.cube.get(Key("attendances"), 0),
        "absences": report.cube.get(Key("absences"), 0),
    }
    assert read == {
        "sessions_held": 2,
        "learners": len(LEARNERS),
        "women": 2,
        "expected_attendances": 6,
        "attendances": 5,
        "absences": 1,
    }
