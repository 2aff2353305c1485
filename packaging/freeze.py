"""What goes into the frozen application, for the PyInstaller spec (facilitator.spec).

PyInstaller's Qt hooks collect every plugin of each Qt module in use and every language
of Qt's translations. Facilitator is a Widgets application that draws SVG icons, prints,
and speaks Swedish or English; the rules below keep what it loads and leave the rest
(Wayland, EGL, virtual keyboard with its Qml/Quick, network plugins, a GTK theme that
would bring the build machine's GTK along, other languages) out of the folder.
"""

import sys
from pathlib import Path

from facilitator import APP_ID, __version__

# Python modules that must not be frozen: Qt bindings qasync probes for, the Tk GUI
# toolkit, and the Qt modules Facilitator never imports. PyInstaller adds the bindings of
# every Qt library the used ones link (QtCharts links OpenGL, QtGui links D-Bus): the
# libraries stay, their Python bindings (10 MB) go.
EXCLUDED_MODULES = [
    "tkinter", "PyQt5", "PyQt6", "PySide2",
    *(f"PySide6.{name}" for name in (
        "QtDBus", "QtNetwork", "QtOpenGL", "QtOpenGLWidgets",
        "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
        "QtBluetooth", "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp",
        "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNfc", "QtPdf",
        "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
        "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
        "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools",
        "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
        "QtWebView",
    )),
]

# Plugin folders Facilitator never needs: Wayland (X11 and XWayland serve Linux; the
# Wayland client brings its own libraries), EGL full-screen devices, touch-screen input,
# and QtNetwork's TLS and network-status plugins (Facilitator makes no connections).
DROPPED_PLUGIN_TYPES = {
    "egldeviceintegrations", "generic", "networkinformation", "tls",
    "wayland-decoration-client", "wayland-graphics-integration-client",
    "wayland-graphics-integration-server", "wayland-shell-integration",
}

# In these folders only the named plugins are kept (a name matches the file's stem,
# without "lib" and the suffix). Folders not listed here are kept whole (styles, including
# Windows 11's; printsupport; xcbglintegrations).
KEPT_PLUGINS = {
    # The window system of each platform, and offscreen for the smoke test and CI.
    "platforms": {"qxcb", "qwindows", "qcocoa", "qoffscreen", "qminimal"},
    # GTK's would bring the build machine's GTK; the portal gives native file dialogs.
    "platformthemes": {"qxdgdesktopportal"},
    # Dead keys and input methods for typing å, ä, ö; not the virtual keyboard (Qml).
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    # The icons are SVG; PNG is built into QtGui.
    "imageformats": {"qsvg"},
    "iconengines": {"qsvgicon"},
}

# Windows: software OpenGL (20 MB) and the Direct3D shader compiler serve Qt Quick and
# OpenGL contexts; Widgets paint without them.
DROPPED_FILES = {"opengl32sw.dll", "d3dcompiler_47.dll"}

# Qt's own translations: Swedish for its dialogs (the app itself ships sv and en).
KEPT_QT_TRANSLATIONS = {"qtbase_sv.qm"}


def plugin_name(path: str) -> str:
    stem = Path(path).name.split(".")[0]
    return stem.removeprefix("lib")


def keep_plugin(plugin_type: str, path: str) -> bool:
    if plugin_type in DROPPED_PLUGIN_TYPES:
        return False
    kept = KEPT_PLUGINS.get(plugin_type)
    return kept is None or plugin_name(path) in kept


def limit_qt_plugins() -> None:
    """Make PyInstaller's Qt hooks offer only the plugins kept above.

    Done before the analysis, so the libraries a dropped plugin links (GTK, Wayland, Qml)
    are never analysed and collected; filtering afterwards would leave them behind.
    """
    from PyInstaller.utils.hooks import qt

    collect = qt.QtLibraryInfo.collect_plugins

    def collect_kept(self, plugin_type):
        return [(source, target) for source, target in collect(self, plugin_type)
                if keep_plugin(plugin_type, source)]

    qt.QtLibraryInfo.collect_plugins = collect_kept


def keep_binary(target: str) -> bool:
    """For the analysis' binaries (destination paths): a second line of defence."""
    parts = Path(target).parts
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) > index + 2 and not keep_plugin(parts[index + 1], target):
            return False
    return Path(target).name.lower() not in DROPPED_FILES


def keep_data(target: str) -> bool:
    path = Path(target)
    if path.suffix == ".qm" and "translations" in path.parts and "PySide6" in path.parts:
        return path.name in KEPT_QT_TRANSLATIONS
    return True


def windows_version_info():
    """The version resource Windows shows in the file's properties (and IT's inventory)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = (*(int(part) for part in __version__.split(".")[:3]), 0)
    strings = [
        vi.StringStruct("CompanyName", "The Facilitator developers"),
        vi.StringStruct("FileDescription", "Facilitator"),
        vi.StringStruct("FileVersion", __version__),
        vi.StringStruct("InternalName", "facilitator"),
        vi.StringStruct("LegalCopyright", "Licensed under the EUPL-1.2"),
        vi.StringStruct("ProductName", "Facilitator"),
        vi.StringStruct("ProductVersion", __version__),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[vi.StringFileInfo([vi.StringTable("040904B0", strings)]),
              vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])])],
    )


def bundle_info() -> dict:
    """macOS: the .app's identity and Info.plist."""
    return {
        "bundle_identifier": APP_ID,
        "version": __version__,
        "info_plist": {
            "CFBundleDisplayName": "Facilitator",
            "CFBundleShortVersionString": __version__,
            "CFBundleVersion": __version__,
            "NSHighResolutionCapable": True,
            "NSHumanReadableCopyright": "Licensed under the EUPL-1.2",
            "LSApplicationCategoryType": "public.app-category.productivity",
            # Swedish first: Qt's own dialogs follow the app's language, the menus the bundle's.
            "CFBundleDevelopmentRegion": "sv",
            "CFBundleLocalizations": ["sv", "en"],
        },
    }


def icon_file(icons: Path) -> str | None:
    """The program icon for this platform, made by `make icons`."""
    name = {"win32": "facilitator.ico", "darwin": "facilitator.icns"}.get(sys.platform)
    if name is None:
        return None
    if not (icons / name).exists():
        raise SystemExit(f"{icons / name} is missing: run `make icons` first")
    return str(icons / name)
