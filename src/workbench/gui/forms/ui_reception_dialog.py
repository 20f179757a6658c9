# Generated from ui/reception_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_ReceptionDialog(object):
    def setupUi(self, ReceptionDialog):
        if not ReceptionDialog.objectName():
            ReceptionDialog.setObjectName(u"ReceptionDialog")
        ReceptionDialog.setMinimumSize(QSize(940, 0))
        ReceptionDialog.setSizeGripEnabled(True)
        self.main_layout = QVBoxLayout(ReceptionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(ReceptionDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.general_error = QLabel(ReceptionDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.identity_group = QGroupBox(ReceptionDialog)
        self.identity_group.setObjectName(u"identity_group")
        self.identity_form = QFormLayout(self.identity_group)
        self.identity_form.setObjectName(u"identity_form")
        self.identity_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.noms_number_label = QLabel(self.identity_group)
        self.noms_number_label.setObjectName(u"noms_number_label")

        self.identity_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noms_number_label)

        self.noms_number = QLineEdit(self.identity_group)
        self.noms_number.setObjectName(u"noms_number")
        self.noms_number.setMaxLength(10)

        self.identity_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noms_number)

        self.noms_number_error = QLabel(self.identity_group)
        self.noms_number_error.setObjectName(u"noms_number_error")
        self.noms_number_error.setProperty(u"role", u"error")
        self.noms_number_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.noms_number_error.setWordWrap(True)

        self.identity_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noms_number_error)

        self.family_name_label = QLabel(self.identity_group)
        self.family_name_label.setObjectName(u"family_name_label")

        self.identity_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.family_name_label)

        self.family_name = QLineEdit(self.identity_group)
        self.family_name.setObjectName(u"family_name")
        self.family_name.setMaxLength(80)

        self.identity_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.family_name)

        self.family_name_error = QLabel(self.identity_group)
        self.family_name_error.setObjectName(u"family_name_error")
        self.family_name_error.setProperty(u"role", u"error")
        self.family_name_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.family_name_error.setWordWrap(True)

        self.identity_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.family_name_error)

        self.given_name_label = QLabel(self.identity_group)
        self.given_name_label.setObjectName(u"given_name_label")

        self.identity_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.given_name_label)

        self.given_name = QLineEdit(self.identity_group)
        self.given_name.setObjectName(u"given_name")
        self.given_name.setMaxLength(80)

        self.identity_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.given_name)

        self.given_name_error = QLabel(self.identity_group)
        self.given_name_error.setObjectName(u"given_name_error")
        self.given_name_error.setProperty(u"role", u"error")
        self.given_name_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.given_name_error.setWordWrap(True)

        self.identity_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.given_name_error)

        self.date_of_birth_label = QLabel(self.identity_group)
        self.date_of_birth_label.setObjectName(u"date_of_birth_label")

        self.identity_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.date_of_birth_label)

        self.date_of_birth = DateField(self.identity_group)
        self.date_of_birth.setObjectName(u"date_of_birth")

        self.identity_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.date_of_birth)

        self.date_of_birth_error = QLabel(self.identity_group)
        self.date_of_birth_error.setObjectName(u"date_of_birth_error")
        self.date_of_birth_error.setProperty(u"role", u"error")
        self.date_of_birth_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.date_of_birth_error.setWordWrap(True)

        self.identity_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.date_of_birth_error)

        self.gender_label = QLabel(self.identity_group)
        self.gender_label.setObjectName(u"gender_label")

        self.identity_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender = QComboBox(self.identity_group)
        self.gender.setObjectName(u"gender")

        self.identity_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.gender)

        self.gender_error = QLabel(self.identity_group)
        self.gender_error.setObjectName(u"gender_error")
        self.gender_error.setProperty(u"role", u"error")
        self.gender_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.gender_error.setWordWrap(True)

        self.identity_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.gender_error)


        self.left_column.addWidget(self.identity_group)

        self.arrival_group = QGroupBox(ReceptionDialog)
        self.arrival_group.setObjectName(u"arrival_group")
        self.arrival_form = QFormLayout(self.arrival_group)
        self.arrival_form.setObjectName(u"arrival_form")
        self.arrival_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.received_on_label = QLabel(self.arrival_group)
        self.received_on_label.setObjectName(u"received_on_label")

        self.arrival_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.received_on_label)

        self.received_on = DateField(self.arrival_group)
        self.received_on.setObjectName(u"received_on")

        self.arrival_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.received_on)

        self.received_on_error = QLabel(self.arrival_group)
        self.received_on_error.setObjectName(u"received_on_error")
        self.received_on_error.setProperty(u"role", u"error")
        self.received_on_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.received_on_error.setWordWrap(True)

        self.arrival_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.received_on_error)

        self.location_label = QLabel(self.arrival_group)
        self.location_label.setObjectName(u"location_label")

        self.arrival_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location = QLineEdit(self.arrival_group)
        self.location.setObjectName(u"location")
        self.location.setMaxLength(40)

        self.arrival_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.location)

        self.location_error = QLabel(self.arrival_group)
        self.location_error.setObjectName(u"location_error")
        self.location_error.setProperty(u"role", u"error")
        self.location_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.location_error.setWordWrap(True)

        self.arrival_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.location_error)

        self.arrived_from_label = QLabel(self.arrival_group)
        self.arrived_from_label.setObjectName(u"arrived_from_label")

        self.arrival_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.arrived_from_label)

        self.arrived_from = QLineEdit(self.arrival_group)
        self.arrived_from.setObjectName(u"arrived_from")
        self.arrived_from.setMaxLength(3)

        self.arrival_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.arrived_from)

        self.arrived_from_hint = QLabel(self.arrival_group)
        self.arrived_from_hint.setObjectName(u"arrived_from_hint")
        self.arrived_from_hint.setProperty(u"role", u"muted")
        self.arrived_from_hint.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.arrived_from_hint.setWordWrap(True)

        self.arrival_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.arrived_from_hint)

        self.arrived_from_error = QLabel(self.arrival_group)
        self.arrived_from_error.setObjectName(u"arrived_from_error")
        self.arrived_from_error.setProperty(u"role", u"error")
        self.arrived_from_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.arrived_from_error.setWordWrap(True)

        self.arrival_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.arrived_from_error)


        self.left_column.addWidget(self.arrival_group)

        self.risk_group = QGroupBox(ReceptionDialog)
        self.risk_group.setObjectName(u"risk_group")
        self.risk_form = QFormLayout(self.risk_group)
        self.risk_form.setObjectName(u"risk_form")
        self.risk_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rosh_level_label = QLabel(self.risk_group)
        self.rosh_level_label.setObjectName(u"rosh_level_label")

        self.risk_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rosh_level_label)

        self.rosh_level = QComboBox(self.risk_group)
        self.rosh_level.setObjectName(u"rosh_level")

        self.risk_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rosh_level)

        self.is_ppo_label = QLabel(self.risk_group)
        self.is_ppo_label.setObjectName(u"is_ppo_label")

        self.risk_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.is_ppo_label)

        self.is_ppo = QComboBox(self.risk_group)
        self.is_ppo.setObjectName(u"is_ppo")

        self.risk_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.is_ppo)


        self.left_column.addWidget(self.risk_group)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_spacer)


        self.columns.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.sentence_group = QGroupBox(ReceptionDialog)
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


        self.right_column.addWidget(self.sentence_group)

        self.key_dates_group = QGroupBox(ReceptionDialog)
        self.key_dates_group.setObjectName(u"key_dates_group")
        self.key_dates_form = QFormLayout(self.key_dates_group)
        self.key_dates_form.setObjectName(u"key_dates_form")
        self.key_dates_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.parole_eligibility_date_known = QCheckBox(self.key_dates_group)
        self.parole_eligibility_date_known.setObjectName(u"parole_eligibility_date_known")

        self.key_dates_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parole_eligibility_date_known)

        self.parole_eligibility_date = DateField(self.key_dates_group)
        self.parole_eligibility_date.setObjectName(u"parole_eligibility_date")
        self.parole_eligibility_date.setEnabled(False)

        self.key_dates_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parole_eligibility_date)

        self.parole_eligibility_date_error = QLabel(self.key_dates_group)
        self.parole_eligibility_date_error.setObjectName(u"parole_eligibility_date_error")
        self.parole_eligibility_date_error.setProperty(u"role", u"error")
        self.parole_eligibility_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.parole_eligibility_date_error.setWordWrap(True)

        self.key_dates_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parole_eligibility_date_error)

        self.conditional_release_date_known = QCheckBox(self.key_dates_group)
        self.conditional_release_date_known.setObjectName(u"conditional_release_date_known")

        self.key_dates_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.conditional_release_date_known)

        self.conditional_release_date = DateField(self.key_dates_group)
        self.conditional_release_date.setObjectName(u"conditional_release_date")
        self.conditional_release_date.setEnabled(False)

        self.key_dates_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.conditional_release_date)

        self.conditional_release_date_error = QLabel(self.key_dates_group)
        self.conditional_release_date_error.setObjectName(u"conditional_release_date_error")
        self.conditional_release_date_error.setProperty(u"role", u"error")
        self.conditional_release_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.conditional_release_date_error.setWordWrap(True)

        self.key_dates_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.conditional_release_date_error)

        self.home_detention_curfew_eligibility_date_known = QCheckBox(self.key_dates_group)
        self.home_detention_curfew_eligibility_date_known.setObjectName(u"home_detention_curfew_eligibility_date_known")

        self.key_dates_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.home_detention_curfew_eligibility_date_known)

        self.home_detention_curfew_eligibility_date = DateField(self.key_dates_group)
        self.home_detention_curfew_eligibility_date.setObjectName(u"home_detention_curfew_eligibility_date")
        self.home_detention_curfew_eligibility_date.setEnabled(False)

        self.key_dates_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.home_detention_curfew_eligibility_date)

        self.home_detention_curfew_eligibility_date_error = QLabel(self.key_dates_group)
        self.home_detention_curfew_eligibility_date_error.setObjectName(u"home_detention_curfew_eligibility_date_error")
        self.home_detention_curfew_eligibility_date_error.setProperty(u"role", u"error")
        self.home_detention_curfew_eligibility_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.home_detention_curfew_eligibility_date_error.setWordWrap(True)

        self.key_dates_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.home_detention_curfew_eligibility_date_error)

        self.tariff_date_known = QCheckBox(self.key_dates_group)
        self.tariff_date_known.setObjectName(u"tariff_date_known")

        self.key_dates_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.tariff_date_known)

        self.tariff_date = DateField(self.key_dates_group)
        self.tariff_date.setObjectName(u"tariff_date")
        self.tariff_date.setEnabled(False)

        self.key_dates_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tariff_date)

        self.tariff_date_error = QLabel(self.key_dates_group)
        self.tariff_date_error.setObjectName(u"tariff_date_error")
        self.tariff_date_error.setProperty(u"role", u"error")
        self.tariff_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.tariff_date_error.setWordWrap(True)

        self.key_dates_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.tariff_date_error)

        self.sentence_expiry_date_known = QCheckBox(self.key_dates_group)
        self.sentence_expiry_date_known.setObjectName(u"sentence_expiry_date_known")

        self.key_dates_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sentence_expiry_date_known)

        self.sentence_expiry_date = DateField(self.key_dates_group)
        self.sentence_expiry_date.setObjectName(u"sentence_expiry_date")
        self.sentence_expiry_date.setEnabled(False)

        self.key_dates_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sentence_expiry_date)

        self.sentence_expiry_date_error = QLabel(self.key_dates_group)
        self.sentence_expiry_date_error.setObjectName(u"sentence_expiry_date_error")
        self.sentence_expiry_date_error.setProperty(u"role", u"error")
        self.sentence_expiry_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.sentence_expiry_date_error.setWordWrap(True)

        self.key_dates_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.sentence_expiry_date_error)

        self.licence_expiry_date_known = QCheckBox(self.key_dates_group)
        self.licence_expiry_date_known.setObjectName(u"licence_expiry_date_known")

        self.key_dates_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.licence_expiry_date_known)

        self.licence_expiry_date = DateField(self.key_dates_group)
        self.licence_expiry_date.setObjectName(u"licence_expiry_date")
        self.licence_expiry_date.setEnabled(False)

        self.key_dates_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.licence_expiry_date)

        self.licence_expiry_date_error = QLabel(self.key_dates_group)
        self.licence_expiry_date_error.setObjectName(u"licence_expiry_date_error")
        self.licence_expiry_date_error.setProperty(u"role", u"error")
        self.licence_expiry_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.licence_expiry_date_error.setWordWrap(True)

        self.key_dates_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.licence_expiry_date_error)

        self.automatic_release_date_known = QCheckBox(self.key_dates_group)
        self.automatic_release_date_known.setObjectName(u"automatic_release_date_known")

        self.key_dates_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.automatic_release_date_known)

        self.automatic_release_date = DateField(self.key_dates_group)
        self.automatic_release_date.setObjectName(u"automatic_release_date")
        self.automatic_release_date.setEnabled(False)

        self.key_dates_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.automatic_release_date)

        self.automatic_release_date_error = QLabel(self.key_dates_group)
        self.automatic_release_date_error.setObjectName(u"automatic_release_date_error")
        self.automatic_release_date_error.setProperty(u"role", u"error")
        self.automatic_release_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.automatic_release_date_error.setWordWrap(True)

        self.key_dates_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.automatic_release_date_error)

        self.target_hearing_date_known = QCheckBox(self.key_dates_group)
        self.target_hearing_date_known.setObjectName(u"target_hearing_date_known")

        self.key_dates_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.target_hearing_date_known)

        self.target_hearing_date = DateField(self.key_dates_group)
        self.target_hearing_date.setObjectName(u"target_hearing_date")
        self.target_hearing_date.setEnabled(False)

        self.key_dates_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.target_hearing_date)

        self.target_hearing_date_error = QLabel(self.key_dates_group)
        self.target_hearing_date_error.setObjectName(u"target_hearing_date_error")
        self.target_hearing_date_error.setProperty(u"role", u"error")
        self.target_hearing_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.target_hearing_date_error.setWordWrap(True)

        self.key_dates_form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.target_hearing_date_error)


        self.right_column.addWidget(self.key_dates_group)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_column.addItem(self.right_spacer)


        self.columns.addLayout(self.right_column)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.main_layout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(ReceptionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.noms_number_label.setBuddy(self.noms_number)
        self.family_name_label.setBuddy(self.family_name)
        self.given_name_label.setBuddy(self.given_name)
        self.date_of_birth_label.setBuddy(self.date_of_birth)
        self.gender_label.setBuddy(self.gender)
        self.received_on_label.setBuddy(self.received_on)
        self.location_label.setBuddy(self.location)
        self.arrived_from_label.setBuddy(self.arrived_from)
        self.rosh_level_label.setBuddy(self.rosh_level)
        self.is_ppo_label.setBuddy(self.is_ppo)
        self.sentence_type_label.setBuddy(self.sentence_type)
        self.sentence_date_label.setBuddy(self.sentence_date)
        self.length_label.setBuddy(self.length_years)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.noms_number, self.family_name)
        QWidget.setTabOrder(self.family_name, self.given_name)
        QWidget.setTabOrder(self.given_name, self.date_of_birth)
        QWidget.setTabOrder(self.date_of_birth, self.gender)
        QWidget.setTabOrder(self.gender, self.received_on)
        QWidget.setTabOrder(self.received_on, self.location)
        QWidget.setTabOrder(self.location, self.arrived_from)
        QWidget.setTabOrder(self.arrived_from, self.rosh_level)
        QWidget.setTabOrder(self.rosh_level, self.is_ppo)
        QWidget.setTabOrder(self.is_ppo, self.sentence_type)
        QWidget.setTabOrder(self.sentence_type, self.sentence_date)
        QWidget.setTabOrder(self.sentence_date, self.length_years)
        QWidget.setTabOrder(self.length_years, self.length_months)
        QWidget.setTabOrder(self.length_months, self.length_days)
        QWidget.setTabOrder(self.length_days, self.parole_eligibility_date_known)
        QWidget.setTabOrder(self.parole_eligibility_date_known, self.parole_eligibility_date)
        QWidget.setTabOrder(self.parole_eligibility_date, self.conditional_release_date_known)
        QWidget.setTabOrder(self.conditional_release_date_known, self.conditional_release_date)
        QWidget.setTabOrder(self.conditional_release_date, self.home_detention_curfew_eligibility_date_known)
        QWidget.setTabOrder(self.home_detention_curfew_eligibility_date_known, self.home_detention_curfew_eligibility_date)
        QWidget.setTabOrder(self.home_detention_curfew_eligibility_date, self.tariff_date_known)
        QWidget.setTabOrder(self.tariff_date_known, self.tariff_date)
        QWidget.setTabOrder(self.tariff_date, self.sentence_expiry_date_known)
        QWidget.setTabOrder(self.sentence_expiry_date_known, self.sentence_expiry_date)
        QWidget.setTabOrder(self.sentence_expiry_date, self.licence_expiry_date_known)
        QWidget.setTabOrder(self.licence_expiry_date_known, self.licence_expiry_date)
        QWidget.setTabOrder(self.licence_expiry_date, self.automatic_release_date_known)
        QWidget.setTabOrder(self.automatic_release_date_known, self.automatic_release_date)
        QWidget.setTabOrder(self.automatic_release_date, self.target_hearing_date_known)
        QWidget.setTabOrder(self.target_hearing_date_known, self.target_hearing_date)
        QWidget.setTabOrder(self.target_hearing_date, self.buttons)

        self.retranslateUi(ReceptionDialog)
        self.buttons.rejected.connect(ReceptionDialog.reject)

        QMetaObject.connectSlotsByName(ReceptionDialog)
    # setupUi

    def retranslateUi(self, ReceptionDialog):
        ReceptionDialog.setWindowTitle(QCoreApplication.translate("ReceptionDialog", u"Receive a prisoner", None))
        self.intro.setText(QCoreApplication.translate("ReceptionDialog", u"Record a new reception or a transfer in. Fields marked * are required.", None))
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.identity_group.setTitle(QCoreApplication.translate("ReceptionDialog", u"Identity", None))
        self.noms_number_label.setText(QCoreApplication.translate("ReceptionDialog", u"&NOMS number *:", None))
