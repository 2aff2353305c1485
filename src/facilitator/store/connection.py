"""Opening the one SQLite file that is the user's document, and refusing files it cannot trust.

Checks run before anything could write: the header, the application id, the schema
version, corruption and write access. A file that fails is never modified.
"""

import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
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
OWNER_ONLY = 0o600


def connect(path: Path | str, *, read_only: bool = False) -> Database:
    """Open a connection for this thread, with the pragmas every connection needs.

    One connection per thread: a worker thread calls this itself rather than
    borrowing the UI thread's connection. ``secure_delete`` is on, so deleted rows
    (an erased person) are overwritten with zeros, not merely marked free.
    """
    target = str(path)
    if target == ":memory:":
        conn = sqlite3.connect(":memory:")
    elif read_only:
        conn = _connect_read_only(Path(target))
    else:
        conn = sqlite3.connect(Path(target).absolute().as_uri() + "?mode=rw", uri=True)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.create_collation("swedish", swedish_compare)
    conn.create_function("swedish_key", 1, swedish_key, deterministic=True)
    conn.create_function("new_uuid", 0, lambda: str(uuid.uuid4()))
    return Database(conn, execute_plugins=False)


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def read_only_uri(path: Path) -> str:
    """The URI to read ``path`` without writing to it.

    Without a -wal file beside it, ``immutable=1``: SQLite then creates no -wal or -shm
    either, so a file (or folder) is read without touching anything. With one, the
    committed rows may live only there (a crash, a kill during the checkpoint, or the
    file open in a window right now): ``mode=ro`` reads them, as SQLite's own recovery.
    """
    query = "?mode=ro" if wal_path(path).exists() else "?mode=ro&immutable=1"
    return path.absolute().as_uri() + query


def _connect_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        conn.execute("PRAGMA schema_version").fetchone()  # reads the WAL index now, if there is a WAL
    except sqlite3.OperationalError as error:
        conn.close()
        # SQLITE_CANTOPEN: no -shm and no right to create one (a read-only folder).
        if getattr(error, "sqlite_errorcode", 0) & 0xFF != 14:
            raise
        if wal_path(path).stat().st_size > 0:
            raise errors.UnappliedChanges(path, str(error)) from error
        # An empty WAL holds nothing: the main file alone is the whole truth.
        conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
    return conn


def create_owner_only(path: Path) -> None:
    """Create an empty file only its owner can read (SQLite gives its -wal and -shm the
    same mode). On Windows the mode sets nothing useful: there the user's profile folder,
    where the file lives by default, is what keeps others out."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY))


def create_document(path: Path | str) -> Database:
    """Create a new, empty document at ``path`` (which must not exist yet) and return it open."""
    target = Path(path)
    if str(path) != ":memory:":
        target.parent.mkdir(parents=True, exist_ok=True)
        create_owner_only(target)  # FileExistsError if it exists: never replace a file
    db = connect(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    if str(path) != ":memory:":
        db.execute("PRAGMA journal_mode = WAL")
    upgrade(db)
    return db


def open_document(path: Path | str, *, read_only: bool = False, verify_now: bool = True,
                  before_upgrade: Callable[[], None] | None = None) -> Database:
    """Open an existing document, upgrading its schema if it is older than this app.

    Raises a :class:`errors.DocumentError` subclass, naming the file, when the file
    cannot be trusted. ``read_only=False`` on a file without write access raises
    :class:`errors.ReadOnlyDocument` so the caller can offer to open it read-only.
    The checks read without writing (see :func:`read_only_uri`), so a refused file is
    left exactly as it was; a file whose last commits are still in its -wal is read
    with them, as SQLite recovers it.

    ``verify_now=False`` leaves the full page check (which grows with the file) to the
    caller, to run off the UI thread with :func:`find_damage` - except when the file
    needs upgrading: a damaged file is never migrated. An upgrade is first tried on a
    copy in memory, so a file whose tables are not what Facilitator made is refused
    before anything is written; ``before_upgrade`` runs then (a backup).
    """
    target = Path(path)
    check_header(target)
    if not read_only:
        check_writable(target)
    with _as_document_error(target):
        checker = connect(target, read_only=True)
        try:
            check_contents(checker, target)
            pending = bool(MIGRATIONS.pending(checker))
            if verify_now or pending:
                check_pages(checker, target)
            if pending and not read_only:
                check_upgrade(checker, target)
        finally:
            checker.close()
        if read_only:
            return connect(target, read_only=True)
        if pending and before_upgrade is not None:
            before_upgrade()
        db = connect(target)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            upgrade(db)
        except BaseException:
            db.close()
            raise
        return db


def check_writable(path: Path) -> None:
    """Refuse writing to a read-only file, or to one reached by more than one hard link."""
    if not is_writable(path):
        raise errors.ReadOnlyDocument(path)
    if path.stat().st_nlink > 1:
        raise errors.HardLinkedDocument(path)


def check_upgrade(db: Database, path: Path) -> None:
    """Apply the pending migrations to a copy in memory: a file that carries Facilitator's
    mark but has tables of its own (a crafted or half-restored file) fails here, and is
    refused untouched, instead of half way through upgrading the real file."""
    trial = connect(":memory:")
    try:
        db.conn.backup(trial.conn)
        try:
            upgrade(trial)
        except sqlite3.Error as error:
            raise errors.NotAFacilitatorFile(path, str(error)) from error
    finally:
        trial.close()


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
