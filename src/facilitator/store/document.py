"""The open document: its file, its connection for the UI thread, and the lock that keeps
a second running Facilitator from opening the same file.
"""

import sqlite3
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock, Timeout
from sqlite_utils import Database

from . import errors
from .connection import check_header, connect, create_document, find_damage, is_writable, open_document


class CopyCancelled(Exception):
    """The user cancelled Save a Copy; nothing was written."""


class Document:
    """One open Facilitator file. ``db`` belongs to the thread that opened it."""

    def __init__(self, path: Path, db: Database, *, read_only: bool, lock: FileLock | None):
        self.path = path
        self.db = db
        self.read_only = read_only
        self._lock = lock

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, verify_now: bool = True) -> "Document":
        """Open an existing file. Raises :class:`errors.DocumentError` naming the file.

        ``verify_now=False``: see :func:`connection.open_document`; the caller then runs
        :meth:`find_damage` soon after, off the UI thread.
        """
        path = Path(path).absolute()
        check_header(path)  # before the lock, so a wrong file gets no lock file beside it
        lock = None if read_only else _take_lock(path)
        try:
            db = open_document(path, read_only=read_only, verify_now=verify_now)
        except BaseException:
            if lock:
                lock.release()
            raise
        return cls(path, db, read_only=read_only, lock=lock)

    @classmethod
    def create(cls, path: Path | str) -> "Document":
        path = Path(path).absolute()
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = _take_lock(path)
        try:
            db = create_document(path)
        except BaseException:
            lock.release()
            raise
        return cls(path, db, read_only=False, lock=lock)

    @classmethod
    def in_memory(cls) -> "Document":
        """A throw-away document, for tests and benchmarks."""
        return cls(Path(":memory:"), create_document(":memory:"), read_only=False, lock=None)

    def make_read_only(self) -> None:
        """From now on refuse every write (SQLite itself enforces it)."""
        self.db.execute("PRAGMA query_only = ON")
        self.read_only = True

    def find_damage(self) -> errors.DocumentError | None:
        """The full page check; safe on a worker thread (own connection)."""
        return find_damage(self.path)

    def connect_worker(self) -> Database:
        """A new connection for a worker thread (never share one across threads)."""
        return connect(self.path, read_only=self.read_only)

    def save_copy(self, target: Path | str, progress: Callable[[int], None] = lambda percent: None,
                  cancelled: Callable[[], bool] = lambda: False) -> None:
        """Write a consistent copy of the document to ``target`` (SQLite's online backup).

        Runs on any thread: it opens its own connection. The copy is written beside the
        target and renamed into place only when complete, so a cancelled or failed copy
        leaves any existing file at ``target`` as it was.
        """
        target = Path(target).absolute()
        if target == self.path:
            raise ValueError("a copy cannot overwrite the open document")
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)

        def report(status: int, remaining: int, total: int) -> None:
            if cancelled():
                raise CopyCancelled()
            progress(100 * (total - remaining) // max(total, 1))

        source = sqlite3.connect(self.path.as_uri() + "?mode=ro", uri=True)
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination, pages=64, progress=report)
            destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            destination.close()
            partial.replace(target)
        except BaseException:
            destination.close()
            partial.unlink(missing_ok=True)
            raise
        finally:
            source.close()

    def close(self) -> None:
        self.db.close()
        if self._lock:
            self._lock.release()
            self._lock = None


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _take_lock(path: Path) -> FileLock | None:
    """Hold an OS lock beside the file while it is open; the OS frees it if the app dies."""
    if not is_writable(path.parent):
        return None  # a read-only folder: SQLite itself will refuse writes
    lock = FileLock(lock_path(path), timeout=0)
    try:
        lock.acquire()
    except Timeout as error:
        raise errors.DocumentInUse(path) from error
    return lock
