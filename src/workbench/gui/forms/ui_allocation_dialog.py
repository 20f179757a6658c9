# Generated from ui/allocation_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'allocation_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QStackedWidget, QVBoxLayout,
    QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_AllocationDialog(object):
    def setupUi(self, AllocationDialog):
        if not AllocationDialog.objectName():
            AllocationDialog.setObjectName(u"AllocationDialog")
        AllocationDialog.setMinimumSize(QSize(480, 0))
        self.main_layout = QVBoxLayout(AllocationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prisoner = QLabel(AllocationDialog)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.main_layout.addWidget(self.prisoner)

        self.general_error = QLabel(AllocationDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.role_label = QLabel(AllocationDialog)
        self.role_label.setObjectName(u"role_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(AllocationDialog)
        self.role.setObjectName(u"role")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role)

        self.current_label = QLabel(AllocationDialog)
        self.current_label.setObjectName(u"current_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.current_label)

        self.current = QLabel(AllocationDialog)
        self.current.setObjectName(u"current")
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.current)

        self.staff_label = QLabel(AllocationDialog)
        self.staff_label.setObjectName(u"staff_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.staff_label)

        self.staff_stack = QStackedWidget(AllocationDialog)
        self.staff_stack.setObjectName(u"staff_stack")
        self.staff_list_page = QWidget()
        self.staff_list_page.setObjectName(u"staff_list_page")
        self.staff_list_layout = QVBoxLayout(self.staff_list_page)
        self.staff_list_layout.setObjectName(u"staff_list_layout")
        self.staff_list_layout.setContentsMargins(0, 0, 0, 0)
        self.staff = QComboBox(self.staff_list_page)
        self.staff.setObjectName(u"staff")

        self.staff_list_layout.addWidget(self.staff)

        self.staff_stack.addWidget(self.staff_list_page)
        self.staff_name_page = QWidget()
        self.staff_name_page.setObjectName(u"staff_name_page")
        self.staff_name_layout = QVBoxLayout(self.staff_name_page)
        self.staff_name_layout.setObjectName(u"staff_name_layout")
        self.staff_name_layout.setContentsMargins(0, 0, 0, 0)
        self.staff_name = QLineEdit(self.staff_name_page)
        self.staff_name.setObjectName(u"staff_name")
        self.staff_name.setMaxLength(120)

        self.staff_name_layout.addWidget(self.staff_name)

        self.staff_stack.addWidget(self.staff_name_page)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.staff_stack)

        self.staff_error = QLabel(AllocationDialog)
        self.staff_error.setObjectName(u"staff_error")
        self.staff_error.setProperty(u"role", u"error")
        self.staff_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.staff_error.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.staff_error)

        self.start_date_label = QLabel(AllocationDialog)
        self.start_date_label.setObjectName(u"start_date_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date = DateField(AllocationDialog)
        self.start_date.setObjectName(u"start_date")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.start_date_error = QLabel(AllocationDialog)
        self.start_date_error.setObjectName(u"start_date_error")
        self.start_date_error.setProperty(u"role", u"error")
        self.start_date_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.start_date_error.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.start_date_error)

        self.reason_label = QLabel(AllocationDialog)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QPlainTextEdit(AllocationDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reason_error = QLabel(AllocationDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setProperty(u"role", u"error")
        self.reason_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.reason_error.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reason_error)


        self.main_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(AllocationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.role_label.setBuddy(self.role)
        self.staff_label.setBuddy(self.staff)
        self.start_date_label.setBuddy(self.start_date)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.role, self.staff)
        QWidget.setTabOrder(self.staff, self.staff_name)
        QWidget.setTabOrder(self.staff_name, self.start_date)
        QWidget.setTabOrder(self.start_date, self.reason)
        QWidget.setTabOrder(self.reason, self.buttons)

        self.retranslateUi(AllocationDialog)
        self.buttons.rejected.connect(AllocationDialog.reject)

        QMetaObject.connectSlotsByName(AllocationDialog)
    # setupUi

    def retranslateUi(self, AllocationDialog):
        AllocationDialog.setWindowTitle(QCoreApplication.translate("AllocationDialog", u"Allocate staff", None))
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("AllocationDialog", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("AllocationDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("AllocationDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.role.setAccessibleName(QCoreApplication.translate("AllocationDialog", u"Role to allocate", None))
#endif // QT_CONFIG(accessibility)
        self.current_label.setText(QCoreApplication.translate("AllocationDialog", u"Currently allocated:", None))
#if QT_CONFIG(accessibility)
        self.current.setAccessibleName(QCoreApplication.translate("AllocationDialog", u"Currently allocated", None))
#endif // QT_CONFIG(accessibility)
        self.staff_label.setText(QCoreApplication.translate("AllocationDialog", u"&Staff member:", None))
#if QT_CONFIG(accessibility)
        self.staff.setAccessibleName(QCoreApplication.translate("AllocationDialog", u"Staff member", None))
#endif // QT_CONFIG(accessibility)
        self.staff.setPlaceholderText(QCoreApplication.translate("AllocationDialog", u"Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.staff_name.setAccessibleName(QCoreApplication.translate("AllocationDialog", u"Community offender manager's name", None))
#endif // QT_CONFIG(accessibility)
        self.staff_name.setPlaceholderText(QCoreApplication.translate("AllocationDialog", u"Full name of the community offender manager", None))
        self.start_date_label.setText(QCoreApplication.translate("AllocationDialog", u"Start &date:", None))
#if QT_CONFIG(accessibility)
        self.start_date.setAccessibleName(QCoreApplication.translate("AllocationDialog", u"Allocation start date", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("AllocationDialog", u"R&eason (required when\n"
"reallocating):", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("AllocationDialog", u"Reason for the allocation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleDescription(QCoreApplication.translate("AllocationDialog", u"Required when reallocating", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("AllocationDialog", u"Why the case is moving, e.g. caseload balancing or a change of wing", None))
    # retranslateUi

