# Generated from ui/contribution_request_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contribution_request_dialog.ui'
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

class Ui_ContributionRequestDialog(object):
    def setupUi(self, ContributionRequestDialog):
        if not ContributionRequestDialog.objectName():
            ContributionRequestDialog.setObjectName(u"ContributionRequestDialog")
        ContributionRequestDialog.setMinimumSize(QSize(480, 0))
        self.main_layout = QVBoxLayout(ContributionRequestDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prisoner = QLabel(ContributionRequestDialog)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.main_layout.addWidget(self.prisoner)

        self.intro = QLabel(ContributionRequestDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.general_error = QLabel(ContributionRequestDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.department_label = QLabel(ContributionRequestDialog)
        self.department_label.setObjectName(u"department_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department = QComboBox(ContributionRequestDialog)
        self.department.setObjectName(u"department")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.department)

        self.department_error = QLabel(ContributionRequestDialog)
        self.department_error.setObjectName(u"department_error")
        self.department_error.setProperty(u"role", u"error")
        self.department_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.department_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.department_error)

        self.due_on_label = QLabel(ContributionRequestDialog)
        self.due_on_label.setObjectName(u"due_on_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.due_on_label)

        self.due_on = DateField(ContributionRequestDialog)
        self.due_on.setObjectName(u"due_on")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.due_on)

        self.due_on_error = QLabel(ContributionRequestDialog)
        self.due_on_error.setObjectName(u"due_on_error")
        self.due_on_error.setProperty(u"role", u"error")
        self.due_on_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.due_on_error.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.due_on_error)

        self.note_label = QLabel(ContributionRequestDialog)
        self.note_label.setObjectName(u"note_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QPlainTextEdit(ContributionRequestDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note)

        self.note_error = QLabel(ContributionRequestDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setProperty(u"role", u"error")
        self.note_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.note_error.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note_error)


        self.main_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ContributionRequestDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.department_label.setBuddy(self.department)
        self.due_on_label.setBuddy(self.due_on)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.department, self.due_on)
        QWidget.setTabOrder(self.due_on, self.note)
        QWidget.setTabOrder(self.note, self.buttons)

        self.retranslateUi(ContributionRequestDialog)
        self.buttons.rejected.connect(ContributionRequestDialog.reject)

        QMetaObject.connectSlotsByName(ContributionRequestDialog)
    # setupUi

    def retranslateUi(self, ContributionRequestDialog):
        ContributionRequestDialog.setWindowTitle(QCoreApplication.translate("ContributionRequestDialog", u"Request a contribution", None))
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("ContributionRequestDialog", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("ContributionRequestDialog", u"Ask a department to contribute to the one sentence plan: they write what they know and propose objectives and actions, which you merge into the plan.", None))
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("ContributionRequestDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.department_label.setText(QCoreApplication.translate("ContributionRequestDialog", u"&Department:", None))
#if QT_CONFIG(accessibility)
        self.department.setAccessibleName(QCoreApplication.translate("ContributionRequestDialog", u"Department", None))
#endif // QT_CONFIG(accessibility)
        self.due_on_label.setText(QCoreApplication.translate("ContributionRequestDialog", u"D&ue by:", None))
#if QT_CONFIG(accessibility)
        self.due_on.setAccessibleName(QCoreApplication.translate("ContributionRequestDialog", u"Due by", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("ContributionRequestDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("ContributionRequestDialog", u"Note to the department", None))
#endif // QT_CONFIG(accessibility)
        self.note.setPlaceholderText(QCoreApplication.translate("ContributionRequestDialog", u"What you would like them to cover (optional)", None))
    # retranslateUi

