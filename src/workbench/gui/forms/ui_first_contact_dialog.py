# Generated from ui/first_contact_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_contact_dialog.ui'
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

from workbench.gui.widgets.date_field import DateField

class Ui_FirstContactDialog(object):
    def setupUi(self, FirstContactDialog):
        if not FirstContactDialog.objectName():
            FirstContactDialog.setObjectName(u"FirstContactDialog")
        FirstContactDialog.setMinimumSize(QSize(480, 0))
        self.main_layout = QVBoxLayout(FirstContactDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prisoner = QLabel(FirstContactDialog)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.main_layout.addWidget(self.prisoner)

        self.intro = QLabel(FirstContactDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.general_error = QLabel(FirstContactDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contact_date_label = QLabel(FirstContactDialog)
        self.contact_date_label.setObjectName(u"contact_date_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contact_date_label)

        self.contact_date = DateField(FirstContactDialog)
        self.contact_date.setObjectName(u"contact_date")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_date)

        self.contact_date_error = QLabel(FirstContactDialog)
        self.contact_date_error.setObjectName(u"contact_date_error")
        self.contact_date_error.setProperty(u"role", u"error")
        self.contact_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.contact_date_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contact_date_error)

        self.summary_label = QLabel(FirstContactDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary = QPlainTextEdit(FirstContactDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.summary)

        self.summary_error = QLabel(FirstContactDialog)
        self.summary_error.setObjectName(u"summary_error")
        self.summary_error.setProperty(u"role", u"error")
        self.summary_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.summary_error.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summary_error)


        self.main_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(FirstContactDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.contact_date_label.setBuddy(self.contact_date)
        self.summary_label.setBuddy(self.summary)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.contact_date, self.summary)
        QWidget.setTabOrder(self.summary, self.buttons)

        self.retranslateUi(FirstContactDialog)
        self.buttons.rejected.connect(FirstContactDialog.reject)

        QMetaObject.connectSlotsByName(FirstContactDialog)
    # setupUi

    def retranslateUi(self, FirstContactDialog):
        FirstContactDialog.setWindowTitle(QCoreApplication.translate("FirstContactDialog", u"Record first contact", None))
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("FirstContactDialog", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("FirstContactDialog", u"The offender supervisor's first contact with the prisoner at this establishment. Recording it stops the first-contact clock.", None))
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("FirstContactDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.contact_date_label.setText(QCoreApplication.translate("FirstContactDialog", u"Contact &date:", None))
#if QT_CONFIG(accessibility)
        self.contact_date.setAccessibleName(QCoreApplication.translate("FirstContactDialog", u"Contact date", None))
#endif // QT_CONFIG(accessibility)
        self.summary_label.setText(QCoreApplication.translate("FirstContactDialog", u"&Summary:", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("FirstContactDialog", u"Summary of the contact", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setPlaceholderText(QCoreApplication.translate("FirstContactDialog", u"What was discussed, how the prisoner presented, anything to follow up", None))
    # retranslateUi

