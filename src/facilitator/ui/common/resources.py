"""Icons and the stylesheet, loaded from the facilitator.resources package."""

from functools import cache

from PySide6.QtGui import QIcon

from ...packaged import resource_path, resource_text


@cache
def icon(name: str) -> QIcon:
    """An SVG icon: sharp at any screen scale."""
    return QIcon(resource_path("icons", f"{name}.svg"))


def stylesheet() -> str:
    return resource_text("style.qss")
