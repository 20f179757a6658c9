# Generated from ui/correction_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'correction_dialog.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_CorrectionDialog(object):
    def setupUi(self, CorrectionDialog):
        if not CorrectionDialog.objectName():
            CorrectionDialog.setObjectName(u"CorrectionDialog")
        CorrectionDialog.setMinimumSize(QSize(960, 0))
        CorrectionDialog.setSizeGripEnabled(True)
        self.main_layout = QVBoxLayout(CorrectionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prisoner = QLabel(CorrectionDialog)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.main_layout.addWidget(self.prisoner)

        self.intro = QLabel(CorrectionDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.general_error = QLabel(CorrectionDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.prisoner_group = QGroupBox(CorrectionDialog)
        self.prisoner_group.setObjectName(u"prisoner_group")
        self.prisoner_form = QFormLayout(self.prisoner_group)
        self.prisoner_form.setObjectName(u"prisoner_form")
        self.prisoner_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.is_ppo_label = QLabel(self.prisoner_group)
        self.is_ppo_label.setObjectName(u"is_ppo_label")

        self.prisoner_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.is_ppo_label)

        self.is_ppo = QComboBox(self.prisoner_group)
        self.is_ppo.setObjectName(u"is_ppo")

        self.prisoner_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.is_ppo)

        self.is_ppo_error = QLabel(self.prisoner_group)
        self.is_ppo_error.setObjectName(u"is_ppo_error")
        self.is_ppo_error.setProperty(u"role", u"error")
        self.is_ppo_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.is_ppo_error.setWordWrap(True)

        self.prisoner_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.is_ppo_error)

        self.rosh_level_label = QLabel(self.prisoner_group)
        self.rosh_level_label.setObjectName(u"rosh_level_label")

        self.prisoner_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rosh_level_label)

        self.rosh_level = QComboBox(self.prisoner_group)
        self.rosh_level.setObjectName(u"rosh_level")

        self.prisoner_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rosh_level)

        self.rosh_level_error = QLabel(self.prisoner_group)
        self.rosh_level_error.setObjectName(u"rosh_level_error")
        self.rosh_level_error.setProperty(u"role", u"error")
        self.rosh_level_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.rosh_level_error.setWordWrap(True)

        self.prisoner_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rosh_level_error)

        self.location_label = QLabel(self.prisoner_group)
        self.location_label.setObjectName(u"location_label")

        self.prisoner_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location = QLineEdit(self.prisoner_group)
        self.location.setObjectName(u"location")
        self.location.setMaxLength(40)

        self.prisoner_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.location)

        self.location_error = QLabel(self.prisoner_group)
        self.location_error.setObjectName(u"location_error")
        self.location_error.setProperty(u"role", u"error")
        self.location_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.location_error.setWordWrap(True)

        self.prisoner_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.location_error)


        self.left_column.addWidget(self.prisoner_group)

        self.sentence_group = QGroupBox(CorrectionDialog)
        self.sentence_group.setObjectName(u"sentence_group")
        self.sentence_form = QFormLayout(self.sentence_group)
        self.sentence_form.setObjectName(u"sentence_form")
        self.sentence_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sentence_type_label = QLabel(self.sentence_group)
        self.sentence_type_label.setObjectName(u"sentence_type_label")

        self.sentence_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sentence_type_label)

        self.sentence_type = QComboBox(self.sentence_group)
        self.sentence_type.setObjectName(u"sentence_type")

        self.sentence_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sentence_type)

        self.sentence_type_error = QLabel(self.sentence_group)
        self.sentence_type_error.setObjectName(u"sentence_type_error")
        self.sentence_type_error.setProperty(u"role", u"error")
        self.sentence_type_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.sentence_type_error.setWordWrap(True)

        self.sentence_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sentence_type_error)

        self.sentence_date_label = QLabel(self.sentence_group)
        self.sentence_date_label.setObjectName(u"sentence_date_label")

        self.sentence_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sentence_date_label)

        self.sentence_date = DateField(self.sentence_group)
        self.sentence_date.setObjectName(u"sentence_date")

        self.sentence_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sentence_date)

        self.sentence_date_error = QLabel(self.sentence_group)
        self.sentence_date_error.setObjectName(u"sentence_date_error")
        self.sentence_date_error.setProperty(u"role", u"error")
        self.sentence_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.sentence_date_error.setWordWrap(True)

        self.sentence_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sentence_date_error)

        self.length_label = QLabel(self.sentence_group)
        self.length_label.setObjectName(u"length_label")

        self.sentence_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.length_label)

        self.length_layout = QHBoxLayout()
        self.length_layout.setObjectName(u"length_layout")
        self.length_years = QSpinBox(self.sentence_group)
        self.length_years.setObjectName(u"length_years")
        self.length_years.setMaximum(99)

        self.length_layout.addWidget(self.length_years)

        self.length_months = QSpinBox(self.sentence_group)
        self.length_months.setObjectName(u"length_months")
        self.length_months.setMaximum(99)

        self.length_layout.addWidget(self.length_months)

        self.length_days = QSpinBox(self.sentence_group)
        self.length_days.setObjectName(u"length_days")
        self.length_days.setMaximum(999)

        self.length_layout.addWidget(self.length_days)


        self.sentence_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.length_layout)

        self.length_days_error = QLabel(self.sentence_group)
        self.length_days_error.setObjectName(u"length_days_error")
        self.length_days_error.setProperty(u"role", u"error")
        self.length_days_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.length_days_error.setWordWrap(True)

        self.sentence_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.length_days_error)

        self.parole_eligibility_date_label = QLabel(self.sentence_group)
        self.parole_eligibility_date_label.setObjectName(u"parole_eligibility_date_label")

        self.sentence_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.parole_eligibility_date_label)

        self.parole_eligibility_date = DateField(self.sentence_group)
        self.parole_eligibility_date.setObjectName(u"parole_eligibility_date")

        self.sentence_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.parole_eligibility_date)

        self.parole_eligibility_date_error = QLabel(self.sentence_group)
        self.parole_eligibility_date_error.setObjectName(u"parole_eligibility_date_error")
        self.parole_eligibility_date_error.setProperty(u"role", u"error")
        self.parole_eligibility_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.parole_eligibility_date_error.setWordWrap(True)

        self.sentence_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.parole_eligibility_date_error)

        self.home_detention_curfew_eligibility_date_label = QLabel(self.sentence_group)
        self.home_detention_curfew_eligibility_date_label.setObjectName(u"home_detention_curfew_eligibility_date_label")

        self.sentence_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.home_detention_curfew_eligibility_date_label)

        self.home_detention_curfew_eligibility_date = DateField(self.sentence_group)
        self.home_detention_curfew_eligibility_date.setObjectName(u"home_detention_curfew_eligibility_date")

        self.sentence_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.home_detention_curfew_eligibility_date)

        self.home_detention_curfew_eligibility_date_error = QLabel(self.sentence_group)
        self.home_detention_curfew_eligibility_date_error.setObjectName(u"home_detention_curfew_eligibility_date_error")
        self.home_detention_curfew_eligibility_date_error.setProperty(u"role", u"error")
        self.home_detention_curfew_eligibility_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.home_detention_curfew_eligibility_date_error.setWordWrap(True)

        self.sentence_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.home_detention_curfew_eligibility_date_error)

        self.conditional_release_date_label = QLabel(self.sentence_group)
        self.conditional_release_date_label.setObjectName(u"conditional_release_date_label")

        self.sentence_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.conditional_release_date_label)

        self.conditional_release_date = DateField(self.sentence_group)
        self.conditional_release_date.setObjectName(u"conditional_release_date")

        self.sentence_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.conditional_release_date)

        self.conditional_release_date_error = QLabel(self.sentence_group)
        self.conditional_release_date_error.setObjectName(u"conditional_release_date_error")
        self.conditional_release_date_error.setProperty(u"role", u"error")
        self.conditional_release_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.conditional_release_date_error.setWordWrap(True)

        self.sentence_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.conditional_release_date_error)

        self.tariff_date_label = QLabel(self.sentence_group)
        self.tariff_date_label.setObjectName(u"tariff_date_label")

        self.sentence_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.tariff_date_label)

        self.tariff_date = DateField(self.sentence_group)
        self.tariff_date.setObjectName(u"tariff_date")

        self.sentence_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.tariff_date)

        self.tariff_date_error = QLabel(self.sentence_group)
        self.tariff_date_error.setObjectName(u"tariff_date_error")
        self.tariff_date_error.setProperty(u"role", u"error")
        self.tariff_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.tariff_date_error.setWordWrap(True)

        self.sentence_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.tariff_date_error)

        self.sentence_expiry_date_label = QLabel(self.sentence_group)
        self.sentence_expiry_date_label.setObjectName(u"sentence_expiry_date_label")

        self.sentence_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.sentence_expiry_date_label)

        self.sentence_expiry_date = DateField(self.sentence_group)
        self.sentence_expiry_date.setObjectName(u"sentence_expiry_date")

        self.sentence_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.sentence_expiry_date)

        self.sentence_expiry_date_error = QLabel(self.sentence_group)
        self.sentence_expiry_date_error.setObjectName(u"sentence_expiry_date_error")
        self.sentence_expiry_date_error.setProperty(u"role", u"error")
        self.sentence_expiry_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.sentence_expiry_date_error.setWordWrap(True)

        self.sentence_form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.sentence_expiry_date_error)

        self.licence_expiry_date_label = QLabel(self.sentence_group)
        self.licence_expiry_date_label.setObjectName(u"licence_expiry_date_label")

        self.sentence_form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.licence_expiry_date_label)

        self.licence_expiry_date = DateField(self.sentence_group)
        self.licence_expiry_date.setObjectName(u"licence_expiry_date")

        self.sentence_form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.licence_expiry_date)

        self.licence_expiry_date_error = QLabel(self.sentence_group)
        self.licence_expiry_date_error.setObjectName(u"licence_expiry_date_error")
        self.licence_expiry_date_error.setProperty(u"role", u"error")
        self.licence_expiry_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.licence_expiry_date_error.setWordWrap(True)

        self.sentence_form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.licence_expiry_date_error)


        self.left_column.addWidget(self.sentence_group)


        self.columns.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.key_dates_group = QGroupBox(CorrectionDialog)
        self.key_dates_group.setObjectName(u"key_dates_group")
        self.key_dates_form = QFormLayout(self.key_dates_group)
        self.key_dates_form.setObjectName(u"key_dates_form")
        self.key_dates_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.automatic_release_date_label = QLabel(self.key_dates_group)
        self.automatic_release_date_label.setObjectName(u"automatic_release_date_label")

        self.key_dates_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.automatic_release_date_label)

        self.automatic_release_date = DateField(self.key_dates_group)
        self.automatic_release_date.setObjectName(u"automatic_release_date")

        self.key_dates_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.automatic_release_date)

        self.automatic_release_date_error = QLabel(self.key_dates_group)
        self.automatic_release_date_error.setObjectName(u"automatic_release_date_error")
        self.automatic_release_date_error.setProperty(u"role", u"error")
        self.automatic_release_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.automatic_release_date_error.setWordWrap(True)

        self.key_dates_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.automatic_release_date_error)

        self.target_hearing_date_label = QLabel(self.key_dates_group)
        self.target_hearing_date_label.setObjectName(u"target_hearing_date_label")

        self.key_dates_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.target_hearing_date_label)

        self.target_hearing_date = DateField(self.key_dates_group)
        self.target_hearing_date.setObjectName(u"target_hearing_date")

        self.key_dates_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.target_hearing_date)

        self.target_hearing_date_error = QLabel(self.key_dates_group)
        self.target_hearing_date_error.setObjectName(u"target_hearing_date_error")
        self.target_hearing_date_error.setProperty(u"role", u"error")
        self.target_hearing_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.target_hearing_date_error.setWordWrap(True)

        self.key_dates_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.target_hearing_date_error)

        self.categorisation_review_date_label = QLabel(self.key_dates_group)
        self.categorisation_review_date_label.setObjectName(u"categorisation_review_date_label")

        self.key_dates_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.categorisation_review_date_label)

        self.categorisation_review_date = DateField(self.key_dates_group)
        self.categorisation_review_date.setObjectName(u"categorisation_review_date")

        self.key_dates_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.categorisation_review_date)

        self.categorisation_review_date_error = QLabel(self.key_dates_group)
        self.categorisation_review_date_error.setObjectName(u"categorisation_review_date_error")
        self.categorisation_review_date_error.setProperty(u"role", u"error")
        self.categorisation_review_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.categorisation_review_date_error.setWordWrap(True)

        self.key_dates_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.categorisation_review_date_error)

        self.open_conditions_date_label = QLabel(self.key_dates_group)
        self.open_conditions_date_label.setObjectName(u"open_conditions_date_label")

        self.key_dates_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.open_conditions_date_label)

        self.open_conditions_date = DateField(self.key_dates_group)
        self.open_conditions_date.setObjectName(u"open_conditions_date")

        self.key_dates_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.open_conditions_date)

        self.open_conditions_date_error = QLabel(self.key_dates_group)
        self.open_conditions_date_error.setObjectName(u"open_conditions_date_error")
        self.open_conditions_date_error.setProperty(u"role", u"error")
        self.open_conditions_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.open_conditions_date_error.setWordWrap(True)

        self.key_dates_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.open_conditions_date_error)

        self.open_conditions_since_label = QLabel(self.key_dates_group)
        self.open_conditions_since_label.setObjectName(u"open_conditions_since_label")

        self.key_dates_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.open_conditions_since_label)

        self.open_conditions_since = DateField(self.key_dates_group)
        self.open_conditions_since.setObjectName(u"open_conditions_since")

        self.key_dates_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.open_conditions_since)

        self.open_conditions_since_error = QLabel(self.key_dates_group)
        self.open_conditions_since_error.setObjectName(u"open_conditions_since_error")
        self.open_conditions_since_error.setProperty(u"role", u"error")
        self.open_conditions_since_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.open_conditions_since_error.setWordWrap(True)

        self.key_dates_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.open_conditions_since_error)

        self.open_prison_arrival_date_label = QLabel(self.key_dates_group)
        self.open_prison_arrival_date_label.setObjectName(u"open_prison_arrival_date_label")

        self.key_dates_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.open_prison_arrival_date_label)

        self.open_prison_arrival_date = DateField(self.key_dates_group)
        self.open_prison_arrival_date.setObjectName(u"open_prison_arrival_date")

        self.key_dates_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.open_prison_arrival_date)

        self.open_prison_arrival_date_error = QLabel(self.key_dates_group)
        self.open_prison_arrival_date_error.setObjectName(u"open_prison_arrival_date_error")
        self.open_prison_arrival_date_error.setProperty(u"role", u"error")
        self.open_prison_arrival_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.open_prison_arrival_date_error.setWordWrap(True)

        self.key_dates_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.open_prison_arrival_date_error)

        self.early_allocation_label = QLabel(self.key_dates_group)
        self.early_allocation_label.setObjectName(u"early_allocation_label")

        self.key_dates_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.early_allocation_label)

        self.early_allocation = QComboBox(self.key_dates_group)
        self.early_allocation.setObjectName(u"early_allocation")

        self.key_dates_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.early_allocation)

        self.early_allocation_error = QLabel(self.key_dates_group)
        self.early_allocation_error.setObjectName(u"early_allocation_error")
        self.early_allocation_error.setProperty(u"role", u"error")
        self.early_allocation_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.early_allocation_error.setWordWrap(True)

        self.key_dates_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.early_allocation_error)

        self.key_dates_hint = QLabel(self.key_dates_group)
        self.key_dates_hint.setObjectName(u"key_dates_hint")
        self.key_dates_hint.setWordWrap(True)

        self.key_dates_form.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.key_dates_hint)


        self.right_column.addWidget(self.key_dates_group)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_column.addItem(self.right_spacer)


        self.columns.addLayout(self.right_column)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.main_layout.addLayout(self.columns)

        self.reason_form = QFormLayout()
        self.reason_form.setObjectName(u"reason_form")
        self.reason_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reason_label = QLabel(CorrectionDialog)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.reason_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QPlainTextEdit(CorrectionDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumSize(QSize(16777215, 64))

        self.reason_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reason_error = QLabel(CorrectionDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setProperty(u"role", u"error")
        self.reason_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.reason_error.setWordWrap(True)

        self.reason_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_error)


        self.main_layout.addLayout(self.reason_form)

        self.buttons = QDialogButtonBox(CorrectionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.is_ppo_label.setBuddy(self.is_ppo)
        self.rosh_level_label.setBuddy(self.rosh_level)
        self.location_label.setBuddy(self.location)
        self.sentence_type_label.setBuddy(self.sentence_type)
        self.sentence_date_label.setBuddy(self.sentence_date)
        self.length_label.setBuddy(self.length_years)
        self.parole_eligibility_date_label.setBuddy(self.parole_eligibility_date)
        self.home_detention_curfew_eligibility_date_label.setBuddy(self.home_detention_curfew_eligibility_date)
        self.conditional_release_date_label.setBuddy(self.conditional_release_date)
        self.tariff_date_label.setBuddy(self.tariff_date)
        self.sentence_expiry_date_label.setBuddy(self.sentence_expiry_date)
        self.licence_expiry_date_label.setBuddy(self.licence_expiry_date)
        self.automatic_release_date_label.setBuddy(self.automatic_release_date)
        self.target_hearing_date_label.setBuddy(self.target_hearing_date)
        self.categorisation_review_date_label.setBuddy(self.categorisation_review_date)
        self.open_conditions_date_label.setBuddy(self.open_conditions_date)
        self.open_conditions_since_label.setBuddy(self.open_conditions_since)
        self.open_prison_arrival_date_label.setBuddy(self.open_prison_arrival_date)
        self.early_allocation_label.setBuddy(self.early_allocation)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.is_ppo, self.rosh_level)
        QWidget.setTabOrder(self.rosh_level, self.location)
        QWidget.setTabOrder(self.location, self.sentence_type)
        QWidget.setTabOrder(self.sentence_type, self.sentence_date)
        QWidget.setTabOrder(self.sentence_date, self.length_years)
        QWidget.setTabOrder(self.length_years, self.length_months)
        QWidget.setTabOrder(self.length_months, self.length_days)
        QWidget.setTabOrder(self.length_days, self.parole_eligibility_date)
        QWidget.setTabOrder(self.parole_eligibility_date, self.home_detention_curfew_eligibility_date)
        QWidget.setTabOrder(self.home_detention_curfew_eligibility_date, self.conditional_release_date)
        QWidget.setTabOrder(self.conditional_release_date, self.tariff_date)
        QWidget.setTabOrder(self.tariff_date, self.sentence_expiry_date)
        QWidget.setTabOrder(self.sentence_expiry_date, self.licence_expiry_date)
        QWidget.setTabOrder(self.licence_expiry_date, self.automatic_release_date)
        QWidget.setTabOrder(self.automatic_release_date, self.target_hearing_date)
        QWidget.setTabOrder(self.target_hearing_date, self.categorisation_review_date)
        QWidget.setTabOrder(self.categorisation_review_date, self.open_conditions_date)
        QWidget.setTabOrder(self.open_conditions_date, self.open_conditions_since)
        QWidget.setTabOrder(self.open_conditions_since, self.open_prison_arrival_date)
        QWidget.setTabOrder(self.open_prison_arrival_date, self.early_allocation)
        QWidget.setTabOrder(self.early_allocation, self.reason)
        QWidget.setTabOrder(self.reason, self.buttons)

        self.retranslateUi(CorrectionDialog)

        QMetaObject.connectSlotsByName(CorrectionDialog)
    # setupUi

    def retranslateUi(self, CorrectionDialog):
        CorrectionDialog.setWindowTitle(QCoreApplication.translate("CorrectionDialog", u"Correct prisoner details", None))
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("CorrectionDialog", u"Correct what was recorded at reception. Only the details you change are saved; the reason is kept in the case's history with your name.", None))
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.prisoner_group.setTitle(QCoreApplication.translate("CorrectionDialog", u"Prisoner", None))
        self.is_ppo_label.setText(QCoreApplication.translate("CorrectionDialog", u"&PPO status:", None))
