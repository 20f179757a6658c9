# Generated from ui/plan_objectives.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_objectives.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_PlanObjectivesWidget(object):
    def setupUi(self, PlanObjectivesWidget):
        if not PlanObjectivesWidget.objectName():
            PlanObjectivesWidget.setObjectName(u"PlanObjectivesWidget")
        self.main_layout = QVBoxLayout(PlanObjectivesWidget)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(4, 4, 4, 4)
        self.read_only_label = QLabel(PlanObjectivesWidget)
        self.read_only_label.setObjectName(u"read_only_label")
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setProperty(u"role", u"warning")

        self.main_layout.addWidget(self.read_only_label)

        self.splitter = QSplitter(PlanObjectivesWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.left_panel = QWidget(self.splitter)
        self.left_panel.setObjectName(u"left_panel")
        self.left_layout = QVBoxLayout(self.left_panel)
        self.left_layout.setObjectName(u"left_layout")
        self.left_layout.setContentsMargins(0, 0, 0, 0)
        self.proposals_label = QLabel(self.left_panel)
        self.proposals_label.setObjectName(u"proposals_label")
        self.proposals_label.setWordWrap(True)

        self.left_layout.addWidget(self.proposals_label)

        self.proposals = QListWidget(self.left_panel)
        self.proposals.setObjectName(u"proposals")
        self.proposals.setMaximumSize(QSize(16777215, 130))

        self.left_layout.addWidget(self.proposals)

        self.proposal_source = QLabel(self.left_panel)
        self.proposal_source.setObjectName(u"proposal_source")
        self.proposal_source.setWordWrap(True)
        self.proposal_source.setProperty(u"role", u"muted")

        self.left_layout.addWidget(self.proposal_source)

        self.proposal_row = QHBoxLayout()
        self.proposal_row.setObjectName(u"proposal_row")
        self.accept_button = QPushButton(self.left_panel)
        self.accept_button.setObjectName(u"accept_button")

        self.proposal_row.addWidget(self.accept_button)

        self.dismiss_reason = QLineEdit(self.left_panel)
        self.dismiss_reason.setObjectName(u"dismiss_reason")

        self.proposal_row.addWidget(self.dismiss_reason)

        self.dismiss_button = QPushButton(self.left_panel)
        self.dismiss_button.setObjectName(u"dismiss_button")

        self.proposal_row.addWidget(self.dismiss_button)


        self.left_layout.addLayout(self.proposal_row)

        self.objectives_label = QLabel(self.left_panel)
        self.objectives_label.setObjectName(u"objectives_label")
        self.objectives_label.setWordWrap(True)

        self.left_layout.addWidget(self.objectives_label)

        self.objectives = QListWidget(self.left_panel)
        self.objectives.setObjectName(u"objectives")

        self.left_layout.addWidget(self.objectives)

        self.order_row = QHBoxLayout()
        self.order_row.setObjectName(u"order_row")
        self.new_button = QPushButton(self.left_panel)
        self.new_button.setObjectName(u"new_button")

        self.order_row.addWidget(self.new_button)

        self.up_button = QPushButton(self.left_panel)
        self.up_button.setObjectName(u"up_button")

        self.order_row.addWidget(self.up_button)

        self.down_button = QPushButton(self.left_panel)
        self.down_button.setObjectName(u"down_button")

        self.order_row.addWidget(self.down_button)


        self.left_layout.addLayout(self.order_row)

        self.splitter.addWidget(self.left_panel)
        self.editor_area = QScrollArea(self.splitter)
        self.editor_area.setObjectName(u"editor_area")
        self.editor_area.setWidgetResizable(True)
        self.editor_area.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_contents = QWidget()
        self.editor_contents.setObjectName(u"editor_contents")
        self.right_layout = QVBoxLayout(self.editor_contents)
        self.right_layout.setObjectName(u"right_layout")
        self.error_label = QLabel(self.editor_contents)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.right_layout.addWidget(self.error_label)

        self.editor_form = QFormLayout()
        self.editor_form.setObjectName(u"editor_form")
        self.editor_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outcome_label = QLabel(self.editor_contents)
        self.outcome_label.setObjectName(u"outcome_label")

        self.editor_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome = QPlainTextEdit(self.editor_contents)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumSize(QSize(16777215, 80))

        self.editor_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.lint_label = QLabel(self.editor_contents)
        self.lint_label.setObjectName(u"lint_label")
        self.lint_label.setWordWrap(True)

        self.editor_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.lint_label)

        self.suggestion_row = QHBoxLayout()
        self.suggestion_row.setObjectName(u"suggestion_row")
        self.suggestion_label = QLabel(self.editor_contents)
        self.suggestion_label.setObjectName(u"suggestion_label")
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setProperty(u"role", u"muted")

        self.suggestion_row.addWidget(self.suggestion_label)

        self.use_suggestion_button = QPushButton(self.editor_contents)
        self.use_suggestion_button.setObjectName(u"use_suggestion_button")

        self.suggestion_row.addWidget(self.use_suggestion_button)


        self.editor_form.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.suggestion_row)

        self.links_label = QLabel(self.editor_contents)
        self.links_label.setObjectName(u"links_label")

        self.editor_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.links_label)

        self.links = QListWidget(self.editor_contents)
        self.links.setObjectName(u"links")
        self.links.setMaximumSize(QSize(16777215, 120))

        self.editor_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.links)

        self.measure_label = QLabel(self.editor_contents)
        self.measure_label.setObjectName(u"measure_label")

        self.editor_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.measure_label)

        self.measure = QLineEdit(self.editor_contents)
        self.measure.setObjectName(u"measure")

        self.editor_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.measure)

        self.phase_label = QLabel(self.editor_contents)
        self.phase_label.setObjectName(u"phase_label")

        self.editor_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phase_label)

        self.phase = QComboBox(self.editor_contents)
        self.phase.setObjectName(u"phase")

        self.editor_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phase)

        self.prerequisites_label = QLabel(self.editor_contents)
        self.prerequisites_label.setObjectName(u"prerequisites_label")

        self.editor_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.prerequisites_label)

        self.prerequisites = QListWidget(self.editor_contents)
        self.prerequisites.setObjectName(u"prerequisites")
        self.prerequisites.setMaximumSize(QSize(16777215, 80))

        self.editor_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.prerequisites)

        self.roh_label = QLabel(self.editor_contents)
        self.roh_label.setObjectName(u"roh_label")

        self.editor_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.roh_label)

        self.roh_tag = QComboBox(self.editor_contents)
        self.roh_tag.setObjectName(u"roh_tag")

        self.editor_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.roh_tag)

        self.status_label = QLabel(self.editor_contents)
        self.status_label.setObjectName(u"status_label")

        self.editor_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(self.editor_contents)
        self.status.setObjectName(u"status")

        self.editor_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.status)

        self.status_reason_label = QLabel(self.editor_contents)
        self.status_reason_label.setObjectName(u"status_reason_label")

        self.editor_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.status_reason_label)

        self.status_reason = QLineEdit(self.editor_contents)
        self.status_reason.setObjectName(u"status_reason")

        self.editor_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.status_reason)


        self.right_layout.addLayout(self.editor_form)

        self.save_row = QHBoxLayout()
        self.save_row.setObjectName(u"save_row")
        self.source_label = QLabel(self.editor_contents)
        self.source_label.setObjectName(u"source_label")
        self.source_label.setWordWrap(True)
        self.source_label.setProperty(u"role", u"muted")

        self.save_row.addWidget(self.source_label)

        self.save_button = QPushButton(self.editor_contents)
        self.save_button.setObjectName(u"save_button")

        self.save_row.addWidget(self.save_button)


        self.right_layout.addLayout(self.save_row)

        self.actions_box = QGroupBox(self.editor_contents)
        self.actions_box.setObjectName(u"actions_box")
        self.actions_layout = QVBoxLayout(self.actions_box)
        self.actions_layout.setObjectName(u"actions_layout")
        self.actions = QTableWidget(self.actions_box)
        self.actions.setObjectName(u"actions")
        self.actions.setMaximumSize(QSize(16777215, 130))
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.actions_layout.addWidget(self.actions)

        self.action_error_label = QLabel(self.actions_box)
        self.action_error_label.setObjectName(u"action_error_label")
        self.action_error_label.setWordWrap(True)
        self.action_error_label.setProperty(u"role", u"error")

        self.actions_layout.addWidget(self.action_error_label)

        self.action_form = QFormLayout()
        self.action_form.setObjectName(u"action_form")
        self.action_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.what_label = QLabel(self.actions_box)
        self.what_label.setObjectName(u"what_label")

        self.action_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.what_label)

        self.what = QLineEdit(self.actions_box)
        self.what.setObjectName(u"what")

        self.action_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.what)

        self.owner_role_label = QLabel(self.actions_box)
        self.owner_role_label.setObjectName(u"owner_role_label")

        self.action_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.owner_role_label)

        self.owner_role = QLineEdit(self.actions_box)
        self.owner_role.setObjectName(u"owner_role")

        self.action_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.owner_role)

        self.owner_name_label = QLabel(self.actions_box)
        self.owner_name_label.setObjectName(u"owner_name_label")

        self.action_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.owner_name_label)

        self.owner_name = QLineEdit(self.actions_box)
        self.owner_name.setObjectName(u"owner_name")

        self.action_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.owner_name)

        self.department_label = QLabel(self.actions_box)
        self.department_label.setObjectName(u"department_label")

        self.action_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department = QComboBox(self.actions_box)
        self.department.setObjectName(u"department")

        self.action_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.department)

        self.due_on_label = QLabel(self.actions_box)
        self.due_on_label.setObjectName(u"due_on_label")

        self.action_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.due_on_label)

        self.due_on = DateField(self.actions_box)
        self.due_on.setObjectName(u"due_on")

        self.action_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.due_on)

        self.timescale_label = QLabel(self.actions_box)
        self.timescale_label.setObjectName(u"timescale_label")

        self.action_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.timescale_label)

        self.timescale = QLineEdit(self.actions_box)
        self.timescale.setObjectName(u"timescale")

        self.action_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.timescale)

        self.action_status_label = QLabel(self.actions_box)
        self.action_status_label.setObjectName(u"action_status_label")

        self.action_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.action_status_label)

        self.action_status = QComboBox(self.actions_box)
        self.action_status.setObjectName(u"action_status")

        self.action_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.action_status)


        self.actions_layout.addLayout(self.action_form)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_row.addItem(self.action_spacer)

        self.new_action_button = QPushButton(self.actions_box)
        self.new_action_button.setObjectName(u"new_action_button")

        self.action_row.addWidget(self.new_action_button)

        self.save_action_button = QPushButton(self.actions_box)
        self.save_action_button.setObjectName(u"save_action_button")

        self.action_row.addWidget(self.save_action_button)


        self.actions_layout.addLayout(self.action_row)


        self.right_layout.addWidget(self.actions_box)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_layout.addItem(self.right_spacer)

        self.editor_area.setWidget(self.editor_contents)
        self.splitter.addWidget(self.editor_area)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.outcome_label.setBuddy(self.outcome)
        self.links_label.setBuddy(self.links)
        self.measure_label.setBuddy(self.measure)
        self.phase_label.setBuddy(self.phase)
        self.prerequisites_label.setBuddy(self.prerequisites)
        self.roh_label.setBuddy(self.roh_tag)
        self.status_label.setBuddy(self.status)
        self.status_reason_label.setBuddy(self.status_reason)
        self.what_label.setBuddy(self.what)
        self.owner_role_label.setBuddy(self.owner_role)
        self.owner_name_label.setBuddy(self.owner_name)
        self.department_label.setBuddy(self.department)
        self.due_on_label.setBuddy(self.due_on)
        self.timescale_label.setBuddy(self.timescale)
        self.action_status_label.setBuddy(self.action_status)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.proposals, self.accept_button)
        QWidget.setTabOrder(self.accept_button, self.dismiss_reason)
        QWidget.setTabOrder(self.dismiss_reason, self.dismiss_button)
        QWidget.setTabOrder(self.dismiss_button, self.objectives)
        QWidget.setTabOrder(self.objectives, self.new_button)
        QWidget.setTabOrder(self.new_button, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)
        QWidget.setTabOrder(self.down_button, self.outcome)
        QWidget.setTabOrder(self.outcome, self.use_suggestion_button)
        QWidget.setTabOrder(self.use_suggestion_button, self.links)
        QWidget.setTabOrder(self.links, self.measure)
        QWidget.setTabOrder(self.measure, self.phase)
        QWidget.setTabOrder(self.phase, self.prerequisites)
        QWidget.setTabOrder(self.prerequisites, self.roh_tag)
        QWidget.setTabOrder(self.roh_tag, self.status)
        QWidget.setTabOrder(self.status, self.status_reason)
        QWidget.setTabOrder(self.status_reason, self.save_button)
        QWidget.setTabOrder(self.save_button, self.actions)
        QWidget.setTabOrder(self.actions, self.what)
        QWidget.setTabOrder(self.what, self.owner_role)
        QWidget.setTabOrder(self.owner_role, self.owner_name)
        QWidget.setTabOrder(self.owner_name, self.department)
        QWidget.setTabOrder(self.department, self.due_on)
        QWidget.setTabOrder(self.due_on, self.timescale)
        QWidget.setTabOrder(self.timescale, self.action_status)
        QWidget.setTabOrder(self.action_status, self.new_action_button)
        QWidget.setTabOrder(self.new_action_button, self.save_action_button)

        self.retranslateUi(PlanObjectivesWidget)

        QMetaObject.connectSlotsByName(PlanObjectivesWidget)
    # setupUi

    def retranslateUi(self, PlanObjectivesWidget):
        self.read_only_label.setText("")
        self.proposals_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Proposed from the interview and the assessments (accept or dismiss):", None))
