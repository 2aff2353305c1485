"""The run-sheet: the agenda in the store, the clock, and the view as a facilitator uses it
on the day - with a fake clock, so a 20-minute segment takes no time to test."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import when_dialog_opens

from facilitator.domain.enums import SegmentKind
from facilitator.domain.records import Segment, Session
from facilitator.domain.timezone import STOCKHOLM
from facilitator.formats.run_sheet_html import AgendaLine, RunSheetPrintout, run_sheet_html
from facilitator.services.errors import InvalidInput
from facilitator.services.run_sheet import Phase, RunSheet, clock_state
from facilitator.store import segments, sessions
from facilitator.store.changes import write_snapshot
from facilitator.ui.common import typed_text
from facilitator.ui.common.workspace import Workspace
from facilitator.ui.sessions import run_sheet_printer
from facilitator.ui.sessions.run_sheet_view import RunSheetView
from facilitator.ui.sessions.segment_dialog import SegmentDialog
from facilitator.ui.sessions.segments_model import SegmentsModel

START = datetime(2026, 10, 13, 9, 0, tzinfo=STOCKHOLM)
STANDARD_TITLES = ["Välkommen och inledning", "Sändning del 1", "Lokalt samtal", "Paus", "Sändning del 2",
                   "Lokalt samtal", "Avslutning"]


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def add_session(db, title: str = "Digital säkerhet", start: datetime | None = START, room: str = "Sal Fårö") -> int:
    end = start + timedelta(hours=2) if start else None
    return sessions.insert(db, Session(title, start, end, room=room)).ids("sessions")[0]


def titles(db, session_id: int) -> list[str]:
    return [segment.title for segment in segments.list_for_session(db, session_id)]


def positions(db, session_id: int) -> list[int]:
    return [row[0] for row in db.execute("SELECT position FROM segments WHERE session_id = ? ORDER BY position",
                                         [session_id])]


def undo(db, change) -> None:
    write_snapshot(db, change.before)


def redo(db, change) -> None:
    write_snapshot(db, change.after)


# -- store -----------------------------------------------------------------------------------
@pytest.fixture
def run_sheet(document) -> RunSheet:
    return RunSheet(document.db)


@pytest.fixture
def session_id(document) -> int:
    return add_session(document.db)


def abc(run_sheet: RunSheet, session_id: int) -> list[int]:
    for title in "ABC":
        run_sheet.add(session_id, Segment(title=title))
    return [segment.id for segment in run_sheet.agenda(session_id)]


def test_segments_keep_their_order_and_insert_at_a_position(document, run_sheet, session_id):
    abc(run_sheet, session_id)
    change = run_sheet.add(session_id, Segment(SegmentKind.BREAK, "Paus", 10), position=1)
    assert titles(document.db, session_id) == ["A", "Paus", "B", "C"]
    assert positions(document.db, session_id) == [0, 1, 2, 3]
    undo(document.db, change)
    assert titles(document.db, session_id) == ["A", "B", "C"]
    assert positions(document.db, session_id) == [0, 1, 2]
    redo(document.db, change)
    assert titles(document.db, session_id) == ["A", "Paus", "B", "C"]


def test_move_up_and_down_renumbers_and_undoes(document, run_sheet, session_id):
    a, b, c = abc(run_sheet, session_id)
    change = run_sheet.move(c, -1)
    assert titles(document.db, session_id) == ["A", "C", "B"]
    assert run_sheet.move(a, -1).is_empty()  # already first
    assert run_sheet.move(b, 1).is_empty()  # already last
    undo(document.db, change)
    assert titles(document.db, session_id) == ["A", "B", "C"]
    run_sheet.move(a, 1)
    assert titles(document.db, session_id) == ["B", "A", "C"]
    assert positions(document.db, session_id) == [0, 1, 2]


def test_delete_closes_the_gap_and_undo_restores_the_order(document, run_sheet, session_id):
    _a, b, _c = abc(run_sheet, session_id)
    run_sheet.set_notes(b, "Bra diskussion")
    change = run_sheet.delete([b])
    assert titles(document.db, session_id) == ["A", "C"]
    assert positions(document.db, session_id) == [0, 1]
    undo(document.db, change)
    assert titles(document.db, session_id) == ["A", "B", "C"]
    assert run_sheet.segment(b).notes == "Bra diskussion"


def test_deleting_the_session_takes_its_run_sheet_and_undo_brings_it_back(document, run_sheet, session_id):
    abc(run_sheet, session_id)
    change = sessions.delete(document.db, [session_id])
    assert run_sheet.agenda(session_id) == []
    undo(document.db, change)
    assert titles(document.db, session_id) == ["A", "B", "C"]


def test_segments_belong_to_their_own_session(document, run_sheet, session_id):
    other = add_session(document.db, "Digital kompetens")
    abc(run_sheet, session_id)
    run_sheet.add(other, Segment(title="X"))
    assert titles(document.db, other) == ["X"]
    assert positions(document.db, other) == [0]


def test_edit_validates_and_notes_change_only_when_different(document, run_sheet, session_id):
    a, _, _ = abc(run_sheet, session_id)
    with pytest.raises(InvalidInput) as refused:
        run_sheet.edit(a, Segment(title="  ", planned_minutes=-5))
    assert refused.value.problems == {"title": "required", "planned_minutes": "negative"}
    change = run_sheet.edit(a, Segment(SegmentKind.DISCUSSION, "Samtal", 20, "Varför?"))
    assert run_sheet.segment(a) == Segment(SegmentKind.DISCUSSION, "Samtal", 20, "Varför?", "", a,
                                           run_sheet.segment(a).uuid)
    undo(document.db, change)
    assert run_sheet.segment(a).title == "A"
    assert not run_sheet.set_notes(a, "Anteckning").is_empty()
    assert run_sheet.set_notes(a, "Anteckning").is_empty()


def test_the_standard_agenda_is_one_change(document, run_sheet, session_id):
    change = run_sheet.add_standard_agenda(session_id)
    assert titles(document.db, session_id) == STANDARD_TITLES
    agenda = run_sheet.agenda(session_id)
    assert [segment.planned_minutes for segment in agenda] == [10, 25, 20, 10, 25, 20, 10]
    assert agenda[2].kind == SegmentKind.DISCUSSION and agenda[2].questions.count("?") == 2
    undo(document.db, change)
    assert run_sheet.agenda(session_id) == []


# -- the clock ---------------------------------------------------------------------------------
AGENDA = [Segment(SegmentKind.BROADCAST, "Inledning", 10), Segment(SegmentKind.DISCUSSION, "Samtal", 20),
          Segment(SegmentKind.BREAK, "Paus", 0), Segment(SegmentKind.BROADCAST, "Avslutning", 5)]


def at(**delta: float) -> datetime:
    return START + timedelta(**delta)


def test_before_the_start_the_clock_counts_down_to_the_first_segment():
    state = clock_state(START, AGENDA, at(minutes=-12))
    assert state.phase == Phase.BEFORE
    assert state.seconds_left == 12 * 60
    assert state.next.segment.title == "Inledning" and state.current is None


@pytest.mark.parametrize("moment, current, left, following", [
    (at(), "Inledning", 600, "Samtal"),  # the first second
    (at(minutes=9, seconds=59.5), "Inledning", 1, "Samtal"),  # rounded up: never 0:00 while running
    (at(minutes=10), "Samtal", 1200, "Paus"),  # a segment ends exactly when the next starts
    (at(minutes=29, seconds=59), "Samtal", 1, "Paus"),
    (at(minutes=30), "Avslutning", 300, None),  # a 0-minute segment is never current
    (at(minutes=34, seconds=30), "Avslutning", 30, None),
])
def test_during_the_session_the_clock_names_the_segment_time_left_and_next(moment, current, left, following):
    state = clock_state(START, AGENDA, moment)
    assert state.phase == Phase.RUNNING
    assert state.current.segment.title == current
    assert state.seconds_left == left
    assert (state.next.segment.title if state.next else None) == following


def test_the_current_segment_knows_its_planned_times():
    state = clock_state(START, AGENDA, at(minutes=15))
    assert (state.current.start, state.current.end) == (at(minutes=10), at(minutes=30))
    assert state.current_index == 1


def test_after_the_last_segment_the_run_sheet_is_finished():
    assert clock_state(START, AGENDA, at(minutes=35)).phase == Phase.FINISHED
    assert clock_state(START, AGENDA, at(days=1)).current is None


def test_an_empty_agenda_or_a_session_without_start_has_no_clock():
    assert clock_state(START, [], at(minutes=5)).phase == Phase.EMPTY
    assert clock_state(None, AGENDA, at(minutes=5)).phase == Phase.UNSCHEDULED


def test_the_clock_works_across_time_zones():
    """The start is stored in UTC; a laptop's clock may be in any zone."""
    state = clock_state(START.astimezone(UTC), AGENDA, at(minutes=12).astimezone(UTC))
    assert state.current.segment.title == "Samtal"


