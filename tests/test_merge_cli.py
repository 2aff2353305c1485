"""`facilitator merge A B ... -o national`: a new file holding every region, inputs never changed;
bad input gives one line on stderr, exit 1, and no output file."""

import hashlib
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from cli_helpers import call, demo_regions

from facilitator import cli
from facilitator.domain.timezone import utc_now_text
from facilitator.store.document import Document


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def count(path: Path, sql: str) -> object:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchone()[0]


@pytest.fixture
def regions(tmp_path: Path) -> list[Path]:
    return demo_regions(tmp_path)


def test_merge_writes_a_new_national_file_and_leaves_the_regions_alone(tmp_path, regions):
    before = [fingerprint(path) for path in regions]
    national = tmp_path / "national.sqlite"
    code, out, err = call("merge", *map(str, regions), "-o", str(national))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(f"merged {regions[0]}: added ") and lines[1].startswith(f"merged {regions[1]}")
    assert [fingerprint(path) for path in regions] == before
    assert count(national, "SELECT count(*) FROM people") == count(regions[0], "SELECT count(*) FROM people")
    assert count(national, "SELECT group_concat(county_code, ',') FROM (SELECT county_code FROM programmes "
                           "ORDER BY county_code)") == "03,09"


def test_merging_the_same_region_twice_adds_it_once(tmp_path, regions):
    national = tmp_path / "national.sqlite"
    code, out, _ = call("merge", str(regions[0]), str(regions[0]), "-o", str(national))
    assert code == 0
    second = out.splitlines()[1]
    assert ": added 0, updated 0, kept 0 conflicting, unchanged " in second
    assert count(national, "SELECT count(*) FROM people") == count(regions[0], "SELECT count(*) FROM people")


def test_a_conflict_keeps_the_earlier_files_newer_copy_and_is_listed(tmp_path, regions):
    newer = tmp_path / "newer.sqlite"
    older = tmp_path / "older.sqlite"
    with closing(sqlite3.connect(regions[0])) as conn:
        email = conn.execute("SELECT email FROM people WHERE email <> '' ORDER BY id LIMIT 1").fetchone()[0]
    for path, title in ((older, "Older title"), (newer, "Newer title")):
        document = Document.open(regions[0])
        document.save_copy(path)
        document.close()
        document = Document.open(path)
        document.db.execute("UPDATE people SET title = ?, updated_at = ? WHERE email = ?",
                            [title, utc_now_text(), email])
        document.close()
    national = tmp_path / "national.sqlite"
    code, out, _ = call("merge", str(newer), str(older), "-o", str(national))
    assert code == 0
    assert "kept 1 conflicting" in out and "'Newer title' here, 'Older title' there" in out
    assert count(national, f"SELECT title FROM people WHERE email = '{email}'") == "Newer title"


def test_an_existing_output_file_is_refused_and_left_alone(tmp_path, regions):
    national = tmp_path / "national.sqlite"
    national.write_text("my notes")
    code, out, err = call("merge", str(regions[0]), "-o", str(national))
    assert code == 1 and out == ""
    assert err == f"facilitator: {national} already exists; merge writes a new file (choose another name)\n"
    assert national.read_text() == "my notes"


@pytest.mark.parametrize("content, message", [
    (b"Namn;E-post\nAnna;anna@example.se\n", "is not a Facilitator file"),
    (None, "is a database, but not one made by Facilitator"),
])
def test_a_bad_input_merges_nothing_and_creates_no_file(tmp_path, regions, content, message):
    bad = tmp_path / "bad.sqlite"
    if content is None:
        with closing(sqlite3.connect(bad)) as conn:
            conn.execute("CREATE TABLE customers (name TEXT)")
            conn.commit()
    else:
        bad.write_bytes(content)
    national = tmp_path / "national.sqlite"
    code, out, err = call("merge", str(regions[0]), str(bad), "-o", str(national))
    assert code == 1 and out == ""
    assert err.startswith(f"facilitator: {bad} {message}") and err.endswith("nothing merged\n")
    assert not national.exists() and not list(tmp_path.glob("national.sqlite*"))


def test_the_command_runs_as_a_program(tmp_path, regions):
    national = tmp_path / "national.sqlite"
    done = subprocess.run([sys.executable, "-m", "facilitator", "merge", *map(str, regions), "-o", str(national)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 2


def test_merge_needs_an_output_file(regions):
    with pytest.raises(SystemExit) as exit_:
        cli.parse(["merge", str(regions[0])])
    assert exit_.value.code == 2
