"""Tested the way SQLite tests itself: kill -9 at random moments (the WAL checkpoint
included), a full disk, two writers, and thousands of mutated input files for each reader.

Every scenario counts, per run: *partial* results (an import or merge half done), files
*refused* that SQLite can recover, *tracebacks* shown instead of a message, *crashes*
(a process killed by a signal it did not get from us: abort, out of memory), *hangs*
(past the time limit) and files whose *integrity* check failed afterwards. All zero is
the target. ``python stress/run.py`` prints the table (``make stress``); tests/test_stress.py
runs a short version in ``make test``.
"""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
PYTHON = sys.executable
ENV = dict(os.environ, PYTHONPATH=str(ROOT / "src"), QT_QPA_PLATFORM="offscreen")


@dataclass
class Tally:
    scenario: str
    runs: int = 0
    partial: int = 0
    refused: int = 0
    tracebacks: int = 0
    crashes: int = 0
    hangs: int = 0
    integrity: int = 0
    messages: int = 0  # clear refusals of bad input (expected, not a failure)
    note: str = ""
    examples: list[str] = field(default_factory=list)

    @property
    def failures(self) -> int:
        return self.partial + self.refused + self.tracebacks + self.crashes + self.hangs + self.integrity

    def example(self, text: str) -> None:
        if len(self.examples) < 5:
            self.examples.append(text)


def table(tallies: list[Tally]) -> str:
    columns = ("scenario", "runs", "partial", "refused", "tracebacks", "crashes", "hangs", "integrity", "messages")
    rows = [columns] + [(t.scenario, *(str(getattr(t, name)) for name in columns[1:])) for t in tallies]
    widths = [max(len(row[i]) for row in rows) for i in range(len(columns))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths)))
             for row in rows]
    for tally in tallies:
        if tally.note:
            lines.append(f"note ({tally.scenario}): {tally.note}")
        for example in tally.examples:
            lines.append(f"  {tally.scenario}: {example}")
    return "\n".join(lines)


# -- documents to work on -------------------------------------------------------------------

def _python(code: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                          timeout=timeout, env=ENV)


def make_document(path: Path, people: int = 200, demo: bool = True) -> None:
    _python("""
        import sys
        from facilitator.domain.records import Person
        from facilitator.services.demo import create_demo
        from facilitator.services.register import Register
        from facilitator.store.document import Document
        document = Document.create(sys.argv[1])
        create_demo(document.db)
        register = Register(document.db)
        with document.db.atomic():
            for number in range(int(sys.argv[2])):
                register.add_person(Person("Extra", f"Person {number}", email=f"extra{number}@gotland.se"))
        document.close()
    """, str(path), str(people)).check_returncode()


