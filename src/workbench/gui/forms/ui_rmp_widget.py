# Generated from ui/rmp_widget.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rmp_widget.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_RmpWidget(object):
    def setupUi(self, RmpWidget):
        if not RmpWidget.objectName():
            RmpWidget.setObjectName(u"RmpWidget")
        self.main_layout = QVBoxLayout(RmpWidget)
        self.main_layout.setObjectName(u"main_layout")
        self.status_label = QLabel(RmpWidget)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.RichText)

        self.main_layout.addWidget(self.status_label)

        self.required_label = QLabel(RmpWidget)
        self.required_label.setObjectName(u"required_label")
        self.required_label.setWordWrap(True)

        self.main_layout.addWidget(self.required_label)

        self.items_label = QLabel(RmpWidget)
        self.items_label.setObjectName(u"items_label")
        self.items_label.setWordWrap(True)

        self.main_layout.addWidget(self.items_label)

        self.hidden_label = QLabel(RmpWidget)
        self.hidden_label.setObjectName(u"hidden_label")
        self.hidden_label.setWordWrap(True)

        self.main_layout.addWidget(self.hidden_label)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.start_button = QPushButton(RmpWidget)
        self.start_button.setObjectName(u"start_button")

        self.action_row.addWidget(self.start_button)

        self.save_button = QPushButton(RmpWidget)
        self.save_button.setObjectName(u"save_button")

        self.action_row.addWidget(self.save_button)

        self.sign_button = QPushButton(RmpWidget)
        self.sign_button.setObjectName(u"sign_button")

        self.action_row.addWidget(self.sign_button)

        self.discard_button = QPushButton(RmpWidget)
        self.discard_button.setObjectName(u"discard_button")

        self.action_row.addWidget(self.discard_button)

        self.action_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_row.addItem(self.action_row_spacer)


        self.main_layout.addLayout(self.action_row)

        self.scroll_area = QScrollArea(RmpWidget)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_area = QWidget()
        self.form_area.setObjectName(u"form_area")
        self.form_layout = QVBoxLayout(self.form_area)
        self.form_layout.setObjectName(u"form_layout")
        self.measures_box = QGroupBox(self.form_area)
        self.measures_box.setObjectName(u"measures_box")
        self.measures_layout = QVBoxLayout(self.measures_box)
        self.measures_layout.setObjectName(u"measures_layout")
        self.measures_hint = QLabel(self.measures_box)
        self.measures_hint.setObjectName(u"measures_hint")
        self.measures_hint.setWordWrap(True)

        self.measures_layout.addWidget(self.measures_hint)

        self.measures_table = QTableWidget(self.measures_box)
        if (self.measures_table.columnCount() < 6):
            self.measures_table.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.measures_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.measures_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.measures_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.measures_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.measures_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.measures_table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.measures_table.setObjectName(u"measures_table")
        self.measures_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.measures_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.measures_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.measures_table.setMinimumSize(QSize(0, 150))
        self.measures_table.setTabKeyNavigation(False)
        self.measures_table.horizontalHeader().setStretchLastSection(True)
        self.measures_table.verticalHeader().setVisible(False)

        self.measures_layout.addWidget(self.measures_table)

        self.measure_buttons = QHBoxLayout()
        self.measure_buttons.setObjectName(u"measure_buttons")
        self.add_measure_button = QPushButton(self.measures_box)
        self.add_measure_button.setObjectName(u"add_measure_button")

        self.measure_buttons.addWidget(self.add_measure_button)

        self.remove_measure_button = QPushButton(self.measures_box)
        self.remove_measure_button.setObjectName(u"remove_measure_button")

        self.measure_buttons.addWidget(self.remove_measure_button)

        self.measure_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.measure_buttons.addItem(self.measure_buttons_spacer)


        self.measures_layout.addLayout(self.measure_buttons)

        self.measure_form = QFormLayout()
        self.measure_form.setObjectName(u"measure_form")
        self.category_label = QLabel(self.measures_box)
        self.category_label.setObjectName(u"category_label")

        self.measure_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(self.measures_box)
        self.category_combo.setObjectName(u"category_combo")

        self.measure_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.measure_label = QLabel(self.measures_box)
        self.measure_label.setObjectName(u"measure_label")

        self.measure_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.measure_label)

        self.measure_edit = QLineEdit(self.measures_box)
        self.measure_edit.setObjectName(u"measure_edit")
        self.measure_edit.setMaxLength(2000)

        self.measure_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.measure_edit)

        self.role_label = QLabel(self.measures_box)
        self.role_label.setObjectName(u"role_label")

        self.measure_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_edit = QLineEdit(self.measures_box)
        self.role_edit.setObjectName(u"role_edit")
        self.role_edit.setMaxLength(2000)

        self.measure_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_edit)

        self.person_label = QLabel(self.measures_box)
        self.person_label.setObjectName(u"person_label")

        self.measure_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person_edit = QLineEdit(self.measures_box)
        self.person_edit.setObjectName(u"person_edit")
        self.person_edit.setMaxLength(2000)

        self.measure_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.person_edit)

        self.response_label = QLabel(self.measures_box)
        self.response_label.setObjectName(u"response_label")

        self.measure_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.response_label)

        self.response_edit = QPlainTextEdit(self.measures_box)
        self.response_edit.setObjectName(u"response_edit")
        self.response_edit.setTabChangesFocus(True)
        self.response_edit.setMaximumSize(QSize(16777215, 60))

        self.measure_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.response_edit)

        self.by_when_label = QLabel(self.measures_box)
        self.by_when_label.setObjectName(u"by_when_label")

        self.measure_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.by_when_label)

        self.by_when_edit = DateField(self.measures_box)
        self.by_when_edit.setObjectName(u"by_when_edit")

        self.measure_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.by_when_edit)


        self.measures_layout.addLayout(self.measure_form)

        self.restricted_check = QCheckBox(self.measures_box)
        self.restricted_check.setObjectName(u"restricted_check")

        self.measures_layout.addWidget(self.restricted_check)

        self.measure_gaps_label = QLabel(self.measures_box)
        self.measure_gaps_label.setObjectName(u"measure_gaps_label")
        self.measure_gaps_label.setWordWrap(True)

        self.measures_layout.addWidget(self.measure_gaps_label)


        self.form_layout.addWidget(self.measures_box)

        self.notes_box = QGroupBox(self.form_area)
        self.notes_box.setObjectName(u"notes_box")
        self.notes_form = QFormLayout(self.notes_box)
        self.notes_form.setObjectName(u"notes_form")
        self.note_supervision_label = QLabel(self.notes_box)
        self.note_supervision_label.setObjectName(u"note_supervision_label")

        self.notes_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_supervision_label)

        self.note_supervision = QLineEdit(self.notes_box)
        self.note_supervision.setObjectName(u"note_supervision")
        self.note_supervision.setMaxLength(2000)

        self.notes_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note_supervision)

        self.note_monitoring_label = QLabel(self.notes_box)
        self.note_monitoring_label.setObjectName(u"note_monitoring_label")

        self.notes_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_monitoring_label)

        self.note_monitoring = QLineEdit(self.notes_box)
        self.note_monitoring.setObjectName(u"note_monitoring")
        self.note_monitoring.setMaxLength(2000)

        self.notes_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_monitoring)

        self.note_interventions_label = QLabel(self.notes_box)
        self.note_interventions_label.setObjectName(u"note_interventions_label")

        self.notes_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_interventions_label)

        self.note_interventions = QLineEdit(self.notes_box)
        self.note_interventions.setObjectName(u"note_interventions")
        self.note_interventions.setMaxLength(2000)

        self.notes_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note_interventions)

        self.note_victim_safety_label = QLabel(self.notes_box)
        self.note_victim_safety_label.setObjectName(u"note_victim_safety_label")

        self.notes_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_victim_safety_label)

        self.note_victim_safety = QLineEdit(self.notes_box)
        self.note_victim_safety.setObjectName(u"note_victim_safety")
        self.note_victim_safety.setMaxLength(2000)

        self.notes_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_victim_safety)

        self.note_contingency_label = QLabel(self.notes_box)
        self.note_contingency_label.setObjectName(u"note_contingency_label")

        self.notes_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.note_contingency_label)

        self.note_contingency = QLineEdit(self.notes_box)
        self.note_contingency.setObjectName(u"note_contingency")
        self.note_contingency.setMaxLength(2000)

        self.notes_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note_contingency)


        self.form_layout.addWidget(self.notes_box)

        self.review_form = QFormLayout()
        self.review_form.setObjectName(u"review_form")
        self.review_label = QLabel(self.form_area)
        self.review_label.setObjectName(u"review_label")

        self.review_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.review_label)

        self.review_edit = DateField(self.form_area)
        self.review_edit.setObjectName(u"review_edit")

        self.review_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.review_edit)


        self.form_layout.addLayout(self.review_form)

        self.problems_label = QLabel(self.form_area)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.RichText)

        self.form_layout.addWidget(self.problems_label)

        self.distribution_box = QGroupBox(self.form_area)
        self.distribution_box.setObjectName(u"distribution_box")
        self.distribution_layout = QVBoxLayout(self.distribution_box)
        self.distribution_layout.setObjectName(u"distribution_layout")
        self.distribution_table = QTableWidget(self.distribution_box)
        if (self.distribution_table.columnCount() < 2):
            self.distribution_table.setColumnCount(2)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.distribution_table.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.distribution_table.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        self.distribution_table.setObjectName(u"distribution_table")
        self.distribution_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.distribution_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.distribution_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.distribution_table.setMinimumSize(QSize(0, 120))
        self.distribution_table.setTabKeyNavigation(False)
        self.distribution_table.horizontalHeader().setStretchLastSection(True)
        self.distribution_table.verticalHeader().setVisible(False)

        self.distribution_layout.addWidget(self.distribution_table)

        self.party_row = QHBoxLayout()
        self.party_row.setObjectName(u"party_row")
        self.party_combo = QComboBox(self.distribution_box)
        self.party_combo.setObjectName(u"party_combo")

        self.party_row.addWidget(self.party_combo)

        self.party_name_edit = QLineEdit(self.distribution_box)
        self.party_name_edit.setObjectName(u"party_name_edit")
        self.party_name_edit.setMaxLength(120)

        self.party_row.addWidget(self.party_name_edit)

        self.add_party_button = QPushButton(self.distribution_box)
        self.add_party_button.setObjectName(u"add_party_button")

        self.party_row.addWidget(self.add_party_button)


        self.distribution_layout.addLayout(self.party_row)

        self.ack_row = QHBoxLayout()
        self.ack_row.setObjectName(u"ack_row")
        self.shared_button = QPushButton(self.distribution_box)
        self.shared_button.setObjectName(u"shared_button")

        self.ack_row.addWidget(self.shared_button)

        self.ack_by_edit = QLineEdit(self.distribution_box)
        self.ack_by_edit.setObjectName(u"ack_by_edit")
        self.ack_by_edit.setMaxLength(120)

        self.ack_row.addWidget(self.ack_by_edit)

        self.acknowledge_button = QPushButton(self.distribution_box)
        self.acknowledge_button.setObjectName(u"acknowledge_button")

        self.ack_row.addWidget(self.acknowledge_button)


        self.distribution_layout.addLayout(self.ack_row)

        self.distribution_note = QLabel(self.distribution_box)
        self.distribution_note.setObjectName(u"distribution_note")
        self.distribution_note.setWordWrap(True)

        self.distribution_layout.addWidget(self.distribution_note)


        self.form_layout.addWidget(self.distribution_box)

        self.scroll_area.setWidget(self.form_area)

        self.main_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.category_label.setBuddy(self.category_combo)
        self.measure_label.setBuddy(self.measure_edit)
        self.role_label.setBuddy(self.role_edit)
        self.person_label.setBuddy(self.person_edit)
        self.response_label.setBuddy(self.response_edit)
        self.by_when_label.setBuddy(self.by_when_edit)
        self.note_supervision_label.setBuddy(self.note_supervision)
        self.note_monitoring_label.setBuddy(self.note_monitoring)
        self.note_interventions_label.setBuddy(self.note_interventions)
        self.note_victim_safety_label.setBuddy(self.note_victim_safety)
        self.note_contingency_label.setBuddy(self.note_contingency)
        self.review_label.setBuddy(self.review_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RmpWidget)

        QMetaObject.connectSlotsByName(RmpWidget)
    # setupUi

    def retranslateUi(self, RmpWidget):
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Plan status", None))
#endif // QT_CONFIG(accessibility)
        self.required_label.setText("")
