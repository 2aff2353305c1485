"""The log file: a rotating facilitator.log in the local app-data folder (see
locations.log_folder), owner-only, for what went wrong and where.

Qt-free: the window's crash handler (ui/mainwindow/problem_dialog.py) and the command
line write to it through ``logging``.
"""

import logging
import logging.handlers
import os
from pathlib import Path

LOG_NAME = "facilitator.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
logger = logging.getLogger("facilitator")


class _OwnerOnlyHandler(logging.handlers.RotatingFileHandler):
    """Rotating, and each new file created 0600 (a traceback can name a file or a person)."""

    def _open(self):
        if not os.path.exists(self.baseFilename):
            os.close(os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT, 0o600))
        return super()._open()


def start_log(folder: Path) -> Path:
    """Send the app's log records to ``folder``/facilitator.log; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    if not any(isinstance(handler, _OwnerOnlyHandler) for handler in logger.handlers):
        handler = _OwnerOnlyHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return path
