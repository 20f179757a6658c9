# Generated from ui/rosh_analysis.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rosh_analysis.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGridLayout, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_RoshAnalysisWidget(object):
    def setupUi(self, RoshAnalysisWidget):
        if not RoshAnalysisWidget.objectName():
            RoshAnalysisWidget.setObjectName(u"RoshAnalysisWidget")
        self.main_layout = QVBoxLayout(RoshAnalysisWidget)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, -1, 0, -1)
        self.status_label = QLabel(RoshAnalysisWidget)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.notice_label = QLabel(RoshAnalysisWidget)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setWordWrap(True)
        self.notice_label.setProperty(u"role", u"warning")

        self.main_layout.addWidget(self.notice_label)

        self.overall_label = QLabel(RoshAnalysisWidget)
        self.overall_label.setObjectName(u"overall_label")
        self.overall_label.setWordWrap(True)
        self.overall_label.setStyleSheet(u"font-weight: bold;")

        self.main_layout.addWidget(self.overall_label)

        self.countersign_label = QLabel(RoshAnalysisWidget)
        self.countersign_label.setObjectName(u"countersign_label")
        self.countersign_label.setWordWrap(True)

        self.main_layout.addWidget(self.countersign_label)

        self.sections_label = QLabel(RoshAnalysisWidget)
        self.sections_label.setObjectName(u"sections_label")
        self.sections_label.setWordWrap(True)
        self.sections_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.sections_label)

        self.section_tabs = QTabWidget(RoshAnalysisWidget)
        self.section_tabs.setObjectName(u"section_tabs")
        self.page_offending = QWidget()
        self.page_offending.setObjectName(u"page_offending")
        self.page_offending_layout = QVBoxLayout(self.page_offending)
        self.page_offending_layout.setObjectName(u"page_offending_layout")
        self.page_offending_layout.setContentsMargins(0, -1, -1, -1)
        self.page_offending_scroll = QScrollArea(self.page_offending)
        self.page_offending_scroll.setObjectName(u"page_offending_scroll")
        self.page_offending_scroll.setWidgetResizable(True)
        self.page_offending_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_offending_area = QWidget()
        self.page_offending_area.setObjectName(u"page_offending_area")
        self.page_offending_area_layout = QVBoxLayout(self.page_offending_area)
        self.page_offending_area_layout.setObjectName(u"page_offending_area_layout")
        self.label_previous_offending = QLabel(self.page_offending_area)
        self.label_previous_offending.setObjectName(u"label_previous_offending")
        self.label_previous_offending.setWordWrap(True)
        self.label_previous_offending.setStyleSheet(u"font-weight: bold;")

        self.page_offending_area_layout.addWidget(self.label_previous_offending)

        self.hint_previous_offending = QLabel(self.page_offending_area)
        self.hint_previous_offending.setObjectName(u"hint_previous_offending")
        self.hint_previous_offending.setWordWrap(True)
        self.hint_previous_offending.setProperty(u"role", u"muted")

        self.page_offending_area_layout.addWidget(self.hint_previous_offending)

        self.previous_offending_edit = QPlainTextEdit(self.page_offending_area)
        self.previous_offending_edit.setObjectName(u"previous_offending_edit")
        self.previous_offending_edit.setTabChangesFocus(True)
        self.previous_offending_edit.setMinimumSize(QSize(0, 90))

        self.page_offending_area_layout.addWidget(self.previous_offending_edit)

        self.error_previous_offending = QLabel(self.page_offending_area)
        self.error_previous_offending.setObjectName(u"error_previous_offending")
        self.error_previous_offending.setWordWrap(True)
        self.error_previous_offending.setProperty(u"role", u"error")

        self.page_offending_area_layout.addWidget(self.error_previous_offending)

        self.label_current_offending = QLabel(self.page_offending_area)
        self.label_current_offending.setObjectName(u"label_current_offending")
        self.label_current_offending.setWordWrap(True)
        self.label_current_offending.setStyleSheet(u"font-weight: bold;")

        self.page_offending_area_layout.addWidget(self.label_current_offending)

        self.hint_current_offending = QLabel(self.page_offending_area)
        self.hint_current_offending.setObjectName(u"hint_current_offending")
        self.hint_current_offending.setWordWrap(True)
        self.hint_current_offending.setProperty(u"role", u"muted")

        self.page_offending_area_layout.addWidget(self.hint_current_offending)

        self.current_offending_edit = QPlainTextEdit(self.page_offending_area)
        self.current_offending_edit.setObjectName(u"current_offending_edit")
        self.current_offending_edit.setTabChangesFocus(True)
        self.current_offending_edit.setMinimumSize(QSize(0, 90))

        self.page_offending_area_layout.addWidget(self.current_offending_edit)

        self.error_current_offending = QLabel(self.page_offending_area)
        self.error_current_offending.setObjectName(u"error_current_offending")
        self.error_current_offending.setWordWrap(True)
        self.error_current_offending.setProperty(u"role", u"error")

        self.page_offending_area_layout.addWidget(self.error_current_offending)

        self.page_offending_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_offending_area_layout.addItem(self.page_offending_spacer)

        self.page_offending_scroll.setWidget(self.page_offending_area)

        self.page_offending_layout.addWidget(self.page_offending_scroll)

        self.section_tabs.addTab(self.page_offending, "")
        self.page_summary = QWidget()
        self.page_summary.setObjectName(u"page_summary")
        self.page_summary_layout = QVBoxLayout(self.page_summary)
        self.page_summary_layout.setObjectName(u"page_summary_layout")
        self.page_summary_layout.setContentsMargins(0, -1, -1, -1)
        self.page_summary_scroll = QScrollArea(self.page_summary)
        self.page_summary_scroll.setObjectName(u"page_summary_scroll")
        self.page_summary_scroll.setWidgetResizable(True)
        self.page_summary_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_summary_area = QWidget()
        self.page_summary_area.setObjectName(u"page_summary_area")
        self.page_summary_area_layout = QVBoxLayout(self.page_summary_area)
        self.page_summary_area_layout.setObjectName(u"page_summary_area_layout")
        self.label_who_is_at_risk = QLabel(self.page_summary_area)
        self.label_who_is_at_risk.setObjectName(u"label_who_is_at_risk")
        self.label_who_is_at_risk.setWordWrap(True)
        self.label_who_is_at_risk.setStyleSheet(u"font-weight: bold;")

        self.page_summary_area_layout.addWidget(self.label_who_is_at_risk)

        self.hint_who_is_at_risk = QLabel(self.page_summary_area)
        self.hint_who_is_at_risk.setObjectName(u"hint_who_is_at_risk")
        self.hint_who_is_at_risk.setWordWrap(True)
        self.hint_who_is_at_risk.setProperty(u"role", u"muted")

        self.page_summary_area_layout.addWidget(self.hint_who_is_at_risk)

        self.who_is_at_risk_edit = QPlainTextEdit(self.page_summary_area)
        self.who_is_at_risk_edit.setObjectName(u"who_is_at_risk_edit")
        self.who_is_at_risk_edit.setTabChangesFocus(True)
        self.who_is_at_risk_edit.setMinimumSize(QSize(0, 90))

        self.page_summary_area_layout.addWidget(self.who_is_at_risk_edit)

        self.error_who_is_at_risk = QLabel(self.page_summary_area)
        self.error_who_is_at_risk.setObjectName(u"error_who_is_at_risk")
        self.error_who_is_at_risk.setWordWrap(True)
        self.error_who_is_at_risk.setProperty(u"role", u"error")

        self.page_summary_area_layout.addWidget(self.error_who_is_at_risk)

        self.label_nature_of_risk = QLabel(self.page_summary_area)
        self.label_nature_of_risk.setObjectName(u"label_nature_of_risk")
        self.label_nature_of_risk.setWordWrap(True)
        self.label_nature_of_risk.setStyleSheet(u"font-weight: bold;")

        self.page_summary_area_layout.addWidget(self.label_nature_of_risk)

        self.hint_nature_of_risk = QLabel(self.page_summary_area)
        self.hint_nature_of_risk.setObjectName(u"hint_nature_of_risk")
        self.hint_nature_of_risk.setWordWrap(True)
        self.hint_nature_of_risk.setProperty(u"role", u"muted")

        self.page_summary_area_layout.addWidget(self.hint_nature_of_risk)

        self.nature_of_risk_edit = QPlainTextEdit(self.page_summary_area)
        self.nature_of_risk_edit.setObjectName(u"nature_of_risk_edit")
        self.nature_of_risk_edit.setTabChangesFocus(True)
        self.nature_of_risk_edit.setMinimumSize(QSize(0, 90))

        self.page_summary_area_layout.addWidget(self.nature_of_risk_edit)

        self.error_nature_of_risk = QLabel(self.page_summary_area)
        self.error_nature_of_risk.setObjectName(u"error_nature_of_risk")
        self.error_nature_of_risk.setWordWrap(True)
        self.error_nature_of_risk.setProperty(u"role", u"error")

        self.page_summary_area_layout.addWidget(self.error_nature_of_risk)

        self.label_when_risk_greatest = QLabel(self.page_summary_area)
        self.label_when_risk_greatest.setObjectName(u"label_when_risk_greatest")
        self.label_when_risk_greatest.setWordWrap(True)
        self.label_when_risk_greatest.setStyleSheet(u"font-weight: bold;")

        self.page_summary_area_layout.addWidget(self.label_when_risk_greatest)

        self.hint_when_risk_greatest = QLabel(self.page_summary_area)
        self.hint_when_risk_greatest.setObjectName(u"hint_when_risk_greatest")
        self.hint_when_risk_greatest.setWordWrap(True)
        self.hint_when_risk_greatest.setProperty(u"role", u"muted")

        self.page_summary_area_layout.addWidget(self.hint_when_risk_greatest)

        self.when_risk_greatest_edit = QPlainTextEdit(self.page_summary_area)
        self.when_risk_greatest_edit.setObjectName(u"when_risk_greatest_edit")
        self.when_risk_greatest_edit.setTabChangesFocus(True)
        self.when_risk_greatest_edit.setMinimumSize(QSize(0, 90))

        self.page_summary_area_layout.addWidget(self.when_risk_greatest_edit)

        self.error_when_risk_greatest = QLabel(self.page_summary_area)
        self.error_when_risk_greatest.setObjectName(u"error_when_risk_greatest")
        self.error_when_risk_greatest.setWordWrap(True)
        self.error_when_risk_greatest.setProperty(u"role", u"error")

        self.page_summary_area_layout.addWidget(self.error_when_risk_greatest)

        self.label_increases_risk = QLabel(self.page_summary_area)
        self.label_increases_risk.setObjectName(u"label_increases_risk")
        self.label_increases_risk.setWordWrap(True)
        self.label_increases_risk.setStyleSheet(u"font-weight: bold;")

        self.page_summary_area_layout.addWidget(self.label_increases_risk)

        self.hint_increases_risk = QLabel(self.page_summary_area)
        self.hint_increases_risk.setObjectName(u"hint_increases_risk")
        self.hint_increases_risk.setWordWrap(True)
        self.hint_increases_risk.setProperty(u"role", u"muted")

        self.page_summary_area_layout.addWidget(self.hint_increases_risk)

        self.increases_risk_edit = QPlainTextEdit(self.page_summary_area)
        self.increases_risk_edit.setObjectName(u"increases_risk_edit")
        self.increases_risk_edit.setTabChangesFocus(True)
        self.increases_risk_edit.setMinimumSize(QSize(0, 90))

        self.page_summary_area_layout.addWidget(self.increases_risk_edit)

        self.error_increases_risk = QLabel(self.page_summary_area)
        self.error_increases_risk.setObjectName(u"error_increases_risk")
        self.error_increases_risk.setWordWrap(True)
        self.error_increases_risk.setProperty(u"role", u"error")

        self.page_summary_area_layout.addWidget(self.error_increases_risk)

        self.label_decreases_risk = QLabel(self.page_summary_area)
        self.label_decreases_risk.setObjectName(u"label_decreases_risk")
        self.label_decreases_risk.setWordWrap(True)
        self.label_decreases_risk.setStyleSheet(u"font-weight: bold;")

        self.page_summary_area_layout.addWidget(self.label_decreases_risk)

        self.hint_decreases_risk = QLabel(self.page_summary_area)
        self.hint_decreases_risk.setObjectName(u"hint_decreases_risk")
        self.hint_decreases_risk.setWordWrap(True)
        self.hint_decreases_risk.setProperty(u"role", u"muted")

        self.page_summary_area_layout.addWidget(self.hint_decreases_risk)

        self.decreases_risk_edit = QPlainTextEdit(self.page_summary_area)
        self.decreases_risk_edit.setObjectName(u"decreases_risk_edit")
        self.decreases_risk_edit.setTabChangesFocus(True)
        self.decreases_risk_edit.setMinimumSize(QSize(0, 90))

        self.page_summary_area_layout.addWidget(self.decreases_risk_edit)

        self.error_decreases_risk = QLabel(self.page_summary_area)
        self.error_decreases_risk.setObjectName(u"error_decreases_risk")
        self.error_decreases_risk.setWordWrap(True)
        self.error_decreases_risk.setProperty(u"role", u"error")

        self.page_summary_area_layout.addWidget(self.error_decreases_risk)

        self.label_protective_factors = QLabel(self.page_summary_area)
        self.label_protective_factors.setObjectName(u"label_protective_factors")
        self.label_protective_factors.setWordWrap(True)
        self.label_protective_factors.setStyleSheet(u"font-weight: bold;")

        self.page_summary_area_layout.addWidget(self.label_protective_factors)

        self.hint_protective_factors = QLabel(self.page_summary_area)
        self.hint_protective_factors.setObjectName(u"hint_protective_factors")
        self.hint_protective_factors.setWordWrap(True)
        self.hint_protective_factors.setProperty(u"role", u"muted")

        self.page_summary_area_layout.addWidget(self.hint_protective_factors)

        self.protective_factors_edit = QPlainTextEdit(self.page_summary_area)
        self.protective_factors_edit.setObjectName(u"protective_factors_edit")
        self.protective_factors_edit.setTabChangesFocus(True)
        self.protective_factors_edit.setMinimumSize(QSize(0, 90))

        self.page_summary_area_layout.addWidget(self.protective_factors_edit)

        self.error_protective_factors = QLabel(self.page_summary_area)
        self.error_protective_factors.setObjectName(u"error_protective_factors")
        self.error_protective_factors.setWordWrap(True)
        self.error_protective_factors.setProperty(u"role", u"error")

        self.page_summary_area_layout.addWidget(self.error_protective_factors)

        self.page_summary_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_summary_area_layout.addItem(self.page_summary_spacer)

        self.page_summary_scroll.setWidget(self.page_summary_area)

        self.page_summary_layout.addWidget(self.page_summary_scroll)

        self.section_tabs.addTab(self.page_summary, "")
        self.page_levels = QWidget()
        self.page_levels.setObjectName(u"page_levels")
        self.page_levels_layout = QVBoxLayout(self.page_levels)
        self.page_levels_layout.setObjectName(u"page_levels_layout")
        self.page_levels_layout.setContentsMargins(0, -1, -1, -1)
        self.page_levels_scroll = QScrollArea(self.page_levels)
        self.page_levels_scroll.setObjectName(u"page_levels_scroll")
        self.page_levels_scroll.setWidgetResizable(True)
        self.page_levels_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_levels_area = QWidget()
        self.page_levels_area.setObjectName(u"page_levels_area")
        self.page_levels_area_layout = QVBoxLayout(self.page_levels_area)
        self.page_levels_area_layout.setObjectName(u"page_levels_area_layout")
        self.levels_intro = QLabel(self.page_levels_area)
        self.levels_intro.setObjectName(u"levels_intro")
        self.levels_intro.setWordWrap(True)
        self.levels_intro.setProperty(u"role", u"muted")

        self.page_levels_area_layout.addWidget(self.levels_intro)

        self.levels_area = QWidget(self.page_levels_area)
        self.levels_area.setObjectName(u"levels_area")
        self.levels_grid = QGridLayout(self.levels_area)
        self.levels_grid.setObjectName(u"levels_grid")
        self.levels_grid.setContentsMargins(0, 0, 0, 0)

        self.page_levels_area_layout.addWidget(self.levels_area)

        self.page_levels_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_levels_area_layout.addItem(self.page_levels_spacer)

        self.page_levels_scroll.setWidget(self.page_levels_area)

        self.page_levels_layout.addWidget(self.page_levels_scroll)

        self.section_tabs.addTab(self.page_levels, "")
        self.page_children = QWidget()
        self.page_children.setObjectName(u"page_children")
        self.page_children_layout = QVBoxLayout(self.page_children)
        self.page_children_layout.setObjectName(u"page_children_layout")
        self.page_children_layout.setContentsMargins(0, -1, -1, -1)
        self.page_children_scroll = QScrollArea(self.page_children)
        self.page_children_scroll.setObjectName(u"page_children_scroll")
        self.page_children_scroll.setWidgetResizable(True)
        self.page_children_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_children_area = QWidget()
        self.page_children_area.setObjectName(u"page_children_area")
        self.page_children_area_layout = QVBoxLayout(self.page_children_area)
        self.page_children_area_layout.setObjectName(u"page_children_area_layout")
        self.label_risk_to_children = QLabel(self.page_children_area)
        self.label_risk_to_children.setObjectName(u"label_risk_to_children")
        self.label_risk_to_children.setWordWrap(True)
        self.label_risk_to_children.setStyleSheet(u"font-weight: bold;")

        self.page_children_area_layout.addWidget(self.label_risk_to_children)

        self.hint_risk_to_children = QLabel(self.page_children_area)
        self.hint_risk_to_children.setObjectName(u"hint_risk_to_children")
        self.hint_risk_to_children.setWordWrap(True)
        self.hint_risk_to_children.setProperty(u"role", u"muted")

        self.page_children_area_layout.addWidget(self.hint_risk_to_children)

        self.risk_to_children_edit = QPlainTextEdit(self.page_children_area)
        self.risk_to_children_edit.setObjectName(u"risk_to_children_edit")
        self.risk_to_children_edit.setTabChangesFocus(True)
        self.risk_to_children_edit.setMinimumSize(QSize(0, 90))

        self.page_children_area_layout.addWidget(self.risk_to_children_edit)

        self.error_risk_to_children = QLabel(self.page_children_area)
        self.error_risk_to_children.setObjectName(u"error_risk_to_children")
        self.error_risk_to_children.setWordWrap(True)
        self.error_risk_to_children.setProperty(u"role", u"error")

        self.page_children_area_layout.addWidget(self.error_risk_to_children)

        self.child_protection_check = QCheckBox(self.page_children_area)
        self.child_protection_check.setObjectName(u"child_protection_check")

        self.page_children_area_layout.addWidget(self.child_protection_check)

        self.page_children_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_children_area_layout.addItem(self.page_children_spacer)

        self.page_children_scroll.setWidget(self.page_children_area)

        self.page_children_layout.addWidget(self.page_children_scroll)

        self.section_tabs.addTab(self.page_children, "")
        self.page_self = QWidget()
        self.page_self.setObjectName(u"page_self")
        self.page_self_layout = QVBoxLayout(self.page_self)
        self.page_self_layout.setObjectName(u"page_self_layout")
        self.page_self_layout.setContentsMargins(0, -1, -1, -1)
        self.page_self_scroll = QScrollArea(self.page_self)
        self.page_self_scroll.setObjectName(u"page_self_scroll")
        self.page_self_scroll.setWidgetResizable(True)
        self.page_self_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_self_area = QWidget()
        self.page_self_area.setObjectName(u"page_self_area")
        self.page_self_area_layout = QVBoxLayout(self.page_self_area)
        self.page_self_area_layout.setObjectName(u"page_self_area_layout")
        self.label_risk_to_self = QLabel(self.page_self_area)
        self.label_risk_to_self.setObjectName(u"label_risk_to_self")
        self.label_risk_to_self.setWordWrap(True)
        self.label_risk_to_self.setStyleSheet(u"font-weight: bold;")

        self.page_self_area_layout.addWidget(self.label_risk_to_self)

        self.hint_risk_to_self = QLabel(self.page_self_area)
        self.hint_risk_to_self.setObjectName(u"hint_risk_to_self")
        self.hint_risk_to_self.setWordWrap(True)
        self.hint_risk_to_self.setProperty(u"role", u"muted")

        self.page_self_area_layout.addWidget(self.hint_risk_to_self)

        self.risk_to_self_edit = QPlainTextEdit(self.page_self_area)
        self.risk_to_self_edit.setObjectName(u"risk_to_self_edit")
        self.risk_to_self_edit.setTabChangesFocus(True)
        self.risk_to_self_edit.setMinimumSize(QSize(0, 90))

        self.page_self_area_layout.addWidget(self.risk_to_self_edit)

        self.error_risk_to_self = QLabel(self.page_self_area)
        self.error_risk_to_self.setObjectName(u"error_risk_to_self")
        self.error_risk_to_self.setWordWrap(True)
        self.error_risk_to_self.setProperty(u"role", u"error")

        self.page_self_area_layout.addWidget(self.error_risk_to_self)

        self.page_self_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_self_area_layout.addItem(self.page_self_spacer)

        self.page_self_scroll.setWidget(self.page_self_area)

        self.page_self_layout.addWidget(self.page_self_scroll)

        self.section_tabs.addTab(self.page_self, "")
        self.page_custody = QWidget()
        self.page_custody.setObjectName(u"page_custody")
        self.page_custody_layout = QVBoxLayout(self.page_custody)
        self.page_custody_layout.setObjectName(u"page_custody_layout")
        self.page_custody_layout.setContentsMargins(0, -1, -1, -1)
        self.page_custody_scroll = QScrollArea(self.page_custody)
        self.page_custody_scroll.setObjectName(u"page_custody_scroll")
        self.page_custody_scroll.setWidgetResizable(True)
        self.page_custody_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_custody_area = QWidget()
        self.page_custody_area.setObjectName(u"page_custody_area")
        self.page_custody_area_layout = QVBoxLayout(self.page_custody_area)
        self.page_custody_area_layout.setObjectName(u"page_custody_area_layout")
        self.label_custody_risks = QLabel(self.page_custody_area)
        self.label_custody_risks.setObjectName(u"label_custody_risks")
        self.label_custody_risks.setWordWrap(True)
        self.label_custody_risks.setStyleSheet(u"font-weight: bold;")

        self.page_custody_area_layout.addWidget(self.label_custody_risks)

        self.hint_custody_risks = QLabel(self.page_custody_area)
        self.hint_custody_risks.setObjectName(u"hint_custody_risks")
        self.hint_custody_risks.setWordWrap(True)
        self.hint_custody_risks.setProperty(u"role", u"muted")

        self.page_custody_area_layout.addWidget(self.hint_custody_risks)

        self.custody_risks_edit = QPlainTextEdit(self.page_custody_area)
        self.custody_risks_edit.setObjectName(u"custody_risks_edit")
        self.custody_risks_edit.setTabChangesFocus(True)
        self.custody_risks_edit.setMinimumSize(QSize(0, 90))

        self.page_custody_area_layout.addWidget(self.custody_risks_edit)

        self.error_custody_risks = QLabel(self.page_custody_area)
        self.error_custody_risks.setObjectName(u"error_custody_risks")
        self.error_custody_risks.setWordWrap(True)
        self.error_custody_risks.setProperty(u"role", u"error")

        self.page_custody_area_layout.addWidget(self.error_custody_risks)

        self.page_custody_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_custody_area_layout.addItem(self.page_custody_spacer)

        self.page_custody_scroll.setWidget(self.page_custody_area)

        self.page_custody_layout.addWidget(self.page_custody_scroll)

        self.section_tabs.addTab(self.page_custody, "")

        self.main_layout.addWidget(self.section_tabs)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.back_button = QPushButton(RoshAnalysisWidget)
        self.back_button.setObjectName(u"back_button")

        self.button_row.addWidget(self.back_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.discard_button = QPushButton(RoshAnalysisWidget)
        self.discard_button.setObjectName(u"discard_button")

        self.button_row.addWidget(self.discard_button)

        self.save_button = QPushButton(RoshAnalysisWidget)
        self.save_button.setObjectName(u"save_button")

        self.button_row.addWidget(self.save_button)

        self.sign_button = QPushButton(RoshAnalysisWidget)
        self.sign_button.setObjectName(u"sign_button")

        self.button_row.addWidget(self.sign_button)


        self.main_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.label_previous_offending.setBuddy(self.previous_offending_edit)
        self.label_current_offending.setBuddy(self.current_offending_edit)
        self.label_who_is_at_risk.setBuddy(self.who_is_at_risk_edit)
        self.label_nature_of_risk.setBuddy(self.nature_of_risk_edit)
        self.label_when_risk_greatest.setBuddy(self.when_risk_greatest_edit)
        self.label_increases_risk.setBuddy(self.increases_risk_edit)
        self.label_decreases_risk.setBuddy(self.decreases_risk_edit)
        self.label_protective_factors.setBuddy(self.protective_factors_edit)
        self.label_risk_to_children.setBuddy(self.risk_to_children_edit)
        self.label_risk_to_self.setBuddy(self.risk_to_self_edit)
        self.label_custody_risks.setBuddy(self.custody_risks_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RoshAnalysisWidget)

        QMetaObject.connectSlotsByName(RoshAnalysisWidget)
    # setupUi

    def retranslateUi(self, RoshAnalysisWidget):
#if QT_CONFIG(accessibility)
        RoshAnalysisWidget.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"Full analysis of risk of harm", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"Analysis status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notice_label.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"Notices", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overall_label.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"Overall risk of harm", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countersign_label.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"Countersignature", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sections_label.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"Sections required", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.section_tabs.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"Sections of the analysis", None))
#endif // QT_CONFIG(accessibility)
        self.label_previous_offending.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Previous offending analysed", None))
        self.hint_previous_offending.setText(QCoreApplication.translate("RoshAnalysisWidget", u"What, against whom, how, why; the pattern and what it says about the risk now.", None))
#if QT_CONFIG(accessibility)
        self.previous_offending_edit.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"Previous offending analysed", None))
