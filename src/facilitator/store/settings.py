"""Document-level settings stored inside the file (not per laptop): e.g. the county."""

from sqlite_utils import Database

COUNTY_CODE = "county_code"


def get(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM document_settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def put(db: Database, key: str, value: str | None) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO document_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
