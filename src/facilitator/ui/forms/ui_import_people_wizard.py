# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_people_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget, QWizard, QWizardPage)

class Ui_ImportPeopleWizard(object):
    def setupUi(self, ImportPeopleWizard):
        if not ImportPeopleWizard.objectName():
            ImportPeopleWizard.setObjectName(u"ImportPeopleWizard")
        ImportPeopleWizard.resize(900, 640)
        ImportPeopleWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.columnsPage = QWizardPage()
        self.columnsPage.setObjectName(u"columnsPage")
        self.columnsLayout = QVBoxLayout(self.columnsPage)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.fileLabel = QLabel(self.columnsPage)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"")
        self.fileLabel.setWordWrap(True)

        self.columnsLayout.addWidget(self.fileLabel)

        self.readerNotes = QLabel(self.columnsPage)
        self.readerNotes.setObjectName(u"readerNotes")
        self.readerNotes.setText(u"")
        self.readerNotes.setWordWrap(True)
        self.readerNotes.setTextFormat(Qt.TextFormat.PlainText)

        self.columnsLayout.addWidget(self.readerNotes)

        self.columnsRow = QHBoxLayout()
        self.columnsRow.setObjectName(u"columnsRow")
        self.mappingArea = QScrollArea(self.columnsPage)
        self.mappingArea.setObjectName(u"mappingArea")
        self.mappingArea.setWidgetResizable(True)
        self.mappingArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mappingArea.setFrameShape(QFrame.Shape.NoFrame)
        self.mappingArea.setMaximumSize(QSize(16777215, 230))
        self.mappingWidget = QWidget()
        self.mappingWidget.setObjectName(u"mappingWidget")
        self.mappingForm = QFormLayout(self.mappingWidget)
        self.mappingForm.setObjectName(u"mappingForm")
        self.mappingArea.setWidget(self.mappingWidget)

        self.columnsRow.addWidget(self.mappingArea)

        self.defaultsForm = QFormLayout()
        self.defaultsForm.setObjectName(u"defaultsForm")
        self.defaultCategoryLabel = QLabel(self.columnsPage)
        self.defaultCategoryLabel.setObjectName(u"defaultCategoryLabel")

        self.defaultsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.defaultCategoryLabel)

        self.defaultCategory = QComboBox(self.columnsPage)
        self.defaultCategory.setObjectName(u"defaultCategory")

        self.defaultsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.defaultCategory)


        self.columnsRow.addLayout(self.defaultsForm)

        self.columnsRow.setStretch(0, 3)
        self.columnsRow.setStretch(1, 2)

        self.columnsLayout.addLayout(self.columnsRow)

        self.mappingProblem = QLabel(self.columnsPage)
        self.mappingProblem.setObjectName(u"mappingProblem")
        self.mappingProblem.setText(u"")
        self.mappingProblem.setWordWrap(True)

        self.columnsLayout.addWidget(self.mappingProblem)

        self.preview = QTableView(self.columnsPage)
        self.preview.setObjectName(u"preview")

        self.columnsLayout.addWidget(self.preview)

        ImportPeopleWizard.addPage(self.columnsPage)
        self.organisationsPage = QWizardPage()
        self.organisationsPage.setObjectName(u"organisationsPage")
        self.organisationsLayout = QVBoxLayout(self.organisationsPage)
        self.organisationsLayout.setObjectName(u"organisationsLayout")
        self.organisationQuestions = QTableView(self.organisationsPage)
        self.organisationQuestions.setObjectName(u"organisationQuestions")

        self.organisationsLayout.addWidget(self.organisationQuestions)

        self.organisationDecision = QGroupBox(self.organisationsPage)
        self.organisationDecision.setObjectName(u"organisationDecision")
        self.organisationDecisionLayout = QGridLayout(self.organisationDecision)
        self.organisationDecisionLayout.setObjectName(u"organisationDecisionLayout")
        self.useExisting = QRadioButton(self.organisationDecision)
        self.useExisting.setObjectName(u"useExisting")

        self.organisationDecisionLayout.addWidget(self.useExisting, 0, 0, 1, 1)

        self.existingOrganisation = QComboBox(self.organisationDecision)
        self.existingOrganisation.setObjectName(u"existingOrganisation")

        self.organisationDecisionLayout.addWidget(self.existingOrganisation, 0, 1, 1, 3)

        self.createNew = QRadioButton(self.organisationDecision)
        self.createNew.setObjectName(u"createNew")

        self.organisationDecisionLayout.addWidget(self.createNew, 1, 0, 1, 1)

        self.newName = QLineEdit(self.organisationDecision)
        self.newName.setObjectName(u"newName")

        self.organisationDecisionLayout.addWidget(self.newName, 1, 1, 1, 1)

        self.newKind = QComboBox(self.organisationDecision)
        self.newKind.setObjectName(u"newKind")

        self.organisationDecisionLayout.addWidget(self.newKind, 1, 2, 1, 1)

        self.newCounty = QComboBox(self.organisationDecision)
        self.newCounty.setObjectName(u"newCounty")

        self.organisationDecisionLayout.addWidget(self.newCounty, 1, 3, 1, 1)

        self.importWithout = QRadioButton(self.organisationDecision)
        self.importWithout.setObjectName(u"importWithout")

        self.organisationDecisionLayout.addWidget(self.importWithout, 2, 0, 1, 4)


        self.organisationsLayout.addWidget(self.organisationDecision)

        ImportPeopleWizard.addPage(self.organisationsPage)
        self.checkPage = QWizardPage()
        self.checkPage.setObjectName(u"checkPage")
        self.checkLayout = QVBoxLayout(self.checkPage)
        self.checkLayout.setObjectName(u"checkLayout")
        self.checkSummary = QLabel(self.checkPage)
        self.checkSummary.setObjectName(u"checkSummary")
        self.checkSummary.setText(u"")
        self.checkSummary.setWordWrap(True)

        self.checkLayout.addWidget(self.checkSummary)

        self.decisionForm = QFormLayout()
        self.decisionForm.setObjectName(u"decisionForm")
        self.duplicateDecisionLabel = QLabel(self.checkPage)
        self.duplicateDecisionLabel.setObjectName(u"duplicateDecisionLabel")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.duplicateDecisionLabel)

        self.duplicateDecision = QComboBox(self.checkPage)
        self.duplicateDecision.setObjectName(u"duplicateDecision")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.duplicateDecision)

        self.possibleDecisionLabel = QLabel(self.checkPage)
        self.possibleDecisionLabel.setObjectName(u"possibleDecisionLabel")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.possibleDecisionLabel)

        self.possibleDecision = QComboBox(self.checkPage)
        self.possibleDecision.setObjectName(u"possibleDecision")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.possibleDecision)


        self.checkLayout.addLayout(self.decisionForm)

        self.findings = QTableView(self.checkPage)
        self.findings.setObjectName(u"findings")

        self.checkLayout.addWidget(self.findings)

        ImportPeopleWizard.addPage(self.checkPage)
        self.resultPage = QWizardPage()
        self.resultPage.setObjectName(u"resultPage")
        self.resultLayout = QVBoxLayout(self.resultPage)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultSummary = QLabel(self.resultPage)
        self.resultSummary.setObjectName(u"resultSummary")
        self.resultSummary.setText(u"")
        self.resultSummary.setWordWrap(True)

        self.resultLayout.addWidget(self.resultSummary)

        self.report = QTableView(self.resultPage)
        self.report.setObjectName(u"report")

        self.resultLayout.addWidget(self.report)

        self.reportButtons = QHBoxLayout()
        self.reportButtons.setObjectName(u"reportButtons")
        self.saveReport = QPushButton(self.resultPage)
        self.saveReport.setObjectName(u"saveReport")

        self.reportButtons.addWidget(self.saveReport)

        self.reportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportButtons.addItem(self.reportSpacer)


        self.resultLayout.addLayout(self.reportButtons)

        ImportPeopleWizard.addPage(self.resultPage)
