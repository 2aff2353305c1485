# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_dialog.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_StartDialog(object):
    def setupUi(self, StartDialog):
        if not StartDialog.objectName():
            StartDialog.setObjectName(u"StartDialog")
        StartDialog.resize(560, 420)
        self.dialogLayout = QVBoxLayout(StartDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(StartDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.countyLabel = QLabel(StartDialog)
        self.countyLabel.setObjectName(u"countyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.countyLabel)

        self.county = QComboBox(StartDialog)
        self.county.setObjectName(u"county")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.county)

        self.programmeLabel = QLabel(StartDialog)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programme = QLineEdit(StartDialog)
        self.programme.setObjectName(u"programme")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.programme)

        self.targetLabel = QLabel(StartDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.target = QSpinBox(StartDialog)
        self.target.setObjectName(u"target")
        self.target.setMaximum(100000)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.target)


        self.dialogLayout.addLayout(self.form)

        self.location = QLabel(StartDialog)
        self.location.setObjectName(u"location")
        self.location.setText(u"")
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.location)

        self.otherChoices = QHBoxLayout()
        self.otherChoices.setObjectName(u"otherChoices")
        self.demoButton = QPushButton(StartDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.otherChoices.addWidget(self.demoButton)

        self.openButton = QPushButton(StartDialog)
        self.openButton.setObjectName(u"openButton")

        self.otherChoices.addWidget(self.openButton)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.otherChoices.addItem(self.choiceSpacer)


        self.dialogLayout.addLayout(self.otherChoices)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(StartDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.countyLabel.setBuddy(self.county)
        self.programmeLabel.setBuddy(self.programme)
        self.targetLabel.setBuddy(self.target)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.county, self.programme)
        QWidget.setTabOrder(self.programme, self.target)

        self.retranslateUi(StartDialog)

        QMetaObject.connectSlotsByName(StartDialog)
    # setupUi

    def retranslateUi(self, StartDialog):
        StartDialog.setWindowTitle(QCoreApplication.translate("StartDialog", u"Welcome to Facilitator", None))
        self.countyLabel.setText(QCoreApplication.translate("StartDialog", u"&County", None))
        self.programmeLabel.setText(QCoreApplication.translate("StartDialog", u"&Programme", None))
        self.targetLabel.setText(QCoreApplication.translate("StartDialog", u"Reach &target", None))
        self.target.setSuffix(QCoreApplication.translate("StartDialog", u" people", None))
        self.demoButton.setText(QCoreApplication.translate("StartDialog", u"Try the &demo (Gotland)", None))
        self.openButton.setText(QCoreApplication.translate("StartDialog", u"&Open another file\u2026", None))
    # retranslateUi

