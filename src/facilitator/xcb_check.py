"""Before the window opens on Linux: are the system libraries Qt's X11 (xcb) plugin loads there?

Without them Qt stops with "could not load the Qt platform plugin "xcb"" and a list of
plugins - nothing a user can act on. PySide6's wheels bring Qt but not these system
libraries, so a bare Linux (a minimal install, a container, WSL) lacks some of them. This
check runs before the QApplication exists, tries to load each library, and names the
packages to install. QtCore only; no Qt platform is loaded yet.
"""

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from .domain.translatable import QT_TRANSLATE_NOOP, fill

# The libraries the xcb platform plugin of PySide6 6.8+ links (found with ldd on
# libqxcb.so, less what every Linux has and what PySide6 bundles), each with the
# Debian/Ubuntu package that provides it.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
}

MISSING = QT_TRANSLATE_NOOP(
    "XcbCheck",
    "Facilitator cannot open its window: libraries that Qt needs for X11 are missing on this "
    "computer (%1).\nInstall them, then start Facilitator again:\n\n    sudo apt install %2\n\n"
    "(Those are the Debian and Ubuntu package names; the README lists them for other systems.)")


def uses_xcb(environ: Mapping[str, str], platform: str, plugins: Path) -> bool:
    """Whether Qt is about to open the window through X11 (xcb)."""
    if platform != "linux" or not environ.get("DISPLAY"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    # On a Wayland desktop Qt prefers its Wayland plugin when it has one.
    has_wayland = any((plugins / "platforms").glob("libqwayland*"))
    return not (environ.get("WAYLAND_DISPLAY") and has_wayland)


def missing_libraries(load: Callable[[str], object] = ctypes.CDLL) -> list[str]:
    """The libraries of XCB_LIBRARIES this system cannot load."""
    missing = []
    for library in XCB_LIBRARIES:
        try:
            load(library)
        except OSError:
            missing.append(library)
    return missing


def message(missing: list[str], translate: Callable[[str, str], str]) -> str:
    packages = " ".join(sorted({XCB_LIBRARIES[library] for library in missing}))
    return fill(translate("XcbCheck", MISSING), (", ".join(missing), packages))


def translator_for(language: str) -> Callable[[str, str], str]:
    """Facilitator's translation, usable before any QCoreApplication exists."""
    from PySide6.QtCore import QTranslator

    from .packaged import resource_path

    translator = QTranslator()
    translator.load(f"facilitator_{language}", resource_path("translations"))
    return lambda context, text: translator.translate(context, text) or text


def check_or_explain(language: str, environ: Mapping[str, str] = os.environ, platform: str = sys.platform,
                     load: Callable[[str], object] = ctypes.CDLL) -> str | None:
    """None when the window can open; otherwise what to tell the user (in ``language``)."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    if not uses_xcb(environ, platform, plugins):
        return None
    missing = missing_libraries(load)
    return message(missing, translator_for(language)) if missing else None