#if QT_CONFIG(accessibility)
        self.noms_number.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"NOMS number", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.noms_number.setToolTip(QCoreApplication.translate("ReceptionDialog", u"One letter, four digits and two letters, for example A1234BC", None))
#endif // QT_CONFIG(tooltip)
        self.noms_number.setPlaceholderText(QCoreApplication.translate("ReceptionDialog", u"A1234BC", None))
        self.family_name_label.setText(QCoreApplication.translate("ReceptionDialog", u"&Family name *:", None))
#if QT_CONFIG(accessibility)
        self.family_name.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Family name", None))
#endif // QT_CONFIG(accessibility)
        self.given_name_label.setText(QCoreApplication.translate("ReceptionDialog", u"&Given name *:", None))
#if QT_CONFIG(accessibility)
        self.given_name.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Given name", None))
#endif // QT_CONFIG(accessibility)
        self.date_of_birth_label.setText(QCoreApplication.translate("ReceptionDialog", u"Date of &birth *:", None))
#if QT_CONFIG(accessibility)
        self.date_of_birth.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.gender_label.setText(QCoreApplication.translate("ReceptionDialog", u"G&ender *:", None))
#if QT_CONFIG(accessibility)
        self.gender.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.gender.setPlaceholderText(QCoreApplication.translate("ReceptionDialog", u"Choose\u2026", None))
        self.arrival_group.setTitle(QCoreApplication.translate("ReceptionDialog", u"Arrival", None))
        self.received_on_label.setText(QCoreApplication.translate("ReceptionDialog", u"&Reception date *:", None))
