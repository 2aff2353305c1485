"""The GDPR tools: a register extract, erasing a person leaving no trace, and the retention
purge that keeps past programmes' reach."""

import json
import sqlite3
from datetime import date, datetime

import pytest

from facilitator.domain.records import Person, Programme, Session
from facilitator.domain.timezone import STOCKHOLM
from facilitator.services.privacy import Privacy
from facilitator.services.reach import Reach
from facilitator.services.register import Register
from facilitator.store import programmes
from facilitator.store.backups import Backups
from facilitator.store.document import Document

ASA = ("Åsa", "Larsson", "asa.larsson@gotland.se")


def asa(document: Document) -> int:
    return Privacy(document.db).find(ASA[2])


def traces(path, words: list[str]) -> list[str]:
    """Which of ``words`` are still in the bytes of the file (and its -wal)."""
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return [word for word in words if word.encode("utf-8") in data or word.encode("utf-8").lower() in data.lower()]


def search_terms(document: Document) -> set[str]:
    document.db.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, people_search, row)")
    try:
        return {row[0] for row in document.db.execute("SELECT term FROM temp.terms")}
    finally:
        document.db.execute("DROP TABLE temp.terms")


def test_the_extract_holds_everything_stored_about_the_person(demo, tmp_path):
    privacy = Privacy(demo.db)
    person_id = asa(demo)
    extract = privacy.extract(person_id)
    person = extract["person"]
    assert (person["given_name"], person["family_name"], person["email"]) == ASA
    assert person["created_at"] and person["updated_at"] and person["organisation"]
    assert len(extract["invitations"]) == 6 and {"status", "session", "start_utc"} <= set(extract["invitations"][0])
    assert len(extract["attendance"]) == 2 and {"source", "present", "minutes"} <= set(extract["attendance"][0])
    target = tmp_path / "asa.json"
    privacy.write_json(person_id, target)
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["format"] == "facilitator-register-extract/1" and written["person"]["email"] == ASA[2]


def test_erasing_a_person_leaves_no_trace_in_the_file(demo):
    # No automatic merging of the search index: the person's words stay in a segment of their own.
    demo.db.execute("INSERT INTO people_search (people_search, rank) VALUES ('automerge', 0)")
    person_id = Register(demo.db).add_person(Person("Xenia", "Qvarnström", title="Förvaltningschef",
                                                    email="xenia.qvarnstrom@slite.se")).ids("people")[0]
    demo.db.execute("INSERT INTO invitations (uuid, created_at, updated_at, person_id, session_id, status, note) "
                    "VALUES (new_uuid(), 'x', 'x', ?, 1, 'accepted', 'Xenias anteckning')", [person_id])
    demo.db.execute("INSERT INTO attendance (uuid, created_at, updated_at, person_id, session_id, note) "
                    "VALUES (new_uuid(), 'x', 'x', ?, 1, 'Xenia kom sent')", [person_id])
    assert {"xenia", "qvarnstrom", "slite"} <= search_terms(demo)
    Privacy(demo.db).erase(person_id)
    assert demo.db.execute("SELECT count(*) FROM people WHERE id = ?", [person_id]).fetchone()[0] == 0
    for table in ("invitations", "attendance"):
        assert demo.db.execute(f"SELECT count(*) FROM {table} WHERE person_id = ?", [person_id]).fetchone()[0] == 0
    assert demo.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not {"xenia", "qvarnstrom", "slite"} & search_terms(demo)
    assert traces(demo.path, ["Xenia", "Qvarnström", "Qvarnstr", "xenia.qvarnstrom", "slite.se"]) == []
    assert demo.path.with_name(demo.path.name + "-wal").stat().st_size == 0


def test_erasing_names_older_backups_and_later_backups_hold_no_trace(demo, tmp_path):
    backups = Backups(demo.path, tmp_path / "backups")
    older = backups.take("daily")
    privacy = Privacy(demo.db, backups)
    plan = privacy.erasure_plan(asa(demo))
    assert [backup.path for backup in plan.backups_holding] == [older.path]
    assert (plan.invitations, plan.attendance) == (6, 2)
    privacy.erase(plan.person.id)
    later = backups.take("import")
    assert traces(later.path, ["Larsson", "asa.larsson"]) == []
    assert [backup.path for backup in backups.holding(plan.uuid, ASA[2])] == [older.path]


