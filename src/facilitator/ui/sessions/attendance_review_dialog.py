"""Review an attendance report before it is recorded: who matched an invitee for certain,
who only probably (confirm or choose), and who matched nobody (add as a walk-in or ignore).
Every decision shows at once in its row and in the counts. Importing the same report
again changes nothing.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QWidget,
)

from ...formats.attendance import AttendanceReport
from ...services.attendance_import import (
    OVERLAP_WORTH_SAYING,
    Action,
    AttendanceImport,
    Choice,
    Review,
    ReviewItem,
    SessionFit,
    Status,
)
from ..common.list_page import small_table
from ..common.rows_model import RowsModel
from ..forms.ui_attendance_review_dialog import Ui_AttendanceReviewDialog

HEADERS = [QT_TRANSLATE_NOOP("AttendanceReviewDialog", "In the report"),
           QT_TRANSLATE_NOOP("AttendanceReviewDialog", "Email"),
           QT_TRANSLATE_NOOP("AttendanceReviewDialog", "Minutes"),
           QT_TRANSLATE_NOOP("AttendanceReviewDialog", "Match"),
           QT_TRANSLATE_NOOP("AttendanceReviewDialog", "Person"),
           QT_TRANSLATE_NOOP("AttendanceReviewDialog", "Will be")]
MATCH, BECOMES = 3, 5
STATUS_ORDER = {Status.UNCERTAIN: 0, Status.UNMATCHED: 1, Status.MATCHED: 2}


class ReviewModel(RowsModel):
    """The review's rows, with a tooltip where a cell needs explaining."""

    def __init__(self, parent=None):
        super().__init__("AttendanceReviewDialog", HEADERS, parent, numeric_columns=[2])
        self._tips: list[dict[int, str]] = []

    def set_review(self, rows: list[tuple], tips: list[dict[int, str]]) -> None:
        self._tips = tips
        self.set_rows(rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return self._tips[index.row()].get(index.column())
        return super().data(index, role)


class AttendanceReviewDialog(QDialog):
    def __init__(self, importer: AttendanceImport, report: AttendanceReport, session_id: int,
                 minimum_minutes: int, names: dict[int, str], parent: QWidget | None = None,
                 fit: SessionFit | None = None):
        super().__init__(parent)
        self.ui = Ui_AttendanceReviewDialog()
        self.ui.setupUi(self)
        self._importer = importer
        self._report = report
        self._session_id = session_id
        self._names = names  # person id -> "Given Family", for showing matches
        self._fit = fit
        self.decisions: dict[int, Choice] = {}  # participant line -> the user's choice
        self.model = ReviewModel(self)
        table = small_table(self.ui.participants, self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ui.minimum.setValue(minimum_minutes)
        self.ui.minimum.valueChanged.connect(self.recompute)
        self.ui.confirmButton.clicked.connect(self.confirm_selected)
        self.ui.chooseButton.clicked.connect(self.choose_person)
        self.ui.walkInButton.clicked.connect(lambda: self._decide(lambda item: Choice(Action.WALK_IN)))
        self.ui.ignoreButton.clicked.connect(lambda: self._decide(lambda item: Choice(Action.IGNORE)))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.review: Review | None = None
        self.recompute()
        self._size_columns()

    def recompute(self) -> None:
        """Match again (the minimum time decides who counts as present)."""
        self.review = self._importer.review(self._report, self._session_id, minimum_minutes=self.ui.minimum.value())
        self.items = sorted(self.review.items, key=lambda item: (STATUS_ORDER[item.status], item.participant.name))
        self._show()

    def choice(self, item: ReviewItem) -> Choice:
        line = item.participant.line
        if line in self.decisions:
            return self.decisions[line]
        if item.status == Status.MATCHED and item.person_id is not None:
            return Choice.confirm(item.person_id)
        return Choice(Action.IGNORE)

    def _show(self) -> None:
        rows = [self._row(item) for item in self.items]
        self.model.set_review([row for row, _ in rows], [tips for _, tips in rows])
        undecided = [item for item in self.items if item.participant.line not in self.decisions]
        chosen = [self.choice(item) for item in self.items]
        self.ui.counts.setText(self.tr("%1 matched · %2 to check · %3 not matched · %4 will be recorded")
                               .replace("%1", str(sum(choice.action == Action.CONFIRM for choice in chosen)))
                               .replace("%2", str(sum(item.status == Status.UNCERTAIN for item in undecided)))
                               .replace("%3", str(sum(item.status == Status.UNMATCHED for item in undecided)))
                               .replace("%4", str(sum(choice.action != Action.IGNORE for choice in chosen))))
        self.ui.notes.setText(self._notes())
        self.ui.notes.setVisible(bool(self.ui.notes.text()))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record Attendance"))

    def _row(self, item: ReviewItem) -> tuple[tuple, dict[int, str]]:
        participant, choice = item.participant, self.choice(item)
        shown_id = choice.person_id or item.person_id or (item.candidates[0].person_id if item.candidates else None)
        person = self._names.get(shown_id, "") if shown_id else ""
        if item.status == Status.UNCERTAIN and item.candidates and choice.action != Action.CONFIRM \
                and not item.email_differs:  # a near miss: how near
            person = f"{person} ({item.candidates[0].score:.0f} %)"
        tips = {}
        if participant.overlap_minutes >= OVERLAP_WORTH_SAYING:
            tips[2] = self.tr("Connected from two devices at once: %1 minutes added up, %2 minutes in the "
                              "meeting. The overlap is counted once.").replace(
                "%1", str(participant.connected_minutes)).replace("%2", str(participant.minutes))
        if item.email_differs and item.participant.line not in self.decisions:
            tips[MATCH] = self.tr("The name matches, but the report's address %1 is not the one in the register. "
                                  "Confirm it is the same person.").replace("%1", participant.email or participant.upn)
        row = (participant.name, participant.email or participant.upn, participant.minutes,
               self._match_text(item, choice), person, self._becomes(choice, participant.minutes))
        return row, tips

    def _match_text(self, item: ReviewItem, choice: Choice) -> str:
        """How the participant is matched: the review's finding, or the lead's decision once made."""
        if item.participant.line in self.decisions:
            return {Action.CONFIRM: self.tr("Confirmed"), Action.WALK_IN: self.tr("New person"),
                    Action.IGNORE: self.tr("Ignored")}[choice.action]
        return {Status.MATCHED: self.tr("Certain"), Status.UNCERTAIN: self.tr("Probable"),
                Status.UNMATCHED: self.tr("Nobody")}[item.status]

    def _becomes(self, choice: Choice, minutes: int) -> str:
        if choice.action == Action.CONFIRM:
            return self.tr("Present") if minutes >= self.ui.minimum.value() else self.tr("Too short: absent")
        return {Action.WALK_IN: self.tr("Added as walk-in"), Action.IGNORE: self.tr("Not recorded")}[choice.action]

    def _notes(self) -> str:
        notes = []
        fit = self._fit
        if fit is not None and fit.title_differs:
            notes.append(self.tr("The report's meeting is called “%1”; this session is “%2”.")
                         .replace("%1", fit.report_title).replace("%2", fit.session_title))
        overlapping = len(self.review.overlapping) if self.review else 0
        if overlapping:
            notes.append(self.tr("%n participant(s) were connected from two devices at once; the time their "
                                 "connections overlap is counted once.", "", overlapping))
        return "\n".join(notes)

    def _size_columns(self) -> None:
        """Every outcome and match word fits; the name takes what is left."""
        metrics = self.ui.participants.fontMetrics()
        padding = 24

        def fits(*texts: str) -> int:
            return max(metrics.horizontalAdvance(text) for text in texts) + padding

        header = self.ui.participants.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        titles = [self.model.headerData(column, Qt.Orientation.Horizontal) for column in range(len(HEADERS))]
        widths = {1: max(fits(titles[1]), 200), 2: fits(titles[2], "0000"),
                  MATCH: fits(titles[MATCH], self.tr("Certain"), self.tr("Probable"), self.tr("Nobody"),
                              self.tr("Confirmed"), self.tr("New person"), self.tr("Ignored")),
                  4: max(fits(titles[4]), 180),
                  BECOMES: fits(titles[BECOMES], self.tr("Present"), self.tr("Too short: absent"),
                                self.tr("Added as walk-in"), self.tr("Not recorded"))}
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.ui.participants.setColumnWidth(column, width)
        needed = sum(widths.values()) + 200 + 60  # the name column, the scroll bar and the margins
        if self.width() < needed:
            self.resize(needed, self.height())

    # -- the user's decisions --------------------------------------------------------------
    def selected_items(self) -> list[ReviewItem]:
        return [self.items[index.row()] for index in self.ui.participants.selectionModel().selectedRows()]

    def _decide(self, decide) -> None:
        for item in self.selected_items():
            self.decisions[item.participant.line] = decide(item)
        self._show_keeping_selection()

    def confirm_selected(self) -> None:
        """Confirm the best candidate of each selected participant that has one."""
        for item in self.selected_items():
            best = item.person_id or (item.candidates[0].person_id if item.candidates else None)
            if best is not None:
                self.decisions[item.participant.line] = Choice.confirm(best)
        self._show_keeping_selection()

    def choose_person(self) -> None:
        items = self.selected_items()
        if len(items) != 1:
            return
        names = sorted(self._names.items(), key=lambda pair: pair[1])
        labels_ = [name for _, name in names]
        chosen, ok = QInputDialog.getItem(self, self.tr("Choose Person"), self.tr(
            "Who is %1?").replace("%1", items[0].participant.name), labels_, 0, True)
        if ok and chosen in labels_:
            self.decisions[items[0].participant.line] = Choice.confirm(names[labels_.index(chosen)][0])
            self._show_keeping_selection()

    def _show_keeping_selection(self) -> None:
        """Redraw the rows (they keep their places) and keep the same rows selected."""
        rows = sorted(index.row() for index in self.ui.participants.selectionModel().selectedRows())
        self._show()
        selection = self.ui.participants.selectionModel()
        for row in rows:
            selection.select(self.model.index(row, 0),
                             QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)

    def apply(self):
        """Record the attendance (one transaction); returns the service's result."""
        return self._importer.apply(self.review, {item.participant.line: self.choice(item) for item in self.items})

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            if self.review is not None:
                self._show()
                self._size_columns()
        super().changeEvent(event)