#if QT_CONFIG(accessibility)
        self.received_on.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Reception date", None))
#endif // QT_CONFIG(accessibility)
        self.location_label.setText(QCoreApplication.translate("ReceptionDialog", u"Location (&wing/cell):", None))
#if QT_CONFIG(accessibility)
        self.location.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Location, wing and cell", None))
#endif // QT_CONFIG(accessibility)
        self.location.setPlaceholderText(QCoreApplication.translate("ReceptionDialog", u"e.g. A-1-01", None))
        self.arrived_from_label.setText(QCoreApplication.translate("ReceptionDialog", u"&Transfer in from:", None))
#if QT_CONFIG(accessibility)
        self.arrived_from.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Transfer in from, establishment code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.arrived_from.setAccessibleDescription(QCoreApplication.translate("ReceptionDialog", u"Leave empty for a new reception", None))
#endif // QT_CONFIG(accessibility)
        self.arrived_from.setPlaceholderText(QCoreApplication.translate("ReceptionDialog", u"e.g. LEI", None))
        self.arrived_from_hint.setText(QCoreApplication.translate("ReceptionDialog", u"The sending prison's code. Leave empty for a new reception.", None))
        self.risk_group.setTitle(QCoreApplication.translate("ReceptionDialog", u"Risk", None))
        self.rosh_level_label.setText(QCoreApplication.translate("ReceptionDialog", u"Ro&SH level:", None))
