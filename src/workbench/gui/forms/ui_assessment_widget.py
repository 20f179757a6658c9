# Generated from ui/assessment_widget.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assessment_widget.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from workbench.gui.screens.assessment.tier_panel import (HistoryPanel, TierPanel)
from workbench.gui.widgets.date_field import DateField

class Ui_AssessmentWidget(object):
    def setupUi(self, AssessmentWidget):
        if not AssessmentWidget.objectName():
            AssessmentWidget.setObjectName(u"AssessmentWidget")
        self.main_layout = QVBoxLayout(AssessmentWidget)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(4, 4, 4, 4)
        self.status_label = QLabel(AssessmentWidget)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.notice_label = QLabel(AssessmentWidget)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setWordWrap(True)
        self.notice_label.setVisible(False)

        self.main_layout.addWidget(self.notice_label)

        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.view_combo = QComboBox(AssessmentWidget)
        self.view_combo.setObjectName(u"view_combo")

        self.bar.addWidget(self.view_combo)

        self.start_button = QPushButton(AssessmentWidget)
        self.start_button.setObjectName(u"start_button")

        self.bar.addWidget(self.start_button)

        self.correct_button = QPushButton(AssessmentWidget)
        self.correct_button.setObjectName(u"correct_button")

        self.bar.addWidget(self.correct_button)

        self.bar.setStretch(0, 1)

        self.main_layout.addLayout(self.bar)

        self.summary = QHBoxLayout()
        self.summary.setObjectName(u"summary")
        self.ogrs3_label = QLabel(AssessmentWidget)
        self.ogrs3_label.setObjectName(u"ogrs3_label")
        self.ogrs3_label.setTextFormat(Qt.TextFormat.RichText)

        self.summary.addWidget(self.ogrs3_label)

        self.tier_label = QLabel(AssessmentWidget)
        self.tier_label.setObjectName(u"tier_label")
        self.tier_label.setTextFormat(Qt.TextFormat.RichText)

        self.summary.addWidget(self.tier_label)

        self.summary.setStretch(0, 1)

        self.main_layout.addLayout(self.summary)

        self.scroll_area = QScrollArea(AssessmentWidget)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_area = QWidget()
        self.form_area.setObjectName(u"form_area")
        self.form_layout = QVBoxLayout(self.form_area)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 4, 0)
        self.ogrs_group = QGroupBox(self.form_area)
        self.ogrs_group.setObjectName(u"ogrs_group")
        self.ogrs_form = QFormLayout(self.ogrs_group)
        self.ogrs_form.setObjectName(u"ogrs_form")
        self.person_caption = QLabel(self.ogrs_group)
        self.person_caption.setObjectName(u"person_caption")

        self.ogrs_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.person_caption)

        self.person_label = QLabel(self.ogrs_group)
        self.person_label.setObjectName(u"person_label")

        self.ogrs_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person_label)

        self.conviction_edit_label = QLabel(self.ogrs_group)
        self.conviction_edit_label.setObjectName(u"conviction_edit_label")

        self.ogrs_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.conviction_edit_label)

        self.conviction_edit_box = QVBoxLayout()
        self.conviction_edit_box.setSpacing(1)
        self.conviction_edit_box.setObjectName(u"conviction_edit_box")
        self.conviction_edit = DateField(self.ogrs_group)
        self.conviction_edit.setObjectName(u"conviction_edit")

        self.conviction_edit_box.addWidget(self.conviction_edit)

        self.error_conviction_date = QLabel(self.ogrs_group)
        self.error_conviction_date.setObjectName(u"error_conviction_date")
        self.error_conviction_date.setWordWrap(True)
        self.error_conviction_date.setVisible(False)

        self.conviction_edit_box.addWidget(self.error_conviction_date)


        self.ogrs_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.conviction_edit_box)

        self.follow_up_edit_label = QLabel(self.ogrs_group)
        self.follow_up_edit_label.setObjectName(u"follow_up_edit_label")

        self.ogrs_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.follow_up_edit_label)

        self.follow_up_edit_box = QVBoxLayout()
        self.follow_up_edit_box.setSpacing(1)
        self.follow_up_edit_box.setObjectName(u"follow_up_edit_box")
        self.follow_up_edit = DateField(self.ogrs_group)
        self.follow_up_edit.setObjectName(u"follow_up_edit")

        self.follow_up_edit_box.addWidget(self.follow_up_edit)

        self.error_follow_up_start = QLabel(self.ogrs_group)
        self.error_follow_up_start.setObjectName(u"error_follow_up_start")
        self.error_follow_up_start.setWordWrap(True)
        self.error_follow_up_start.setVisible(False)

        self.follow_up_edit_box.addWidget(self.error_follow_up_start)


        self.ogrs_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.follow_up_edit_box)

        self.sanctions_spin_label = QLabel(self.ogrs_group)
        self.sanctions_spin_label.setObjectName(u"sanctions_spin_label")

        self.ogrs_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sanctions_spin_label)

        self.sanctions_spin_box = QVBoxLayout()
        self.sanctions_spin_box.setSpacing(1)
        self.sanctions_spin_box.setObjectName(u"sanctions_spin_box")
        self.sanctions_spin = QSpinBox(self.ogrs_group)
        self.sanctions_spin.setObjectName(u"sanctions_spin")
        self.sanctions_spin.setMinimum(0)
        self.sanctions_spin.setMaximum(999)

        self.sanctions_spin_box.addWidget(self.sanctions_spin)

        self.error_total_sanctions = QLabel(self.ogrs_group)
        self.error_total_sanctions.setObjectName(u"error_total_sanctions")
        self.error_total_sanctions.setWordWrap(True)
        self.error_total_sanctions.setVisible(False)

        self.sanctions_spin_box.addWidget(self.error_total_sanctions)


        self.ogrs_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.sanctions_spin_box)

        self.first_age_spin_label = QLabel(self.ogrs_group)
        self.first_age_spin_label.setObjectName(u"first_age_spin_label")

        self.ogrs_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.first_age_spin_label)

        self.first_age_spin_box = QVBoxLayout()
        self.first_age_spin_box.setSpacing(1)
        self.first_age_spin_box.setObjectName(u"first_age_spin_box")
        self.first_age_spin = QSpinBox(self.ogrs_group)
        self.first_age_spin.setObjectName(u"first_age_spin")
        self.first_age_spin.setMinimum(9)
        self.first_age_spin.setMaximum(120)

        self.first_age_spin_box.addWidget(self.first_age_spin)

        self.error_age_at_first_sanction = QLabel(self.ogrs_group)
        self.error_age_at_first_sanction.setObjectName(u"error_age_at_first_sanction")
        self.error_age_at_first_sanction.setWordWrap(True)
        self.error_age_at_first_sanction.setVisible(False)

        self.first_age_spin_box.addWidget(self.error_age_at_first_sanction)


        self.ogrs_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.first_age_spin_box)

        self.offence_combo_label = QLabel(self.ogrs_group)
        self.offence_combo_label.setObjectName(u"offence_combo_label")

        self.ogrs_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.offence_combo_label)

        self.offence_combo_box = QVBoxLayout()
        self.offence_combo_box.setSpacing(1)
        self.offence_combo_box.setObjectName(u"offence_combo_box")
        self.offence_combo = QComboBox(self.ogrs_group)
        self.offence_combo.setObjectName(u"offence_combo")

        self.offence_combo_box.addWidget(self.offence_combo)

        self.error_offence_group = QLabel(self.ogrs_group)
        self.error_offence_group.setObjectName(u"error_offence_group")
        self.error_offence_group.setWordWrap(True)
        self.error_offence_group.setVisible(False)

        self.offence_combo_box.addWidget(self.error_offence_group)


        self.ogrs_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.offence_combo_box)


        self.form_layout.addWidget(self.ogrs_group)

        self.protect_group = QGroupBox(self.form_area)
        self.protect_group.setObjectName(u"protect_group")
        self.protect_form = QFormLayout(self.protect_group)
        self.protect_form.setObjectName(u"protect_form")
        self.rosh_label = QLabel(self.protect_group)
        self.rosh_label.setObjectName(u"rosh_label")

        self.protect_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rosh_label)

        self.rosh_combo = QComboBox(self.protect_group)
        self.rosh_combo.setObjectName(u"rosh_combo")

        self.protect_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rosh_combo)

        self.rsr_edit_label = QLabel(self.protect_group)
        self.rsr_edit_label.setObjectName(u"rsr_edit_label")

        self.protect_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rsr_edit_label)

        self.rsr_edit_box = QVBoxLayout()
        self.rsr_edit_box.setSpacing(1)
        self.rsr_edit_box.setObjectName(u"rsr_edit_box")
        self.rsr_edit = QLineEdit(self.protect_group)
        self.rsr_edit.setObjectName(u"rsr_edit")

        self.rsr_edit_box.addWidget(self.rsr_edit)

        self.error_rsr_pct = QLabel(self.protect_group)
        self.error_rsr_pct.setObjectName(u"error_rsr_pct")
        self.error_rsr_pct.setWordWrap(True)
        self.error_rsr_pct.setVisible(False)

        self.rsr_edit_box.addWidget(self.error_rsr_pct)


        self.protect_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.rsr_edit_box)

        self.mappa_label = QLabel(self.protect_group)
        self.mappa_label.setObjectName(u"mappa_label")

        self.protect_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mappa_label)

        self.mappa_combo = QComboBox(self.protect_group)
        self.mappa_combo.setObjectName(u"mappa_combo")

        self.protect_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mappa_combo)

        self.factors_label = QLabel(self.protect_group)
        self.factors_label.setObjectName(u"factors_label")

        self.protect_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.factors_label)

        self.factors_box = QWidget(self.protect_group)
        self.factors_box.setObjectName(u"factors_box")
        self.factors_grid = QGridLayout(self.factors_box)
        self.factors_grid.setObjectName(u"factors_grid")
        self.factors_grid.setContentsMargins(0, 0, 0, 0)

        self.protect_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.factors_box)

        self.iom_check = QCheckBox(self.protect_group)
        self.iom_check.setObjectName(u"iom_check")

        self.protect_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.iom_check)

        self.women_label = QLabel(self.protect_group)
        self.women_label.setObjectName(u"women_label")

        self.protect_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.women_label)

        self.women_box = QWidget(self.protect_group)
        self.women_box.setObjectName(u"women_box")
        self.women_layout = QVBoxLayout(self.women_box)
        self.women_layout.setObjectName(u"women_layout")
        self.women_layout.setContentsMargins(0, 0, 0, 0)
        self.parenting_check = QCheckBox(self.women_box)
        self.parenting_check.setObjectName(u"parenting_check")

        self.women_layout.addWidget(self.parenting_check)

        self.impulsivity_check = QCheckBox(self.women_box)
        self.impulsivity_check.setObjectName(u"impulsivity_check")

        self.women_layout.addWidget(self.impulsivity_check)

        self.breach_check = QCheckBox(self.women_box)
        self.breach_check.setObjectName(u"breach_check")

        self.women_layout.addWidget(self.breach_check)


        self.protect_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.women_box)


        self.form_layout.addWidget(self.protect_group)

        self.tier_panel = TierPanel(self.form_area)
        self.tier_panel.setObjectName(u"tier_panel")

        self.form_layout.addWidget(self.tier_panel)

        self.needs_group = QGroupBox(self.form_area)
        self.needs_group.setObjectName(u"needs_group")
        self.needs_layout = QVBoxLayout(self.needs_group)
        self.needs_layout.setObjectName(u"needs_layout")
        self.needs_hint = QLabel(self.needs_group)
        self.needs_hint.setObjectName(u"needs_hint")
        self.needs_hint.setWordWrap(True)

        self.needs_layout.addWidget(self.needs_hint)


        self.form_layout.addWidget(self.needs_group)

        self.pf_group = QGroupBox(self.form_area)
        self.pf_group.setObjectName(u"pf_group")
        self.pf_layout = QVBoxLayout(self.pf_group)
        self.pf_layout.setObjectName(u"pf_layout")
        self.factor_list = QListWidget(self.pf_group)
        self.factor_list.setObjectName(u"factor_list")
        self.factor_list.setMaximumSize(QSize(16777215, 110))

        self.pf_layout.addWidget(self.factor_list)

        self.pf_row = QHBoxLayout()
        self.pf_row.setObjectName(u"pf_row")
        self.factor_edit = QLineEdit(self.pf_group)
        self.factor_edit.setObjectName(u"factor_edit")

        self.pf_row.addWidget(self.factor_edit)

        self.add_factor_button = QPushButton(self.pf_group)
        self.add_factor_button.setObjectName(u"add_factor_button")

        self.pf_row.addWidget(self.add_factor_button)

        self.remove_factor_button = QPushButton(self.pf_group)
        self.remove_factor_button.setObjectName(u"remove_factor_button")

        self.pf_row.addWidget(self.remove_factor_button)

        self.pf_row.setStretch(0, 1)

        self.pf_layout.addLayout(self.pf_row)

        self.none_note_edit = QLineEdit(self.pf_group)
        self.none_note_edit.setObjectName(u"none_note_edit")

        self.pf_layout.addWidget(self.none_note_edit)

        self.error_protective_factors = QLabel(self.pf_group)
        self.error_protective_factors.setObjectName(u"error_protective_factors")
        self.error_protective_factors.setWordWrap(True)
        self.error_protective_factors.setVisible(False)

        self.pf_layout.addWidget(self.error_protective_factors)


        self.form_layout.addWidget(self.pf_group)

        self.history_panel = HistoryPanel(self.form_area)
        self.history_panel.setObjectName(u"history_panel")

        self.form_layout.addWidget(self.history_panel)

        self.form_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form_layout.addItem(self.form_end)

        self.scroll_area.setWidget(self.form_area)

        self.main_layout.addWidget(self.scroll_area)

        self.bar2 = QHBoxLayout()
        self.bar2.setObjectName(u"bar2")
        self.bar2_start = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar2.addItem(self.bar2_start)

        self.discard_button = QPushButton(AssessmentWidget)
        self.discard_button.setObjectName(u"discard_button")

        self.bar2.addWidget(self.discard_button)

        self.save_button = QPushButton(AssessmentWidget)
        self.save_button.setObjectName(u"save_button")

        self.bar2.addWidget(self.save_button)

        self.complete_button = QPushButton(AssessmentWidget)
        self.complete_button.setObjectName(u"complete_button")

        self.bar2.addWidget(self.complete_button)


        self.main_layout.addLayout(self.bar2)

        self.main_layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.conviction_edit_label.setBuddy(self.conviction_edit)
        self.follow_up_edit_label.setBuddy(self.follow_up_edit)
        self.sanctions_spin_label.setBuddy(self.sanctions_spin)
        self.first_age_spin_label.setBuddy(self.first_age_spin)
        self.offence_combo_label.setBuddy(self.offence_combo)
        self.rosh_label.setBuddy(self.rosh_combo)
        self.rsr_edit_label.setBuddy(self.rsr_edit)
        self.mappa_label.setBuddy(self.mappa_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssessmentWidget)

        QMetaObject.connectSlotsByName(AssessmentWidget)
    # setupUi

    def retranslateUi(self, AssessmentWidget):
        AssessmentWidget.setWindowTitle(QCoreApplication.translate("AssessmentWidget", u"Likelihood of reoffending", None))
        self.notice_label.setProperty(u"role", QCoreApplication.translate("AssessmentWidget", u"warning", None))
