"""Organisations grouped by kind, for the organisations view."""

from sqlite_utils import Database

from ..store import organisations


class OrganisationsOverview:
    """Organisations grouped by kind, each with how many people it has."""

    def __init__(self, db: Database):
        self.db = db

    def rows(self) -> list[dict]:
        return organisations.grouped_rows(self.db)
