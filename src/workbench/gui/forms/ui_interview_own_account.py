# Generated from ui/interview_own_account.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_own_account.ui'
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
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_InterviewOwnAccountPage(object):
    def setupUi(self, InterviewOwnAccountPage):
        if not InterviewOwnAccountPage.objectName():
            InterviewOwnAccountPage.setObjectName(u"InterviewOwnAccountPage")
        self.main_layout = QVBoxLayout(InterviewOwnAccountPage)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.wants_to_change_label = QLabel(InterviewOwnAccountPage)
        self.wants_to_change_label.setObjectName(u"wants_to_change_label")
        self.wants_to_change_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.wants_to_change_label)

        self.wants_to_change = QPlainTextEdit(InterviewOwnAccountPage)
        self.wants_to_change.setObjectName(u"wants_to_change")
        self.wants_to_change.setTabChangesFocus(True)
        self.wants_to_change.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.wants_to_change)

        self.wants_to_change_error = QLabel(InterviewOwnAccountPage)
        self.wants_to_change_error.setObjectName(u"wants_to_change_error")
        self.wants_to_change_error.setProperty(u"role", u"error")
        self.wants_to_change_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.wants_to_change_error)

        self.what_helps_label = QLabel(InterviewOwnAccountPage)
        self.what_helps_label.setObjectName(u"what_helps_label")
        self.what_helps_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.what_helps_label)

        self.what_helps = QPlainTextEdit(InterviewOwnAccountPage)
        self.what_helps.setObjectName(u"what_helps")
        self.what_helps.setTabChangesFocus(True)
        self.what_helps.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.what_helps)

        self.what_helps_error = QLabel(InterviewOwnAccountPage)
        self.what_helps_error.setObjectName(u"what_helps_error")
        self.what_helps_error.setProperty(u"role", u"error")
        self.what_helps_error.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.what_helps_error)

        self.what_gets_in_the_way_label = QLabel(InterviewOwnAccountPage)
        self.what_gets_in_the_way_label.setObjectName(u"what_gets_in_the_way_label")
        self.what_gets_in_the_way_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.what_gets_in_the_way_label)

        self.what_gets_in_the_way = QPlainTextEdit(InterviewOwnAccountPage)
        self.what_gets_in_the_way.setObjectName(u"what_gets_in_the_way")
        self.what_gets_in_the_way.setTabChangesFocus(True)
        self.what_gets_in_the_way.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.what_gets_in_the_way)

        self.what_gets_in_the_way_error = QLabel(InterviewOwnAccountPage)
        self.what_gets_in_the_way_error.setObjectName(u"what_gets_in_the_way_error")
        self.what_gets_in_the_way_error.setProperty(u"role", u"error")
        self.what_gets_in_the_way_error.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.what_gets_in_the_way_error)

        self.motivation_label = QLabel(InterviewOwnAccountPage)
        self.motivation_label.setObjectName(u"motivation_label")
        self.motivation_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.motivation_label)

        self.motivation = QComboBox(InterviewOwnAccountPage)
        self.motivation.setObjectName(u"motivation")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.motivation)

        self.motivation_error = QLabel(InterviewOwnAccountPage)
        self.motivation_error.setObjectName(u"motivation_error")
        self.motivation_error.setProperty(u"role", u"error")
        self.motivation_error.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.motivation_error)

        self.motivation_note_label = QLabel(InterviewOwnAccountPage)
        self.motivation_note_label.setObjectName(u"motivation_note_label")
        self.motivation_note_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.motivation_note_label)

        self.motivation_note = QPlainTextEdit(InterviewOwnAccountPage)
        self.motivation_note.setObjectName(u"motivation_note")
        self.motivation_note.setTabChangesFocus(True)
        self.motivation_note.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.motivation_note)

        self.motivation_note_error = QLabel(InterviewOwnAccountPage)
        self.motivation_note_error.setObjectName(u"motivation_note_error")
        self.motivation_note_error.setProperty(u"role", u"error")
        self.motivation_note_error.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.motivation_note_error)

        self.learning_style_label = QLabel(InterviewOwnAccountPage)
        self.learning_style_label.setObjectName(u"learning_style_label")
        self.learning_style_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.learning_style_label)

        self.learning_style = QPlainTextEdit(InterviewOwnAccountPage)
        self.learning_style.setObjectName(u"learning_style")
        self.learning_style.setTabChangesFocus(True)
        self.learning_style.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.learning_style)

        self.learning_style_error = QLabel(InterviewOwnAccountPage)
        self.learning_style_error.setObjectName(u"learning_style_error")
        self.learning_style_error.setProperty(u"role", u"error")
        self.learning_style_error.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.learning_style_error)

        self.capacity_to_change_label = QLabel(InterviewOwnAccountPage)
        self.capacity_to_change_label.setObjectName(u"capacity_to_change_label")
        self.capacity_to_change_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.capacity_to_change_label)

        self.capacity_to_change = QPlainTextEdit(InterviewOwnAccountPage)
        self.capacity_to_change.setObjectName(u"capacity_to_change")
        self.capacity_to_change.setTabChangesFocus(True)
        self.capacity_to_change.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.capacity_to_change)

        self.capacity_to_change_error = QLabel(InterviewOwnAccountPage)
        self.capacity_to_change_error.setObjectName(u"capacity_to_change_error")
        self.capacity_to_change_error.setProperty(u"role", u"error")
        self.capacity_to_change_error.setWordWrap(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.capacity_to_change_error)


        self.main_layout.addLayout(self.form)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.wants_to_change_label.setBuddy(self.wants_to_change)
        self.what_helps_label.setBuddy(self.what_helps)
        self.what_gets_in_the_way_label.setBuddy(self.what_gets_in_the_way)
        self.motivation_label.setBuddy(self.motivation)
        self.motivation_note_label.setBuddy(self.motivation_note)
        self.learning_style_label.setBuddy(self.learning_style)
        self.capacity_to_change_label.setBuddy(self.capacity_to_change)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.wants_to_change, self.what_helps)
        QWidget.setTabOrder(self.what_helps, self.what_gets_in_the_way)
        QWidget.setTabOrder(self.what_gets_in_the_way, self.motivation)
        QWidget.setTabOrder(self.motivation, self.motivation_note)
        QWidget.setTabOrder(self.motivation_note, self.learning_style)
        QWidget.setTabOrder(self.learning_style, self.capacity_to_change)

        self.retranslateUi(InterviewOwnAccountPage)

        QMetaObject.connectSlotsByName(InterviewOwnAccountPage)
    # setupUi

    def retranslateUi(self, InterviewOwnAccountPage):
        self.wants_to_change_label.setText(QCoreApplication.translate("InterviewOwnAccountPage", u"What they want to &change:", None))
