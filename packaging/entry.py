"""The bundle's entry point: PyInstaller runs this file as ``__main__``."""

import multiprocessing
import sys

from clc_desktop.__main__ import main

if __name__ == "__main__":
    # A spawned worker process of a frozen program starts here too: this runs it and exits
    # (a no-op in the main process). coordinator/report_import.py still reads serially when
    # frozen; the frozen stage of .ci/run does not exercise worker processes yet.
    multiprocessing.freeze_support()
    sys.exit(main())
