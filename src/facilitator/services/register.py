"""The register: create, edit and delete people, organisations and sessions.

Every write returns a :class:`ChangeSet`, which the caller keeps to undo or redo it
with :meth:`Register.apply`. Validation happens here, so the window and the command
line refuse the same things.
"""

from sqlite_utils import Database

from ..domain.enums import SessionStatus
from ..domain.records import Organisation, Person, Session
from ..store import organisations, people, programmes, sessions
from ..store.changes import ChangeSet, write_snapshot
from .errors import InvalidInput, StillInUse


class Register:
    def __init__(self, db: Database):
        self.db = db

    # -- people ---------------------------------------------------------------
    def add_person(self, person: Person) -> ChangeSet:
        _check(person.problems())
        return people.insert(self.db, person)

    def edit_person(self, person_id: int, person: Person) -> ChangeSet:
        _check(person.problems())
        return people.update(self.db, person_id, person)

    def set_people_active(self, person_ids: list[int], active: bool) -> ChangeSet:
        return people.set_active(self.db, person_ids, active)

    def delete_people(self, person_ids: list[int]) -> ChangeSet:
        """Erase people with their invitations and attendance (undoable via the ChangeSet)."""
        return people.delete(self.db, person_ids)

    def people_with_attendance(self, person_ids: list[int]) -> int:
        return people.count_with_attendance(self.db, person_ids)

    def person_names(self) -> dict[int, str]:
        """Every person's "Given Family" by id, in Swedish order (for choosing someone)."""
        return people.names(self.db)

    def person(self, person_id: int) -> Person | None:
        return people.get(self.db, person_id)

    # -- organisations -------------------------------------------------------------
    def add_organisation(self, organisation: Organisation) -> ChangeSet:
        _check(organisation.problems())
        return organisations.insert(self.db, organisation)

    def edit_organisation(self, organisation_id: int, organisation: Organisation) -> ChangeSet:
        _check(organisation.problems())
        return organisations.update(self.db, organisation_id, organisation)

    def delete_organisation(self, organisation_id: int) -> ChangeSet:
        count = organisations.people_count(self.db, organisation_id)
        if count:
            raise StillInUse(count)
        return organisations.delete(self.db, [organisation_id])

    def organisation(self, organisation_id: int) -> Organisation | None:
        return organisations.get(self.db, organisation_id)

    def organisation_names(self) -> list[tuple[int, str]]:
        return organisations.names(self.db)

    # -- sessions -------------------------------------------------------------
    def add_session(self, session: Session) -> ChangeSet:
        _check(session.problems())
        if session.programme_id is None:
            session.programme_id = programmes.first_id(self.db)
        return sessions.insert(self.db, session)

    def edit_session(self, session_id: int, session: Session) -> ChangeSet:
        _check(session.problems())
        return sessions.update(self.db, session_id, session)

    def set_session_status(self, session_ids: list[int], status: SessionStatus) -> ChangeSet:
        return sessions.set_status(self.db, session_ids, status)

    def delete_sessions(self, session_ids: list[int]) -> ChangeSet:
        return sessions.delete(self.db, session_ids)

    def session_attendance_count(self, session_ids: list[int]) -> int:
        return sessions.count_attendance(self.db, session_ids)

    def session(self, session_id: int) -> Session | None:
        return sessions.get(self.db, session_id)

    def overlapping_sessions(self, session: Session) -> list[str]:
        return sessions.overlapping(self.db, session)

    # -- undo / redo ------------------------------------------------------------
    def apply(self, change: ChangeSet, *, undo: bool) -> None:
        """Write one side of a change back: the before side to undo, the after side to redo."""
        write_snapshot(self.db, change.before if undo else change.after)


def _check(problems: dict[str, str]) -> None:
    if problems:
        raise InvalidInput(problems)
