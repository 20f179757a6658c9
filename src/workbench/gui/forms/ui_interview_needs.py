# Generated from ui/interview_needs.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_needs.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_InterviewNeedsPage(object):
    def setupUi(self, InterviewNeedsPage):
        if not InterviewNeedsPage.objectName():
            InterviewNeedsPage.setObjectName(u"InterviewNeedsPage")
        self.main_layout = QVBoxLayout(InterviewNeedsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.needs_error = QLabel(InterviewNeedsPage)
        self.needs_error.setObjectName(u"needs_error")
        self.needs_error.setProperty(u"role", u"error")
        self.needs_error.setWordWrap(True)

        self.main_layout.addWidget(self.needs_error)

        self.areas_grid = QGridLayout()
        self.areas_grid.setObjectName(u"areas_grid")
        self.area_heading = QLabel(InterviewNeedsPage)
        self.area_heading.setObjectName(u"area_heading")

        self.areas_grid.addWidget(self.area_heading, 0, 0, 1, 1)

        self.outcome_heading = QLabel(InterviewNeedsPage)
        self.outcome_heading.setObjectName(u"outcome_heading")

        self.areas_grid.addWidget(self.outcome_heading, 0, 1, 1, 1)

        self.referral_heading = QLabel(InterviewNeedsPage)
        self.referral_heading.setObjectName(u"referral_heading")
        self.referral_heading.setWordWrap(True)

        self.areas_grid.addWidget(self.referral_heading, 0, 2, 1, 1)


        self.main_layout.addLayout(self.areas_grid)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)


        self.retranslateUi(InterviewNeedsPage)

        QMetaObject.connectSlotsByName(InterviewNeedsPage)
    # setupUi

    def retranslateUi(self, InterviewNeedsPage):
        self.area_heading.setText(QCoreApplication.translate("InterviewNeedsPage", u"Area", None))
        self.outcome_heading.setText(QCoreApplication.translate("InterviewNeedsPage", u"Immediate need?", None))
        self.referral_heading.setText(QCoreApplication.translate("InterviewNeedsPage", u"A referral opens below its area: what is needed, the owner (role and named person), status and date raised.", None))
        pass
    # retranslateUi

