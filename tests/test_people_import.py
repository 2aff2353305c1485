"""Importing a people list: the plan (names, organisations, categories, problems,
duplicates) and the one-transaction apply with its report and undo."""

import sqlite3
from pathlib import Path

import pytest
from data import people_lists
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.collation import swedish_key
from facilitator.domain.enums import OrganisationKind, PersonCategory
from facilitator.domain.records import Person
from facilitator.formats.people_columns import suggest_mapping
from facilitator.formats.tables import Table, read_table
from facilitator.services import people_import
from facilitator.services.matching import name_key, split_full_name
from facilitator.services.organisation_names import How, OrganisationResolver
from facilitator.services.people_import import (
    Decision,
    ImportCancelled,
    PeopleImport,
    Reason,
    category_from_text,
    email_problem,
    sort_key,
)
from facilitator.services.register import Register
from facilitator.services.setup import set_up_county
from facilitator.store import imports
from facilitator.store.document import Document

DATA = Path(__file__).parent / "data"

HEADERS = ["Namn", "Titel", "Organisation", "E-post", "Telefon"]


def table(*rows: list[str], headers: list[str] = HEADERS) -> Table:
    return Table(headers, [list(row) for row in rows], list(range(2, 2 + len(rows))), "csv", "utf-8", ";")


def plan_of(db, *rows: list[str]):
    data = table(*rows)
    return PeopleImport(db).plan(data, suggest_mapping(data.headers))


def dump(db) -> dict[str, list[tuple]]:
    """Every table, the search index and the schema (the import sets a trigger aside)."""
    names = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'people_search_%'")]
    found = {name: db.execute(f"SELECT * FROM [{name}] ORDER BY rowid").fetchall() for name in names}
    found["schema"] = db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    return found


def org_id(db, name: str) -> int:
    return db.execute("SELECT id FROM organisations WHERE name = ?", [name]).fetchone()[0]


@pytest.fixture
def halland():
    """A document for Halland, whose municipalities include Laholm."""
    document = Document.in_memory()
    set_up_county(document.db, "13", year=2026)
    yield document
    document.close()


# -- names ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Anna Berg", ("Anna", "Berg")),
    ("Berg, Anna", ("Anna", "Berg")),
    ("  Anna   Maria  Berg ", ("Anna Maria", "Berg")),
    ("Karl von Linné", ("Karl", "von Linné")),
    ("Åkesson, Zoë (EXT)", ("Zoë", "Åkesson")),
    ("Berg", ("", "Berg")),
])
def test_a_full_name_is_split_into_given_and_family(text, expected):
    assert split_full_name(text) == expected


def test_spellings_of_one_name_share_a_key():
    assert len({name_key(text) for text in
                ("Zoë Åkesson", "Åkesson, Zoë (EXT)", "zoe  AKESSON", "Akesson, Zoe (Gäst)")}) == 1
    assert name_key("Anna Berg") != name_key("Anna Bergh")


@settings(max_examples=200)
@given(st.text(max_size=12).map(str.strip), st.text(max_size=12).map(str.strip))
def test_the_import_sort_key_is_the_registers(given_name, family_name):
    assert sort_key(given_name, family_name) == swedish_key(f"{family_name} {given_name}")


# -- organisations -----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Laholm", "Laholm kommun", "Laholms kommun", "Laholms Kommun", "LAHOLMS KOMMUN",
                                  "1381"])
def test_municipality_variants_resolve_to_the_municipality(halland, text):
    resolution = OrganisationResolver.of(halland.db).resolve(text)
    assert resolution.organisation_id == org_id(halland.db, "Laholm")
    assert resolution.certain


@pytest.mark.parametrize("text, name", [
    ("Region Gotland", "Region Gotland"), ("0980", "Region Gotland"), ("Gotlands kommun", "Region Gotland"),
    ("Länsstyrelsen Gotland", "Länsstyrelsen i Gotlands län"),
    ("länsstyrelsen i gotlands län", "Länsstyrelsen i Gotlands län"), ("09", "Länsstyrelsen i Gotlands län"),
])
def test_region_and_county_board_variants(document, text, name):
    assert OrganisationResolver.of(document.db).resolve(text).organisation_id == org_id(document.db, name)