#if QT_CONFIG(accessibility)
        self.view_combo.setAccessibleName(QCoreApplication.translate("AssessmentWidget", u"Which assessment to show", None))
#endif // QT_CONFIG(accessibility)
        self.start_button.setText(QCoreApplication.translate("AssessmentWidget", u"&Start new assessment", None))
        self.correct_button.setText(QCoreApplication.translate("AssessmentWidget", u"Co&rrect\u2026", None))
#if QT_CONFIG(tooltip)
        self.correct_button.setToolTip(QCoreApplication.translate("AssessmentWidget", u"Start a correction that supersedes the latest completed assessment", None))
#endif // QT_CONFIG(tooltip)
        self.ogrs_group.setTitle(QCoreApplication.translate("AssessmentWidget", u"OGRS3 \u2014 likelihood of proven reoffending", None))
        self.person_caption.setText(QCoreApplication.translate("AssessmentWidget", u"Prisoner", None))
        self.conviction_edit_label.setText(QCoreApplication.translate("AssessmentWidget", u"Conviction date", None))
#if QT_CONFIG(accessibility)
        self.conviction_edit.setAccessibleName(QCoreApplication.translate("AssessmentWidget", u"Date of current conviction", None))
#endif // QT_CONFIG(accessibility)
        self.error_conviction_date.setProperty(u"role", QCoreApplication.translate("AssessmentWidget", u"error", None))
        self.follow_up_edit_label.setText(QCoreApplication.translate("AssessmentWidget", u"Follo&w-up start", None))
