# Generated from ui/board_cancel_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'board_cancel_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_BoardCancelDialog(object):
    def setupUi(self, BoardCancelDialog):
        if not BoardCancelDialog.objectName():
            BoardCancelDialog.setObjectName(u"BoardCancelDialog")
        BoardCancelDialog.setMinimumSize(QSize(440, 0))
        self.main_layout = QVBoxLayout(BoardCancelDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prisoner = QLabel(BoardCancelDialog)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.main_layout.addWidget(self.prisoner)

        self.intro = QLabel(BoardCancelDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.general_error = QLabel(BoardCancelDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reason_label = QLabel(BoardCancelDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QPlainTextEdit(BoardCancelDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reason_error = QLabel(BoardCancelDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setProperty(u"role", u"error")
        self.reason_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_error)


        self.main_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(BoardCancelDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.buttons)

        self.retranslateUi(BoardCancelDialog)
        self.buttons.rejected.connect(BoardCancelDialog.reject)

        QMetaObject.connectSlotsByName(BoardCancelDialog)
    # setupUi

    def retranslateUi(self, BoardCancelDialog):
        BoardCancelDialog.setWindowTitle(QCoreApplication.translate("BoardCancelDialog", u"Cancel the board", None))
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("BoardCancelDialog", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("BoardCancelDialog", u"Say why the board is cancelled: the reason stays on the record.", None))
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("BoardCancelDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("BoardCancelDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("BoardCancelDialog", u"Reason for cancelling", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

