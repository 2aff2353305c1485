"""Why a file cannot be opened, as exceptions the UI and CLI turn into plain words.

As in qutebrowser's misc/sql.py, SQLite errors fall in two groups: problems with the
user's environment or file (busy, read-only, full, corrupt, not a database) become a
:class:`DocumentError` with a clear message; anything else is a bug and is raised as is.
"""

import errno
import sqlite3
from pathlib import Path


class DocumentError(Exception):
    """A file the app cannot use as asked. ``path`` names it; nothing was modified."""

    # Machine-readable reason, one of the class names below in snake case.
    reason = "document_error"
    # The file may still be opened read-only (to look, or to copy it elsewhere).
    can_open_read_only = False

    def __init__(self, path: Path | str, detail: str = ""):
        super().__init__(f"{path}: {self.reason}{': ' + detail if detail else ''}")
        self.path = Path(path)
        self.detail = detail


class NotADatabase(DocumentError):
    reason = "not_a_database"


class NotAFacilitatorFile(DocumentError):
    reason = "not_a_facilitator_file"


class CorruptDocument(DocumentError):
    reason = "corrupt"


class NewerVersion(DocumentError):
    reason = "newer_version"


class ReadOnlyDocument(DocumentError):
    """The file cannot be written; it may still be opened read-only."""

    reason = "read_only"
    can_open_read_only = True


class HardLinkedDocument(DocumentError):
    """The file has more than one name (a hard link). SQLite keeps its -wal beside the
    name it was opened by, so two programs using two names would each write their own WAL
    and damage the file; the lock cannot see through it either. Reading is safe."""

    reason = "hard_linked"
    can_open_read_only = True


class UnappliedChanges(DocumentError):
    """Committed changes wait in the file's -wal, and SQLite cannot read them here (a
    read-only folder without the -shm index). Reading the main file alone would show
    stale data, so the file is refused until it is copied where it can be written."""

    reason = "unapplied_changes"


class DocumentInUse(DocumentError):
    """Another running Facilitator has the file open."""

    reason = "in_use"


class DocumentMissing(DocumentError):
    reason = "missing"


class StorageProblem(DocumentError):
    """The disk is full, the file is locked too long, or the OS refused access."""

    reason = "storage_problem"


class DiskFull(StorageProblem):
    """SQLite could not grow the file (SQLITE_FULL); the transaction was rolled back."""

    reason = "disk_full"


class LockedByAnotherProgram(StorageProblem):
    """Another program (a database tool, a backup or sync client) holds SQLite's own lock
    on the file for longer than the busy timeout."""

    reason = "locked"


# SQLite's primary result codes that mean "your file or machine", not "our bug".
_ENVIRONMENT_CODES = {
    5: LockedByAnotherProgram,  # SQLITE_BUSY
    6: LockedByAnotherProgram,  # SQLITE_LOCKED
    8: ReadOnlyDocument,  # SQLITE_READONLY
    10: StorageProblem,  # SQLITE_IOERR
    11: CorruptDocument,  # SQLITE_CORRUPT
    13: DiskFull,  # SQLITE_FULL
    14: StorageProblem,  # SQLITE_CANTOPEN
    23: StorageProblem,  # SQLITE_AUTH
    26: NotADatabase,  # SQLITE_NOTADB
}


def classify(error: BaseException, path: Path | str) -> DocumentError | None:
    """Return the user-facing error for an environment problem, or None for a bug."""
    if isinstance(error, DocumentError):
        return error
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return DiskFull(path, error.strerror or str(error))
    if not isinstance(error, sqlite3.Error):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    kind = _ENVIRONMENT_CODES.get(code & 0xFF)
    return kind(path, str(error)) if kind else None
