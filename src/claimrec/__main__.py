"""``python -m claimrec``: the ``claimrec`` command (see ``claimrec.cli``)."""

import sys

from claimrec.cli import main

__all__: list[str] = []

if __name__ == "__main__":  # pragma: no cover - run as a program
    sys.exit(main())
