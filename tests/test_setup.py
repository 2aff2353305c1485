"""First start: the county's organisations from the shipped reference data; the demo."""

from facilitator.formats.reference import counties, municipalities
from facilitator.services.setup import county_organisations, is_set_up, set_up_county
from facilitator.store.document import Document


def test_reference_data_has_all_counties_and_municipalities():
    assert len(counties()) == 21
    assert len(municipalities()) == 290
    assert {m.county_code for m in municipalities()} == {c.code for c in counties()}
    assert counties()[-1].name == "Östergötlands län"  # Swedish order: Ö last


def test_skane_gets_its_33_municipalities_region_and_county_board():
    kinds = [org.kind for org in county_organisations("12")]
    assert kinds.count("municipality") == 33
    names = {org.name for org in county_organisations("12")}
    assert {"Region Skåne", "Länsstyrelsen i Skåne län", "Malmö", "Ängelholm"} <= names


def test_gotland_is_one_region_that_is_also_the_municipality():
    organisations = county_organisations("09")
    assert [(org.name, org.kind, org.official_code) for org in organisations] == [
        ("Länsstyrelsen i Gotlands län", "county_board", "09"),
        ("Region Gotland", "region", "0980"),
    ]


def test_setting_up_twice_adds_nothing_new():
    document = Document.in_memory()
    assert not is_set_up(document.db)
    first = set_up_county(document.db, "13", reach_target=120)
    again = set_up_county(document.db, "13")
    assert first == again
    assert is_set_up(document.db)
    assert document.db["organisations"].count == 2 + 6  # Halland has six municipalities
    assert document.db["programmes"].count == 1


def test_demo_is_gotlands_autumn(demo):
    db = demo.db
    assert db.execute("SELECT name, reach_target FROM programmes").fetchall() == [("Våga vara digital!", 45)]
    assert db["people"].count == 45
    categories = {row[0] for row in db.execute("SELECT DISTINCT category FROM people")}
    assert len(categories) == 5
    statuses = [row[0] for row in db.execute("SELECT status FROM sessions ORDER BY start_utc")]
    assert len(statuses) == 6 and statuses.count("held") >= 3 and "planned" in statuses
    held_with_attendance = db.execute(
        "SELECT count(DISTINCT a.session_id) FROM attendance a JOIN sessions s ON s.id = a.session_id "
        "WHERE s.status = 'held'").fetchone()[0]
    assert held_with_attendance == statuses.count("held")
    full_names = db.execute("SELECT count(DISTINCT given_name || family_name) FROM people").fetchone()[0]
    assert full_names == 45
