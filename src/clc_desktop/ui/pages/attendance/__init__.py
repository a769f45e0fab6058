"""Attendance: the roll call of a session from the keyboard, the whole-class grid, session
status and walk-ins, and the paper (sign-in sheet, summary, certificate).

- :mod:`.page`: :class:`AttendancePage`, the shell (class and session chooser, letter
  keys, the tabs, the paper row) and its refresh on changes made elsewhere;
- :mod:`.context`: :class:`~.context.AttendanceContext`, what the parts share, and the
  saving of marks (one ``ops.change`` each, in order, with undo);
- :mod:`.roll_call`, :mod:`.session_status`, :mod:`.class_grid`, :mod:`.paper`: the parts;
- :mod:`.reads`: the background reads; :mod:`.models`: the table models and the
  keyboard-driven view; :mod:`.printing`: the documents and the PDF writer;
  :mod:`.saved_state`: the "✓ Saved at …" line.

Each mark is saved the moment it is made, in its own transaction, on the one background
lane (a millisecond or two: ``python -m benchmarks.attendance``); the page shows it, and
says so, once the store has committed it. There is no Save button. Ctrl+Z puts back what
the last action changed.
"""

from clc_desktop.ui.pages.attendance.page import AttendancePage

__all__ = ["AttendancePage"]