#if QT_CONFIG(accessibility)
        self.required_label.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Whether a plan is required", None))
#endif // QT_CONFIG(accessibility)
        self.items_label.setText("")
#if QT_CONFIG(accessibility)
        self.items_label.setAccessibleName(QCoreApplication.translate("RmpWidget", u"What children and victims require", None))
#endif // QT_CONFIG(accessibility)
        self.hidden_label.setText("")
#if QT_CONFIG(accessibility)
        self.hidden_label.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Restricted measures not shown", None))
#endif // QT_CONFIG(accessibility)
        self.start_button.setText(QCoreApplication.translate("RmpWidget", u"NeNew p&lanamp;w plan", None))
        self.save_button.setText(QCoreApplication.translate("RmpWidget", u"&Save draft", None))
        self.sign_button.setText(QCoreApplication.translate("RmpWidget", u"Si&gn\u2026", None))
        self.discard_button.setText(QCoreApplication.translate("RmpWidget", u"&Discard draft", None))
        self.measures_box.setTitle(QCoreApplication.translate("RmpWidget", u"Measures", None))
        self.measures_hint.setText(QCoreApplication.translate("RmpWidget", u"Each measure needs a role, a named person, a planned response and a date. Inspectors found roles unclear in 27% of plans and responses unclear in 37%.", None))
        ___qtablewidgetitem = self.measures_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RmpWidget", u"Category", None))
        ___qtablewidgetitem1 = self.measures_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RmpWidget", u"Measure", None))
        ___qtablewidgetitem2 = self.measures_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RmpWidget", u"Role", None))
        ___qtablewidgetitem3 = self.measures_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RmpWidget", u"Named person", None))
        ___qtablewidgetitem4 = self.measures_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RmpWidget", u"By when", None))
        ___qtablewidgetitem5 = self.measures_table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("RmpWidget", u"Missing", None))
