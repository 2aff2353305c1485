"""Files shipped inside the package (facilitator.resources): icons, translations, reference data.

No Qt here, so the command line, the formats and the window find them the same way, in a
source checkout, an installed wheel and a frozen build alike.
"""

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable


def _resource(*parts: str) -> Traversable:
    # One part per joinpath call: Python 3.11's Traversable takes only one, and frozen
    # builds (PyInstaller) ship a Traversable that is strict about it.
    resource = files("facilitator.resources")
    for part in parts:
        resource = resource.joinpath(part)
    return resource


def resource_path(*parts: str) -> str:
    """A filesystem path to a packaged resource (the package is installed unzipped)."""
    with as_file(_resource(*parts)) as path:
        return str(path)


def resource_text(*parts: str) -> str:
    """A packaged text file's contents."""
    return _resource(*parts).read_text(encoding="utf-8")
