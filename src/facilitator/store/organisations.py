"""Organisations: municipalities, regions, county boards and others, with people counts."""

from sqlite_utils import Database

from ..domain.collation import swedish_key
from ..domain.enums import OrganisationKind
from ..domain.records import Organisation
from ..domain.timezone import utc_now_text
from .changes import ChangeSet, absent, capture, new_row, tracked


def organisation_values(organisation: Organisation) -> dict[str, object]:
    return {
        "name": organisation.name.strip(),
        "sort_key": swedish_key(organisation.name),
        "kind": str(organisation.kind),
        "official_code": (organisation.official_code or "").strip() or None,
        "county_code": organisation.county_code,
    }


def insert(db: Database, organisation: Organisation) -> ChangeSet:
    with db.atomic():
        new_id = db["organisations"].insert(new_row(organisation_values(organisation))).last_pk
        after = capture(db, "organisations", [new_id])
    return ChangeSet(absent(after), after)


def insert_many(db: Database, organisations: list[Organisation]) -> int:
    """Insert organisations that are not there yet (same kind and code); return how many."""
    rows = [new_row(organisation_values(org)) for org in organisations]
    with db.atomic():
        before = db["organisations"].count
        for row in rows:
            db.execute(
                "INSERT INTO organisations (uuid, created_at, updated_at, name, sort_key, kind, "
                "official_code, county_code) VALUES (:uuid, :created_at, :updated_at, :name, "
                ":sort_key, :kind, :official_code, :county_code) ON CONFLICT DO NOTHING",
                row,
            )
        return db["organisations"].count - before


def update(db: Database, organisation_id: int, organisation: Organisation) -> ChangeSet:
    values = dict(organisation_values(organisation), updated_at=utc_now_text())
    return tracked(db, "organisations", [organisation_id],
                   lambda: db["organisations"].update(organisation_id, values))


def delete(db: Database, organisation_ids: list[int]) -> ChangeSet:
    """Delete organisations nobody belongs to (the caller checks :func:`people_count`)."""
    with db.atomic():
        before = capture(db, "organisations", organisation_ids)
        for organisation_id in organisation_ids:
            db.execute("DELETE FROM organisations WHERE id = ?", [organisation_id])
    return ChangeSet(before, absent(before))


def get(db: Database, organisation_id: int) -> Organisation | None:
    rows = list(db.query("SELECT * FROM organisations WHERE id = ?", [organisation_id]))
    if not rows:
        return None
    row = rows[0]
    return Organisation(row["name"], OrganisationKind(row["kind"]), row["official_code"],
                        row["county_code"], row["id"], row["uuid"])


def people_count(db: Database, organisation_id: int) -> int:
    sql = "SELECT count(*) FROM people WHERE organisation_id = ?"
    return db.execute(sql, [organisation_id]).fetchone()[0]


def names(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every organisation in Swedish order, for pickers and filters."""
    return [tuple(row) for row in db.execute("SELECT id, name FROM organisations ORDER BY sort_key, id")]


def grouped_rows(db: Database) -> list[dict[str, object]]:
    """Every organisation with its number of people, ordered by kind then name."""
    cursor = db.execute(
        "SELECT o.id, o.name, o.kind, o.official_code, "
        "(SELECT count(*) FROM people p WHERE p.organisation_id = o.id) AS people, "
        "(SELECT count(*) FROM people p WHERE p.organisation_id = o.id AND p.active = 1) AS active "
        "FROM organisations o ORDER BY CASE o.kind WHEN 'county_board' THEN 0 WHEN 'region' THEN 1 "
        "WHEN 'municipality' THEN 2 ELSE 3 END, o.sort_key, o.id"
    )
    names_ = [column[0] for column in cursor.description]
    return [dict(zip(names_, row)) for row in cursor]
