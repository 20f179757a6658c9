# Generated from ui/offence_paralleling_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offence_paralleling_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_OffenceParallelingDialog(object):
    def setupUi(self, OffenceParallelingDialog):
        if not OffenceParallelingDialog.objectName():
            OffenceParallelingDialog.setObjectName(u"OffenceParallelingDialog")
        OffenceParallelingDialog.setMinimumSize(QSize(560, 0))
        self.main_layout = QVBoxLayout(OffenceParallelingDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prisoner = QLabel(OffenceParallelingDialog)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.main_layout.addWidget(self.prisoner)

        self.intro = QLabel(OffenceParallelingDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.general_error = QLabel(OffenceParallelingDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.source_label = QLabel(OffenceParallelingDialog)
        self.source_label.setObjectName(u"source_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source = QComboBox(OffenceParallelingDialog)
        self.source.setObjectName(u"source")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.source)

        self.source_error = QLabel(OffenceParallelingDialog)
        self.source_error.setObjectName(u"source_error")
        self.source_error.setProperty(u"role", u"error")
        self.source_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.source_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.source_error)

        self.seen_on_label = QLabel(OffenceParallelingDialog)
        self.seen_on_label.setObjectName(u"seen_on_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.seen_on_label)

        self.seen_on = DateField(OffenceParallelingDialog)
        self.seen_on.setObjectName(u"seen_on")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.seen_on)

        self.seen_on_error = QLabel(OffenceParallelingDialog)
        self.seen_on_error.setObjectName(u"seen_on_error")
        self.seen_on_error.setProperty(u"role", u"error")
        self.seen_on_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.seen_on_error.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.seen_on_error)

        self.reference_label = QLabel(OffenceParallelingDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference = QLineEdit(OffenceParallelingDialog)
        self.reference.setObjectName(u"reference")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reference)

        self.reference_error = QLabel(OffenceParallelingDialog)
        self.reference_error.setObjectName(u"reference_error")
        self.reference_error.setProperty(u"role", u"error")
        self.reference_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.reference_error.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reference_error)


        self.main_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(OffenceParallelingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.source_label.setBuddy(self.source)
        self.seen_on_label.setBuddy(self.seen_on)
        self.reference_label.setBuddy(self.reference)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.source, self.seen_on)
        QWidget.setTabOrder(self.seen_on, self.reference)
        QWidget.setTabOrder(self.reference, self.buttons)

        self.retranslateUi(OffenceParallelingDialog)
        self.buttons.rejected.connect(OffenceParallelingDialog.reject)

        QMetaObject.connectSlotsByName(OffenceParallelingDialog)
    # setupUi

    def retranslateUi(self, OffenceParallelingDialog):
        OffenceParallelingDialog.setWindowTitle(QCoreApplication.translate("OffenceParallelingDialog", u"Flag offence-paralleling behaviour", None))
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("OffenceParallelingDialog", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("OffenceParallelingDialog", u"Behaviour in custody that mirrors the offending, seen in an adjudication or in security information. The flag goes into the contact log (restricted when it comes from security information) and raises a review of the plan and the risk management plan.", None))
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("OffenceParallelingDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.source_label.setText(QCoreApplication.translate("OffenceParallelingDialog", u"&Seen in:", None))
#if QT_CONFIG(accessibility)
        self.source.setAccessibleName(QCoreApplication.translate("OffenceParallelingDialog", u"Where the behaviour was seen", None))
#endif // QT_CONFIG(accessibility)
        self.seen_on_label.setText(QCoreApplication.translate("OffenceParallelingDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.seen_on.setAccessibleName(QCoreApplication.translate("OffenceParallelingDialog", u"Date of the adjudication or security report", None))
#endif // QT_CONFIG(accessibility)
        self.reference_label.setText(QCoreApplication.translate("OffenceParallelingDialog", u"&Reference:", None))
#if QT_CONFIG(accessibility)
        self.reference.setAccessibleName(QCoreApplication.translate("OffenceParallelingDialog", u"Reference and short description", None))
#endif // QT_CONFIG(accessibility)
        self.reference.setPlaceholderText(QCoreApplication.translate("OffenceParallelingDialog", u"e.g. ADJ/1234: fight over a debt on B wing (mirrors the robbery)", None))
    # retranslateUi

