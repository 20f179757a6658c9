# Generated from ui/contribution_write_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contribution_write_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_ContributionWriteDialog(object):
    def setupUi(self, ContributionWriteDialog):
        if not ContributionWriteDialog.objectName():
            ContributionWriteDialog.setObjectName(u"ContributionWriteDialog")
        ContributionWriteDialog.setMinimumSize(QSize(900, 0))
        self.main_layout = QVBoxLayout(ContributionWriteDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.general_error = QLabel(ContributionWriteDialog)
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
        self.prisoner = QLabel(ContributionWriteDialog)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.left_layout.addWidget(self.prisoner)

        self.request = QLabel(ContributionWriteDialog)
        self.request.setObjectName(u"request")
        self.request.setWordWrap(True)

        self.left_layout.addWidget(self.request)

        self.objectives_label = QLabel(ContributionWriteDialog)
        self.objectives_label.setObjectName(u"objectives_label")

        self.left_layout.addWidget(self.objectives_label)

        self.objectives = QListWidget(ContributionWriteDialog)
        self.objectives.setObjectName(u"objectives")
        self.objectives.setMaximumSize(QSize(16777215, 110))

        self.left_layout.addWidget(self.objectives)

        self.summary_label = QLabel(ContributionWriteDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.left_layout.addWidget(self.summary_label)

        self.summary = QPlainTextEdit(ContributionWriteDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)

        self.left_layout.addWidget(self.summary)

        self.summary_error = QLabel(ContributionWriteDialog)
        self.summary_error.setObjectName(u"summary_error")
        self.summary_error.setProperty(u"role", u"error")
        self.summary_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.summary_error.setWordWrap(True)

        self.left_layout.addWidget(self.summary_error)

        self.proposals_label = QLabel(ContributionWriteDialog)
        self.proposals_label.setObjectName(u"proposals_label")

        self.left_layout.addWidget(self.proposals_label)

        self.proposals = QListWidget(ContributionWriteDialog)
        self.proposals.setObjectName(u"proposals")

        self.left_layout.addWidget(self.proposals)

        self.proposal_buttons = QHBoxLayout()
        self.proposal_buttons.setObjectName(u"proposal_buttons")
        self.proposal_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.proposal_buttons.addItem(self.proposal_spacer)

        self.remove_button = QPushButton(ContributionWriteDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.proposal_buttons.addWidget(self.remove_button)


        self.left_layout.addLayout(self.proposal_buttons)

        self.proposals_error = QLabel(ContributionWriteDialog)
        self.proposals_error.setObjectName(u"proposals_error")
        self.proposals_error.setProperty(u"role", u"error")
        self.proposals_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.proposals_error.setWordWrap(True)

        self.left_layout.addWidget(self.proposals_error)


        self.columns.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.objective_box = QGroupBox(ContributionWriteDialog)
        self.objective_box.setObjectName(u"objective_box")
        self.objective_layout = QVBoxLayout(self.objective_box)
        self.objective_layout.setObjectName(u"objective_layout")
        self.objective_form = QFormLayout()
        self.objective_form.setObjectName(u"objective_form")
        self.objective_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outcome_label = QLabel(self.objective_box)
        self.outcome_label.setObjectName(u"outcome_label")

        self.objective_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome = QPlainTextEdit(self.objective_box)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumSize(QSize(16777215, 70))

        self.objective_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.outcome_error = QLabel(self.objective_box)
        self.outcome_error.setObjectName(u"outcome_error")
        self.outcome_error.setProperty(u"role", u"error")
        self.outcome_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.outcome_error.setWordWrap(True)

        self.objective_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcome_error)

        self.lint = QLabel(self.objective_box)
        self.lint.setObjectName(u"lint")
        self.lint.setWordWrap(True)

        self.objective_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lint)

        self.need_label = QLabel(self.objective_box)
        self.need_label.setObjectName(u"need_label")

        self.objective_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.need_label)

        self.need = QComboBox(self.objective_box)
        self.need.setObjectName(u"need")

        self.objective_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.need)

        self.need_error = QLabel(self.objective_box)
        self.need_error.setObjectName(u"need_error")
        self.need_error.setProperty(u"role", u"error")
        self.need_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.need_error.setWordWrap(True)

        self.objective_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.need_error)

        self.measure_label = QLabel(self.objective_box)
        self.measure_label.setObjectName(u"measure_label")

        self.objective_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.measure_label)

        self.measure = QLineEdit(self.objective_box)
        self.measure.setObjectName(u"measure")

        self.objective_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.measure)

        self.measure_error = QLabel(self.objective_box)
        self.measure_error.setObjectName(u"measure_error")
        self.measure_error.setProperty(u"role", u"error")
        self.measure_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.measure_error.setWordWrap(True)

        self.objective_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.measure_error)

        self.phase_label = QLabel(self.objective_box)
        self.phase_label.setObjectName(u"phase_label")

        self.objective_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phase_label)

        self.phase = QComboBox(self.objective_box)
        self.phase.setObjectName(u"phase")

        self.objective_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phase)


        self.objective_layout.addLayout(self.objective_form)

        self.objective_buttons = QHBoxLayout()
        self.objective_buttons.setObjectName(u"objective_buttons")
        self.objective_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.objective_buttons.addItem(self.objective_spacer)

        self.add_objective_button = QPushButton(self.objective_box)
        self.add_objective_button.setObjectName(u"add_objective_button")

        self.objective_buttons.addWidget(self.add_objective_button)


        self.objective_layout.addLayout(self.objective_buttons)


        self.right_layout.addWidget(self.objective_box)

        self.action_box = QGroupBox(ContributionWriteDialog)
        self.action_box.setObjectName(u"action_box")
        self.action_layout = QVBoxLayout(self.action_box)
        self.action_layout.setObjectName(u"action_layout")
        self.action_form = QFormLayout()
        self.action_form.setObjectName(u"action_form")
        self.action_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.what_label = QLabel(self.action_box)
        self.what_label.setObjectName(u"what_label")

        self.action_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.what_label)

        self.what = QLineEdit(self.action_box)
        self.what.setObjectName(u"what")

        self.action_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.what)

        self.what_error = QLabel(self.action_box)
        self.what_error.setObjectName(u"what_error")
        self.what_error.setProperty(u"role", u"error")
        self.what_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.what_error.setWordWrap(True)

        self.action_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.what_error)

        self.owner_role_label = QLabel(self.action_box)
        self.owner_role_label.setObjectName(u"owner_role_label")

        self.action_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.owner_role_label)

        self.owner_role = QLineEdit(self.action_box)
        self.owner_role.setObjectName(u"owner_role")

        self.action_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.owner_role)

        self.owner_role_error = QLabel(self.action_box)
        self.owner_role_error.setObjectName(u"owner_role_error")
        self.owner_role_error.setProperty(u"role", u"error")
        self.owner_role_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.owner_role_error.setWordWrap(True)

        self.action_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.owner_role_error)

        self.owner_name_label = QLabel(self.action_box)
        self.owner_name_label.setObjectName(u"owner_name_label")

        self.action_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.owner_name_label)

        self.owner_name = QLineEdit(self.action_box)
        self.owner_name.setObjectName(u"owner_name")

        self.action_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.owner_name)

        self.owner_name_error = QLabel(self.action_box)
        self.owner_name_error.setObjectName(u"owner_name_error")
        self.owner_name_error.setProperty(u"role", u"error")
        self.owner_name_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.owner_name_error.setWordWrap(True)

        self.action_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.owner_name_error)

        self.action_department_label = QLabel(self.action_box)
        self.action_department_label.setObjectName(u"action_department_label")

        self.action_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.action_department_label)

        self.action_department = QComboBox(self.action_box)
        self.action_department.setObjectName(u"action_department")

        self.action_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.action_department)

        self.action_due_label = QLabel(self.action_box)
        self.action_due_label.setObjectName(u"action_due_label")

        self.action_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.action_due_label)

        self.action_due = DateField(self.action_box)
        self.action_due.setObjectName(u"action_due")

        self.action_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.action_due)

        self.action_due_error = QLabel(self.action_box)
        self.action_due_error.setObjectName(u"action_due_error")
        self.action_due_error.setProperty(u"role", u"error")
        self.action_due_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.action_due_error.setWordWrap(True)

        self.action_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.action_due_error)

        self.action_objective_label = QLabel(self.action_box)
        self.action_objective_label.setObjectName(u"action_objective_label")

        self.action_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.action_objective_label)

        self.action_objective = QComboBox(self.action_box)
        self.action_objective.setObjectName(u"action_objective")

        self.action_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.action_objective)

        self.action_objective_error = QLabel(self.action_box)
        self.action_objective_error.setObjectName(u"action_objective_error")
        self.action_objective_error.setProperty(u"role", u"error")
        self.action_objective_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.action_objective_error.setWordWrap(True)

        self.action_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.action_objective_error)


        self.action_layout.addLayout(self.action_form)

        self.action_buttons = QHBoxLayout()
        self.action_buttons.setObjectName(u"action_buttons")
        self.action_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_buttons.addItem(self.action_spacer)

        self.add_action_button = QPushButton(self.action_box)
        self.add_action_button.setObjectName(u"add_action_button")

        self.action_buttons.addWidget(self.add_action_button)


        self.action_layout.addLayout(self.action_buttons)


        self.right_layout.addWidget(self.action_box)

        self.right_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_layout.addItem(self.right_spacer)


        self.columns.addLayout(self.right_layout)


        self.main_layout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(ContributionWriteDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.summary_label.setBuddy(self.summary)
        self.proposals_label.setBuddy(self.proposals)
        self.outcome_label.setBuddy(self.outcome)
        self.need_label.setBuddy(self.need)
        self.measure_label.setBuddy(self.measure)
        self.phase_label.setBuddy(self.phase)
        self.what_label.setBuddy(self.what)
        self.owner_role_label.setBuddy(self.owner_role)
        self.owner_name_label.setBuddy(self.owner_name)
        self.action_department_label.setBuddy(self.action_department)
        self.action_due_label.setBuddy(self.action_due)
        self.action_objective_label.setBuddy(self.action_objective)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.summary, self.proposals)
        QWidget.setTabOrder(self.proposals, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.outcome)
        QWidget.setTabOrder(self.outcome, self.need)
        QWidget.setTabOrder(self.need, self.measure)
        QWidget.setTabOrder(self.measure, self.phase)
        QWidget.setTabOrder(self.phase, self.add_objective_button)
        QWidget.setTabOrder(self.add_objective_button, self.what)
        QWidget.setTabOrder(self.what, self.owner_role)
        QWidget.setTabOrder(self.owner_role, self.owner_name)
        QWidget.setTabOrder(self.owner_name, self.action_department)
        QWidget.setTabOrder(self.action_department, self.action_due)
        QWidget.setTabOrder(self.action_due, self.action_objective)
        QWidget.setTabOrder(self.action_objective, self.add_action_button)
        QWidget.setTabOrder(self.add_action_button, self.buttons)

        self.retranslateUi(ContributionWriteDialog)
        self.buttons.rejected.connect(ContributionWriteDialog.reject)

        QMetaObject.connectSlotsByName(ContributionWriteDialog)
    # setupUi

    def retranslateUi(self, ContributionWriteDialog):
        ContributionWriteDialog.setWindowTitle(QCoreApplication.translate("ContributionWriteDialog", u"Write a contribution", None))
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.request.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"The request", None))
#endif // QT_CONFIG(accessibility)
        self.objectives_label.setText(QCoreApplication.translate("ContributionWriteDialog", u"The plan's objectives (read-only):", None))
