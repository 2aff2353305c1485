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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_ImportPeopleWizard(object):
    def setupUi(self, ImportPeopleWizard):
        if not ImportPeopleWizard.objectName():
            ImportPeopleWizard.setObjectName(u"ImportPeopleWizard")
        ImportPeopleWizard.resize(860, 620)
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

        self.columnsRow = QHBoxLayout()
        self.columnsRow.setObjectName(u"columnsRow")
        self.mappingForm = QFormLayout()
        self.mappingForm.setObjectName(u"mappingForm")

        self.columnsRow.addLayout(self.mappingForm)

        self.defaultsForm = QFormLayout()
        self.defaultsForm.setObjectName(u"defaultsForm")
        self.defaultCategoryLabel = QLabel(self.columnsPage)
        self.defaultCategoryLabel.setObjectName(u"defaultCategoryLabel")

        self.defaultsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.defaultCategoryLabel)

        self.defaultCategory = QComboBox(self.columnsPage)
        self.defaultCategory.setObjectName(u"defaultCategory")

        self.defaultsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.defaultCategory)


        self.columnsRow.addLayout(self.defaultsForm)


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

        self.useSuggestions = QCheckBox(self.checkPage)
        self.useSuggestions.setObjectName(u"useSuggestions")
        self.useSuggestions.setChecked(True)

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.useSuggestions)


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
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportPeopleWizard)

        QMetaObject.connectSlotsByName(ImportPeopleWizard)
    # setupUi

    def retranslateUi(self, ImportPeopleWizard):
        ImportPeopleWizard.setWindowTitle(QCoreApplication.translate("ImportPeopleWizard", u"Import People", None))
        self.columnsPage.setTitle(QCoreApplication.translate("ImportPeopleWizard", u"Columns", None))
        self.columnsPage.setSubTitle(QCoreApplication.translate("ImportPeopleWizard", u"Check what each column of the file holds. The preview shows the first rows as they will be stored.", None))
        self.defaultCategoryLabel.setText(QCoreApplication.translate("ImportPeopleWizard", u"Category when the file has none", None))
        self.checkPage.setTitle(QCoreApplication.translate("ImportPeopleWizard", u"Check", None))
        self.checkPage.setSubTitle(QCoreApplication.translate("ImportPeopleWizard", u"Nothing has been imported yet. Decide about duplicates and organisations, then import.", None))
        self.duplicateDecisionLabel.setText(QCoreApplication.translate("ImportPeopleWizard", u"For &duplicates", None))
        self.useSuggestions.setText(QCoreApplication.translate("ImportPeopleWizard", u"Use the &suggested organisations where the name was not an exact match", None))
        self.resultPage.setTitle(QCoreApplication.translate("ImportPeopleWizard", u"Imported", None))
        self.saveReport.setText(QCoreApplication.translate("ImportPeopleWizard", u"&Save Report\u2026", None))
    # retranslateUi

