# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(560, 460)
        self.dialogLayout = QVBoxLayout(AboutDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.logo = QLabel(AboutDialog)
        self.logo.setObjectName(u"logo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.logo.sizePolicy().hasHeightForWidth())
        self.logo.setSizePolicy(sizePolicy)
        self.logo.setText(u"")
        self.logo.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.header.addWidget(self.logo)

        self.headerText = QVBoxLayout()
        self.headerText.setObjectName(u"headerText")
        self.title = QLabel(AboutDialog)
        self.title.setObjectName(u"title")
        self.title.setText(u"Facilitator")

        self.headerText.addWidget(self.title)

        self.description = QLabel(AboutDialog)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)

        self.headerText.addWidget(self.description)

        self.licence = QLabel(AboutDialog)
        self.licence.setObjectName(u"licence")
        self.licence.setWordWrap(True)
        self.licence.setOpenExternalLinks(True)

        self.headerText.addWidget(self.licence)


        self.header.addLayout(self.headerText)

        self.header.setStretch(1, 1)

        self.dialogLayout.addLayout(self.header)

        self.supportBox = QGroupBox(AboutDialog)
        self.supportBox.setObjectName(u"supportBox")
        self.supportLayout = QVBoxLayout(self.supportBox)
        self.supportLayout.setObjectName(u"supportLayout")
        self.supportHint = QLabel(self.supportBox)
        self.supportHint.setObjectName(u"supportHint")
        self.supportHint.setWordWrap(True)

        self.supportLayout.addWidget(self.supportHint)

        self.facts = QFormLayout()
        self.facts.setObjectName(u"facts")
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.supportLayout.addLayout(self.facts)


        self.dialogLayout.addWidget(self.supportBox)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Facilitator", None))
        self.description.setText(QCoreApplication.translate("AboutDialog", u"Plan webcast sessions, invite officials and record who attended \u2013 for a county's project lead.", None))
        self.licence.setText(QCoreApplication.translate("AboutDialog", u"Free software under the European Union Public Licence (EUPL) 1.2.", None))
        self.supportBox.setTitle(QCoreApplication.translate("AboutDialog", u"For support", None))
        self.supportHint.setText(QCoreApplication.translate("AboutDialog", u"When you ask for help, copy this information into your message.", None))
    # retranslateUi

