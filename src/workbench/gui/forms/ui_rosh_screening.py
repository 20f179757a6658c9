# Generated from ui/rosh_screening.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rosh_screening.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RoshScreeningWidget(object):
    def setupUi(self, RoshScreeningWidget):
        if not RoshScreeningWidget.objectName():
            RoshScreeningWidget.setObjectName(u"RoshScreeningWidget")
        self.main_layout = QVBoxLayout(RoshScreeningWidget)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, -1, 0, -1)
        self.status_label = QLabel(RoshScreeningWidget)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.notice_label = QLabel(RoshScreeningWidget)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setWordWrap(True)
        self.notice_label.setProperty(u"role", u"warning")

        self.main_layout.addWidget(self.notice_label)

        self.decision_label = QLabel(RoshScreeningWidget)
        self.decision_label.setObjectName(u"decision_label")
        self.decision_label.setWordWrap(True)
        self.decision_label.setStyleSheet(u"font-weight: bold;")

        self.main_layout.addWidget(self.decision_label)

        self.countersign_label = QLabel(RoshScreeningWidget)
        self.countersign_label.setObjectName(u"countersign_label")
        self.countersign_label.setWordWrap(True)

        self.main_layout.addWidget(self.countersign_label)

        self.scroll_area = QScrollArea(RoshScreeningWidget)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_area = QWidget()
        self.form_area.setObjectName(u"form_area")
        self.form_layout = QVBoxLayout(self.form_area)
        self.form_layout.setObjectName(u"form_layout")
        self.intro_label = QLabel(self.form_area)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.form_layout.addWidget(self.intro_label)

        self.indicator_box = QGroupBox(self.form_area)
        self.indicator_box.setObjectName(u"indicator_box")
        self.indicator_grid = QGridLayout(self.indicator_box)
        self.indicator_grid.setObjectName(u"indicator_grid")

        self.form_layout.addWidget(self.indicator_box)

        self.sources_label = QLabel(self.form_area)
        self.sources_label.setObjectName(u"sources_label")
        self.sources_label.setWordWrap(True)

        self.form_layout.addWidget(self.sources_label)

        self.sources_edit = QPlainTextEdit(self.form_area)
        self.sources_edit.setObjectName(u"sources_edit")
        self.sources_edit.setTabChangesFocus(True)
        self.sources_edit.setMaximumSize(QSize(16777215, 80))

        self.form_layout.addWidget(self.sources_edit)

        self.error_sources = QLabel(self.form_area)
        self.error_sources.setObjectName(u"error_sources")
        self.error_sources.setWordWrap(True)
        self.error_sources.setProperty(u"role", u"error")

        self.form_layout.addWidget(self.error_sources)

        self.notes_label = QLabel(self.form_area)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.addWidget(self.notes_label)

        self.notes_edit = QPlainTextEdit(self.form_area)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 80))

        self.form_layout.addWidget(self.notes_edit)

        self.assessor_check = QCheckBox(self.form_area)
        self.assessor_check.setObjectName(u"assessor_check")

        self.form_layout.addWidget(self.assessor_check)

        self.scroll_area.setWidget(self.form_area)

        self.main_layout.addWidget(self.scroll_area)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.back_button = QPushButton(RoshScreeningWidget)
        self.back_button.setObjectName(u"back_button")

        self.button_row.addWidget(self.back_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.discard_button = QPushButton(RoshScreeningWidget)
        self.discard_button.setObjectName(u"discard_button")

        self.button_row.addWidget(self.discard_button)

        self.save_button = QPushButton(RoshScreeningWidget)
        self.save_button.setObjectName(u"save_button")

        self.button_row.addWidget(self.save_button)

        self.sign_button = QPushButton(RoshScreeningWidget)
        self.sign_button.setObjectName(u"sign_button")

        self.button_row.addWidget(self.sign_button)


        self.main_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.sources_label.setBuddy(self.sources_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RoshScreeningWidget)

        QMetaObject.connectSlotsByName(RoshScreeningWidget)
    # setupUi

    def retranslateUi(self, RoshScreeningWidget):
#if QT_CONFIG(accessibility)
        RoshScreeningWidget.setAccessibleName(QCoreApplication.translate("RoshScreeningWidget", u"RoSH screening", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("RoshScreeningWidget", u"Screening status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notice_label.setAccessibleName(QCoreApplication.translate("RoshScreeningWidget", u"Notices", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decision_label.setAccessibleName(QCoreApplication.translate("RoshScreeningWidget", u"Full analysis decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countersign_label.setAccessibleName(QCoreApplication.translate("RoshScreeningWidget", u"Countersignature", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("RoshScreeningWidget", u"Answer every indicator about current or previous offences and behaviour. If you do not know, choose Don't know: missing information is a reason to analyse, never to skip.", None))
        self.indicator_box.setTitle(QCoreApplication.translate("RoshScreeningWidget", u"Indicators", None))
        self.sources_label.setText(QCoreApplication.translate("RoshScreeningWidget", u"Sources of information used (required: interview, PNC, pre-sentence report, police, children's services\u2026)", None))
#if QT_CONFIG(accessibility)
        self.sources_edit.setAccessibleName(QCoreApplication.translate("RoshScreeningWidget", u"Sources of information", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("RoshScreeningWidget", u"Notes (optiona&l)", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("RoshScreeningWidget", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.assessor_check.setText(QCoreApplication.translate("RoshScreeningWidget", u"The &assessor asks for a full analysis whatever the answers", None))
        self.back_button.setText(QCoreApplication.translate("RoshScreeningWidget", u"Back to overvie&w", None))
        self.discard_button.setText(QCoreApplication.translate("RoshScreeningWidget", u"Discard draft", None))
        self.save_button.setText(QCoreApplication.translate("RoshScreeningWidget", u"Save &draft", None))
        self.sign_button.setText(QCoreApplication.translate("RoshScreeningWidget", u"&Sign\u2026", None))
    # retranslateUi