#if QT_CONFIG(accessibility)
        self.objectives.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"The plan's objectives", None))
#endif // QT_CONFIG(accessibility)
        self.summary_label.setText(QCoreApplication.translate("ContributionWriteDialog", u"&Summary in your words:", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"Summary of the contribution", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setPlaceholderText(QCoreApplication.translate("ContributionWriteDialog", u"What your department knows and recommends", None))
        self.proposals_label.setText(QCoreApplication.translate("ContributionWriteDialog", u"Pro&posals:", None))
#if QT_CONFIG(accessibility)
        self.proposals.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"Proposed objectives and actions", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("ContributionWriteDialog", u"R&emove proposal", None))
        self.objective_box.setTitle(QCoreApplication.translate("ContributionWriteDialog", u"Propose an objective", None))
        self.outcome_label.setText(QCoreApplication.translate("ContributionWriteDialog", u"Out&come:", None))
#if QT_CONFIG(accessibility)
        self.outcome.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"Outcome: what will change", None))
#endif // QT_CONFIG(accessibility)
        self.outcome.setPlaceholderText(QCoreApplication.translate("ContributionWriteDialog", u"What will be different for the prisoner (an outcome, not only a course)", None))
#if QT_CONFIG(accessibility)
        self.lint.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"Objective check", None))
