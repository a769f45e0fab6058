"""Render resources/icons/clc-desktop.svg into the PNG sizes and the Windows .ico.

    .venv/bin/python tools/make-icons.py        # or: make icons

Needs the ``package`` extra (CairoSVG, Pillow) and the Cairo library (Debian:
``libcairo2``). Each size is rendered from the SVG on its own (not scaled down from a
large bitmap), so the small ones stay sharp. The results are committed: building the
bundle or the installer never needs Cairo.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import cairosvg
from PIL import Image

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "clc-desktop.svg"
#: PNG sizes: the window icon (``clc-desktop.png``, 256) and the freedesktop sizes.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The sizes Windows picks from an .ico (Explorer, taskbar, Start menu, high DPI).
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)


def render(size: int) -> Image.Image:
    png = cairosvg.svg2png(url=str(SOURCE), output_width=size, output_height=size)
    assert isinstance(png, bytes)
    image = Image.open(io.BytesIO(png))
    image.load()
    return image.convert("RGBA")


def main() -> int:
    rendered = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES})}
    written = []
    for size in PNG_SIZES:
        path = ICONS / f"clc-desktop-{size}.png"
        rendered[size].save(path, optimize=True)
        written.append(path)
    main_png = ICONS / "clc-desktop.png"  # what the window loads (resource_files.icon_path)
    rendered[256].save(main_png, optimize=True)
    written.append(main_png)
    ico = ICONS / "clc-desktop.ico"
    largest = rendered[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[rendered[size] for size in ICO_SIZES if size != max(ICO_SIZES)],
    )
    written.append(ico)
    for path in written:
        print(f"{path.relative_to(ICONS.parents[1])}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
