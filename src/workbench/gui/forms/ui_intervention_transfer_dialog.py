# Generated from ui/intervention_transfer_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intervention_transfer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_InterventionTransferDialog(object):
    def setupUi(self, InterventionTransferDialog):
        if not InterventionTransferDialog.objectName():
            InterventionTransferDialog.setObjectName(u"InterventionTransferDialog")
        InterventionTransferDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(InterventionTransferDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prisoner = QLabel(InterventionTransferDialog)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.main_layout.addWidget(self.prisoner)

        self.intro = QLabel(InterventionTransferDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.general_error = QLabel(InterventionTransferDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.destination_label = QLabel(InterventionTransferDialog)
        self.destination_label.setObjectName(u"destination_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.destination_label)

        self.destination = QLineEdit(InterventionTransferDialog)
        self.destination.setObjectName(u"destination")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.destination)

        self.destination_error = QLabel(InterventionTransferDialog)
        self.destination_error.setObjectName(u"destination_error")
        self.destination_error.setProperty(u"role", u"error")
        self.destination_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.destination_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.destination_error)

        self.requirement_label = QLabel(InterventionTransferDialog)
        self.requirement_label.setObjectName(u"requirement_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requirement_label)

        self.requirement = QComboBox(InterventionTransferDialog)
        self.requirement.setObjectName(u"requirement")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requirement)

        self.requirement_error = QLabel(InterventionTransferDialog)
        self.requirement_error.setObjectName(u"requirement_error")
        self.requirement_error.setProperty(u"role", u"error")
        self.requirement_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.requirement_error.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requirement_error)

        self.status_label = QLabel(InterventionTransferDialog)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(InterventionTransferDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status)

        self.status_error = QLabel(InterventionTransferDialog)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setProperty(u"role", u"error")
        self.status_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.status_error.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.status_error)

        self.status_on_label = QLabel(InterventionTransferDialog)
        self.status_on_label.setObjectName(u"status_on_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.status_on_label)

        self.status_on = DateField(InterventionTransferDialog)
        self.status_on.setObjectName(u"status_on")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.status_on)

        self.status_on_error = QLabel(InterventionTransferDialog)
        self.status_on_error.setObjectName(u"status_on_error")
        self.status_on_error.setProperty(u"role", u"error")
        self.status_on_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.status_on_error.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.status_on_error)

        self.reason_label = QLabel(InterventionTransferDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QPlainTextEdit(InterventionTransferDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reason_error = QLabel(InterventionTransferDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setProperty(u"role", u"error")
        self.reason_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.reason_error.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reason_error)


        self.main_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(InterventionTransferDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.destination_label.setBuddy(self.destination)
        self.requirement_label.setBuddy(self.requirement)
        self.status_label.setBuddy(self.status)
        self.status_on_label.setBuddy(self.status_on)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.destination, self.requirement)
        QWidget.setTabOrder(self.requirement, self.status)
        QWidget.setTabOrder(self.status, self.status_on)
        QWidget.setTabOrder(self.status_on, self.reason)
        QWidget.setTabOrder(self.reason, self.buttons)

        self.retranslateUi(InterventionTransferDialog)
        self.buttons.rejected.connect(InterventionTransferDialog.reject)

        QMetaObject.connectSlotsByName(InterventionTransferDialog)
    # setupUi

    def retranslateUi(self, InterventionTransferDialog):
        InterventionTransferDialog.setWindowTitle(QCoreApplication.translate("InterventionTransferDialog", u"Transfer for resources", None))
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("InterventionTransferDialog", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("InterventionTransferDialog", u"A transfer to where a required intervention runs: requested, then planned, then completed \u2014 or not progressed, with the reason.", None))
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("InterventionTransferDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.destination_label.setText(QCoreApplication.translate("InterventionTransferDialog", u"&Destination:", None))
#if QT_CONFIG(accessibility)
        self.destination.setAccessibleName(QCoreApplication.translate("InterventionTransferDialog", u"Destination establishment", None))
#endif // QT_CONFIG(accessibility)
        self.requirement_label.setText(QCoreApplication.translate("InterventionTransferDialog", u"&For intervention:", None))
#if QT_CONFIG(accessibility)
        self.requirement.setAccessibleName(QCoreApplication.translate("InterventionTransferDialog", u"Required intervention (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("InterventionTransferDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("InterventionTransferDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.status_on_label.setText(QCoreApplication.translate("InterventionTransferDialog", u"D&ate:", None))
#if QT_CONFIG(accessibility)
        self.status_on.setAccessibleName(QCoreApplication.translate("InterventionTransferDialog", u"Date of this step", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("InterventionTransferDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("InterventionTransferDialog", u"Reason or note", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("InterventionTransferDialog", u"Why it was not progressed, or a note", None))
    # retranslateUi

