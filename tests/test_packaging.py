"""What a release ships: the sdist and wheel as `python -m build` makes them, installed in a
fresh environment outside the checkout like a user would, and the Linux desktop files.

The sdist and wheel are built once for the module (under 10 s). Installing the wheel in a
fresh environment takes about 35 s, most of it pip unpacking Qt from its cache - as long as
the rest of the suite - so that test is marked `dist` and runs in `make dist` and in the
release workflow on each system, not in `make test`.
"""

import importlib.util
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

from facilitator import APP_ID, __version__

ROOT = Path(__file__).parents[1]
LINUX = ROOT / "packaging" / "linux"
SETUPTOOLS_WARNINGS = ("SetuptoolsDeprecationWarning", "SetuptoolsWarning", "BuildBackendWarning",
                       "would be ignored", "is absent from the `packages`")


def tracked_files() -> list[str]:
    """The files under version control (the sdist must carry them), or None outside git."""
    try:
        listing = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return [name for name in listing.stdout.splitlines() if (ROOT / name).is_file()]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    """The sdist and the wheel built from it, with the build's output."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return {"sdist": next(out.glob("*.tar.gz")), "wheel": next(out.glob("*.whl")),
            "log": result.stdout + result.stderr}


def test_setuptools_builds_without_warnings(built):
    warnings = [line for line in built["log"].splitlines() if any(word in line for word in SETUPTOOLS_WARNINGS)]
    assert warnings == []


def test_the_wheel_ships_every_resource_but_no_translation_sources(built):
    with zipfile.ZipFile(built["wheel"]) as wheel:
        names = set(wheel.namelist())
    resources = {f"facilitator/resources/{path.relative_to(ROOT / 'resources').as_posix()}"
                 for path in (ROOT / "resources").rglob("*")
                 if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".ts"}
    assert resources <= names
    assert not [name for name in names if name.endswith(".ts")]
    assert "facilitator/ui/forms/ui_main_window.py" in names
    assert not [name for name in names if name.startswith(("tests/", "benchmarks/", "packaging/"))]


def test_the_wheel_says_its_version_licence_and_programs(built):
    info = f"facilitator-{__version__}.dist-info"
    with zipfile.ZipFile(built["wheel"]) as wheel:
        metadata = wheel.read(f"{info}/METADATA").decode()
        licence = wheel.read(f"{info}/licenses/LICENSE")
        entry_points = wheel.read(f"{info}/entry_points.txt").decode()
    assert f"\nVersion: {__version__}\n" in metadata
    assert "\nLicense-Expression: EUPL-1.2\n" in metadata
    assert "\nLicense-File: LICENSE\n" in metadata
    assert licence == (ROOT / "LICENSE").read_bytes()
    assert "facilitator = facilitator.cli:main" in entry_points
    assert "facilitator-cli = facilitator.cli:main" in entry_points


def test_the_sdist_holds_what_it_takes_to_build_and_test(built):
    prefix = f"facilitator-{__version__}/"
    with tarfile.open(built["sdist"]) as sdist:
        names = {name.removeprefix(prefix) for name in sdist.getnames()}
    for needed in ("Makefile", "LICENSE", "CHANGELOG.md", "pyproject.toml", "MANIFEST.in", "ui/main_window.ui",
                   "tests/conftest.py", "resources/translations/facilitator_sv.ts", "packaging/facilitator.spec"):
        assert needed in names
    assert any(name.startswith("tests/data/") for name in names)
    tracked = tracked_files()
    if tracked is None:
        pytest.skip("not a git checkout: the sdist is checked against the tracked files there")
    missing = sorted(set(tracked) - names - {".gitignore"})
    assert missing == []


# -- installed like a user would ----------------------------------------------------------------

def load_smoke_test():
    spec = importlib.util.spec_from_file_location("smoke_test", ROOT / "packaging" / "smoke_test.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.dist
def test_the_wheel_installs_and_runs_outside_the_checkout(built, tmp_path):
    """A fresh environment (pip from its cache), the wheel installed with its dependencies,
    then the window and the commands run from there, in a folder away from the checkout."""
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    scripts = environment / ("Scripts" if sys.platform == "win32" else "bin")
    python = scripts / ("python.exe" if sys.platform == "win32" else "python")
    install = subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-compile", "--disable-pip-version-check",
                              str(built["wheel"])], capture_output=True, text=True, cwd=tmp_path)
    assert install.returncode == 0, install.stderr
    where = subprocess.run([python, "-c", "import facilitator; print(facilitator.__file__)"], cwd=tmp_path,
                           capture_output=True, text=True, check=True).stdout
    assert Path(where.strip()).is_relative_to(environment)
    scratch = tmp_path / "work"
    scratch.mkdir()
    load_smoke_test().check_window_and_commands(scripts, scratch, window_seconds=3)


# -- Linux desktop integration ------------------------------------------------------------------

def validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_the_desktop_entry_validates():
    desktop = LINUX / f"{APP_ID}.desktop"
    result = subprocess.run([validator("desktop-file-validate"), desktop], capture_output=True, text=True)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")
    text = desktop.read_text(encoding="utf-8")
    assert f"\nIcon={APP_ID}\n" in text and "\nExec=facilitator\n" in text


def test_the_appstream_metainfo_validates_and_names_this_version():
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    result = subprocess.run([validator("appstreamcli"), "validate", "--no-net", metainfo],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    text = metainfo.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text
    newest = re.search(r'<release version="([^"]+)"', text).group(1)
    assert newest == __version__


def test_the_changelog_has_this_version():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{__version__}]" in changelog
    assert "## [Unreleased]" in changelog


def test_the_version_lives_in_one_place():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "facilitator.__version__"}
