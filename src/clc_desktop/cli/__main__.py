"""``python -m clc_desktop.cli``: the headless commands only (never the window)."""

import sys

from clc_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
