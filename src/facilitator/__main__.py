"""`python -m facilitator` starts the app, or runs a command (see cli.py)."""

import sys

from .cli import main

sys.exit(main())
