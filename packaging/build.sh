#!/usr/bin/env bash
# Build the one-folder bundle dist/clc-desktop/ with PyInstaller (Linux; on Windows the
# CI workflow runs the same steps, see packaging/README.md).
# Usage: packaging/build.sh [python]   (default: .venv/bin/python, with the `package` extra)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}

"$PY" -c "import PyInstaller" 2>/dev/null || {
  echo "PyInstaller is missing: $PY -m pip install -e '.[package]'" >&2
  exit 1
}
# The compiled translations go into the bundle; build them from the .ts files first.
for ts in resources/translations/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    "$(dirname "$PY")/pyside6-lrelease" -silent "$ts" -qm "$qm"
  fi
done

version=$("$PY" -c "import sys; sys.path.insert(0, 'src'); import clc_desktop; print(clc_desktop.__version__)")
echo "== building CLC Desktop $version into dist/clc-desktop/"
rm -rf dist/clc-desktop
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/clc-desktop.spec
# The Linux desktop entry and icon travel with the bundle (see packaging/README.md).
if [ "$(uname -s)" = Linux ]; then
  cp packaging/clc-desktop.desktop dist/clc-desktop/
  cp resources/icons/clc-desktop.svg dist/clc-desktop/
fi
echo "== dist/clc-desktop: $(du -sh dist/clc-desktop | cut -f1)"
