"""Backups with SQLite's online backup API (never a file copy), verified, with retention.

A backup is written to a ``.partial`` file in one step, checked with
``PRAGMA integrity_check``, and only then given its final name, so a listed backup is
always a sound database. Retention keeps the newest :data:`KEEP_LAST`, plus the newest
backup of each of the last 12 days, 10 ISO weeks and 9 months that have one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from clc_desktop.domain.messages import Problem
from clc_desktop.domain.text import fold

KEEP_LAST = 10
KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9

_STAMP = "%Y%m%d-%H%M%S"
#: Pages copied per step when a copy reports its progress (1 MiB of 4 KiB pages).
COPY_STEP_PAGES = 256
_NOT_A_WORD = re.compile(r"[^a-z0-9]+")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<seq>\d+))?\.db$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def check_integrity(path: Path) -> str:
    """``"ok"`` or the first problem ``PRAGMA integrity_check`` reports (read-only open)."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    first = str(rows[0][0]) if rows else "no result"
    return "ok" if first == "ok" else first


def _backup_name(stem: str, taken_at: dt.datetime, directory: Path) -> Path:
    base = f"{stem}-{taken_at.strftime(_STAMP)}"
    candidate = directory / f"{base}.db"
    seq = 1
    while candidate.exists():
        candidate = directory / f"{base}-{seq}.db"
        seq += 1
    return candidate


def write_backup(
    source: sqlite3.Connection, directory: Path, stem: str, now: dt.datetime | None = None
) -> Path:
    """Copy the database behind ``source`` into ``directory`` under a dated name."""
    taken_at = now or dt.datetime.now()
    directory.mkdir(parents=True, exist_ok=True)
    final = _backup_name(stem, taken_at, directory)
    copy_verified(source, final)
    return final


def copy_name(centre_name: str | None, day: dt.date) -> str:
    """The name of a copy a person carries away, in words folded to ASCII with the date:
    ``TTHTCĐ phường Khương Đình`` on 4/12/2026 -> ``tthtcd-phuong-khuong-dinh-2026-12-04.db``."""
    words = _NOT_A_WORD.sub("-", fold(centre_name or "")).strip("-") or "clc-desktop"
    return f"{words}-{day.isoformat()}.db"


def copy_verified(
    source: sqlite3.Connection,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Copy the database behind ``source`` to ``target`` and verify the copy.

    The copy is written to ``<target>.partial``, checked with ``integrity_check``, synced,
    and only then renamed to ``target``. Raises :class:`Problem` ``backup.failed_check``
    (and leaves no file) when it is not sound. With ``progress(done, total)`` (pages) the
    copy goes step by step; it may raise to stop the copy, which then leaves no file.
    """
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    copy = sqlite3.connect(partial)
    try:
        if progress is None:
            # One step (pages=-1): a step-wise copy restarts whenever the source changes
            # and may never finish under a steady writer.
            source.backup(copy, pages=-1)
        else:  # only where nothing else writes meanwhile (the app's one background lane)

            def step(_status: int, remaining: int, total: int) -> None:
                progress(total - remaining, total)

            source.backup(copy, pages=COPY_STEP_PAGES, progress=step)
        copy.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        copy.close()
        partial.unlink(missing_ok=True)
        raise
    copy.close()
    verdict = check_integrity(partial)
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise Problem("backup.failed_check", path=str(target), detail=verdict)
    _fsync_file(partial)
    os.replace(partial, target)
    _fsync_dir(target.parent)


def list_backups(directory: Path, stem: str) -> list[BackupInfo]:
    """The finished backups of database ``stem`` in ``directory``, newest first."""
    found: list[BackupInfo] = []
    if not directory.is_dir():
        return found
    for entry in directory.iterdir():
        match = _NAME.match(entry.name)
        if not match or match["stem"] != stem or not entry.is_file():
            continue
        taken_at = dt.datetime.strptime(match["stamp"], _STAMP)
        taken_at += dt.timedelta(microseconds=int(match["seq"] or 0))
        found.append(BackupInfo(entry, taken_at))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def backups_to_keep(taken: Iterable[dt.datetime]) -> set[dt.datetime]:
    """Grandfather-father-son retention over backup times (like restic's ``forget --keep-*``)."""
    newest_first = sorted(taken, reverse=True)
    keep = set(newest_first[:KEEP_LAST])
    buckets: list[tuple[int, object]] = [
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    ]
    for limit, bucket_of in buckets:
        seen: list[object] = []
        for taken_at in newest_first:
            bucket = bucket_of(taken_at)  # type: ignore[operator]
            if bucket in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(bucket)
            keep.add(taken_at)
    return keep


def prune_backups(directory: Path, stem: str) -> list[Path]:
    """Delete the backups that retention does not keep; returns what was deleted."""
    backups = list_backups(directory, stem)
    keep = backups_to_keep(b.taken_at for b in backups)
    removed = []
    for backup in backups:
        if backup.taken_at not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
