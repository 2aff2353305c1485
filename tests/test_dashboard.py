"""The dashboard through the window: the demo's reach, live updates, tables behind the
charts (sortable, exportable), targets, and every model through Qt's model tester."""

import csv
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import shown_window, when_dialog_opens

from facilitator.domain.enums import AttendanceMode
from facilitator.ui.common.workspace import Workspace
from facilitator.ui.mainwindow.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo, options):
    main = shown_window(qtbot, demo, options)
    main.ui.navigation.setCurrentRow(3)
    return main


def test_the_dashboard_loads_only_when_first_shown(qtbot, demo, options):
    import sys
    main = MainWindow(Workspace(demo), options)
    qtbot.addWidget(main)
    main.show()
    assert not main.dashboard_view.panels  # nothing built, nothing queried at start
    main.ui.navigation.setCurrentRow(3)
    assert main.dashboard_view.panels and "PySide6.QtCharts" in sys.modules


def test_headline_and_funnel_show_the_demo_reach(qtbot, window):
    dashboard = window.dashboard_view
    overview = window.workspace.reach.overview()
    reached, target = overview.headline.reached, overview.headline.target
    assert target == 45 and 0 < reached <= 45
    assert dashboard.headline.text().startswith(f"{reached} of 45 reached")
    funnel = dashboard.panels["funnel"].model
    assert [funnel.index(row, 1).data() for row in range(funnel.rowCount())] == \
        [str(overview.funnel.invited), str(overview.funnel.accepted), str(overview.funnel.attended)]


def test_the_dashboard_follows_an_undone_attendance(qtbot, window):
    workspace = window.workspace
    db = workspace.document.db
    person_id, session_id = db.execute("SELECT person_id, session_id FROM attendance WHERE present = 1 "
                                       "AND person_id IN (SELECT person_id FROM attendance WHERE present = 1 "
                                       "GROUP BY person_id HAVING count(*) = 1)").fetchone()
    before = workspace.reach.overview().headline.reached
    workspace.record("absent", workspace.check_in.toggle(session_id, person_id, AttendanceMode.ON_SITE))
    assert window.dashboard_view.headline.text().startswith(f"{before - 1} of 45")
    window.undo_action.trigger()
    assert window.dashboard_view.headline.text().startswith(f"{before} of 45")


def test_a_table_behind_a_chart_sorts_and_exports(qtbot, window, tmp_path):
    panel = window.dashboard_view.panels["sessions"]
    panel.table_toggle.setChecked(True)
    assert panel.stack.currentWidget() is panel.table
    model = panel.model
    model.sort(4, Qt.SortOrder.DescendingOrder)  # attended, most first
    attended = [int(model.index(row, 4).data()) for row in range(model.rowCount())]
    assert attended == sorted(attended, reverse=True)
    target = tmp_path / "per webbsändning.csv"
    panel.export_to(target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][1] == "Session" and len(rows) == model.rowCount() + 1
    assert [int(row[4]) for row in rows[1:]] == attended  # as the user sorted it


def test_every_dashboard_model_passes_the_model_tester(qtmodeltester, window):
    for panel in window.dashboard_view.panels.values():
        qtmodeltester.check(panel.model)


def test_set_a_target_and_undo(qtbot, window):
    def set_target(dialog):
        dialog.ui.reachTarget.setValue(60)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(set_target)
    window.dashboard_view.targets_button.click()
    assert " of 60 reached" in window.dashboard_view.headline.text()
    window.undo_action.trigger()
    assert " of 45 reached" in window.dashboard_view.headline.text()


def test_export_the_reach_report_from_the_dashboard(qtbot, window, tmp_path):
    target = tmp_path / "räckvidd.pdf"
    window.dashboard_view.write_report(target, as_pdf=True, with_attendance=False)
    assert target.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Saved the reach report as {target}"
