# Generated from ui/board_pack_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'board_pack_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_BoardPackDialog(object):
    def setupUi(self, BoardPackDialog):
        if not BoardPackDialog.objectName():
            BoardPackDialog.setObjectName(u"BoardPackDialog")
        BoardPackDialog.setMinimumSize(QSize(640, 520))
        self.main_layout = QVBoxLayout(BoardPackDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prisoner = QLabel(BoardPackDialog)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.main_layout.addWidget(self.prisoner)

        self.choose_row = QHBoxLayout()
        self.choose_row.setObjectName(u"choose_row")
        self.document_label = QLabel(BoardPackDialog)
        self.document_label.setObjectName(u"document_label")

        self.choose_row.addWidget(self.document_label)

        self.document = QComboBox(BoardPackDialog)
        self.document.setObjectName(u"document")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.document.sizePolicy().hasHeightForWidth())
        self.document.setSizePolicy(sizePolicy)

        self.choose_row.addWidget(self.document)

        self.generate = QPushButton(BoardPackDialog)
        self.generate.setObjectName(u"generate")

        self.choose_row.addWidget(self.generate)


        self.main_layout.addLayout(self.choose_row)

        self.progress = QProgressBar(BoardPackDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.main_layout.addWidget(self.progress)

        self.status = QLabel(BoardPackDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.main_layout.addWidget(self.status)

        self.preview = QScrollArea(BoardPackDialog)
        self.preview.setObjectName(u"preview")
        self.preview.setWidgetResizable(True)
        self.pages = QWidget()
        self.pages.setObjectName(u"pages")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setObjectName(u"pages_layout")
        self.preview.setWidget(self.pages)

        self.main_layout.addWidget(self.preview)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.print_button = QPushButton(BoardPackDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setEnabled(False)

        self.button_row.addWidget(self.print_button)

        self.save_button = QPushButton(BoardPackDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setEnabled(False)

        self.button_row.addWidget(self.save_button)

        self.close_button = QPushButton(BoardPackDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_row.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.document_label.setBuddy(self.document)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.document, self.generate)
        QWidget.setTabOrder(self.generate, self.preview)
        QWidget.setTabOrder(self.preview, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)

        self.retranslateUi(BoardPackDialog)
        self.close_button.clicked.connect(BoardPackDialog.reject)

        self.generate.setDefault(True)


        QMetaObject.connectSlotsByName(BoardPackDialog)
    # setupUi

    def retranslateUi(self, BoardPackDialog):
        BoardPackDialog.setWindowTitle(QCoreApplication.translate("BoardPackDialog", u"Board pack", None))
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("BoardPackDialog", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
        self.document_label.setText(QCoreApplication.translate("BoardPackDialog", u"&Document:", None))
#if QT_CONFIG(accessibility)
        self.document.setAccessibleName(QCoreApplication.translate("BoardPackDialog", u"Document to print", None))
#endif // QT_CONFIG(accessibility)
        self.generate.setText(QCoreApplication.translate("BoardPackDialog", u"&Generate", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("BoardPackDialog", u"Progress of the document", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("BoardPackDialog", u"Document state", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("BoardPackDialog", u"Preview of the pages", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("BoardPackDialog", u"&Print\u2026", None))
        self.save_button.setText(QCoreApplication.translate("BoardPackDialog", u"&Save as PDF\u2026", None))
        self.close_button.setText(QCoreApplication.translate("BoardPackDialog", u"Close", None))
    # retranslateUi

