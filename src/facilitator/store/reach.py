"""Reach aggregates in SQL: who was reached, the funnel, and the splits the dashboard shows.

A person is *reached* by a programme when they have an attendance row with ``present = 1``
at one of its sessions that is not cancelled. The attendance threshold is already in that
flag: an imported Teams or Zoom report sets ``present`` by minutes ≥ the threshold, and a
manual check-in sets it directly. Walk-ins and substitutes have their own attendance row,
so they count as themselves; the invitee a substitute stood in for is not reached by it.

Every query takes ``:programme`` (``None`` for the whole document) and counts each
person once, however many sessions they attended. Everything is aggregated here with
GROUP BY so that the dashboard's refresh is a handful of queries over indexed columns.
"""

from collections.abc import Mapping

from sqlite_utils import Database

from ..domain.timezone import utc_now_text
from .changes import ChangeSet, absent, capture, new_row

# The sessions that count: not cancelled, of the programme (or of any programme).
_LIVE = """live AS (SELECT id FROM sessions WHERE status != 'cancelled'
    AND (:programme IS NULL OR programme_id = :programme))"""
# Each reached person once.
_REACHED = """reached AS (SELECT DISTINCT person_id FROM attendance
    WHERE present = 1 AND session_id IN (SELECT id FROM live))"""
# Sessions where an absent acceptance is a no-show: held, or someone has been checked in.
_TAKEN_PLACE = """(s.status = 'held'
    OR EXISTS (SELECT 1 FROM attendance x WHERE x.session_id = s.id AND x.present = 1))"""

_FUNNEL = f"""WITH {_LIVE}
SELECT
    (SELECT count(DISTINCT person_id) FROM invitations WHERE session_id IN (SELECT id FROM live)),
    (SELECT count(DISTINCT person_id) FROM invitations
        WHERE status = 'accepted' AND session_id IN (SELECT id FROM live)),
    (SELECT count(DISTINCT person_id) FROM attendance
        WHERE present = 1 AND session_id IN (SELECT id FROM live))"""

_PER_SESSION = f"""SELECT s.id, s.start_utc, s.title,
    (SELECT count(*) FROM invitations i WHERE i.session_id = s.id),
    (SELECT count(*) FROM invitations i WHERE i.session_id = s.id AND i.status = 'accepted'),
    (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.present = 1),
    CASE WHEN {_TAKEN_PLACE} THEN (SELECT count(*) FROM invitations i
        WHERE i.session_id = s.id AND i.status = 'accepted' AND NOT EXISTS (SELECT 1 FROM attendance a
            WHERE a.session_id = s.id AND a.person_id = i.person_id AND a.present = 1)) ELSE 0 END
FROM sessions s
WHERE s.status != 'cancelled' AND (:programme IS NULL OR s.programme_id = :programme)
ORDER BY s.start_utc IS NULL, s.start_utc, s.id"""

# People counted: the active register, plus deactivated people who were reached.
_BY_ORGANISATION = f"""WITH {_LIVE}, {_REACHED},
targets_ AS (SELECT key, sum(target) AS target FROM targets WHERE dimension = 'organisation'
    AND (:programme IS NULL OR programme_id = :programme) GROUP BY key)
SELECT o.id, o.name, o.kind,
    coalesce(sum(p.active = 1 OR r.person_id IS NOT NULL), 0), count(r.person_id), t.target
FROM organisations o
LEFT JOIN people p ON p.organisation_id = o.id
LEFT JOIN reached r ON r.person_id = p.id
LEFT JOIN targets_ t ON t.key = o.uuid
WHERE :county IS NULL OR o.county_code IS NULL OR o.county_code = :county
GROUP BY o.id
ORDER BY o.sort_key, o.id"""

_BY_CATEGORY = f"""WITH {_LIVE}, {_REACHED}
SELECT p.category, sum(p.active = 1 OR r.person_id IS NOT NULL), count(r.person_id)
FROM people p LEFT JOIN reached r ON r.person_id = p.id
GROUP BY p.category"""

_NO_SHOWS = f"""SELECT p.id, p.given_name, p.family_name, o.name, s.id, s.title, s.start_utc
FROM sessions s
JOIN invitations i ON i.session_id = s.id AND i.status = 'accepted'
JOIN people p ON p.id = i.person_id
LEFT JOIN organisations o ON o.id = p.organisation_id
WHERE s.status != 'cancelled' AND (:programme IS NULL OR s.programme_id = :programme)
    AND {_TAKEN_PLACE}
    AND NOT EXISTS (SELECT 1 FROM attendance a
        WHERE a.session_id = s.id AND a.person_id = i.person_id AND a.present = 1)
ORDER BY s.start_utc, s.id, p.sort_key, p.id"""