#endif // QT_CONFIG(accessibility)
        self.need_label.setText(QCoreApplication.translate("ContributionWriteDialog", u"Nee&d:", None))
#if QT_CONFIG(accessibility)
        self.need.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"Need or risk factor it answers", None))
#endif // QT_CONFIG(accessibility)
        self.measure_label.setText(QCoreApplication.translate("ContributionWriteDialog", u"&Measure:", None))
#if QT_CONFIG(accessibility)
        self.measure.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"How progress is measured", None))
#endif // QT_CONFIG(accessibility)
        self.phase_label.setText(QCoreApplication.translate("ContributionWriteDialog", u"P&hase:", None))
#if QT_CONFIG(accessibility)
        self.phase.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"Phase", None))
#endif // QT_CONFIG(accessibility)
        self.add_objective_button.setText(QCoreApplication.translate("ContributionWriteDialog", u"Add &objective", None))
        self.action_box.setTitle(QCoreApplication.translate("ContributionWriteDialog", u"Propose an action", None))
        self.what_label.setText(QCoreApplication.translate("ContributionWriteDialog", u"&What:", None))
#if QT_CONFIG(accessibility)
        self.what.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"What will be done", None))
#endif // QT_CONFIG(accessibility)
        self.owner_role_label.setText(QCoreApplication.translate("ContributionWriteDialog", u"Owner's &role:", None))
