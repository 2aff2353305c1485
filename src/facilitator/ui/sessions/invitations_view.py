"""A session's invitations: invite in bulk (everyone not yet invited, an organisation, a
category, or people picked by search), record answers for a selection at once, and see
counts by answer and organisation, and who has not been invited to anything yet.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from ... import labels
from ...domain.enums import InvitationStatus, PersonCategory
from ...store.invitations import WhoToInvite
from ..common.lazy_table import ID_ROLE
from ..common.list_page import counts_table, data_table, list_beside_panel, stretch_column
from ..common.resources import icon
from ..common.rows_model import RowsModel
from ..common.workspace import Workspace
from .invitations_model import InvitationsModel
from .invite_people_dialog import InvitePeopleDialog

ORGANISATION_HEADERS = [QT_TRANSLATE_NOOP("InvitationsView", "Organisation"),
                        QT_TRANSLATE_NOOP("InvitationsView", "Invited"),
                        QT_TRANSLATE_NOOP("InvitationsView", "Accepted"),
                        QT_TRANSLATE_NOOP("InvitationsView", "Attended")]
COLUMN_WIDTHS = [180, 170, 150, 90, 120, 75, 0]


class InvitationsView(QWidget):
    def __init__(self, workspace: Workspace, session_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.session_id = session_id
        self.model = InvitationsModel(workspace.invitations, session_id, self)
        self.table = data_table()
        self.table.setModel(self.model)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        stretch_column(self.table, len(COLUMN_WIDTHS) - 1)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.summary = QLabel()
        self.invite_button = QToolButton(popupMode=QToolButton.ToolButtonPopupMode.InstantPopup,
                                         toolButtonStyle=Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.invite_button.setIcon(icon("add"))
        self.status_button = QToolButton(popupMode=QToolButton.ToolButtonPopupMode.InstantPopup)
        self.note_button = QPushButton()
        self.remove_button = QPushButton()
        self.by_organisation = RowsModel("InvitationsView", ORGANISATION_HEADERS, self)
        self.never_invited_label = QLabel(wordWrap=True)
        self.invite_never_invited = QPushButton()
        self._build_actions()
        self._lay_out()
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(lambda: self._reload_table(self.search.text()))
        self.search.textChanged.connect(self._search_timer.start)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        workspace.changed.connect(self._on_changed)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.retranslate()
        self.reload()

    # -- building ---------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.invite_menu = QMenu(self)
        self.invite_everyone = self.invite_menu.addAction("", self.invite_all_not_invited)
        self.invite_organisation = self.invite_menu.addAction("", self.choose_organisation)
        self.invite_category = self.invite_menu.addAction("", self.choose_category)
        self.invite_search = self.invite_menu.addAction("", self.choose_people)
        self.invite_button.setMenu(self.invite_menu)
        self.status_menu = QMenu(self)
        self.status_actions: dict[InvitationStatus, QAction] = {}
        for key, status in zip("1234", (InvitationStatus.ACCEPTED, InvitationStatus.DECLINED,
                                        InvitationStatus.NO_REPLY, InvitationStatus.INVITED)):
            action = self.status_menu.addAction("", lambda status=status: self.set_status(status))
            action.setShortcut(f"Alt+{key}")
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.status_actions[status] = action
            self.table.addAction(action)
        self.status_button.setMenu(self.status_menu)
        self.note_button.clicked.connect(self.edit_note)
        self.remove_button.clicked.connect(self.remove_selected)
        self.invite_never_invited.clicked.connect(self.invite_people_never_invited)

    def _lay_out(self) -> None:
        tools = QHBoxLayout()
        for widget in (self.invite_button, self.status_button, self.note_button, self.remove_button):
            tools.addWidget(widget)
        tools.addStretch()
        tools.addWidget(self.summary)
        self.organisations_heading = QLabel(objectName="subheading")
        self.never_heading = QLabel(objectName="subheading")
        list_beside_panel(self, [tools, self.search, self.table],
                          [self.organisations_heading, (counts_table(self.by_organisation), 3), self.never_heading,
                           self.never_invited_label, self.invite_never_invited, 1], panel_width=340)

    # -- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        self._reload_table(self.search.text())
        counts = self.workspace.invitations.counts_by_status(self.session_id)
        parts = [f"{labels.invitation_status(status)}: {count}" for status, count in counts.items()]
        self.summary.setText("  ·  ".join(parts))
        self.by_organisation.set_rows([
            (row["organisation"] or self.tr("(no organisation)"), row["invited"], row["accepted"], row["present"])
            for row in self.workspace.invitations.counts_by_organisation(self.session_id)])
        never = self.workspace.invitations.never_invited()
        names = self.workspace.people.rows(never[:12])
        listed = ", ".join(f"{names[i]['given_name']} {names[i]['family_name']}" for i in never[:12] if i in names)
        more = len(never) - 12
        self.never_invited_label.setText(
            (listed + (self.tr(" and %n more", "", more) if more > 0 else "")) if never
            else self.tr("Everyone in the register has been invited to a session."))
        self.invite_never_invited.setVisible(bool(never))
        self.invite_never_invited.setText(self.tr("Invite these %n to this session", "", len(never)))
        self._update_buttons()

    def _reload_table(self, text: str) -> None:
        selected = self.selected_ids()
        self.model.set_text(text)
        for invitation_id in selected[:1]:
            row = self.model.row_of(invitation_id)
            if row >= 0:
                self.table.selectRow(row)

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & {"invitations", "people", "attendance", "organisations"}:
            self.reload()

    def selected_ids(self) -> list[int]:
        return [index.data(ID_ROLE) for index in self.table.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_ids()) and not self.workspace.document.read_only
        for widget in (self.status_button, self.note_button, self.remove_button):
            widget.setEnabled(chosen)

    # -- inviting ------------------------------------------------------------------
    def invite(self, who: WhoToInvite, description: str) -> None:
        if not self._confirm_inviting():
            return
        change = self.workspace.invitations.invite(self.session_id, who)
        added = len(change.ids("invitations"))
        if not added:
            self.workspace.message.emit(self.tr("Everyone chosen was already invited."))
            return
        self.workspace.record(self.tr("Invited %1").replace("%1", description)
                              + " " + self.tr("(%n new)", "", added), change)

    def _confirm_inviting(self) -> bool:
        reason = self.workspace.invitations.needs_confirmation(self.session_id)
        if reason is None:
            return True
        question = self.tr("This session is cancelled. Invite people to it anyway?") if reason == "cancelled" \
            else self.tr("This session has already taken place. Invite people to it anyway?")
        answer = QMessageBox.question(self, self.tr("Invite"), question)
        return answer == QMessageBox.StandardButton.Yes

    def invite_all_not_invited(self) -> None:
        self.invite(WhoToInvite(everyone_not_invited=True), self.tr("everyone not yet invited"))

    def invite_people_never_invited(self) -> None:
        never = self.workspace.invitations.never_invited()
        if never:
            self.invite(WhoToInvite(person_ids=tuple(never)), self.tr("people not invited to any session"))

    def choose_organisation(self) -> None:
        organisations = self.workspace.register.organisation_names()
        names = [name for _, name in organisations]
        name, ok = QInputDialog.getItem(self, self.tr("Invite an organisation"),
                                        self.tr("Invite everyone active in:"), names, 0, False)
        if ok and name:
            organisation_id = organisations[names.index(name)][0]
            self.invite(WhoToInvite(organisation_id=organisation_id), name)

    def choose_category(self) -> None:
        categories = list(PersonCategory)
        names = [labels.category(category) for category in categories]
        name, ok = QInputDialog.getItem(self, self.tr("Invite a category"),
                                        self.tr("Invite everyone active who is:"), names, 0, False)
        if ok and name:
            self.invite(WhoToInvite(category=categories[names.index(name)]), name.lower())

    def choose_people(self) -> None:
        dialog = InvitePeopleDialog(self.workspace, self)
        if dialog.exec() and dialog.chosen_ids():
            ids = dialog.chosen_ids()
            description = self.tr("%n chosen people", "", len(ids))
            self.invite(WhoToInvite(person_ids=tuple(ids)), description)

    # -- answers, notes, removal ------------------------------------------------------
    def set_status(self, status: InvitationStatus) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        change = self.workspace.invitations.set_status(ids, status)
        if not change.is_empty():
            self.workspace.record(self.tr("Marked %n invitee(s) as %1", "", len(ids))
                                  .replace("%1", labels.invitation_status(status).lower()), change)

    def edit_note(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        current = self.model.row_data(self.model.row_of(ids[0])).get("note", "")
        note, ok = QInputDialog.getMultiLineText(self, self.tr("Note"), self.tr("Note on this invitation:"), current)
        if ok and note != current:
            change = self.workspace.invitations.set_note(ids[0], note)
            self.workspace.record(self.tr("Changed a note"), change)

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            change = self.workspace.invitations.remove(ids)
            self.workspace.record(self.tr("Removed %n invitation(s)", "", len(ids)), change)

    # -- language -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.invite_button.setText(self.tr("&Invite"))
        self.invite_everyone.setText(self.tr("Everyone Not Yet Invited"))
        self.invite_organisation.setText(self.tr("An Organisation…"))
        self.invite_category.setText(self.tr("A Category…"))
        self.invite_search.setText(self.tr("People I Choose…"))
        self.status_button.setText(self.tr("&Answer"))
        for status, action in self.status_actions.items():
            action.setText(labels.invitation_status(status))
        self.note_button.setText(self.tr("N&ote…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.search.setPlaceholderText(self.tr("Filter the invitees"))
        self.search.setAccessibleName(self.tr("Filter the invitees"))
        self.table.setAccessibleName(self.tr("Invitees"))
        self.organisations_heading.setText(self.tr("By organisation"))
        self.never_heading.setText(self.tr("Not invited to any session yet"))
        self.model.retranslate()
        self.by_organisation.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
