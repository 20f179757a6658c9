# Generated from ui/contribution_merge_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contribution_merge_dialog.ui'
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
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QRadioButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ContributionMergeDialog(object):
    def setupUi(self, ContributionMergeDialog):
        if not ContributionMergeDialog.objectName():
            ContributionMergeDialog.setObjectName(u"ContributionMergeDialog")
        ContributionMergeDialog.setMinimumSize(QSize(820, 0))
        self.main_layout = QVBoxLayout(ContributionMergeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.general_error = QLabel(ContributionMergeDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.source = QLabel(ContributionMergeDialog)
        self.source.setObjectName(u"source")
        self.source.setStyleSheet(u"font-weight: bold;")
        self.source.setWordWrap(True)

        self.left_layout.addWidget(self.source)

        self.summary = QLabel(ContributionMergeDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.left_layout.addWidget(self.summary)

        self.proposals_label = QLabel(ContributionMergeDialog)
        self.proposals_label.setObjectName(u"proposals_label")

        self.left_layout.addWidget(self.proposals_label)

        self.proposals = QListWidget(ContributionMergeDialog)
        self.proposals.setObjectName(u"proposals")
        self.proposals.setWordWrap(True)

        self.left_layout.addWidget(self.proposals)


        self.columns.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.kind = QLabel(ContributionMergeDialog)
        self.kind.setObjectName(u"kind")
        self.kind.setStyleSheet(u"font-weight: bold;")
        self.kind.setWordWrap(True)

        self.right_layout.addWidget(self.kind)

        self.detail = QLabel(ContributionMergeDialog)
        self.detail.setObjectName(u"detail")
        self.detail.setWordWrap(True)

        self.right_layout.addWidget(self.detail)

        self.lint = QLabel(ContributionMergeDialog)
        self.lint.setObjectName(u"lint")
        self.lint.setWordWrap(True)

        self.right_layout.addWidget(self.lint)

        self.text_label = QLabel(ContributionMergeDialog)
        self.text_label.setObjectName(u"text_label")

        self.right_layout.addWidget(self.text_label)

        self.text = QPlainTextEdit(ContributionMergeDialog)
        self.text.setObjectName(u"text")
        self.text.setTabChangesFocus(True)

        self.right_layout.addWidget(self.text)

        self.text_error = QLabel(ContributionMergeDialog)
        self.text_error.setObjectName(u"text_error")
        self.text_error.setProperty(u"role", u"error")
        self.text_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.text_error.setWordWrap(True)

        self.right_layout.addWidget(self.text_error)

        self.decision_layout = QVBoxLayout()
        self.decision_layout.setObjectName(u"decision_layout")
        self.accept_radio = QRadioButton(ContributionMergeDialog)
        self.accept_radio.setObjectName(u"accept_radio")
        self.accept_radio.setChecked(True)

        self.decision_layout.addWidget(self.accept_radio)

        self.edit_radio = QRadioButton(ContributionMergeDialog)
        self.edit_radio.setObjectName(u"edit_radio")

        self.decision_layout.addWidget(self.edit_radio)

        self.leave_radio = QRadioButton(ContributionMergeDialog)
        self.leave_radio.setObjectName(u"leave_radio")

        self.decision_layout.addWidget(self.leave_radio)


        self.right_layout.addLayout(self.decision_layout)


        self.columns.addLayout(self.right_layout)


        self.main_layout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(ContributionMergeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.proposals_label.setBuddy(self.proposals)
        self.text_label.setBuddy(self.text)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.proposals, self.accept_radio)
        QWidget.setTabOrder(self.accept_radio, self.edit_radio)
        QWidget.setTabOrder(self.edit_radio, self.leave_radio)
        QWidget.setTabOrder(self.leave_radio, self.text)
        QWidget.setTabOrder(self.text, self.buttons)

        self.retranslateUi(ContributionMergeDialog)
        self.buttons.rejected.connect(ContributionMergeDialog.reject)

        QMetaObject.connectSlotsByName(ContributionMergeDialog)
    # setupUi

    def retranslateUi(self, ContributionMergeDialog):
        ContributionMergeDialog.setWindowTitle(QCoreApplication.translate("ContributionMergeDialog", u"Merge a contribution into the plan", None))
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("ContributionMergeDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.source.setAccessibleName(QCoreApplication.translate("ContributionMergeDialog", u"Contribution", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ContributionMergeDialog", u"Summary of the contribution", None))
#endif // QT_CONFIG(accessibility)
        self.proposals_label.setText(QCoreApplication.translate("ContributionMergeDialog", u"&Proposals:", None))
#if QT_CONFIG(accessibility)
        self.proposals.setAccessibleName(QCoreApplication.translate("ContributionMergeDialog", u"Proposals and decisions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("ContributionMergeDialog", u"Proposal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail.setAccessibleName(QCoreApplication.translate("ContributionMergeDialog", u"Proposal details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lint.setAccessibleName(QCoreApplication.translate("ContributionMergeDialog", u"Objective check", None))
#endif // QT_CONFIG(accessibility)
        self.text_label.setText(QCoreApplication.translate("ContributionMergeDialog", u"&Text:", None))
#if QT_CONFIG(accessibility)
        self.text.setAccessibleName(QCoreApplication.translate("ContributionMergeDialog", u"Text as it will go into the plan", None))
#endif // QT_CONFIG(accessibility)
        self.accept_radio.setText(QCoreApplication.translate("ContributionMergeDialog", u"&Accept as written", None))
        self.edit_radio.setText(QCoreApplication.translate("ContributionMergeDialog", u"&Edit, then accept", None))
        self.leave_radio.setText(QCoreApplication.translate("ContributionMergeDialog", u"&Leave out", None))
    # retranslateUi

