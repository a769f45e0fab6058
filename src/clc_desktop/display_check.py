"""Before Qt starts on Linux's X11 (the xcb platform): is a display reachable, do the xcb
libraries load? Qt itself aborts with one fixed sentence («xcb-cursor0 or libxcb-cursor0 is
needed») whatever is wrong, also when it is the display that is missing; here the person
reads which one it is and the apt-get command that installs what is missing.

No Qt here: it runs before the ``QApplication`` exists (ctypes only).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from typing import Final

#: The shared libraries Qt's xcb platform plugin (``libqxcb.so``, ``libQt6XcbQpa``) loads,
#: with the Debian/Ubuntu package of each (Qt 6's "Qt for X11 Requirements", checked with
#: ``ldd`` on PySide6 6.11's plugin). ``tools/system-deps.sh`` installs the same packages.
XCB_LIBRARIES: Final[Mapping[str, str]] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}

_TEXTS: Final[dict[str, dict[str, str]]] = {
    "no_display": {
        "vi": "Không có màn hình để mở cửa sổ: biến DISPLAY chưa được đặt. Hãy chạy CLC "
        "Desktop từ phiên làm việc có giao diện (màn hình nền), hoặc đặt DISPLAY, ví dụ "
        "DISPLAY=:0. Các lệnh không cần cửa sổ (demo, export, backup...) vẫn chạy được.",
        "en": "There is no display to open the window on: DISPLAY is not set. Run CLC "
        "Desktop from a desktop session, or set DISPLAY, e.g. DISPLAY=:0. The commands "
        "that need no window (demo, export, backup...) still work.",
    },
    "unreachable": {
        "vi": "Không kết nối được với màn hình {display} (DISPLAY={display}): máy chủ X "
        "không chạy ở đó, hoặc người dùng này không được phép dùng nó (XAUTHORITY). "
        "Không thiếu thư viện nào.",
        "en": "Cannot reach the display {display} (DISPLAY={display}): no X server runs "
        "there, or this user may not use it (XAUTHORITY). No library is missing.",
    },
    "missing": {
        "vi": "Thiếu thư viện hệ thống để mở cửa sổ trên X11: {libraries}. Hãy cài đặt "
        "bằng lệnh:\n  sudo apt-get install {packages}",
        "en": "System libraries needed for the window on X11 are missing: {libraries}. "
        "Install them with:\n  sudo apt-get install {packages}",
    },
}


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True when Qt will choose its xcb plugin: on Linux, with ``QT_QPA_PLATFORM`` unset
    or ``xcb`` first, and not in a Wayland session Qt would prefer."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    wayland = environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY")
    return not wayland


def missing_libraries(
    libraries: Mapping[str, str] = XCB_LIBRARIES,
    load: Callable[[str], object] = ctypes.CDLL,
) -> dict[str, str]:
    """The libraries (name -> package) that do not load, from the system or, in the
    frozen program, from the bundle (PyInstaller may carry some of them itself)."""
    missing: dict[str, str] = {}
    for library, package in libraries.items():
        if not any(_loads(load, place) for place in _places(library)):
            missing[library] = package
    return missing


def _places(library: str) -> list[str]:
    bundle = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not bundle:
        return [library]
    return [
        library,
        os.path.join(bundle, library),
        os.path.join(bundle, "PySide6", "Qt", "lib", library),
    ]


def _loads(load: Callable[[str], object], library: str) -> bool:
    try:
        load(library)
    except OSError:
        return False
    return True


def display_reachable(display: str) -> bool:
    """Connects to the X server at ``display`` with libxcb and lets go at once."""
    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


def problem(
    language: str,
    environ: Mapping[str, str] | None = None,
    *,
    libraries: Mapping[str, str] = XCB_LIBRARIES,
    load: Callable[[str], object] = ctypes.CDLL,
    reachable: Callable[[str], bool] = display_reachable,
) -> str | None:
    """What keeps the window from opening on X11, in ``language`` (``None``: nothing, or
    not the xcb platform)."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ):
        return None
    texts = {key: value.get(language, value["vi"]) for key, value in _TEXTS.items()}
    display = environ.get("DISPLAY", "").strip()
    if not display:
        return texts["no_display"]
    missing = missing_libraries(libraries, load)
    if missing:
        packages = " ".join(dict.fromkeys(missing.values()))
        return texts["missing"].format(libraries=", ".join(missing), packages=packages)
    if not reachable(display):
        return texts["unreachable"].format(display=display)
    return None
