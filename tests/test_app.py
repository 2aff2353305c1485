"""Starting the application: first start, files it cannot trust, the demo, New and Open."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from ui_helpers import when_dialog_opens

from facilitator import app as app_module
from facilitator import cli
from facilitator.app import Application
from facilitator.store import errors
from facilitator.store.document import Document
from facilitator.ui.document.start_dialog import StartDialog
from facilitator.ui.mainwindow import main_window


@pytest.fixture
def application(qtbot, options, languages, tmp_path, event_loop_qt):
    controller = Application(options, languages, tmp_path / "appdata")
    yield controller
    if controller.window is not None:
        controller.window.close()
    controller.close()


def choose_county(name: str):
    def handler(dialog: StartDialog) -> None:
        dialog.ui.county.setCurrentIndex(dialog.ui.county.findText(name))
        dialog.ui.target.setValue(45)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return handler


def test_first_start_creates_the_default_file_with_the_chosen_county(application, tmp_path):
    seen = when_dialog_opens(choose_county("Hallands län"))
    assert application.start(cli.parse([]))
    assert isinstance(seen[0], StartDialog)
    path = tmp_path / "appdata" / "facilitator.sqlite"
    assert application.window.workspace.document.path == path
    organisations = [name for _, name in application.window.workspace.register.organisation_names()]
    assert {"Region Halland", "Länsstyrelsen i Hallands län", "Halmstad", "Laholm"} <= set(organisations)
    assert application.options.last_document == str(path)
    assert application.options.recent_files == [str(path)]


def test_start_button_waits_for_a_county(qtbot, tmp_path):
    dialog = StartDialog(tmp_path / "x.sqlite")
    qtbot.addWidget(dialog)
    start = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not start.isEnabled()
    dialog.ui.county.setCurrentIndex(0)
    assert start.isEnabled()


def test_quitting_at_first_start_creates_nothing(application, tmp_path):
    when_dialog_opens(lambda dialog: dialog.reject())
    assert not application.start(cli.parse(["--db", str(tmp_path / "new.sqlite")]))
    assert not (tmp_path / "new.sqlite").exists()


def test_the_demo_opens_from_the_first_start_dialog(application):
    when_dialog_opens(lambda dialog: dialog.ui.demoButton.click())
    assert application.start(cli.parse([]))
    workspace = application.window.workspace
    assert workspace.document.path.name == "demo.sqlite"
    assert workspace.sessions.ids() and len(workspace.sessions.ids()) == 6


def test_demo_refuses_to_overwrite_a_named_file(application, document, monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: messages.append(args[2]))
    assert not application.open_demo(document.path)
    assert "already exists" in messages[0]
    assert document.db["people"].count == 0


def test_an_untrusted_file_at_start_is_explained_then_the_welcome_offered(application, tmp_path, monkeypatch):
    bad = tmp_path / "lista.sqlite"
    bad.write_text("Förnamn;Efternamn\n", encoding="utf-8")
    explained = []
    monkeypatch.setattr(app_module.document_errors, "show", lambda parent, error: explained.append(error) or False)
    when_dialog_opens(lambda dialog: dialog.reject())
    assert not application.start(cli.parse(["--db", str(bad)]))
    assert explained[0].path == bad
    assert bad.read_text(encoding="utf-8") == "Förnamn;Efternamn\n"


def test_explanations_name_the_file_and_say_what_to_do(tmp_path):
    from facilitator.ui.document.document_errors import explain
    for kind in (errors.NotADatabase, errors.NotAFacilitatorFile, errors.CorruptDocument,
                 errors.NewerVersion, errors.ReadOnlyDocument, errors.DocumentInUse,
                 errors.DocumentMissing, errors.StorageProblem):
        what, todo = explain(kind(tmp_path / "fil.sqlite"))
        assert str(tmp_path / "fil.sqlite") in what
        assert todo and "%1" not in what + todo


def test_opening_another_file_replaces_the_window_and_closes_the_old_file(application, tmp_path, demo):
    other = demo.path
    demo.close()
    when_dialog_opens(choose_county("Gotlands län"))
    application.start(cli.parse(["--db", str(tmp_path / "first.sqlite")]))
    first_window = application.window
    first_window.open_requested.emit(str(other), False)
    assert application.window is not first_window
    assert application.window.workspace.document.path == other
    Document.open(tmp_path / "first.sqlite").close()  # the first file is free again
    assert application.options.recent_files[:2] == [str(other), str(tmp_path / "first.sqlite")]


def test_new_file_never_replaces_an_existing_one(application, document, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    application.create_requested(str(document.path))
    assert "already exists" in warned[0]


def test_python_dash_m_facilitator_answers(tmp_path):
    result = subprocess.run([sys.executable, "-m", "facilitator", "--version"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.startswith("Facilitator ")


def test_the_gui_entry_point_is_declared():
    text = (Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert 'facilitator = "facilitator.cli:main"' in text.split("[project.gui-scripts]")[1]
    assert 'facilitator-cli = "facilitator.cli:main"' in text.split("[project.scripts]")[1]


def test_commands_load_no_widgets():
    """`facilitator sessions list` must not pull in the window toolkit."""
    code = ("import sys; from facilitator.cli import main; "
            "main(['sessions', 'list', '--db', sys.argv[1]]); print('QtWidgets' in str(sys.modules))")
    result = subprocess.run([sys.executable, "-c", code, "/nonexistent/x.sqlite"], capture_output=True,
                            text=True, timeout=60)
    assert result.stdout.strip().endswith("False")


def test_damage_found_after_opening_makes_the_window_read_only(qtbot, application, demo, monkeypatch):
    """The full page check runs after the window is up; damage stops all writes."""
    path = demo.path
    demo.close()
    monkeypatch.setattr(Document, "find_damage", lambda self: errors.CorruptDocument(self.path, "page 7"))
    explained = []
    monkeypatch.setattr(main_window.document_errors, "show", lambda parent, error: explained.append(error))
    assert application.open_path(path)
    qtbot.waitUntil(lambda: bool(explained), timeout=5000)
    window = application.window
    assert isinstance(explained[0], errors.CorruptDocument)
    assert window.workspace.document.read_only
    assert "(read-only)" in window.windowTitle()
    with pytest.raises(sqlite3.OperationalError):
        window.workspace.document.db.execute("DELETE FROM people")
