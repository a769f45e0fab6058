"""Before Qt starts on X11: the display and the xcb libraries, named rightly (defect 5)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clc_desktop import display_check

ROOT = Path(__file__).resolve().parents[1]


def _run_window(tmp_path: Path, **env: str | None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    environ["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    environ["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    for key, value in env.items():
        if value is not None:
            environ[key] = value
    return subprocess.run(
        [sys.executable, "-m", "clc_desktop", "--db", str(tmp_path / "c.db"), "--smoke"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
def test_without_display_the_window_says_so_not_a_missing_package(tmp_path: Path) -> None:
    run = _run_window(tmp_path)
    assert run.returncode != 0
    assert "DISPLAY" in run.stderr
    assert "màn hình" in run.stderr
    assert "xcb-cursor0" not in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "c.db").exists()


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
def test_an_unreachable_display_is_named(tmp_path: Path) -> None:
    run = _run_window(tmp_path, DISPLAY=":97", QT_QPA_PLATFORM="xcb")
    assert run.returncode != 0
    assert "DISPLAY=:97" in run.stderr
    assert "Không kết nối được" in run.stderr
    assert "xcb-cursor0" not in run.stderr
    assert "Traceback" not in run.stderr


def test_a_missing_library_is_named_with_its_apt_command() -> None:
    def load(name: str) -> object:
        if name in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    text = display_check.problem(
        "en", {"DISPLAY": ":0"}, load=load, reachable=lambda _display: True
    )
    assert text is not None
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in text
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in text
    vietnamese = display_check.problem("vi", {"DISPLAY": ":0"}, load=load, reachable=bool)
    assert vietnamese is not None
    assert "Thiếu thư viện" in vietnamese


def test_nothing_is_said_when_all_is_there_or_the_platform_is_not_xcb() -> None:
    fine = display_check.problem(
        "vi", {"DISPLAY": ":0"}, load=lambda _name: object(), reachable=lambda _d: True
    )
    assert fine is None
    assert display_check.problem("vi", {"QT_QPA_PLATFORM": "offscreen"}) is None
    wayland = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert not display_check.uses_xcb(wayland, "linux")
    assert display_check.uses_xcb({"QT_QPA_PLATFORM": "xcb;wayland"}, "linux")
    assert not display_check.uses_xcb({}, "win32")


def test_system_deps_installs_every_library_checked() -> None:
    script = (ROOT / "tools" / "system-deps.sh").read_text()
    listed = set(script.split("packages=(", 1)[1].split(")", 1)[0].split())
    for package in [*display_check.XCB_LIBRARIES.values(), "libxcb-xinerama0"]:
        assert package in listed, package
