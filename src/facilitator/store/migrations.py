"""The document's schema, as named sqlite-utils migrations applied in order.

Each migration runs in one transaction together with its record in
``_sqlite_migrations`` and ends by setting ``PRAGMA user_version`` to its number, so
an older app can tell at a glance that a file was written by a newer one.
Never edit a migration that has shipped: add a new one.
"""

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("facilitator")

# Columns every table has: a stable id for merging files, and change times (UTC text).
_IDENTITY = """
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL"""


def _run(db: Database, script: str, version: int) -> None:
    """Run a script statement by statement inside the migration's transaction.

    (``executescript`` would commit first, breaking the one-transaction promise.)
    """
    statement = ""
    for line in (script + ";").splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            if statement.strip(" ;\n"):
                db.execute(statement)
            statement = ""
    db.execute(f"PRAGMA user_version = {version}")


@MIGRATIONS(name="0001_programmes_organisations_people_sessions")
def _initial(db: Database) -> None:
    _run(
        db,
        f"""
CREATE TABLE document_settings (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE programmes ({_IDENTITY},
    name TEXT NOT NULL,
    reach_target INTEGER NOT NULL DEFAULT 0 CHECK (reach_target >= 0),
    period_start TEXT,
    period_end TEXT,
    county_code TEXT
);
CREATE TABLE organisations ({_IDENTITY},
    name TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('municipality', 'region', 'county_board', 'other')),
    official_code TEXT,
    county_code TEXT
);
CREATE UNIQUE INDEX organisations_kind_code ON organisations (kind, official_code)
    WHERE official_code IS NOT NULL;
CREATE INDEX organisations_sort ON organisations (kind, sort_key);
CREATE TABLE people ({_IDENTITY},
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    sort_key TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT 'other' CHECK (category IN ('elected_official',
        'senior_official', 'head_of_administration', 'county_board_management', 'other')),
    organisation_id INTEGER REFERENCES organisations (id),
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX people_sort ON people (sort_key);
CREATE INDEX people_organisation ON people (organisation_id, sort_key);
CREATE INDEX people_category ON people (category, sort_key);
CREATE INDEX people_email ON people (email COLLATE NOCASE);
CREATE TABLE sessions ({_IDENTITY},
    programme_id INTEGER REFERENCES programmes (id),
    title TEXT NOT NULL,
    focus_area TEXT CHECK (focus_area IN ('digital_leadership', 'digital_security',
        'digital_competence', 'digital_infrastructure', 'digital_innovation')),
    start_utc TEXT,
    end_utc TEXT,
    platform TEXT NOT NULL DEFAULT '',
    join_link TEXT NOT NULL DEFAULT '',
    room TEXT NOT NULL DEFAULT '',
    capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    description TEXT NOT NULL DEFAULT '',
    sequence INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_start ON sessions (start_utc);
CREATE INDEX sessions_programme ON sessions (programme_id, start_utc)
""",
        1,
    )


@MIGRATIONS(name="0002_invitations_attendance")
def _invitations_attendance(db: Database) -> None:
    _run(
        db,
        f"""
CREATE TABLE invitations ({_IDENTITY},
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'invited'
        CHECK (status IN ('invited', 'accepted', 'declined', 'no_reply')),
    status_changed_at TEXT,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (session_id, person_id)
);
CREATE INDEX invitations_person ON invitations (person_id);
CREATE INDEX invitations_status ON invitations (session_id, status);
CREATE TABLE attendance ({_IDENTITY},
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    present INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
    mode TEXT CHECK (mode IS NULL OR mode IN ('remote', 'on_site')),
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'report')),
    joined_utc TEXT,
    left_utc TEXT,
    minutes INTEGER CHECK (minutes IS NULL OR minutes >= 0),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (session_id, person_id)
);
CREATE INDEX attendance_person ON attendance (person_id);
CREATE INDEX attendance_present ON attendance (session_id, present)
""",
        2,
    )


