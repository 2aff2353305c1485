# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(460, 460)
        self.dialogLayout = QVBoxLayout(PersonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.givenNameLabel = QLabel(PersonDialog)
        self.givenNameLabel.setObjectName(u"givenNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenNameLabel)

        self.givenName = QLineEdit(PersonDialog)
        self.givenName.setObjectName(u"givenName")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.givenName)

        self.familyNameLabel = QLabel(PersonDialog)
        self.familyNameLabel.setObjectName(u"familyNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.familyNameLabel)

        self.familyName = QLineEdit(PersonDialog)
        self.familyName.setObjectName(u"familyName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.familyName)

        self.familyNameProblem = QLabel(PersonDialog)
        self.familyNameProblem.setObjectName(u"familyNameProblem")
        self.familyNameProblem.setText(u"")
        self.familyNameProblem.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.familyNameProblem)

        self.titleLabel = QLabel(PersonDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(PersonDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.title)

        self.categoryLabel = QLabel(PersonDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(PersonDialog)
        self.category.setObjectName(u"category")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.category)

        self.organisationLabel = QLabel(PersonDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisation = QComboBox(PersonDialog)
        self.organisation.setObjectName(u"organisation")
        self.organisation.setEditable(False)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(PersonDialog)
        self.email.setObjectName(u"email")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.email)

        self.emailProblem = QLabel(PersonDialog)
        self.emailProblem.setObjectName(u"emailProblem")
        self.emailProblem.setText(u"")
        self.emailProblem.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailProblem)

        self.phoneLabel = QLabel(PersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(PersonDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phone)

        self.notesLabel = QLabel(PersonDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(PersonDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 90))
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes)

        self.activeLabel = QLabel(PersonDialog)
        self.activeLabel.setObjectName(u"activeLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.activeLabel)

        self.active = QCheckBox(PersonDialog)
        self.active.setObjectName(u"active")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.active)


        self.dialogLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.givenNameLabel.setBuddy(self.givenName)
        self.familyNameLabel.setBuddy(self.familyName)
        self.titleLabel.setBuddy(self.title)
        self.categoryLabel.setBuddy(self.category)
        self.organisationLabel.setBuddy(self.organisation)
        self.emailLabel.setBuddy(self.email)
        self.phoneLabel.setBuddy(self.phone)
        self.notesLabel.setBuddy(self.notes)
        self.activeLabel.setBuddy(self.active)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.givenName, self.familyName)
        QWidget.setTabOrder(self.familyName, self.title)
        QWidget.setTabOrder(self.title, self.category)
        QWidget.setTabOrder(self.category, self.organisation)
        QWidget.setTabOrder(self.organisation, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.notes)
        QWidget.setTabOrder(self.notes, self.active)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.givenNameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Given name", None))
        self.familyNameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Family name", None))
        self.titleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Title", None))
        self.categoryLabel.setText(QCoreApplication.translate("PersonDialog", u"&Category", None))
        self.organisationLabel.setText(QCoreApplication.translate("PersonDialog", u"&Organisation", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&Email", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"&Phone", None))
        self.notesLabel.setText(QCoreApplication.translate("PersonDialog", u"&Notes", None))
        self.activeLabel.setText("")
        self.active.setText(QCoreApplication.translate("PersonDialog", u"&Active (can be invited)", None))
    # retranslateUi

