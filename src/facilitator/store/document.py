"""The open document: its file, its connection for the UI thread, and the lock that keeps
a second running Facilitator from opening the same file.
"""

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from . import errors
from .backups import Backup, BackupFailed, BackupPolicy, Backups
from .connection import (
    check_header,
    check_writable,
    connect,
    create_document,
    create_owner_only,
    find_damage,
    is_writable,
    open_document,
)
from .file_lock import DocumentLock, lock_path

__all__ = ["CopyCancelled", "Document", "lock_path"]


class CopyCancelled(Exception):
    """The user cancelled Save a Copy; nothing was written."""


class Document:
    """One open Facilitator file. ``db`` belongs to the thread that opened it."""

    def __init__(self, path: Path, db: Database, *, read_only: bool, lock: DocumentLock | None,
                 backups: Backups | None = None):
        self.path = path
        self.db = db
        self.read_only = read_only
        self._lock = lock
        # None: no automatic backups (a file in memory, or a caller that keeps none).
        self.backups = backups

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, verify_now: bool = True,
             backups_root: Path | None = None, policy: BackupPolicy | None = None) -> "Document":
        """Open an existing file. Raises :class:`errors.DocumentError` naming the file.

        ``verify_now=False``: see :func:`connection.open_document`; the caller then runs
        :meth:`find_damage` soon after, off the UI thread. With ``backups_root``, the file
        is backed up there (see :mod:`backups`) before an older schema is upgraded, and
        :meth:`back_up` works.
        """
        path = Path(path).absolute()
        check_header(path)  # before the lock, so a wrong file gets no lock file beside it
        if not read_only:
            check_writable(path)
        lock = None if read_only else _take_lock(path)
        backups = Backups(path, backups_root, policy) if backups_root is not None and not read_only else None
        try:
            db = open_document(path, read_only=read_only, verify_now=verify_now,
                               before_upgrade=(lambda: _back_up_before_upgrade(backups)) if backups else None)
        except BaseException:
            if lock:
                lock.release()
            raise
        return cls(path, db, read_only=read_only, lock=lock, backups=backups)

    @classmethod
    def create(cls, path: Path | str, *, backups_root: Path | None = None,
               policy: BackupPolicy | None = None) -> "Document":
        path = Path(path).absolute()
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = _take_lock(path)
        try:
            db = create_document(path)
        except BaseException:
            lock.release()
            raise
        backups = Backups(path, backups_root, policy) if backups_root is not None else None
        return cls(path, db, read_only=False, lock=lock, backups=backups)

    def back_up(self, reason: str) -> Backup | None:
        """A verified backup now (before an import, merge, purge or restore); None when this
        document keeps no backups. Raises :class:`BackupFailed` - the caller then does not
        go on with the change it was about to make."""
        if self.backups is None or self.read_only:
            return None
        return self.backups.take(reason)

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
        create_owner_only(partial)
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

    def __enter__(self) -> "Document":
        return self

    def __exit__(self, *exception) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()
        if self._lock:
            self._lock.release()
            self._lock = None


def _back_up_before_upgrade(backups: Backups) -> None:
    try:
        backups.take("migration")
    except BackupFailed as error:
        raise errors.StorageProblem(backups.document, f"no backup could be made before upgrading: {error.detail}") \
            from error


def _take_lock(path: Path) -> DocumentLock | None:
    """Hold an OS lock beside the real file while it is open; the OS frees it if the app dies."""
    if not is_writable(path.resolve().parent):
        return None  # a read-only folder: SQLite itself will refuse writes
    lock = DocumentLock(path)
    if not lock.acquire():
        raise errors.DocumentInUse(path)
    return lock