#endif // QT_CONFIG(accessibility)
        self.label_current_offending.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Current offending analysed", None))
        self.hint_current_offending.setText(QCoreApplication.translate("RoshAnalysisWidget", u"What happened, the motive, the victim, the harm done, the prisoner's account.", None))
#if QT_CONFIG(accessibility)
        self.current_offending_edit.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"Current offending analysed", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.page_offending), QCoreApplication.translate("RoshAnalysisWidget", u"Offending", None))
        self.label_who_is_at_risk.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Who is at risk", None))
        self.hint_who_is_at_risk.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Named or identifiable people and groups.", None))
#if QT_CONFIG(accessibility)
        self.who_is_at_risk_edit.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"Who is at risk", None))
#endif // QT_CONFIG(accessibility)
        self.label_nature_of_risk.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Nature of the risk", None))
        self.hint_nature_of_risk.setText(QCoreApplication.translate("RoshAnalysisWidget", u"What harm, how it would happen.", None))
#if QT_CONFIG(accessibility)
        self.nature_of_risk_edit.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"Nature of the risk", None))
#endif // QT_CONFIG(accessibility)
        self.label_when_risk_greatest.setText(QCoreApplication.translate("RoshAnalysisWidget", u"When the risk is greatest", None))
        self.hint_when_risk_greatest.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Circumstances, times, places.", None))
