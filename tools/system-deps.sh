#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Qt needs at run time, on a real display too (the xcb
# platform plugin's libraries), and a font with Vietnamese glyphs, when any is missing.
# Usage: tools/system-deps.sh [extra packages...]   (CI adds xvfb xauth for the real window)
set -euo pipefail
# Qt 6's xcb platform plugin loads these (Qt's "Qt for X11 Requirements", and `ldd` on
# PySide6's libqxcb.so / libQt6XcbQpa.so); src/clc_desktop/display_check.py names the same
# ones when one is missing. libxcb-xinerama0 for older Qt builds and X servers.
packages=(libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
          libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1
          libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
          libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
          libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxcb-xinerama0 libxcb-xinput0
          libxrender1 libxext6 libxi6 libsm6 libice6
          fonts-dejavu-core "$@")
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian-like: nothing to check here
# Debian's own python3 needs python3-venv for `python3 -m venv`.
if command -v python3 >/dev/null 2>&1 && ! python3 -c "import ensurepip" >/dev/null 2>&1; then
  packages+=(python3-venv)
fi
missing=()
for package in "${packages[@]}"; do
  # Ubuntu 24.04 renamed some libraries for 64-bit time (libglib2.0-0 -> libglib2.0-0t64).
  status=$(dpkg-query -W -f='${Status}' "$package" "${package}t64" 2>/dev/null || true)
  [[ "$status" == *"install ok installed"* ]] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "Missing system packages: ${missing[*]}. Install them with apt-get as root." >&2
    exit 1
  fi
else SUDO=""; fi
echo "Installing system packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
