# Generated from ui/interview_wizard.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_InterviewWizard(object):
    def setupUi(self, InterviewWizard):
        if not InterviewWizard.objectName():
            InterviewWizard.setObjectName(u"InterviewWizard")
        self.main_layout = QVBoxLayout(InterviewWizard)
        self.main_layout.setObjectName(u"main_layout")
        self.prisoner = QLabel(InterviewWizard)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.main_layout.addWidget(self.prisoner)

        self.notice = QLabel(InterviewWizard)
        self.notice.setObjectName(u"notice")
        self.notice.setProperty(u"role", u"warning")
        self.notice.setWordWrap(True)

        self.main_layout.addWidget(self.notice)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.steps = QListWidget(InterviewWizard)
        self.steps.setObjectName(u"steps")
        self.steps.setMaximumSize(QSize(230, 16777215))

        self.body.addWidget(self.steps)

        self.step_layout = QVBoxLayout()
        self.step_layout.setObjectName(u"step_layout")
        self.step_title = QLabel(InterviewWizard)
        self.step_title.setObjectName(u"step_title")
        self.step_title.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.step_layout.addWidget(self.step_title)

        self.guidance = QLabel(InterviewWizard)
        self.guidance.setObjectName(u"guidance")
        self.guidance.setWordWrap(True)

        self.step_layout.addWidget(self.guidance)

        self.prompts = QLabel(InterviewWizard)
        self.prompts.setObjectName(u"prompts")
        self.prompts.setWordWrap(True)
        self.prompts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.step_layout.addWidget(self.prompts)

        self.general_error = QLabel(InterviewWizard)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setWordWrap(True)

        self.step_layout.addWidget(self.general_error)

        self.scroll = QScrollArea(InterviewWizard)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.pages.setObjectName(u"pages")
        self.scroll.setWidget(self.pages)

        self.step_layout.addWidget(self.scroll)

        self.missing = QLabel(InterviewWizard)
        self.missing.setObjectName(u"missing")
        self.missing.setWordWrap(True)

        self.step_layout.addWidget(self.missing)


        self.body.addLayout(self.step_layout)


        self.main_layout.addLayout(self.body)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.back_button = QPushButton(InterviewWizard)
        self.back_button.setObjectName(u"back_button")
        self.back_button.setAutoDefault(False)

        self.button_row.addWidget(self.back_button)

        self.next_button = QPushButton(InterviewWizard)
        self.next_button.setObjectName(u"next_button")
        self.next_button.setAutoDefault(False)

        self.button_row.addWidget(self.next_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.save_button = QPushButton(InterviewWizard)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.button_row.addWidget(self.save_button)

        self.sign_button = QPushButton(InterviewWizard)
        self.sign_button.setObjectName(u"sign_button")
        self.sign_button.setAutoDefault(False)

        self.button_row.addWidget(self.sign_button)

        self.close_button = QPushButton(InterviewWizard)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_row.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_row)

        QWidget.setTabOrder(self.pages, self.back_button)
        QWidget.setTabOrder(self.back_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.sign_button)
        QWidget.setTabOrder(self.sign_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.steps)

        self.retranslateUi(InterviewWizard)

        QMetaObject.connectSlotsByName(InterviewWizard)
    # setupUi

    def retranslateUi(self, InterviewWizard):
        InterviewWizard.setWindowTitle(QCoreApplication.translate("InterviewWizard", u"Initial interview", None))
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("InterviewWizard", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.steps.setAccessibleName(QCoreApplication.translate("InterviewWizard", u"Steps of the interview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.guidance.setAccessibleName(QCoreApplication.translate("InterviewWizard", u"Guidance for this step", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prompts.setAccessibleName(QCoreApplication.translate("InterviewWizard", u"Questions you can read out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.missing.setAccessibleName(QCoreApplication.translate("InterviewWizard", u"What this step still needs", None))
#endif // QT_CONFIG(accessibility)
        self.back_button.setText(QCoreApplication.translate("InterviewWizard", u"\u2190 &Back", None))
        self.next_button.setText(QCoreApplication.translate("InterviewWizard", u"&Next \u2192", None))
        self.save_button.setText(QCoreApplication.translate("InterviewWizard", u"Save &draft", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("InterviewWizard", u"Save the draft (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.sign_button.setText(QCoreApplication.translate("InterviewWizard", u"Si&gn\u2026", None))
        self.close_button.setText(QCoreApplication.translate("InterviewWizard", u"Close", None))
    # retranslateUi

