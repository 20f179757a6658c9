# Generated from ui/intervention_ledger.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intervention_ledger.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_InterventionLedgerDialog(object):
    def setupUi(self, InterventionLedgerDialog):
        if not InterventionLedgerDialog.objectName():
            InterventionLedgerDialog.setObjectName(u"InterventionLedgerDialog")
        InterventionLedgerDialog.setMinimumSize(QSize(820, 0))
        self.main_layout = QVBoxLayout(InterventionLedgerDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(InterventionLedgerDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.availability_label = QLabel(InterventionLedgerDialog)
        self.availability_label.setObjectName(u"availability_label")

        self.filters.addWidget(self.availability_label)

        self.availability = QComboBox(InterventionLedgerDialog)
        self.availability.setObjectName(u"availability")

        self.filters.addWidget(self.availability)

        self.open_only = QCheckBox(InterventionLedgerDialog)
        self.open_only.setObjectName(u"open_only")

        self.filters.addWidget(self.open_only)

        self.text_label = QLabel(InterventionLedgerDialog)
        self.text_label.setObjectName(u"text_label")

        self.filters.addWidget(self.text_label)

        self.text = QLineEdit(InterventionLedgerDialog)
        self.text.setObjectName(u"text")

        self.filters.addWidget(self.text)


        self.main_layout.addLayout(self.filters)

        self.counts_label = QLabel(InterventionLedgerDialog)
        self.counts_label.setObjectName(u"counts_label")

        self.main_layout.addWidget(self.counts_label)

        self.counts = QTableView(InterventionLedgerDialog)
        self.counts.setObjectName(u"counts")
        self.counts.setMaximumSize(QSize(16777215, 180))

        self.main_layout.addWidget(self.counts)

        self.rows_label = QLabel(InterventionLedgerDialog)
        self.rows_label.setObjectName(u"rows_label")

        self.main_layout.addWidget(self.rows_label)

        self.rows = QTableView(InterventionLedgerDialog)
        self.rows.setObjectName(u"rows")
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.main_layout.addWidget(self.rows)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.summary = QLabel(InterventionLedgerDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.bottom.addWidget(self.summary)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.bottom_spacer)

        self.export_button = QPushButton(InterventionLedgerDialog)
        self.export_button.setObjectName(u"export_button")

        self.bottom.addWidget(self.export_button)


        self.main_layout.addLayout(self.bottom)

        self.buttons = QDialogButtonBox(InterventionLedgerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.availability_label.setBuddy(self.availability)
        self.text_label.setBuddy(self.text)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.availability, self.open_only)
        QWidget.setTabOrder(self.open_only, self.text)
        QWidget.setTabOrder(self.text, self.counts)
        QWidget.setTabOrder(self.counts, self.rows)
        QWidget.setTabOrder(self.rows, self.export_button)
        QWidget.setTabOrder(self.export_button, self.buttons)

        self.retranslateUi(InterventionLedgerDialog)
        self.buttons.rejected.connect(InterventionLedgerDialog.reject)

        QMetaObject.connectSlotsByName(InterventionLedgerDialog)
    # setupUi

    def retranslateUi(self, InterventionLedgerDialog):
        InterventionLedgerDialog.setWindowTitle(QCoreApplication.translate("InterventionLedgerDialog", u"Unmet-need ledger", None))
#if QT_CONFIG(accessibility)
        self.intro.setAccessibleName(QCoreApplication.translate("InterventionLedgerDialog", u"About the ledger", None))
#endif // QT_CONFIG(accessibility)
        self.availability_label.setText(QCoreApplication.translate("InterventionLedgerDialog", u"&Availability:", None))
#if QT_CONFIG(accessibility)
        self.availability.setAccessibleName(QCoreApplication.translate("InterventionLedgerDialog", u"Availability filter", None))
#endif // QT_CONFIG(accessibility)
        self.open_only.setText(QCoreApplication.translate("InterventionLedgerDialog", u"&Open needs only", None))
        self.text_label.setText(QCoreApplication.translate("InterventionLedgerDialog", u"&Find:", None))
#if QT_CONFIG(accessibility)
        self.text.setAccessibleName(QCoreApplication.translate("InterventionLedgerDialog", u"Find intervention, NOMS number or need", None))
#endif // QT_CONFIG(accessibility)
        self.counts_label.setText(QCoreApplication.translate("InterventionLedgerDialog", u"Counts by intervention and availability:", None))
#if QT_CONFIG(accessibility)
        self.counts.setAccessibleName(QCoreApplication.translate("InterventionLedgerDialog", u"Counts by intervention and availability", None))
#endif // QT_CONFIG(accessibility)
        self.rows_label.setText(QCoreApplication.translate("InterventionLedgerDialog", u"Required interventions:", None))
#if QT_CONFIG(accessibility)
        self.rows.setAccessibleName(QCoreApplication.translate("InterventionLedgerDialog", u"Required interventions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("InterventionLedgerDialog", u"Totals", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("InterventionLedgerDialog", u"&Export CSV\u2026", None))
    # retranslateUi

