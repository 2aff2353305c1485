# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1320, 760)
        self.actionNew = QAction(MainWindow)
        self.actionNew.setObjectName(u"actionNew")
        self.actionOpen = QAction(MainWindow)
        self.actionOpen.setObjectName(u"actionOpen")
        self.actionImportPeople = QAction(MainWindow)
        self.actionImportPeople.setObjectName(u"actionImportPeople")
        self.actionMerge = QAction(MainWindow)
        self.actionMerge.setObjectName(u"actionMerge")
        self.actionSaveCopy = QAction(MainWindow)
        self.actionSaveCopy.setObjectName(u"actionSaveCopy")
        self.actionPrint = QAction(MainWindow)
        self.actionPrint.setObjectName(u"actionPrint")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionNewItem = QAction(MainWindow)
        self.actionNewItem.setObjectName(u"actionNewItem")
        self.actionEditItem = QAction(MainWindow)
        self.actionEditItem.setObjectName(u"actionEditItem")
        self.actionDeleteItem = QAction(MainWindow)
        self.actionDeleteItem.setObjectName(u"actionDeleteItem")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionShowSessions = QAction(MainWindow)
        self.actionShowSessions.setObjectName(u"actionShowSessions")
        self.actionShowPeople = QAction(MainWindow)
        self.actionShowPeople.setObjectName(u"actionShowPeople")
        self.actionShowOrganisations = QAction(MainWindow)
        self.actionShowOrganisations.setObjectName(u"actionShowOrganisations")
        self.actionShowDashboard = QAction(MainWindow)
        self.actionShowDashboard.setObjectName(u"actionShowDashboard")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QHBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget(self.central)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMinimumSize(QSize(215, 0))
        self.navigation.setMaximumSize(QSize(215, 16777215))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)

        self.centralLayout.addWidget(self.navigation)

        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRecent = QMenu(self.menuFile)
        self.menuRecent.setObjectName(u"menuRecent")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNew)
        self.menuFile.addAction(self.actionOpen)
        self.menuFile.addAction(self.menuRecent.menuAction())
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionImportPeople)
        self.menuFile.addAction(self.actionMerge)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSaveCopy)
        self.menuFile.addAction(self.actionPrint)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionNewItem)
        self.menuEdit.addAction(self.actionEditItem)
        self.menuEdit.addAction(self.actionDeleteItem)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionFind)
        self.menuView.addAction(self.actionShowSessions)
        self.menuView.addAction(self.actionShowPeople)
        self.menuView.addAction(self.actionShowOrganisations)
        self.menuView.addAction(self.actionShowDashboard)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Facilitator", None))
        self.actionNew.setText(QCoreApplication.translate("MainWindow", u"&New File\u2026", None))
        self.actionOpen.setText(QCoreApplication.translate("MainWindow", u"&Open\u2026", None))
        self.actionImportPeople.setText(QCoreApplication.translate("MainWindow", u"&Import People\u2026", None))
        self.actionMerge.setText(QCoreApplication.translate("MainWindow", u"&Merge Another Facilitator File\u2026", None))
        self.actionSaveCopy.setText(QCoreApplication.translate("MainWindow", u"Save a &Copy\u2026", None))
        self.actionPrint.setText(QCoreApplication.translate("MainWindow", u"&Print\u2026", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Settings\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionNewItem.setText(QCoreApplication.translate("MainWindow", u"&New", None))
        self.actionEditItem.setText(QCoreApplication.translate("MainWindow", u"&Edit\u2026", None))
        self.actionDeleteItem.setText(QCoreApplication.translate("MainWindow", u"&Delete", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find", None))
        self.actionShowSessions.setText(QCoreApplication.translate("MainWindow", u"&Sessions", None))
#if QT_CONFIG(shortcut)
        self.actionShowSessions.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowPeople.setText(QCoreApplication.translate("MainWindow", u"&People", None))
#if QT_CONFIG(shortcut)
        self.actionShowPeople.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowOrganisations.setText(QCoreApplication.translate("MainWindow", u"&Organisations", None))
#if QT_CONFIG(shortcut)
        self.actionShowOrganisations.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+3", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowDashboard.setText(QCoreApplication.translate("MainWindow", u"&Dashboard", None))
#if QT_CONFIG(shortcut)
        self.actionShowDashboard.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+4", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Facilitator", None))
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Views", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuRecent.setTitle(QCoreApplication.translate("MainWindow", u"Open &Recent", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

