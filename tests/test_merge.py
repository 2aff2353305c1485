"""Merging another region's file: matching, remapped ids, conflicts, idempotency, undo, bad input."""

import hashlib
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from ui_helpers import shown_window

from facilitator.domain.timezone import utc_now_text
from facilitator.services.merge import Choice, Merge
from facilitator.services.register import Register
from facilitator.store import connection, errors
from facilitator.store.changes import TABLE_ORDER
from facilitator.store.document import Document
from facilitator.store.merge import SameFile


def dump(document: Document) -> dict[str, list[tuple]]:
    """Every row of every table, to compare a document before and after."""
    return {table: document.db.execute(f"SELECT * FROM [{table}] ORDER BY rowid").fetchall()
            for table in (*TABLE_ORDER, "document_settings")}


def readable_attendance(document: Document) -> list[tuple]:
    """Who attended what, by email and session title: the same in any file, whatever its ids."""
    return sorted(document.db.execute(
        "SELECT p.email, s.title, a.present, a.mode FROM attendance a JOIN people p ON p.id = a.person_id "
        "JOIN sessions s ON s.id = a.session_id").fetchall())


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.fixture
def region(demo, tmp_path):
    """The demo, closed, as another region's file on disk."""
    path = demo.path
    demo.close()
    return path


@pytest.fixture
def national(tmp_path):
    document = Document.create(tmp_path / "national.sqlite")
    yield document
    document.close()


def edit_person(path: Path, email: str, **values: object) -> None:
    document = Document.open(path)
    assignments = ", ".join(f"{name} = ?" for name in values)
    document.db.execute(f"UPDATE people SET {assignments}, updated_at = ? WHERE email = ?",
                        [*values.values(), utc_now_text(), email])
    document.close()