# -- the view ----------------------------------------------------------------------------------
@pytest.fixture
def workspace(document) -> Workspace:
    return Workspace(document)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(at(minutes=-12))


def make_view(qtbot, workspace: Workspace, session_id: int, clock: FakeClock) -> RunSheetView:
    view = RunSheetView(workspace, session_id, clock=clock)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def view(qtbot, workspace, clock) -> RunSheetView:
    session_id = add_session(workspace.document.db)
    return make_view(qtbot, workspace, session_id, clock)


def table_titles(view: RunSheetView) -> list[str]:
    return [view.model.index(row, 2).data() for row in range(view.model.rowCount())]


def test_an_empty_run_sheet_offers_the_standard_agenda(qtbot, view):
    assert view.standard_button.isVisible()
    assert view.live_board.title.text() == "No segments yet"
    view.standard_button.click()
    assert table_titles(view) == STANDARD_TITLES
    assert [view.model.index(row, 0).data() for row in range(3)] == ["09:00", "09:10", "09:35"]
    assert view.model.index(2, 1).data() == "Local discussion"
    assert not view.standard_button.isVisible()
    assert "120 min in all" in view.summary.text() and "ends at 11:00" in view.summary.text()
    view.workspace.undo_stack.undo()
    assert table_titles(view) == []
    assert view.standard_button.isVisible()


