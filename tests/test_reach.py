"""Reach arithmetic: who counts as reached, the funnel, the splits, targets and the national view."""

from datetime import datetime

import pytest

from facilitator.domain.collation import swedish_key
from facilitator.domain.enums import PersonCategory, SessionStatus
from facilitator.domain.records import Person, Programme, Session
from facilitator.domain.timezone import STOCKHOLM
from facilitator.services.errors import InvalidInput, NotFound
from facilitator.services.reach import DEFAULT_NATIONAL_TARGET, Reach
from facilitator.services.register import Register
from facilitator.store import organisations, people, programmes, sessions
from facilitator.store.changes import new_row

ELECTED, SENIOR = PersonCategory.ELECTED_OFFICIAL, PersonCategory.SENIOR_OFFICIAL


class Builder:
    """Writes the few rows a test needs, in the shape the app writes them."""

    def __init__(self, db):
        self.db = db
        self.programme = programmes.first_id(db)
        self.organisation = organisations.names(db)[0][0]

    def person(self, name: str, category: PersonCategory = ELECTED, organisation: int | None = None,
               active: bool = True) -> int:
        person = Person(name, "Testsson", category=category, active=active,
                        organisation_id=organisation or self.organisation)
        return people.insert(self.db, person).ids("people")[0]

    def session(self, day: int, status: SessionStatus = SessionStatus.HELD, programme: int | None = None) -> int:
        start = datetime(2026, 10, day, 9, tzinfo=STOCKHOLM)
        session = Session(f"Session {day}", start, start.replace(hour=11), programme or self.programme,
                          status=status)
        return sessions.insert(self.db, session).ids("sessions")[0]

    def invite(self, session: int, person: int, status: str = "accepted") -> None:
        self.db["invitations"].insert(new_row({"session_id": session, "person_id": person, "status": status}))

    def attend(self, session: int, person: int, present: int = 1, **extra) -> None:
        self.db["attendance"].insert(new_row({"session_id": session, "person_id": person,
                                              "present": present, **extra}))


@pytest.fixture
def build(document) -> Builder:
    return Builder(document.db)


@pytest.fixture
def reach(document) -> Reach:
    return Reach(document.db)


def test_an_empty_programme_reaches_nobody_against_its_target(reach):
    assert reach.headline() == reach.headline(1)
    assert (reach.headline().reached, reach.headline().target) == (0, 45)
    assert reach.headline().percent == 0
    assert reach.funnel() == reach.funnel(1)
    assert (reach.funnel().invited, reach.funnel().accepted, reach.funnel().attended) == (0, 0, 0)


def test_present_flag_decides_so_the_minutes_threshold_counts(build, reach):
    session = build.session(1)
    long_enough, too_short = build.person("Anna"), build.person("Bo")
    build.attend(session, long_enough, present=1, minutes=120, source="report")
    build.attend(session, too_short, present=0, minutes=10, source="report")
    assert reach.headline().reached == 1


def test_several_sessions_count_a_person_once(build, reach):
    anna = build.person("Anna")
    for day in (1, 8, 15):
        session = build.session(day)
        build.invite(session, anna)
        build.attend(session, anna)
    funnel = reach.funnel()
    assert (funnel.invited, funnel.accepted, funnel.attended) == (1, 1, 1)
    assert [row.attended for row in reach.per_session()] == [1, 1, 1]


def test_cancelled_sessions_do_not_count(build, reach):
    cancelled = build.session(1, SessionStatus.CANCELLED)
    anna = build.person("Anna")
    build.invite(cancelled, anna)
    build.attend(cancelled, anna)
    assert reach.headline().reached == 0
    assert reach.funnel().invited == 0
    assert reach.per_session() == []
    assert reach.no_shows() == []


def test_walk_ins_are_reached_without_an_invitation(build, reach):
    session = build.session(1)
    build.attend(session, build.person("Walk"), walk_in=1)
    funnel = reach.funnel()
    assert (funnel.invited, funnel.accepted, funnel.attended) == (0, 0, 1)


