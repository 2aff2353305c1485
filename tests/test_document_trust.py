"""Files the app cannot trust get a clear refusal naming the file - and are never modified."""

import hashlib
import sqlite3

import pytest

from facilitator.store import connection, errors
from facilitator.store.document import Document, lock_path


def fingerprint(path):
    """Content and timestamp of a file: both must be unchanged after a refused open."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def refuse(path, expected):
    before = fingerprint(path)
    with pytest.raises(expected) as caught:
        Document.open(path)
    assert caught.value.path == path.absolute()
    assert str(path.name) in str(caught.value)
    assert fingerprint(path) == before
    assert not path.with_name(path.name + "-wal").exists()
    return caught.value


def test_a_text_file_is_not_a_database(tmp_path):
    path = tmp_path / "people.sqlite"
    path.write_text("Förnamn;Efternamn\nAnna;Ek\n", encoding="cp1252")
    refuse(path, errors.NotADatabase)
    assert not lock_path(path).exists()


def test_an_empty_file_is_not_a_database(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    refuse(path, errors.NotADatabase)


def test_another_programs_database_is_left_alone(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (name TEXT)")
    conn.close()
    refuse(path, errors.NotAFacilitatorFile)


def test_a_corrupt_file_is_refused(tmp_path, demo):
    path = demo.path
    demo.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size * 2: page_size * 6] = b"\xde\xad\xbe\xef" * page_size  # smash some pages
    path.write_bytes(bytes(data))
    refuse(path, errors.CorruptDocument)


def test_a_file_from_a_newer_version_is_refused(tmp_path, document):
    path = document.path
    document.db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                        "VALUES ('facilitator', '0099_from_the_future', 'x')")
    document.db.execute(f"PRAGMA user_version = {connection.SCHEMA_VERSION + 1}")
    document.close()
    error = refuse(path, errors.NewerVersion)
    assert error.reason == "newer_version"


def test_a_read_only_file_is_refused_for_writing_but_opens_read_only(tmp_path, document, monkeypatch):
    path = document.path
    document.close()
    # Tests may run as root, who can write anything: simulate the missing permission.
    monkeypatch.setattr(connection.os, "access", lambda p, mode: mode != connection.os.W_OK)
    refuse(path, errors.ReadOnlyDocument)
    before = fingerprint(path)
    read_only = Document.open(path, read_only=True)
    assert read_only.read_only
    assert read_only.db.execute("SELECT count(*) FROM organisations").fetchone()[0] == 2
    with pytest.raises(sqlite3.OperationalError):
        read_only.db.execute("DELETE FROM organisations")
    read_only.close()
    assert fingerprint(path) == before


def test_a_file_open_in_another_facilitator_is_refused(document):
    path = document.path
    before = fingerprint(path)
    with pytest.raises(errors.DocumentInUse) as caught:
        Document.open(path)
    assert caught.value.path == path
    assert fingerprint(path) == before
    document.close()
    Document.open(path).close()  # once the other one closes, it opens


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(errors.DocumentMissing) as caught:
        Document.open(tmp_path / "gone.sqlite")
    assert caught.value.path.name == "gone.sqlite"


def test_sqlite_environment_errors_are_classified_and_bugs_are_not():
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5
    assert isinstance(errors.classify(busy, "x.sqlite"), errors.StorageProblem)
    bug = sqlite3.OperationalError("no such column: nmae")
    bug.sqlite_errorcode = 1
    assert errors.classify(bug, "x.sqlite") is None
