"""The queries behind exported attendance lists and printed rosters.

Rows come back in Swedish order of the person's name (the stored ``people.sort_key``),
as plain tuples: an export of 100 000 rows should not build a dict per row.
"""

from collections.abc import Iterator

from sqlite_utils import Database

# One row per person present at a session, with what the lists can show about them.
# The column order here is ATTENDANCE_FIELDS.
_ATTENDANCE = """
SELECT p.family_name, p.given_name, coalesce(o.name, ''), p.title, p.category, p.email,
       s.title, s.start_utc, a.mode, a.source, a.joined_utc, a.left_utc, a.minutes, a.walk_in,
       coalesce(trim(sub.given_name || ' ' || sub.family_name), ''), coalesce(i.status, '')
FROM attendance a
JOIN people p ON p.id = a.person_id
JOIN sessions s ON s.id = a.session_id
LEFT JOIN organisations o ON o.id = p.organisation_id
LEFT JOIN people sub ON sub.id = a.substitute_for
LEFT JOIN invitations i ON i.session_id = a.session_id AND i.person_id = a.person_id
WHERE a.present = 1 AND {where}
ORDER BY {order}
"""
ATTENDANCE_FIELDS = ("family_name", "given_name", "organisation", "title", "category", "email",
                     "session", "session_start_utc", "mode", "source", "joined_utc", "left_utc",
                     "minutes", "walk_in", "substitute_for", "invitation_status")

# A session's invitees with their organisation, for the roster and the sign-in sheet.
_INVITEES = """
SELECT p.family_name, p.given_name, coalesce(o.name, ''), p.title, p.category, i.status
FROM invitations i
JOIN people p ON p.id = i.person_id
LEFT JOIN organisations o ON o.id = p.organisation_id
WHERE i.session_id = ?
ORDER BY {order}
"""
INVITEE_FIELDS = ("family_name", "given_name", "organisation", "title", "category", "status")


def session_attendance(db: Database, session_id: int) -> Iterator[tuple]:
    """Everyone present at the session (invitees, walk-ins, substitutes), by name."""
    sql = _ATTENDANCE.format(where="a.session_id = :id", order="p.sort_key, p.id")
    return db.execute(sql, {"id": session_id})


def programme_attendance(db: Database, programme_id: int) -> Iterator[tuple]:
    """Who attended what: one row per person and session attended, by name, then session start."""
    sql = _ATTENDANCE.format(where="s.programme_id = :id", order="p.sort_key, p.id, s.start_utc, s.id")
    return db.execute(sql, {"id": programme_id})


def invitees_by_organisation(db: Database, session_id: int) -> list[tuple]:
    """The session's invitees, grouped by organisation (Swedish order, no organisation last)."""
    order = "o.id IS NULL, o.sort_key, o.id, p.sort_key, p.id"
    return db.execute(_INVITEES.format(order=order), [session_id]).fetchall()


def invitees_by_name(db: Database, session_id: int) -> list[tuple]:
    """The session's invitees in Swedish order of their names (the sign-in sheet)."""
    return db.execute(_INVITEES.format(order="p.sort_key, p.id"), [session_id]).fetchall()