#if QT_CONFIG(shortcut)
        self.defaultCategoryLabel.setBuddy(self.defaultCategory)
        self.duplicateDecisionLabel.setBuddy(self.duplicateDecision)
        self.possibleDecisionLabel.setBuddy(self.possibleDecision)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisationQuestions, self.useExisting)
        QWidget.setTabOrder(self.useExisting, self.existingOrganisation)
        QWidget.setTabOrder(self.existingOrganisation, self.createNew)
        QWidget.setTabOrder(self.createNew, self.newName)
        QWidget.setTabOrder(self.newName, self.newKind)
        QWidget.setTabOrder(self.newKind, self.newCounty)
        QWidget.setTabOrder(self.newCounty, self.importWithout)
        QWidget.setTabOrder(self.importWithout, self.duplicateDecision)
        QWidget.setTabOrder(self.duplicateDecision, self.possibleDecision)
        QWidget.setTabOrder(self.possibleDecision, self.findings)

        self.retranslateUi(ImportPeopleWizard)

        QMetaObject.connectSlotsByName(ImportPeopleWizard)
    # setupUi

    def retranslateUi(self, ImportPeopleWizard):
        ImportPeopleWizard.setWindowTitle(QCoreApplication.translate("ImportPeopleWizard", u"Import People", None))
        self.columnsPage.setTitle(QCoreApplication.translate("ImportPeopleWizard", u"Columns", None))
        self.columnsPage.setSubTitle(QCoreApplication.translate("ImportPeopleWizard", u"Check what each column of the file holds. The preview shows the first rows as they will be stored.", None))
        self.defaultCategoryLabel.setText(QCoreApplication.translate("ImportPeopleWizard", u"Category when the file has none", None))
        self.organisationsPage.setTitle(QCoreApplication.translate("ImportPeopleWizard", u"Organisations", None))
        self.organisationsPage.setSubTitle(QCoreApplication.translate("ImportPeopleWizard", u"The list names organisations that are not in this file, or not for certain. For each name, use one of the file's organisations, create it, or import the people without one - the name is then kept in their notes.", None))
        self.organisationDecision.setTitle(QCoreApplication.translate("ImportPeopleWizard", u"Decision for the selected names", None))
        self.useExisting.setText(QCoreApplication.translate("ImportPeopleWizard", u"&Use an organisation in this file:", None))
        self.createNew.setText(QCoreApplication.translate("ImportPeopleWizard", u"&Create a new organisation:", None))
        self.importWithout.setText(QCoreApplication.translate("ImportPeopleWizard", u"Import &without an organisation (the name is kept in the person's notes)", None))
        self.checkPage.setTitle(QCoreApplication.translate("ImportPeopleWizard", u"Check", None))
        self.checkPage.setSubTitle(QCoreApplication.translate("ImportPeopleWizard", u"Nothing has been imported yet. Decide about duplicates, then import.", None))
        self.duplicateDecisionLabel.setText(QCoreApplication.translate("ImportPeopleWizard", u"For &duplicates", None))
        self.possibleDecisionLabel.setText(QCoreApplication.translate("ImportPeopleWizard", u"For &possible duplicates", None))
        self.resultPage.setTitle(QCoreApplication.translate("ImportPeopleWizard", u"Imported", None))
        self.saveReport.setText(QCoreApplication.translate("ImportPeopleWizard", u"&Save Report\u2026", None))
    # retranslateUi

