# Generated from ui/my_work_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'my_work_dialog.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_MyWorkDialog(object):
    def setupUi(self, MyWorkDialog):
        if not MyWorkDialog.objectName():
            MyWorkDialog.setObjectName(u"MyWorkDialog")
        MyWorkDialog.setMinimumSize(QSize(760, 420))
        self.main_layout = QVBoxLayout(MyWorkDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.count = QLabel(MyWorkDialog)
        self.count.setObjectName(u"count")
        self.count.setWordWrap(True)

        self.main_layout.addWidget(self.count)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.kind_label = QLabel(MyWorkDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.filters.addWidget(self.kind_label)

        self.kind_filter = QComboBox(MyWorkDialog)
        self.kind_filter.setObjectName(u"kind_filter")

        self.filters.addWidget(self.kind_filter)

        self.overdue_only = QCheckBox(MyWorkDialog)
        self.overdue_only.setObjectName(u"overdue_only")

        self.filters.addWidget(self.overdue_only)

        self.filters_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filters_spacer)

        self.refresh_button = QPushButton(MyWorkDialog)
        self.refresh_button.setObjectName(u"refresh_button")

        self.filters.addWidget(self.refresh_button)


        self.main_layout.addLayout(self.filters)

        self.table = QTableView(MyWorkDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)

        self.main_layout.addWidget(self.table)

        self.empty = QLabel(MyWorkDialog)
        self.empty.setObjectName(u"empty")
        self.empty.setWordWrap(True)

        self.main_layout.addWidget(self.empty)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.hint = QLabel(MyWorkDialog)
        self.hint.setObjectName(u"hint")

        self.bottom.addWidget(self.hint)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.bottom_spacer)

        self.open_button = QPushButton(MyWorkDialog)
        self.open_button.setObjectName(u"open_button")

        self.bottom.addWidget(self.open_button)

        self.buttons = QDialogButtonBox(MyWorkDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom.addWidget(self.buttons)


        self.main_layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_filter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.kind_filter)
        QWidget.setTabOrder(self.kind_filter, self.overdue_only)
        QWidget.setTabOrder(self.overdue_only, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.open_button)

        self.retranslateUi(MyWorkDialog)

        QMetaObject.connectSlotsByName(MyWorkDialog)
    # setupUi

    def retranslateUi(self, MyWorkDialog):
        MyWorkDialog.setWindowTitle(QCoreApplication.translate("MyWorkDialog", u"My work", None))
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("MyWorkDialog", u"How many items, how many overdue", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("MyWorkDialog", u"S&how:", None))
#if QT_CONFIG(accessibility)
        self.kind_filter.setAccessibleName(QCoreApplication.translate("MyWorkDialog", u"Show items of this kind", None))
#endif // QT_CONFIG(accessibility)
        self.overdue_only.setText(QCoreApplication.translate("MyWorkDialog", u"&Overdue only", None))
        self.refresh_button.setText(QCoreApplication.translate("MyWorkDialog", u"&Refresh", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("MyWorkDialog", u"My work", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.empty.setAccessibleName(QCoreApplication.translate("MyWorkDialog", u"Nothing due", None))
#endif // QT_CONFIG(accessibility)
        self.hint.setText(QCoreApplication.translate("MyWorkDialog", u"Enter or double-click opens the case at the right tab.", None))
        self.open_button.setText(QCoreApplication.translate("MyWorkDialog", u"Open &case", None))
    # retranslateUi