#if QT_CONFIG(accessibility)
        self.is_ppo.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Prolific and Other Priority Offender status", None))
#endif // QT_CONFIG(accessibility)
        self.rosh_level_label.setText(QCoreApplication.translate("CorrectionDialog", u"&RoSH level:", None))
#if QT_CONFIG(accessibility)
        self.rosh_level.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Risk of serious harm level", None))
#endif // QT_CONFIG(accessibility)
        self.location_label.setText(QCoreApplication.translate("CorrectionDialog", u"Locat&ion:", None))
#if QT_CONFIG(accessibility)
        self.location.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Location (wing and cell)", None))
#endif // QT_CONFIG(accessibility)
        self.location.setPlaceholderText(QCoreApplication.translate("CorrectionDialog", u"e.g. A-1-01", None))
        self.sentence_group.setTitle(QCoreApplication.translate("CorrectionDialog", u"Sentence and release dates", None))
        self.sentence_type_label.setText(QCoreApplication.translate("CorrectionDialog", u"Sentence &type:", None))
#if QT_CONFIG(accessibility)
        self.sentence_type.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Sentence type", None))
#endif // QT_CONFIG(accessibility)
        self.sentence_date_label.setText(QCoreApplication.translate("CorrectionDialog", u"Sentence &date:", None))
