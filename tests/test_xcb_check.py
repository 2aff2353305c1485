"""On Linux, missing X11 libraries are named with the packages to install, before Qt
would stop with "could not load the Qt platform plugin "xcb"" instead."""

from pathlib import Path
from types import SimpleNamespace

import pytest

from facilitator import app, xcb_check

NO_WAYLAND_PLUGIN = Path("/nonexistent/plugins")


def failing_for(*missing: str):
    def load(name: str) -> None:
        if name in missing:
            raise OSError(f"{name}: cannot open shared object file")
    return load


def test_the_message_names_each_missing_library_and_its_package():
    load = failing_for("libxcb-cursor.so.0", "libxkbcommon-x11.so.0")
    text = xcb_check.check_or_explain("en", {"DISPLAY": ":0"}, "linux", load)
    assert "libxcb-cursor.so.0, libxkbcommon-x11.so.0" in text
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0\n" in text


def test_the_message_is_in_swedish_for_a_swedish_user():
    text = xcb_check.check_or_explain("sv", {"DISPLAY": ":0"}, "linux", failing_for("libxcb-cursor.so.0"))
    assert text.startswith("Facilitator kan inte öppna sitt fönster")
    assert "sudo apt install libxcb-cursor0" in text


def test_nothing_to_say_when_every_library_loads():
    assert xcb_check.check_or_explain("en", {"DISPLAY": ":0"}, "linux", failing_for()) is None


@pytest.mark.parametrize(("environ", "platform"), [
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux"),  # tests, CI, the smoke test
    ({}, "linux"),                                                # no X display at all
    ({"DISPLAY": ":0"}, "win32"),
    ({"DISPLAY": ":0"}, "darwin"),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, "linux"),
])
def test_not_checked_where_qt_does_not_use_xcb(environ, platform):
    assert xcb_check.check_or_explain("en", environ, platform, failing_for(*xcb_check.XCB_LIBRARIES)) is None


def test_checked_when_xcb_is_asked_for_by_name():
    assert xcb_check.uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", NO_WAYLAND_PLUGIN)


def test_a_wayland_desktop_without_qts_wayland_plugin_falls_back_to_xcb(tmp_path):
    environ = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    assert xcb_check.uses_xcb(environ, "linux", tmp_path)  # like the frozen app, which leaves Wayland out
    (tmp_path / "platforms").mkdir()
    (tmp_path / "platforms" / "libqwayland.so").touch()
    assert not xcb_check.uses_xcb(environ, "linux", tmp_path)


def test_the_window_does_not_start_and_says_what_to_install(monkeypatch, capsys):
    """Through the real start of the window: a library this system does not have."""
    monkeypatch.setattr(xcb_check, "XCB_LIBRARIES", {"libfacilitator-missing.so.9": "libfacilitator-missing9"})
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    args = SimpleNamespace(lang="en", demo=True, db=None, read_only=False)
    assert app.run_window(args) == 1
    assert "sudo apt install libfacilitator-missing9" in capsys.readouterr().err
