# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attendance_review_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

class Ui_AttendanceReviewDialog(object):
    def setupUi(self, AttendanceReviewDialog):
        if not AttendanceReviewDialog.objectName():
            AttendanceReviewDialog.setObjectName(u"AttendanceReviewDialog")
        AttendanceReviewDialog.resize(1000, 600)
        self.dialogLayout = QVBoxLayout(AttendanceReviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.reportLabel = QLabel(AttendanceReviewDialog)
        self.reportLabel.setObjectName(u"reportLabel")
        self.reportLabel.setText(u"")
        self.reportLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.reportLabel)

        self.thresholdRow = QHBoxLayout()
        self.thresholdRow.setObjectName(u"thresholdRow")
        self.minimumLabel = QLabel(AttendanceReviewDialog)
        self.minimumLabel.setObjectName(u"minimumLabel")

        self.thresholdRow.addWidget(self.minimumLabel)

        self.minimum = QSpinBox(AttendanceReviewDialog)
        self.minimum.setObjectName(u"minimum")
        self.minimum.setMaximum(600)

        self.thresholdRow.addWidget(self.minimum)

        self.thresholdSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.thresholdRow.addItem(self.thresholdSpacer)

        self.counts = QLabel(AttendanceReviewDialog)
        self.counts.setObjectName(u"counts")
        self.counts.setText(u"")

        self.thresholdRow.addWidget(self.counts)


        self.dialogLayout.addLayout(self.thresholdRow)

        self.participants = QTableView(AttendanceReviewDialog)
        self.participants.setObjectName(u"participants")

        self.dialogLayout.addWidget(self.participants)

        self.notes = QLabel(AttendanceReviewDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setText(u"")
        self.notes.setWordWrap(True)

        self.dialogLayout.addWidget(self.notes)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.confirmButton = QPushButton(AttendanceReviewDialog)
        self.confirmButton.setObjectName(u"confirmButton")

        self.actionRow.addWidget(self.confirmButton)

        self.chooseButton = QPushButton(AttendanceReviewDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.actionRow.addWidget(self.chooseButton)

        self.walkInButton = QPushButton(AttendanceReviewDialog)
        self.walkInButton.setObjectName(u"walkInButton")

        self.actionRow.addWidget(self.walkInButton)

        self.ignoreButton = QPushButton(AttendanceReviewDialog)
        self.ignoreButton.setObjectName(u"ignoreButton")

        self.actionRow.addWidget(self.ignoreButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)


        self.dialogLayout.addLayout(self.actionRow)

        self.buttons = QDialogButtonBox(AttendanceReviewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.minimumLabel.setBuddy(self.minimum)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AttendanceReviewDialog)

        QMetaObject.connectSlotsByName(AttendanceReviewDialog)
    # setupUi

    def retranslateUi(self, AttendanceReviewDialog):
        AttendanceReviewDialog.setWindowTitle(QCoreApplication.translate("AttendanceReviewDialog", u"Import Attendance Report", None))
        self.minimumLabel.setText(QCoreApplication.translate("AttendanceReviewDialog", u"Present after at least", None))
        self.minimum.setSuffix(QCoreApplication.translate("AttendanceReviewDialog", u" min", None))
        self.confirmButton.setText(QCoreApplication.translate("AttendanceReviewDialog", u"&Confirm Match", None))
        self.chooseButton.setText(QCoreApplication.translate("AttendanceReviewDialog", u"C&hoose Person\u2026", None))
        self.walkInButton.setText(QCoreApplication.translate("AttendanceReviewDialog", u"Add as &Walk-in", None))
        self.ignoreButton.setText(QCoreApplication.translate("AttendanceReviewDialog", u"I&gnore", None))
    # retranslateUi

