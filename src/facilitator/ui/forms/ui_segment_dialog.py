# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'segment_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_SegmentDialog(object):
    def setupUi(self, SegmentDialog):
        if not SegmentDialog.objectName():
            SegmentDialog.setObjectName(u"SegmentDialog")
        SegmentDialog.resize(420, 200)
        self.dialogLayout = QVBoxLayout(SegmentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kindLabel = QLabel(SegmentDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(SegmentDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.titleLabel = QLabel(SegmentDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(SegmentDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.titleProblem = QLabel(SegmentDialog)
        self.titleProblem.setObjectName(u"titleProblem")
        self.titleProblem.setText(u"")
        self.titleProblem.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleProblem)

        self.plannedMinutesLabel = QLabel(SegmentDialog)
        self.plannedMinutesLabel.setObjectName(u"plannedMinutesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.plannedMinutesLabel)

        self.plannedMinutes = QSpinBox(SegmentDialog)
        self.plannedMinutes.setObjectName(u"plannedMinutes")
        self.plannedMinutes.setMinimum(0)
        self.plannedMinutes.setMaximum(480)
        self.plannedMinutes.setSingleStep(5)
        self.plannedMinutes.setValue(10)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.plannedMinutes)


        self.dialogLayout.addLayout(self.form)

        self.hint = QLabel(SegmentDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.dialogLayout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(SegmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.titleLabel.setBuddy(self.title)
        self.plannedMinutesLabel.setBuddy(self.plannedMinutes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.title)
        QWidget.setTabOrder(self.title, self.plannedMinutes)

        self.retranslateUi(SegmentDialog)

        QMetaObject.connectSlotsByName(SegmentDialog)
    # setupUi

    def retranslateUi(self, SegmentDialog):
        SegmentDialog.setWindowTitle(QCoreApplication.translate("SegmentDialog", u"Segment", None))
        self.kindLabel.setText(QCoreApplication.translate("SegmentDialog", u"&Kind", None))
        self.titleLabel.setText(QCoreApplication.translate("SegmentDialog", u"&Title", None))
        self.title.setPlaceholderText(QCoreApplication.translate("SegmentDialog", u"e.g. Broadcast part 1", None))
        self.plannedMinutesLabel.setText(QCoreApplication.translate("SegmentDialog", u"Planned &length", None))
        self.plannedMinutes.setSuffix(QCoreApplication.translate("SegmentDialog", u" min", None))
        self.hint.setText(QCoreApplication.translate("SegmentDialog", u"Discussion questions and notes are typed beside the run-sheet.", None))
    # retranslateUi