def people_list(path: Path, rows: int) -> Path:
    lines = ["Förnamn;Efternamn;E-post;Organisation;Titel"]
    lines += [f"Nils;Berg {n};nils.berg{n}@region.se;Region Gotland;Handläggare {'x' * 60}" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def zoom_report(path: Path) -> Path:
    """A Zoom report naming the demo's first 40 people by email, for session 1."""
    with sqlite3.connect(DEMO_CACHE) as conn:
        emails = [row[0] for row in conn.execute("SELECT email FROM people WHERE email <> '' LIMIT 40")]
    conn.close()
    lines = ["Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants",
             "812 3456 7890,Digital,09/15/2026 08:55:12 AM,09/15/2026 10:35:02 AM,a@b.se,100,40", "",
             "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent,"
             "In Waiting Room"]
    lines += [f"P {n},{email},09/15/2026 08:55:12 AM,09/15/2026 10:35:02 AM,100,No,,No"
              for n, email in enumerate(emails)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


DEMO_CACHE = Path(tempfile.gettempdir()) / f"facilitator-stress-{os.getpid()}.sqlite"


def demo_copy(target: Path) -> Path:
    if not DEMO_CACHE.exists():
        make_document(DEMO_CACHE)
    shutil.copyfile(DEMO_CACHE, target)
    return target


def count(path: Path, sql: str) -> int:
    with sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchone()[0]


def check_opens(path: Path) -> tuple[bool, bool, str]:
    """(opened, intact, detail): Facilitator's own open, then SQLite's integrity check."""
    result = _python("""
        import sys
        from facilitator.store import errors
        from facilitator.store.document import Document
        try:
            document = Document.open(sys.argv[1])
        except errors.DocumentError as error:
            print("refused", error.reason, error.detail)
            sys.exit(0)
        print("opened", document.db.execute("PRAGMA integrity_check").fetchone()[0])
        document.close()
    """, str(path))
    words = result.stdout.split()
    if result.returncode or not words:
        return False, False, result.stderr[-300:]
    return words[0] == "opened", words[0] == "opened" and words[1] == "ok", result.stdout.strip()


# -- kill -9 at random moments ---------------------------------------------------------------

def _cli(*args: str) -> list[str]:
    return [PYTHON, "-m", "facilitator", *args]


def kill_runs(runs: int, seed: int = 1) -> list[Tally]:
    """Import, attendance import, merge and edits, each killed at a random moment."""
    rng = random.Random(seed)
    tallies = {name: Tally(f"kill -9: {name}") for name in ("import", "attendance import", "merge", "edits")}
    with tempfile.TemporaryDirectory(prefix="facilitator-kill-") as folder:
        work = Path(folder)
        big_list = people_list(work / "people.csv", 3_000)
        report = None
        for run in range(runs):
            name = list(tallies)[run % len(tallies)]
            tally = tallies[name]
            tally.runs += 1
            path = demo_copy(work / f"run{run}.sqlite")
            before = count(path, "SELECT count(*) FROM people")
            if name == "import":
                command = _cli("import-people", str(big_list), "--db", str(path))
            elif name == "attendance import":
                report = report or zoom_report(work / "zoom.csv")
                before = count(path, "SELECT count(*) FROM attendance WHERE session_id = 1")
                command = _cli("import-attendance", str(report), "--session", "1", "--db", str(path))
            elif name == "merge":
                other = demo_copy(work / f"other{run}.sqlite")
                output = work / f"national{run}.sqlite"
                command = _cli("merge", str(path), str(other), "-o", str(output))
            else:
                command = [PYTHON, "-c", EDITS, str(path)]
            process = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            time.sleep(rng.uniform(0.2, 2.0))  # start-up is ~0.3 s: kills land early, mid-way and at the end
            process.send_signal(signal.SIGKILL)
            _, stderr = process.communicate()
            if b"Traceback" in stderr:
                tally.tracebacks += 1
                tally.example(stderr.decode(errors="replace")[-300:])
            checked = output if name == "merge" else path
            if name == "merge" and not output.exists():
                continue  # killed before the rename: no file, nothing half-merged
            opened, intact, detail = check_opens(checked)
            if not opened:
                tally.refused += 1
                tally.example(f"{checked.name}: {detail}")
                continue
            if not intact:
                tally.integrity += 1
                tally.example(f"{checked.name}: {detail}")
            tally.partial += _partial(name, checked, before)
    return list(tallies.values())


# A writer that never stops: person, invitation and attendance, one transaction each.
EDITS = textwrap.dedent("""
    import sys
    from facilitator.domain.records import Person
    from facilitator.services.register import Register
    from facilitator.store.document import Document
    document = Document.open(sys.argv[1])
    register = Register(document.db)
    number = 0
    while True:
        number += 1
        with document.db.atomic():
            person = register.add_person(Person("Edit", f"Person {number}")).ids("people")[0]
            document.db.execute("INSERT INTO invitations (uuid, created_at, updated_at, person_id, session_id) "
                                "VALUES (new_uuid(), 'x', 'x', ?, 1)", [person])
""")


def _partial(name: str, path: Path, before: int) -> int:
    if name == "import":
        after = count(path, "SELECT count(*) FROM people")
        return int(after not in (before, before + 3_000))
    if name == "attendance import":
        after = count(path, "SELECT count(*) FROM attendance WHERE session_id = 1")
        return int(after != before and count(path, "SELECT count(*) FROM attendance WHERE session_id = 1 "
                                             "AND source = 'report'") == 0)
    if name == "merge":
        return int(count(path, "SELECT count(*) FROM people") != count(DEMO_CACHE, "SELECT count(*) FROM people"))
    # edits: every edit person has their invitation (one transaction each)
    return int(count(path, "SELECT count(*) FROM people p WHERE family_name LIKE 'Person %' AND given_name = 'Edit' "
                           "AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.person_id = p.id)") > 0)


# -- a full disk -----------------------------------------------------------------------------

@contextmanager
def small_disk(size_kb: int) -> Iterator[Path | None]:
    """A small tmpfs (root on Linux); None where it cannot be mounted."""
    folder = Path(tempfile.mkdtemp(prefix="facilitator-full-"))
    mounted = False
    if sys.platform.startswith("linux") and hasattr(os, "geteuid") and os.geteuid() == 0:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
                                 capture_output=True).returncode == 0
    try:
        yield folder if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def full_disk_runs(rounds: int = 1) -> list[Tally]:
    tally = Tally("full disk")
    with tempfile.TemporaryDirectory(prefix="facilitator-full-src-") as folder:
        source = demo_copy(Path(folder) / "demo.sqlite")
        big_list = people_list(Path(folder) / "people.csv", 3_000)
        report = zoom_report(Path(folder) / "zoom.csv")
        size_kb = source.stat().st_size // 1024 + 120
        for _ in range(rounds):
            for name, args in (("import", ["import-people", str(big_list)]),
                               ("attendance import", ["import-attendance", str(report), "--session", "1"]),
                               ("merge", None), ("xlsx export", None)):
                with small_disk(size_kb) as disk:
                    if disk is None:
                        tally.note = "no tmpfs here (needs root on Linux): full-disk runs skipped"
                        return [tally]
                    path = disk / "demo.sqlite"
                    shutil.copyfile(source, path)
                    filler = disk / "filler"
                    free = shutil.disk_usage(disk).free
                    with filler.open("wb") as handle:  # leave a few pages: enough to open, not to import
                        handle.write(b"\0" * max(0, free - 48 * 1024))
                    if name == "merge":
                        command = ["merge", str(source), str(source), "-o", str(disk / "national.sqlite")]
                    elif name == "xlsx export":
                        command = ["export-attendance", "--session", "1", "--programme", "--format", "xlsx",
                                   "-o", str(disk / "list.xlsx"), "--db", str(source)]
                    else:
                        command = [*args, "--db", str(path)]
                    before = path.read_bytes()
                    done = subprocess.run(_cli(*command), capture_output=True, text=True, env=ENV, timeout=120)
                    tally.runs += 1
                    if "Traceback" in done.stderr or "Exception ignored" in done.stderr:
                        tally.tracebacks += 1
                        tally.example(f"{name}: {done.stderr[-300:]}")
                    elif done.returncode:
                        tally.messages += 1
                    filler.unlink()
                    opened, intact, _detail = check_opens(path)
                    tally.refused += int(not opened)
                    tally.integrity += int(opened and not intact)
                    if name in ("import", "attendance import") and done.returncode and path.exists():
                        # refused: nothing of it may be in the file (it was rolled back)
                        tally.partial += int(count(path, "SELECT count(*) FROM people") !=
                                             count(source, "SELECT count(*) FROM people"))
                    del before
                    leftovers = [item.name for item in disk.iterdir() if item.name.endswith(".partial")]
                    tally.partial += len(leftovers)
    return [tally]


# -- two writers -----------------------------------------------------------------------------

def two_writer_runs(runs: int) -> list[Tally]:
    """Two imports started together on one file: one runs, the other is told the file is in use."""
    tally = Tally("two writers")
    with tempfile.TemporaryDirectory(prefix="facilitator-two-") as folder:
        work = Path(folder)
        lists = [people_list(work / f"list{n}.csv", 500) for n in range(2)]
        for run in range(runs):
            path = demo_copy(work / f"run{run}.sqlite")
            before = count(path, "SELECT count(*) FROM people")
            processes = [subprocess.Popen(_cli("import-people", str(lists[n]), "--db", str(path)), env=ENV,
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in range(2)]
            outcomes = [(*process.communicate(timeout=120), process.returncode) for process in processes]
            tally.runs += 1
            succeeded = sum(code == 0 for _, _, code in outcomes)
            for _, err, code in outcomes:
                if "Traceback" in err:
                    tally.tracebacks += 1
                    tally.example(err[-300:])
                elif code:
                    tally.messages += 1
            opened, intact, _detail = check_opens(path)
            tally.refused += int(not opened)
            tally.integrity += int(opened and not intact)
            # the two lists hold the same people: the second import finds them as duplicates
            tally.partial += int(count(path, "SELECT count(*) FROM people") != before + (500 if succeeded else 0))
    return [tally]


# -- mutated inputs for each reader ------------------------------------------------------------

READERS = {
    "read_table": ("facilitator.formats.tables", "read_table",
                   ["people_excel_sv_cp1252.csv", "people_utf8_bom_title_row.csv", "people_utf16.txt", "people.xlsx",
                    "people.ods"]),
    "read_report": ("facilitator.formats.attendance", "read_report",
                    ["teams_2020_log_utf16.csv", "teams_2021_summary_utf16.csv", "teams_current_en_utf8.csv",
                     "teams_current_utf16.csv", "zoom_meeting_participants.csv", "zoom_webinar_attendees.csv"]),
}

# The worker reads one input per line of stdin, each under a time and memory limit, and
# answers one line per input; dying (abort, out of memory) is seen by the parent.
WORKER = textwrap.dedent("""
    import importlib, resource, signal, sys, traceback
    from pathlib import Path
    module, name, limit_mb, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    reader = getattr(importlib.import_module(module), name)
    from facilitator.formats.tables import UnreadableFile
    resource.setrlimit(resource.RLIMIT_AS, (limit_mb * 2**20, limit_mb * 2**20))
    class Hang(Exception):
        pass
    def alarm(*args):
        raise Hang()
    signal.signal(signal.SIGALRM, alarm)
    for line in sys.stdin:
        path = Path(line.strip())
        signal.alarm(seconds)
        try:
            reader(path)
            answer = "ok"
        except UnreadableFile:
            answer = "message"
        except Hang:
            answer = "hang"
        except MemoryError:
            answer = "crash out of memory"
        except Exception:
            answer = "traceback " + traceback.format_exc().replace("\\n", "\\\\n")[-600:]
        finally:
            signal.alarm(0)
        print(answer, flush=True)
""")


KINDS = ("flip", "truncate", "mixed encodings", "huge field", "nul", "quote", "random", "duplicate", "lines",
         "far cell", "zip bomb")
HOSTILE_WORKBOOKS = ("far cell", "zip bomb")


def mutations(seed_bytes: bytes, rng: random.Random, kinds: tuple[str, ...] = KINDS) -> tuple[str, bytes]:
    """One hostile variant of a real file."""
    kind = rng.choice(kinds)
    data = bytearray(seed_bytes)
    if kind == "flip":
        for _ in range(rng.randint(1, 40)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
    elif kind == "truncate":
        data = data[: rng.randrange(max(len(data), 1))]
    elif kind == "mixed encodings":
        text = "Åsa Öberg;Ärlig Ängel;ÿñ€\n"
        insert = text.encode(rng.choice(["cp1252", "utf-16-le", "utf-8", "latin-1", "utf-16-be"]), errors="replace")
        position = rng.randrange(len(data) + 1)
        data[position:position] = insert
    elif kind == "huge field":
        position = rng.randrange(len(data) + 1)
        data[position:position] = b"A" * rng.choice([100_000, 2_000_000, 11_000_000])
    elif kind == "nul":
        for _ in range(rng.randint(1, 20)):
            data.insert(rng.randrange(len(data) + 1), 0)
    elif kind == "quote":
        data.insert(rng.randrange(len(data) + 1), ord('"'))
    elif kind == "random":
        data = bytearray(rng.randbytes(rng.randint(0, 5000)))
    elif kind == "duplicate":
        data = data * rng.randint(2, 50)
    elif kind == "lines":
        data = data.replace(b"\n", rng.choice([b"\r", b"\r\r\n", b"\n\n\n", b""]))
    elif kind == "far cell":
        return kind, _far_cell_workbook(rng)
    elif kind == "zip bomb":
        return kind, _zip_bomb_workbook(rng)
    return kind, bytes(data)


def _far_cell_workbook(rng: random.Random) -> bytes:

    cell = rng.choice(["XFD1048576", "A1048576", "XFD1", "ZZ99999"])
    sheet = (f'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<dimension ref="A1:{cell}"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Namn</t></is></c>'
             f'</row><row r="{cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}"><c r="{cell}" t="inlineStr"><is><t>x</t>'
             f'</is></c></row></sheetData></worksheet>')
    return _workbook({"xl/worksheets/sheet1.xml": sheet})


def _zip_bomb_workbook(rng: random.Random) -> bytes:
    rows = rng.choice([200_000, 1_000_000])
    row = '<row><c t="inlineStr"><is><t>Anna</t></is></c><c t="inlineStr"><is><t>Ek</t></is></c></row>'
    sheet = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData>' + row * rows + '</sheetData></worksheet>')
    return _workbook({"xl/worksheets/sheet1.xml": sheet})


def _workbook(parts: dict[str, str]) -> bytes:
    import io
    import zipfile

    base = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                               'content-types"><Default Extension="xml" ContentType="application/xml"/><Default '
                               'Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"'
                               '/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                               'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
                               'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
                               'worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                       'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                       '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                           'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                           '<sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                                      'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                                      'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                                      'Target="worksheets/sheet1.xml"/></Relationships>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in {**base, **parts}.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def fuzz_runs(per_reader: int, seed: int = 7, limit_mb: int = 1_500, seconds: int = 20,
              kinds: tuple[str, ...] = KINDS, progress: Callable[[str], None] = lambda text: None) -> list[Tally]:
    tallies = []
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="facilitator-fuzz-") as folder:
        work = Path(folder)
        for reader, (module, name, seeds) in READERS.items():
            tally = Tally(f"{per_reader} inputs: {reader}")
            inputs = []
            for number in range(per_reader):
                seed_name = rng.choice(seeds)
                kind, data = mutations((DATA / seed_name).read_bytes(), rng, kinds)
                suffix = ".xlsx" if kind in ("far cell", "zip bomb") else Path(seed_name).suffix
                path = work / f"{reader}-{number}{suffix}"
                path.write_bytes(data)
                inputs.append((path, f"{kind} of {seed_name}"))
            _run_worker(module, name, inputs, tally, limit_mb, seconds)
            for path, _ in inputs:
                path.unlink(missing_ok=True)
            progress(f"{reader}: done")
            tallies.append(tally)
    return tallies


def _answer(worker: subprocess.Popen, seconds: float) -> str:
    import selectors

    with selectors.DefaultSelector() as selector:
        selector.register(worker.stdout, selectors.EVENT_READ)
        if not selector.select(timeout=seconds):
            return "stuck"
    return worker.stdout.readline().strip()


def _run_worker(module: str, name: str, inputs: list[tuple[Path, str]], tally: Tally, limit_mb: int,
                seconds: int) -> None:
    remaining = list(inputs)
    while remaining:
        worker = subprocess.Popen([PYTHON, "-c", WORKER, module, name, str(limit_mb), str(seconds)], env=ENV,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        while remaining:
            path, what = remaining[0]
            try:
                worker.stdin.write(f"{path}\n")
                worker.stdin.flush()
            except BrokenPipeError:
                answer = ""
            else:
                answer = _answer(worker, seconds + 10)
            remaining.pop(0)
            tally.runs += 1
            if answer == "stuck":  # stuck in C code, where the alarm cannot reach
                worker.kill()
                _close(worker)
                tally.hangs += 1
                tally.example(f"{what} ({path.stat().st_size} bytes): killed after {seconds + 10} s")
                break
            if not answer:  # the worker died on this input: abort, segfault, killed
                worker.wait(timeout=30)
                tally.crashes += 1
                lines = [line for line in worker.stderr.read().splitlines() if line.strip()]
                _close(worker)
                cause = next((line for line in lines if "memory allocation" in line or "panicked" in line),
                             lines[-1] if lines else "")
                tally.example(f"{what} ({path.stat().st_size} bytes): exit {worker.returncode}: {cause[:200]}")
                break
            if answer == "ok":
                continue
            if answer == "message":
                tally.messages += 1
            elif answer == "hang":
                tally.hangs += 1
                tally.example(f"{what} ({path.stat().st_size} bytes): no answer within {seconds} s")
            elif answer.startswith("crash"):
                tally.crashes += 1
                tally.example(f"{what} ({path.stat().st_size} bytes): {answer}")
            else:
                tally.tracebacks += 1
                tally.example(f"{what} ({path.stat().st_size} bytes): {answer[10:].replace(chr(92) + 'n', ' | ')}")
        else:
            _close(worker)


def _close(worker: subprocess.Popen) -> None:
    for pipe in (worker.stdin, worker.stdout, worker.stderr):
        with suppress(OSError):
            pipe.close()
    worker.wait(timeout=30)
