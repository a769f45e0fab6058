"""The bundle carries every file the code loads, checked without building it.

Building the PyInstaller bundle takes a minute or more, so the normal test run checks the
list the spec builds it from (``packaging/bundle_files.py``): the data files are laid out
in a folder as PyInstaller lays them out, and the app's own loaders (translations, icon,
Alembic) are pointed at it. ``.ci/run`` then builds the real bundle and runs the frozen
program (demo, ``--smoke``, export, check).
"""

from __future__ import annotations

import ast
import configparser
import importlib
import importlib.util
import pkgutil
import re
import shutil
import struct
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import clc_desktop
from clc_desktop import APP_NAME, resource_files
from clc_desktop.coordinator.store import COORDINATOR_SCHEMA
from clc_desktop.domain.messages import LANGUAGES
from clc_desktop.storage import database
from clc_desktop.storage.database import Schema

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PACKAGE = SRC / "clc_desktop"
PACKAGING = ROOT / "packaging"


def _load_bundle_files() -> ModuleType:
    spec = importlib.util.spec_from_file_location("clc_bundle_files", PACKAGING / "bundle_files.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = _load_bundle_files()


@pytest.fixture(scope="module")
def bundle_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The spec's data files, laid out as in the bundle's ``_internal`` folder."""
    root = tmp_path_factory.mktemp("bundle")
    for source, folder in bundle.data_files(ROOT):
        target = root / folder / Path(source).name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return root


@pytest.fixture
def bundled_resources(bundle_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``resource_files`` looks where the frozen app would (``sys._MEIPASS``)."""
    monkeypatch.delenv("CLC_DESKTOP_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle_dir), raising=False)
    return bundle_dir / "resources"


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imported_modules() -> set[str]:
    """Every module named in an import anywhere in the package, at any depth."""
    names: set[str] = set()
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


# -- our own data files ------------------------------------------------------------------


def test_the_bundle_has_the_translation_of_every_language(
    bundled_resources: Path, qapp: Any
) -> None:
    """The app's own loader finds each language's .qm in the bundle (English is the source)."""
    from clc_desktop.ui.i18n import Translations

    assert resource_files.translations_dir() == bundled_resources / "translations"
    for language in LANGUAGES:
        translations = Translations(qapp)
        assert translations.install(language), f"no translation for {language} in the bundle"
        translations.install("en")


def test_the_bundle_has_every_icon_the_code_loads(bundled_resources: Path) -> None:
    pattern = re.compile(r"""icon_path\(\s*["']([^"']+)["']\s*\)""")
    names = {name for path in _sources() for name in pattern.findall(path.read_text("utf-8"))}
    assert "clc-desktop.png" in names
    for name in names:
        icon = resource_files.icon_path(name)
        assert icon.parent == bundled_resources / "icons"
        assert icon.is_file(), f"{name} is loaded by the code but not in the bundle"


def _schemas() -> list[Schema]:
    """Every kind of database the code knows (a module-level :class:`Schema`)."""
    found: dict[Path, Schema] = {}
    for name in ("clc_desktop.storage", "clc_desktop.coordinator"):
        package = importlib.import_module(name)
        for info in pkgutil.walk_packages(package.__path__, f"{name}."):
            if any(part.endswith("migrations") for part in info.name.split(".")):
                continue  # Alembic's env.py runs only inside a migration
            module = importlib.import_module(info.name)
            for value in vars(module).values():
                if isinstance(value, Schema):
                    found[value.migrations] = value
    return list(found.values())


def test_every_kind_of_database_is_known() -> None:
    assert database.CENTRE_SCHEMA in _schemas()
    assert COORDINATOR_SCHEMA in _schemas()
    bundled = {folder.resolve() for folder in bundle.migration_folders(ROOT)}
    assert {schema.migrations.resolve() for schema in _schemas()} <= bundled


@pytest.mark.parametrize("schema", _schemas(), ids=lambda schema: schema.migrations.name)
def test_the_bundled_migrations_alone_build_each_database(
    schema: Schema, bundle_dir: Path, tmp_path: Path
) -> None:
    """Alembic, run from the bundle's copy of the migrations, reaches the same head.

    In the bundle, ``Path(__file__).parent`` of a module in ``clc_desktop/storage`` is
    ``_internal/clc_desktop/storage`` (``coordinator`` likewise): the migrations must sit
    where they sit in ``src``.
    """
    copy = bundle_dir / schema.migrations.resolve().relative_to(SRC)
    bundled = Schema(schema.application_id, schema.head_revision, copy)
    assert database.known_revisions(bundled) == database.known_revisions(schema)
    engine = database.make_engine(tmp_path / "built.db")
    try:
        database.migrate(engine, schema=bundled)
        with engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    finally:
        engine.dispose()
    assert version == schema.head_revision


# -- code ----------------------------------------------------------------------------------


def test_every_library_the_code_imports_is_collected() -> None:
    """Also those imported inside functions: a library the code uses but pyproject.toml
    does not list would be missing from the bundle (and from a fresh install)."""
    collected = set(bundle.collected_modules(ROOT)) | bundle.QT_PACKAGES
    third_party = {
        name.split(".")[0]
        for name in _imported_modules()
        if name.split(".")[0] not in sys.stdlib_module_names
        and name.split(".")[0] not in {"clc_desktop", "__future__"}
    }
    assert third_party - collected == set()
    top_level = {name.split(".")[0] for name in _imported_modules()}
    assert set(bundle.EXCLUDED_PYTHON_MODULES) & (top_level | collected) == set()
    for modules in bundle.import_packages(ROOT).values():
        assert modules, "a dependency installs no module"


def test_no_qt_module_the_code_uses_is_left_out() -> None:
    used = {
        name.split(".")[1]
        for name in _imported_modules()
        if name.startswith("PySide6.") and name.split(".")[1].startswith("Qt")
    }
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert used & set(bundle.EXCLUDED_QT_MODULES) == set()
    for module in used:
        qt = module.removeprefix("Qt")
        for path in (
            f"PySide6/{module}.abi3.so",
            f"PySide6/{module}.pyd",
            f"PySide6/Qt/lib/libQt6{qt}.so.6",
            f"PySide6/Qt6{qt}.dll",
        ):
            assert not bundle.is_pruned(path), path
    for plugin in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/platforms/qoffscreen.dll",
        "PySide6/Qt/plugins/imageformats/libqico.so",
        "PySide6/plugins/imageformats/qico.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    ):
        assert not bundle.is_pruned(plugin), plugin
    for unused in (
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/translations/qtbase_de.qm",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt6Quick.dll",
        "PySide6/Qt/qml/QtQuick/qmldir",
        "PySide6/qml/QtQuick/qmldir",
    ):
        assert bundle.is_pruned(unused), unused


# -- the spec, the installer, the desktop entry, the icon ----------------------------------


def test_the_spec_takes_the_version_from_the_package_and_uses_no_upx() -> None:
    spec = (PACKAGING / "clc-desktop.spec").read_text(encoding="utf-8")
    assert "clc_desktop.__version__" in spec
    assert clc_desktop.__version__ not in spec
    assert "upx=True" not in spec
    assert spec.count("upx=False") == 2  # the programs and the folder
    assert 'name="clc-desktop"' in spec
    # UTF-8 mode: Vietnamese output into a pipe or file on Windows (see the spec).
    assert '("X utf8=1", None, "OPTION")' in spec


def _iss_lines() -> list[str]:
    text = (PACKAGING / "clc-desktop.iss").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != ";"]


def test_the_installer_is_per_user_and_never_deletes_the_users_data() -> None:
    lines = _iss_lines()
    setup = dict(line.split("=", 1) for line in lines if "=" in line and ":" not in line[:12])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == "{autopf}\\{#AppName}"  # %LOCALAPPDATA%\Programs\...
    assert f'#define AppName "{APP_NAME}"' in lines
    assert '#define AppExe "clc-desktop.exe"' in lines
    assert "[UninstallDelete]" not in lines
    # The data (%LOCALAPPDATA%\CLC Desktop) and settings (%APPDATA%\CLC Desktop) folders
    # are named nowhere in the script, so nothing can delete them.
    for line in lines:
        assert "{localappdata}" not in line.lower(), line
        assert "{userappdata}" not in line.lower(), line
        assert "{app}\\..".lower() not in line.lower(), line
    deleted = [line for line in lines if line.startswith("Type:")]
    assert deleted == ['Type: filesandordirs; Name: "{app}\\_internal"']
    assert any(line.startswith('Name: "{autoprograms}\\{#AppName}"') for line in lines)


def test_the_desktop_entry_starts_the_program_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "clc-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == APP_NAME
    assert section["Exec"].split()[0] == "clc-desktop"
    assert section["Icon"] == "clc-desktop"
    assert section["Categories"].endswith(";")


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_icon_has_every_size_from_its_svg() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "clc-desktop.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert _png_size(icons / "clc-desktop.png") == (256, 256)
    for path in icons.glob("clc-desktop-*.png"):
        size = int(path.stem.rsplit("-", 1)[1])
        assert _png_size(path) == (size, size)
    data = (icons / "clc-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # 0 means 256
    assert {16, 24, 32, 48, 256} <= sizes
