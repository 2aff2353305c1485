"""Merging 21 regional files (100 000 people in total) into a new document, against the same
rows copied with SQLite ATTACH + INSERT … SELECT.

The files: one per county of ``counties()``, each a new document (``Document.create``,
``set_up_county(db, code)``: the county's organisations and its programme), filled as
generate.py fills the big document - ``person_values``, ``session_values`` and
``new_row`` through generate.py's own helpers, fixed seed, one transaction - with
100 000 // 21 people (the first files one more, 100 000 in all), 6 sessions with 40
invitations each and attendance at the held ones. Emails carry the county and a number,
so no two people in different files share one (the merge would otherwise match them by
email and do other work than the baseline). Cached under ``benchmarks/.data/regions-…/``
(sizes, schema version, :data:`REGIONS_VERSION`).

Timed: what ``facilitator merge OUT FILE…`` does after creating OUT - for every file,
``Merge(db).preview(path)`` then ``Merge(db).apply(plan)`` (one transaction per file) -
into a new empty document (``Document.create``, not timed). Baseline: a new empty document
likewise, a plain connection (``connect``), and per file: ATTACH, then for every table the
merge handles, parents first, ``INSERT INTO main.t SELECT … FROM src.t`` with every
integer id and foreign key shifted past the target's largest id, one transaction per
file, DETACH. The baseline matches nothing (no uuid, email or natural-key lookups) and
keeps no undo: that is the work the merge adds. One unmeasured repetition of each,
then 3 each, alternating; median.
"""

import os
import random
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import generate
from report import Result, Target, alternate, progress

from facilitator.formats.reference import counties
from facilitator.services.merge import Merge
from facilitator.services.setup import set_up_county
from facilitator.store import organisations
from facilitator.store.connection import connect
from facilitator.store.document import Document
from facilitator.store.merge import SPECS
from facilitator.store.migrations import SCHEMA_VERSION
from facilitator.store.people import person_values
from facilitator.store.sessions import session_values

PEOPLE = 100_000
SESSIONS_PER_FILE = 6
INVITEES_PER_SESSION = 40
REGIONS_VERSION = 1  # raise when the generated regional files change
REPETITIONS = 3
RATIO_TARGET = Target(max_ratio=3.0)
SEED = 20260415


def regions_dir() -> Path:
    return generate.DATA_DIR / (f"regions-people{PEOPLE}-sessions{SESSIONS_PER_FILE}-invitees"
                                f"{INVITEES_PER_SESSION}-schema{SCHEMA_VERSION}-reg{REGIONS_VERSION}")


def ensure_regions() -> list[Path]:
    folder = regions_dir()
    codes = [county.code for county in counties()]
    paths = [folder / f"region-{code}.sqlite" for code in codes]
    if all(path.exists() for path in paths):
        return paths
    progress(f"merge: building {len(codes)} regional files in {folder.name} (once)")
    folder.mkdir(parents=True, exist_ok=True)
    base, extra = divmod(PEOPLE, len(codes))
    for number, (code, path) in enumerate(zip(codes, paths)):
        if not path.exists():
            build_region(path, code, base + (number < extra), random.Random(SEED + number))
    return paths


