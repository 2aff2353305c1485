# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(520, 600)
        self.dialogLayout = QVBoxLayout(SessionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleLabel = QLabel(SessionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(SessionDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.titleProblem = QLabel(SessionDialog)
        self.titleProblem.setObjectName(u"titleProblem")
        self.titleProblem.setText(u"")
        self.titleProblem.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleProblem)

        self.focusAreaLabel = QLabel(SessionDialog)
        self.focusAreaLabel.setObjectName(u"focusAreaLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.focusAreaLabel)

        self.focusArea = QComboBox(SessionDialog)
        self.focusArea.setObjectName(u"focusArea")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.focusArea)

        self.startLabel = QLabel(SessionDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = QDateTimeEdit(SessionDialog)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start)

        self.endLabel = QLabel(SessionDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.end = QDateTimeEdit(SessionDialog)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.end)

        self.endProblem = QLabel(SessionDialog)
        self.endProblem.setObjectName(u"endProblem")
        self.endProblem.setText(u"")
        self.endProblem.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.endProblem)

        self.platformLabel = QLabel(SessionDialog)
        self.platformLabel.setObjectName(u"platformLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.platformLabel)

        self.platform = QComboBox(SessionDialog)
        self.platform.setObjectName(u"platform")
        self.platform.setEditable(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.platform)

        self.joinLinkLabel = QLabel(SessionDialog)
        self.joinLinkLabel.setObjectName(u"joinLinkLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.joinLinkLabel)

        self.joinLink = QLineEdit(SessionDialog)
        self.joinLink.setObjectName(u"joinLink")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.joinLink)

        self.joinLinkProblem = QLabel(SessionDialog)
        self.joinLinkProblem.setObjectName(u"joinLinkProblem")
        self.joinLinkProblem.setText(u"")
        self.joinLinkProblem.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.joinLinkProblem)

        self.roomLabel = QLabel(SessionDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.room = QLineEdit(SessionDialog)
        self.room.setObjectName(u"room")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.room)

        self.capacityLabel = QLabel(SessionDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacity = QSpinBox(SessionDialog)
        self.capacity.setObjectName(u"capacity")
        self.capacity.setMinimumSize(QSize(130, 0))
        self.capacity.setMaximum(100000)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.capacity)

        self.statusLabel = QLabel(SessionDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(SessionDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.status)

        self.descriptionLabel = QLabel(SessionDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(SessionDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.description)


        self.dialogLayout.addLayout(self.form)

        self.overlapWarning = QLabel(SessionDialog)
        self.overlapWarning.setObjectName(u"overlapWarning")
        self.overlapWarning.setText(u"")
        self.overlapWarning.setWordWrap(True)

        self.dialogLayout.addWidget(self.overlapWarning)

        self.buttons = QDialogButtonBox(SessionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.focusAreaLabel.setBuddy(self.focusArea)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
        self.platformLabel.setBuddy(self.platform)
        self.joinLinkLabel.setBuddy(self.joinLink)
        self.roomLabel.setBuddy(self.room)
        self.capacityLabel.setBuddy(self.capacity)
        self.statusLabel.setBuddy(self.status)
        self.descriptionLabel.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.focusArea)
        QWidget.setTabOrder(self.focusArea, self.start)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.platform)
        QWidget.setTabOrder(self.platform, self.joinLink)
        QWidget.setTabOrder(self.joinLink, self.room)
        QWidget.setTabOrder(self.room, self.capacity)
        QWidget.setTabOrder(self.capacity, self.status)
        QWidget.setTabOrder(self.status, self.description)

        self.retranslateUi(SessionDialog)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Session", None))
        self.titleLabel.setText(QCoreApplication.translate("SessionDialog", u"&Title", None))
        self.focusAreaLabel.setText(QCoreApplication.translate("SessionDialog", u"&Focus area", None))
        self.startLabel.setText(QCoreApplication.translate("SessionDialog", u"&Starts", None))
        self.endLabel.setText(QCoreApplication.translate("SessionDialog", u"&Ends", None))
        self.platformLabel.setText(QCoreApplication.translate("SessionDialog", u"&Platform", None))
        self.joinLinkLabel.setText(QCoreApplication.translate("SessionDialog", u"&Join link", None))
        self.joinLink.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"https://teams.microsoft.com/l/meetup-join/\u2026", None))
        self.roomLabel.setText(QCoreApplication.translate("SessionDialog", u"&Room", None))
        self.capacityLabel.setText(QCoreApplication.translate("SessionDialog", u"&Capacity", None))
        self.capacity.setSpecialValueText(QCoreApplication.translate("SessionDialog", u"No limit", None))
        self.statusLabel.setText(QCoreApplication.translate("SessionDialog", u"St&atus", None))
        self.descriptionLabel.setText(QCoreApplication.translate("SessionDialog", u"&Description", None))
    # retranslateUi

