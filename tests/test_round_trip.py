"""Export then import gives the same people: what Facilitator writes, Facilitator reads."""

import pytest

from facilitator.domain.enums import OrganisationKind
from facilitator.domain.records import Organisation
from facilitator.formats.people_columns import suggest_mapping
from facilitator.formats.tables import read_table
from facilitator.printing import printouts
from facilitator.services.attendance_export import AttendanceExport, ExportFormat
from facilitator.services.people_import import PeopleImport
from facilitator.services.setup import set_up_county
from facilitator.store import organisations
from facilitator.store.document import Document

KEYS = ["family_name", "given_name", "organisation", "title", "category", "email"]
SUFFIX = {ExportFormat.CSV_EXCEL: ".csv", ExportFormat.CSV_PLAIN: ".csv", ExportFormat.XLSX: ".xlsx"}


def people_of(db, where: str = "", params=()) -> set[tuple]:
    return set(db.execute(
        "SELECT p.given_name, p.family_name, p.title, p.category, p.email, coalesce(o.name, '') FROM people p "
        f"LEFT JOIN organisations o ON o.id = p.organisation_id {where}", params).fetchall())


@pytest.mark.parametrize("export_format", list(SUFFIX))
def test_exported_attendance_list_imports_as_the_same_people(demo, tmp_path, export_format):
    session_id = demo.db.execute("SELECT id FROM sessions WHERE status = 'held' ORDER BY start_utc").fetchone()[0]
    export = AttendanceExport(demo.db)
    path = tmp_path / f"närvaro{SUFFIX[export_format]}"
    export.write(export.table(session_id, KEYS, printouts.attendance_words()), path, export_format)
    attended = people_of(demo.db,
                         "WHERE p.id IN (SELECT person_id FROM attendance WHERE session_id = ? AND present = 1)",
                         [session_id])

    fresh = Document.create(tmp_path / "fresh.sqlite")
    set_up_county(fresh.db, "09")
    for name in ("Almi Gotland", "Uppsala universitet Campus Gotland", "Lantmäteriet"):
        organisations.insert(fresh.db, Organisation(name, OrganisationKind.OTHER))
    table = read_table(path)
    importer = PeopleImport(fresh.db)
    result = importer.apply(importer.plan(table, suggest_mapping(table.headers)))

    assert result.added == len(attended) > 10
    assert people_of(fresh.db) == attended
    fresh.close()