#if QT_CONFIG(accessibility)
        self.when_risk_greatest_edit.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"When the risk is greatest", None))
#endif // QT_CONFIG(accessibility)
        self.label_increases_risk.setText(QCoreApplication.translate("RoshAnalysisWidget", u"What increases the risk", None))
        self.hint_increases_risk.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Triggers, substances, contacts, stress.", None))
#if QT_CONFIG(accessibility)
        self.increases_risk_edit.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"What increases the risk", None))
#endif // QT_CONFIG(accessibility)
        self.label_decreases_risk.setText(QCoreApplication.translate("RoshAnalysisWidget", u"What decreases the risk", None))
        self.hint_decreases_risk.setText(QCoreApplication.translate("RoshAnalysisWidget", u"What has reduced it before.", None))
#if QT_CONFIG(accessibility)
        self.decreases_risk_edit.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"What decreases the risk", None))
#endif // QT_CONFIG(accessibility)
        self.label_protective_factors.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Protective factors", None))
        self.hint_protective_factors.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Strengths, relationships, motivation.", None))
#if QT_CONFIG(accessibility)
        self.protective_factors_edit.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"Protective factors", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.page_summary), QCoreApplication.translate("RoshAnalysisWidget", u"RoSH summary", None))
        self.levels_intro.setText(QCoreApplication.translate("RoshAnalysisWidget", u"A level for every group, in custody and in the community, each with its evidence (a level without evidence cannot be signed).", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.page_levels), QCoreApplication.translate("RoshAnalysisWidget", u"Levels", None))
        self.label_risk_to_children.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Risk to children", None))
        self.hint_risk_to_children.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Who, what harm, contact, known to children's services.", None))
