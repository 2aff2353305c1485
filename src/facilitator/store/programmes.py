"""Programmes (satsningar): the frame sessions belong to, with a reach target."""

from sqlite_utils import Database

from ..domain.records import Programme
from .changes import new_row


def insert(db: Database, programme: Programme) -> int:
    row = new_row({
        "name": programme.name,
        "reach_target": programme.reach_target,
        "period_start": programme.period_start,
        "period_end": programme.period_end,
        "county_code": programme.county_code,
    })
    with db.atomic():
        return db["programmes"].insert(row).last_pk


def first_id(db: Database) -> int | None:
    """The programme new sessions go under (the oldest one)."""
    row = db.execute("SELECT id FROM programmes ORDER BY id LIMIT 1").fetchone()
    return row[0] if row else None


def names(db: Database) -> list[tuple[int, str]]:
    return [tuple(row) for row in db.execute("SELECT id, name FROM programmes ORDER BY id")]