@MIGRATIONS(name="0003_people_search")
def _people_search(db: Database) -> None:
    # Search-as-you-type: one FTS5 row per person with the organisation's name in it,
    # kept in step by triggers so any writer (the app, the CLI, a merge) keeps it true.
    row = "new.id, new.given_name, new.family_name, new.title, new.email, " \
        "(SELECT name FROM organisations WHERE id = new.organisation_id)"
    _run(
        db,
        f"""
CREATE VIRTUAL TABLE people_search USING fts5 (
    given_name, family_name, title, email, organisation,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO people_search (rowid, given_name, family_name, title, email, organisation)
    SELECT p.id, p.given_name, p.family_name, p.title, p.email, o.name
    FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id;
CREATE TRIGGER people_search_insert AFTER INSERT ON people BEGIN
    INSERT INTO people_search (rowid, given_name, family_name, title, email, organisation)
    VALUES ({row});
END;
CREATE TRIGGER people_search_update AFTER UPDATE ON people BEGIN
    DELETE FROM people_search WHERE rowid = old.id;
    INSERT INTO people_search (rowid, given_name, family_name, title, email, organisation)
    VALUES ({row});
END;
CREATE TRIGGER people_search_delete AFTER DELETE ON people BEGIN
    DELETE FROM people_search WHERE rowid = old.id;
END;
CREATE TRIGGER people_search_organisation AFTER UPDATE OF name ON organisations BEGIN
    UPDATE people_search SET organisation = new.name
    WHERE rowid IN (SELECT id FROM people WHERE organisation_id = new.id);
END
""",
        3,
    )


@MIGRATIONS(name="0004_session_life_cycle")
def _session_life_cycle(db: Database) -> None:
    # Check-in records walk-ins (present without an invitation) and substitutes (present in
    # place of an invitee); the run-sheet is an ordered list of segments per session.
    _run(
        db,
        f"""
ALTER TABLE attendance ADD COLUMN walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1));
ALTER TABLE attendance ADD COLUMN substitute_for INTEGER REFERENCES people (id) ON DELETE SET NULL;
CREATE TABLE segments ({_IDENTITY},
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'broadcast' CHECK (kind IN ('broadcast', 'discussion', 'break')),
    title TEXT NOT NULL DEFAULT '',
    planned_minutes INTEGER NOT NULL DEFAULT 10 CHECK (planned_minutes >= 0),
    questions TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX segments_session ON segments (session_id, position);
CREATE INDEX invitations_session_person ON invitations (session_id, status, person_id)
""",
        4,
    )


@MIGRATIONS(name="0005_people_per_organisation_index")
def _people_per_organisation_index(db: Database) -> None:
    # Counting each organisation's (active) people reads only this index, not 100 000 rows.
    _run(db, "CREATE INDEX people_organisation_active ON people (organisation_id, active)", 5)



@MIGRATIONS(name="0006_reach_targets")
def _reach_targets(db: Database) -> None:
    # A programme's reach target split by category or organisation (key: the category code
    # or the organisation's uuid, so a target survives a merge into a national file).
    _run(
        db,
        f"""
CREATE TABLE targets ({_IDENTITY},
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    dimension TEXT NOT NULL CHECK (dimension IN ('category', 'organisation')),
    key TEXT NOT NULL,
    target INTEGER NOT NULL CHECK (target >= 0),
    UNIQUE (programme_id, dimension, key)
)
""",
        6,
    )



@MIGRATIONS(name="0007_anonymised_people")
def _anonymised_people(db: Database) -> None:
    # The retention purge keeps a past programme's reach: a person erased under it leaves a
    # row with no name, email or notes (only category and organisation), marked here so the
    # register's lists leave it out.
    _run(db, "ALTER TABLE people ADD COLUMN anonymised INTEGER NOT NULL DEFAULT 0 CHECK (anonymised IN (0, 1))", 7)


SCHEMA_VERSION = len(MIGRATIONS._migrations)