#if QT_CONFIG(accessibility)
        self.risk_to_children_edit.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"Risk to children", None))
#endif // QT_CONFIG(accessibility)
        self.child_protection_check.setText(QCoreApplication.translate("RoshAnalysisWidget", u"There are child-protection concerns (a manager must countersign)", None))
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.page_children), QCoreApplication.translate("RoshAnalysisWidget", u"Children", None))
        self.label_risk_to_self.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Risk to self", None))
        self.hint_risk_to_self.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Suicide, self-harm, coping in custody, vulnerability; support arranged.", None))
#if QT_CONFIG(accessibility)
        self.risk_to_self_edit.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"Risk to self", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.page_self), QCoreApplication.translate("RoshAnalysisWidget", u"Risk to self", None))
        self.label_custody_risks.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Other custody risks", None))
        self.hint_custody_risks.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Escape, control, breach of trust, risk to other prisoners.", None))
#if QT_CONFIG(accessibility)
        self.custody_risks_edit.setAccessibleName(QCoreApplication.translate("RoshAnalysisWidget", u"Other custody risks", None))
#endif // QT_CONFIG(accessibility)
        self.section_tabs.setTabText(self.section_tabs.indexOf(self.page_custody), QCoreApplication.translate("RoshAnalysisWidget", u"Custody", None))
        self.back_button.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Back to overvie&w", None))
        self.discard_button.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Discard draft", None))
        self.save_button.setText(QCoreApplication.translate("RoshAnalysisWidget", u"Save &draft", None))
        self.sign_button.setText(QCoreApplication.translate("RoshAnalysisWidget", u"&Sign\u2026", None))
    # retranslateUi

