"""Calendar invitations: a session's .ics file, written where the user chose.

The lead attaches the file to a mail (or opens it in Outlook and sends it from there).
Re-exporting after an edit gives the same UID with a higher SEQUENCE, so the
invitees' calendars update the event; a cancelled session exports as METHOD:CANCEL.
"""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from ..domain.records import Problem, Session, looks_like_email
from ..formats import ics
from ..formats.atomic_file import write_atomically
from ..store import invitations, sessions
from .errors import NotFound, NotReady


@dataclass(frozen=True)
class ExportResult:
    """What was written, for the status bar: "Invitation for 41 people saved (3 without email)"."""

    path: Path
    method: ics.Method
    attendees: int
    skipped_without_email: int


class CalendarExport:
    def __init__(self, db: Database):
        self.db = db

    def invitation(self, session_id: int, organiser_name: str, organiser_email: str,
                   stamp: datetime | None = None) -> ics.CalendarFile:
        """The .ics content for the session, without writing it anywhere.

        Raises :class:`NotFound` for an unknown session and :class:`NotReady` when the
        session has no start time or the organiser has no valid email address.
        """
        session = self._session(session_id)
        _check_ready(session, organiser_email)
        organiser = ics.Organiser(organiser_name.strip(), organiser_email.strip())
        return ics.invitation(session, invitations.invitees(self.db, session_id), organiser, stamp=stamp)

    def export(self, session_id: int, path: Path | str, organiser_name: str, organiser_email: str,
               stamp: datetime | None = None) -> ExportResult:
        """Write the session's .ics to ``path``, replacing any file there only when complete."""
        calendar = self.invitation(session_id, organiser_name, organiser_email, stamp)
        target = Path(path)
        write_atomically(target, calendar.content)
        return ExportResult(target, calendar.method, calendar.attendees, calendar.skipped_without_email)

    def _session(self, session_id: int) -> Session:
        return NotFound.unless(sessions.get(self.db, session_id), "session", session_id)


def _check_ready(session: Session, organiser_email: str) -> None:
    missing = {}
    if session.start is None:
        missing["start"] = Problem.REQUIRED
    email = organiser_email.strip()
    if not email:
        missing["organiser_email"] = Problem.REQUIRED
    elif not looks_like_email(email):
        missing["organiser_email"] = Problem.INVALID_EMAIL
    if missing:
        raise NotReady(missing)
