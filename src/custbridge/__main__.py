"""``python -m custbridge``: the same as the ``custbridge`` command."""

import sys

from custbridge.cli import main

if __name__ == "__main__":  # pragma: no branch - only ever run as a program
    sys.exit(main())
