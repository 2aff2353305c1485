"""The lock that keeps a second running Facilitator (window or command) off an open file.

An OS lock (``filelock``) on ``<real file>.lock``: the OS frees it if the app dies, so a
crash never leaves a file "in use". The lock is taken on the *real* file (symlinks
resolved), so a shortcut cannot get around it, and the lock file is removed on release,
while still held: a peer that opened the old lock file meanwhile sees it unlinked and
tries again (``filelock`` checks that), so removing it is safe and nothing is left
beside the user's file after quitting.

The lock file is owner-only (0600). On Windows the mode only sets the read-only flag;
there the protection is the folder itself - the user's profile (``%LOCALAPPDATA%``),
which only they (and administrators) can read.
"""

import os
from contextlib import suppress
from pathlib import Path

from filelock import FileLock, Timeout

OWNER_ONLY = 0o600


def lock_path(path: Path) -> Path:
    """Where the lock of ``path`` lives: beside the real file, whatever name was used."""
    real = path.resolve()
    return real.with_name(real.name + ".lock")


class DocumentLock:
    def __init__(self, path: Path):
        self.path = lock_path(path)
        self._lock = FileLock(self.path, timeout=0, mode=OWNER_ONLY)
        self._identity: os.stat_result | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it."""
        try:
            self._lock.acquire()
        except Timeout:
            return False
        self._identity = self.path.stat()
        return True

    def release(self) -> None:
        if self._identity is None:
            return
        with suppress(OSError):  # Windows: filelock removes it itself once unlocked
            if os.path.samestat(self.path.stat(), self._identity):
                self.path.unlink()
        self._identity = None
        self._lock.release()


def held_elsewhere(path: Path) -> bool:
    """Another running Facilitator has ``path`` open (a probe: takes and drops the lock)."""
    if not lock_path(path).exists():
        return False  # released locks are removed; a crash's leftover is free to take
    probe = DocumentLock(path)
    if not probe.acquire():
        return True
    probe.release()
    return False