#if QT_CONFIG(accessibility)
        self.follow_up_edit.setAccessibleName(QCoreApplication.translate("AssessmentWidget", u"Follow-up start (release date)", None))
#endif // QT_CONFIG(accessibility)
        self.error_follow_up_start.setProperty(u"role", QCoreApplication.translate("AssessmentWidget", u"error", None))
        self.sanctions_spin_label.setText(QCoreApplication.translate("AssessmentWidget", u"Total sanctions", None))
#if QT_CONFIG(accessibility)
        self.sanctions_spin.setAccessibleName(QCoreApplication.translate("AssessmentWidget", u"Total sanctions including the current one", None))
#endif // QT_CONFIG(accessibility)
        self.sanctions_spin.setSpecialValueText(QCoreApplication.translate("AssessmentWidget", u"Not entered", None))
        self.error_total_sanctions.setProperty(u"role", QCoreApplication.translate("AssessmentWidget", u"error", None))
        self.first_age_spin_label.setText(QCoreApplication.translate("AssessmentWidget", u"Age at first sanction", None))
#if QT_CONFIG(accessibility)
        self.first_age_spin.setAccessibleName(QCoreApplication.translate("AssessmentWidget", u"Age at first sanction", None))
#endif // QT_CONFIG(accessibility)
        self.first_age_spin.setSpecialValueText(QCoreApplication.translate("AssessmentWidget", u"Not entered", None))
        self.error_age_at_first_sanction.setProperty(u"role", QCoreApplication.translate("AssessmentWidget", u"error", None))
        self.offence_combo_label.setText(QCoreApplication.translate("AssessmentWidget", u"Offence group", None))
