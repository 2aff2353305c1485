"""Writing a file whole or not at all: written beside the target and renamed into place.

A failure (full disk, a crash, a cloud-synced folder) never leaves a half-written
invitation, list or report for someone to send, and an existing file at the target
stays as it was until the new one is complete.
"""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def replace_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(path)`` on a temporary file beside ``target``, then rename it into place
    (so a writer that streams to its own file, like xlsxwriter, needs no copy in memory)."""
    handle, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(handle)
    try:
        write(Path(partial))
        with open(partial, "rb+") as file:
            os.fsync(file.fileno())
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def write_atomically(target: Path, content: bytes) -> None:
    """Write ``content`` to ``target`` whole or not at all."""
    replace_atomically(target, lambda path: path.write_bytes(content))
