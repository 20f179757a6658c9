# Generated from ui/plan_versions.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_versions.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_PlanVersionsWidget(object):
    def setupUi(self, PlanVersionsWidget):
        if not PlanVersionsWidget.objectName():
            PlanVersionsWidget.setObjectName(u"PlanVersionsWidget")
        self.main_layout = QVBoxLayout(PlanVersionsWidget)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(4, 4, 4, 4)
        self.agreed_label = QLabel(PlanVersionsWidget)
        self.agreed_label.setObjectName(u"agreed_label")
        self.agreed_label.setWordWrap(True)

        self.main_layout.addWidget(self.agreed_label)

        self.error_label = QLabel(PlanVersionsWidget)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.issue_row = QHBoxLayout()
        self.issue_row.setObjectName(u"issue_row")
        self.reason_label = QLabel(PlanVersionsWidget)
        self.reason_label.setObjectName(u"reason_label")

        self.issue_row.addWidget(self.reason_label)

        self.reason = QComboBox(PlanVersionsWidget)
        self.reason.setObjectName(u"reason")

        self.issue_row.addWidget(self.reason)

        self.note = QLineEdit(PlanVersionsWidget)
        self.note.setObjectName(u"note")

        self.issue_row.addWidget(self.note)

        self.issue_button = QPushButton(PlanVersionsWidget)
        self.issue_button.setObjectName(u"issue_button")

        self.issue_row.addWidget(self.issue_button)


        self.main_layout.addLayout(self.issue_row)

        self.versions_label = QLabel(PlanVersionsWidget)
        self.versions_label.setObjectName(u"versions_label")
        self.versions_label.setWordWrap(True)

        self.main_layout.addWidget(self.versions_label)

        self.versions = QListWidget(PlanVersionsWidget)
        self.versions.setObjectName(u"versions")
        self.versions.setMaximumSize(QSize(16777215, 110))

        self.main_layout.addWidget(self.versions)

        self.differences = QTableWidget(PlanVersionsWidget)
        self.differences.setObjectName(u"differences")
        self.differences.setMaximumSize(QSize(16777215, 160))
        self.differences.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differences.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.main_layout.addWidget(self.differences)

        self.side_row = QHBoxLayout()
        self.side_row.setObjectName(u"side_row")
        self.old_layout = QVBoxLayout()
        self.old_layout.setObjectName(u"old_layout")
        self.old_title = QLabel(PlanVersionsWidget)
        self.old_title.setObjectName(u"old_title")
        self.old_title.setProperty(u"role", u"muted")

        self.old_layout.addWidget(self.old_title)

        self.old_view = QTextBrowser(PlanVersionsWidget)
        self.old_view.setObjectName(u"old_view")

        self.old_layout.addWidget(self.old_view)


        self.side_row.addLayout(self.old_layout)

        self.current_layout = QVBoxLayout()
        self.current_layout.setObjectName(u"current_layout")
        self.current_title = QLabel(PlanVersionsWidget)
        self.current_title.setObjectName(u"current_title")
        self.current_title.setProperty(u"role", u"muted")

        self.current_layout.addWidget(self.current_title)

        self.current_view = QTextBrowser(PlanVersionsWidget)
        self.current_view.setObjectName(u"current_view")

        self.current_layout.addWidget(self.current_view)


        self.side_row.addLayout(self.current_layout)


        self.main_layout.addLayout(self.side_row)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.note)
        QWidget.setTabOrder(self.note, self.issue_button)
        QWidget.setTabOrder(self.issue_button, self.versions)
        QWidget.setTabOrder(self.versions, self.differences)
        QWidget.setTabOrder(self.differences, self.old_view)
        QWidget.setTabOrder(self.old_view, self.current_view)

        self.retranslateUi(PlanVersionsWidget)

        QMetaObject.connectSlotsByName(PlanVersionsWidget)
    # setupUi

    def retranslateUi(self, PlanVersionsWidget):
        self.agreed_label.setText("")
        self.error_label.setText("")
        self.reason_label.setText(QCoreApplication.translate("PlanVersionsWidget", u"Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("PlanVersionsWidget", u"Why this version is issued", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("PlanVersionsWidget", u"Note on this version", None))
#endif // QT_CONFIG(accessibility)
        self.note.setPlaceholderText(QCoreApplication.translate("PlanVersionsWidget", u"Note (optional)", None))
        self.issue_button.setText(QCoreApplication.translate("PlanVersionsWidget", u"Issue version", None))
#if QT_CONFIG(tooltip)
        self.issue_button.setToolTip(QCoreApplication.translate("PlanVersionsWidget", u"Snapshot the whole plan as it stands now, with the reason", None))
#endif // QT_CONFIG(tooltip)
        self.versions_label.setText(QCoreApplication.translate("PlanVersionsWidget", u"Issued versions (choose one to compare with the current plan):", None))
#if QT_CONFIG(accessibility)
        self.versions.setAccessibleName(QCoreApplication.translate("PlanVersionsWidget", u"Issued versions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.differences.setAccessibleName(QCoreApplication.translate("PlanVersionsWidget", u"Differences from the current plan", None))
#endif // QT_CONFIG(accessibility)
        self.old_title.setText(QCoreApplication.translate("PlanVersionsWidget", u"Version", None))
#if QT_CONFIG(accessibility)
        self.old_view.setAccessibleName(QCoreApplication.translate("PlanVersionsWidget", u"The chosen version", None))
#endif // QT_CONFIG(accessibility)
        self.current_title.setText(QCoreApplication.translate("PlanVersionsWidget", u"Current plan", None))
#if QT_CONFIG(accessibility)
        self.current_view.setAccessibleName(QCoreApplication.translate("PlanVersionsWidget", u"The current plan", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