#if QT_CONFIG(accessibility)
        self.proposals.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Proposed objectives", None))
#endif // QT_CONFIG(accessibility)
        self.proposal_source.setText("")
        self.accept_button.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Accept", None))
#if QT_CONFIG(tooltip)
        self.accept_button.setToolTip(QCoreApplication.translate("PlanObjectivesWidget", u"Put the proposed objective into the plan; edit it afterwards", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.dismiss_reason.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Why this is not planned", None))
#endif // QT_CONFIG(accessibility)
        self.dismiss_reason.setPlaceholderText(QCoreApplication.translate("PlanObjectivesWidget", u"Why not (needed to dismiss)", None))
        self.dismiss_button.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Dismiss", None))
#if QT_CONFIG(tooltip)
        self.dismiss_button.setToolTip(QCoreApplication.translate("PlanObjectivesWidget", u"Set the proposal aside with the reason", None))
#endif // QT_CONFIG(tooltip)
        self.objectives_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Objectives in sequence (phase, order, status, source):", None))
#if QT_CONFIG(accessibility)
        self.objectives.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Objectives in sequence", None))
#endif // QT_CONFIG(accessibility)
        self.new_button.setText(QCoreApplication.translate("PlanObjectivesWidget", u"New objective", None))
        self.up_button.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Move up", None))
        self.down_button.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Move down", None))
        self.error_label.setText("")
        self.outcome_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Outcome:", None))
#if QT_CONFIG(accessibility)
        self.outcome.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Outcome: what will change", None))
#endif // QT_CONFIG(accessibility)
        self.outcome.setPlaceholderText(QCoreApplication.translate("PlanObjectivesWidget", u"What will change: behaviour, attitude or lifestyle", None))
        self.lint_label.setText("")
#if QT_CONFIG(accessibility)
        self.lint_label.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Objective check", None))
#endif // QT_CONFIG(accessibility)
        self.suggestion_label.setText("")
        self.use_suggestion_button.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Use suggestion", None))
        self.links_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Needs and risks:", None))
#if QT_CONFIG(accessibility)
        self.links.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Needs and risk factors it answers", None))
#endif // QT_CONFIG(accessibility)
        self.measure_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Measured by:", None))
#if QT_CONFIG(accessibility)
        self.measure.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"How progress is measured", None))
