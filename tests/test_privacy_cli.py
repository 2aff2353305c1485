"""The GDPR tools and the backups on the command line."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import call

from facilitator.services.demo import create_demo
from facilitator.store.backups import Backups
from facilitator.store.document import Document


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    document = Document.create(path)
    create_demo(document.db)
    document.close()
    return path




def count(path: Path, sql: str, *args) -> int:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        return conn.execute(sql, args).fetchone()[0]


def test_extract_person_as_json_and_as_a_swedish_pdf(demo_file, tmp_path):
    code, out, err = call("extract-person", "asa.larsson@gotland.se", "-o", str(tmp_path / "asa.json"),
                          "--db", str(demo_file))
    assert (code, err) == (0, "") and "Åsa Larsson" in out
    extract = json.loads((tmp_path / "asa.json").read_text(encoding="utf-8"))
    assert extract["person"]["family_name"] == "Larsson" and len(extract["invitations"]) == 6
    # A process of its own, as the command always runs: it installs the Swedish translators.
    done = subprocess.run([sys.executable, "-m", "facilitator", "--lang", "sv", "extract-person", "1",
                           "-o", str(tmp_path / "asa.pdf"), "--db", str(demo_file)],
                          capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stderr) == (0, "")
    from PySide6.QtPdf import QPdfDocument

    pdf = QPdfDocument()
    pdf.load(str(tmp_path / "asa.pdf"))
    text = pdf.getAllText(0).text()
    assert "Registerutdrag" in text and "Larsson" in text and "Inbjudningar" in text


def test_erase_person_by_email_names_the_older_backups(demo_file, tmp_path):
    backups_root = tmp_path / "backups"
    older = Backups(demo_file, backups_root).take("daily")
    code, out, err = call("erase-person", "ASA.LARSSON@gotland.se", "--db", str(demo_file),
                          backups_root=backups_root)
    assert (code, err) == (0, "")
    assert out.startswith("erased Åsa Larsson <asa.larsson@gotland.se> with 6 invitations and 2 attendance")
    assert str(older.path) in out
    assert count(demo_file, "SELECT count(*) FROM people WHERE email = ?", "asa.larsson@gotland.se") == 0
    assert [backup.path for backup in Backups(demo_file, backups_root).newest_first()] == [older.path]


def test_erase_person_unknown_is_one_line(demo_file):
    code, out, err = call("erase-person", "nobody@gotland.se", "--db", str(demo_file))
    assert code == 1 and out == "" and err == "facilitator: no person with id nobody@gotland.se\n"


def test_purge_dry_run_then_purge_with_a_backup_first(demo_file, tmp_path):
    backups_root = tmp_path / "backups"
    with sqlite3.connect(demo_file) as conn:  # the demo's autumn, three years on
        conn.execute("UPDATE people SET created_at = '2026-01-01T00:00:00Z', updated_at = '2026-01-01T00:00:00Z'")
    conn.close()
    before = count(demo_file, "SELECT count(*) FROM people")
    code, out, err = call("purge", "--before", "2029-06-01", "--dry-run", "--db", str(demo_file),
                          backups_root=backups_root)
    assert (code, err) == (0, "")
    assert "Våga vara digital! (2026-12-31)" in out and out.rstrip().endswith("nothing changed")
    assert count(demo_file, "SELECT count(*) FROM people") == before
    code, out, err = call("purge", "--before", "2029-06-01", "--db", str(demo_file), backups_root=backups_root)
    assert (code, err) == (0, "")
    assert f"erased {before} people" in out and "backup first:" in out
    assert count(demo_file, "SELECT count(*) FROM people WHERE anonymised = 0") == 0
    assert count(demo_file, "SELECT count(*) FROM people WHERE email <> '' OR family_name <> ''") == 0
    reasons = [backup.reason for backup in Backups(demo_file, backups_root).newest_first()]
    assert reasons == ["purge"]


def test_backups_are_listed_and_one_restored(demo_file, tmp_path):
    backups_root = tmp_path / "backups"
    code, out, err = call("backups", "--db", str(demo_file), backups_root=backups_root)
    assert code == 0 and out.startswith("no backups of")
    Backups(demo_file, backups_root).take("daily")
    code, out, err = call("erase-person", "1", "--db", str(demo_file), backups_root=backups_root)
    assert code == 0
    code, out, err = call("backups", "--db", str(demo_file), backups_root=backups_root)
    lines = out.splitlines()
    assert lines[0].split() == ["TAKEN", "REASON", "PEOPLE", "SESSIONS", "PATH"]
    assert lines[1].split()[2:5] == ["daily", "45", "6"]
    daily = lines[1].split(maxsplit=5)[5]
    code, out, err = call("restore", daily, "--db", str(demo_file), backups_root=backups_root)
    assert (code, err) == (0, "") and out.startswith("restored")
    assert count(demo_file, "SELECT count(*) FROM people") == 45
    assert [backup.reason for backup in Backups(demo_file, backups_root).newest_first()] == ["restore", "daily"]


def test_restoring_a_damaged_backup_changes_nothing(demo_file, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x01" * 8000)
    code, _out, err = call("restore", str(bad), "--db", str(demo_file), backups_root=tmp_path / "backups")
    assert code == 1 and "nothing restored" in err
    assert count(demo_file, "SELECT count(*) FROM people") == 45
