"""Invitations (person x session): bulk invite in one statement, status changes, and the
queries behind a session's invitee list and its counts.
"""

from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.enums import InvitationStatus, PersonCategory
from ..domain.timezone import utc_now_text
from .changes import ChangeSet, absent, capture, tracked
from .people import fts_expression

SORT_EXPRESSIONS = {
    "name": "p.sort_key",
    "organisation": "o.sort_key",
    "category": "p.category",
    "status": "i.status",
    "changed": "i.status_changed_at",
}


@dataclass(frozen=True)
class WhoToInvite:
    """Which people an "Invite" action adds; inactive people are never invited."""

    everyone_not_invited: bool = False
    organisation_id: int | None = None
    category: PersonCategory | None = None
    person_ids: tuple[int, ...] = ()


def _who_sql(who: WhoToInvite) -> tuple[str, list[object]]:
    if who.person_ids:
        return f"p.id IN ({','.join('?' * len(who.person_ids))})", list(who.person_ids)
    if who.organisation_id is not None:
        return "p.organisation_id = ?", [who.organisation_id]
    if who.category is not None:
        return "p.category = ?", [str(who.category)]
    if who.everyone_not_invited:
        return "1", []
    raise ValueError("nobody chosen to invite")


def invite(db: Database, session_id: int, who: WhoToInvite) -> ChangeSet:
    """Invite the chosen active people; anyone already invited is left as is (idempotent).

    One INSERT ... SELECT in one transaction, however many people: the ids of the new
    rows are those above the table's largest id before the insert.
    """
    condition, params = _who_sql(who)
    now = utc_now_text()
    with db.atomic():
        highest = db.execute("SELECT coalesce(max(id), 0) FROM invitations").fetchone()[0]
        db.execute(
            "INSERT INTO invitations (uuid, created_at, updated_at, person_id, session_id, status, "
            "status_changed_at) "
            f"SELECT new_uuid(), ?, ?, p.id, ?, 'invited', ? FROM people p WHERE p.active = 1 AND {condition} "
            "ON CONFLICT (session_id, person_id) DO NOTHING",
            [now, now, session_id, now, *params],
        )
        new_ids = [row[0] for row in db.execute(
            "SELECT id FROM invitations WHERE id > ? AND session_id = ?", [highest, session_id])]
        after = capture(db, "invitations", new_ids)
    return ChangeSet(absent(after), after)


def set_status(db: Database, invitation_ids: list[int], status: InvitationStatus) -> ChangeSet:
    def action() -> None:
        now = utc_now_text()
        for invitation_id in invitation_ids:
            db.execute("UPDATE invitations SET status = ?, status_changed_at = ?, updated_at = ? "
                       "WHERE id = ? AND status != ?", [str(status), now, now, invitation_id, str(status)])

    return tracked(db, "invitations", invitation_ids, action)


def set_note(db: Database, invitation_id: int, note: str) -> ChangeSet:
    return tracked(db, "invitations", [invitation_id], lambda: db.execute(
        "UPDATE invitations SET note = ?, updated_at = ? WHERE id = ?", [note, utc_now_text(), invitation_id]))


def remove(db: Database, invitation_ids: list[int]) -> ChangeSet:
    with db.atomic():
        before = capture(db, "invitations", invitation_ids)
        for invitation_id in invitation_ids:
            db.execute("DELETE FROM invitations WHERE id = ?", [invitation_id])
    return ChangeSet(before, absent(before))


def list_ids(db: Database, session_id: int, text: str = "", sort: str = "name",
             descending: bool = False) -> list[int]:
    """Invitation ids of a session, filtered by typed text, in display order."""
    where, params = ["i.session_id = ?"], [session_id]
    match = fts_expression(text)
    if match:
        where.append("i.person_id IN (SELECT rowid FROM people_search WHERE people_search MATCH ?)")
        params.append(match)
    order = SORT_EXPRESSIONS.get(sort, SORT_EXPRESSIONS["name"])
    direction = " DESC" if descending else ""
    sql = ("SELECT i.id FROM invitations i JOIN people p ON p.id = i.person_id "
           "LEFT JOIN organisations o ON o.id = p.organisation_id WHERE " + " AND ".join(where)
           + f" ORDER BY {order}{direction}, p.sort_key, i.id")
    return [row[0] for row in db.execute(sql, params)]


def rows_for(db: Database, ids: list[int]) -> dict[int, dict]:
    marks = ",".join("?" * len(ids))
    cursor = db.execute(
        "SELECT i.id, i.status, i.status_changed_at, i.note, i.person_id, p.given_name, "
        "p.family_name, p.title, p.category, p.email, o.name AS organisation, "
        "coalesce(a.present, 0) AS present FROM invitations i JOIN people p ON p.id = i.person_id "
        "LEFT JOIN organisations o ON o.id = p.organisation_id "
        "LEFT JOIN attendance a ON a.session_id = i.session_id AND a.person_id = i.person_id "
        f"WHERE i.id IN ({marks})", ids)
    names = [column[0] for column in cursor.description]
    return {row[0]: dict(zip(names, row)) for row in cursor}


def counts_by_status(db: Database, session_id: int) -> dict[InvitationStatus, int]:
    found = dict(db.execute("SELECT status, count(*) FROM invitations WHERE session_id = ? GROUP BY status",
                            [session_id]).fetchall())
    return {status: found.get(str(status), 0) for status in InvitationStatus}


def counts_by_organisation(db: Database, session_id: int) -> list[dict]:
    """Per organisation: invited, accepted and present at this session, in Swedish order."""
    cursor = db.execute(
        "SELECT coalesce(o.name, '') AS organisation, count(*) AS invited, "
        "sum(i.status = 'accepted') AS accepted, sum(coalesce(a.present, 0)) AS present "
        "FROM invitations i JOIN people p ON p.id = i.person_id "
        "LEFT JOIN organisations o ON o.id = p.organisation_id "
        "LEFT JOIN attendance a ON a.session_id = i.session_id AND a.person_id = i.person_id "
        "WHERE i.session_id = ? GROUP BY o.id ORDER BY o.sort_key", [session_id])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def never_invited(db: Database) -> list[int]:
    """Active people in the register who have not been invited to any session yet."""
    return [row[0] for row in db.execute(
        "SELECT p.id FROM people p WHERE p.active = 1 AND NOT EXISTS "
        "(SELECT 1 FROM invitations i WHERE i.person_id = p.id) ORDER BY p.sort_key")]


def invitees(db: Database, session_id: int) -> list[dict]:
    """Everyone invited to a session with name, email and status (calendar and mail)."""
    cursor = db.execute(
        "SELECT p.id AS person_id, p.given_name, p.family_name, p.email, i.status "
        "FROM invitations i JOIN people p ON p.id = i.person_id WHERE i.session_id = ? "
        "ORDER BY p.sort_key", [session_id])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor]
