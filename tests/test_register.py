"""People, organisations and sessions through the register service: validation, search,
Swedish order, and undo/redo of every kind of change."""

from datetime import datetime

import pytest

from facilitator.domain.enums import PersonCategory, SessionStatus
from facilitator.domain.records import Organisation, Person, Problem, Session
from facilitator.domain.timezone import STOCKHOLM
from facilitator.services.errors import InvalidInput, StillInUse
from facilitator.services.people_search import PeopleSearch
from facilitator.services.register import Register
from facilitator.store.people import PeopleQuery, fts_expression


@pytest.fixture
def register(document) -> Register:
    return Register(document.db)


def organisation_id(register: Register, name: str) -> int:
    return next(id_ for id_, org_name in register.organisation_names() if org_name == name)


def add(register: Register, given: str, family: str, **fields) -> int:
    return register.add_person(Person(given, family, **fields)).ids("people")[0]


def names(register: Register, query: PeopleQuery) -> list[str]:
    search = PeopleSearch(register.db)
    ids = search.ids(query)
    rows = search.rows(ids)
    return [f"{rows[i]['given_name']} {rows[i]['family_name']}" for i in ids]


def test_search_matches_word_prefixes_across_name_title_organisation_and_email(register):
    region = organisation_id(register, "Region Gotland")
    add(register, "Åsa", "Östberg", title="Regiondirektör", organisation_id=region, email="asa.ostberg@gotland.se")
    add(register, "Erik", "Lund", title="Landshövding", email="erik.lund@lansstyrelsen.se")
    assert names(register, PeopleQuery(text="öst")) == ["Åsa Östberg"]
    assert names(register, PeopleQuery(text="ost")) == ["Åsa Östberg"]  # diacritics optional
    assert names(register, PeopleQuery(text="regiondir")) == ["Åsa Östberg"]
    assert names(register, PeopleQuery(text="gotl")) == ["Åsa Östberg"]  # organisation name
    assert names(register, PeopleQuery(text="lansstyrelsen")) == ["Erik Lund"]  # email domain
    assert names(register, PeopleQuery(text="erik land")) == ["Erik Lund"]  # every word must match
    assert names(register, PeopleQuery(text="erik region")) == []


@pytest.mark.parametrize("typed", ['"', "AND", "a*", "NEAR(", "(", "-", "'; DROP TABLE people;--", "   "])
def test_any_typed_text_is_a_valid_search(register, typed):
    add(register, "Anna", "Andersson")
    PeopleSearch(register.db).ids(PeopleQuery(text=typed))  # no exception
    assert fts_expression("  ") is None


def test_people_are_listed_in_swedish_order_and_sorting_reverses(register):
    for family in ("Öberg", "Zetterqvist", "Åkesson", "Ahlgren", "Ängström"):
        add(register, "Kim", family)
    listed = [name.split()[1] for name in names(register, PeopleQuery())]
    assert listed == ["Ahlgren", "Zetterqvist", "Åkesson", "Ängström", "Öberg"]
    descending = [name.split()[1] for name in names(register, PeopleQuery(descending=True))]
    assert descending == list(reversed(listed))


def test_filters_by_organisation_category_and_active(register):
    region = organisation_id(register, "Region Gotland")
    add(register, "Anna", "Ek", organisation_id=region, category=PersonCategory.ELECTED_OFFICIAL)
    add(register, "Bo", "Ek", organisation_id=region, category=PersonCategory.SENIOR_OFFICIAL)
    gone = add(register, "Cia", "Ek", category=PersonCategory.ELECTED_OFFICIAL)
    register.set_people_active([gone], False)
    assert names(register, PeopleQuery(organisation_id=region)) == ["Anna Ek", "Bo Ek"]
    assert names(register, PeopleQuery(category=PersonCategory.ELECTED_OFFICIAL)) == ["Anna Ek", "Cia Ek"]
    assert names(register, PeopleQuery(include_inactive=False)) == ["Anna Ek", "Bo Ek"]