@pytest.fixture
def past_and_present(document):
    """A programme that ended in 2023 (Anna and Bo attended, Cecilia was only invited), and
    one running now where Bo is invited again."""
    db = document.db
    register = Register(db)
    old = programmes.insert(db, Programme("Våga vara digital! 2023", 10, "2023-01-01", "2023-06-30"))
    new = programmes.insert(db, Programme("Våga vara digital! 2026", 10, "2026-01-01", "2026-12-31"))
    ids = {}
    for given, category in (("Anna", "elected_official"), ("Bo", "senior_official"), ("Cecilia", "other")):
        ids[given] = Register(db).add_person(Person(given, "Gammal", email=f"{given.lower()}@gotland.se",
                                                    category=category)).ids("people")[0]
    db.execute("UPDATE people SET created_at = '2023-01-10T08:00:00Z', updated_at = '2023-01-10T08:00:00Z'")
    def session(title, day, programme):
        return register.add_session(Session(title, day.replace(hour=9), day.replace(hour=10),
                                            programme_id=programme)).ids("sessions")[0]

    past = session("Ledarskap", datetime(2023, 3, 1, tzinfo=STOCKHOLM), old)
    now = session("Säkerhet", datetime(2026, 10, 1, tzinfo=STOCKHOLM), new)
    for given in ("Anna", "Bo", "Cecilia"):
        db.execute("INSERT INTO invitations (uuid, created_at, updated_at, person_id, session_id, status) "
                   "VALUES (new_uuid(), '2023-02-01', '2023-02-01', ?, ?, 'accepted')", [ids[given], past])
    for given in ("Anna", "Bo"):
        db.execute("INSERT INTO attendance (uuid, created_at, updated_at, person_id, session_id, present, minutes) "
                   "VALUES (new_uuid(), '2023-03-01', '2023-03-01', ?, ?, 1, 60)", [ids[given], past])
    db.execute("INSERT INTO invitations (uuid, created_at, updated_at, person_id, session_id, status) "
               "VALUES (new_uuid(), '2023-02-01', '2023-02-01', ?, ?, 'invited')", [ids["Bo"], now])
    return document, old, ids


def test_the_purge_preview_names_who_would_go_and_changes_nothing(past_and_present):
    document, _old, ids = past_and_present
    before = document.db.execute("SELECT count(*) FROM people").fetchone()[0]
    plan = Privacy(document.db).purge_plan(date(2025, 7, 1))
    assert [programme.name for programme in plan.programmes] == ["Våga vara digital! 2023"]
    assert sorted(person.name for person in plan.erased) == ["Anna Gammal", "Cecilia Gammal"]
    assert plan.anonymised == (ids["Anna"],)
    assert document.db.execute("SELECT count(*) FROM people").fetchone()[0] == before


def test_the_purge_keeps_past_reach_and_leaves_no_names(past_and_present, tmp_path):
    document, old, ids = past_and_present
    reach = Reach(document.db)

    def figures():
        return reach.headline(old), [(row.category, row.reached) for row in reach.by_category(old)]

    before = figures()
    privacy = Privacy(document.db, Backups(document.path, tmp_path / "backups"))
    result = privacy.purge(privacy.purge_plan(date(2025, 7, 1)))
    assert (result.erased, result.anonymised) == (2, 1) and result.backup.reason == "purge"
    assert figures() == before
    assert Register(document.db).person(ids["Bo"]).given_name == "Bo"
    assert "Anna Gammal" not in Register(document.db).person_names().values()
    assert traces(document.path, ["anna@gotland.se", "cecilia@gotland.se", "Cecilia"]) == []
    assert result.backup.people == 3  # the backup before it still holds them


def test_a_person_active_since_the_preview_is_not_purged(past_and_present):
    document, _old, ids = past_and_present
    privacy = Privacy(document.db)
    plan = privacy.purge_plan(date(2025, 7, 1))
    Register(document.db).edit_person(ids["Cecilia"], Person("Cecilia", "Gammal", title="Ny titel",
                                                             email="cecilia@gotland.se"))
    result = privacy.purge(plan)
    assert result.erased == 1
    assert Register(document.db).person(ids["Cecilia"]) is not None


def test_an_email_shared_by_two_people_is_ambiguous(document):
    from facilitator.store.privacy import Ambiguous

    for given in ("Anna", "Anna-Karin"):
        Register(document.db).add_person(Person(given, "Ek", email="ek@gotland.se"))
    with pytest.raises(Ambiguous):
        Privacy(document.db).find("EK@gotland.se")


def test_an_erased_person_is_not_found_by_a_later_erasure(demo):
    privacy = Privacy(demo.db)
    privacy.erase(asa(demo))
    from facilitator.services.errors import NotFound

    with pytest.raises(NotFound):
        privacy.find(ASA[2])
    with sqlite3.connect(demo.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