def test_unsure_organisations_get_a_suggestion_with_a_score(document):
    resolver = OrganisationResolver.of(document.db)
    typo = resolver.resolve("Regoin Gotland")
    assert (typo.organisation_id, typo.suggestion_id, typo.how) == (None, org_id(document.db, "Region Gotland"),
                                                                    How.FUZZY)
    assert 80 <= typo.score < 100
    ambiguous = resolver.resolve("Gotland")  # the region (also the municipality) or the county board
    assert ambiguous.suggestion_id == org_id(document.db, "Region Gotland") and not ambiguous.certain


def test_a_place_outside_the_document_is_named_not_guessed(document):
    laholm = OrganisationResolver.of(document.db).resolve("Laholms kommun")
    assert (laholm.organisation_id, laholm.suggestion_id, laholm.how, laholm.official_name) == \
        (None, None, How.NOT_IN_DOCUMENT, "Laholm")
    assert OrganisationResolver.of(document.db).resolve("Acme AB").how == How.UNKNOWN


# -- categories ----------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, expected", [
    ("Förtroendevald", None, PersonCategory.ELECTED_OFFICIAL),
    ("Kommunstyrelsens ordförande", None, PersonCategory.ELECTED_OFFICIAL),
    ("Ledamot, regionstyrelsen", None, PersonCategory.ELECTED_OFFICIAL),
    ("Kommunalråd", None, PersonCategory.ELECTED_OFFICIAL),
    ("Politiker", None, PersonCategory.ELECTED_OFFICIAL),
    ("Förvaltningschef, socialförvaltningen", None, PersonCategory.HEAD_OF_ADMINISTRATION),
    ("Ledande tjänsteman", None, PersonCategory.SENIOR_OFFICIAL),
    ("Tjänsteperson", None, PersonCategory.SENIOR_OFFICIAL),
    ("Kommundirektör", None, PersonCategory.SENIOR_OFFICIAL),
    ("IT-chef", None, PersonCategory.SENIOR_OFFICIAL),
    ("Director of digital services", None, PersonCategory.SENIOR_OFFICIAL),
    ("Landshövding", OrganisationKind.COUNTY_BOARD, PersonCategory.COUNTY_BOARD_MANAGEMENT),
    ("Enhetschef, miljö", OrganisationKind.COUNTY_BOARD, PersonCategory.COUNTY_BOARD_MANAGEMENT),
    ("elected_official", None, PersonCategory.ELECTED_OFFICIAL),
    ("Övrig", None, PersonCategory.OTHER),
    ("Projektledare digitalisering", None, None),
    ("Avdelningssekreterare", None, None),
    ("", None, None),
])
def test_category_from_text(text, kind, expected):
    assert category_from_text(text, kind) == expected


# -- email -----------------------------------------------------------------------------

@pytest.mark.parametrize("email", ["anna..berg@x.se", "anna@", "@x.se", "anna@x", "anna@b.test", "a b@x.se",
                                   "anna@-x.se", "erik@@x.se"])
def test_invalid_emails_are_problems(email):
    assert email_problem(email)


def _validator_refuses(email: str) -> bool:
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError:
        return True
    return False


@settings(max_examples=300)
@given(st.text(alphabet="ab.-_+'!#åäöÅÖéüæøëß\u0301@ ", max_size=12),
       st.sampled_from(["x.se", "gotland.se", "b.test", "x", "-x.se",
                                                                          "xn--bcher-kva.se", "a..se"]))
def test_the_email_shortcut_agrees_with_email_validator(local, domain):
    email = f"{local}@{domain}"
    assert (email_problem(email) is not None) == _validator_refuses(email)


# -- planning ------------------------------------------------------------------------------