#if QT_CONFIG(accessibility)
        self.measures_table.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Measures", None))
#endif // QT_CONFIG(accessibility)
        self.add_measure_button.setText(QCoreApplication.translate("RmpWidget", u"&Add measure", None))
        self.remove_measure_button.setText(QCoreApplication.translate("RmpWidget", u"&Remove measure", None))
        self.category_label.setText(QCoreApplication.translate("RmpWidget", u"Category:", None))
#if QT_CONFIG(accessibility)
        self.category_combo.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.measure_label.setText(QCoreApplication.translate("RmpWidget", u"Measure:", None))
#if QT_CONFIG(accessibility)
        self.measure_edit.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Measure", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("RmpWidget", u"Role:", None))
#if QT_CONFIG(accessibility)
        self.role_edit.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.person_label.setText(QCoreApplication.translate("RmpWidget", u"Named person:", None))
#if QT_CONFIG(accessibility)
        self.person_edit.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Named person", None))
#endif // QT_CONFIG(accessibility)
        self.response_label.setText(QCoreApplication.translate("RmpWidget", u"Planned response:", None))
#if QT_CONFIG(accessibility)
        self.response_edit.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Planned response", None))
#endif // QT_CONFIG(accessibility)
        self.by_when_label.setText(QCoreApplication.translate("RmpWidget", u"By when:", None))
