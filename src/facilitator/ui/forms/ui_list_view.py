# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'list_view.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ListView(object):
    def setupUi(self, ListView):
        if not ListView.objectName():
            ListView.setObjectName(u"ListView")
        ListView.resize(900, 600)
        self.layout = QVBoxLayout(ListView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 12, 16, 12)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.heading = QLabel(ListView)
        self.heading.setObjectName(u"heading")
        self.heading.setText(u"Heading")

        self.headerLayout.addWidget(self.heading)

        self.summary = QLabel(ListView)
        self.summary.setObjectName(u"summary")
        self.summary.setText(u"")

        self.headerLayout.addWidget(self.summary)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.newButton = QPushButton(ListView)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setText(u"New")

        self.headerLayout.addWidget(self.newButton)

        self.editButton = QPushButton(ListView)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setText(u"Edit")

        self.headerLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(ListView)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setText(u"Delete")

        self.headerLayout.addWidget(self.deleteButton)


        self.layout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")

        self.layout.addLayout(self.filterLayout)

        self.tableHolder = QWidget(ListView)
        self.tableHolder.setObjectName(u"tableHolder")
        self.tableLayout = QVBoxLayout(self.tableHolder)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.tableHolder)


        self.retranslateUi(ListView)

        QMetaObject.connectSlotsByName(ListView)
    # setupUi

    def retranslateUi(self, ListView):
        pass
    # retranslateUi

