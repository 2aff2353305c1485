"""Every item model passes Qt's model tester, and loads rows lazily."""

from PySide6.QtCore import Qt

from facilitator.services.organisations_overview import OrganisationsOverview
from facilitator.services.people_search import PeopleSearch
from facilitator.services.sessions_overview import SessionsOverview
from facilitator.ui.common import lazy_table
from facilitator.ui.organisations.organisations_model import OrganisationsModel
from facilitator.ui.people.people_model import PeopleModel
from facilitator.ui.sessions.sessions_model import SessionsModel


def test_people_model(qtmodeltester, demo):
    model = PeopleModel(PeopleSearch(demo.db))
    model.refresh()
    qtmodeltester.check(model)
    assert model.rowCount() == 45
    model.set_query(text="regiondirektör")
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # Regiondirektör and Biträdande regiondirektör
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_people_model_sorts_in_sql(demo):
    model = PeopleModel(PeopleSearch(demo.db))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    first = model.index(0, 0).data()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    last = model.index(model.rowCount() - 1, 0).data()
    assert first == last
    model.sort(5, Qt.SortOrder.AscendingOrder)  # phone is not sortable: nothing happens
    assert model.sort_column == 0


def test_rows_are_fetched_a_page_at_a_time(demo, monkeypatch):
    monkeypatch.setattr(lazy_table, "PAGE_SIZE", 10)
    search = PeopleSearch(demo.db)
    fetched: list[int] = []
    original = search.rows
    monkeypatch.setattr(search, "rows", lambda ids: fetched.append(len(ids)) or original(ids))
    model = PeopleModel(search)
    model.refresh()
    assert fetched == []  # ids only until a row is looked at
    model.index(40, 0).data()
    assert fetched == [7]  # rows 38-44: a page starting a little above row 40, cut at the end
    model.index(41, 1).data()
    assert fetched == [7]  # already cached


def test_sessions_model(qtmodeltester, demo):
    model = SessionsModel(SessionsOverview(demo.db))
    model.refresh()
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    assert model.index(0, 0).data().startswith("15/09/2026") or model.index(0, 0).data().startswith("2026-09-15")
    assert model.index(0, 5).data() == "45"  # invited


def test_organisations_model(qtmodeltester, demo):
    model = OrganisationsModel(OrganisationsOverview(demo.db))
    model.refresh()
    qtmodeltester.check(model)
    kinds = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert kinds[0].startswith("County administrative boards")
    region_group = model.index(1, 0)
    assert model.index(0, 0, region_group).data() == "Region Gotland"
    assert int(model.index(0, 2, region_group).data()) > 0
