# Generated from ui/review_record_dialog.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_record_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_ReviewRecordDialog(object):
    def setupUi(self, ReviewRecordDialog):
        if not ReviewRecordDialog.objectName():
            ReviewRecordDialog.setObjectName(u"ReviewRecordDialog")
        ReviewRecordDialog.setMinimumSize(QSize(720, 0))
        self.main_layout = QVBoxLayout(ReviewRecordDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prisoner = QLabel(ReviewRecordDialog)
        self.prisoner.setObjectName(u"prisoner")
        self.prisoner.setStyleSheet(u"font-weight: bold;")
        self.prisoner.setWordWrap(True)

        self.main_layout.addWidget(self.prisoner)

        self.read_only = QLabel(ReviewRecordDialog)
        self.read_only.setObjectName(u"read_only")
        self.read_only.setProperty(u"role", u"muted")
        self.read_only.setWordWrap(True)

        self.main_layout.addWidget(self.read_only)

        self.general_error = QLabel(ReviewRecordDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"font-weight: bold;")
        self.general_error.setProperty(u"role", u"error")
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.pages = QTabWidget(ReviewRecordDialog)
        self.pages.setObjectName(u"pages")
        self.who_page = QWidget()
        self.who_page.setObjectName(u"who_page")
        self.who_page_layout = QVBoxLayout(self.who_page)
        self.who_page_layout.setObjectName(u"who_page_layout")
        self.who_form = QFormLayout()
        self.who_form.setObjectName(u"who_form")
        self.who_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.review_date_label = QLabel(self.who_page)
        self.review_date_label.setObjectName(u"review_date_label")

        self.who_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.review_date_label)

        self.review_date = DateField(self.who_page)
        self.review_date.setObjectName(u"review_date")

        self.who_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.review_date)

        self.review_date_error = QLabel(self.who_page)
        self.review_date_error.setObjectName(u"review_date_error")
        self.review_date_error.setProperty(u"role", u"error")
        self.review_date_error.setWordWrap(True)

        self.who_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.review_date_error)


        self.who_page_layout.addLayout(self.who_form)

        self.participants_label = QLabel(self.who_page)
        self.participants_label.setObjectName(u"participants_label")

        self.who_page_layout.addWidget(self.participants_label)

        self.participants = QTableWidget(self.who_page)
        self.participants.setObjectName(u"participants")
        self.participants.setTabKeyNavigation(False)
        self.participants.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participants.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.participants.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.who_page_layout.addWidget(self.participants)

        self.participants_error = QLabel(self.who_page)
        self.participants_error.setObjectName(u"participants_error")
        self.participants_error.setProperty(u"role", u"error")
        self.participants_error.setWordWrap(True)

        self.who_page_layout.addWidget(self.participants_error)

        self.participant_buttons = QHBoxLayout()
        self.participant_buttons.setObjectName(u"participant_buttons")
        self.add_participant = QPushButton(self.who_page)
        self.add_participant.setObjectName(u"add_participant")
        self.add_participant.setAutoDefault(False)

        self.participant_buttons.addWidget(self.add_participant)

        self.remove_participant = QPushButton(self.who_page)
        self.remove_participant.setObjectName(u"remove_participant")
        self.remove_participant.setAutoDefault(False)

        self.participant_buttons.addWidget(self.remove_participant)

        self.participant_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.participant_buttons.addItem(self.participant_buttons_spacer)


        self.who_page_layout.addLayout(self.participant_buttons)

        self.pages.addTab(self.who_page, "")
        self.progress_page = QWidget()
        self.progress_page.setObjectName(u"progress_page")
        self.progress_page_layout = QVBoxLayout(self.progress_page)
        self.progress_page_layout.setObjectName(u"progress_page_layout")
        self.progress_intro = QLabel(self.progress_page)
        self.progress_intro.setObjectName(u"progress_intro")
        self.progress_intro.setWordWrap(True)

        self.progress_page_layout.addWidget(self.progress_intro)

        self.progress = QTableWidget(self.progress_page)
        self.progress.setObjectName(u"progress")
        self.progress.setTabKeyNavigation(False)
        self.progress.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.progress.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.progress.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.progress_page_layout.addWidget(self.progress)

        self.progress_error = QLabel(self.progress_page)
        self.progress_error.setObjectName(u"progress_error")
        self.progress_error.setProperty(u"role", u"error")
        self.progress_error.setWordWrap(True)

        self.progress_page_layout.addWidget(self.progress_error)

        self.pages.addTab(self.progress_page, "")
        self.changes_page = QWidget()
        self.changes_page.setObjectName(u"changes_page")
        self.changes_page_layout = QVBoxLayout(self.changes_page)
        self.changes_page_layout.setObjectName(u"changes_page_layout")
        self.changes_form = QFormLayout()
        self.changes_form.setObjectName(u"changes_form")
        self.changes_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.plan_changes_label = QLabel(self.changes_page)
        self.plan_changes_label.setObjectName(u"plan_changes_label")
        self.plan_changes_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.changes_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.plan_changes_label)

        self.plan_changes = QPlainTextEdit(self.changes_page)
        self.plan_changes.setObjectName(u"plan_changes")
        self.plan_changes.setTabChangesFocus(True)

        self.changes_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.plan_changes)

        self.rmp_changes_label = QLabel(self.changes_page)
        self.rmp_changes_label.setObjectName(u"rmp_changes_label")
        self.rmp_changes_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.changes_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rmp_changes_label)

        self.rmp_changes = QPlainTextEdit(self.changes_page)
        self.rmp_changes.setObjectName(u"rmp_changes")
        self.rmp_changes.setTabChangesFocus(True)

        self.changes_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rmp_changes)

        self.no_change_reason_label = QLabel(self.changes_page)
        self.no_change_reason_label.setObjectName(u"no_change_reason_label")
        self.no_change_reason_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.changes_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.no_change_reason_label)

        self.no_change_reason = QPlainTextEdit(self.changes_page)
        self.no_change_reason.setObjectName(u"no_change_reason")
        self.no_change_reason.setTabChangesFocus(True)

        self.changes_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.no_change_reason)

        self.changes_error = QLabel(self.changes_page)
        self.changes_error.setObjectName(u"changes_error")
        self.changes_error.setProperty(u"role", u"error")
        self.changes_error.setWordWrap(True)

        self.changes_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.changes_error)


        self.changes_page_layout.addLayout(self.changes_form)

        self.pages.addTab(self.changes_page, "")
        self.next_page = QWidget()
        self.next_page.setObjectName(u"next_page")
        self.next_page_layout = QVBoxLayout(self.next_page)
        self.next_page_layout.setObjectName(u"next_page_layout")
        self.next_form = QFormLayout()
        self.next_form.setObjectName(u"next_form")
        self.next_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.next_review_on_label = QLabel(self.next_page)
        self.next_review_on_label.setObjectName(u"next_review_on_label")

        self.next_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.next_review_on_label)

        self.next_review_on = DateField(self.next_page)
        self.next_review_on.setObjectName(u"next_review_on")

        self.next_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.next_review_on)

        self.next_review_on_error = QLabel(self.next_page)
        self.next_review_on_error.setObjectName(u"next_review_on_error")
        self.next_review_on_error.setProperty(u"role", u"error")
        self.next_review_on_error.setWordWrap(True)

        self.next_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.next_review_on_error)


        self.next_page_layout.addLayout(self.next_form)

        self.armed_label = QLabel(self.next_page)
        self.armed_label.setObjectName(u"armed_label")

        self.next_page_layout.addWidget(self.armed_label)

        self.armed = QTableWidget(self.next_page)
        self.armed.setObjectName(u"armed")
        self.armed.setTabKeyNavigation(False)
        self.armed.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.armed.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.armed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.next_page_layout.addWidget(self.armed)

        self.armed_error = QLabel(self.next_page)
        self.armed_error.setObjectName(u"armed_error")
        self.armed_error.setProperty(u"role", u"error")
        self.armed_error.setWordWrap(True)

        self.next_page_layout.addWidget(self.armed_error)

        self.armed_buttons = QHBoxLayout()
        self.armed_buttons.setObjectName(u"armed_buttons")
        self.add_armed = QPushButton(self.next_page)
        self.add_armed.setObjectName(u"add_armed")
        self.add_armed.setAutoDefault(False)

        self.armed_buttons.addWidget(self.add_armed)

        self.remove_armed = QPushButton(self.next_page)
        self.remove_armed.setObjectName(u"remove_armed")
        self.remove_armed.setAutoDefault(False)

        self.armed_buttons.addWidget(self.remove_armed)

        self.armed_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.armed_buttons.addItem(self.armed_buttons_spacer)


        self.next_page_layout.addLayout(self.armed_buttons)

        self.tasks_label = QLabel(self.next_page)
        self.tasks_label.setObjectName(u"tasks_label")

        self.next_page_layout.addWidget(self.tasks_label)

        self.tasks = QListWidget(self.next_page)
        self.tasks.setObjectName(u"tasks")

        self.next_page_layout.addWidget(self.tasks)

        self.pages.addTab(self.next_page, "")

        self.main_layout.addWidget(self.pages)

        self.action_buttons = QHBoxLayout()
        self.action_buttons.setObjectName(u"action_buttons")
        self.discard_button = QPushButton(ReviewRecordDialog)
        self.discard_button.setObjectName(u"discard_button")
        self.discard_button.setAutoDefault(False)

        self.action_buttons.addWidget(self.discard_button)

        self.action_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_buttons.addItem(self.action_buttons_spacer)


        self.main_layout.addLayout(self.action_buttons)

        self.buttons = QDialogButtonBox(ReviewRecordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.review_date_label.setBuddy(self.review_date)
        self.participants_label.setBuddy(self.participants)
        self.plan_changes_label.setBuddy(self.plan_changes)
        self.rmp_changes_label.setBuddy(self.rmp_changes)
        self.no_change_reason_label.setBuddy(self.no_change_reason)
        self.next_review_on_label.setBuddy(self.next_review_on)
        self.armed_label.setBuddy(self.armed)
        self.tasks_label.setBuddy(self.tasks)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewRecordDialog)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReviewRecordDialog)
    # setupUi

    def retranslateUi(self, ReviewRecordDialog):
        ReviewRecordDialog.setWindowTitle(QCoreApplication.translate("ReviewRecordDialog", u"Record review", None))
