# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invite_people_dialog.ui'
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
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_InvitePeopleDialog(object):
    def setupUi(self, InvitePeopleDialog):
        if not InvitePeopleDialog.objectName():
            InvitePeopleDialog.setObjectName(u"InvitePeopleDialog")
        InvitePeopleDialog.resize(760, 520)
        self.dialogLayout = QVBoxLayout(InvitePeopleDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(InvitePeopleDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.search = QLineEdit(InvitePeopleDialog)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.search)

        self.tableLayout = QVBoxLayout()
        self.tableLayout.setObjectName(u"tableLayout")

        self.dialogLayout.addLayout(self.tableLayout)

        self.chosen = QLabel(InvitePeopleDialog)
        self.chosen.setObjectName(u"chosen")
        self.chosen.setText(u"")

        self.dialogLayout.addWidget(self.chosen)

        self.buttons = QDialogButtonBox(InvitePeopleDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(InvitePeopleDialog)

        QMetaObject.connectSlotsByName(InvitePeopleDialog)
    # setupUi

    def retranslateUi(self, InvitePeopleDialog):
        InvitePeopleDialog.setWindowTitle(QCoreApplication.translate("InvitePeopleDialog", u"Invite People", None))
        self.intro.setText(QCoreApplication.translate("InvitePeopleDialog", u"Search the register, select people (Ctrl or Shift for several) and invite them.", None))
        self.search.setPlaceholderText(QCoreApplication.translate("InvitePeopleDialog", u"Search name, title, organisation or email", None))
    # retranslateUi