def test_the_live_board_follows_the_fake_clock(qtbot, view, clock):
    view.standard_button.click()
    assert view.live_board.title.text() == "Starts in 12 min"
    assert view.live_board.next_up.text().startswith("First: Välkommen och inledning")
    assert view.live_board.time_left.text() == ""
    clock.advance(minutes=12, seconds=5)  # 09:00:05
    view.tick()
    assert view.live_board.title.text() == "Välkommen och inledning"
    assert view.live_board.time_left.text() == "09:55"
    assert view.live_board.clock.text() == "09:00:05"
    assert view.live_board.next_up.text().startswith("Next: Sändning del 1")
    clock.advance(minutes=25)  # 09:25:05, ten minutes into part 1
    view.tick()
    assert view.live_board.title.text() == "Sändning del 1"
    assert view.live_board.time_left.text() == "09:55"
    assert view.live_board.caption.text() == "Now  ·  Broadcast  ·  09:10–09:35"
    assert view.live_board.next_up.text().startswith("Next: Lokalt samtal")
    clock.advance(minutes=10)  # 09:35:05: the local discussion shows its questions
    view.tick()
    assert view.live_board.title.text() == "Lokalt samtal"
    assert "Vad betyder det vi just hörde" in view.live_board.questions.text()
    assert view.model.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # already over: grey
    clock.advance(hours=2)
    view.tick()
    assert view.live_board.title.text() == "Finished"
    assert view.live_board.time_left.text() == "" and view.live_board.next_up.text() == ""


def test_the_timer_moves_the_clock_every_second(qtbot, view, clock):
    view.standard_button.click()
    clock.now = at(minutes=5)
    qtbot.waitUntil(lambda: view.live_board.time_left.text() == "05:00", timeout=2500)


def test_notes_are_saved_as_typed_and_one_burst_is_one_undo_step(qtbot, view, workspace):
    view.standard_button.click()
    view.table.selectRow(1)
    steps = workspace.undo_stack.count()
    view.segment_notes.notes.setFocus()
    with qtbot.waitSignal(view.text_saved, timeout=3000):
        qtbot.keyClicks(view.segment_notes.notes, "Ljudet hackade")
    segment_id = view.current_segment_id()
    assert view.run_sheet.segment(segment_id).notes == "Ljudet hackade"
    with qtbot.waitSignal(view.text_saved, timeout=3000):
        qtbot.keyClicks(view.segment_notes.notes, " i starten")  # after the first save: the same burst
    assert view.run_sheet.segment(segment_id).notes == "Ljudet hackade i starten"
    assert workspace.undo_stack.count() == steps + 1
    assert workspace.undo_stack.undoText() == "Typed notes for “Sändning del 1”"
    view.table.setFocus()  # leaving the field ends the burst
    workspace.undo_stack.undo()
    assert view.run_sheet.segment(segment_id).notes == ""
    assert view.segment_notes.notes.toPlainText() == ""
    workspace.undo_stack.redo()
    assert view.segment_notes.notes.toPlainText() == "Ljudet hackade i starten"


