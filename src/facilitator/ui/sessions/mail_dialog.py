"""Write to a session's invitees with the lead's own mail program: the invitees go in
BCC, split into several mails when one link would be too long for the mail program,
and "Copy addresses" always works, whatever the program.
"""

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from ...domain.enums import InvitationStatus
from ...formats.mailto import TooLongForLink
from ...options import Options
from ...services.mail import Mail, default_template
from ..forms.ui_mail_dialog import Ui_MailDialog

# Who a mail goes to: everyone still expecting the session, those who have not
# answered (a reminder), those who accepted (practical details).
RECIPIENTS = {
    "expecting": (InvitationStatus.INVITED, InvitationStatus.ACCEPTED, InvitationStatus.NO_REPLY),
    "unanswered": (InvitationStatus.INVITED, InvitationStatus.NO_REPLY),
    "accepted": (InvitationStatus.ACCEPTED,),
}


class MailDialog(QDialog):
    def __init__(self, mail: Mail, options: Options, language: str, session_id: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MailDialog()
        self.ui.setupUi(self)
        self._mail = mail
        self._options = options
        self._language = language
        self._session_id = session_id
        self.links: list[str] = []
        self._counts = (0, 0, False)  # addresses, invitees without one, message too long for a link
        self._fill_recipients()
        self._load_template()
        self.ui.recipients.currentIndexChanged.connect(self.update_links)
        self.ui.subject.textChanged.connect(self.update_links)
        self.ui.body.textChanged.connect(self.update_links)
        self.ui.saveTemplate.clicked.connect(self._save_template)
        self.ui.resetTemplate.clicked.connect(self._reset_template)
        self.ui.buttons.rejected.connect(self.reject)
        self.update_links()

    def _fill_recipients(self) -> None:
        for key in RECIPIENTS:
            self.ui.recipients.addItem("", key)
        self._label_recipients()

    def _label_recipients(self) -> None:
        """Name the choices in the interface language (no database access)."""
        for index, text in enumerate((self.tr("Everyone invited who has not declined"),
                                      self.tr("Those who have not answered"), self.tr("Those who accepted"))):
            self.ui.recipients.setItemText(index, text)

    def _load_template(self) -> None:
        saved = self._options.mail_template(self._language)
        template = default_template(self._language)
        subject, body = saved if saved else (template.subject, template.body)
        self.ui.subject.setText(subject)
        self.ui.body.setPlainText(body)

    def _save_template(self) -> None:
        self._options.set_mail_template(self._language, self.ui.subject.text(), self.ui.body.toPlainText())
        self.ui.summary.setText(self.tr("Saved as your template for new mails."))

    def _reset_template(self) -> None:
        self._options.reset_mail_template(self._language)
        self._load_template()

    def statuses(self) -> tuple[InvitationStatus, ...]:
        return RECIPIENTS[self.ui.recipients.currentData()]

    def update_links(self) -> None:
        """Recompute the mails (and their buttons) for the chosen people and text."""
        statuses = self.statuses()
        addresses = self._mail.addresses(self._session_id, statuses)
        try:
            self.links = self._mail.batches(self._session_id, self._language, self.ui.subject.text(),
                                            self.ui.body.toPlainText(), to=self._options.lead_email,
                                            statuses=statuses) if addresses else []
            too_long = False
        except TooLongForLink:
            self.links, too_long = [], True
        self._counts = (len(addresses), self._mail.without_address(self._session_id), too_long)
        self._show_buttons()

    def _show_buttons(self) -> None:
        """The mail buttons and the summary, in the interface language (no database access)."""
        addresses, without, too_long = self._counts
        layout = self.ui.mailButtons
        while layout.count():
            widget = layout.takeAt(0).widget()  # None for the stretch
            if widget is not None:
                widget.deleteLater()
        for number, link in enumerate(self.links, start=1):
            text = self.tr("&Open in Mail Program") if len(self.links) == 1 \
                else self.tr("Open Mail %1 of %2").replace("%1", str(number)).replace("%2", str(len(self.links)))
            button = QPushButton(text)
            button.clicked.connect(lambda checked=False, link=link: QDesktopServices.openUrl(QUrl(link)))
            layout.addWidget(button)
        copy = QPushButton(self.tr("&Copy Addresses"))
        copy.setEnabled(addresses > 0)
        copy.clicked.connect(self.copy_addresses)
        layout.addWidget(copy)
        layout.addStretch()
        parts = [self.tr("%n address(es) in BCC.", "", addresses)]
        if len(self.links) > 1:
            parts.append(self.tr("Mail programs accept only so many addresses in one go, so this is "
                                 "%n mails: open each one and send it.", "", len(self.links)))
        if too_long:
            parts.append(self.tr("The message is too long to hand to the mail program: copy the "
                                 "addresses and paste them, and the text, into a new mail."))
        if without:
            parts.append(self.tr("%n invitee(s) have no email address.", "", without))
        self.ui.summary.setText(" ".join(parts))

    def copy_addresses(self) -> None:
        QGuiApplication.clipboard().setText(self._mail.addresses_text(self._session_id, self.statuses()))
        self.ui.summary.setText(self.tr("The addresses are on the clipboard: paste them into the BCC field."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._label_recipients()
            self._show_buttons()
        super().changeEvent(event)
