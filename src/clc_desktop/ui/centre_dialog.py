"""The centre profile form: shown on first run, and from Settings to edit the profile."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clc_desktop.domain.centre import CentreProfile, profile_problems
from clc_desktop.domain.communes import (
    HANOI_PROVINCE_CODE,
    HANOI_PROVINCE_NAME,
    centre_name_for,
    hanoi_communes,
)
from clc_desktop.domain.messages import message
from clc_desktop.ui.code_list_field import CodeListField


class CentreDialog(QDialog):
    """Creates or edits the centre profile; :meth:`profile` gives what the user entered."""

    def __init__(
        self, language: str, profile: CentreProfile | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._first_run = profile is None
        self._name_edited = profile is not None
        self.setWindowTitle(
            self.tr("Centre profile") if profile else self.tr("Welcome to CLC Desktop")
        )
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        if self._first_run:
            intro = QLabel(
                self.tr(
                    "This computer does not hold a centre yet. Enter your community learning "
                    "centre once; reports will carry this profile."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)

        where = QGroupBox(self.tr("Where is the centre?"))
        where_layout = QFormLayout(where)
        self.hanoi = QRadioButton(self.tr("Hà Nội (official list of communes and wards)"))
        self.other = QRadioButton(self.tr("Another province"))
        group = QButtonGroup(self)
        group.addButton(self.hanoi)
        group.addButton(self.other)
        choice = QHBoxLayout()
        choice.addWidget(self.hanoi)
        choice.addWidget(self.other)
        choice.addStretch()
        where_layout.addRow(choice)

        self.commune = CodeListField(
            ((commune.code, commune.name) for commune in hanoi_communes()),
            self.tr("Type to search, e.g. hoan kiem"),
        )
        self.commune.chosen.connect(self._commune_chosen)
        self.commune_label = QLabel(self.tr("Commune or ward"))
        where_layout.addRow(self.commune_label, self.commune)

        self.province_name = QLineEdit()
        self.province_name.setPlaceholderText(self.tr("e.g. Tỉnh Bắc Ninh"))
        self.commune_name = QLineEdit()
        self.commune_name.setPlaceholderText(self.tr("e.g. Xã Tiên Du"))
        self.commune_code = QLineEdit()
        self.commune_code.setPlaceholderText(self.tr("5 digits, optional"))
        self.commune_code.setMaxLength(5)
        self._other_rows = [
            (QLabel(self.tr("Province")), self.province_name),
            (QLabel(self.tr("Commune or ward")), self.commune_name),
            (QLabel(self.tr("Commune code (GSO)")), self.commune_code),
        ]
        for label, field in self._other_rows:
            where_layout.addRow(label, field)
        layout.addWidget(where)

        centre = QGroupBox(self.tr("The centre"))
        form = QFormLayout(centre)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. TTHTCĐ phường Hoàn Kiếm"))
        self.name.textEdited.connect(self._name_typed)
        form.addRow(self.tr("Centre name"), self.name)
        self.parent_unit_name = QLineEdit()
        self.parent_unit_id = QLineEdit()
        self.parent_unit_id.setPlaceholderText(self.tr("as given by the level above, e.g. 01"))
        form.addRow(self.tr("Reports go to"), self.parent_unit_name)
        form.addRow(self.tr("Its unit id"), self.parent_unit_id)
        self.contact_person = QLineEdit()
        form.addRow(self.tr("Contact person"), self.contact_person)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("0912 345 678")
        form.addRow(self.tr("Phone"), self.phone)
        layout.addWidget(centre)

        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b3261e;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.problems)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel_text = self.tr("Quit") if self._first_run else self.tr("Cancel")
        buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.hanoi.toggled.connect(self._place_changed)
        self._load(profile)
        if self._first_run:
            self.commune.setFocus()  # the work starts with the ward: type its name

    # -- state ---------------------------------------------------------------------------
    def _load(self, profile: CentreProfile | None) -> None:
        in_hanoi = profile is None or profile.province_code in (None, f"{HANOI_PROVINCE_CODE:02d}")
        self.hanoi.setChecked(in_hanoi)
        self.other.setChecked(not in_hanoi)
        self._place_changed(in_hanoi)
        if profile is None:
            self.parent_unit_name.setText(HANOI_PROVINCE_NAME)
            self.parent_unit_id.setText(f"{HANOI_PROVINCE_CODE:02d}")
            return
        if in_hanoi:
            self.commune.set_code(profile.commune_code)
        else:
            self.province_name.setText(profile.province_name or "")
            self.commune_name.setText(profile.commune_name or "")
            self.commune_code.setText(profile.commune_code or "")
        self.name.setText(profile.name)
        self.parent_unit_name.setText(profile.parent_unit_name or "")
        self.parent_unit_id.setText(profile.parent_unit_id or "")
        self.contact_person.setText(profile.contact_person or "")
        self.phone.setText(profile.phone or "")

    def _place_changed(self, in_hanoi: bool) -> None:
        self.commune.setVisible(in_hanoi)
        self.commune_label.setVisible(in_hanoi)
        for label, field in self._other_rows:
            label.setVisible(not in_hanoi)
            field.setVisible(not in_hanoi)

    def _commune_chosen(self, _code: str | None) -> None:
        if not self._name_edited:
            self.name.setText(centre_name_for(self.commune.text()))

    def _name_typed(self, _text: str) -> None:
        self._name_edited = True

    def profile(self, unit_id: str = "") -> CentreProfile:
        if self.hanoi.isChecked():
            commune_code = self.commune.code()
            commune_name = self.commune.text() if commune_code else ""
            province_code: str | None = f"{HANOI_PROVINCE_CODE:02d}"
            province_name: str | None = HANOI_PROVINCE_NAME
        else:
            commune_name = self.commune_name.text()
            commune_code = self.commune_code.text().strip() or None
            province_code = None
            province_name = self.province_name.text().strip() or None
        return CentreProfile(
            name=self.name.text(),
            commune_code=commune_code,
            commune_name=commune_name or None,
            province_code=province_code,
            province_name=province_name,
            parent_unit_id=self.parent_unit_id.text().strip() or None,
            parent_unit_name=self.parent_unit_name.text().strip() or None,
            contact_person=self.contact_person.text().strip() or None,
            phone=self.phone.text().strip() or None,
            unit_id=unit_id,
        )

    def _try_accept(self) -> None:
        problems = profile_problems(self.profile())
        fields = {
            "name": self.name,
            "commune_name": self.commune if self.hanoi.isChecked() else self.commune_name,
            "commune_code": self.commune_code,
            "phone": self.phone,
            "parent_unit_id": self.parent_unit_id,
        }
        for key, widget in fields.items():
            widget.setStyleSheet("border: 1px solid #b3261e;" if key in problems else "")
        if problems:
            self.problems.setText(
                "\n".join(message(code, self._language) for code in problems.values())
            )
            self.problems.show()
            fields[next(iter(problems))].setFocus()
            return
        self.accept()