#if QT_CONFIG(accessibility)
        self.by_when_edit.setAccessibleName(QCoreApplication.translate("RmpWidget", u"By when", None))
#endif // QT_CONFIG(accessibility)
        self.restricted_check.setText(QCoreApplication.translate("RmpWidget", u"Restricted: public-protection detail (supervisors and managers only)", None))
        self.measure_gaps_label.setText("")
        self.notes_box.setTitle(QCoreApplication.translate("RmpWidget", u"Why a category has no measure", None))
        self.note_supervision_label.setText(QCoreApplication.translate("RmpWidget", u"Supervision:", None))
#if QT_CONFIG(accessibility)
        self.note_supervision.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Why no supervision measure", None))
#endif // QT_CONFIG(accessibility)
        self.note_monitoring_label.setText(QCoreApplication.translate("RmpWidget", u"Monitoring and control:", None))
#if QT_CONFIG(accessibility)
        self.note_monitoring.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Why no monitoring and control measure", None))
#endif // QT_CONFIG(accessibility)
        self.note_interventions_label.setText(QCoreApplication.translate("RmpWidget", u"Interventions and treatment:", None))
#if QT_CONFIG(accessibility)
        self.note_interventions.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Why no interventions and treatment measure", None))
#endif // QT_CONFIG(accessibility)
        self.note_victim_safety_label.setText(QCoreApplication.translate("RmpWidget", u"Victim safety planning:", None))