#if QT_CONFIG(accessibility)
        self.offence_combo.setAccessibleName(QCoreApplication.translate("AssessmentWidget", u"Offence group of the current offence", None))
#endif // QT_CONFIG(accessibility)
        self.error_offence_group.setProperty(u"role", QCoreApplication.translate("AssessmentWidget", u"error", None))
        self.protect_group.setTitle(QCoreApplication.translate("AssessmentWidget", u"Risk of harm, RSR and complexity (protect)", None))
        self.rosh_label.setText(QCoreApplication.translate("AssessmentWidget", u"RoSH level", None))
#if QT_CONFIG(accessibility)
        self.rosh_combo.setAccessibleName(QCoreApplication.translate("AssessmentWidget", u"RoSH level", None))
#endif // QT_CONFIG(accessibility)
        self.rsr_edit_label.setText(QCoreApplication.translate("AssessmentWidget", u"RSR %", None))
#if QT_CONFIG(accessibility)
        self.rsr_edit.setAccessibleName(QCoreApplication.translate("AssessmentWidget", u"RSR percentage", None))
#endif // QT_CONFIG(accessibility)
        self.rsr_edit.setPlaceholderText(QCoreApplication.translate("AssessmentWidget", u"Optional, from OASys, e.g. 6.45", None))
        self.error_rsr_pct.setProperty(u"role", QCoreApplication.translate("AssessmentWidget", u"error", None))
        self.mappa_label.setText(QCoreApplication.translate("AssessmentWidget", u"MAPPA", None))
