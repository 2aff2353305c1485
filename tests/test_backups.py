"""Automatic backups (issue 10, finding 9): verified, owner-only, kept by a policy, listed
with their counts, and restored safely."""

import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta

import pytest

from facilitator.domain.records import Person
from facilitator.services.register import Register
from facilitator.store.backups import BackupPolicy, Backups
from facilitator.store.document import Document


class Clock:
    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def people(path) -> int:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT count(*) FROM people").fetchone()[0]


def test_a_backup_is_a_verified_owner_only_copy_listed_with_its_counts(demo, tmp_path):
    backups = Backups(demo.path, tmp_path / "backups")
    backup = backups.take("import")
    assert backup.path.parent.parent == tmp_path / "backups"
    assert (backup.reason, backup.people, backup.sessions) == ("import", 45, 6)
    assert backups.newest_first() == [backup]
    with sqlite3.connect(backup.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    if os.name == "posix":
        assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert not list(backup.path.parent.glob("*.partial"))


def test_a_backup_holds_what_is_still_in_the_wal(document, tmp_path):
    document.db.execute("PRAGMA wal_autocheckpoint = 0")
    Register(document.db).add_person(Person("Anna", "Ek"))
    backup = Backups(document.path, tmp_path / "backups").take("daily")
    assert backup.people == 1


def test_two_files_with_the_same_name_keep_their_backups_apart(tmp_path):
    first, second = tmp_path / "a" / "facilitator.sqlite", tmp_path / "b" / "facilitator.sqlite"
    for path in (first, second):
        Document.create(path).close()
    assert Backups(first, tmp_path).folder != Backups(second, tmp_path).folder


def test_the_newest_ten_and_one_a_week_for_two_months_are_kept(document, tmp_path):
    clock = Clock(datetime(2026, 1, 1, 9, tzinfo=UTC))
    backups = Backups(document.path, tmp_path / "backups", BackupPolicy(keep_newest=10, weekly_weeks=8), clock)
    for _ in range(120):  # two a day for two months
        backups.take("daily")
        clock.now += timedelta(hours=12)
    kept = backups.newest_first()
    newest = kept[:10]
    assert [backup.taken_at for backup in newest] == [clock.now - timedelta(hours=12 * n) for n in range(1, 11)]
    weeks = {backup.taken_at.isocalendar()[:2] for backup in kept}
    assert len(kept) == len(newest) + len(weeks - {backup.taken_at.isocalendar()[:2] for backup in newest})
    assert all(kept[0].taken_at - backup.taken_at <= timedelta(weeks=8) for backup in kept)
    assert 14 <= len(kept) <= 19


def test_a_daily_backup_is_taken_once_a_day(document, tmp_path):
    clock = Clock(datetime(2026, 3, 2, 8, tzinfo=UTC))
    backups = Backups(document.path, tmp_path / "backups", clock=clock)
    assert backups.take_daily() is not None
    clock.now += timedelta(hours=3)
    assert backups.take_daily() is None
    clock.now += timedelta(days=1)
    assert backups.take_daily() is not None
    assert len(backups.newest_first()) == 2


def test_a_damaged_copy_is_not_kept(document, tmp_path, monkeypatch):
    from facilitator.store import backups as module
    from facilitator.store.backups import BackupFailed

    damaged = b"SQLite format 3\x00" + b"\xff" * 5000
    monkeypatch.setattr(module, "_copy", lambda source, target: target.write_bytes(damaged))
    with pytest.raises(BackupFailed):
        Backups(document.path, tmp_path / "backups").take("import")
    assert Backups(document.path, tmp_path / "backups").newest_first() == []
    assert not list((tmp_path / "backups").rglob("*.partial"))


def test_restoring_puts_the_backups_content_back_into_the_open_file(demo, tmp_path):
    backups = Backups(demo.path, tmp_path / "backups")
    backup = backups.take("daily")
    demo.db.execute("DELETE FROM attendance")
    demo.db.execute("DELETE FROM invitations")
    demo.db.execute("DELETE FROM people")
    assert people(demo.path) == 0
    backups.restore_into(backup.path, demo.db.conn)
    assert demo.db.execute("SELECT count(*) FROM people").fetchone()[0] == 45
    assert demo.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_older_file_is_backed_up_before_its_upgrade(tmp_path):
    path = tmp_path / "old.sqlite"
    document = Document.create(path)
    Register(document.db).add_person(Person("Anna", "Ek"))
    document.db.execute("DROP TABLE targets")
    document.db.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_reach_targets'")
    document.db.execute("PRAGMA user_version = 5")
    document.close()
    upgraded = Document.open(path, backups_root=tmp_path / "backups")
    try:
        [backup] = upgraded.backups.newest_first()
        assert backup.reason == "migration" and backup.people == 1
        with sqlite3.connect(backup.path) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    finally:
        upgraded.close()