#if QT_CONFIG(accessibility)
        self.sentence_date.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Date of sentence", None))
#endif // QT_CONFIG(accessibility)
        self.length_label.setText(QCoreApplication.translate("CorrectionDialog", u"Len&gth:", None))
#if QT_CONFIG(accessibility)
        self.length_years.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Sentence length, years", None))
#endif // QT_CONFIG(accessibility)
        self.length_years.setSuffix(QCoreApplication.translate("CorrectionDialog", u" years", None))
#if QT_CONFIG(accessibility)
        self.length_months.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Sentence length, months", None))
#endif // QT_CONFIG(accessibility)
        self.length_months.setSuffix(QCoreApplication.translate("CorrectionDialog", u" months", None))
#if QT_CONFIG(accessibility)
        self.length_days.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Sentence length, days", None))
#endif // QT_CONFIG(accessibility)
        self.length_days.setSuffix(QCoreApplication.translate("CorrectionDialog", u" days", None))
        self.parole_eligibility_date_label.setText(QCoreApplication.translate("CorrectionDialog", u"P&ED:", None))
#if QT_CONFIG(accessibility)
        self.parole_eligibility_date.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Parole eligibility date (PED)", None))
#endif // QT_CONFIG(accessibility)
        self.home_detention_curfew_eligibility_date_label.setText(QCoreApplication.translate("CorrectionDialog", u"&HDCED:", None))
