"""Inviting 10 000 people to a session in one action, against the same INSERT … SELECT run
directly in SQLite.

The action is the service call the Invite menu makes, ``Invitations.invite`` - one
INSERT … SELECT … ON CONFLICT DO NOTHING with the uuid from the registered Python
function ``new_uuid()``, then the new rows read back for undo - timed as a whole, since
that is what the user's one action costs.

Who: no organisation (at most ~380 people) or category (5 000 to 30 000) of the
generated document has about 10 000 people, so it is "People I Choose…" with 10 000
rows selected: the first 10 000 active people in name order, as a shift-click selection
in that dialog's name-ordered list gives them (their ids are spread over the whole
table), so exactly 10 000 are invited. Into: a new planned session added through
``Register.add_session``, so nobody is invited yet.

The baseline is the same INSERT … SELECT with the same WHERE (``p.active = 1 AND p.id
IN (…)``, the same 10 000 ids as parameters) and ON CONFLICT clause, the uuid made in
SQL (``lower(hex(randomblob(16)))``), in one transaction on a plain connection
(``connect``: foreign keys on, as every connection to a document has them), nothing
read back.

App and baseline each work on their own copy of the document (the cached file is never
written) with one connection kept open, as the app keeps its own; after every
repetition the session's invitations are deleted again (not timed), so each starts
with none. One unmeasured repetition of each first, then 7 each, in alternating order.
Both files are in WAL mode, so a commit that fills the WAL past 1 000 pages
checkpoints it, on both sides alike.
"""

import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from report import Result, Target, alternate

from facilitator.domain.enums import FocusArea
from facilitator.domain.records import Session
from facilitator.domain.timezone import STOCKHOLM, utc_now_text
from facilitator.services.invitations import Invitations
from facilitator.services.register import Register
from facilitator.store.connection import connect
from facilitator.store.document import Document
from facilitator.store.invitations import WhoToInvite

INVITEES = 10_000
REPETITIONS = 7  # each, after one unmeasured repetition of each
RATIO_TARGET = Target(max_ratio=3.0)
INVITEES_TEXT = f"{INVITEES:,}".replace(",", " ")  # 10 000, as the table writes numbers
WEBCAST = Session(
    "Nationell webbsändning: Digital säkerhet för förtroendevalda",
    datetime(2027, 3, 9, 9, 0, tzinfo=STOCKHOLM), datetime(2027, 3, 9, 11, 30, tzinfo=STOCKHOLM),
    focus_area=FocusArea.DIGITAL_SECURITY, platform="Microsoft Teams",
    join_link="https://teams.microsoft.com/l/meetup-join/bench-national", capacity=12_000)

BASELINE_SQL = (
    "INSERT INTO invitations (uuid, created_at, updated_at, person_id, session_id, status, "
    "status_changed_at) SELECT lower(hex(randomblob(16))), ?, ?, p.id, ?, 'invited', ? FROM people p "
    "WHERE p.active = 1 AND p.id IN ({marks}) ON CONFLICT (session_id, person_id) DO NOTHING")


def run(db_path: Path, repetitions: int = REPETITIONS) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as name:
        folder = Path(name)
        shutil.copyfile(db_path, folder / "app.sqlite")
        session_id, person_ids = _prepare(folder / "app.sqlite")
        shutil.copyfile(folder / "app.sqlite", folder / "sqlite.sqlite")  # closed: no WAL left beside it
        sides = {"app": AppInvite(folder / "app.sqlite", session_id, person_ids),
                 "sqlite": SqliteInvite(folder / "sqlite.sqlite", session_id, person_ids)}
        try:
            timings = alternate({name: side.invite for name, side in sides.items()}, repetitions, "invite")
        finally:
            for side in sides.values():
                side.close()
    app, sql = timings["app"], timings["sqlite"]
    note = (f"Invitations.invite of {INVITEES_TEXT} chosen active people into a new session, undo capture "
            f"included; baseline: the same INSERT … SELECT with lower(hex(randomblob(16))) for new_uuid(), "
            f"in one transaction, directly with sqlite3; median of {len(app)} each, alternating")
    return [Result(f"invite {INVITEES_TEXT} people in one action", statistics.median(app),
                   statistics.median(sql), "ms", RATIO_TARGET, note, {"app_ms": app, "sqlite_ms": sql})]


def _prepare(path: Path) -> tuple[int, tuple[int, ...]]:
    """Add the session to invite to; choose the people (in name order, as the dialog lists them)."""
    document = Document.open(path)
    try:
        change = Register(document.db).add_session(replace(WEBCAST))  # a copy: it fills in programme_id
        session_id = change.ids("sessions")[0]
        person_ids = tuple(row[0] for row in document.db.execute(
            "SELECT id FROM people WHERE active = 1 ORDER BY sort_key, id LIMIT ?", [INVITEES]))
    finally:
        document.close()
    return session_id, person_ids


class AppInvite:
    """The app's action, on its own copy opened as the app opens a document."""

    def __init__(self, path: Path, session_id: int, person_ids: Sequence[int]):
        self.document = Document.open(path)
        self.invitations = Invitations(self.document.db)
        self.session_id = session_id
        self.person_ids = tuple(person_ids)

    def invite(self) -> float:
        """Milliseconds for one invite; the rows are deleted again afterwards (not timed)."""
        started = time.perf_counter()
        change = self.invitations.invite(self.session_id, WhoToInvite(person_ids=self.person_ids))
        milliseconds = (time.perf_counter() - started) * 1000
        _check_invited(len(change.ids("invitations")))
        _uninvite(self.document.db.conn, self.session_id)
        return milliseconds

    def close(self) -> None:
        self.document.close()


class SqliteInvite:
    """The same INSERT … SELECT on a plain connection to another copy."""

    def __init__(self, path: Path, session_id: int, person_ids: Sequence[int]):
        self.db = connect(path)
        self.session_id = session_id
        self.person_ids = list(person_ids)
        self.sql = BASELINE_SQL.format(marks=",".join("?" * len(self.person_ids)))

    def invite(self) -> float:
        conn = self.db.conn
        started = time.perf_counter()
        now = utc_now_text()
        cursor = conn.execute(self.sql, [now, now, self.session_id, now, *self.person_ids])
        conn.commit()
        milliseconds = (time.perf_counter() - started) * 1000
        _check_invited(cursor.rowcount)
        _uninvite(conn, self.session_id)
        return milliseconds

    def close(self) -> None:
        self.db.close()


def _check_invited(count: int) -> None:
    if count != INVITEES:
        raise RuntimeError(f"invited {count} people, not {INVITEES}: the timing would compare different work")


def _uninvite(conn: sqlite3.Connection, session_id: int) -> None:
    """Back to a session with no invitations, committed, ready for the next repetition."""
    with conn:
        conn.execute("DELETE FROM invitations WHERE session_id = ?", [session_id])