def test_a_substitute_is_reached_and_the_invitee_is_not(build, reach):
    session, later = build.session(1), build.session(8)
    invitee, substitute = build.person("Invitee"), build.person("Substitute")
    build.invite(session, invitee)
    build.attend(session, substitute, substitute_for=invitee)
    assert reach.headline().reached == 1
    assert [show.person_id for show in reach.no_shows()] == [invitee]
    build.attend(later, invitee)
    assert reach.headline().reached == 2


def test_funnel_counts_distinct_people_and_only_accepted_ones(build, reach):
    first, second = build.session(1), build.session(8)
    anna, bo, cia = build.person("Anna"), build.person("Bo"), build.person("Cia")
    build.invite(first, anna, "accepted")
    build.invite(second, anna, "declined")
    build.invite(first, bo, "declined")
    build.invite(second, cia, "no_reply")
    build.attend(first, anna)
    funnel = reach.funnel()
    assert (funnel.invited, funnel.accepted, funnel.attended) == (3, 1, 1)


def test_per_session_in_time_order_with_no_shows_only_once_held(build, reach):
    held, planned = build.session(8), build.session(22, SessionStatus.PLANNED)
    early = build.session(1)
    anna, bo = build.person("Anna"), build.person("Bo")
    for session in (held, planned, early):
        build.invite(session, anna)
        build.invite(session, bo)
    build.attend(held, anna)
    build.attend(early, bo, present=0)
    rows = reach.per_session()
    assert [row.session_id for row in rows] == [early, held, planned]
    assert [(row.invited, row.accepted, row.attended, row.no_shows) for row in rows] == \
        [(2, 2, 0, 2), (2, 2, 1, 1), (2, 2, 0, 0)]
    assert rows[0].start_utc == "2026-10-01T07:00:00Z"


def test_a_planned_session_with_check_ins_has_no_shows(build, reach):
    today = build.session(1, SessionStatus.PLANNED)
    anna, bo = build.person("Anna"), build.person("Bo")
    build.invite(today, anna)
    build.invite(today, bo)
    build.attend(today, anna)
    assert [show.name for show in reach.no_shows()] == ["Bo Testsson"]
    assert reach.per_session()[0].no_shows == 1


def test_no_shows_list_each_missed_session(build, reach):
    first, second = build.session(1), build.session(8)
    anna = build.person("Anna")
    build.invite(first, anna)
    build.invite(second, anna)
    build.attend(second, anna)
    shows = reach.no_shows()
    assert [(show.person_id, show.session_id, show.session_title) for show in shows] == \
        [(anna, first, "Session 1")]
    assert shows[0].organisation == organisations.names(build.db)[0][1]


def test_reach_by_organisation_and_the_unreached(build, reach):
    names = {name: id_ for id_, name in organisations.names(build.db)}
    region, board = names["Region Gotland"], names["Länsstyrelsen i Gotlands län"]
    session = build.session(1)
    for name in ("Anna", "Bo"):
        build.attend(session, build.person(name, organisation=region))
    build.person("Cia", organisation=region)
    build.person("Gone", organisation=region, active=False)
    build.attend(session, build.person("Old", organisation=board, active=False))
    rows = {row.name: row for row in reach.by_organisation()}
    assert (rows["Region Gotland"].people, rows["Region Gotland"].reached) == (3, 2)
    assert (rows["Länsstyrelsen i Gotlands län"].people, rows["Länsstyrelsen i Gotlands län"].reached) == (1, 1)
    unreached = {row.name for row in reach.unreached_organisations()}
    assert unreached == set(rows) - {"Region Gotland", "Länsstyrelsen i Gotlands län"}
    assert list(rows) == sorted(rows, key=swedish_key)


