"""The frozen programs' entry point: the same as the installed `facilitator` commands."""

import sys

from facilitator.cli import main

if __name__ == "__main__":
    sys.exit(main())