def test_invalid_people_are_refused_with_the_field_named(register):
    with pytest.raises(InvalidInput) as caught:
        register.add_person(Person("", "  ", email="not an address"))
    assert caught.value.problems == {"family_name": Problem.REQUIRED, "email": Problem.INVALID_EMAIL}
    assert register.db["people"].count == 0


def test_sessions_are_validated(register):
    start = datetime(2026, 10, 13, 9, 0, tzinfo=STOCKHOLM)
    with pytest.raises(InvalidInput) as caught:
        register.add_session(Session(" ", start, start, join_link="teams"))
    assert caught.value.problems == {"title": Problem.REQUIRED, "end": Problem.END_BEFORE_START,
                                     "join_link": Problem.INVALID_LINK}


def test_session_times_are_stored_in_utc_and_read_back_in_stockholm(register):
    start = datetime(2026, 10, 13, 9, 0, tzinfo=STOCKHOLM)  # summer time: UTC+2
    session_id = register.add_session(Session("Säkerhet", start, start.replace(hour=10, minute=30))).ids("sessions")[0]
    assert register.db.execute("SELECT start_utc FROM sessions").fetchone()[0] == "2026-10-13T07:00:00Z"
    assert register.session(session_id).start == start
    assert register.session(session_id).programme_id is not None  # filed under the programme


def test_editing_a_session_raises_its_calendar_sequence_and_overlaps_are_found(register):
    start = datetime(2026, 10, 13, 9, 0, tzinfo=STOCKHOLM)
    first = Session("Ledarskap", start, start.replace(hour=11))
    first_id = register.add_session(first).ids("sessions")[0]
    assert register.session(first_id).sequence == 0
    first.title = "Digitalt ledarskap"
    register.edit_session(first_id, first)
    assert register.session(first_id).sequence == 1
    other = Session("Säkerhet", start.replace(hour=10), start.replace(hour=12))
    assert register.overlapping_sessions(other) == ["Digitalt ledarskap"]
    register.set_session_status([first_id], SessionStatus.CANCELLED)
    assert register.overlapping_sessions(other) == []  # a cancelled session takes no time


def test_an_organisation_with_people_cannot_be_deleted(register):
    region = organisation_id(register, "Region Gotland")
    add(register, "Anna", "Ek", organisation_id=region)
    with pytest.raises(StillInUse) as caught:
        register.delete_organisation(region)
    assert caught.value.count == 1
    other = register.add_organisation(Organisation("Almi Gotland")).ids("organisations")[0]
    register.delete_organisation(other)
    assert register.organisation(other) is None


def test_undo_and_redo_of_create_edit_and_delete(register):
    change = register.add_person(Person("Anna", "Ek"))
    person_id = change.ids("people")[0]
    register.apply(change, undo=True)
    assert register.person(person_id) is None
    register.apply(change, undo=False)
    assert register.person(person_id).full_name == "Anna Ek"

    edit = register.edit_person(person_id, Person("Anna", "Ekström"))
    assert names(register, PeopleQuery(text="ekström")) == ["Anna Ekström"]
    register.apply(edit, undo=True)
    assert register.person(person_id).family_name == "Ek"
    assert names(register, PeopleQuery(text="ekström")) == []  # the search index follows undo


def test_undoing_a_delete_restores_invitations_and_attendance(demo):
    register = Register(demo.db)
    person_id = demo.db.execute("SELECT person_id FROM attendance LIMIT 1").fetchone()[0]
    before = {table: demo.db.execute(f"SELECT * FROM {table} WHERE person_id = ? ORDER BY id",
                                     [person_id]).fetchall() for table in ("invitations", "attendance")}
    assert before["attendance"]
    change = register.delete_people([person_id])
    assert demo.db.execute("SELECT count(*) FROM attendance WHERE person_id = ?", [person_id]).fetchone()[0] == 0
    register.apply(change, undo=True)
    for table, rows in before.items():
        after = demo.db.execute(f"SELECT * FROM {table} WHERE person_id = ? ORDER BY id", [person_id]).fetchall()
        # The same rows, ids and UUIDs; only updated_at (last column) moves on.
        assert [row[:3] + row[4:] for row in after] == [row[:3] + row[4:] for row in rows]
