# Generated from ui/contribution_withdraw_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contribution_withdraw_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ContributionWithdrawDialog(object):
    def setupUi(self, ContributionWithdrawDialog):
        if not ContributionWithdrawDialog.objectName():
            ContributionWithdrawDialog.setObjectName(u"ContributionWithdrawDialog")
        ContributionWithdrawDialog.setMinimumSize(QSize(440, 0))
        self.main_layout = QVBoxLayout(ContributionWithdrawDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.request = QLabel(ContributionWithdrawDialog)
        self.request.setObjectName(u"request")
        self.request.setStyleSheet(u"font-weight: bold;")
        self.request.setWordWrap(True)

        self.main_layout.addWidget(self.request)

        self.general_error = QLabel(ContributionWithdrawDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reason_label = QLabel(ContributionWithdrawDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QPlainTextEdit(ContributionWithdrawDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reason_error = QLabel(ContributionWithdrawDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setProperty(u"role", u"error")
        self.reason_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.reason_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_error)


        self.main_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ContributionWithdrawDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.buttons)

        self.retranslateUi(ContributionWithdrawDialog)
        self.buttons.rejected.connect(ContributionWithdrawDialog.reject)

        QMetaObject.connectSlotsByName(ContributionWithdrawDialog)
    # setupUi

    def retranslateUi(self, ContributionWithdrawDialog):
        ContributionWithdrawDialog.setWindowTitle(QCoreApplication.translate("ContributionWithdrawDialog", u"Withdraw a contribution request", None))
#if QT_CONFIG(accessibility)
        self.request.setAccessibleName(QCoreApplication.translate("ContributionWithdrawDialog", u"The request", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("ContributionWithdrawDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("ContributionWithdrawDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("ContributionWithdrawDialog", u"Reason for withdrawing", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("ContributionWithdrawDialog", u"Why the contribution is no longer needed", None))
    # retranslateUi

