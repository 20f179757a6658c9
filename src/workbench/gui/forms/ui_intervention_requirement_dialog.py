# Generated from ui/intervention_requirement_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intervention_requirement_dialog.ui'
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

class Ui_InterventionRequirementDialog(object):
    def setupUi(self, InterventionRequirementDialog):
        if not InterventionRequirementDialog.objectName():
            InterventionRequirementDialog.setObjectName(u"InterventionRequirementDialog")
        InterventionRequirementDialog.setMinimumSize(QSize(560, 0))
        self.main_layout = QVBoxLayout(InterventionRequirementDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prisoner = QLabel(InterventionRequirementDialog)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.main_layout.addWidget(self.prisoner)

        self.intro = QLabel(InterventionRequirementDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.general_error = QLabel(InterventionRequirementDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.intervention_label = QLabel(InterventionRequirementDialog)
        self.intervention_label.setObjectName(u"intervention_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.intervention_label)

        self.intervention = QComboBox(InterventionRequirementDialog)
        self.intervention.setObjectName(u"intervention")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.intervention)

        self.intervention_error = QLabel(InterventionRequirementDialog)
        self.intervention_error.setObjectName(u"intervention_error")
        self.intervention_error.setProperty(u"role", u"error")
        self.intervention_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.intervention_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.intervention_error)

        self.other_name_label = QLabel(InterventionRequirementDialog)
        self.other_name_label.setObjectName(u"other_name_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.other_name_label)

        self.other_name = QLineEdit(InterventionRequirementDialog)
        self.other_name.setObjectName(u"other_name")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.other_name)

        self.need_label = QLabel(InterventionRequirementDialog)
        self.need_label.setObjectName(u"need_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.need_label)

        self.need = QComboBox(InterventionRequirementDialog)
        self.need.setObjectName(u"need")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.need)

        self.need_error = QLabel(InterventionRequirementDialog)
        self.need_error.setObjectName(u"need_error")
        self.need_error.setProperty(u"role", u"error")
        self.need_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.need_error.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.need_error)

        self.objective_label = QLabel(InterventionRequirementDialog)
        self.objective_label.setObjectName(u"objective_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.objective_label)

        self.objective = QComboBox(InterventionRequirementDialog)
        self.objective.setObjectName(u"objective")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.objective)

        self.objective_error = QLabel(InterventionRequirementDialog)
        self.objective_error.setObjectName(u"objective_error")
        self.objective_error.setProperty(u"role", u"error")
        self.objective_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.objective_error.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.objective_error)

        self.availability_label = QLabel(InterventionRequirementDialog)
        self.availability_label.setObjectName(u"availability_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.availability_label)

        self.availability = QComboBox(InterventionRequirementDialog)
        self.availability.setObjectName(u"availability")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.availability)

        self.availability_error = QLabel(InterventionRequirementDialog)
        self.availability_error.setObjectName(u"availability_error")
        self.availability_error.setProperty(u"role", u"error")
        self.availability_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.availability_error.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.availability_error)

        self.planned_on_label = QLabel(InterventionRequirementDialog)
        self.planned_on_label.setObjectName(u"planned_on_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.planned_on_label)

        self.planned_on = DateField(InterventionRequirementDialog)
        self.planned_on.setObjectName(u"planned_on")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.planned_on)

        self.planned_on_error = QLabel(InterventionRequirementDialog)
        self.planned_on_error.setObjectName(u"planned_on_error")
        self.planned_on_error.setProperty(u"role", u"error")
        self.planned_on_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.planned_on_error.setWordWrap(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.planned_on_error)

        self.reason_label = QLabel(InterventionRequirementDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QPlainTextEdit(InterventionRequirementDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reason_error = QLabel(InterventionRequirementDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setProperty(u"role", u"error")
        self.reason_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.reason_error.setWordWrap(True)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.reason_error)

        self.substitute_label = QLabel(InterventionRequirementDialog)
        self.substitute_label.setObjectName(u"substitute_label")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.substitute_label)

        self.substitute = QLineEdit(InterventionRequirementDialog)
        self.substitute.setObjectName(u"substitute")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.substitute)

        self.substitute_error = QLabel(InterventionRequirementDialog)
        self.substitute_error.setObjectName(u"substitute_error")
        self.substitute_error.setProperty(u"role", u"error")
        self.substitute_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.substitute_error.setWordWrap(True)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.substitute_error)


        self.main_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(InterventionRequirementDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.intervention_label.setBuddy(self.intervention)
        self.other_name_label.setBuddy(self.other_name)
        self.need_label.setBuddy(self.need)
        self.objective_label.setBuddy(self.objective)
        self.availability_label.setBuddy(self.availability)
        self.planned_on_label.setBuddy(self.planned_on)
        self.reason_label.setBuddy(self.reason)
        self.substitute_label.setBuddy(self.substitute)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.intervention, self.other_name)
        QWidget.setTabOrder(self.other_name, self.need)
        QWidget.setTabOrder(self.need, self.objective)
        QWidget.setTabOrder(self.objective, self.availability)
        QWidget.setTabOrder(self.availability, self.planned_on)
        QWidget.setTabOrder(self.planned_on, self.reason)
        QWidget.setTabOrder(self.reason, self.substitute)
        QWidget.setTabOrder(self.substitute, self.buttons)

        self.retranslateUi(InterventionRequirementDialog)
        self.buttons.rejected.connect(InterventionRequirementDialog.reject)

        QMetaObject.connectSlotsByName(InterventionRequirementDialog)
    # setupUi

    def retranslateUi(self, InterventionRequirementDialog):
        InterventionRequirementDialog.setWindowTitle(QCoreApplication.translate("InterventionRequirementDialog", u"Required intervention", None))
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("InterventionRequirementDialog", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("InterventionRequirementDialog", u"Record every intervention the prisoner needs, whatever is available here: what cannot be delivered is counted in the unmet-need ledger.", None))
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("InterventionRequirementDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.intervention_label.setText(QCoreApplication.translate("InterventionRequirementDialog", u"&Intervention:", None))
#if QT_CONFIG(accessibility)
        self.intervention.setAccessibleName(QCoreApplication.translate("InterventionRequirementDialog", u"Intervention from the catalogue", None))
#endif // QT_CONFIG(accessibility)
        self.other_name_label.setText(QCoreApplication.translate("InterventionRequirementDialog", u"Other na&me:", None))
#if QT_CONFIG(accessibility)
        self.other_name.setAccessibleName(QCoreApplication.translate("InterventionRequirementDialog", u"Intervention not in the catalogue", None))
#endif // QT_CONFIG(accessibility)
        self.other_name.setPlaceholderText(QCoreApplication.translate("InterventionRequirementDialog", u"Type the name if it is not in the list", None))
        self.need_label.setText(QCoreApplication.translate("InterventionRequirementDialog", u"Nee&d:", None))
#if QT_CONFIG(accessibility)
        self.need.setAccessibleName(QCoreApplication.translate("InterventionRequirementDialog", u"Need it answers", None))
#endif // QT_CONFIG(accessibility)
        self.objective_label.setText(QCoreApplication.translate("InterventionRequirementDialog", u"&Objective:", None))
#if QT_CONFIG(accessibility)
        self.objective.setAccessibleName(QCoreApplication.translate("InterventionRequirementDialog", u"Objective (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.availability_label.setText(QCoreApplication.translate("InterventionRequirementDialog", u"&Availability:", None))
#if QT_CONFIG(accessibility)
        self.availability.setAccessibleName(QCoreApplication.translate("InterventionRequirementDialog", u"Availability", None))
#endif // QT_CONFIG(accessibility)
        self.planned_on_label.setText(QCoreApplication.translate("InterventionRequirementDialog", u"&Planned date:", None))
#if QT_CONFIG(accessibility)
        self.planned_on.setAccessibleName(QCoreApplication.translate("InterventionRequirementDialog", u"Planned date", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("InterventionRequirementDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("InterventionRequirementDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("InterventionRequirementDialog", u"Why it is not delivered or planned here", None))
        self.substitute_label.setText(QCoreApplication.translate("InterventionRequirementDialog", u"&Substitute:", None))
#if QT_CONFIG(accessibility)
        self.substitute.setAccessibleName(QCoreApplication.translate("InterventionRequirementDialog", u"Substitute offered (not equivalent)", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

