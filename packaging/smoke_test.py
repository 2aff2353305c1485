"""Smoke test of the frozen application: run by `make dist` and by the release workflow on
each system, with only the standard library (any Python runs it).

    python packaging/smoke_test.py dist/Facilitator

It runs the frozen programs as a user would, in a scratch folder: the window on the demo
(offscreen, for a few seconds: it must stay up and print no error), then the commands on
that file (about, sessions, import-people, export-attendance, report), and checks the
folder holds what the app loads and nothing of the Qt it was meant to leave out.
Exits 1 with the first failure.
"""

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WINDOW_SECONDS = 6
# Qt's offscreen platform cannot pass size hints to a window manager; not an error.
HARMLESS = ("This plugin does not support propagateSizeHints",)
UNWANTED_QT_LIBRARIES = ("Qt6Qml", "Qt6Quick", "Qt6VirtualKeyboard", "Qt6Wayland", "Qt6WlShell",
                         "Qt6EglFS", "Qt6Pdf", "Qt6WebEngine", "Qt6Multimedia", "Qt63D")
PEOPLE_CSV = (
    # What Swedish Excel saves: ';', Windows-1252, a title row above the header.
    "Inbjudna till hösten;;;\r\n"
    "Förnamn;Efternamn;E-post;Organisation\r\n"
    "Åsa;Öberg;asa.oberg@example.se;Region Gotland\r\n"
    "Björn;Ängström;bjorn.angstrom@example.se;Länsstyrelsen i Gotlands län\r\n"
)


class Failed(Exception):
    pass


def program(folder: Path, name: str) -> Path:
    path = folder / (f"{name}.exe" if sys.platform == "win32" else name)
    if not path.is_file():
        raise Failed(f"{path} is missing")
    return path


