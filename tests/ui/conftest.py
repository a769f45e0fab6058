from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from clc_desktop.domain.centre import CentreProfile
from clc_desktop.resource_files import translations_dir
from clc_desktop.services.centre import save_centre
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import (
    AttendanceMark,
    ClassSession,
    Enrolment,
    Learner,
    LearningClass,
)
from clc_desktop.ui.i18n import Translations

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="session")
def compiled_translations() -> Path:
    """The .qm files, compiled from the .ts sources when missing or stale (as `make` does)."""
    folder = translations_dir()
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    for ts in folder.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return folder


@pytest.fixture
def translations(qapp: QApplication, compiled_translations: Path) -> Iterator[Translations]:
    chosen = Translations(qapp)
    assert chosen.install("vi")
    yield chosen
    chosen.install("en")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def small_centre(store: Store) -> Store:
    """A centre with one class, three learners, a session today (2 marks) and one past."""
    with store.session() as session:
        save_centre(
            session,
            CentreProfile(
                name="TTHTCĐ phường Hoàn Kiếm",
                commune_code="00070",
                commune_name="Phường Hoàn Kiếm",
                province_code="01",
                province_name="Thành phố Hà Nội",
            ),
        )
        session.execute(
            insert(Learner),
            [
                {
                    "id": n,
                    "learner_key": f"k{n}",
                    "full_name": name,
                    "search_key": name.lower(),
                    "sex": "female",
                }
                for n, name in enumerate(["Nguyễn Thị Hương", "Trần Văn Đức", "Lê Thị Ánh"], 1)
            ],
        )
        session.execute(
            insert(LearningClass),
            [
                {
                    "id": 1,
                    "name": "Lớp tin học cơ bản",
                    "topic": "digital",
                    "kind": "course",
                    "start_date": dt.date(2026, 11, 1),
                }
            ],
        )
        session.execute(
            insert(Enrolment),
            [{"learner_id": n, "class_id": 1, "completed": False} for n in (1, 2, 3)],
        )
        session.execute(
            insert(ClassSession),
            [
                {"id": 1, "class_id": 1, "date": dt.date(2026, 11, 16), "minutes": 90},
                {"id": 2, "class_id": 1, "date": TODAY, "minutes": 90},
            ],
        )
        session.execute(
            insert(AttendanceMark),
            [
                {"session_id": 1, "learner_id": 1, "status": "present"},
                {"session_id": 1, "learner_id": 2, "status": "late"},
                {"session_id": 1, "learner_id": 3, "status": "absent"},
                {"session_id": 2, "learner_id": 1, "status": "present"},
                {"session_id": 2, "learner_id": 2, "status": "excused"},
            ],
        )
    return store
