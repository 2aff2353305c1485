"""Printed lists for a session: the roster of invitees by organisation (deltagarförteckning)
and the sign-in sheet (närvarolista) with blank rows for walk-ins.

The rows hold stored codes for category and status; the window or the command turns
them into words in the reader's language and prints them (ui/printing.py).
"""

from dataclasses import dataclass
from datetime import datetime
from itertools import groupby

from sqlite_utils import Database

from ..domain.records import Session
from ..store import attendance_lists, sessions
from .errors import NotFound

# Rows for walk-ins the sign-in sheet offers unless asked otherwise.
DEFAULT_BLANK_ROWS = 10
MAX_BLANK_ROWS = 200


@dataclass(frozen=True)
class Invitee:
    name: str  # "Family, Given" as a list is read
    organisation: str
    title: str
    category: str  # PersonCategory code
    status: str  # InvitationStatus code


@dataclass(frozen=True)
class SessionFacts:
    """What the page header names."""

    programme: str
    title: str
    start: datetime | None
    end: datetime | None
    room: str


class Rosters:
    def __init__(self, db: Database):
        self.db = db

    def facts(self, session_id: int) -> SessionFacts:
        """Raises :class:`NotFound` for an unknown session."""
        session = self._session(session_id)
        programme = ""
        if session.programme_id is not None:
            row = self.db.execute("SELECT name FROM programmes WHERE id = ?", [session.programme_id]).fetchone()
            programme = row[0] if row else ""
        return SessionFacts(programme, session.title, session.start, session.end, session.room)

    def roster(self, session_id: int) -> list[tuple[str, list[Invitee]]]:
        """(organisation, its invitees) in Swedish order; people without one come last,
        under an empty organisation name."""
        self._session(session_id)
        invitees = [_invitee(row) for row in attendance_lists.invitees_by_organisation(self.db, session_id)]
        return [(organisation, list(people)) for organisation, people in
                groupby(invitees, key=lambda invitee: invitee.organisation)]

    def sign_in(self, session_id: int) -> list[Invitee]:
        """The invitees in Swedish order of their names, as they look for their line."""
        self._session(session_id)
        return [_invitee(row) for row in attendance_lists.invitees_by_name(self.db, session_id)]

    def _session(self, session_id: int) -> Session:
        return NotFound.unless(sessions.get(self.db, session_id), "session", session_id)


def _invitee(row: tuple) -> Invitee:
    family, given, organisation, title, category, status = row
    name = f"{family}, {given}" if family and given else (family or given)
    return Invitee(name, organisation, title, category, status)
