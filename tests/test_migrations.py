"""The schema is built by named migrations; a file from any earlier version upgrades."""

import sqlite3

import pytest

from facilitator.store.connection import APPLICATION_ID, connect, open_document
from facilitator.store.migrations import MIGRATIONS, SCHEMA_VERSION

NAMES = [migration.name for migration in MIGRATIONS._migrations]


def make_file_at(path, stop_before: str | None):
    """A Facilitator file as an older version left it: migrations up to ``stop_before``."""
    sqlite3.connect(path).close()
    db = connect(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    MIGRATIONS.apply(db, stop_before=stop_before)
    return db


@pytest.mark.parametrize("stop_before", NAMES[1:])
def test_every_earlier_version_upgrades_and_keeps_its_data(tmp_path, stop_before):
    path = tmp_path / "old.sqlite"
    db = make_file_at(path, stop_before)
    db.execute("INSERT INTO organisations (uuid, created_at, updated_at, name, sort_key, kind) "
               "VALUES ('o-1', 't', 't', 'Region Gotland', 'region gotland', 'region')")
    db.execute("INSERT INTO people (uuid, created_at, updated_at, given_name, family_name, sort_key, "
               "organisation_id) VALUES ('p-1', 't', 't', 'Åsa', 'Ekman', 'ekman {sa', 1)")
    old_version = db.execute("PRAGMA user_version").fetchone()[0]
    db.close()
    assert old_version == NAMES.index(stop_before)

    upgraded = open_document(path)

    assert upgraded.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [m.name for m in MIGRATIONS.applied(upgraded)] == NAMES
    assert upgraded.execute("SELECT given_name FROM people WHERE uuid = 'p-1'").fetchone() == ("Åsa",)
    # Rows written before the search index existed are found by it after the upgrade.
    found = upgraded.execute("SELECT rowid FROM people_search WHERE people_search MATCH 'gotland'").fetchall()
    assert found == [(1,)]
    upgraded.close()


def test_a_failing_migration_leaves_no_trace(tmp_path):
    """Each migration is one transaction with its record: a failure rolls back both."""
    path = tmp_path / "old.sqlite"
    failing = NAMES.index("0003_people_search")
    db = make_file_at(path, NAMES[failing])
    db.execute("CREATE TABLE people_search (x)")  # makes that migration fail midway
    with pytest.raises(sqlite3.OperationalError):
        MIGRATIONS.apply(db)
    assert [m.name for m in MIGRATIONS.applied(db)] == NAMES[:failing]
    assert db.execute("PRAGMA user_version").fetchone()[0] == failing
    assert "people_search_insert" not in {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