#endif // QT_CONFIG(accessibility)
        self.phase_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Phase:", None))
#if QT_CONFIG(accessibility)
        self.phase.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Phase", None))
#endif // QT_CONFIG(accessibility)
        self.prerequisites_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Comes after:", None))
#if QT_CONFIG(accessibility)
        self.prerequisites.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Objectives that come first", None))
#endif // QT_CONFIG(accessibility)
        self.roh_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Risk-of-harm tag:", None))
#if QT_CONFIG(accessibility)
        self.roh_tag.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Risk-of-harm tag", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Status:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.status_reason_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Status reason:", None))
#if QT_CONFIG(accessibility)
        self.status_reason.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Status reason", None))
#endif // QT_CONFIG(accessibility)
        self.status_reason.setPlaceholderText(QCoreApplication.translate("PlanObjectivesWidget", u"Needed when not achieved", None))
        self.source_label.setText("")
        self.save_button.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Save objective", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("PlanObjectivesWidget", u"Save the objective (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.actions_box.setTitle(QCoreApplication.translate("PlanObjectivesWidget", u"Actions", None))
#if QT_CONFIG(accessibility)
        self.actions.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Actions of this objective", None))
#endif // QT_CONFIG(accessibility)
        self.action_error_label.setText("")
        self.what_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Action:", None))
#if QT_CONFIG(accessibility)
        self.what.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Action: what will be done", None))
#endif // QT_CONFIG(accessibility)
        self.owner_role_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Owner role:", None))
#if QT_CONFIG(accessibility)
        self.owner_role.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Owner's role", None))
#endif // QT_CONFIG(accessibility)
        self.owner_role.setPlaceholderText(QCoreApplication.translate("PlanObjectivesWidget", u"e.g. Education manager", None))
        self.owner_name_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Owner name:", None))
#if QT_CONFIG(accessibility)
        self.owner_name.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Owner's name", None))
#endif // QT_CONFIG(accessibility)
        self.department_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Department:", None))
#if QT_CONFIG(accessibility)
        self.department.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Department", None))
#endif // QT_CONFIG(accessibility)
        self.due_on_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Due:", None))
#if QT_CONFIG(accessibility)
        self.due_on.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.timescale_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Timescale:", None))
#if QT_CONFIG(accessibility)
        self.timescale.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Timescale in words", None))
#endif // QT_CONFIG(accessibility)
        self.timescale.setPlaceholderText(QCoreApplication.translate("PlanObjectivesWidget", u"e.g. by the next board", None))
        self.action_status_label.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Action status:", None))
#if QT_CONFIG(accessibility)
        self.action_status.setAccessibleName(QCoreApplication.translate("PlanObjectivesWidget", u"Action status", None))
#endif // QT_CONFIG(accessibility)
        self.new_action_button.setText(QCoreApplication.translate("PlanObjectivesWidget", u"New action", None))
        self.save_action_button.setText(QCoreApplication.translate("PlanObjectivesWidget", u"Save action", None))
        pass
    # retranslateUi

