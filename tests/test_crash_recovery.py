"""A file SQLite can recover is not damaged (issue 10, finding 1).

After a crash (kill -9, power cut, full disk) while SQLite checkpoints its WAL, the main
file alone is half old, half new; with its -wal beside it, it is whole. Such a file must
open with every committed row; only real damage is refused.
"""

import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from facilitator.services.merge import trusted
from facilitator.store import errors
from facilitator.store.connection import find_damage
from facilitator.store.document import Document

PEOPLE = 400


def crash_before_checkpoint(path: Path) -> None:
    """A process that commits an import and dies before SQLite checkpoints: every committed
    row is in ``path``-wal only (autocheckpoint off, then os._exit instead of a close)."""
    script = textwrap.dedent(f"""
        import os
        from facilitator.domain.records import Person
        from facilitator.services.register import Register
        from facilitator.services.setup import set_up_county
        from facilitator.store.document import Document

        document = Document.create({str(path)!r})
        set_up_county(document.db, "09", reach_target=45, year=2026)
        document.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        document.db.execute("PRAGMA wal_autocheckpoint = 0")
        register = Register(document.db)
        with document.db.atomic():
            for number in range({PEOPLE}):
                register.add_person(Person("Anna", f"Ek {{number}}", email=f"anna{{number}}@gotland.se",
                                           notes="x" * 200))
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", script], check=True)


def checkpoint_half(path: Path) -> None:
    """What a checkpoint killed half way leaves: some of the WAL's pages copied into the
    main file, the WAL itself intact."""
    wal = path.with_name(path.name + "-wal").read_bytes()
    page_size = struct.unpack(">I", wal[8:12])[0]
    frame = 24 + page_size
    frames = [(struct.unpack(">I", wal[32 + i * frame: 36 + i * frame])[0],
               wal[32 + i * frame + 24: 32 + (i + 1) * frame]) for i in range((len(wal) - 32) // frame)]
    with path.open("r+b") as main:
        for page, data in frames[: len(frames) // 2]:
            main.seek((page - 1) * page_size)
            main.write(data)


@pytest.fixture
def half_checkpointed(tmp_path) -> Path:
    path = tmp_path / "gotland.sqlite"
    crash_before_checkpoint(path)
    checkpoint_half(path)
    return path


def test_a_file_killed_during_the_checkpoint_opens_with_every_row(half_checkpointed):
    document = Document.open(half_checkpointed)
    try:
        assert document.db.execute("SELECT count(*) FROM people").fetchone()[0] == PEOPLE
        assert document.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        document.close()


def test_the_background_page_check_reads_the_wal_too(half_checkpointed):
    assert find_damage(half_checkpointed) is None


def test_a_file_killed_before_the_checkpoint_opens_read_only_with_every_row(half_checkpointed):
    document = Document.open(half_checkpointed, read_only=True)
    try:
        assert document.db.execute("SELECT count(*) FROM people").fetchone()[0] == PEOPLE
    finally:
        document.close()


def test_a_file_left_with_a_wal_can_be_merged(half_checkpointed):
    assert trusted(half_checkpointed) == half_checkpointed


def test_real_damage_with_a_wal_beside_it_is_still_refused(half_checkpointed):
    data = bytearray(half_checkpointed.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size: page_size * 3] = b"\xde\xad\xbe\xef" * (page_size // 2)
    half_checkpointed.write_bytes(bytes(data))
    wal = half_checkpointed.with_name(half_checkpointed.name + "-wal")
    wal.write_bytes(wal.read_bytes()[:32])  # the WAL holds nothing to repair it with
    with pytest.raises(errors.CorruptDocument):
        Document.open(half_checkpointed)