#if QT_CONFIG(accessibility)
        self.home_detention_curfew_eligibility_date.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Home detention curfew eligibility date (HDCED)", None))
#endif // QT_CONFIG(accessibility)
        self.conditional_release_date_label.setText(QCoreApplication.translate("CorrectionDialog", u"&CRD:", None))
#if QT_CONFIG(accessibility)
        self.conditional_release_date.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Conditional release date (CRD)", None))
#endif // QT_CONFIG(accessibility)
        self.tariff_date_label.setText(QCoreApplication.translate("CorrectionDialog", u"T&ariff:", None))
#if QT_CONFIG(accessibility)
        self.tariff_date.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Tariff expiry date", None))
#endif // QT_CONFIG(accessibility)
        self.sentence_expiry_date_label.setText(QCoreApplication.translate("CorrectionDialog", u"SED/TED:", None))
#if QT_CONFIG(accessibility)
        self.sentence_expiry_date.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Sentence expiry date (SED/TED)", None))
#endif // QT_CONFIG(accessibility)
        self.licence_expiry_date_label.setText(QCoreApplication.translate("CorrectionDialog", u"&LED:", None))
#if QT_CONFIG(accessibility)
        self.licence_expiry_date.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Licence expiry date (LED)", None))
#endif // QT_CONFIG(accessibility)
        self.key_dates_group.setTitle(QCoreApplication.translate("CorrectionDialog", u"Key dates", None))
        self.automatic_release_date_label.setText(QCoreApplication.translate("CorrectionDialog", u"A&utomatic release (ARD):", None))
