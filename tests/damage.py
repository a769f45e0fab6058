"""Damage a database file the way a failing disk does: garbage over its b-tree pages."""

from pathlib import Path


def damage_pages(path: Path, pages: range | None = None) -> None:
    """Overwrite the page headers of ``pages`` (default: every page after the first, so
    the file still starts with a valid SQLite header)."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in pages if pages is not None else range(2, len(data) // page_size):
        data[page * page_size + 8 : page * page_size + 40] = b"\xff" * 32
    path.write_bytes(bytes(data))