#if QT_CONFIG(accessibility)
        self.rosh_level.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Risk of serious harm level", None))
#endif // QT_CONFIG(accessibility)
        self.is_ppo_label.setText(QCoreApplication.translate("ReceptionDialog", u"PP&O:", None))
#if QT_CONFIG(accessibility)
        self.is_ppo.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Prolific and other priority offender", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.is_ppo.setToolTip(QCoreApplication.translate("ReceptionDialog", u"Prolific and other priority offender", None))
#endif // QT_CONFIG(tooltip)
        self.sentence_group.setTitle(QCoreApplication.translate("ReceptionDialog", u"Sentence", None))
        self.sentence_type_label.setText(QCoreApplication.translate("ReceptionDialog", u"Sentence t&ype *:", None))
#if QT_CONFIG(accessibility)
        self.sentence_type.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Sentence type", None))
#endif // QT_CONFIG(accessibility)
        self.sentence_type.setPlaceholderText(QCoreApplication.translate("ReceptionDialog", u"Choose\u2026", None))
        self.sentence_date_label.setText(QCoreApplication.translate("ReceptionDialog", u"Sentence &date:", None))
#if QT_CONFIG(accessibility)
        self.sentence_date.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Sentence date", None))
#endif // QT_CONFIG(accessibility)
        self.length_label.setText(QCoreApplication.translate("ReceptionDialog", u"Lengt&h:", None))
