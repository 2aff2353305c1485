"""The list of sessions with their invited / accepted / attended counts."""

from sqlite_utils import Database

from ..store import sessions


class SessionsOverview:
    def __init__(self, db: Database):
        self.db = db

    def ids(self, sort: str = "start", descending: bool = False) -> list[int]:
        return sessions.list_ids(self.db, sort, descending)

    def rows(self, ids: list[int]) -> dict[int, dict]:
        return sessions.rows_for(self.db, ids) if ids else {}
