# Generated from ui/intervention_complete_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intervention_complete_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_InterventionCompleteDialog(object):
    def setupUi(self, InterventionCompleteDialog):
        if not InterventionCompleteDialog.objectName():
            InterventionCompleteDialog.setObjectName(u"InterventionCompleteDialog")
        InterventionCompleteDialog.setMinimumSize(QSize(420, 0))
        self.main_layout = QVBoxLayout(InterventionCompleteDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intervention = QLabel(InterventionCompleteDialog)
        self.intervention.setObjectName(u"intervention")
        self.intervention.setStyleSheet(u"font-weight: bold;")
        self.intervention.setWordWrap(True)

        self.main_layout.addWidget(self.intervention)

        self.general_error = QLabel(InterventionCompleteDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.completed_on_label = QLabel(InterventionCompleteDialog)
        self.completed_on_label.setObjectName(u"completed_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.completed_on_label)

        self.completed_on = DateField(InterventionCompleteDialog)
        self.completed_on.setObjectName(u"completed_on")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.completed_on)

        self.completed_on_error = QLabel(InterventionCompleteDialog)
        self.completed_on_error.setObjectName(u"completed_on_error")
        self.completed_on_error.setProperty(u"role", u"error")
        self.completed_on_error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.completed_on_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.completed_on_error)


        self.main_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(InterventionCompleteDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.completed_on_label.setBuddy(self.completed_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.completed_on, self.buttons)

        self.retranslateUi(InterventionCompleteDialog)
        self.buttons.rejected.connect(InterventionCompleteDialog.reject)

        QMetaObject.connectSlotsByName(InterventionCompleteDialog)
    # setupUi

    def retranslateUi(self, InterventionCompleteDialog):
        InterventionCompleteDialog.setWindowTitle(QCoreApplication.translate("InterventionCompleteDialog", u"Intervention completed", None))
#if QT_CONFIG(accessibility)
        self.intervention.setAccessibleName(QCoreApplication.translate("InterventionCompleteDialog", u"Intervention", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("InterventionCompleteDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.completed_on_label.setText(QCoreApplication.translate("InterventionCompleteDialog", u"&Completed on:", None))
#if QT_CONFIG(accessibility)
        self.completed_on.setAccessibleName(QCoreApplication.translate("InterventionCompleteDialog", u"Completed on", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