#if QT_CONFIG(accessibility)
        self.mappa_combo.setAccessibleName(QCoreApplication.translate("AssessmentWidget", u"MAPPA level", None))
#endif // QT_CONFIG(accessibility)
        self.factors_label.setText(QCoreApplication.translate("AssessmentWidget", u"Complexity factors", None))
        self.iom_check.setText(QCoreApplication.translate("AssessmentWidget", u"Integrated offender management (IOM)", None))
        self.women_label.setText(QCoreApplication.translate("AssessmentWidget", u"Women's factors", None))
        self.parenting_check.setText(QCoreApplication.translate("AssessmentWidget", u"Parenting responsibilities", None))
        self.impulsivity_check.setText(QCoreApplication.translate("AssessmentWidget", u"Impulsivity or temper control problems", None))
        self.breach_check.setText(QCoreApplication.translate("AssessmentWidget", u"Previous breach or recall", None))
        self.needs_group.setTitle(QCoreApplication.translate("AssessmentWidget", u"Criminogenic needs (OASys sections 3\u201313)", None))
        self.needs_hint.setText(QCoreApplication.translate("AssessmentWidget", u"Each need identified needs evidence and analysis (seed 3.13). Choose \u201cNo need\u201d where none.", None))
        self.pf_group.setTitle(QCoreApplication.translate("AssessmentWidget", u"Protective factors and strengths", None))
