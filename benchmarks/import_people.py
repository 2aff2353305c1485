"""Importing a 100 000-row people list with all its checks, against SQLite's own ``.import``
of the same file into a bare table.

The file (``people_csv``, built once and cached in ``.data/``) is what newer Swedish Excel
saves as "CSV UTF-8": ``;``, UTF-8 with a BOM, CRLF, the header
``Förnamn;Efternamn;Titel;Organisation;E-post;Telefon;Kategori``. Organisations are
written the way people write them - "Laholms kommun", "Laholms Kommun", "Laholm",
"Länsstyrelsen Halland", "REGION HALLAND" for the document's organisations, a few
misspelt, a few unknown or empty - and as real lists do, it has bad emails (~1 %), rows
repeating an earlier person (~2 %, same email) and rows without an email.

It is imported into a document made the way the app makes one (``Document.create``)
holding the generated document's organisations and programme (the home county set up by
``set_up_county``, then ``generate.more_organisations``: 300 organisations, every
municipality of nine counties among them) and no people: the first big import into a
new register. Each repetition imports into a fresh copy of that document, opened as the
app opens one (not timed), and the caches the import fills per distinct value (email
domains, categories, name keys, organisation texts) are emptied first, so every
repetition is a first import in a newly started app. Timed: ``read_table`` (decode,
sniff, parse, square), ``suggest_mapping``, ``PeopleImport.plan`` and ``.apply`` (one
transaction, duplicates skipped as the wizard's default) - from the user choosing the
file to the rows stored, minus the wizard's clicks.

Baselines, measured in the same run on the same file:

- ``sqlite3`` shell: ``.mode csv``, ``.separator ;``, ``.import FILE people`` into a
  new, empty database file; the shell makes the table from the header (every column
  TEXT) and inserts every row with one prepared statement in one transaction. Timed
  as the whole child process (its start is a few ms). Skipped, with a note, when the
  shell is not installed.
- Python emulation of ``.import``, always: ``csv.reader`` on the same file (``utf-8-sig``,
  ``;``), ``executemany`` of one INSERT into a bare table of TEXT columns in one
  transaction, on a new, empty database file with Python's sqlite3. This is the ratio
  the target is judged on, as it needs nothing outside the venv; the shell's figure is
  shown beside it when there is one.

One unmeasured repetition of each side, then 5 each, alternating; medians.
"""

import csv
import functools
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import generate
from report import Result, Target, alternate

from facilitator.formats import encodings, people_columns
from facilitator.formats.people_columns import suggest_mapping
from facilitator.formats.tables import read_table
from facilitator.services import matching, organisation_names, people_import, person_rules
from facilitator.services.people_import import PeopleImport
from facilitator.services.setup import set_up_county
from facilitator.store import organisations
from facilitator.store.document import Document

ROWS = 100_000
REPETITIONS = 5  # each, after one unmeasured repetition of each
RATIO_TARGET = Target(max_ratio=5.0)
ROWS_TEXT = f"{ROWS:,}".replace(",", " ")
#: Raise when the file's content changes, so the cached file is rebuilt.
CSV_VERSION = 1
SEED = 20260415
HEADER = ("Förnamn", "Efternamn", "Titel", "Organisation", "E-post", "Telefon", "Kategori")
BAD_EMAIL_SHARE, REPEATED_SHARE, NO_EMAIL_SHARE = 0.01, 0.02, 0.01
MISSPELT_SHARE, UNKNOWN_SHARE, NO_ORGANISATION_SHARE = 0.005, 0.01, 0.02
# What people write in a "Kategori" column; an empty cell leaves the category to the title.
CATEGORY_TEXTS = ["Förtroendevald", "Politiker", "Tjänsteperson", "Förvaltningschef",
                  "Länsstyrelsens ledning", "Övrig", "", "", ""]
UNKNOWN_ORGANISATIONS = ["Konsultbolaget Digitalt AB", "Privat", "Pensionär", "Föreningen Framtid",
                         "Kommunförbundet Väst"]
TABLE = "people"  # the bare table of both baselines


