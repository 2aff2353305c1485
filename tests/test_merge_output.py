"""`merge -o` writes the national file whole or not at all (issue 10, finding 2): killed half
way, it leaves no half-merged file behind, and the same command then simply works."""

import os
import stat
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest
from cli_helpers import demo_regions

from facilitator.store.document import Document


@pytest.fixture
def regions(tmp_path: Path) -> list[Path]:
    return demo_regions(tmp_path)


def merge_killed_after_the_first_region(regions: list[Path], output: Path) -> None:
    """`facilitator merge` killed (as by kill -9: no clean-up runs) once the first region is in."""
    script = textwrap.dedent(f"""
        import os
        from facilitator import cli
        from facilitator.services import merge

        applied = merge.Merge.apply

        def apply_then_die(self, plan, choices=None):
            result = applied(self, plan, choices)
            os._exit(9)

        merge.Merge.apply = apply_then_die
        cli.main(["merge", *{[str(path) for path in regions]!r}, "-o", {str(output)!r}])
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 9, done.stderr


def test_a_killed_merge_leaves_no_half_merged_file_and_can_be_run_again(tmp_path, regions):
    national = tmp_path / "national.sqlite"
    merge_killed_after_the_first_region(regions, national)
    assert not national.exists()
    done = subprocess.run([sys.executable, "-m", "facilitator", "merge", *map(str, regions), "-o", str(national)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    with closing(Document.open(national, read_only=True)) as merged:
        programmes = merged.db.execute("SELECT count(*) FROM programmes").fetchone()[0]
    assert programmes == 2
    assert sorted(path.name for path in tmp_path.iterdir()) == ["gotland.sqlite", "national.sqlite",
                                                                 "uppsala.sqlite"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_merged_file_is_owner_only(tmp_path, regions):
    national = tmp_path / "national.sqlite"
    done = subprocess.run([sys.executable, "-m", "facilitator", "merge", *map(str, regions), "-o", str(national)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(national.stat().st_mode) == 0o600
