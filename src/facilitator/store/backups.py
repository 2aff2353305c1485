"""Automatic backups of a document: before every migration, import, merge, purge and
restore, and once a day on open.

Each backup is a whole, self-contained copy made with SQLite's online backup (safe while
the file is open), verified with ``PRAGMA integrity_check``, owner-only (0600), written
beside its final name and renamed into place only when verified. Backups of one document
live in a folder of their own under the backups folder (the app passes it in: the local,
non-roaming app-data folder), so a document on a USB stick or a share is backed up to
this computer. Kept: the newest ``keep_newest`` plus the newest of each of the last
``weekly_weeks`` weeks (see :class:`BackupPolicy`); older ones are removed.

Personal data: a backup holds everyone who was in the file when it was taken. Erasing a
person names the backups that still hold them; they age out under the policy.
"""

import hashlib
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .connection import create_owner_only

SUFFIX = ".sqlite"
_NAME = re.compile(r"^(?P<stamp>\d{8}T\d{12}Z) (?P<reason>[a-z-]+)\.sqlite$")
_STAMP = "%Y%m%dT%H%M%S%fZ"


class BackupFailed(Exception):
    """A backup could not be made or did not verify; nothing was left half written."""

    def __init__(self, path: Path, detail: str):
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class BackupPolicy:
    keep_newest: int = 10
    weekly_weeks: int = 8  # one a week for two months


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    reason: str  # "daily", "import", "merge", "purge", "migration", "restore", "attendance-import"
    people: int | None  # None when the file could not be read
    sessions: int | None

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def folder_for(document: Path, backups_root: Path) -> Path:
    """The folder of one document's backups: its name plus a short hash of its real path,
    so two files called facilitator.sqlite in different folders keep apart."""
    real = str(Path(document).resolve())
    digest = hashlib.sha256(real.encode("utf-8")).hexdigest()[:10]
    return backups_root / f"{Path(document).stem}-{digest}"


class Backups:
    def __init__(self, document: Path, backups_root: Path, policy: BackupPolicy | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self.document = Path(document)
        self.folder = folder_for(self.document, backups_root)
        self.policy = policy or BackupPolicy()
        self._clock = clock

    # -- taking ------------------------------------------------------------------
    def take(self, reason: str) -> Backup:
        """Copy the document now, verify the copy, then apply the keeping policy."""
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "document.txt").write_text(str(self.document.resolve()) + "\n", encoding="utf-8")
        taken_at = self._clock()
        target = self.folder / f"{taken_at.strftime(_STAMP)} {reason}{SUFFIX}"
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        try:
            create_owner_only(partial)
            _copy(self.document, partial)
            _verify(partial)
            partial.replace(target)
        except (OSError, sqlite3.Error) as error:
            partial.unlink(missing_ok=True)
            raise BackupFailed(target, getattr(error, "strerror", None) or str(error)) from error
        self.prune()
        return _describe(target, taken_at, reason)

    def take_daily(self) -> Backup | None:
        """A backup unless one was taken today (UTC date); None when none was needed."""
        today = self._clock().date()
        if any(taken_at.date() == today for _, taken_at, _ in self._entries()):
            return None
        return self.take("daily")

    # -- listing -----------------------------------------------------------------
    def newest_first(self) -> list[Backup]:
        """Every backup of the document, newest first, with its counts."""
        return [_describe(path, taken_at, reason) for path, taken_at, reason in self._entries()]

    def _entries(self) -> list[tuple[Path, datetime, str]]:
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            match = _NAME.match(path.name)
            if match:
                taken_at = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
                found.append((path, taken_at, match["reason"]))
        return sorted(found, key=lambda entry: entry[1], reverse=True)

    def holding(self, uuid: str, email: str) -> list[Backup]:
        """The backups that still hold a person (by their identity or email)."""
        found = []
        for backup in self.newest_first():
            try:
                with _reading(backup.path) as conn:
                    row = conn.execute("SELECT 1 FROM people WHERE uuid = ? OR (? <> '' AND email = ? COLLATE NOCASE)",
                                       [uuid, email, email]).fetchone()
            except sqlite3.Error:
                continue
            if row:
                found.append(backup)
        return found

    # -- keeping -----------------------------------------------------------------
    def prune(self) -> list[Path]:
        """Remove the backups the policy does not keep; return what was removed."""
        entries = self._entries()
        keep = {path for path, _, _ in entries[: self.policy.keep_newest]}
        now = self._clock()
        weeks_seen: set[tuple[int, int]] = set()
        for path, taken_at, _ in entries:  # newest first: the first seen in a week is its newest
            if now - taken_at > timedelta(weeks=self.policy.weekly_weeks):
                continue
            week = taken_at.isocalendar()[:2]
            if week not in weeks_seen:
                weeks_seen.add(week)
                keep.add(path)
        removed = [path for path, _, _ in entries if path not in keep]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed

    # -- restoring ---------------------------------------------------------------
    def restore_into(self, backup: Path, db_conn: sqlite3.Connection) -> None:
        """Replace the open document's content with the backup's, in one step.

        The backup is verified first; SQLite's backup API then writes its pages into the
        open database as one transaction, so the file is never half restored (and no file
        is renamed under the running app). The caller takes a backup of the current
        content first (reason "restore").
        """
        _verify(Path(backup))
        with _reading(Path(backup)) as source:
            source.backup(db_conn)


def _copy(document: Path, target: Path) -> None:
    source = sqlite3.connect(document.absolute().as_uri() + "?mode=ro", uri=True)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        destination.close()
        source.close()


def _verify(path: Path) -> None:
    with _reading(path) as conn:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise sqlite3.DatabaseError(f"integrity check: {result}")


def _reading(path: Path) -> "closing[sqlite3.Connection]":
    """A backup opened read-only without writing beside it (backups have no -wal)."""
    return closing(sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True))


def _describe(path: Path, taken_at: datetime, reason: str) -> Backup:
    try:
        with _reading(path) as conn:
            people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
            sessions = conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
    except sqlite3.Error:
        people = sessions = None
    return Backup(path, taken_at, reason, people, sessions)
