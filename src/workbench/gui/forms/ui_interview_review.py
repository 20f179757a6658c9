# Generated from ui/interview_review.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_review.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_InterviewReviewPage(object):
    def setupUi(self, InterviewReviewPage):
        if not InterviewReviewPage.objectName():
            InterviewReviewPage.setObjectName(u"InterviewReviewPage")
        self.main_layout = QVBoxLayout(InterviewReviewPage)
        self.main_layout.setObjectName(u"main_layout")
        self.missing_label = QLabel(InterviewReviewPage)
        self.missing_label.setObjectName(u"missing_label")
        self.missing_label.setWordWrap(True)

        self.main_layout.addWidget(self.missing_label)

        self.summary = QTextBrowser(InterviewReviewPage)
        self.summary.setObjectName(u"summary")

        self.main_layout.addWidget(self.summary)


        self.retranslateUi(InterviewReviewPage)

        QMetaObject.connectSlotsByName(InterviewReviewPage)
    # setupUi

    def retranslateUi(self, InterviewReviewPage):
#if QT_CONFIG(accessibility)
        self.missing_label.setAccessibleName(QCoreApplication.translate("InterviewReviewPage", u"What is still missing", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("InterviewReviewPage", u"The interview as it will be signed", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

