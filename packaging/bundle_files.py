"""What goes into the PyInstaller bundle besides the code PyInstaller finds by itself.

Used by ``clc-desktop.spec`` and by ``tests/test_packaging.py`` (which checks, without
building anything, that this list covers every file the code loads at run time). Plain
Python with no PyInstaller import, so the test can use it too.
"""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path
from typing import Final

#: The checkout: this file is ``<root>/packaging/bundle_files.py``.
ROOT: Final = Path(__file__).resolve().parents[1]

#: Qt bindings: PyInstaller's own hooks collect exactly the Qt modules the code imports
#: (and their plugins); collecting them wholesale would pull in every Qt module.
QT_PACKAGES: Final = frozenset({"PySide6", "shiboken6"})

#: Qt modules the app never uses. Excluded so that nothing drags them in (a hook, or a
#: plugin's dependency); ``tests/test_packaging.py`` fails if the code starts importing one.
EXCLUDED_QT_MODULES: Final = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDBus",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    # QtPrintSupport is kept: the attendance sheets are printed.
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvg",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)

#: Python modules a desktop app of ours never needs (and that some library may name).
EXCLUDED_PYTHON_MODULES: Final = (
    "tkinter",
    "unittest",
    "pydoc",
    "pytest",
    "IPython",
    "numpy",
    "PIL",
    "setuptools",
    "pip",
)

#: Files of the Qt bindings that the app does not need, by bundle path (matched with
#: ``re.search``, ``/`` as the separator; ``PySide6/Qt/...`` on Linux, ``PySide6/...`` on
#: Windows): Qt's own translations (Qt has no ``qtbase_vi.qm``; the app ships its own in
#: ``resources/translations``, with the other ``.qm`` files), QML, and the tools PySide6 ships.
PRUNED_PATHS: Final = (
    r"^PySide6/(Qt/)?translations/",
    r"^PySide6/(Qt/)?qml/",
    r"^PySide6/(assistant|designer|linguist|lrelease|lupdate|qmlformat|qmllint|qmlls)",
    r"^PySide6/(typesystems|include|glue|support|scripts|doc)/",
    r"^PySide6/(Qt/)?plugins/(qmltooling|designer|sqldrivers|networkinformation|tls)/",
    r"(^|/)(lib)?Qt6(Qml|Quick|Pdf|VirtualKeyboard|Designer|WebEngine|3D|Multimedia)\w*\.",
    r"^PySide6/(Qt/)?plugins/platforminputcontexts/.*qtvirtualkeyboard",
    r"^PySide6/(Qt/)?plugins/imageformats/(lib)?q(pdf|svg)\.",
    r"^PySide6/(Qt/)?plugins/iconengines/",
    # Embedded-device platforms (framebuffer, EGLFS, VNC) and their input plugins: a
    # centre's PC runs X11, Wayland or Windows. libQt6Network is needed only by them.
    r"^PySide6/(Qt/)?plugins/platforms/(lib)?q(vnc|eglfs|linuxfb|minimalegl|vkkhrdisplay)\.",
    r"^PySide6/(Qt/)?plugins/(egldeviceintegrations|generic)/",
    r"(^|/)(lib)?Qt6(EglFS|EglFsKms|Network)\w*\.",
    # Windows: Qt's software OpenGL (20 MB). Widgets paint without OpenGL; only Qt Quick
    # and QOpenGLWidget, which the app does not use, would load it.
    r"(^|/)opengl32sw\.dll$",
)

_PATH_PATTERNS = tuple(re.compile(pattern) for pattern in PRUNED_PATHS)

DataFile = tuple[str, str]  # (source file, folder inside the bundle), as PyInstaller takes them


