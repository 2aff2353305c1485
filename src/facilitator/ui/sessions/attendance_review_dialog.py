"""Review an attendance report before it is recorded: who matched an invitee for certain,
who only probably (confirm or choose), and who matched nobody (add as a walk-in or ignore).
Importing the same report again changes nothing.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QInputDialog, QWidget

from ...formats.attendance_reports import AttendanceReport
from ...services.attendance_import import Action, AttendanceImport, Choice, Review, ReviewItem, Status
from ..common.list_page import small_table
from ..common.rows_model import RowsModel
from ..forms.ui_attendance_review_dialog import Ui_AttendanceReviewDialog

HEADERS = [QT_TRANSLATE_NOOP("AttendanceReviewDialog", "In the report"),
           QT_TRANSLATE_NOOP("AttendanceReviewDialog", "Email"),
           QT_TRANSLATE_NOOP("AttendanceReviewDialog", "Minutes"),
           QT_TRANSLATE_NOOP("AttendanceReviewDialog", "Match"),
           QT_TRANSLATE_NOOP("AttendanceReviewDialog", "Person"),
           QT_TRANSLATE_NOOP("AttendanceReviewDialog", "Will be")]
STATUS_ORDER = {Status.UNCERTAIN: 0, Status.UNMATCHED: 1, Status.MATCHED: 2}


class AttendanceReviewDialog(QDialog):
    def __init__(self, importer: AttendanceImport, report: AttendanceReport, session_id: int,
                 minimum_minutes: int, names: dict[int, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AttendanceReviewDialog()
        self.ui.setupUi(self)
        self._importer = importer
        self._report = report
        self._session_id = session_id
        self._names = names  # person id -> "Given Family", for showing matches
        self.decisions: dict[int, Choice] = {}  # participant line -> the user's choice
        self.model = RowsModel("AttendanceReviewDialog", HEADERS, self, numeric_columns=[2])
        table = small_table(self.ui.participants, self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((200, 210, 70, 110, 180)):
            table.setColumnWidth(column, width)
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
        self.model.set_rows([self._row(item) for item in self.items])
        chosen = [self.choice(item) for item in self.items]
        recorded = sum(choice.action != Action.IGNORE for choice in chosen)
        self.ui.counts.setText(self.tr("%1 matched · %2 to check · %3 not matched · %4 will be recorded")
                               .replace("%1", str(len(self.review.matched)))
                               .replace("%2", str(len(self.review.uncertain)))
                               .replace("%3", str(len(self.review.unmatched))).replace("%4", str(recorded)))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record Attendance"))

    def _row(self, item: ReviewItem) -> tuple:
        participant, choice = item.participant, self.choice(item)
        status = {Status.MATCHED: self.tr("Certain"), Status.UNCERTAIN: self.tr("Probably"),
                  Status.UNMATCHED: self.tr("Nobody")}[item.status]
        shown_id = choice.person_id or item.person_id or (item.candidates[0].person_id if item.candidates else None)
        person = self._names.get(shown_id, "") if shown_id else ""
        if item.status == Status.UNCERTAIN and item.candidates and choice.action != Action.CONFIRM:
            person = f"{person} ({item.candidates[0].score:.0f} %)"
        present = participant.minutes >= self.ui.minimum.value()
        will_be = {Action.CONFIRM: self.tr("Present") if present else self.tr("Too short: absent"),
                   Action.WALK_IN: self.tr("Added as walk-in"), Action.IGNORE: self.tr("Not recorded")}[choice.action]
        return (participant.name, participant.email or participant.upn, participant.minutes, status, person, will_be)

    # -- the user's decisions --------------------------------------------------------------
    def selected_items(self) -> list[ReviewItem]:
        return [self.items[index.row()] for index in self.ui.participants.selectionModel().selectedRows()]

    def _decide(self, decide) -> None:
        for item in self.selected_items():
            self.decisions[item.participant.line] = decide(item)
        self._show()

    def confirm_selected(self) -> None:
        """Confirm the best candidate of each selected participant that has one."""
        for item in self.selected_items():
            best = item.person_id or (item.candidates[0].person_id if item.candidates else None)
            if best is not None:
                self.decisions[item.participant.line] = Choice.confirm(best)
        self._show()

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
            self._show()

    def apply(self):
        """Record the attendance (one transaction); returns the service's result."""
        return self._importer.apply(self.review, {item.participant.line: self.choice(item) for item in self.items})

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            if self.review is not None:
                self._show()
        super().changeEvent(event)
