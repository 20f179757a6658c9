# Generated from ui/interview_arrival.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_arrival.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_InterviewArrivalPage(object):
    def setupUi(self, InterviewArrivalPage):
        if not InterviewArrivalPage.objectName():
            InterviewArrivalPage.setObjectName(u"InterviewArrivalPage")
        self.main_layout = QVBoxLayout(InterviewArrivalPage)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.first_contact_date_label = QLabel(InterviewArrivalPage)
        self.first_contact_date_label.setObjectName(u"first_contact_date_label")
        self.first_contact_date_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_contact_date_label)

        self.first_contact_date = DateField(InterviewArrivalPage)
        self.first_contact_date.setObjectName(u"first_contact_date")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_contact_date)

        self.first_contact_date_error = QLabel(InterviewArrivalPage)
        self.first_contact_date_error.setObjectName(u"first_contact_date_error")
        self.first_contact_date_error.setProperty(u"role", u"error")
        self.first_contact_date_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_contact_date_error)

        self.role_explained = QCheckBox(InterviewArrivalPage)
        self.role_explained.setObjectName(u"role_explained")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_explained)

        self.role_explained_error = QLabel(InterviewArrivalPage)
        self.role_explained_error.setObjectName(u"role_explained_error")
        self.role_explained_error.setProperty(u"role", u"error")
        self.role_explained_error.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.role_explained_error)

        self.first_contact_summary_label = QLabel(InterviewArrivalPage)
        self.first_contact_summary_label.setObjectName(u"first_contact_summary_label")
        self.first_contact_summary_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.first_contact_summary_label)

        self.first_contact_summary = QPlainTextEdit(InterviewArrivalPage)
        self.first_contact_summary.setObjectName(u"first_contact_summary")
        self.first_contact_summary.setTabChangesFocus(True)
        self.first_contact_summary.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.first_contact_summary)

        self.first_contact_summary_error = QLabel(InterviewArrivalPage)
        self.first_contact_summary_error.setObjectName(u"first_contact_summary_error")
        self.first_contact_summary_error.setProperty(u"role", u"error")
        self.first_contact_summary_error.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.first_contact_summary_error)

        self.arrival_concerns_label = QLabel(InterviewArrivalPage)
        self.arrival_concerns_label.setObjectName(u"arrival_concerns_label")
        self.arrival_concerns_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.arrival_concerns_label)

        self.arrival_concerns = QPlainTextEdit(InterviewArrivalPage)
        self.arrival_concerns.setObjectName(u"arrival_concerns")
        self.arrival_concerns.setTabChangesFocus(True)
        self.arrival_concerns.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.arrival_concerns)

        self.arrival_concerns_error = QLabel(InterviewArrivalPage)
        self.arrival_concerns_error.setObjectName(u"arrival_concerns_error")
        self.arrival_concerns_error.setProperty(u"role", u"error")
        self.arrival_concerns_error.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.arrival_concerns_error)


        self.main_layout.addLayout(self.form)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.first_contact_date_label.setBuddy(self.first_contact_date)
        self.first_contact_summary_label.setBuddy(self.first_contact_summary)
        self.arrival_concerns_label.setBuddy(self.arrival_concerns)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first_contact_date, self.role_explained)
        QWidget.setTabOrder(self.role_explained, self.first_contact_summary)
        QWidget.setTabOrder(self.first_contact_summary, self.arrival_concerns)

        self.retranslateUi(InterviewArrivalPage)

        QMetaObject.connectSlotsByName(InterviewArrivalPage)
    # setupUi

    def retranslateUi(self, InterviewArrivalPage):
        self.first_contact_date_label.setText(QCoreApplication.translate("InterviewArrivalPage", u"Date of the in&terview:", None))
#if QT_CONFIG(accessibility)
        self.first_contact_date.setAccessibleName(QCoreApplication.translate("InterviewArrivalPage", u"Date of the first contact", None))
#endif // QT_CONFIG(accessibility)
        self.role_explained.setText(QCoreApplication.translate("InterviewArrivalPage", u"I explained my &role and what happens next", None))
#if QT_CONFIG(accessibility)
        self.role_explained.setAccessibleName(QCoreApplication.translate("InterviewArrivalPage", u"Role and next steps explained", None))
#endif // QT_CONFIG(accessibility)
        self.first_contact_summary_label.setText(QCoreApplication.translate("InterviewArrivalPage", u"&Summary of the contact:", None))
#if QT_CONFIG(accessibility)
        self.first_contact_summary.setAccessibleName(QCoreApplication.translate("InterviewArrivalPage", u"Summary of the first contact", None))
#endif // QT_CONFIG(accessibility)
        self.first_contact_summary.setPlaceholderText(QCoreApplication.translate("InterviewArrivalPage", u"Where you met, how the prisoner presented, what you agreed", None))
        self.arrival_concerns_label.setText(QCoreApplication.translate("InterviewArrivalPage", u"&Worries raised:", None))
#if QT_CONFIG(accessibility)
        self.arrival_concerns.setAccessibleName(QCoreApplication.translate("InterviewArrivalPage", u"Worries raised on arrival", None))
#endif // QT_CONFIG(accessibility)
        self.arrival_concerns.setPlaceholderText(QCoreApplication.translate("InterviewArrivalPage", u"Anything the prisoner is worried about now (optional)", None))
        pass
    # retranslateUi

