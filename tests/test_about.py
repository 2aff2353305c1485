"""Help → About and `facilitator about`: the versions support asks for, copyable as text."""

import platform
import re
import sqlite3

import PySide6
import pytest
from cli_helpers import call
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from facilitator import __version__
from facilitator.about import support_facts
from facilitator.store.document import Document
from facilitator.store.migrations import SCHEMA_VERSION
from facilitator.ui.mainwindow.about_dialog import AboutDialog
from tests.ui_helpers import shown_window, when_dialog_opens


def shown_rows(dialog: AboutDialog) -> dict[str, str]:
    form = dialog.ui.facts
    return {form.itemAt(row, form.ItemRole.LabelRole).widget().text():
            form.itemAt(row, form.ItemRole.FieldRole).widget().text() for row in range(form.rowCount())}


def test_the_dialog_shows_every_version_and_the_files_schema(qtbot, document):
    document.db.execute("PRAGMA user_version = 4")  # an older file, not yet migrated
    dialog = AboutDialog(support_facts(document, "en"))
    qtbot.addWidget(dialog)
    rows = shown_rows(dialog)
    assert rows["Facilitator:"] == __version__
    assert rows["Python:"].startswith(platform.python_version())
    assert rows["Qt:"] == qVersion()
    assert rows["PySide6:"] == PySide6.__version__
    assert rows["SQLite:"] == sqlite3.sqlite_version
    assert rows["File:"] == str(document.path)
    assert rows["File schema:"] == "4"
    assert rows["Schema this version writes:"] == str(SCHEMA_VERSION)
    assert __version__ in dialog.ui.title.text()


def test_copy_support_info_puts_plain_text_lines_on_the_clipboard(qtbot, document):
    QGuiApplication.clipboard().clear()
    dialog = AboutDialog(support_facts(document, "en"))
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    text = QGuiApplication.clipboard().text()
    lines = dict(line.split(":", 1) for line in text.splitlines())
    assert lines["Qt"].strip() == qVersion()
    assert lines["SQLite"].strip() == sqlite3.sqlite_version
    assert lines["File schema"].strip() == str(SCHEMA_VERSION)
    assert "<" not in text  # plain text, not the dialog's markup
    assert dialog.ui.supportHint.text().startswith("Copied")


def test_in_swedish_the_labels_and_words_are_swedish(qtbot, document, swedish):
    dialog = AboutDialog(support_facts(document, "sv"))
    qtbot.addWidget(dialog)
    rows = shown_rows(dialog)
    assert rows["Operativsystem:"] == platform.platform()
    assert rows["Filen går att ändra:"] == "ja"
    assert rows["Qt:s svenska:"] == "finns"  # qtbase_sv.qm ships with PySide6
    assert dialog.copy_button.text() == "&Kopiera supportinformation"


def test_help_about_opens_it_on_the_open_file(qtbot, document, options):
    window = shown_window(qtbot, document, options)
    seen = when_dialog_opens(lambda dialog: dialog.reject())
    window.ui.actionAbout.trigger()
    assert isinstance(seen[0], AboutDialog)
    fields = [label.text() for label in seen[0].findChildren(QLabel)]
    assert str(document.path) in fields


# -- the command --------------------------------------------------------------------------------



def test_about_prints_the_versions_without_a_file(tmp_path):
    code, out, err = call("about")
    assert (code, err) == (0, "")
    assert "Qt:" in out and qVersion() in out
    assert sqlite3.sqlite_version in out and "none open" in out


def test_about_with_db_prints_the_files_schema_and_leaves_it_untouched(tmp_path):
    path = tmp_path / "older.sqlite"
    Document.create(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 4")  # as an older version left it
    db.close()
    before = path.read_bytes()
    code, out, _ = call("about", "--db", str(path))
    assert code == 0
    assert re.search(r"^File schema: +4$", out, re.MULTILINE)
    assert re.search(rf"^Schema this version writes: +{SCHEMA_VERSION}$", out, re.MULTILINE)
    assert path.read_bytes() == before  # only read: not migrated, no lock taken


@pytest.mark.parametrize("content", [b"", b"not a database at all"])
def test_about_on_a_file_it_cannot_trust_says_so_in_one_line(tmp_path, content):
    path = tmp_path / "odd.sqlite"
    path.write_bytes(content)
    code, out, err = call("about", "--db", str(path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and str(path) in err
    assert path.read_bytes() == content

