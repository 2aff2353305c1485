"""Icons and the stylesheet, loaded from the facilitator.resources package."""

from functools import cache
from importlib.resources import as_file, files

from PySide6.QtGui import QIcon


def resource_path(*parts: str) -> str:
    """A filesystem path to a packaged resource (the package is installed unzipped)."""
    with as_file(files("facilitator.resources").joinpath(*parts)) as path:
        return str(path)


@cache
def icon(name: str) -> QIcon:
    """An SVG icon: sharp at any screen scale."""
    return QIcon(resource_path("icons", f"{name}.svg"))


def stylesheet() -> str:
    return files("facilitator.resources").joinpath("style.qss").read_text(encoding="utf-8")
