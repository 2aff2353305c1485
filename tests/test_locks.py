"""One Facilitator per file, whatever name it is reached by; nothing left behind
(issue 10, findings 6 and 8)."""

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from facilitator.store import errors
from facilitator.store.connection import APPLICATION_ID
from facilitator.store.document import Document

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and links")


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith((".lock", "-wal", "-shm")))


@posix_only
def test_a_symlink_does_not_get_around_the_lock(document, tmp_path):
    link = tmp_path / "shortcut.sqlite"
    link.symlink_to(document.path)
    with pytest.raises(errors.DocumentInUse):
        Document.open(link)


@posix_only
def test_a_hard_linked_file_is_refused_for_writing_and_left_alone(document, tmp_path):
    document.close()
    twin = tmp_path / "twin.sqlite"
    os.link(document.path, twin)
    before = document.path.read_bytes()
    with pytest.raises(errors.HardLinkedDocument) as caught:
        Document.open(twin)
    assert caught.value.path == twin
    assert caught.value.can_open_read_only
    assert document.path.read_bytes() == before
    assert leftovers(tmp_path) == []
    Document.open(twin, read_only=True).close()  # looking is safe


def test_no_lock_file_is_left_after_closing(document, tmp_path):
    document.close()
    assert leftovers(tmp_path) == []


def test_no_lock_file_is_left_beside_a_refused_file(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (name TEXT)")
    conn.close()
    with pytest.raises(errors.NotAFacilitatorFile):
        Document.open(path)
    assert leftovers(tmp_path) == []


def test_the_lock_still_keeps_a_second_facilitator_out_after_one_closes(document):
    path = document.path
    document.close()
    first = Document.open(path)
    with pytest.raises(errors.DocumentInUse):
        Document.open(path)
    first.close()
    Document.open(path).close()


def crafted(path: Path) -> bytes:
    """A file with Facilitator's application id but a people table of its own."""
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("CREATE TABLE people (secret TEXT)")
        conn.execute("INSERT INTO people VALUES ('keep me')")
    conn.close()
    return path.read_bytes()


def test_a_crafted_file_with_a_conflicting_table_is_refused_and_never_changed(tmp_path):
    path = tmp_path / "crafted.sqlite"
    before = crafted(path)
    with pytest.raises(errors.NotAFacilitatorFile) as caught:
        Document.open(path)
    assert "people" in caught.value.detail
    assert path.read_bytes() == before  # the header (journal mode) included
    assert leftovers(tmp_path) == []


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to act as another user")
def test_a_read_only_file_whose_wal_cannot_be_read_is_refused_not_shown_stale(tmp_path):
    """In a folder the user cannot write, a leftover WAL without its index cannot be read:
    the committed rows in it must not silently disappear from view."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "gotland.sqlite"
    document = Document.create(path)
    document.db.execute("PRAGMA wal_autocheckpoint = 0")
    document.db.execute("CREATE TABLE later (x)")  # a commit that lives in the WAL only
    snapshot = Path(tempfile.mkdtemp(prefix="facilitator-shared-"))  # outside pytest's owner-only folders
    for name in ("gotland.sqlite", "gotland.sqlite-wal"):
        (snapshot / name).write_bytes((folder / name).read_bytes())
    document.close()
    os.chmod(snapshot, 0o755)
    for name in ("gotland.sqlite", "gotland.sqlite-wal"):
        os.chmod(snapshot / name, 0o644)
    script = textwrap.dedent(f"""
        from facilitator.store import errors
        from facilitator.store.document import Document
        try:
            Document.open({str(snapshot / "gotland.sqlite")!r}, read_only=True)
        except errors.UnappliedChanges:
            print("refused")
        else:
            print("opened stale")
    """)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[1] / "src"))
    result = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable,
                             "-c", script], capture_output=True, text=True, env=env, cwd="/")
    if result.returncode and "setpriv" in result.stderr:
        pytest.skip("cannot switch user here")
    shutil.rmtree(snapshot)
    assert result.stdout.strip() == "refused", result.stderr


@posix_only
def test_the_file_its_wal_and_its_lock_are_owner_only(tmp_path):
    path = tmp_path / "new.sqlite"
    os.umask(0o022)
    document = Document.create(path)
    document.db.execute("CREATE TABLE later (x)")
    try:
        for name in ("new.sqlite", "new.sqlite-wal", "new.sqlite-shm", "new.sqlite.lock"):
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
    finally:
        document.close()


@posix_only
def test_save_a_copy_is_owner_only(document, tmp_path):
    target = tmp_path / "copy.sqlite"
    document.save_copy(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

