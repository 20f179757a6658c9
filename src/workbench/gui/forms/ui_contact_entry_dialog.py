# Generated from ui/contact_entry_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_entry_dialog.ui'
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

class Ui_ContactEntryDialog(object):
    def setupUi(self, ContactEntryDialog):
        if not ContactEntryDialog.objectName():
            ContactEntryDialog.setObjectName(u"ContactEntryDialog")
        ContactEntryDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(ContactEntryDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prisoner = QLabel(ContactEntryDialog)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.main_layout.addWidget(self.prisoner)

        self.intro = QLabel(ContactEntryDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.general_error = QLabel(ContactEntryDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_label = QLabel(ContactEntryDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(ContactEntryDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.kind_error = QLabel(ContactEntryDialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setProperty(u"role", u"error")
        self.kind_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.kind_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_error)

        self.contact_date_label = QLabel(ContactEntryDialog)
        self.contact_date_label.setObjectName(u"contact_date_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contact_date_label)

        self.contact_date = DateField(ContactEntryDialog)
        self.contact_date.setObjectName(u"contact_date")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contact_date)

        self.contact_date_error = QLabel(ContactEntryDialog)
        self.contact_date_error.setObjectName(u"contact_date_error")
        self.contact_date_error.setProperty(u"role", u"error")
        self.contact_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.contact_date_error.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contact_date_error)

        self.contact_time_label = QLabel(ContactEntryDialog)
        self.contact_time_label.setObjectName(u"contact_time_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contact_time_label)

        self.contact_time = QLineEdit(ContactEntryDialog)
        self.contact_time.setObjectName(u"contact_time")
        self.contact_time.setMaxLength(8)
        self.contact_time.setMaximumSize(QSize(120, 16777215))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contact_time)

        self.contact_time_error = QLabel(ContactEntryDialog)
        self.contact_time_error.setObjectName(u"contact_time_error")
        self.contact_time_error.setProperty(u"role", u"error")
        self.contact_time_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.contact_time_error.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contact_time_error)

        self.summary_label = QLabel(ContactEntryDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary = QPlainTextEdit(ContactEntryDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.summary)

        self.summary_error = QLabel(ContactEntryDialog)
        self.summary_error.setObjectName(u"summary_error")
        self.summary_error.setProperty(u"role", u"error")
        self.summary_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.summary_error.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.summary_error)

        self.restricted_label = QLabel(ContactEntryDialog)
        self.restricted_label.setObjectName(u"restricted_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.restricted_label)

        self.restricted = QComboBox(ContactEntryDialog)
        self.restricted.setObjectName(u"restricted")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.restricted)

        self.restricted_error = QLabel(ContactEntryDialog)
        self.restricted_error.setObjectName(u"restricted_error")
        self.restricted_error.setProperty(u"role", u"error")
        self.restricted_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.restricted_error.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.restricted_error)

        self.referral_label = QLabel(ContactEntryDialog)
        self.referral_label.setObjectName(u"referral_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.referral_label)

        self.referral = QComboBox(ContactEntryDialog)
        self.referral.setObjectName(u"referral")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.referral)

        self.referral_error = QLabel(ContactEntryDialog)
        self.referral_error.setObjectName(u"referral_error")
        self.referral_error.setProperty(u"role", u"error")
        self.referral_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.referral_error.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.referral_error)

        self.reason_label = QLabel(ContactEntryDialog)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QPlainTextEdit(ContactEntryDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reason_error = QLabel(ContactEntryDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setProperty(u"role", u"error")
        self.reason_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.reason_error.setWordWrap(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.reason_error)


        self.main_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ContactEntryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.contact_date_label.setBuddy(self.contact_date)
        self.contact_time_label.setBuddy(self.contact_time)
        self.summary_label.setBuddy(self.summary)
        self.restricted_label.setBuddy(self.restricted)
        self.referral_label.setBuddy(self.referral)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.contact_date)
        QWidget.setTabOrder(self.contact_date, self.contact_time)
        QWidget.setTabOrder(self.contact_time, self.summary)
        QWidget.setTabOrder(self.summary, self.restricted)
        QWidget.setTabOrder(self.restricted, self.referral)
        QWidget.setTabOrder(self.referral, self.reason)
        QWidget.setTabOrder(self.reason, self.buttons)

        self.retranslateUi(ContactEntryDialog)
        self.buttons.rejected.connect(ContactEntryDialog.reject)

        QMetaObject.connectSlotsByName(ContactEntryDialog)
    # setupUi

    def retranslateUi(self, ContactEntryDialog):
        ContactEntryDialog.setWindowTitle(QCoreApplication.translate("ContactEntryDialog", u"Add contact", None))
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("ContactEntryDialog", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("ContactEntryDialog", u"Any contact with or observation of the prisoner, by any department. Entries are never changed: a mistake is put right with a correction, and the original is kept.", None))
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("ContactEntryDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("ContactEntryDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("ContactEntryDialog", u"Kind of contact", None))
#endif // QT_CONFIG(accessibility)
        self.contact_date_label.setText(QCoreApplication.translate("ContactEntryDialog", u"Contact &date:", None))
#if QT_CONFIG(accessibility)
        self.contact_date.setAccessibleName(QCoreApplication.translate("ContactEntryDialog", u"Contact date", None))
#endif // QT_CONFIG(accessibility)
        self.contact_time_label.setText(QCoreApplication.translate("ContactEntryDialog", u"&Time:", None))
#if QT_CONFIG(accessibility)
        self.contact_time.setAccessibleName(QCoreApplication.translate("ContactEntryDialog", u"Time of the contact (24-hour clock)", None))
#endif // QT_CONFIG(accessibility)
        self.contact_time.setPlaceholderText(QCoreApplication.translate("ContactEntryDialog", u"e.g. 14:30", None))
        self.summary_label.setText(QCoreApplication.translate("ContactEntryDialog", u"&Summary:", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ContactEntryDialog", u"Summary of the contact", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setPlaceholderText(QCoreApplication.translate("ContactEntryDialog", u"What happened, what was said, how the prisoner presented, anything to follow up", None))
        self.restricted_label.setText(QCoreApplication.translate("ContactEntryDialog", u"&Restricted:", None))
#if QT_CONFIG(accessibility)
        self.restricted.setAccessibleName(QCoreApplication.translate("ContactEntryDialog", u"Restricted", None))
#endif // QT_CONFIG(accessibility)
        self.referral_label.setText(QCoreApplication.translate("ContactEntryDialog", u"Linked re&ferral:", None))
#if QT_CONFIG(accessibility)
        self.referral.setAccessibleName(QCoreApplication.translate("ContactEntryDialog", u"Linked referral", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("ContactEntryDialog", u"Reason for the &correction:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("ContactEntryDialog", u"Reason for the correction", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("ContactEntryDialog", u"Why the entry is being corrected (kept with the corrected entry)", None))
    # retranslateUi