_PER_PROGRAMME = """SELECT g.id, g.name, g.county_code, count(DISTINCT a.person_id), g.reach_target
FROM programmes g
LEFT JOIN sessions s ON s.programme_id = g.id AND s.status != 'cancelled'
LEFT JOIN attendance a ON a.session_id = s.id AND a.present = 1
GROUP BY g.id
ORDER BY g.county_code, g.id"""


def funnel(db: Database, programme_id: int | None) -> tuple[int, int, int]:
    """Distinct people invited, accepted and reached at the sessions that count."""
    return tuple(db.execute(_FUNNEL, {"programme": programme_id}).fetchone())


def per_session(db: Database, programme_id: int | None) -> list[tuple]:
    """(id, start_utc, title, invited, accepted, attended, no-shows) per session in time order."""
    return db.execute(_PER_SESSION, {"programme": programme_id}).fetchall()


def by_organisation(db: Database, programme_id: int | None) -> list[tuple]:
    """(id, name, kind, people, reached, target) per organisation in the programme's county."""
    county = county_of(db, programme_id)
    return db.execute(_BY_ORGANISATION, {"programme": programme_id, "county": county}).fetchall()


def by_category(db: Database, programme_id: int | None) -> dict[str, tuple[int, int]]:
    """Category code → (people, reached), for the categories somebody belongs to."""
    rows = db.execute(_BY_CATEGORY, {"programme": programme_id})
    return {category: (people, reached) for category, people, reached in rows}


def no_shows(db: Database, programme_id: int | None) -> list[tuple]:
    """(person id, given, family, organisation, session id, title, start_utc) per missed session."""
    return db.execute(_NO_SHOWS, {"programme": programme_id}).fetchall()


def per_programme(db: Database) -> list[tuple]:
    """(id, name, county_code, reached, reach_target) per programme: one per county once merged."""
    return db.execute(_PER_PROGRAMME).fetchall()


def county_of(db: Database, programme_id: int | None) -> str | None:
    if programme_id is None:
        return None
    row = db.execute("SELECT county_code FROM programmes WHERE id = ?", [programme_id]).fetchone()
    return row[0] if row else None


def targets(db: Database, programme_id: int | None, dimension: str) -> dict[str, int]:
    """Key → target of one dimension; for the whole document, summed over the programmes."""
    rows = db.execute("SELECT key, sum(target) FROM targets WHERE dimension = :dimension "
                      "AND (:programme IS NULL OR programme_id = :programme) GROUP BY key",
                      {"programme": programme_id, "dimension": dimension})
    return dict(rows.fetchall())


def write_targets(db: Database, programme_id: int, reach_target: int | None,
                  targets: Mapping[tuple[str, str], int | None]) -> ChangeSet:
    """Set the programme's reach target and (dimension, key) targets; None removes a target.

    One transaction and one ChangeSet, so the Targets dialog is one undo step.
    """
    with db.atomic():
        existing = {(dimension, key): row_id for row_id, dimension, key in db.execute(
            "SELECT id, dimension, key FROM targets WHERE programme_id = ?", [programme_id])}
        touched = [existing[key] for key in targets if key in existing]
        before = {**capture(db, "programmes", [programme_id]), **capture(db, "targets", touched)}
        if reach_target is not None:
            db["programmes"].update(programme_id, {"reach_target": reach_target, "updated_at": utc_now_text()})
        created = _write_target_rows(db, programme_id, targets, existing)
        after = {**capture(db, "programmes", [programme_id]), **capture(db, "targets", touched)}
        new_rows = capture(db, "targets", created)["targets"]
    before["targets"].update(absent({"targets": new_rows})["targets"])
    after["targets"].update(new_rows)
    return ChangeSet(before, after)


def _write_target_rows(db: Database, programme_id: int, targets: Mapping[tuple[str, str], int | None],
                       existing: dict[tuple[str, str], int]) -> list[int]:
    """Update, delete or insert each target row; the ids of inserted rows."""
    created = []
    for (dimension, key), target in targets.items():
        row_id = existing.get((dimension, key))
        if row_id is not None and target is None:
            db.execute("DELETE FROM targets WHERE id = ?", [row_id])
        elif row_id is not None:
            db["targets"].update(row_id, {"target": target, "updated_at": utc_now_text()})
        elif target is not None:
            created.append(db["targets"].insert(new_row({
                "programme_id": programme_id, "dimension": dimension, "key": key, "target": target})).last_pk)
    return created
