# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mail_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_MailDialog(object):
    def setupUi(self, MailDialog):
        if not MailDialog.objectName():
            MailDialog.setObjectName(u"MailDialog")
        MailDialog.resize(640, 560)
        self.dialogLayout = QVBoxLayout(MailDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.recipientsLabel = QLabel(MailDialog)
        self.recipientsLabel.setObjectName(u"recipientsLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipientsLabel)

        self.recipients = QComboBox(MailDialog)
        self.recipients.setObjectName(u"recipients")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipients)

        self.subjectLabel = QLabel(MailDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subject = QLineEdit(MailDialog)
        self.subject.setObjectName(u"subject")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subject)

        self.bodyLabel = QLabel(MailDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.body = QPlainTextEdit(MailDialog)
        self.body.setObjectName(u"body")
        self.body.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.body)

        self.placeholders = QLabel(MailDialog)
        self.placeholders.setObjectName(u"placeholders")
        self.placeholders.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeholders)


        self.dialogLayout.addLayout(self.form)

        self.templateRow = QHBoxLayout()
        self.templateRow.setObjectName(u"templateRow")
        self.saveTemplate = QPushButton(MailDialog)
        self.saveTemplate.setObjectName(u"saveTemplate")

        self.templateRow.addWidget(self.saveTemplate)

        self.resetTemplate = QPushButton(MailDialog)
        self.resetTemplate.setObjectName(u"resetTemplate")

        self.templateRow.addWidget(self.resetTemplate)

        self.templateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateRow.addItem(self.templateSpacer)


        self.dialogLayout.addLayout(self.templateRow)

        self.summary = QLabel(MailDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setText(u"")
        self.summary.setWordWrap(True)

        self.dialogLayout.addWidget(self.summary)

        self.mailButtons = QHBoxLayout()
        self.mailButtons.setObjectName(u"mailButtons")

        self.dialogLayout.addLayout(self.mailButtons)

        self.buttons = QDialogButtonBox(MailDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.recipientsLabel.setBuddy(self.recipients)
        self.subjectLabel.setBuddy(self.subject)
        self.bodyLabel.setBuddy(self.body)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recipients, self.subject)
        QWidget.setTabOrder(self.subject, self.body)

        self.retranslateUi(MailDialog)

        QMetaObject.connectSlotsByName(MailDialog)
    # setupUi

    def retranslateUi(self, MailDialog):
        MailDialog.setWindowTitle(QCoreApplication.translate("MailDialog", u"Write to Invitees", None))
        self.recipientsLabel.setText(QCoreApplication.translate("MailDialog", u"&To", None))
        self.subjectLabel.setText(QCoreApplication.translate("MailDialog", u"&Subject", None))
        self.bodyLabel.setText(QCoreApplication.translate("MailDialog", u"&Message", None))
        self.placeholders.setText(QCoreApplication.translate("MailDialog", u"{title}, {date}, {time}, {link} and {room} are filled in from the session.", None))
        self.saveTemplate.setText(QCoreApplication.translate("MailDialog", u"Save as &My Template", None))
        self.resetTemplate.setText(QCoreApplication.translate("MailDialog", u"&Reset to Standard Text", None))
    # retranslateUi