def build_region(path: Path, code: str, people: int, rng: random.Random) -> None:
    partial = path.with_name(path.name + ".partial")
    for leftover in generate._sidecars(partial):
        leftover.unlink(missing_ok=True)
    document = Document.create(partial)
    try:
        db = document.db
        with db.atomic():
            programme_id = set_up_county(db, code, reach_target=people // 10, year=generate.YEAR)
            everyone = [replace(person, email=f"{person.email.split('@')[0]}.{code}.{number}@"
                                              f"{person.email.split('@')[1]}")
                        for number, person in enumerate(generate.people(rng, people, organisations.names(db)))]
            generate._insert(db, "people", (person_values(person) for person in everyone))
            planned = generate.sessions(SESSIONS_PER_FILE, programme_id)
            generate._insert(db, "sessions", (session_values(session) for session in planned))
            generate._invite(db, rng, INVITEES_PER_SESSION)
    finally:
        document.close()
    os.replace(partial, path)
    for leftover in generate._sidecars(partial):
        leftover.unlink(missing_ok=True)


class Side:
    """One side's repetitions, each into a new empty document in ``folder``."""

    def __init__(self, folder: Path, name: str, paths: list[Path]):
        self.folder, self.name, self.paths = folder, name, paths
        self.count = 0

    def _new_target(self) -> Path:
        self.count += 1
        path = self.folder / f"{self.name}-{self.count}.sqlite"
        Document.create(path).close()
        return path

    def _remove(self, path: Path) -> None:
        for leftover in generate._sidecars(path):
            leftover.unlink(missing_ok=True)


class AppMerge(Side):
    def measure(self) -> float:
        path = self._new_target()
        document = Document.open(path)
        try:
            started = time.perf_counter()
            for source in self.paths:  # as commands.merge_files does
                plan = Merge(document.db).preview(source)
                Merge(document.db).apply(plan)
            milliseconds = (time.perf_counter() - started) * 1000
            _check_people(document.db.conn)
        finally:
            document.close()
            self._remove(path)
        return milliseconds


class SqliteMerge(Side):
    def measure(self) -> float:
        path = self._new_target()
        db = connect(path)
        conn = db.conn
        try:
            plan = _copy_statements(conn)
            started = time.perf_counter()
            for source in self.paths:
                conn.execute("ATTACH DATABASE ? AS src", [str(source)])
                with conn:
                    offsets = {table: conn.execute(f"SELECT coalesce(max(id), 0) FROM main.[{table}]").fetchone()[0]
                               for table, _ in plan}
                    for _table, sql in plan:
                        conn.execute(sql, offsets)
                conn.execute("DETACH DATABASE src")
            milliseconds = (time.perf_counter() - started) * 1000
            _check_people(conn)
        finally:
            db.close()
            self._remove(path)
        return milliseconds


def _copy_statements(conn) -> list[tuple[str, str]]:
    """Per table the merge handles (parents first): the INSERT … SELECT with shifted ids."""
    plan = []
    for spec in SPECS:
        columns = [row[1] for row in conn.execute(f"PRAGMA main.table_info([{spec.name}])")]
        if not columns:
            continue
        values = [f":{spec.name} + id" if column == "id" else
                  f":{spec.parents[column]} + [{column}]" if column in spec.parents else f"[{column}]"
                  for column in columns]
        plan.append((spec.name, f"INSERT INTO main.[{spec.name}] ({', '.join(f'[{c}]' for c in columns)}) "
                                f"SELECT {', '.join(values)} FROM src.[{spec.name}]"))
    return plan


def _check_people(conn) -> None:
    count = conn.execute("SELECT count(*) FROM people").fetchone()[0]
    if count != PEOPLE:
        raise RuntimeError(f"merged {count} people, not {PEOPLE}: the timing would compare different work")


def run(db_path: Path, repetitions: int = REPETITIONS) -> list[Result]:
    paths = ensure_regions()
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as name:
        folder = Path(name)
        sides = {"app": AppMerge(folder, "app", paths), "sqlite": SqliteMerge(folder, "sqlite", paths)}
        timings = alternate({n: s.measure for n, s in sides.items()}, repetitions, "merge")
    app, sql = [t / 1000 for t in timings["app"]], [t / 1000 for t in timings["sqlite"]]
    people = f"{PEOPLE:,}".replace(",", " ")
    note = (f"Merge(db).preview + .apply of {len(paths)} regional files ({people} people in all, "
            f"{SESSIONS_PER_FILE} sessions × {INVITEES_PER_SESSION} invitations each) into a new document, "
            f"as 'facilitator merge' does; baseline: ATTACH + INSERT … SELECT per table with ids shifted, "
            f"one transaction per file; median of {len(app)} each, alternating")
    return [Result(f"merge {len(paths)} regional files", statistics.median(app), statistics.median(sql), "s",
                   RATIO_TARGET, note, {"app_s": app, "sqlite_s": sql})]