def environment(scratch: Path) -> dict[str, str]:
    """Offscreen, with settings and the default data folder inside the scratch folder."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "APPDATA", "LOCALAPPDATA"):
        env[name] = str(scratch / "home")
    return env


def run(cli: Path, env: dict[str, str], *args: str) -> str:
    started = time.monotonic()
    result = subprocess.run([str(cli), *args], env=env, capture_output=True, text=True, encoding="utf-8",
                            errors="replace", timeout=120)
    seconds = time.monotonic() - started
    print(f"  {cli.name} {' '.join(args)}  ({seconds:.1f} s)")
    if result.returncode != 0:
        raise Failed(f"{cli.name} {' '.join(args)} exited with {result.returncode}:\n{result.stderr}")
    return result.stdout


def window_stays_up(executable: Path, env: dict[str, str], *args: str, seconds: float = WINDOW_SECONDS) -> None:
    """Start the window, let it run a few seconds, and close it; it must not have died or
    printed an error (the windowed Windows program has no console: nothing is printed)."""
    print(f"  {executable.name} {' '.join(args)}  (window, {seconds} s)")
    process = subprocess.Popen([str(executable), *args], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
    time.sleep(seconds)
    still_running = process.poll() is None
    if still_running:
        process.terminate()
    _, errors = process.communicate(timeout=30)
    problems = [line for line in errors.splitlines() if line.strip() and not line.startswith(HARMLESS)]
    if not still_running:
        raise Failed(f"the window closed by itself (exit code {process.returncode}):\n{errors}")
    if problems:
        raise Failed("the window printed:\n" + "\n".join(problems))


def check_window_and_commands(folder: Path, scratch: Path, window_seconds: float = WINDOW_SECONDS) -> None:
    """The programs in ``folder`` (the frozen folder, or a virtual environment's scripts)."""
    env = environment(scratch)
    cli, window = program(folder, "facilitator-cli"), program(folder, "facilitator")
    demo = scratch / "demo.sqlite"

    version = run(cli, env, "--version")
    if not version.startswith("Facilitator "):
        raise Failed(f"--version printed {version!r}")
    # The console program shows errors; it makes the demo file the commands use below.
    window_stays_up(cli, env, "--demo", "--db", str(demo), "--lang", "sv", seconds=window_seconds)
    if not demo.exists():
        raise Failed(f"the window did not create {demo}")
    window_stays_up(window, env, "--db", str(demo), "--lang", "en", seconds=window_seconds)

    about = run(cli, env, "about", "--db", str(demo))
    for expected in (r"Qt's Swedish:\s+found", r"File schema:\s+\d+"):
        if not re.search(expected, about):
            raise Failed(f"about lacks {expected!r}:\n{about}")
    if re.search(r"^\s+new\s", run(cli, env, "--help"), re.MULTILINE):  # `new` arrives with issue 12
        run(cli, env, "new", "--county", "09", "--db", str(scratch / "new.sqlite"))
    session = run(cli, env, "sessions", "add", "--db", str(demo), "--title", "Provsändning från kommandoraden",
                  "--start", "2026-10-13 09:00", "--end", "2026-10-13 10:30").strip()
    people = scratch / "inbjudna.csv"
    people.write_bytes(PEOPLE_CSV.encode("cp1252"))
    imported = run(cli, env, "import-people", str(people), "--db", str(demo))
    if not imported.startswith("added 2,"):
        raise Failed(f"import-people did not add the two people in {people.name}:\n{imported}")
    run(cli, env, "invite", "--session", session, "--all", "--db", str(demo))
    sessions = run(cli, env, "sessions", "list", "--db", str(demo))
    if "Provsändning från kommandoraden" not in sessions:
        raise Failed(f"the new session is not listed:\n{sessions}")
    attended = attended_session(sessions)
    for kind, magic in {"csv": b"\xef\xbb\xbf", "xlsx": b"PK", "pdf": b"%PDF"}.items():
        target = scratch / f"närvaro.{kind}"
        run(cli, env, "export-attendance", "--session", attended, "--format", kind, "-o", str(target),
            "--db", str(demo))
        if not target.read_bytes().startswith(magic):
            raise Failed(f"{target.name} does not start as a {kind} file does")
    rows = (scratch / "närvaro.csv").read_text(encoding="utf-8-sig").splitlines()
    if len(rows) < 2:
        raise Failed(f"the attendance list of session {attended} has no one on it")
    run(cli, env, "report", "--format", "pdf", "-o", str(scratch / "rapport.pdf"), "--db", str(demo))


def attended_session(listing: str) -> str:
    """The id of a demo session someone attended (`sessions list`: id first, attended last)."""
    for line in listing.splitlines()[1:]:
        columns = line.split()
        if columns and columns[-1].isdigit() and int(columns[-1]) > 0:
            return columns[0]
    raise Failed(f"no session in the demo has attendance:\n{listing}")


def check_contents(folder: Path) -> None:
    files = [path for path in folder.rglob("*") if path.is_file()]
    names = {path.name for path in files}
    # QtCharts is loaded only when the dashboard is first shown, so it is looked for here.
    expected = ("facilitator_sv.qm", "facilitator_en.qm", "facilitator.svg", "counties.csv", "qtbase_sv.qm")
    if not any(name.startswith("QtCharts.") for name in names):
        raise Failed("PySide6's QtCharts (the dashboard) is not in the folder")
    for needed in expected:
        if needed not in names:
            raise Failed(f"{needed} is not in {folder}")
    if any(path.suffix == ".ts" for path in files):
        raise Failed("translation sources (.ts) were frozen; only .qm files belong there")
    other_languages = sorted(name for name in names if name.startswith("qtbase_") and name != "qtbase_sv.qm")
    if other_languages:
        raise Failed(f"Qt translations other than Swedish: {other_languages[:5]}")
    unwanted = sorted(name for name in names if any(lib in name for lib in UNWANTED_QT_LIBRARIES))
    if unwanted:
        raise Failed(f"Qt libraries Facilitator never loads: {unwanted}")


def main(folder: Path) -> int:
    print(f"smoke test of {folder}")
    try:
        check_contents(folder)
        with tempfile.TemporaryDirectory(prefix="facilitator-smoke-") as scratch:
            check_window_and_commands(folder, Path(scratch))
    except (Failed, subprocess.TimeoutExpired) as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/Facilitator")))