#if QT_CONFIG(accessibility)
        self.length_years.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Sentence length, years", None))
#endif // QT_CONFIG(accessibility)
        self.length_years.setSuffix(QCoreApplication.translate("ReceptionDialog", u" years", None))
#if QT_CONFIG(accessibility)
        self.length_months.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Sentence length, months", None))
#endif // QT_CONFIG(accessibility)
        self.length_months.setSuffix(QCoreApplication.translate("ReceptionDialog", u" months", None))
#if QT_CONFIG(accessibility)
        self.length_days.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Sentence length, days", None))
#endif // QT_CONFIG(accessibility)
        self.length_days.setSuffix(QCoreApplication.translate("ReceptionDialog", u" days", None))
        self.key_dates_group.setTitle(QCoreApplication.translate("ReceptionDialog", u"Key dates (tick each one that is known)", None))
        self.parole_eligibility_date_known.setText(QCoreApplication.translate("ReceptionDialog", u"&Parole eligibility (PED)", None))
#if QT_CONFIG(accessibility)
        self.parole_eligibility_date_known.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Parole eligibility date known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.parole_eligibility_date.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Parole eligibility date", None))
#endif // QT_CONFIG(accessibility)
        self.conditional_release_date_known.setText(QCoreApplication.translate("ReceptionDialog", u"&Conditional release (CRD)", None))
