# Generated from ui/board_invite_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'board_invite_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_BoardInviteDialog(object):
    def setupUi(self, BoardInviteDialog):
        if not BoardInviteDialog.objectName():
            BoardInviteDialog.setObjectName(u"BoardInviteDialog")
        BoardInviteDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(BoardInviteDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prisoner = QLabel(BoardInviteDialog)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.main_layout.addWidget(self.prisoner)

        self.intro = QLabel(BoardInviteDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.general_error = QLabel(BoardInviteDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.who_label = QLabel(BoardInviteDialog)
        self.who_label.setObjectName(u"who_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.who_label)

        self.who = QComboBox(BoardInviteDialog)
        self.who.setObjectName(u"who")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.who)

        self.who_error = QLabel(BoardInviteDialog)
        self.who_error.setObjectName(u"who_error")
        self.who_error.setProperty(u"role", u"error")
        self.who_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.who_error)

        self.name_label = QLabel(BoardInviteDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(BoardInviteDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(120)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_error = QLabel(BoardInviteDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setProperty(u"role", u"error")
        self.name_error.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.request_contribution = QCheckBox(BoardInviteDialog)
        self.request_contribution.setObjectName(u"request_contribution")
        self.request_contribution.setChecked(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.request_contribution)

        self.request_contribution_error = QLabel(BoardInviteDialog)
        self.request_contribution_error.setObjectName(u"request_contribution_error")
        self.request_contribution_error.setProperty(u"role", u"error")
        self.request_contribution_error.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.request_contribution_error)

        self.note_label = QLabel(BoardInviteDialog)
        self.note_label.setObjectName(u"note_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QPlainTextEdit(BoardInviteDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note)

        self.note_error = QLabel(BoardInviteDialog)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setProperty(u"role", u"error")
        self.note_error.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.note_error)


        self.main_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(BoardInviteDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.who_label.setBuddy(self.who)
        self.name_label.setBuddy(self.name)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.who, self.name)
        QWidget.setTabOrder(self.name, self.request_contribution)
        QWidget.setTabOrder(self.request_contribution, self.note)
        QWidget.setTabOrder(self.note, self.buttons)

        self.retranslateUi(BoardInviteDialog)
        self.buttons.rejected.connect(BoardInviteDialog.reject)

        QMetaObject.connectSlotsByName(BoardInviteDialog)
    # setupUi

    def retranslateUi(self, BoardInviteDialog):
        BoardInviteDialog.setWindowTitle(QCoreApplication.translate("BoardInviteDialog", u"Invite to the board", None))
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("BoardInviteDialog", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("BoardInviteDialog", u"Invite a department, the offender manager or someone else. A department can be sent a contribution request at once, due three working days before the board.", None))
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("BoardInviteDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.who_label.setText(QCoreApplication.translate("BoardInviteDialog", u"&Invite:", None))
#if QT_CONFIG(accessibility)
        self.who.setAccessibleName(QCoreApplication.translate("BoardInviteDialog", u"Who to invite", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("BoardInviteDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("BoardInviteDialog", u"Their name, if known", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("BoardInviteDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.request_contribution.setText(QCoreApplication.translate("BoardInviteDialog", u"&Send a contribution request now", None))
#if QT_CONFIG(accessibility)
        self.request_contribution.setAccessibleName(QCoreApplication.translate("BoardInviteDialog", u"request_contribution", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("BoardInviteDialog", u"N&ote:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("BoardInviteDialog", u"What the board would like them to cover (optional)", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("BoardInviteDialog", u"Note to the department", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