def run(db_path: Path, repetitions: int = REPETITIONS) -> list[Result]:
    del db_path  # the import goes into a new register: see the module's docstring
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as name:
        folder = Path(name)
        empty = folder / "empty.sqlite"
        _create_document(empty)
        source = people_csv(_organisation_rows(empty))
        sides = {"app": AppImport(empty, source, folder).run,
                 "python": lambda: _python_import(source, folder / "python.sqlite")}
        shell = shutil.which("sqlite3")
        if shell:
            sides["shell"] = lambda: _shell_import(shell, source, folder / "shell.sqlite")
        samples = alternate(sides, repetitions, "import")
    app = [sample.total for sample in samples["app"]]
    python = samples["python"]
    parts = {part: statistics.median(getattr(sample, part) for sample in samples["app"])
             for part in ("read", "plan", "apply")}
    counts = samples["app"][0].counts
    note = (f"read_table + suggest_mapping + PeopleImport.plan + apply of a cached {ROWS_TEXT}-row Swedish "
            f"Excel CSV (UTF-8 BOM, ';', CRLF) into a copy of a document with the generated organisations "
            f"and no people ({counts['added']} added, {counts['skipped']} not imported); parts (median): "
            f"read {parts['read']:.2f} s, plan {parts['plan']:.2f} s, apply {parts['apply']:.2f} s; "
            f"baseline: .import emulated in Python (csv.reader + executemany into a bare TEXT table, "
            f"one transaction)")
    details = {"app_seconds": app, "python_import_seconds": python, "app_parts_median_seconds": parts,
               "counts": counts, "file": source.name}
    if shell:
        shell_seconds = samples["shell"]
        note += (f"; the sqlite3 shell's own .import (whole process, {_shell_version(shell)}): "
                 f"{statistics.median(shell_seconds):.3f} s, ratio "
                 f"{statistics.median(app) / statistics.median(shell_seconds):.2f}×")
        details["shell_import_seconds"] = shell_seconds
    else:
        note += "; the sqlite3 shell is not installed, so its .import was not measured"
    note += f"; median of {len(app)} each, alternating"
    results = [Result(f"import {ROWS_TEXT} people from CSV", statistics.median(app), statistics.median(python),
                      "s", RATIO_TARGET, note, details)]
    if shell:
        results.append(Result(f"import {ROWS_TEXT} people, against the sqlite3 shell", statistics.median(app),
                              statistics.median(samples["shell"]), "s",
                              note="the same figure against the sqlite3 shell's .import (see above)"))
    return results


# -- the document and the file ------------------------------------------------------------