#if QT_CONFIG(accessibility)
        self.owner_role.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"Owner's role", None))
#endif // QT_CONFIG(accessibility)
        self.owner_role.setPlaceholderText(QCoreApplication.translate("ContributionWriteDialog", u"e.g. Education manager", None))
        self.owner_name_label.setText(QCoreApplication.translate("ContributionWriteDialog", u"Owner's &name:", None))
#if QT_CONFIG(accessibility)
        self.owner_name.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"Owner's name (named person)", None))
#endif // QT_CONFIG(accessibility)
        self.action_department_label.setText(QCoreApplication.translate("ContributionWriteDialog", u"Departmen&t:", None))
#if QT_CONFIG(accessibility)
        self.action_department.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"Department doing it", None))
#endif // QT_CONFIG(accessibility)
        self.action_due_label.setText(QCoreApplication.translate("ContributionWriteDialog", u"D&ue by:", None))
#if QT_CONFIG(accessibility)
        self.action_due.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"Action due by", None))
#endif // QT_CONFIG(accessibility)
        self.action_objective_label.setText(QCoreApplication.translate("ContributionWriteDialog", u"&For objective:", None))
#if QT_CONFIG(accessibility)
        self.action_objective.setAccessibleName(QCoreApplication.translate("ContributionWriteDialog", u"Objective the action serves", None))
#endif // QT_CONFIG(accessibility)
        self.add_action_button.setText(QCoreApplication.translate("ContributionWriteDialog", u"Add &action", None))
    # retranslateUi