#if QT_CONFIG(accessibility)
        self.wants_to_change.setAccessibleName(QCoreApplication.translate("InterviewOwnAccountPage", u"What they want to change", None))
#endif // QT_CONFIG(accessibility)
        self.wants_to_change.setPlaceholderText(QCoreApplication.translate("InterviewOwnAccountPage", u"In their own words", None))
        self.what_helps_label.setText(QCoreApplication.translate("InterviewOwnAccountPage", u"What &helps:", None))
#if QT_CONFIG(accessibility)
        self.what_helps.setAccessibleName(QCoreApplication.translate("InterviewOwnAccountPage", u"What helps", None))
#endif // QT_CONFIG(accessibility)
        self.what_helps.setPlaceholderText(QCoreApplication.translate("InterviewOwnAccountPage", u"In their own words", None))
        self.what_gets_in_the_way_label.setText(QCoreApplication.translate("InterviewOwnAccountPage", u"What gets in the &way:", None))
#if QT_CONFIG(accessibility)
        self.what_gets_in_the_way.setAccessibleName(QCoreApplication.translate("InterviewOwnAccountPage", u"What gets in the way", None))
#endif // QT_CONFIG(accessibility)
        self.what_gets_in_the_way.setPlaceholderText(QCoreApplication.translate("InterviewOwnAccountPage", u"In their own words", None))
        self.motivation_label.setText(QCoreApplication.translate("InterviewOwnAccountPage", u"&Motivation:", None))
#if QT_CONFIG(accessibility)
        self.motivation.setAccessibleName(QCoreApplication.translate("InterviewOwnAccountPage", u"Motivation to change", None))
#endif // QT_CONFIG(accessibility)
        self.motivation_note_label.setText(QCoreApplication.translate("InterviewOwnAccountPage", u"In &their words:", None))
#if QT_CONFIG(accessibility)
        self.motivation_note.setAccessibleName(QCoreApplication.translate("InterviewOwnAccountPage", u"Motivation in their own words", None))
#endif // QT_CONFIG(accessibility)
        self.motivation_note.setPlaceholderText(QCoreApplication.translate("InterviewOwnAccountPage", u"What they said about wanting to change (optional)", None))
        self.learning_style_label.setText(QCoreApplication.translate("InterviewOwnAccountPage", u"Learning st&yle:", None))
#if QT_CONFIG(accessibility)
        self.learning_style.setAccessibleName(QCoreApplication.translate("InterviewOwnAccountPage", u"Learning style", None))
#endif // QT_CONFIG(accessibility)
        self.learning_style.setPlaceholderText(QCoreApplication.translate("InterviewOwnAccountPage", u"How they learn best", None))
        self.capacity_to_change_label.setText(QCoreApplication.translate("InterviewOwnAccountPage", u"Ca&pacity to change:", None))
#if QT_CONFIG(accessibility)
        self.capacity_to_change.setAccessibleName(QCoreApplication.translate("InterviewOwnAccountPage", u"Capacity to change", None))
#endif // QT_CONFIG(accessibility)
        self.capacity_to_change.setPlaceholderText(QCoreApplication.translate("InterviewOwnAccountPage", u"What shows they can change (past successes, skills, support)", None))
        pass
    # retranslateUi