def test_typing_again_after_a_long_pause_is_a_new_undo_step(qtbot, view, workspace, monkeypatch):
    seconds = [1000.0]
    monkeypatch.setattr(typed_text, "monotonic", lambda: seconds[0])
    view.standard_button.click()
    view.table.selectRow(0)
    view.segment_notes.notes.setFocus()
    steps = workspace.undo_stack.count()
    for words, pause in (("Start", 0), (" 09:02", 2), (", alla har kommit", 60)):
        seconds[0] += pause
        with qtbot.waitSignal(view.text_saved, timeout=3000):
            qtbot.keyClicks(view.segment_notes.notes, words)
    assert workspace.undo_stack.count() == steps + 2  # "Start 09:02", then the rest after a minute
    workspace.undo_stack.undo()
    assert view.segment_notes.notes.toPlainText() == "Start 09:02"


def test_notes_typed_are_saved_on_leaving_the_field_without_waiting(qtbot, view):
    view.standard_button.click()
    view.table.selectRow(0)
    view.segment_notes.notes.setFocus()
    qtbot.keyClicks(view.segment_notes.notes, "Start 09:02")
    view.table.setFocus()
    assert view.run_sheet.segment(view.current_segment_id()).notes == "Start 09:02"


def test_switching_segments_saves_the_text_for_the_right_one(qtbot, view):
    view.standard_button.click()
    view.table.selectRow(2)
    view.segment_notes.questions.setPlainText("Vad gör vi nu?")  # no wait: the switch must save it
    first = view.current_segment_id()
    view.table.selectRow(3)
    assert view.run_sheet.segment(first).questions == "Vad gör vi nu?"
    assert not view.segment_notes.questions.isVisible()  # a break has no discussion questions
    view.table.selectRow(2)
    assert view.segment_notes.questions.toPlainText() == "Vad gör vi nu?"


def test_add_edit_move_and_delete_through_the_buttons(qtbot, view, workspace):
    def fill(dialog: SegmentDialog) -> None:
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no title: refused
        assert dialog.isVisible() and dialog.ui.titleProblem.text() == "Required."
        dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData(SegmentKind.BREAK))
        assert dialog.ui.title.text() == "Break"  # an empty title follows the kind
        dialog.ui.title.setText("Fika")
        dialog.ui.plannedMinutes.setValue(15)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    view.standard_button.click()
    view.table.selectRow(0)
    assert when_dialog_opens(fill) is not None
    view.add_button.click()
    assert table_titles(view)[:3] == ["Välkommen och inledning", "Fika", "Sändning del 1"]
    assert view.model.index(2, 0).data() == "09:25"  # later segments start later
    assert table_titles(view)[view.table.currentIndex().row()] == "Fika"
    assert workspace.undo_stack.undoText() == "Added segment “Fika”"

    view.up_button.click()
    assert table_titles(view)[:2] == ["Fika", "Välkommen och inledning"]
    assert not view.up_button.isEnabled()  # now first
    view.down_button.click()
    assert table_titles(view)[1] == "Fika"

    when_dialog_opens(lambda dialog: (dialog.ui.plannedMinutes.setValue(5),
                                      dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()))
    view.edit_button.click()
    assert view.model.index(1, 3).data() == "5"
    view.delete_button.click()
    assert "Fika" not in table_titles(view)
    assert workspace.undo_stack.undoText() == "Deleted segment “Fika”"
    workspace.undo_stack.undo()
    assert table_titles(view)[1] == "Fika"
    assert view.model.index(1, 3).data() == "5"


def test_the_summary_warns_when_the_agenda_outlasts_the_session(qtbot, view):
    view.standard_button.click()
    assert view.warning.text() == ""
    view.run_sheet.add(view.session_id, Segment(title="Extra", planned_minutes=25))
    view.reload()
    assert view.warning.text() == "25 min longer than the session"


