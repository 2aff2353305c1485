# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(460, 240)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(SettingsDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.leadNameLabel = QLabel(SettingsDialog)
        self.leadNameLabel.setObjectName(u"leadNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leadNameLabel)

        self.leadName = QLineEdit(SettingsDialog)
        self.leadName.setObjectName(u"leadName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leadName)

        self.leadEmailLabel = QLabel(SettingsDialog)
        self.leadEmailLabel.setObjectName(u"leadEmailLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.leadEmailLabel)

        self.leadEmail = QLineEdit(SettingsDialog)
        self.leadEmail.setObjectName(u"leadEmail")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.leadEmail)

        self.leadEmailProblem = QLabel(SettingsDialog)
        self.leadEmailProblem.setObjectName(u"leadEmailProblem")
        self.leadEmailProblem.setText(u"")
        self.leadEmailProblem.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.leadEmailProblem)

        self.retentionLabel = QLabel(SettingsDialog)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.retentionLabel)

        self.retentionMonths = QSpinBox(SettingsDialog)
        self.retentionMonths.setObjectName(u"retentionMonths")
        self.retentionMonths.setMinimum(1)
        self.retentionMonths.setMaximum(240)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.retentionMonths)


        self.dialogLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.language)
        self.leadNameLabel.setBuddy(self.leadName)
        self.leadEmailLabel.setBuddy(self.leadEmail)
        self.retentionLabel.setBuddy(self.retentionMonths)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.language, self.leadName)
        QWidget.setTabOrder(self.leadName, self.leadEmail)
        QWidget.setTabOrder(self.leadEmail, self.retentionMonths)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language", None))
        self.leadNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Your &name", None))
        self.leadName.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Shown as organiser on calendar invitations", None))
        self.leadEmailLabel.setText(QCoreApplication.translate("SettingsDialog", u"Your &email", None))
        self.retentionLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep personal data &for", None))
        self.retentionMonths.setSuffix(QCoreApplication.translate("SettingsDialog", u" months after a programme", None))
#if QT_CONFIG(tooltip)
        self.retentionMonths.setToolTip(QCoreApplication.translate("SettingsDialog", u"File \u2192 Remove Old Personal Data suggests removing people with no activity for this long", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