#if QT_CONFIG(accessibility)
        self.note_victim_safety.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Why no victim safety planning measure", None))
#endif // QT_CONFIG(accessibility)
        self.note_contingency_label.setText(QCoreApplication.translate("RmpWidget", u"Contingency:", None))
#if QT_CONFIG(accessibility)
        self.note_contingency.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Why no contingency measure", None))
#endif // QT_CONFIG(accessibility)
        self.review_label.setText(QCoreApplication.translate("RmpWidget", u"Review date:", None))
#if QT_CONFIG(accessibility)
        self.review_edit.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Review date", None))
#endif // QT_CONFIG(accessibility)
        self.problems_label.setText("")
#if QT_CONFIG(accessibility)
        self.problems_label.setAccessibleName(QCoreApplication.translate("RmpWidget", u"What stops signing", None))
#endif // QT_CONFIG(accessibility)
        self.distribution_box.setTitle(QCoreApplication.translate("RmpWidget", u"Distribution (who the signed plan is shared with)", None))
        ___qtablewidgetitem6 = self.distribution_table.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("RmpWidget", u"Party", None))
        ___qtablewidgetitem7 = self.distribution_table.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("RmpWidget", u"Shared and acknowledged", None))
#if QT_CONFIG(accessibility)
        self.distribution_table.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Distribution", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.party_combo.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Party", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.party_name_edit.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Name of the party (required for Other)", None))
#endif // QT_CONFIG(accessibility)
        self.add_party_button.setText(QCoreApplication.translate("RmpWidget", u"Add party", None))
        self.shared_button.setText(QCoreApplication.translate("RmpWidget", u"Mark shared today", None))
#if QT_CONFIG(accessibility)
        self.ack_by_edit.setAccessibleName(QCoreApplication.translate("RmpWidget", u"Acknowledged by", None))
#endif // QT_CONFIG(accessibility)
        self.acknowledge_button.setText(QCoreApplication.translate("RmpWidget", u"Mar&k acknowledged", None))
        self.distribution_note.setText("")
        pass
    # retranslateUi

