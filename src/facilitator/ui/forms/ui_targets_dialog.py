# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'targets_dialog.ui'
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
    QFormLayout, QGroupBox, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_TargetsDialog(object):
    def setupUi(self, TargetsDialog):
        if not TargetsDialog.objectName():
            TargetsDialog.setObjectName(u"TargetsDialog")
        TargetsDialog.resize(440, 360)
        self.dialogLayout = QVBoxLayout(TargetsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.explanation = QLabel(TargetsDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.reachTargetLabel = QLabel(TargetsDialog)
        self.reachTargetLabel.setObjectName(u"reachTargetLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reachTargetLabel)

        self.reachTarget = QSpinBox(TargetsDialog)
        self.reachTarget.setObjectName(u"reachTarget")
        self.reachTarget.setMaximum(1000000)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reachTarget)

        self.nationalTargetLabel = QLabel(TargetsDialog)
        self.nationalTargetLabel.setObjectName(u"nationalTargetLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nationalTargetLabel)

        self.nationalTarget = QSpinBox(TargetsDialog)
        self.nationalTarget.setObjectName(u"nationalTarget")
        self.nationalTarget.setMaximum(1000000)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nationalTarget)


        self.dialogLayout.addLayout(self.form)

        self.categoryBox = QGroupBox(TargetsDialog)
        self.categoryBox.setObjectName(u"categoryBox")
        self.categoryForm = QFormLayout(self.categoryBox)
        self.categoryForm.setObjectName(u"categoryForm")

        self.dialogLayout.addWidget(self.categoryBox)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(TargetsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reachTargetLabel.setBuddy(self.reachTarget)
        self.nationalTargetLabel.setBuddy(self.nationalTarget)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reachTarget, self.nationalTarget)

        self.retranslateUi(TargetsDialog)

        QMetaObject.connectSlotsByName(TargetsDialog)
    # setupUi

    def retranslateUi(self, TargetsDialog):
        TargetsDialog.setWindowTitle(QCoreApplication.translate("TargetsDialog", u"Reach Targets", None))
        self.explanation.setText(QCoreApplication.translate("TargetsDialog", u"A person is reached when they attended at least one session that was not cancelled.", None))
        self.reachTargetLabel.setText(QCoreApplication.translate("TargetsDialog", u"&Reach target", None))
        self.reachTarget.setSuffix(QCoreApplication.translate("TargetsDialog", u" people", None))
        self.nationalTargetLabel.setText(QCoreApplication.translate("TargetsDialog", u"&National target", None))
        self.nationalTarget.setSuffix(QCoreApplication.translate("TargetsDialog", u" people", None))
        self.categoryBox.setTitle(QCoreApplication.translate("TargetsDialog", u"Targets per category (optional)", None))
    # retranslateUi

