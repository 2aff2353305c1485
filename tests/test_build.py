"""The build step's output (compiled forms, .qm translations) is committed; it must be
current, and the package must ship every module and resource."""

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
TOOLS = Path(sys.executable).parent  # the venv's bin folder, where PySide6 puts its tools


def without_header(text: str) -> list[str]:
    """Generated code minus the banner (which names the uic version)."""
    return [line for line in text.splitlines() if not line.startswith("##")]


@pytest.mark.parametrize("form", sorted((ROOT / "ui").glob("*.ui")), ids=lambda path: path.name)
def test_compiled_forms_are_current(form, tmp_path):
    """After editing a .ui file in Designer, run `make build`."""
    compiled = ROOT / "src/facilitator/ui/forms" / f"ui_{form.stem}.py"
    fresh = tmp_path / compiled.name
    subprocess.run([TOOLS / "pyside6-uic", form, "-o", fresh], check=True)
    assert without_header(compiled.read_text(encoding="utf-8")) == without_header(fresh.read_text(encoding="utf-8"))


@pytest.mark.parametrize("source", sorted((ROOT / "resources/translations").glob("*.ts")), ids=lambda p: p.name)
def test_compiled_translations_are_current(source, tmp_path):
    """After editing a .ts file, run `make build`."""
    fresh = tmp_path / source.with_suffix(".qm").name
    subprocess.run([TOOLS / "pyside6-lrelease", "-silent", source, "-qm", fresh], check=True)
    assert source.with_suffix(".qm").read_bytes() == fresh.read_bytes()


def test_swedish_translation_is_complete():
    text = (ROOT / "resources/translations/facilitator_sv.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert 'type="vanished"' not in text and 'type="obsolete"' not in text


def test_every_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(path.relative_to(ROOT / "src").parent.parts)
             for path in (ROOT / "src").rglob("__init__.py")}
    assert found | {"facilitator.resources"} == listed


def test_qt_swedish_translations_ship_with_pyside():
    from PySide6.QtCore import QLibraryInfo
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_sv.qm").exists()