def test_reach_by_category_lists_every_category_with_targets(build, reach):
    session = build.session(1)
    build.attend(session, build.person("Anna", ELECTED))
    build.person("Bo", ELECTED)
    build.person("Cia", SENIOR)
    reach.set_targets(build.programme, categories={ELECTED: 10})
    rows = {row.category: row for row in reach.by_category()}
    assert list(rows) == list(PersonCategory)
    assert (rows[ELECTED].people, rows[ELECTED].reached, rows[ELECTED].target) == (2, 1, 10)
    assert (rows[SENIOR].people, rows[SENIOR].reached, rows[SENIOR].target) == (1, 0, None)
    assert rows[PersonCategory.OTHER].people == 0


def test_targets_are_one_undoable_change(build, reach, document):
    change = reach.set_targets(build.programme, 60, {ELECTED: 20, SENIOR: 5})
    assert reach.headline().target == 60
    assert reach.category_targets(build.programme) == {ELECTED: 20, SENIOR: 5}
    second = reach.set_targets(build.programme, None, {ELECTED: None, SENIOR: 7})
    assert reach.category_targets(build.programme) == {SENIOR: 7}
    register = Register(document.db)
    register.apply(second, undo=True)
    assert reach.category_targets(build.programme) == {ELECTED: 20, SENIOR: 5}
    register.apply(change, undo=True)
    assert reach.category_targets(build.programme) == {}
    assert reach.headline().target == 45
    register.apply(change, undo=False)
    assert reach.headline().target == 60


def test_organisation_targets_are_keyed_by_uuid(build, reach):
    uuid, organisation_id = build.db.execute("SELECT uuid, id FROM organisations ORDER BY id").fetchone()
    reach.set_targets(build.programme, organisations={uuid: 4})
    rows = {row.organisation_id: row.target for row in reach.by_organisation()}
    assert rows[organisation_id] == 4


def test_bad_targets_are_refused(build, reach):
    with pytest.raises(InvalidInput):
        reach.set_targets(build.programme, -1)
    with pytest.raises(InvalidInput):
        reach.set_targets(build.programme, categories={ELECTED: -2})
    with pytest.raises(InvalidInput):
        reach.set_national_target(-5)
    with pytest.raises(NotFound):
        reach.set_targets(999, 10)
    with pytest.raises(ValueError):
        reach.set_targets(build.programme, categories={"astronaut": 1})
    assert reach.headline().target == 45


def test_national_view_per_county_and_total(build, reach):
    stockholm = programmes.insert(build.db, Programme("Våga vara digital!", 300, county_code="01"))
    gotland_session, stockholm_session = build.session(1), build.session(2, programme=stockholm)
    anna, bo, cia = build.person("Anna"), build.person("Bo"), build.person("Cia")
    build.attend(gotland_session, anna)
    build.attend(stockholm_session, bo)
    build.attend(stockholm_session, cia)
    build.attend(stockholm_session, anna)  # attended in both counties: once nationally
    counties = {county.county_code: (county.reached, county.target) for county in reach.per_county()}
    assert counties == {"09": (1, 45), "01": (3, 300)}
    assert (reach.headline().reached, reach.headline().target) == (3, DEFAULT_NATIONAL_TARGET)
    assert (reach.headline(stockholm).reached, reach.headline(stockholm).target) == (3, 300)
    reach.set_national_target(3500)
    assert reach.headline().target == 3500
    assert reach.overview().is_national


def test_overview_matches_the_single_queries_on_the_demo(demo):
    reach = Reach(demo.db)
    overview = reach.overview()
    assert overview.headline == reach.headline()
    assert overview.funnel == reach.funnel()
    assert overview.sessions == reach.per_session()
    assert overview.categories == reach.by_category()
    assert overview.no_shows == reach.no_shows()
    assert overview.unreached_organisations == reach.unreached_organisations()
    assert not overview.is_national
    assert sum(session.no_shows for session in overview.sessions) == len(overview.no_shows)
    assert overview.headline.target == 45