def is_pruned(bundle_path: str) -> bool:
    """True for a file of the Qt bindings that the bundle leaves out."""
    path = bundle_path.replace("\\", "/")
    return any(pattern.search(path) for pattern in _PATH_PATTERNS)


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def translation_files(root: Path = ROOT) -> list[Path]:
    """The compiled ``.qm`` of every ``.ts``; a missing one stops the build."""
    found = []
    for ts in sorted((root / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.is_file():
            raise FileNotFoundError(f"{qm} is missing: run `make translations` first")
        found.append(qm)
    return found


def icon_files(root: Path = ROOT) -> list[Path]:
    return sorted(
        path
        for path in (root / "resources" / "icons").iterdir()
        if path.suffix in {".png", ".ico", ".svg"}
    )


def migration_folders(root: Path = ROOT) -> list[Path]:
    """Every Alembic script folder of the package (one per kind of database)."""
    return sorted(
        env.parent
        for env in (root / "src" / "clc_desktop").rglob("env.py")
        if (env.parent / "script.py.mako").is_file() and (env.parent / "versions").is_dir()
    )


def is_migration_module(name: str, root: Path = ROOT) -> bool:
    """A module inside a migrations folder: data that Alembic loads, not code to import."""
    src = root / "src"
    return any(
        name.startswith(".".join(folder.relative_to(src).parts) + ".")
        for folder in migration_folders(root)
    )


def migration_files(root: Path = ROOT) -> list[Path]:
    """Alembic reads ``env.py``, ``script.py.mako`` and every revision from files."""
    return sorted(
        path
        for folder in migration_folders(root)
        for path in [folder / "env.py", folder / "script.py.mako", *folder.glob("versions/*.py")]
    )


def data_files(root: Path = ROOT) -> list[DataFile]:
    """Our own data files as ``(source, folder in the bundle)`` pairs.

    ``resources/...`` lands in the bundle's ``resources`` (see
    ``clc_desktop.resource_files``); migrations land beside the package's code, where
    ``storage/database.py`` and ``coordinator/store.py`` look for them
    (``Path(__file__).parent / "migrations"``).
    """
    src = root / "src"
    pairs = [
        (str(path), _relative(path.parent, root))
        for path in translation_files(root) + icon_files(root)
    ]
    pairs += [(str(path), _relative(path.parent, src)) for path in migration_files(root)]
    return pairs


def dependency_names(root: Path = ROOT) -> list[str]:
    """The distributions ``pyproject.toml`` lists under ``[project] dependencies``."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = []
    for requirement in project["dependencies"]:
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
        if match is None:
            raise ValueError(f"cannot read the requirement {requirement!r}")
        names.append(match.group(1))
    return names


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def import_packages(root: Path = ROOT) -> dict[str, list[str]]:
    """Each dependency with the top-level modules it installs (``python-calamine`` ->
    ``python_calamine``), from the installed distributions' metadata.

    A dependency that is not installed stops the build: the bundle would lack it.
    """
    by_distribution: dict[str, list[str]] = {}
    for module, distributions in importlib.metadata.packages_distributions().items():
        if module.startswith("_") or not module.isidentifier():
            continue
        for distribution in distributions:
            by_distribution.setdefault(_normalise(distribution), []).append(module)
    packages: dict[str, list[str]] = {}
    for name in dependency_names(root):
        modules = sorted(set(by_distribution.get(_normalise(name), [])))
        if not modules:
            raise LookupError(f"{name} (a dependency in pyproject.toml) is not installed")
        packages[name] = modules
    return packages


def collected_modules(root: Path = ROOT) -> list[str]:
    """Top-level modules whose submodules and data the spec collects (not the Qt ones)."""
    return sorted(
        module
        for found in import_packages(root).values()
        if not QT_PACKAGES.intersection(found)  # PySide6-Essentials also installs "Shiboken"
        for module in found
    )


def submodule_filter(name: str) -> bool:
    """Leave out test suites, asyncio support and the database dialects but SQLite's."""
    if ".tests" in name or ".testing" in name or name.endswith(".conftest"):
        return False
    if name.startswith("sqlalchemy.ext.asyncio"):  # needs greenlet; the app is not async
        return False
    if name.startswith("sqlalchemy.dialects."):
        return name.startswith("sqlalchemy.dialects.sqlite")
    return not name.startswith("alembic.templates")
