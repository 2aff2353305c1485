"""Running the command line in this process from tests, and reading a file's rows back."""

import io
import sqlite3
from collections.abc import Callable
from pathlib import Path

from facilitator import cli
from facilitator.cli import runner
from facilitator.services.demo import create_demo
from facilitator.services.setup import set_up_county
from facilitator.store.document import Document

NO_DEFAULT_FILE = Path("/nonexistent/default.sqlite")


def call(*argv: str, lead: Callable[[], tuple[str, str]] = lambda: ("", ""), default_db: Path | None = None,
         backups_root: Path | None = None) -> tuple[int, str, str]:
    """Run a command in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    code = runner.run(cli.parse(list(argv)), default_db or NO_DEFAULT_FILE, lead, out=out, err=err,
                      backups_root=backups_root)
    return code, out.getvalue(), err.getvalue()


def table_rows(path: Path, tables: tuple[str, ...]) -> dict[str, list[tuple]]:
    """Every row of ``tables``, read without touching the file (so a test can say nothing changed)."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
        return {table: db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall() for table in tables}


def demo_regions(folder: Path) -> list[Path]:
    """Gotland (the demo) and Uppsala (its county set up, nobody yet), closed on disk."""
    gotland, uppsala = folder / "gotland.sqlite", folder / "uppsala.sqlite"
    document = Document.create(gotland)
    create_demo(document.db)
    document.close()
    document = Document.create(uppsala)
    set_up_county(document.db, "03", reach_target=150, year=2026)
    document.close()
    return [gotland, uppsala]
