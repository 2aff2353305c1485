# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
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
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(900, 620)
        self.dialogLayout = QVBoxLayout(MergeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fileLabel = QLabel(MergeDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"")
        self.fileLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.fileLabel)

        self.counts = QTableView(MergeDialog)
        self.counts.setObjectName(u"counts")
        self.counts.setMinimumSize(QSize(0, 226))
        self.counts.setMaximumSize(QSize(16777215, 226))

        self.dialogLayout.addWidget(self.counts)

        self.conflictsLabel = QLabel(MergeDialog)
        self.conflictsLabel.setObjectName(u"conflictsLabel")
        self.conflictsLabel.setText(u"")
        self.conflictsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.conflictsLabel)

        self.conflicts = QTableView(MergeDialog)
        self.conflicts.setObjectName(u"conflicts")

        self.dialogLayout.addWidget(self.conflicts)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.keepMineButton = QPushButton(MergeDialog)
        self.keepMineButton.setObjectName(u"keepMineButton")

        self.actionRow.addWidget(self.keepMineButton)

        self.takeTheirsButton = QPushButton(MergeDialog)
        self.takeTheirsButton.setObjectName(u"takeTheirsButton")

        self.actionRow.addWidget(self.takeTheirsButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.keepAllButton = QPushButton(MergeDialog)
        self.keepAllButton.setObjectName(u"keepAllButton")

        self.actionRow.addWidget(self.keepAllButton)

        self.takeAllButton = QPushButton(MergeDialog)
        self.takeAllButton.setObjectName(u"takeAllButton")

        self.actionRow.addWidget(self.takeAllButton)


        self.dialogLayout.addLayout(self.actionRow)

        self.buttons = QDialogButtonBox(MergeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.conflictsLabel.setBuddy(self.conflicts)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MergeDialog)

        QMetaObject.connectSlotsByName(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Merge Another Facilitator File", None))
#if QT_CONFIG(accessibility)
        self.counts.setAccessibleName(QCoreApplication.translate("MergeDialog", u"What the merge will do, per table", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.conflicts.setAccessibleName(QCoreApplication.translate("MergeDialog", u"Rows both files changed", None))
#endif // QT_CONFIG(accessibility)
        self.keepMineButton.setText(QCoreApplication.translate("MergeDialog", u"&Keep Mine", None))
        self.takeTheirsButton.setText(QCoreApplication.translate("MergeDialog", u"&Take Theirs", None))
        self.keepAllButton.setText(QCoreApplication.translate("MergeDialog", u"Keep Mine for &All", None))
        self.takeAllButton.setText(QCoreApplication.translate("MergeDialog", u"Take Theirs for A&ll", None))
    # retranslateUi

