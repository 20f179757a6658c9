# Generated from ui/contribution_queue.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contribution_queue.ui'
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
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ContributionQueueDialog(object):
    def setupUi(self, ContributionQueueDialog):
        if not ContributionQueueDialog.objectName():
            ContributionQueueDialog.setObjectName(u"ContributionQueueDialog")
        ContributionQueueDialog.setMinimumSize(QSize(760, 0))
        self.main_layout = QVBoxLayout(ContributionQueueDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(ContributionQueueDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.table = QTableView(ContributionQueueDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.main_layout.addWidget(self.table)

        self.empty = QLabel(ContributionQueueDialog)
        self.empty.setObjectName(u"empty")
        self.empty.setWordWrap(True)

        self.main_layout.addWidget(self.empty)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.show_done = QCheckBox(ContributionQueueDialog)
        self.show_done.setObjectName(u"show_done")

        self.bottom.addWidget(self.show_done)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.bottom_spacer)

        self.write_button = QPushButton(ContributionQueueDialog)
        self.write_button.setObjectName(u"write_button")

        self.bottom.addWidget(self.write_button)


        self.main_layout.addLayout(self.bottom)

        self.buttons = QDialogButtonBox(ContributionQueueDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.table, self.show_done)
        QWidget.setTabOrder(self.show_done, self.write_button)
        QWidget.setTabOrder(self.write_button, self.buttons)

        self.retranslateUi(ContributionQueueDialog)
        self.buttons.rejected.connect(ContributionQueueDialog.reject)

        QMetaObject.connectSlotsByName(ContributionQueueDialog)
    # setupUi

    def retranslateUi(self, ContributionQueueDialog):
        ContributionQueueDialog.setWindowTitle(QCoreApplication.translate("ContributionQueueDialog", u"Contribution requests", None))
#if QT_CONFIG(accessibility)
        self.intro.setAccessibleName(QCoreApplication.translate("ContributionQueueDialog", u"About this list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ContributionQueueDialog", u"Contribution requests", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.empty.setAccessibleName(QCoreApplication.translate("ContributionQueueDialog", u"No requests", None))
#endif // QT_CONFIG(accessibility)
        self.show_done.setText(QCoreApplication.translate("ContributionQueueDialog", u"Show &merged and withdrawn", None))
        self.write_button.setText(QCoreApplication.translate("ContributionQueueDialog", u"&Write contribution\u2026", None))
    # retranslateUi