#if QT_CONFIG(accessibility)
        self.automatic_release_date.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Automatic release date (ARD)", None))
#endif // QT_CONFIG(accessibility)
        self.target_hearing_date_label.setText(QCoreApplication.translate("CorrectionDialog", u"Target heari&ng (THD):", None))
#if QT_CONFIG(accessibility)
        self.target_hearing_date.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Target hearing date (THD)", None))
#endif // QT_CONFIG(accessibility)
        self.categorisation_review_date_label.setText(QCoreApplication.translate("CorrectionDialog", u"Categorisation revie&w:", None))
#if QT_CONFIG(accessibility)
        self.categorisation_review_date.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Categorisation review date", None))
#endif // QT_CONFIG(accessibility)
        self.open_conditions_date_label.setText(QCoreApplication.translate("CorrectionDialog", u"Eligi&ble for open / ROTL:", None))
#if QT_CONFIG(accessibility)
        self.open_conditions_date.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Eligible for open conditions or ROTL from", None))
#endif // QT_CONFIG(accessibility)
        self.open_conditions_since_label.setText(QCoreApplication.translate("CorrectionDialog", u"&Open since:", None))
#if QT_CONFIG(accessibility)
        self.open_conditions_since.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"In open conditions (categorised open) since", None))
#endif // QT_CONFIG(accessibility)
        self.open_prison_arrival_date_label.setText(QCoreApplication.translate("CorrectionDialog", u"Arri&ved at open prison:", None))
#if QT_CONFIG(accessibility)
        self.open_prison_arrival_date.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Arrival at the open prison", None))
#endif // QT_CONFIG(accessibility)
        self.early_allocation_label.setText(QCoreApplication.translate("CorrectionDialog", u"Earl&y allocation:", None))
#if QT_CONFIG(accessibility)
        self.early_allocation.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Early allocation to the community offender manager", None))
#endif // QT_CONFIG(accessibility)
        self.key_dates_hint.setText(QCoreApplication.translate("CorrectionDialog", u"Leave a date empty when it is not known. The handover and the review triggers read these dates; the case page says what it assumed for any left empty.", None))
        self.reason_label.setText(QCoreApplication.translate("CorrectionDialog", u"Rea&son:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Reason for the correction", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("CorrectionDialog", u"Why the details are corrected and on whose information, e.g. \u201cPPO status confirmed by the police\u201d", None))
    # retranslateUi