def some_email(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT email FROM people WHERE email <> '' ORDER BY id LIMIT 1").fetchone()[0]


def test_a_region_merged_into_an_empty_file_arrives_whole_with_its_links(national, region):
    plan = Merge(national.db).preview(region)
    source = Document.open(region, read_only=True)
    expected = {table: source.db[table].count for table in TABLE_ORDER}
    assert {table: counts.added for table, counts in plan.counts.items()} == expected
    result = Merge(national.db).apply(plan)
    assert result.total.added == sum(expected.values())
    assert readable_attendance(national) == readable_attendance(source)
    source.close()


def test_merging_the_same_file_twice_changes_nothing_the_second_time(national, region):
    Merge(national.db).apply(Merge(national.db).preview(region))
    before = dump(national)
    plan = Merge(national.db).preview(region)
    assert (plan.total.added, plan.total.updated, plan.total.conflicts) == (0, 0, 0)
    result = Merge(national.db).apply(plan)
    assert result.change.is_empty()
    assert dump(national) == before


def test_a_later_edit_in_the_other_file_updates_this_one(national, region):
    Merge(national.db).apply(Merge(national.db).preview(region))
    email = some_email(region)
    edit_person(region, email, title="Kommundirektör")
    plan = Merge(national.db).preview(region)
    assert plan.counts["people"].updated == 1 and not plan.conflicts
    Merge(national.db).apply(plan)
    assert national.db.execute("SELECT title FROM people WHERE email = ?", [email]).fetchone()[0] == "Kommundirektör"
    assert Merge(national.db).preview(region).total.updated == 0


def test_a_newer_edit_here_is_a_conflict_the_user_settles(national, region):
    Merge(national.db).apply(Merge(national.db).preview(region))
    email = some_email(region)
    edit_person(region, email, title="Theirs")
    national.db.execute("UPDATE people SET title = 'Mine', updated_at = ? WHERE email = ?", [utc_now_text(), email])
    plan = Merge(national.db).preview(region)
    [conflict] = plan.conflicts
    assert conflict.table == "people" and email in conflict.label
    assert "'Mine' here, 'Theirs' there" in conflict.description
    Merge(national.db).apply(plan)  # keep mine by default
    assert national.db.execute("SELECT title FROM people WHERE email = ?", [email]).fetchone()[0] == "Mine"
    result = Merge(national.db).apply(plan, {conflict.key: Choice.TAKE_THEIRS})
    assert result.total.updated == 1
    assert national.db.execute("SELECT title FROM people WHERE email = ?", [email]).fetchone()[0] == "Theirs"
    assert not Merge(national.db).preview(region).conflicts


def test_people_match_by_email_ignoring_case_and_their_attendance_follows(national, region):
    email = some_email(region)
    # The same person, typed in by hand here: another UUID, the email in capitals.
    national.db["people"].insert({"uuid": "hand-made", "created_at": utc_now_text(), "updated_at": utc_now_text(),
                                  "given_name": "X", "family_name": "Y", "sort_key": "y x",
                                  "email": email.upper()})
    plan = Merge(national.db).preview(region)
    assert plan.counts["people"].added == 44
    Merge(national.db).apply(plan, {conflict.key: Choice.TAKE_THEIRS for conflict in plan.conflicts})
    [person_id] = [row[0] for row in national.db.execute("SELECT id FROM people WHERE uuid = 'hand-made'")]
    attended = national.db.execute("SELECT count(*) FROM attendance WHERE person_id = ?", [person_id]).fetchone()[0]
    with closing(sqlite3.connect(region)) as conn:
        expected = conn.execute("SELECT count(*) FROM attendance a JOIN people p ON p.id = a.person_id "
                                "WHERE p.email = ?", [email]).fetchone()[0]
    assert attended == expected
    assert national.db.execute("SELECT email FROM people WHERE id = ?", [person_id]).fetchone()[0] == email


def test_organisations_match_by_official_code(document, region):
    """The demo is Gotland too: its municipality and region are the ones already here."""
    before = document.db["organisations"].count
    plan = Merge(document.db).preview(region)
    with closing(sqlite3.connect(region)) as conn:
        coded = conn.execute("SELECT count(*) FROM organisations WHERE official_code IS NOT NULL").fetchone()[0]
    found = plan.counts["organisations"]
    assert coded and found.unchanged + found.updated + found.conflicts == coded
    Merge(document.db).apply(plan)
    codes = document.db.execute("SELECT kind, official_code, count(*) FROM organisations "
                                "WHERE official_code IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1").fetchall()
    assert codes == [] and document.db["organisations"].count >= before


def test_two_regions_keep_their_own_programmes_and_targets(national, document, region):
    other_region = document.path
    document.close()
    for path in (region, other_region):
        Merge(national.db).apply(Merge(national.db).preview(path))
    assert national.db["programmes"].count == 2
    assert national.db.execute("SELECT sum(reach_target) FROM programmes").fetchone()[0] >= 45


def test_undo_takes_the_whole_merge_back_and_redo_repeats_it(national, region):
    Merge(national.db).apply(Merge(national.db).preview(region))
    edit_person(region, some_email(region), title="Later")
    before = dump(national)
    result = Merge(national.db).apply(Merge(national.db).preview(region))
    Register(national.db).apply(result.change, undo=True)
    assert [row[:3] for row in dump(national)["people"]] == [row[:3] for row in before["people"]]
    titles = dict(national.db.execute("SELECT email, title FROM people").fetchall())
    assert titles[some_email(region)] != "Later"
    Register(national.db).apply(result.change, undo=False)
    assert dict(national.db.execute("SELECT email, title FROM people").fetchall())[some_email(region)] == "Later"


def test_undo_of_a_first_merge_removes_every_added_row(national, region):
    before = dump(national)
    result = Merge(national.db).apply(Merge(national.db).preview(region))
    Register(national.db).apply(result.change, undo=True)
    assert dump(national) == before


# -- bad input: a clear error naming the file, and nothing changed on either side ---------------

def refused(national: Document, path: Path, expected: type[errors.DocumentError]) -> errors.DocumentError:
    wal = path.with_name(path.name + "-wal")
    before, file_before, wal_before = dump(national), fingerprint(path) if path.is_file() else None, wal.exists()
    with pytest.raises(expected) as caught:
        Merge(national.db).preview(path)
    with pytest.raises(expected):
        Merge(national.db).apply(_plan_for(path))
    assert caught.value.path.name == path.name and path.name in str(caught.value)
    assert dump(national) == before
    assert (fingerprint(path) if path.is_file() else None) == file_before
    assert wal.exists() == wal_before
    return caught.value


def _plan_for(path: Path):
    from facilitator.services.merge import MergePlan

    return MergePlan(path.absolute(), {}, ())


def test_a_text_file_is_refused(national, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Förnamn;Efternamn\nAnna;Ek\n", encoding="utf-8")
    refused(national, path, errors.NotADatabase)


def test_another_programs_database_is_refused(national, tmp_path):
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE customers (name TEXT)")
        conn.commit()
    refused(national, path, errors.NotAFacilitatorFile)


def test_a_corrupt_file_is_refused(national, region):
    data = bytearray(region.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size * 2: page_size * 6] = b"\xde\xad\xbe\xef" * page_size
    region.write_bytes(bytes(data))
    refused(national, region, errors.CorruptDocument)


def test_a_file_from_a_newer_version_is_refused(national, document):
    path = document.path
    document.db.execute(f"PRAGMA user_version = {connection.SCHEMA_VERSION + 1}")
    document.close()
    refused(national, path, errors.NewerVersion)


def test_the_open_file_itself_is_refused(national):
    error = refused(national, national.path, SameFile)
    assert error.reason == "same_file"


def test_the_open_file_under_another_name_is_refused(national, tmp_path):
    alias = tmp_path / "alias.sqlite"
    os.link(national.path, alias)
    refused(national, alias, SameFile)


def test_a_file_open_in_another_facilitator_with_unsaved_writes_is_refused(national, region):
    other = Document.open(region)
    other.db.execute("UPDATE people SET title = 'Pending'")
    try:
        refused(national, region, errors.DocumentInUse)
    finally:
        other.close()


# -- through the window ------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, document, options):
    return shown_window(qtbot, document, options)


def test_the_window_previews_merges_and_undoes_in_one_step(window, region, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    from ui_helpers import when_dialog_opens

    from facilitator.ui.document.merge_dialog import MergeDialog

    document = window.workspace.document
    before = dump(document)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(region), ""))
    seen = when_dialog_opens(lambda dialog: (
        isinstance(dialog, MergeDialog) and dialog.counts_model.rowCount() and dialog.accept()))
    window.ui.actionMerge.trigger()
    assert seen and isinstance(seen[0], MergeDialog)
    assert document.db["people"].count == 45
    assert "Merged demo.sqlite: " in window.statusBar().currentMessage()
    window.workspace.undo_stack.undo()
    assert dump(document) == before


def test_the_dialog_lets_the_user_take_theirs_for_one_conflict(qtbot, national, region):
    from facilitator.ui.document.merge_dialog import MergeDialog

    Merge(national.db).apply(Merge(national.db).preview(region))
    for email in (some_email(region), "asa.larsson@gotland.se"):
        edit_person(region, email, title="Theirs")
    national.db.execute("UPDATE people SET title = 'Mine', updated_at = ?", [utc_now_text()])
    plan = Merge(national.db).preview(region)
    dialog = MergeDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.conflicts_model.rowCount() == len(plan.conflicts) >= 1
    assert set(dialog.choices().values()) == {Choice.KEEP_MINE}
    dialog.ui.conflicts.selectRow(0)
    dialog.ui.takeTheirsButton.click()
    assert dialog.choices()[plan.conflicts[0].key] == Choice.TAKE_THEIRS
    assert dialog.conflicts_model.index(0, 3).data() == "Theirs"
    dialog.ui.takeAllButton.click()
    assert set(dialog.choices().values()) == {Choice.TAKE_THEIRS}


@pytest.mark.parametrize("bad", ["text", "same"])
def test_the_window_names_a_bad_file_and_changes_nothing(window, tmp_path, monkeypatch, bad):
    from PySide6.QtWidgets import QFileDialog
    from ui_helpers import when_dialog_opens

    document = window.workspace.document
    path = document.path if bad == "same" else tmp_path / "list.sqlite"
    if bad == "text":
        path.write_text("Namn;E-post\n", encoding="utf-8")
    before = dump(document)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    said = []
    when_dialog_opens(lambda box: (said.append(box.text()), box.close()))
    window.ui.actionMerge.trigger()
    assert said and str(path) in said[0]
    assert dump(document) == before
    assert window.workspace.undo_stack.count() == 0
