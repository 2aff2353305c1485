"""facilitator backups / restore: a document's automatic backups, listed and restored."""

import argparse
import sqlite3
from pathlib import Path
from typing import TextIO

from ..domain.timezone import STOCKHOLM
from ..store import errors
from ..store.backups import BackupFailed, Backups
from ..store.document import Document
from .common import aligned


def list_backups(path: Path, backups_root: Path, out: TextIO) -> int:
    """Path, time (Swedish time), reason, people and sessions of every backup, newest first."""
    found = Backups(path, backups_root).newest_first()
    if not found:
        print(f"no backups of {path} in {Backups(path, backups_root).folder}", file=out)
        return 0
    table = [("TAKEN", "REASON", "PEOPLE", "SESSIONS", "PATH")]
    table += [(backup.taken_at.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M"), backup.reason,
               _count(backup.people), _count(backup.sessions), str(backup.path)) for backup in found]
    for line in aligned(table, numeric={2, 3}):
        print(line, file=out)
    return 0


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)


def restore(path: Path, backups_root: Path, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Put a backup's content back into the file; the current content is backed up first."""
    from .runner import EXIT_FAILED, document_problem

    backup = Path(args.backup)
    if not backup.is_file():
        print(f"facilitator: {backup} does not exist; `facilitator backups` lists them", file=err)
        return EXIT_FAILED
    try:
        document = Document.open(path, backups_root=backups_root)
    except errors.DocumentError as error:
        print(f"facilitator: {document_problem(error)}", file=err)
        return EXIT_FAILED
    try:
        before = document.back_up("restore")
        document.backups.restore_into(backup, document.db.conn)
    except BackupFailed as error:
        print(f"facilitator: the backup {error.path} could not be made or read ({error.detail}); nothing restored",
              file=err)
        return EXIT_FAILED
    except sqlite3.Error as error:  # a damaged backup fails its check: nothing was written
        problem = errors.classify(error, backup) or errors.CorruptDocument(backup, str(error))
        print(f"facilitator: {document_problem(problem)}; nothing restored", file=err)
        return EXIT_FAILED
    finally:
        document.close()
    print(f"restored {path} from {backup}; what it held before is in {before.path}", file=out)
    return 0
