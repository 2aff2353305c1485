"""Opening the one SQLite file that is the user's document, and refusing files it cannot trust.

Checks run before anything could write: the header, the application id, the schema
version, corruption and write access. A file that fails is never modified.
"""

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from ..domain.collation import swedish_compare, swedish_key
from . import errors
from .migrations import MIGRATIONS, SCHEMA_VERSION

# "FCLT": marks a file as a Facilitator document (PRAGMA application_id).
APPLICATION_ID = 0x46434C54
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def connect(path: Path | str, *, read_only: bool = False) -> Database:
    """Open a connection for this thread, with the pragmas every connection needs.

    One connection per thread: a worker thread calls this itself rather than
    borrowing the UI thread's connection.
    """
    target = str(path)
    if target == ":memory:":
        conn = sqlite3.connect(":memory:")
    else:
        # immutable=1 for read-only: SQLite then creates no -wal/-shm files either,
        # so a read-only file (or folder) is opened without touching anything.
        uri = Path(target).absolute().as_uri() + ("?mode=ro&immutable=1" if read_only else "?mode=rw")
        conn = sqlite3.connect(uri, uri=True)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.create_collation("swedish", swedish_compare)
    conn.create_function("swedish_key", 1, swedish_key, deterministic=True)
    conn.create_function("new_uuid", 0, lambda: str(uuid.uuid4()))
    return Database(conn, execute_plugins=False)


def create_document(path: Path | str) -> Database:
    """Create a new, empty document at ``path`` (which must not exist yet) and return it open."""
    target = Path(path)
    if str(path) != ":memory:":
        if target.exists():
            raise FileExistsError(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        sqlite3.connect(target).close()
    db = connect(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    if str(path) != ":memory:":
        db.execute("PRAGMA journal_mode = WAL")
    upgrade(db)
    return db


def open_document(path: Path | str, *, read_only: bool = False, verify_now: bool = True) -> Database:
    """Open an existing document, upgrading its schema if it is older than this app.

    Raises a :class:`errors.DocumentError` subclass, naming the file, when the file
    cannot be trusted. ``read_only=False`` on a file without write access raises
    :class:`errors.ReadOnlyDocument` so the caller can offer to open it read-only.
    The checks read through an immutable connection, which creates no -wal or -shm
    file, so a refused file is left exactly as it was.

    ``verify_now=False`` leaves the full page check (which grows with the file) to the
    caller, to run off the UI thread with :func:`find_damage` - except when the file
    needs upgrading: a damaged file is never migrated.
    """
    target = Path(path)
    check_header(target)
    if not read_only and not is_writable(target):
        raise errors.ReadOnlyDocument(target)
    with _as_document_error(target):
        checker = connect(target, read_only=True)
        try:
            check_contents(checker, target)
            if verify_now or MIGRATIONS.pending(checker):
                check_pages(checker, target)
        finally:
            checker.close()
        if read_only:
            return connect(target, read_only=True)
        db = connect(target)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            upgrade(db)
        except BaseException:
            db.close()
            raise
        return db


@contextmanager
def _as_document_error(path: Path) -> Iterator[None]:
    """Turn SQLite's environment errors (corrupt, locked, full...) into DocumentErrors."""
    try:
        yield
    except sqlite3.Error as error:
        problem = errors.classify(error, path)
        if problem is None:
            raise
        raise problem from error


def check_header(path: Path) -> None:
    """Refuse a missing file, a folder, an empty file or one that is not SQLite at all."""
    if not path.exists():
        raise errors.DocumentMissing(path)
    if not path.is_file():
        raise errors.NotADatabase(path, "folder")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise errors.StorageProblem(path, str(error)) from error
    if header != SQLITE_HEADER:
        raise errors.NotADatabase(path)


def is_writable(path: Path) -> bool:
    """The file and its folder (where SQLite keeps the -wal and -shm files) are writable."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def check_contents(db: Database, path: Path) -> None:
    """Refuse another program's database, a newer schema, or a damaged file."""
    application_id = db.execute("PRAGMA application_id").fetchone()[0]
    if application_id != APPLICATION_ID:
        raise errors.NotAFacilitatorFile(path)
    version = db.execute("PRAGMA user_version").fetchone()[0]
    known = {migration.name for migration in MIGRATIONS._migrations}
    applied = {migration.name for migration in MIGRATIONS.applied(db)}
    if version > SCHEMA_VERSION or applied - known:
        raise errors.NewerVersion(path, f"schema {version}")


def check_pages(db: Database, path: Path) -> None:
    """Refuse a file whose pages are damaged (reads the whole file)."""
    result = db.execute("PRAGMA quick_check(1)").fetchone()[0]
    if result != "ok":
        raise errors.CorruptDocument(path, result)


def find_damage(path: Path | str) -> errors.DocumentError | None:
    """The full page check on a connection of its own, for a worker thread."""
    target = Path(path)
    try:
        with _as_document_error(target):
            db = connect(target, read_only=True)
            try:
                check_pages(db, target)
            finally:
                db.close()
    except errors.DocumentError as problem:
        return problem
    return None


def upgrade(db: Database) -> None:
    """Apply pending migrations, each with its record in one transaction."""
    if MIGRATIONS.pending(db):
        MIGRATIONS.apply(db)
