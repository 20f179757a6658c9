# Generated from ui/referral_status_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_status_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_ReferralStatusDialog(object):
    def setupUi(self, ReferralStatusDialog):
        if not ReferralStatusDialog.objectName():
            ReferralStatusDialog.setObjectName(u"ReferralStatusDialog")
        ReferralStatusDialog.setMinimumSize(QSize(460, 0))
        self.main_layout = QVBoxLayout(ReferralStatusDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.referral = QLabel(ReferralStatusDialog)
        self.referral.setObjectName(u"referral")
        self.referral.setStyleSheet(u"font-weight: bold;")
        self.referral.setWordWrap(True)

        self.main_layout.addWidget(self.referral)

        self.general_error = QLabel(ReferralStatusDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.status_label = QLabel(ReferralStatusDialog)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(ReferralStatusDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status)

        self.status_changed_on_label = QLabel(ReferralStatusDialog)
        self.status_changed_on_label.setObjectName(u"status_changed_on_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.status_changed_on_label)

        self.status_changed_on = DateField(ReferralStatusDialog)
        self.status_changed_on.setObjectName(u"status_changed_on")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status_changed_on)

        self.status_changed_on_error = QLabel(ReferralStatusDialog)
        self.status_changed_on_error.setObjectName(u"status_changed_on_error")
        self.status_changed_on_error.setProperty(u"role", u"error")
        self.status_changed_on_error.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.status_changed_on_error)

        self.status_note_label = QLabel(ReferralStatusDialog)
        self.status_note_label.setObjectName(u"status_note_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.status_note_label)

        self.status_note = QPlainTextEdit(ReferralStatusDialog)
        self.status_note.setObjectName(u"status_note")
        self.status_note.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status_note)

        self.status_note_error = QLabel(ReferralStatusDialog)
        self.status_note_error.setObjectName(u"status_note_error")
        self.status_note_error.setProperty(u"role", u"error")
        self.status_note_error.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status_note_error)


        self.main_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ReferralStatusDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status)
        self.status_changed_on_label.setBuddy(self.status_changed_on)
        self.status_note_label.setBuddy(self.status_note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status, self.status_changed_on)
        QWidget.setTabOrder(self.status_changed_on, self.status_note)
        QWidget.setTabOrder(self.status_note, self.buttons)

        self.retranslateUi(ReferralStatusDialog)
        self.buttons.rejected.connect(ReferralStatusDialog.reject)

        QMetaObject.connectSlotsByName(ReferralStatusDialog)
    # setupUi

    def retranslateUi(self, ReferralStatusDialog):
        ReferralStatusDialog.setWindowTitle(QCoreApplication.translate("ReferralStatusDialog", u"Update referral", None))
#if QT_CONFIG(accessibility)
        self.referral.setAccessibleName(QCoreApplication.translate("ReferralStatusDialog", u"Referral", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("ReferralStatusDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ReferralStatusDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.status_changed_on_label.setText(QCoreApplication.translate("ReferralStatusDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.status_changed_on.setAccessibleName(QCoreApplication.translate("ReferralStatusDialog", u"Date of the status change", None))
#endif // QT_CONFIG(accessibility)
        self.status_note_label.setText(QCoreApplication.translate("ReferralStatusDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.status_note.setAccessibleName(QCoreApplication.translate("ReferralStatusDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

