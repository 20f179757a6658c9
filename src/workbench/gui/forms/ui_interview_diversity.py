# Generated from ui/interview_diversity.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_diversity.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_InterviewDiversityPage(object):
    def setupUi(self, InterviewDiversityPage):
        if not InterviewDiversityPage.objectName():
            InterviewDiversityPage.setObjectName(u"InterviewDiversityPage")
        self.main_layout = QVBoxLayout(InterviewDiversityPage)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.first_language_label = QLabel(InterviewDiversityPage)
        self.first_language_label.setObjectName(u"first_language_label")
        self.first_language_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_language_label)

        self.first_language = QLineEdit(InterviewDiversityPage)
        self.first_language.setObjectName(u"first_language")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_language)

        self.first_language_error = QLabel(InterviewDiversityPage)
        self.first_language_error.setObjectName(u"first_language_error")
        self.first_language_error.setProperty(u"role", u"error")
        self.first_language_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_language_error)

        self.interpreter_needed_label = QLabel(InterviewDiversityPage)
        self.interpreter_needed_label.setObjectName(u"interpreter_needed_label")
        self.interpreter_needed_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.interpreter_needed_label)

        self.interpreter_needed = QComboBox(InterviewDiversityPage)
        self.interpreter_needed.setObjectName(u"interpreter_needed")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.interpreter_needed)

        self.interpreter_needed_error = QLabel(InterviewDiversityPage)
        self.interpreter_needed_error.setObjectName(u"interpreter_needed_error")
        self.interpreter_needed_error.setProperty(u"role", u"error")
        self.interpreter_needed_error.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.interpreter_needed_error)

        self.basic_skills_label = QLabel(InterviewDiversityPage)
        self.basic_skills_label.setObjectName(u"basic_skills_label")
        self.basic_skills_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.basic_skills_label)

        self.basic_skills = QComboBox(InterviewDiversityPage)
        self.basic_skills.setObjectName(u"basic_skills")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.basic_skills)

        self.basic_skills_error = QLabel(InterviewDiversityPage)
        self.basic_skills_error.setObjectName(u"basic_skills_error")
        self.basic_skills_error.setProperty(u"role", u"error")
        self.basic_skills_error.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.basic_skills_error)

        self.disability_and_adjustments_label = QLabel(InterviewDiversityPage)
        self.disability_and_adjustments_label.setObjectName(u"disability_and_adjustments_label")
        self.disability_and_adjustments_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.disability_and_adjustments_label)

        self.disability_and_adjustments = QPlainTextEdit(InterviewDiversityPage)
        self.disability_and_adjustments.setObjectName(u"disability_and_adjustments")
        self.disability_and_adjustments.setTabChangesFocus(True)
        self.disability_and_adjustments.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.disability_and_adjustments)

        self.disability_and_adjustments_error = QLabel(InterviewDiversityPage)
        self.disability_and_adjustments_error.setObjectName(u"disability_and_adjustments_error")
        self.disability_and_adjustments_error.setProperty(u"role", u"error")
        self.disability_and_adjustments_error.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.disability_and_adjustments_error)

        self.discrimination_experienced_label = QLabel(InterviewDiversityPage)
        self.discrimination_experienced_label.setObjectName(u"discrimination_experienced_label")
        self.discrimination_experienced_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.discrimination_experienced_label)

        self.discrimination_experienced = QPlainTextEdit(InterviewDiversityPage)
        self.discrimination_experienced.setObjectName(u"discrimination_experienced")
        self.discrimination_experienced.setTabChangesFocus(True)
        self.discrimination_experienced.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.discrimination_experienced)

        self.discrimination_experienced_error = QLabel(InterviewDiversityPage)
        self.discrimination_experienced_error.setObjectName(u"discrimination_experienced_error")
        self.discrimination_experienced_error.setProperty(u"role", u"error")
        self.discrimination_experienced_error.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.discrimination_experienced_error)


        self.main_layout.addLayout(self.form)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.first_language_label.setBuddy(self.first_language)
        self.interpreter_needed_label.setBuddy(self.interpreter_needed)
        self.basic_skills_label.setBuddy(self.basic_skills)
        self.disability_and_adjustments_label.setBuddy(self.disability_and_adjustments)
        self.discrimination_experienced_label.setBuddy(self.discrimination_experienced)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first_language, self.interpreter_needed)
        QWidget.setTabOrder(self.interpreter_needed, self.basic_skills)
        QWidget.setTabOrder(self.basic_skills, self.disability_and_adjustments)
        QWidget.setTabOrder(self.disability_and_adjustments, self.discrimination_experienced)

        self.retranslateUi(InterviewDiversityPage)

        QMetaObject.connectSlotsByName(InterviewDiversityPage)
    # setupUi

    def retranslateUi(self, InterviewDiversityPage):
        self.first_language_label.setText(QCoreApplication.translate("InterviewDiversityPage", u"&First language:", None))
#if QT_CONFIG(accessibility)
        self.first_language.setAccessibleName(QCoreApplication.translate("InterviewDiversityPage", u"First language", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_needed_label.setText(QCoreApplication.translate("InterviewDiversityPage", u"&Interpreter needed:", None))
#if QT_CONFIG(accessibility)
        self.interpreter_needed.setAccessibleName(QCoreApplication.translate("InterviewDiversityPage", u"Interpreter needed", None))
#endif // QT_CONFIG(accessibility)
        self.basic_skills_label.setText(QCoreApplication.translate("InterviewDiversityPage", u"Basic &skills screening:", None))
#if QT_CONFIG(accessibility)
        self.basic_skills.setAccessibleName(QCoreApplication.translate("InterviewDiversityPage", u"Basic skills screening result", None))
#endif // QT_CONFIG(accessibility)
        self.disability_and_adjustments_label.setText(QCoreApplication.translate("InterviewDiversityPage", u"Disability and &adjustments:", None))
#if QT_CONFIG(accessibility)
        self.disability_and_adjustments.setAccessibleName(QCoreApplication.translate("InterviewDiversityPage", u"Disability and adjustments", None))
#endif // QT_CONFIG(accessibility)
        self.disability_and_adjustments.setPlaceholderText(QCoreApplication.translate("InterviewDiversityPage", u"Any disability or condition, and the adjustments needed (or none disclosed)", None))
        self.discrimination_experienced_label.setText(QCoreApplication.translate("InterviewDiversityPage", u"Discrimination e&xperienced:", None))
#if QT_CONFIG(accessibility)
        self.discrimination_experienced.setAccessibleName(QCoreApplication.translate("InterviewDiversityPage", u"Discrimination experienced", None))
#endif // QT_CONFIG(accessibility)
        self.discrimination_experienced.setPlaceholderText(QCoreApplication.translate("InterviewDiversityPage", u"Any unfair treatment the prisoner describes (or none reported)", None))
        pass
    # retranslateUi

