"""Finding people: the query behind the people view and search-as-you-type."""

from sqlite_utils import Database

from ..store import people
from ..store.people import PeopleQuery


class PeopleSearch:
    def __init__(self, db: Database):
        self.db = db

    def ids(self, query: PeopleQuery) -> list[int]:
        return people.search_ids(self.db, query)

    def rows(self, ids: list[int]) -> dict[int, dict]:
        return people.rows_for(self.db, ids) if ids else {}
