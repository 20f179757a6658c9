# Generated from ui/board_schedule_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'board_schedule_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_BoardScheduleDialog(object):
    def setupUi(self, BoardScheduleDialog):
        if not BoardScheduleDialog.objectName():
            BoardScheduleDialog.setObjectName(u"BoardScheduleDialog")
        BoardScheduleDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(BoardScheduleDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prisoner = QLabel(BoardScheduleDialog)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.main_layout.addWidget(self.prisoner)

        self.intro = QLabel(BoardScheduleDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.general_error = QLabel(BoardScheduleDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_label = QLabel(BoardScheduleDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(BoardScheduleDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.kind_error = QLabel(BoardScheduleDialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setProperty(u"role", u"error")
        self.kind_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_error)

        self.on_label = QLabel(BoardScheduleDialog)
        self.on_label.setObjectName(u"on_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on = DateField(BoardScheduleDialog)
        self.on.setObjectName(u"on")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.on)

        self.on_error = QLabel(BoardScheduleDialog)
        self.on_error.setObjectName(u"on_error")
        self.on_error.setProperty(u"role", u"error")
        self.on_error.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.on_error)

        self.time_label = QLabel(BoardScheduleDialog)
        self.time_label.setObjectName(u"time_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.time_label)

        self.time = QLineEdit(BoardScheduleDialog)
        self.time.setObjectName(u"time")
        self.time.setMaxLength(5)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.time)

        self.time_error = QLabel(BoardScheduleDialog)
        self.time_error.setObjectName(u"time_error")
        self.time_error.setProperty(u"role", u"error")
        self.time_error.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.time_error)

        self.location_label = QLabel(BoardScheduleDialog)
        self.location_label.setObjectName(u"location_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location = QLineEdit(BoardScheduleDialog)
        self.location.setObjectName(u"location")
        self.location.setMaxLength(120)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.location)

        self.location_error = QLabel(BoardScheduleDialog)
        self.location_error.setObjectName(u"location_error")
        self.location_error.setProperty(u"role", u"error")
        self.location_error.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.location_error)

        self.chair_label = QLabel(BoardScheduleDialog)
        self.chair_label.setObjectName(u"chair_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.chair_label)

        self.chair = QLineEdit(BoardScheduleDialog)
        self.chair.setObjectName(u"chair")
        self.chair.setMaxLength(120)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.chair)

        self.chair_error = QLabel(BoardScheduleDialog)
        self.chair_error.setObjectName(u"chair_error")
        self.chair_error.setProperty(u"role", u"error")
        self.chair_error.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.chair_error)


        self.main_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(BoardScheduleDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.on_label.setBuddy(self.on)
        self.time_label.setBuddy(self.time)
        self.location_label.setBuddy(self.location)
        self.chair_label.setBuddy(self.chair)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.on)
        QWidget.setTabOrder(self.on, self.time)
        QWidget.setTabOrder(self.time, self.location)
        QWidget.setTabOrder(self.location, self.chair)
        QWidget.setTabOrder(self.chair, self.buttons)

        self.retranslateUi(BoardScheduleDialog)
        self.buttons.rejected.connect(BoardScheduleDialog.reject)

        QMetaObject.connectSlotsByName(BoardScheduleDialog)
    # setupUi

    def retranslateUi(self, BoardScheduleDialog):
        BoardScheduleDialog.setWindowTitle(QCoreApplication.translate("BoardScheduleDialog", u"Schedule a sentence planning board", None))
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("BoardScheduleDialog", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("BoardScheduleDialog", u"Schedule the board; then invite the departments and the offender manager from the Boards tab.", None))
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("BoardScheduleDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("BoardScheduleDialog", u"&Board:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("BoardScheduleDialog", u"Which board", None))
#endif // QT_CONFIG(accessibility)
        self.on_label.setText(QCoreApplication.translate("BoardScheduleDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.on.setAccessibleName(QCoreApplication.translate("BoardScheduleDialog", u"Date of the board", None))
#endif // QT_CONFIG(accessibility)
        self.time_label.setText(QCoreApplication.translate("BoardScheduleDialog", u"&Time:", None))
        self.time.setPlaceholderText(QCoreApplication.translate("BoardScheduleDialog", u"e.g. 10:30 (24-hour clock)", None))
#if QT_CONFIG(accessibility)
        self.time.setAccessibleName(QCoreApplication.translate("BoardScheduleDialog", u"Time of the board", None))
#endif // QT_CONFIG(accessibility)
        self.location_label.setText(QCoreApplication.translate("BoardScheduleDialog", u"&Where:", None))
        self.location.setPlaceholderText(QCoreApplication.translate("BoardScheduleDialog", u"e.g. OMU meeting room", None))
#if QT_CONFIG(accessibility)
        self.location.setAccessibleName(QCoreApplication.translate("BoardScheduleDialog", u"Where", None))
#endif // QT_CONFIG(accessibility)
        self.chair_label.setText(QCoreApplication.translate("BoardScheduleDialog", u"C&hair:", None))
#if QT_CONFIG(accessibility)
        self.chair.setAccessibleName(QCoreApplication.translate("BoardScheduleDialog", u"Who chairs the board", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

