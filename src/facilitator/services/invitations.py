"""Inviting people to a session and tracking their answers."""

from datetime import UTC, datetime

from sqlite_utils import Database

from ..domain.enums import InvitationStatus, SessionStatus
from ..store import invitations, sessions
from ..store.changes import ChangeSet
from ..store.invitations import WhoToInvite


class Invitations:
    def __init__(self, db: Database):
        self.db = db

    def needs_confirmation(self, session_id: int, now: datetime | None = None) -> str | None:
        """Why inviting to this session deserves a question first: "cancelled", "past" or None."""
        session = sessions.get(self.db, session_id)
        if session is None:
            return None
        if session.status == SessionStatus.CANCELLED:
            return "cancelled"
        now = now or datetime.now(UTC)
        if (session.end or session.start) and (session.end or session.start) < now:
            return "past"
        return None

    def invite(self, session_id: int, who: WhoToInvite) -> ChangeSet:
        """Invite in one transaction; people already invited are left unchanged."""
        return invitations.invite(self.db, session_id, who)

    def set_status(self, invitation_ids: list[int], status: InvitationStatus) -> ChangeSet:
        return invitations.set_status(self.db, invitation_ids, status)

    def set_note(self, invitation_id: int, note: str) -> ChangeSet:
        return invitations.set_note(self.db, invitation_id, note)

    def remove(self, invitation_ids: list[int]) -> ChangeSet:
        return invitations.remove(self.db, invitation_ids)

    def ids(self, session_id: int, text: str = "", sort: str = "name", descending: bool = False) -> list[int]:
        return invitations.list_ids(self.db, session_id, text, sort, descending)

    def rows(self, ids: list[int]) -> dict[int, dict]:
        return invitations.rows_for(self.db, ids) if ids else {}

    def counts_by_status(self, session_id: int) -> dict[InvitationStatus, int]:
        return invitations.counts_by_status(self.db, session_id)

    def counts_by_organisation(self, session_id: int) -> list[dict]:
        return invitations.counts_by_organisation(self.db, session_id)

    def never_invited(self) -> list[int]:
        return invitations.never_invited(self.db)

    def expecting(self, session_id: int) -> int:
        """Invitees who have not declined: they should hear of a cancellation."""
        counts = self.counts_by_status(session_id)
        return sum(count for status, count in counts.items() if status != InvitationStatus.DECLINED)

    def invitees(self, session_id: int) -> list[dict]:
        return invitations.invitees(self.db, session_id)
