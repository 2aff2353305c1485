"""Running the day: who is here, on site or remote, walk-ins and substitutes."""

from sqlite_utils import Database

from ..domain.enums import AttendanceMode, PersonCategory
from ..domain.records import Person
from ..store import attendance, people
from ..store.changes import ChangeSet


class CheckIn:
    def __init__(self, db: Database):
        self.db = db

    def ids(self, session_id: int, text: str = "") -> list[int]:
        """The session's list (invitees and anyone recorded) matching the typed text."""
        return attendance.check_in_ids(self.db, session_id, text)

    def others(self, session_id: int, text: str) -> list[int]:
        """People in the register but not on the list: candidates for a walk-in."""
        return attendance.others_matching(self.db, session_id, text)

    def rows(self, session_id: int, person_ids: list[int]) -> dict[int, dict]:
        return attendance.check_in_rows(self.db, session_id, person_ids) if person_ids else {}

    def toggle(self, session_id: int, person_id: int, mode: AttendanceMode, *, walk_in: bool = False,
               substitute_for: int | None = None) -> ChangeSet:
        """Present, or back to absent if already present."""
        return attendance.toggle_present(self.db, session_id, person_id, mode, walk_in=walk_in,
                                         substitute_for=substitute_for)

    def set_mode(self, session_id: int, person_id: int, mode: AttendanceMode) -> ChangeSet:
        return attendance.set_mode(self.db, session_id, person_id, mode)

    def add_walk_in(self, session_id: int, person: Person, mode: AttendanceMode, *,
                    substitute_for: int | None = None) -> ChangeSet:
        """Someone not in the register turns up: add them and mark them present, as one change.

        A substitute (attending in place of an invitee) is recorded the same way, with
        ``substitute_for`` naming the invitee.
        """
        with self.db.atomic():
            created = people.insert(self.db, person)
            person_id = created.ids("people")[0]
            present = self.toggle(session_id, person_id, mode, walk_in=substitute_for is None,
                                  substitute_for=substitute_for)
        return ChangeSet({**created.before, **present.before}, {**created.after, **present.after})

    def counts(self, session_id: int) -> dict[str, object]:
        return attendance.running_counts(self.db, session_id)


def category_of(value: str | None) -> PersonCategory:
    return PersonCategory(value) if value else PersonCategory.OTHER
