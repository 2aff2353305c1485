"""The window's side of issue 10: undo in step with the data (7), no silent failures (11),
backups and restore (9), the GDPR tools (erase, extract, purge), risky places (10)."""

import logging
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from ui_helpers import shown_window, when_dialog_opens

from facilitator.domain.records import Person
from facilitator.locations import Risk, storage_risk
from facilitator.store import connection
from facilitator.store.document import Document


@pytest.fixture
def backed_up_demo(tmp_path):
    from facilitator.services.demo import create_demo

    document = Document.create(tmp_path / "demo.sqlite", backups_root=tmp_path / "backups")
    create_demo(document.db)
    yield document
    document.close()


def test_an_undo_the_file_refuses_shows_why_and_leaves_the_stack_where_the_data_is(qtbot, document, options,
                                                                                   monkeypatch):
    window = shown_window(qtbot, document, options)
    change = window.workspace.register.add_person(Person("Anna", "Ek"))
    window.workspace.record("Add Anna Ek", change)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    document.db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(document.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    said = when_dialog_opens(lambda box: (box.text(), box.close()))
    try:
        window.undo_action.trigger()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert said and "locked by another program" in said[0].text()
    assert window.workspace.undo_stack.index() == 1 and window.workspace.undo_stack.canUndo()
    assert document.db.execute("SELECT count(*) FROM people").fetchone()[0] == 1
    window.undo_action.trigger()  # once the lock is gone, the same undo works
    assert window.workspace.undo_stack.index() == 0
    assert document.db.execute("SELECT count(*) FROM people").fetchone()[0] == 0


def test_an_unexpected_error_is_logged_and_shown_with_copy_details(qtbot, tmp_path, caplog):
    from facilitator.ui.mainwindow.problem_dialog import CrashHandler, ProblemDialog

    handler = CrashHandler(tmp_path / "facilitator.log", lambda: None)
    shown = when_dialog_opens(lambda dialog: (dialog.copy_button.click(), dialog.close()))
    try:
        raise ValueError("a bug in a slot")
    except ValueError as error:
        with caplog.at_level(logging.ERROR, logger="facilitator"):
            handler.handle(ValueError, error, error.__traceback__)
    qtbot.waitUntil(lambda: bool(shown))
    assert isinstance(shown[0], ProblemDialog)
    assert "a bug in a slot" in QApplication.clipboard().text()
    assert "a bug in a slot" in caplog.text


def test_a_full_disk_is_explained_not_reported_as_a_bug(qtbot, tmp_path):
    from facilitator.ui.mainwindow.problem_dialog import CrashHandler

    handler = CrashHandler(None, lambda: tmp_path / "gotland.sqlite")
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13
    shown = when_dialog_opens(lambda box: (box.close()))
    handler.handle(sqlite3.OperationalError, full, None)
    qtbot.waitUntil(lambda: bool(shown))
    assert isinstance(shown[0], QMessageBox) and "disk is full" in shown[0].text()


def test_the_log_file_rotates_and_is_owner_only(tmp_path):
    import os
    import stat

    from facilitator.crash_log import logger, start_log

    path = start_log(tmp_path / "Logs")
    logger.error("something to keep")
    for handler in logger.handlers:
        handler.flush()
    assert "something to keep" in path.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


def test_restore_from_backup_lists_the_backups_and_restores_after_backing_up(qtbot, backed_up_demo, options,
                                                                            languages):
    from facilitator.ui.document.restore_dialog import RestoreDialog

    backup = backed_up_demo.back_up("import")
    backed_up_demo.db.execute("DELETE FROM attendance")
    dialog = RestoreDialog(backed_up_demo.backups)
    qtbot.addWidget(dialog)
    row = dialog.list.topLevelItem(0)
    assert [row.text(column) for column in (1, 2, 3)] == ["Before an import", "45", "6"]
    assert dialog.chosen().path == backup.path
    from facilitator.app import Application

    controller = Application(options, languages, backed_up_demo.path.parent, backed_up_demo.path.parent / "backups")
    controller.show(backed_up_demo)
    qtbot.addWidget(controller.window)
    controller.restore(str(backup.path))
    assert backed_up_demo.db.execute("SELECT count(*) FROM attendance").fetchone()[0] > 0
    assert [item.reason for item in backed_up_demo.backups.newest_first()] == ["restore", "import"]
    assert controller.window.workspace.undo_stack.count() == 0


def test_erase_from_the_persons_menu(qtbot, backed_up_demo, options):
    from facilitator.ui.document import privacy_actions

    window = shown_window(qtbot, backed_up_demo, options)
    older = backed_up_demo.back_up("import")
    change = window.workspace.register.edit_person(1, Person("Åsa", "Larsson", email="asa.larsson@gotland.se",
                                                             title="Ny"))
    window.workspace.record("Edit Åsa", change)
    texts = []
    when_dialog_opens(lambda box: (texts.append(box.informativeText()),
                                   next(button for button in box.buttons() if "Erase" in button.text()).click()))
    assert privacy_actions.erase_person(window, window.workspace, 1)
    assert str(older.path.parent) in texts[0] and "1 older backup" in texts[0]
    assert window.workspace.undo_stack.count() == 0
    assert backed_up_demo.db.execute("SELECT count(*) FROM people WHERE id = 1").fetchone()[0] == 0


def test_extract_from_the_persons_menu(qtbot, demo, options, tmp_path, monkeypatch):
    from facilitator.ui.document import privacy_actions

    window = shown_window(qtbot, demo, options)
    target = tmp_path / "extract.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), "PDF (*.pdf)"))
    assert privacy_actions.save_extract(window, window.workspace, 1) == target
    assert target.read_bytes().startswith(b"%PDF")


def test_the_purge_dialog_previews_then_removes(qtbot, demo, options):
    from facilitator.ui.common.workspace import Workspace
    from facilitator.ui.document.purge_dialog import PurgeDialog

    demo.db.execute("UPDATE people SET created_at = '2026-01-01T00:00:00Z', updated_at = '2026-01-01T00:00:00Z'")
    dialog = PurgeDialog(Workspace(demo), options, today=date(2029, 6, 1))
    qtbot.addWidget(dialog)
    assert dialog.cutoff.date().toPython() == date(2027, 6, 1)  # 24 months back
    assert dialog.people.count() == 45 and dialog.remove_button.isEnabled()
    when_dialog_opens(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    dialog.remove_button.click()
    assert demo.db.execute("SELECT count(*) FROM people WHERE anonymised = 0").fetchone()[0] == 0
    assert dialog.people.count() == 0 and not dialog.remove_button.isEnabled()


@pytest.mark.parametrize("path, environ, risk, service", [
    (r"\\fileserver\hem$\anna\facilitator.sqlite", {}, Risk.NETWORK, r"\\fileserver\hem$"),
    ("/Users/anna/OneDrive - Region Gotland/facilitator.sqlite", {}, Risk.SYNCED, "OneDrive"),
    ("/home/anna/Dropbox/facilitator.sqlite", {}, Risk.SYNCED, "Dropbox"),
    ("/Users/anna/Library/CloudStorage/GoogleDrive-anna@gotland.se/My Drive/f.sqlite", {}, Risk.SYNCED,
     "Google Drive"),
    ("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/f.sqlite", {}, Risk.SYNCED, "iCloud Drive"),
    ("/data/work/f.sqlite", {"OneDrive": "/data/work"}, Risk.SYNCED, "OneDrive"),
])
def test_network_and_synced_places_are_recognised(path, environ, risk, service):
    found = storage_risk(Path(path), environ)
    assert (found.risk, found.service) == (risk, service)


def test_a_local_folder_is_no_risk(tmp_path):
    assert storage_risk(tmp_path / "facilitator.sqlite", {}) is None


def test_an_older_versions_file_in_the_roaming_folder_is_still_found(monkeypatch, tmp_path):
    from facilitator import locations

    local, roaming = tmp_path / "Local" / "Facilitator", tmp_path / "Roaming" / "Facilitator"
    monkeypatch.setattr(locations, "default_data_folder", lambda: local)
    monkeypatch.setattr(locations, "roaming_data_folder", lambda: roaming)
    assert locations.default_document() == local / "facilitator.sqlite"
    roaming.mkdir(parents=True)
    Document.create(roaming / "facilitator.sqlite").close()
    assert locations.default_document() == roaming / "facilitator.sqlite"
    Document.create(local / "facilitator.sqlite").close()
    assert locations.default_document() == local / "facilitator.sqlite"



def test_an_import_in_the_window_is_backed_up_first(qtbot, backed_up_demo, options):
    from test_import_wizard import go_through

    window = shown_window(qtbot, backed_up_demo, options)
    when_dialog_opens(lambda wizard: go_through(wizard, {}))
    window.import_people(str(Path(__file__).parent / "data" / "people_excel_sv_cp1252.csv"))
    [backup] = backed_up_demo.backups.newest_first()
    assert (backup.reason, backup.people) == ("import", 45)
    assert backed_up_demo.db.execute("SELECT count(*) FROM people").fetchone()[0] > 45


def test_a_merge_in_the_window_is_backed_up_first(qtbot, backed_up_demo, options, tmp_path, monkeypatch):
    from facilitator.services.setup import set_up_county
    from facilitator.ui.document.merge_dialog import MergeDialog

    region = Document.create(tmp_path / "uppsala.sqlite")
    set_up_county(region.db, "03", reach_target=10, year=2026)
    region.close()
    window = shown_window(qtbot, backed_up_demo, options)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(region.path), ""))
    when_dialog_opens(lambda dialog: isinstance(dialog, MergeDialog) and dialog.accept())
    window.ui.actionMerge.trigger()
    assert [backup.reason for backup in backed_up_demo.backups.newest_first()] == ["merge"]


def test_the_retention_period_is_a_setting(qtbot, options):
    from facilitator.ui.mainwindow.settings_dialog import SettingsDialog

    dialog = SettingsDialog(options)
    qtbot.addWidget(dialog)
    assert dialog.ui.retentionMonths.value() == 24
    dialog.ui.retentionMonths.setValue(36)
    dialog.accept()
    assert options.retention_months == 36
