"""``clc-desktop`` / ``python -m clc_desktop``: headless commands, or the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from clc_desktop import cli

    args = cli.parse(argv)
    if args.command in cli.GUI_COMMANDS:
        from clc_desktop import app  # Qt is imported only on this path

        return app.main(args)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
