# Generated from ui/board_record_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'board_record_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_BoardRecordDialog(object):
    def setupUi(self, BoardRecordDialog):
        if not BoardRecordDialog.objectName():
            BoardRecordDialog.setObjectName(u"BoardRecordDialog")
        BoardRecordDialog.setMinimumSize(QSize(640, 0))
        self.main_layout = QVBoxLayout(BoardRecordDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prisoner = QLabel(BoardRecordDialog)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.main_layout.addWidget(self.prisoner)

        self.intro = QLabel(BoardRecordDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.general_error = QLabel(BoardRecordDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.held_on_label = QLabel(BoardRecordDialog)
        self.held_on_label.setObjectName(u"held_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_on_label)

        self.held_on = DateField(BoardRecordDialog)
        self.held_on.setObjectName(u"held_on")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.held_on)

        self.held_on_error = QLabel(BoardRecordDialog)
        self.held_on_error.setObjectName(u"held_on_error")
        self.held_on_error.setProperty(u"role", u"error")
        self.held_on_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.held_on_error)

        self.next_review_on_label = QLabel(BoardRecordDialog)
        self.next_review_on_label.setObjectName(u"next_review_on_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.next_review_on_label)

        self.next_review_on = DateField(BoardRecordDialog)
        self.next_review_on.setObjectName(u"next_review_on")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.next_review_on)

        self.next_review_on_error = QLabel(BoardRecordDialog)
        self.next_review_on_error.setObjectName(u"next_review_on_error")
        self.next_review_on_error.setProperty(u"role", u"error")
        self.next_review_on_error.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.next_review_on_error)

        self.prisoner_attendance_label = QLabel(BoardRecordDialog)
        self.prisoner_attendance_label.setObjectName(u"prisoner_attendance_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.prisoner_attendance_label)

        self.prisoner_attendance = QComboBox(BoardRecordDialog)
        self.prisoner_attendance.setObjectName(u"prisoner_attendance")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.prisoner_attendance)

        self.prisoner_attendance_error = QLabel(BoardRecordDialog)
        self.prisoner_attendance_error.setObjectName(u"prisoner_attendance_error")
        self.prisoner_attendance_error.setProperty(u"role", u"error")
        self.prisoner_attendance_error.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.prisoner_attendance_error)

        self.prisoner_views_label = QLabel(BoardRecordDialog)
        self.prisoner_views_label.setObjectName(u"prisoner_views_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.prisoner_views_label)

        self.prisoner_views = QPlainTextEdit(BoardRecordDialog)
        self.prisoner_views.setObjectName(u"prisoner_views")
        self.prisoner_views.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.prisoner_views)

        self.prisoner_views_error = QLabel(BoardRecordDialog)
        self.prisoner_views_error.setObjectName(u"prisoner_views_error")
        self.prisoner_views_error.setProperty(u"role", u"error")
        self.prisoner_views_error.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.prisoner_views_error)


        self.main_layout.addLayout(self.form)

        self.attendance_label = QLabel(BoardRecordDialog)
        self.attendance_label.setObjectName(u"attendance_label")

        self.main_layout.addWidget(self.attendance_label)

        self.attendance = QTableWidget(BoardRecordDialog)
        self.attendance.setObjectName(u"attendance")
        self.attendance.setColumnCount(2)
        self.attendance.setTabKeyNavigation(False)

        self.main_layout.addWidget(self.attendance)

        self.decision_box = QGroupBox(BoardRecordDialog)
        self.decision_box.setObjectName(u"decision_box")
        self.decision_layout = QVBoxLayout(self.decision_box)
        self.decision_layout.setObjectName(u"decision_layout")
        self.decisions = QListWidget(self.decision_box)
        self.decisions.setObjectName(u"decisions")
        self.decisions.setMaximumSize(QSize(16777215, 66))

        self.decision_layout.addWidget(self.decisions)

        self.decision_form = QFormLayout()
        self.decision_form.setObjectName(u"decision_form")
        self.decision_kind_label = QLabel(self.decision_box)
        self.decision_kind_label.setObjectName(u"decision_kind_label")

        self.decision_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decision_kind_label)

        self.decision_kind = QComboBox(self.decision_box)
        self.decision_kind.setObjectName(u"decision_kind")

        self.decision_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decision_kind)

        self.decision_text_label = QLabel(self.decision_box)
        self.decision_text_label.setObjectName(u"decision_text_label")

        self.decision_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decision_text_label)

        self.decision_text = QPlainTextEdit(self.decision_box)
        self.decision_text.setObjectName(u"decision_text")
        self.decision_text.setTabChangesFocus(True)
        self.decision_text.setMaximumSize(QSize(16777215, 48))

        self.decision_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decision_text)

        self.objective_label = QLabel(self.decision_box)
        self.objective_label.setObjectName(u"objective_label")

        self.decision_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.objective_label)

        self.objective = QComboBox(self.decision_box)
        self.objective.setObjectName(u"objective")

        self.decision_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.objective)

        self.detail_label = QLabel(self.decision_box)
        self.detail_label.setObjectName(u"detail_label")

        self.decision_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.detail_label)

        self.detail_row = QHBoxLayout()
        self.detail_row.setObjectName(u"detail_row")
        self.detail = QComboBox(self.decision_box)
        self.detail.setObjectName(u"detail")

        self.detail_row.addWidget(self.detail)

        self.decision_line = QLineEdit(self.decision_box)
        self.decision_line.setObjectName(u"decision_line")
        self.decision_line.setMaxLength(120)

        self.detail_row.addWidget(self.decision_line)

        self.decision_due = DateField(self.decision_box)
        self.decision_due.setObjectName(u"decision_due")

        self.detail_row.addWidget(self.decision_due)


        self.decision_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.detail_row)


        self.decision_layout.addLayout(self.decision_form)

        self.decision_buttons = QHBoxLayout()
        self.decision_buttons.setObjectName(u"decision_buttons")
        self.add_decision = QPushButton(self.decision_box)
        self.add_decision.setObjectName(u"add_decision")

        self.decision_buttons.addWidget(self.add_decision)

        self.remove_decision = QPushButton(self.decision_box)
        self.remove_decision.setObjectName(u"remove_decision")

        self.decision_buttons.addWidget(self.remove_decision)

        self.decision_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decision_buttons.addItem(self.decision_spacer)


        self.decision_layout.addLayout(self.decision_buttons)


        self.main_layout.addWidget(self.decision_box)

        self.buttons = QDialogButtonBox(BoardRecordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.held_on_label.setBuddy(self.held_on)
        self.next_review_on_label.setBuddy(self.next_review_on)
        self.prisoner_attendance_label.setBuddy(self.prisoner_attendance)
        self.prisoner_views_label.setBuddy(self.prisoner_views)
        self.attendance_label.setBuddy(self.attendance)
        self.decision_kind_label.setBuddy(self.decision_kind)
        self.decision_text_label.setBuddy(self.decision_text)
        self.objective_label.setBuddy(self.objective)
        self.detail_label.setBuddy(self.detail)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.held_on, self.next_review_on)
        QWidget.setTabOrder(self.next_review_on, self.prisoner_attendance)
        QWidget.setTabOrder(self.prisoner_attendance, self.prisoner_views)
        QWidget.setTabOrder(self.prisoner_views, self.attendance)
        QWidget.setTabOrder(self.attendance, self.decisions)
        QWidget.setTabOrder(self.decisions, self.decision_kind)
        QWidget.setTabOrder(self.decision_kind, self.decision_text)
        QWidget.setTabOrder(self.decision_text, self.objective)
        QWidget.setTabOrder(self.objective, self.detail)
        QWidget.setTabOrder(self.detail, self.decision_line)
        QWidget.setTabOrder(self.decision_line, self.decision_due)
        QWidget.setTabOrder(self.decision_due, self.add_decision)
        QWidget.setTabOrder(self.add_decision, self.remove_decision)
        QWidget.setTabOrder(self.remove_decision, self.buttons)

        self.retranslateUi(BoardRecordDialog)
        self.buttons.rejected.connect(BoardRecordDialog.reject)

        QMetaObject.connectSlotsByName(BoardRecordDialog)
    # setupUi

    def retranslateUi(self, BoardRecordDialog):
        BoardRecordDialog.setWindowTitle(QCoreApplication.translate("BoardRecordDialog", u"Record the board", None))
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("BoardRecordDialog", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("BoardRecordDialog", u"Record what the board decided. Signing asks for your password again; the decisions are written into the plan and a new version of the plan is issued.", None))
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("BoardRecordDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.held_on_label.setText(QCoreApplication.translate("BoardRecordDialog", u"&Held on:", None))
#if QT_CONFIG(accessibility)
        self.held_on.setAccessibleName(QCoreApplication.translate("BoardRecordDialog", u"Date the board was held", None))
#endif // QT_CONFIG(accessibility)
        self.next_review_on_label.setText(QCoreApplication.translate("BoardRecordDialog", u"Ne&xt review:", None))
#if QT_CONFIG(accessibility)
        self.next_review_on.setAccessibleName(QCoreApplication.translate("BoardRecordDialog", u"Date of the next review", None))
#endif // QT_CONFIG(accessibility)
        self.prisoner_attendance_label.setText(QCoreApplication.translate("BoardRecordDialog", u"&Prisoner took part:", None))
#if QT_CONFIG(accessibility)
        self.prisoner_attendance.setAccessibleName(QCoreApplication.translate("BoardRecordDialog", u"How the prisoner took part", None))
#endif // QT_CONFIG(accessibility)
        self.prisoner_views_label.setText(QCoreApplication.translate("BoardRecordDialog", u"Prisoner's &views:", None))
#if QT_CONFIG(accessibility)
        self.prisoner_views.setAccessibleName(QCoreApplication.translate("BoardRecordDialog", u"Prisoner's views", None))
#endif // QT_CONFIG(accessibility)
        self.attendance_label.setText(QCoreApplication.translate("BoardRecordDialog", u"Atte&ndance (choose how each invitee took part):", None))
#if QT_CONFIG(accessibility)
        self.attendance.setAccessibleName(QCoreApplication.translate("BoardRecordDialog", u"Attendance", None))
#endif // QT_CONFIG(accessibility)
        self.decision_box.setTitle(QCoreApplication.translate("BoardRecordDialog", u"Decisions (each is written into the plan when the record is signed)", None))
#if QT_CONFIG(accessibility)
        self.decisions.setAccessibleName(QCoreApplication.translate("BoardRecordDialog", u"Decisions", None))
#endif // QT_CONFIG(accessibility)
        self.decision_kind_label.setText(QCoreApplication.translate("BoardRecordDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.decision_kind.setAccessibleName(QCoreApplication.translate("BoardRecordDialog", u"Kind of decision", None))
#endif // QT_CONFIG(accessibility)
        self.decision_text_label.setText(QCoreApplication.translate("BoardRecordDialog", u"D&ecision:", None))
#if QT_CONFIG(accessibility)
        self.decision_text.setAccessibleName(QCoreApplication.translate("BoardRecordDialog", u"Decision text", None))
#endif // QT_CONFIG(accessibility)
        self.objective_label.setText(QCoreApplication.translate("BoardRecordDialog", u"Ob&jective:", None))
#if QT_CONFIG(accessibility)
        self.objective.setAccessibleName(QCoreApplication.translate("BoardRecordDialog", u"Objective of the plan", None))
#endif // QT_CONFIG(accessibility)
        self.detail_label.setText(QCoreApplication.translate("BoardRecordDialog", u"Detai&l:", None))
#if QT_CONFIG(accessibility)
        self.detail.setAccessibleName(QCoreApplication.translate("BoardRecordDialog", u"Need, status or department", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decision_line.setAccessibleName(QCoreApplication.translate("BoardRecordDialog", u"Owner's role or destination", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decision_due.setAccessibleName(QCoreApplication.translate("BoardRecordDialog", u"Due date of the action", None))
#endif // QT_CONFIG(accessibility)
        self.add_decision.setText(QCoreApplication.translate("BoardRecordDialog", u"&Add decision", None))
        self.remove_decision.setText(QCoreApplication.translate("BoardRecordDialog", u"Re&move decision", None))
    # retranslateUi