#if QT_CONFIG(accessibility)
        self.factor_list.setAccessibleName(QCoreApplication.translate("AssessmentWidget", u"Protective factors", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.factor_edit.setAccessibleName(QCoreApplication.translate("AssessmentWidget", u"New protective factor", None))
#endif // QT_CONFIG(accessibility)
        self.factor_edit.setPlaceholderText(QCoreApplication.translate("AssessmentWidget", u"A strength or protective factor, e.g. supportive family", None))
        self.add_factor_button.setText(QCoreApplication.translate("AssessmentWidget", u"&Add", None))
        self.remove_factor_button.setText(QCoreApplication.translate("AssessmentWidget", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.none_note_edit.setAccessibleName(QCoreApplication.translate("AssessmentWidget", u"No protective factors identified: why", None))
#endif // QT_CONFIG(accessibility)
        self.none_note_edit.setPlaceholderText(QCoreApplication.translate("AssessmentWidget", u"If none were identified, say so and why", None))
        self.error_protective_factors.setProperty(u"role", QCoreApplication.translate("AssessmentWidget", u"error", None))
        self.discard_button.setText(QCoreApplication.translate("AssessmentWidget", u"Discard draft\u2026", None))
        self.save_button.setText(QCoreApplication.translate("AssessmentWidget", u"Save &draft", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("AssessmentWidget", u"Save the draft (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.complete_button.setText(QCoreApplication.translate("AssessmentWidget", u"Complete and si&gn\u2026", None))
    # retranslateUi

