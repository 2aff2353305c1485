# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(520, 520)
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.choices = QFormLayout()
        self.choices.setObjectName(u"choices")
        self.formatLabel = QLabel(ExportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.choices.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.format = QComboBox(ExportDialog)
        self.format.setObjectName(u"format")

        self.choices.setWidget(0, QFormLayout.ItemRole.FieldRole, self.format)

        self.scopeLabel = QLabel(ExportDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.choices.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeLayout = QVBoxLayout()
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.thisSession = QRadioButton(ExportDialog)
        self.thisSession.setObjectName(u"thisSession")
        self.thisSession.setChecked(True)

        self.scopeLayout.addWidget(self.thisSession)

        self.wholeProgramme = QRadioButton(ExportDialog)
        self.wholeProgramme.setObjectName(u"wholeProgramme")

        self.scopeLayout.addWidget(self.wholeProgramme)


        self.choices.setLayout(1, QFormLayout.ItemRole.FieldRole, self.scopeLayout)


        self.dialogLayout.addLayout(self.choices)

        self.columnsLabel = QLabel(ExportDialog)
        self.columnsLabel.setObjectName(u"columnsLabel")
        self.columnsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.columnsLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columns = QListWidget(ExportDialog)
        self.columns.setObjectName(u"columns")
        self.columns.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)

        self.columnsLayout.addWidget(self.columns)

        self.orderButtons = QVBoxLayout()
        self.orderButtons.setObjectName(u"orderButtons")
        self.moveUp = QPushButton(ExportDialog)
        self.moveUp.setObjectName(u"moveUp")

        self.orderButtons.addWidget(self.moveUp)

        self.moveDown = QPushButton(ExportDialog)
        self.moveDown.setObjectName(u"moveDown")

        self.orderButtons.addWidget(self.moveDown)

        self.defaults = QPushButton(ExportDialog)
        self.defaults.setObjectName(u"defaults")

        self.orderButtons.addWidget(self.defaults)

        self.orderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.orderButtons.addItem(self.orderSpacer)


        self.columnsLayout.addLayout(self.orderButtons)


        self.dialogLayout.addLayout(self.columnsLayout)

        self.buttons = QDialogButtonBox(ExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.formatLabel.setBuddy(self.format)
        self.columnsLabel.setBuddy(self.columns)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export Attendance List", None))
        self.formatLabel.setText(QCoreApplication.translate("ExportDialog", u"&Format:", None))
        self.scopeLabel.setText(QCoreApplication.translate("ExportDialog", u"List:", None))
        self.thisSession.setText(QCoreApplication.translate("ExportDialog", u"This &session", None))
        self.wholeProgramme.setText(QCoreApplication.translate("ExportDialog", u"The whole &programme: who attended what", None))
        self.columnsLabel.setText(QCoreApplication.translate("ExportDialog", u"&Columns (tick the ones to export; drag or use the buttons to order them):", None))
#if QT_CONFIG(accessibility)
        self.columns.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Columns", None))
#endif // QT_CONFIG(accessibility)
        self.moveUp.setText(QCoreApplication.translate("ExportDialog", u"Move &Up", None))
        self.moveDown.setText(QCoreApplication.translate("ExportDialog", u"Move &Down", None))
        self.defaults.setText(QCoreApplication.translate("ExportDialog", u"&Reset", None))
    # retranslateUi