#if QT_CONFIG(accessibility)
        self.prisoner.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Prisoner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.general_error.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Problems with this form", None))
#endif // QT_CONFIG(accessibility)
        self.review_date_label.setText(QCoreApplication.translate("ReviewRecordDialog", u"Review &date:", None))
#if QT_CONFIG(accessibility)
        self.review_date.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Review date", None))
#endif // QT_CONFIG(accessibility)
        self.participants_label.setText(QCoreApplication.translate("ReviewRecordDialog", u"Who took part, and how:", None))
#if QT_CONFIG(accessibility)
        self.participants.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Participants", None))
#endif // QT_CONFIG(accessibility)
        self.add_participant.setText(QCoreApplication.translate("ReviewRecordDialog", u"Add &participant", None))
#if QT_CONFIG(accessibility)
        self.add_participant.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Add participant", None))
#endif // QT_CONFIG(accessibility)
        self.remove_participant.setText(QCoreApplication.translate("ReviewRecordDialog", u"Re&move participant", None))
#if QT_CONFIG(accessibility)
        self.remove_participant.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Remove participant", None))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.who_page), QCoreApplication.translate("ReviewRecordDialog", u"&Who and when", None))
        self.progress_intro.setText(QCoreApplication.translate("ReviewRecordDialog", u"Progress on each objective of the plan, in sequence, and on each need the latest assessment links to offending. Evidence is needed for every rating except \"Not assessed\".", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Progress per objective and need", None))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.progress_page), QCoreApplication.translate("ReviewRecordDialog", u"Pro&gress", None))
        self.plan_changes_label.setText(QCoreApplication.translate("ReviewRecordDialog", u"Changes to the sentence p&lan:", None))
#if QT_CONFIG(accessibility)
        self.plan_changes.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Changes to the sentence plan", None))
#endif // QT_CONFIG(accessibility)
        self.plan_changes.setPlaceholderText(QCoreApplication.translate("ReviewRecordDialog", u"What changes in the plan, and why", None))
        self.rmp_changes_label.setText(QCoreApplication.translate("ReviewRecordDialog", u"Changes to the &risk management plan:", None))
#if QT_CONFIG(accessibility)
        self.rmp_changes.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Changes to the risk management plan", None))
#endif // QT_CONFIG(accessibility)
        self.rmp_changes.setPlaceholderText(QCoreApplication.translate("ReviewRecordDialog", u"What changes in the RMP, and why", None))
        self.no_change_reason_label.setText(QCoreApplication.translate("ReviewRecordDialog", u"Wh&y nothing changes:", None))
#if QT_CONFIG(accessibility)
        self.no_change_reason.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Why nothing changes", None))
#endif // QT_CONFIG(accessibility)
        self.no_change_reason.setPlaceholderText(QCoreApplication.translate("ReviewRecordDialog", u"If neither plan changes: why not", None))
        self.pages.setTabText(self.pages.indexOf(self.changes_page), QCoreApplication.translate("ReviewRecordDialog", u"C&hanges", None))
        self.next_review_on_label.setText(QCoreApplication.translate("ReviewRecordDialog", u"Next review &on:", None))
#if QT_CONFIG(accessibility)
        self.next_review_on.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Next review date", None))
#endif // QT_CONFIG(accessibility)
        self.armed_label.setText(QCoreApplication.translate("ReviewRecordDialog", u"Reviews arranged for later (a date and what for, e.g. after the course ends):", None))
#if QT_CONFIG(accessibility)
        self.armed.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Reviews arranged for later", None))
#endif // QT_CONFIG(accessibility)
        self.add_armed.setText(QCoreApplication.translate("ReviewRecordDialog", u"Add review la&ter", None))
#if QT_CONFIG(accessibility)
        self.add_armed.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Add a review for later", None))
#endif // QT_CONFIG(accessibility)
        self.remove_armed.setText(QCoreApplication.translate("ReviewRecordDialog", u"Remo&ve review", None))
#if QT_CONFIG(accessibility)
        self.remove_armed.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Remove the review for later", None))
#endif // QT_CONFIG(accessibility)
        self.tasks_label.setText(QCoreApplication.translate("ReviewRecordDialog", u"Reasons this review answ&ers (signing closes them):", None))
#if QT_CONFIG(accessibility)
        self.tasks.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Reasons this review answers", None))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.next_page), QCoreApplication.translate("ReviewRecordDialog", u"&Next review", None))
        self.discard_button.setText(QCoreApplication.translate("ReviewRecordDialog", u"Disc&ard draft", None))
#if QT_CONFIG(accessibility)
        self.discard_button.setAccessibleName(QCoreApplication.translate("ReviewRecordDialog", u"Discard draft", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