def test_a_read_only_file_shows_the_run_sheet_without_editing(qtbot, workspace, clock, monkeypatch):
    session_id = add_session(workspace.document.db)
    RunSheet(workspace.document.db).add_standard_agenda(session_id)
    monkeypatch.setattr(workspace.document, "read_only", True)
    view = make_view(qtbot, workspace, session_id, clock)
    assert not view.add_button.isEnabled() and not view.delete_button.isEnabled()
    assert view.segment_notes.notes.isReadOnly()
    assert view.print_button.isEnabled()


def test_a_language_switch_relabels_the_view_at_once(qtbot, view, languages):
    view.standard_button.click()
    view.live_board.title.clear()
    view.add_button.setText("")
    languages.apply("sv")
    qtbot.waitUntil(lambda: bool(view.live_board.title.text() and view.add_button.text()))


# -- print and export ----------------------------------------------------------------------------
def test_the_printout_holds_the_session_and_every_segment():
    html = run_sheet_html(RunSheetPrintout("Digital säkerhet <del 1>", "2026-10-13  09:00–11:00", "Sal Fårö", [
        AgendaLine("09:00", "Sändning", "Inledning", 10),
        AgendaLine("09:10", "Lokalt samtal", "Samtal", 20, "Vad hörde vi?\nVad gör vi?", "Alla deltog"),
    ]))
    assert "<p class=\"document\">Run-sheet</p>" in html
    assert "<h1>Digital säkerhet &lt;del 1&gt;</h1>" in html
    assert "2026-10-13  09:00–11:00 · Room: Sal Fårö" in html
    assert "Vad hörde vi?<br>Vad gör vi?" in html
    assert html.index("Inledning") < html.index("Sändning") < html.index("Samtal") < html.index("Alla deltog")
    assert '<td class="number">30</td>' in html  # the total


def test_the_view_prints_what_was_just_typed(qtbot, view):
    view.standard_button.click()
    view.table.selectRow(2)
    view.segment_notes.notes.setPlainText("Bra samtal om säkerhet")
    html = view.printout_html()
    assert "Digital säkerhet" in html and "Sal Fårö" in html and "09:35" in html
    assert "Bra samtal om säkerhet" in html
    assert "Local discussion" in html and "Discussion questions" in html


def pdf_text(path: Path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
    return " ".join(text.split())  # table cells wrap long titles over lines


def test_export_to_pdf_and_html_through_the_file_dialog(qtbot, view, tmp_path, monkeypatch):
    view.standard_button.click()
    chosen = {"path": str(tmp_path / "korschema"), "filter": "PDF document (*.pdf)"}
    monkeypatch.setattr(run_sheet_printer.QFileDialog, "getSaveFileName",
                        lambda *args: (chosen["path"], chosen["filter"]))
    view.export_button.click()
    pdf = tmp_path / "korschema.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    text = pdf_text(pdf)
    for title in ("Digital säkerhet", "Välkommen och inledning", "Sändning del 2", "Avslutning"):
        assert title in text
    chosen.update(filter="Web page (*.html)")
    view.export_button.click()
    assert "Sändning del 1" in (tmp_path / "korschema.html").read_text(encoding="utf-8")


def test_export_to_a_folder_that_cannot_be_written_says_so(qtbot, view, tmp_path, monkeypatch):
    view.standard_button.click()
    warnings = []
    monkeypatch.setattr(run_sheet_printer.QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert not view.export_to(tmp_path / "missing" / "x.pdf")
    assert warnings and warnings[0].startswith("Could not save")


def test_print_opens_a_preview(qtbot, view):
    view.standard_button.click()
    seen = when_dialog_opens(lambda dialog: dialog.reject())
    view.print_button.click()
    assert seen and seen[0].windowTitle() == "Print Run-Sheet"


# -- the model ----------------------------------------------------------------------------------
def test_segments_model(qtmodeltester, document, session_id):
    run_sheet = RunSheet(document.db)
    model = SegmentsModel(run_sheet, session_id)
    model.refresh()
    qtmodeltester.check(model)
    run_sheet.add_standard_agenda(session_id)
    model.refresh()
    model.set_progress(1, 1)
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Minutes"
    assert model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Vad betyder")


def test_segments_model_without_a_start_time_shows_offsets(document):
    session_id = add_session(document.db, start=None)
    run_sheet = RunSheet(document.db)
    run_sheet.add_standard_agenda(session_id)
    model = SegmentsModel(run_sheet, session_id)
    model.refresh()
    assert [model.index(row, 0).data() for row in range(3)] == ["+0:00", "+0:10", "+0:35"]