def _create_document(path: Path) -> None:
    """The generated document's organisations and programme, no people."""
    document = Document.create(path)
    try:
        db = document.db
        with db.atomic():
            set_up_county(db, generate.HOME_COUNTY, reach_target=generate.Size.people // 10, year=generate.YEAR)
            count = db.execute("SELECT count(*) FROM organisations").fetchone()[0]
            organisations.insert_many(db, generate.more_organisations(generate.Size.organisations - count))
    finally:
        document.close()


@dataclass(frozen=True)
class Org:
    name: str
    kind: str


def _organisation_rows(path: Path) -> list[Org]:
    document = Document.open(path, read_only=True)
    try:
        return [Org(name, kind) for name, kind in
                document.db.execute("SELECT name, kind FROM organisations ORDER BY sort_key, id")]
    finally:
        document.close()


def people_csv(orgs: list[Org], rows: int = ROWS) -> Path:
    """The cached file, written once (to a partial name first, renamed when complete)."""
    path = generate.DATA_DIR / f"people-import-{rows}-orgs{len(orgs)}-csv{CSV_VERSION}.csv"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        with open(partial, "w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
            writer.writerow(HEADER)
            writer.writerows(_rows(random.Random(SEED), orgs, rows))
        os.replace(partial, path)
    return path


def _rows(rng: random.Random, orgs: list[Org], count: int):
    categories, weights = list(generate.CATEGORY_WEIGHTS), list(generate.CATEGORY_WEIGHTS.values())
    written: list[list[str]] = []
    for _ in range(count):
        if written and rng.random() < REPEATED_SHARE:
            again = list(rng.choice(written))  # the same person again, as merged lists have
            again[2] = rng.choice(generate.TITLES[rng.choice(categories)])
            written.append(again)
            yield again
            continue
        given, family = rng.choice(generate.GIVEN_NAMES), rng.choice(generate.FAMILY_NAMES)
        category = rng.choices(categories, weights)[0]
        org = rng.choice(orgs)
        organisation = _organisation_text(rng, org)
        domain = "lansstyrelsen.se" if org.kind == "county_board" else \
            "".join(c for c in generate._ascii(org.name) if c.isalpha()) + ".se"
        suffix = "" if rng.random() < 0.7 else str(rng.randint(2, 999))
        email = f"{generate._ascii(given)}.{generate._ascii(family)}{suffix}@{domain}"
        if rng.random() < BAD_EMAIL_SHARE:
            email = rng.choice([email.replace("@", "@@"), email.replace(".", " ", 1), email.replace("@", "."),
                                email.rsplit(".", 1)[0], email.replace(".", "..", 1)])
        elif rng.random() < NO_EMAIL_SHARE:
            email = ""
        row = [given, family, rng.choice(generate.TITLES[category]), organisation, email,
               f"07{rng.randint(0, 9)}-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
               rng.choice(CATEGORY_TEXTS)]
        written.append(row)
        yield row


def _organisation_text(rng: random.Random, org: Org) -> str:
    """The organisation as a person writes it: its name or a variant, now and then misspelt,
    unknown or left empty."""
    chance = rng.random()
    if chance < NO_ORGANISATION_SHARE:
        return ""
    if chance < NO_ORGANISATION_SHARE + UNKNOWN_SHARE:
        return rng.choice(UNKNOWN_ORGANISATIONS)
    text = rng.choice(_variants(org))
    if chance < NO_ORGANISATION_SHARE + UNKNOWN_SHARE + MISSPELT_SHARE and len(text) > 6:
        cut = rng.randrange(1, len(text) - 1)
        text = text[:cut] + text[cut + 1:]  # one letter dropped
    return text


def _variants(org: Org) -> list[str]:
    name = org.name
    if org.kind == "municipality":
        genitive = name if name.endswith(("s", "x", "z")) else name + "s"
        return [name, f"{genitive} kommun", f"{genitive} Kommun", f"{name} kommun", f"{genitive} kommun".upper()]
    if org.kind == "county_board":
        place = name.removeprefix("Länsstyrelsen i ").removesuffix(" län")
        place = place[:-1] if place.endswith("s") and not place.endswith("ss") else place
        return [name, f"Länsstyrelsen {place}", f"Länsstyrelsen i {place}", name.upper()]
    if org.kind == "region":
        return [name, name.upper(), name.lower()]
    return [name]


# -- the sides -----------------------------------------------------------------------------

@dataclass(frozen=True)
class AppSample:
    read: float
    plan: float
    apply: float
    counts: dict[str, int]

    @property
    def total(self) -> float:
        return self.read + self.plan + self.apply


class AppImport:
    """The app's import into a fresh copy of the empty document each time."""

    def __init__(self, empty: Path, source: Path, folder: Path):
        self.empty, self.source, self.target = empty, source, folder / "app.sqlite"

    def run(self) -> AppSample:
        for leftover in (self.target, Path(f"{self.target}-wal"), Path(f"{self.target}-shm")):
            leftover.unlink(missing_ok=True)
        shutil.copyfile(self.empty, self.target)
        document = Document.open(self.target)
        try:
            _clear_import_caches()
            started = time.perf_counter()
            table = read_table(self.source)
            mapping = suggest_mapping(table.headers, table.rows)
            read = time.perf_counter()
            importer = PeopleImport(document.db)
            plan = importer.plan(table, mapping)
            planned = time.perf_counter()
            result = importer.apply(plan)
            applied = time.perf_counter()
        finally:
            document.close()
        if len(plan.rows) != ROWS or result.added + result.skipped != ROWS:
            raise RuntimeError(f"{len(plan.rows)} rows planned, {result.added} added, {result.skipped} skipped: "
                               f"not the {ROWS} rows of the file")
        warnings = Counter(line.code for line in result.report.lines if line.imported)
        not_imported = Counter(line.code for line in result.report.not_imported)
        return AppSample(read - started, planned - read, applied - planned,
                         {"added": result.added, "skipped": result.skipped,
                          **{f"warning {code}": n for code, n in warnings.items()},
                          **{f"not imported {code}": n for code, n in not_imported.items()}})


def _clear_import_caches() -> None:
    """Empty the per-value caches (functools) of the modules the import runs, so each
    repetition starts as the first import after the app started."""
    for module in (people_import, person_rules, matching, organisation_names, people_columns, encodings):
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper) and getattr(value, "__module__", "") == module.__name__:
                value.cache_clear()


def _python_import(source: Path, target: Path) -> float:
    """What ``.import`` does, in Python: header -> bare TEXT table, rows in one transaction."""
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    conn = sqlite3.connect(target)
    try:
        with open(source, encoding="utf-8-sig", newline="") as file:
            rows = csv.reader(file, delimiter=";")
            header = next(rows)
            columns = ", ".join(f'"{name}" TEXT' for name in header)
            with conn:
                conn.execute(f"CREATE TABLE {TABLE} ({columns})")
                conn.executemany(f"INSERT INTO {TABLE} VALUES ({', '.join('?' * len(header))})", rows)
    finally:
        conn.close()
    seconds = time.perf_counter() - started
    _check_imported(target)
    return seconds


def _shell_import(shell: str, source: Path, target: Path) -> float:
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run([shell, "-batch", "-bail", str(target), ".mode csv", ".separator ;",
                    f".import '{source}' {TABLE}"], check=True, capture_output=True)
    seconds = time.perf_counter() - started
    _check_imported(target)
    return seconds


def _check_imported(target: Path) -> None:
    conn = sqlite3.connect(target)
    try:
        count = conn.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0]
    finally:
        conn.close()
    if count != ROWS:
        raise RuntimeError(f"the baseline stored {count} rows, not {ROWS}: the timing would compare different work")


@functools.cache
def _shell_version(shell: str) -> str:
    return "sqlite3 " + subprocess.run([shell, "--version"], capture_output=True, text=True).stdout.split()[0]
