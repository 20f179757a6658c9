# Generated from ui/countersign_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'countersign_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_CountersignDialog(object):
    def setupUi(self, CountersignDialog):
        if not CountersignDialog.objectName():
            CountersignDialog.setObjectName(u"CountersignDialog")
        self.main_layout = QVBoxLayout(CountersignDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(CountersignDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.splitter = QSplitter(CountersignDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.queue_pane = QWidget(self.splitter)
        self.queue_pane.setObjectName(u"queue_pane")
        self.queue_layout = QVBoxLayout(self.queue_pane)
        self.queue_layout.setObjectName(u"queue_layout")
        self.queue_layout.setContentsMargins(0, 0, 0, 0)
        self.queue_label = QLabel(self.queue_pane)
        self.queue_label.setObjectName(u"queue_label")
        self.queue_label.setWordWrap(True)

        self.queue_layout.addWidget(self.queue_label)

        self.queue_table = QTableWidget(self.queue_pane)
        self.queue_table.setObjectName(u"queue_table")
        self.queue_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_table.setAlternatingRowColors(True)

        self.queue_layout.addWidget(self.queue_table)

        self.splitter.addWidget(self.queue_pane)
        self.record_pane = QWidget(self.splitter)
        self.record_pane.setObjectName(u"record_pane")
        self.record_layout = QVBoxLayout(self.record_pane)
        self.record_layout.setObjectName(u"record_layout")
        self.record_layout.setContentsMargins(0, 0, 0, 0)
        self.record_title = QLabel(self.record_pane)
        self.record_title.setObjectName(u"record_title")
        self.record_title.setWordWrap(True)
        self.record_title.setStyleSheet(u"font-weight: bold;")

        self.record_layout.addWidget(self.record_title)

        self.record_view = QTextBrowser(self.record_pane)
        self.record_view.setObjectName(u"record_view")

        self.record_layout.addWidget(self.record_view)

        self.comments_label = QLabel(self.record_pane)
        self.comments_label.setObjectName(u"comments_label")
        self.comments_label.setWordWrap(True)

        self.record_layout.addWidget(self.comments_label)

        self.comments_edit = QPlainTextEdit(self.record_pane)
        self.comments_edit.setObjectName(u"comments_edit")
        self.comments_edit.setTabChangesFocus(True)
        self.comments_edit.setMaximumSize(QSize(16777215, 90))

        self.record_layout.addWidget(self.comments_edit)

        self.error_comments = QLabel(self.record_pane)
        self.error_comments.setObjectName(u"error_comments")
        self.error_comments.setWordWrap(True)
        self.error_comments.setProperty(u"role", u"error")

        self.record_layout.addWidget(self.error_comments)

        self.splitter.addWidget(self.record_pane)

        self.main_layout.addWidget(self.splitter)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.return_button = QPushButton(CountersignDialog)
        self.return_button.setObjectName(u"return_button")

        self.button_row.addWidget(self.return_button)

        self.countersign_button = QPushButton(CountersignDialog)
        self.countersign_button.setObjectName(u"countersign_button")

        self.button_row.addWidget(self.countersign_button)

        self.close_button = QPushButton(CountersignDialog)
        self.close_button.setObjectName(u"close_button")

        self.button_row.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.comments_label.setBuddy(self.comments_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CountersignDialog)

        QMetaObject.connectSlotsByName(CountersignDialog)
    # setupUi

    def retranslateUi(self, CountersignDialog):
        CountersignDialog.setWindowTitle(QCoreApplication.translate("CountersignDialog", u"Countersign risk of harm work", None))
        self.intro.setText(QCoreApplication.translate("CountersignDialog", u"Signed screenings, full analyses and risk management plans that need a manager's countersignature (High or Very High, or child-protection concerns), oldest first. Read the record, then countersign it or return it to its author for rework with comments.", None))
#if QT_CONFIG(accessibility)
        self.queue_label.setAccessibleName(QCoreApplication.translate("CountersignDialog", u"Queue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.queue_table.setAccessibleName(QCoreApplication.translate("CountersignDialog", u"Records awaiting countersignature, oldest first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.record_title.setAccessibleName(QCoreApplication.translate("CountersignDialog", u"Record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.record_view.setAccessibleName(QCoreApplication.translate("CountersignDialog", u"The record in full", None))
#endif // QT_CONFIG(accessibility)
        self.comments_label.setText(QCoreApplication.translate("CountersignDialog", u"&Comments for the author (required to return for rework)", None))
#if QT_CONFIG(accessibility)
        self.comments_edit.setAccessibleName(QCoreApplication.translate("CountersignDialog", u"Comments for the author", None))
#endif // QT_CONFIG(accessibility)
        self.return_button.setText(QCoreApplication.translate("CountersignDialog", u"&Return for rework", None))
        self.countersign_button.setText(QCoreApplication.translate("CountersignDialog", u"Counter&sign", None))
        self.close_button.setText(QCoreApplication.translate("CountersignDialog", u"Close", None))
    # retranslateUi