#if QT_CONFIG(accessibility)
        self.conditional_release_date_known.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Conditional release date known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.conditional_release_date.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Conditional or automatic release date", None))
#endif // QT_CONFIG(accessibility)
        self.home_detention_curfew_eligibility_date_known.setText(QCoreApplication.translate("ReceptionDialog", u"HDC el&igibility (HDCED)", None))
#if QT_CONFIG(accessibility)
        self.home_detention_curfew_eligibility_date_known.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Home detention curfew eligibility date known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.home_detention_curfew_eligibility_date.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Home detention curfew eligibility date", None))
#endif // QT_CONFIG(accessibility)
        self.tariff_date_known.setText(QCoreApplication.translate("ReceptionDialog", u"T&ariff expiry", None))
#if QT_CONFIG(accessibility)
        self.tariff_date_known.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Tariff expiry date known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tariff_date.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Tariff expiry date", None))
#endif // QT_CONFIG(accessibility)
        self.sentence_expiry_date_known.setText(QCoreApplication.translate("ReceptionDialog", u"Sentence e&xpiry (SED/TED)", None))
#if QT_CONFIG(accessibility)
        self.sentence_expiry_date_known.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Sentence expiry date known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sentence_expiry_date.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Sentence expiry date", None))
#endif // QT_CONFIG(accessibility)
        self.licence_expiry_date_known.setText(QCoreApplication.translate("ReceptionDialog", u"&Licence expiry (LED)", None))
#if QT_CONFIG(accessibility)
        self.licence_expiry_date_known.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Licence expiry date known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.licence_expiry_date.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Licence expiry date", None))
#endif // QT_CONFIG(accessibility)
        self.automatic_release_date_known.setText(QCoreApplication.translate("ReceptionDialog", u"A&utomatic release (ARD)", None))
#if QT_CONFIG(accessibility)
        self.automatic_release_date_known.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Automatic release date known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.automatic_release_date.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Automatic release date", None))
#endif // QT_CONFIG(accessibility)
        self.target_hearing_date_known.setText(QCoreApplication.translate("ReceptionDialog", u"Target hearing (THD)", None))
#if QT_CONFIG(accessibility)
        self.target_hearing_date_known.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Parole Board target hearing date known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.target_hearing_date.setAccessibleName(QCoreApplication.translate("ReceptionDialog", u"Parole Board target hearing date", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