def test_plan_from_a_swedish_excel_file(document):
    data = read_table(DATA / "people_excel_sv_cp1252.csv")
    plan = PeopleImport(document.db).plan(data, suggest_mapping(data.headers))
    rows = {row.person.family_name: row for row in plan.rows}
    assert rows["Öberg"].person.category == PersonCategory.ELECTED_OFFICIAL
    assert rows["Öberg"].person.organisation_id == org_id(document.db, "Region Gotland")
    assert rows["Lindén"].person.email == "mikael.linden@lansstyrelsen.se"
    assert rows["Lindén"].person.category == PersonCategory.COUNTY_BOARD_MANAGEMENT
    assert [note.code for note in rows["Ängström"].warnings] == [Reason.ORGANISATION_NOT_IN_DOCUMENT]
    assert all(row.importable for row in plan.rows)


def test_plan_reports_problems_and_writes_nothing(document):
    before = dump(document.db)
    plan = plan_of(document.db, ["", "Chef", "Region Gotland", "x@y.se", ""],
                   ["Erik Ek", "Chef", "Region Gotland", "erik@@gotland.se", ""],
                   ["Anna Berg", "", "Acme AB", "", ""])
    assert [[note.code for note in row.problems] for row in plan.rows] == \
        [[Reason.NO_NAME], [Reason.INVALID_EMAIL], []]
    assert [note.code for note in plan.rows[2].warnings] == [Reason.UNKNOWN_ORGANISATION]
    assert [question.text for question in plan.organisation_questions()] == ["Acme AB"]
    assert dump(document.db) == before


def test_the_user_settles_an_unsure_organisation(document):
    data = table(["Anna Berg", "", "Regoin Gotland", "", ""])
    region = org_id(document.db, "Region Gotland")
    plan = PeopleImport(document.db).plan(data, suggest_mapping(data.headers),
                                          organisations={"Regoin Gotland": region})
    assert plan.rows[0].person.organisation_id == region and not plan.rows[0].warnings


def test_a_table_without_names_is_refused(document):
    data = table(["x@y.se"], headers=["E-post"])
    with pytest.raises(people_import.InvalidInput):
        PeopleImport(document.db).plan(data, suggest_mapping(data.headers))


def test_duplicates_in_the_file_and_in_the_register(document):
    region = org_id(document.db, "Region Gotland")
    existing = Register(document.db).add_person(Person("Anna", "Berg", organisation_id=region,
                                                       email="anna.berg@gotland.se")).ids("people")[0]
    plan = plan_of(document.db,
                   ["Berg, Anna", "", "Region Gotland", "", ""],  # same name, same organisation
                   ["Annie Berg", "", "", " ANNA.BERG@gotland.se ", ""],  # same email
                   ["Erik Ek", "", "Region Gotland", "erik.ek@gotland.se", ""],
                   ["Erik Ek", "", "Region Gotland", "", ""],  # same name as line 4
                   ["Erik Ek", "", "Laholms kommun", "", ""],  # another organisation: someone else
                   ["Erik Ek", "", "", "", ""],  # no organisation to compare: possibly line 4
                   ["Eva Ek", "", "", "Erik.Ek@gotland.se", ""])  # same email as line 4
    found = [(row.duplicate.by, row.duplicate.person_id, row.duplicate.line) if row.duplicate else None
             for row in plan.rows]
    assert found == [("name", existing, None), ("email", existing, None), None, ("name", None, 4), None,
                     ("possible", None, 4), ("email", None, 4)]


# -- applying --------------------------------------------------------------------------

def test_apply_adds_updates_and_reports_every_row_not_imported(document, tmp_path):
    region = org_id(document.db, "Region Gotland")
    existing = Register(document.db).add_person(Person("Anna", "Berg", organisation_id=region,
                                                       email="anna.berg@gotland.se")).ids("people")[0]
    plan = plan_of(document.db, ["Anna Berg", "Regiondirektör", "Region Gotland", "", "0498-1"],
                   ["Erik Ek", "", "", "erik@@x", ""],
                   ["Eva Ek", "Kommunalråd", "Region Gotland", "eva@gotland.se", ""],
                   ["Eva Ek", "", "Region Gotland", "", ""])
    result = PeopleImport(document.db).apply(plan, {2: Decision.UPDATE})
    assert (result.added, result.updated, result.skipped) == (1, 1, 2)
    assert [(line.line, line.code) for line in result.report.not_imported] == \
        [(3, Reason.INVALID_EMAIL), (5, Reason.DUPLICATE)]
    anna = Register(document.db).person(existing)
    assert (anna.title, anna.phone, anna.category, anna.email) == \
        ("Regiondirektör", "0498-1", PersonCategory.SENIOR_OFFICIAL, "anna.berg@gotland.se")
    eva = document.db.execute("SELECT category, organisation_id FROM people WHERE given_name = 'Eva'").fetchall()
    assert eva == [("elected_official", region)]
    assert document.db.execute("SELECT count(*) FROM people_search WHERE people_search MATCH 'eva'").fetchone() == (1,)
    path = tmp_path / "report.csv"
    result.report.to_csv(path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfLine;Imported;Reason;Message\r\n3;no;invalid_email;")


def test_keep_both_and_update_of_an_earlier_row(document):
    plan = plan_of(document.db, ["Erik Ek", "", "", "erik@gotland.se", ""],
                   ["Erik Ek", "Chef", "", "erik@gotland.se", "070"],
                   ["Erik Ek", "", "", "ERIK@gotland.se", ""])
    result = PeopleImport(document.db).apply(plan, {3: Decision.UPDATE}, default=Decision.KEEP_BOTH)
    assert (result.added, result.updated, result.skipped) == (2, 0, 0)
    rows = document.db.execute("SELECT title, phone, email FROM people ORDER BY id").fetchall()
    assert rows == [("Chef", "070", "erik@gotland.se"), ("", "", "ERIK@gotland.se")]


def test_a_failure_midway_leaves_the_document_untouched(document, monkeypatch):
    Register(document.db).add_person(Person("Anna", "Berg", email="anna@gotland.se"))
    before = dump(document.db)
    plan = plan_of(document.db, ["Anna Berg", "Chef", "", "anna@gotland.se", ""], ["Erik Ek", "", "", "", ""])

    def broken(db, values):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(imports, "update_people", broken)
    with pytest.raises(sqlite3.OperationalError):
        PeopleImport(document.db).apply(plan, default=Decision.UPDATE)
    assert dump(document.db) == before


def test_cancel_rolls_everything_back(document):
    before = dump(document.db)
    plan = plan_of(document.db, *[[f"Person {number}", "", "", "", ""] for number in range(12_000)])
    reported: list[int] = []
    with pytest.raises(ImportCancelled):
        PeopleImport(document.db).apply(plan, progress=reported.append, cancelled=lambda: len(reported) >= 3)
    assert dump(document.db) == before and reported


def test_progress_ends_at_100(document):
    reported: list[int] = []
    PeopleImport(document.db).apply(plan_of(document.db, ["Anna Berg", "", "", "", ""]), progress=reported.append)
    assert reported[-1] == 100 and reported == sorted(reported)


def test_undo_removes_the_whole_import_and_redo_brings_it_back(document):
    Register(document.db).add_person(Person("Anna", "Berg", email="anna@gotland.se"))
    before = dump(document.db)
    plan = plan_of(document.db, ["Anna Berg", "Chef", "", "anna@gotland.se", ""],
                   *[[f"Person {number}", "", "Region Gotland", "", ""] for number in range(50)])
    result = PeopleImport(document.db).apply(plan, default=Decision.UPDATE)
    after = dump(document.db)
    register = Register(document.db)
    register.apply(result.change, undo=True)
    undone = dump(document.db)
    assert _without_times(undone) == _without_times(before)
    register.apply(result.change, undo=False)
    assert _without_times(dump(document.db)) == _without_times(after)


def _without_times(found: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """People rows without updated_at (undo stamps the time it wrote a row back)."""
    return dict(found, people=[row[:3] + row[4:] for row in found["people"]])


def _big_table(count: int):
    from facilitator.formats.tables import Table
    rows = [[f"Förnamn{number}", f"Efternamnsson{number}", "Handläggare", "Region Gotland",
             f"person{number}@example.se"] for number in range(count)]
    return Table(["Förnamn", "Efternamn", "Titel", "Organisation", "E-post"], rows,
                 list(range(2, count + 2)), "csv", "utf-8", ";")


def _schema(db) -> set:
    return set(db.execute("SELECT type, name, sql FROM sqlite_master").fetchall())


def test_a_bulk_import_rebuilds_every_index_and_the_search(document):
    """Over 5 000 new rows the indexes are built once at the end: they must all come back."""
    from facilitator.store.people import PeopleQuery, search_ids
    db = document.db
    schema = _schema(db)
    importer = PeopleImport(db)
    table = _big_table(6_000)
    result = importer.apply(importer.plan(table, {0: "given_name", 1: "family_name", 2: "title",
                                                  3: "organisation", 4: "email"}))
    assert result.added == 6_000
    assert _schema(db) == schema
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert len(search_ids(db, PeopleQuery(text="efternamnsson5999"))) == 1
    plan_uses_index = db.execute("EXPLAIN QUERY PLAN SELECT id FROM people ORDER BY sort_key").fetchall()
    assert "people_sort" in str(plan_uses_index)


def test_cancelling_a_bulk_import_leaves_the_schema_and_rows_as_they_were(document):
    db = document.db
    schema = _schema(db)
    importer = PeopleImport(db)
    table = _big_table(12_000)
    plan = importer.plan(table, {0: "given_name", 1: "family_name", 4: "email"})
    calls = []
    with pytest.raises(ImportCancelled):
        importer.apply(plan, cancelled=lambda: bool(calls.append(1)) or len(calls) > 2)
    assert _schema(db) == schema
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 0


# -- namesakes are people (issue 8, problem 9) ---------------------------------------------

def test_namesakes_with_different_emails_are_both_imported_and_reported(document):
    region = org_id(document.db, "Region Gotland")
    Register(document.db).add_person(Person("Anna", "Andersson", organisation_id=region,
                                            email="anna.andersson@gotland.se"))
    plan = plan_of(document.db, ["Anna Andersson", "Lärare", "Region Gotland", "anna.andersson2@gotland.se", ""],
                   ["Anna Andersson", "Chef", "Region Gotland", "anna.m.andersson@gotland.se", ""])
    assert [row.duplicate.by for row in plan.rows] == ["possible", "possible"]
    assert plan.duplicates == [] and len(plan.possible_duplicates) == 2
    result = PeopleImport(document.db).apply(plan)
    assert (result.added, result.skipped) == (2, 0)
    assert [(line.line, line.code, line.imported) for line in result.report.lines] == \
        [(2, Reason.POSSIBLE_DUPLICATE, True), (3, Reason.POSSIBLE_DUPLICATE, True)]
    assert "another email" in result.report.lines[0].message
    assert document.db.execute("SELECT count(*) FROM people WHERE family_name = 'Andersson'").fetchone() == (3,)


def test_a_national_list_without_organisations_keeps_every_namesake(document):
    """17 000 elected officials, names and emails only: namesakes are different people."""
    data = Table(["Namn", "E-post"], [["Anna Andersson", f"anna.andersson{number}@kommun.se"] for number in range(40)]
                 + [["Anna Andersson", ""], ["Anna Andersson", ""]], list(range(2, 44)), "csv", "utf-8", ";")
    plan = PeopleImport(document.db).plan(data, suggest_mapping(data.headers, data.rows))
    assert plan.duplicates == [] and len(plan.possible_duplicates) == 41
    result = PeopleImport(document.db).apply(plan)
    assert (result.added, result.skipped) == (42, 0)


def test_a_list_imported_twice_without_emails_adds_no_one_twice(document):
    rows = [["Anna Berg", "Chef", "Region Gotland", "", ""], ["Bo Ek", "", "Region Gotland", "", ""]]
    first = PeopleImport(document.db).apply(plan_of(document.db, *rows))
    second = PeopleImport(document.db).apply(plan_of(document.db, *rows))
    assert (first.added, second.added, second.skipped) == (2, 0, 2)
    assert {line.code for line in second.report.lines} == {Reason.DUPLICATE}


def test_the_user_decides_each_possible_duplicate(document):
    plan = plan_of(document.db, ["Anna Andersson", "", "", "anna1@x.se", ""],
                   ["Anna Andersson", "Chef", "", "anna2@x.se", "070"],
                   ["Anna Andersson", "", "", "anna3@x.se", ""])
    result = PeopleImport(document.db).apply(plan, {3: Decision.UPDATE, 4: Decision.SKIP})
    assert (result.added, result.updated, result.skipped) == (1, 0, 1)
    assert document.db.execute("SELECT title, phone, email FROM people").fetchall() == [("Chef", "070", "anna2@x.se")]
    everyone = PeopleImport(document.db).apply(plan_of(document.db, ["Bo Ek", "", "", "bo1@x.se", ""],
                                                       ["Bo Ek", "", "", "bo2@x.se", ""]),
                                               possible_default=Decision.SKIP)
    assert (everyone.added, everyone.skipped) == (1, 1)


# -- organisation names the document lacks (issue 8, problem 10) --------------------------

def test_an_organisation_imported_without_keeps_its_name_in_the_notes(document):
    plan = plan_of(document.db, ["Anna Berg", "", "Acme AB", "", ""], ["Bo Ek", "", "Laholms kommun", "", ""])
    PeopleImport(document.db).apply(plan)
    notes = dict(document.db.execute("SELECT given_name, notes FROM people").fetchall())
    assert notes == {"Anna": "Organisation in the imported list: Acme AB",
                     "Bo": "Organisation in the imported list: Laholms kommun"}
    again = plan_of(document.db, ["Anna Berg", "Chef", "Acme AB", "", ""])
    assert again.rows[0].duplicate.by == "possible"  # no organisation on the register's side to compare
    PeopleImport(document.db).apply(again, {2: Decision.UPDATE}, organisation_note="Organisation i listan: %1")
    assert document.db.execute("SELECT notes FROM people WHERE given_name = 'Anna'").fetchone() == (
        "Organisation in the imported list: Acme AB\nOrganisation i listan: Acme AB",)


def test_the_user_maps_creates_or_imports_without_each_organisation_name(document):
    register = Register(document.db)
    before = dump(document.db)
    region = org_id(document.db, "Region Gotland")
    data = table(["Anna Berg", "Chef", "Regoin Gotland", "", ""],
                 ["Bo Ek", "Förvaltningschef", "Laholms kommun", "", ""], ["Eva Lind", "", "Laholm", "", ""],
                 ["Per Ek", "", "Acme AB", "", ""],
                 ["Siv Berg", "", "Okänd förening", "", ""])
    importer = PeopleImport(document.db)
    questions = {question.text: question for question in importer.plan(data, suggest_mapping(data.headers))
                 .organisation_questions()}
    assert list(questions) == ["Regoin Gotland", "Laholms kommun", "Laholm", "Acme AB", "Okänd förening"]
    laholm = questions["Laholms kommun"].resolution.to_create()
    choices = {"Regoin Gotland": region, "Laholms kommun": laholm, "Laholm": laholm,
               "Acme AB": questions["Acme AB"].resolution.to_create(), "Okänd förening": None}
    plan = importer.plan(data, suggest_mapping(data.headers), organisations=choices)
    assert plan.organisation_questions() == []
    result = importer.apply(plan)
    assert result.organisations_created == 2
    created = document.db.execute("SELECT name, kind, official_code, county_code FROM organisations "
                                  "WHERE name IN ('Laholm', 'Acme AB') ORDER BY name").fetchall()
    assert created == [("Acme AB", "other", None, None), ("Laholm", "municipality", "1381", "13")]
    people = {row[0]: row[1:] for row in document.db.execute(
        "SELECT p.given_name, o.name, p.category, p.notes FROM people p LEFT JOIN organisations o "
        "ON o.id = p.organisation_id")}
    assert people == {"Anna": ("Region Gotland", "senior_official", ""),
                      "Bo": ("Laholm", "head_of_administration", ""), "Eva": ("Laholm", "other", ""),
                      "Per": ("Acme AB", "other", ""),
                      "Siv": (None, "other", "Organisation in the imported list: Okänd förening")}
    register.apply(result.change, undo=True)
    assert _without_times(dump(document.db)) == _without_times(before)


@pytest.mark.parametrize(("text", "expected"), [
    ("Laholms kommun", ("Laholm", OrganisationKind.MUNICIPALITY, "1381", "13")),
    ("Region Skåne", ("Region Skåne", OrganisationKind.REGION, "12", "12")),
    ("Länsstyrelsen Skåne", ("Länsstyrelsen i Skåne län", OrganisationKind.COUNTY_BOARD, "12", "12")),
    ("Ale", ("Ale", OrganisationKind.MUNICIPALITY, "1440", "14")),
    ("Acme kommun", ("Acme kommun", OrganisationKind.MUNICIPALITY, None, None)),
    ("Kommunförbundet  Skåne", ("Kommunförbundet Skåne", OrganisationKind.OTHER, None, None)),
])
def test_an_organisation_to_create_takes_its_county_from_sweden_s_lists(document, text, expected):
    organisation = OrganisationResolver.of(document.db).resolve(text).to_create()
    assert (organisation.name, organisation.kind, organisation.official_code, organisation.county_code) == expected


def test_gotland_as_a_municipality_is_created_as_its_region(halland):
    gotland = OrganisationResolver.of(halland.db).resolve("Gotlands kommun").to_create()
    assert (gotland.name, gotland.kind, gotland.official_code) == ("Region Gotland", OrganisationKind.REGION, "0980")


def test_a_repaired_line_of_the_file_is_a_warning_on_its_row(document, tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text('Namn;E-post\r\nAnna Berg;anna@x.se\r\n"Bo Ek;bo@x.se\r\nEva Lind;eva@x.se\r\n', encoding="utf-8")
    data = read_table(path)
    plan = PeopleImport(document.db).plan(data, suggest_mapping(data.headers, data.rows))
    assert [row.person.email for row in plan.rows] == ["anna@x.se", "bo@x.se", "eva@x.se"]
    assert [(row.line, [note.code for note in row.warnings]) for row in plan.rows] == \
        [(2, []), (3, [Reason.READER_NOTE]), (4, [])]


# -- lists as people make them, generated across their variety ----------------------------

@st.composite
def _list_options(draw):
    container = draw(st.sampled_from(["csv", "csv", "csv", "xlsx", "ods"]))
    encoding = draw(st.sampled_from(people_lists.TEXT_ENCODINGS))
    return people_lists.Options(
        container=container, encoding=encoding, delimiter=draw(st.sampled_from([";", ",", "\t"])),
        newline=draw(st.sampled_from(["\r\n", "\n", "\r"])), title_rows=draw(st.integers(0, 2)),
        excel_resave=draw(st.booleans()),
        decomposed=draw(st.booleans()) and encoding.startswith("utf"),
        stray_quote_at=draw(st.none() | st.integers(0, 40)))


@settings(max_examples=45, deadline=None)
@given(shape=st.sampled_from(sorted(people_lists.SHAPES)), count=st.sampled_from([1, 3, 45, 300]),
       seed=st.integers(0, 1_000_000), options=_list_options())
def test_every_generated_list_imports_every_person_as_written(shape, count, seed, options):
    """Whatever the shape, encoding, delimiter, line ends, title rows, re-saves, stray
    quotation marks or container: every person is read, mapped and imported as written."""
    import tempfile

    data, suffix, wanted = people_lists.generate(shape, count, seed, options)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"lista{suffix}"
        path.write_bytes(data)
        table = read_table(path)
    assert len(table.rows) == len(wanted)
    document = Document.in_memory()
    try:
        set_up_county(document.db, "09", year=2026)
        importer = PeopleImport(document.db)
        plan = importer.plan(table, suggest_mapping(table.headers, table.rows))
        assert [(row.person.given_name, row.person.family_name, row.person.email) for row in plan.rows] == \
            [(person.given, person.family, person.email) for person in wanted]
        if any(holds == "org" for _, holds in people_lists.SHAPES[shape]):
            assert [row.organisation.text for row in plan.rows] == [person.organisation for person in wanted]
        stray = any(person.given.startswith('"') or person.family.startswith('"') for person in wanted)
        assert len(table.notes) == (1 if stray else 0)
        assert importer.apply(plan).added == len(wanted)
    finally:
        document.close()
