# Generated from ui/plan_contact.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_contact.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_PlanContactWidget(object):
    def setupUi(self, PlanContactWidget):
        if not PlanContactWidget.objectName():
            PlanContactWidget.setObjectName(u"PlanContactWidget")
        self.main_layout = QVBoxLayout(PlanContactWidget)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(PlanContactWidget)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.contents = QWidget()
        self.contents.setObjectName(u"contents")
        self.contents_layout = QVBoxLayout(self.contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.read_only_label = QLabel(self.contents)
        self.read_only_label.setObjectName(u"read_only_label")
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setProperty(u"role", u"warning")

        self.contents_layout.addWidget(self.read_only_label)

        self.error_label = QLabel(self.contents)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.contents_layout.addWidget(self.error_label)

        self.contact_box = QGroupBox(self.contents)
        self.contact_box.setObjectName(u"contact_box")
        self.contact_form = QFormLayout(self.contact_box)
        self.contact_form.setObjectName(u"contact_form")
        self.contact_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contact_frequency_label = QLabel(self.contact_box)
        self.contact_frequency_label.setObjectName(u"contact_frequency_label")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contact_frequency_label)

        self.contact_frequency = QComboBox(self.contact_box)
        self.contact_frequency.setObjectName(u"contact_frequency")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_frequency)

        self.com_liaison_label = QLabel(self.contact_box)
        self.com_liaison_label.setObjectName(u"com_liaison_label")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.com_liaison_label)

        self.com_liaison = QComboBox(self.contact_box)
        self.com_liaison.setObjectName(u"com_liaison")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.com_liaison)

        self.next_review_label = QLabel(self.contact_box)
        self.next_review_label.setObjectName(u"next_review_label")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.next_review_label)

        self.next_review_on = DateField(self.contact_box)
        self.next_review_on.setObjectName(u"next_review_on")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.next_review_on)

        self.responsivity_label = QLabel(self.contact_box)
        self.responsivity_label.setObjectName(u"responsivity_label")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.responsivity_label)

        self.responsivity = QPlainTextEdit(self.contact_box)
        self.responsivity.setObjectName(u"responsivity")
        self.responsivity.setTabChangesFocus(True)
        self.responsivity.setMaximumSize(QSize(16777215, 70))

        self.contact_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.responsivity)

        self.diversity_label = QLabel(self.contact_box)
        self.diversity_label.setObjectName(u"diversity_label")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.diversity_label)

        self.diversity_adjustments = QPlainTextEdit(self.contact_box)
        self.diversity_adjustments.setObjectName(u"diversity_adjustments")
        self.diversity_adjustments.setTabChangesFocus(True)
        self.diversity_adjustments.setMaximumSize(QSize(16777215, 70))

        self.contact_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.diversity_adjustments)

        self.contact_row = QHBoxLayout()
        self.contact_row.setObjectName(u"contact_row")
        self.contact_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contact_row.addItem(self.contact_spacer)

        self.save_contact_button = QPushButton(self.contact_box)
        self.save_contact_button.setObjectName(u"save_contact_button")

        self.contact_row.addWidget(self.save_contact_button)


        self.contact_form.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.contact_row)


        self.contents_layout.addWidget(self.contact_box)

        self.involvement_box = QGroupBox(self.contents)
        self.involvement_box.setObjectName(u"involvement_box")
        self.involvement_form = QFormLayout(self.involvement_box)
        self.involvement_form.setObjectName(u"involvement_form")
        self.involvement_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.involvement_label = QLabel(self.involvement_box)
        self.involvement_label.setObjectName(u"involvement_label")

        self.involvement_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.involvement_label)

        self.involvement = QComboBox(self.involvement_box)
        self.involvement.setObjectName(u"involvement")

        self.involvement_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.involvement)

        self.involvement_reason_label = QLabel(self.involvement_box)
        self.involvement_reason_label.setObjectName(u"involvement_reason_label")

        self.involvement_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.involvement_reason_label)

        self.involvement_reason = QPlainTextEdit(self.involvement_box)
        self.involvement_reason.setObjectName(u"involvement_reason")
        self.involvement_reason.setTabChangesFocus(True)
        self.involvement_reason.setMaximumSize(QSize(16777215, 60))

        self.involvement_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.involvement_reason)

        self.comments_label = QLabel(self.involvement_box)
        self.comments_label.setObjectName(u"comments_label")

        self.involvement_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.comments_label)

        self.prisoner_comments = QPlainTextEdit(self.involvement_box)
        self.prisoner_comments.setObjectName(u"prisoner_comments")
        self.prisoner_comments.setTabChangesFocus(True)
        self.prisoner_comments.setMaximumSize(QSize(16777215, 70))

        self.involvement_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.prisoner_comments)

        self.copy_given_label = QLabel(self.involvement_box)
        self.copy_given_label.setObjectName(u"copy_given_label")

        self.involvement_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.copy_given_label)

        self.copy_given_on = DateField(self.involvement_box)
        self.copy_given_on.setObjectName(u"copy_given_on")

        self.involvement_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.copy_given_on)

        self.involvement_row = QHBoxLayout()
        self.involvement_row.setObjectName(u"involvement_row")
        self.involvement_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.involvement_row.addItem(self.involvement_spacer)

        self.save_involvement_button = QPushButton(self.involvement_box)
        self.save_involvement_button.setObjectName(u"save_involvement_button")

        self.involvement_row.addWidget(self.save_involvement_button)


        self.involvement_form.setLayout(4, QFormLayout.ItemRole.SpanningRole, self.involvement_row)


        self.contents_layout.addWidget(self.involvement_box)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll.setWidget(self.contents)

        self.main_layout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.contact_frequency_label.setBuddy(self.contact_frequency)
        self.com_liaison_label.setBuddy(self.com_liaison)
        self.next_review_label.setBuddy(self.next_review_on)
        self.responsivity_label.setBuddy(self.responsivity)
        self.diversity_label.setBuddy(self.diversity_adjustments)
        self.involvement_label.setBuddy(self.involvement)
        self.involvement_reason_label.setBuddy(self.involvement_reason)
        self.comments_label.setBuddy(self.prisoner_comments)
        self.copy_given_label.setBuddy(self.copy_given_on)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.contact_frequency, self.com_liaison)
        QWidget.setTabOrder(self.com_liaison, self.next_review_on)
        QWidget.setTabOrder(self.next_review_on, self.responsivity)
        QWidget.setTabOrder(self.responsivity, self.diversity_adjustments)
        QWidget.setTabOrder(self.diversity_adjustments, self.save_contact_button)
        QWidget.setTabOrder(self.save_contact_button, self.involvement)
        QWidget.setTabOrder(self.involvement, self.involvement_reason)
        QWidget.setTabOrder(self.involvement_reason, self.prisoner_comments)
        QWidget.setTabOrder(self.prisoner_comments, self.copy_given_on)
        QWidget.setTabOrder(self.copy_given_on, self.save_involvement_button)

        self.retranslateUi(PlanContactWidget)

        QMetaObject.connectSlotsByName(PlanContactWidget)
    # setupUi

    def retranslateUi(self, PlanContactWidget):
        self.read_only_label.setText("")
        self.error_label.setText("")
        self.contact_box.setTitle(QCoreApplication.translate("PlanContactWidget", u"Planned levels of contact", None))
        self.contact_frequency_label.setText(QCoreApplication.translate("PlanContactWidget", u"Supervisor contact:", None))
#if QT_CONFIG(accessibility)
        self.contact_frequency.setAccessibleName(QCoreApplication.translate("PlanContactWidget", u"Supervisor\u2013prisoner contact", None))
#endif // QT_CONFIG(accessibility)
        self.com_liaison_label.setText(QCoreApplication.translate("PlanContactWidget", u"COM liaison:", None))
#if QT_CONFIG(accessibility)
        self.com_liaison.setAccessibleName(QCoreApplication.translate("PlanContactWidget", u"Community offender manager liaison", None))
#endif // QT_CONFIG(accessibility)
        self.next_review_label.setText(QCoreApplication.translate("PlanContactWidget", u"Next review:", None))
#if QT_CONFIG(accessibility)
        self.next_review_on.setAccessibleName(QCoreApplication.translate("PlanContactWidget", u"Next review", None))
#endif // QT_CONFIG(accessibility)
        self.responsivity_label.setText(QCoreApplication.translate("PlanContactWidget", u"Responsivity:", None))
#if QT_CONFIG(accessibility)
        self.responsivity.setAccessibleName(QCoreApplication.translate("PlanContactWidget", u"Responsivity", None))
#endif // QT_CONFIG(accessibility)
        self.responsivity.setPlaceholderText(QCoreApplication.translate("PlanContactWidget", u"How the work is adapted to how he learns", None))
        self.diversity_label.setText(QCoreApplication.translate("PlanContactWidget", u"Diversity:", None))
#if QT_CONFIG(accessibility)
        self.diversity_adjustments.setAccessibleName(QCoreApplication.translate("PlanContactWidget", u"Diversity adjustments", None))
#endif // QT_CONFIG(accessibility)
        self.save_contact_button.setText(QCoreApplication.translate("PlanContactWidget", u"Save contact levels", None))
        self.involvement_box.setTitle(QCoreApplication.translate("PlanContactWidget", u"The prisoner's involvement", None))
        self.involvement_label.setText(QCoreApplication.translate("PlanContactWidget", u"Prisoner:", None))
#if QT_CONFIG(accessibility)
        self.involvement.setAccessibleName(QCoreApplication.translate("PlanContactWidget", u"The prisoner's involvement", None))
#endif // QT_CONFIG(accessibility)
        self.involvement_reason_label.setText(QCoreApplication.translate("PlanContactWidget", u"Why:", None))
#if QT_CONFIG(accessibility)
        self.involvement_reason.setAccessibleName(QCoreApplication.translate("PlanContactWidget", u"Why (disagrees or could not take part)", None))
#endif // QT_CONFIG(accessibility)
        self.comments_label.setText(QCoreApplication.translate("PlanContactWidget", u"In own words:", None))
#if QT_CONFIG(accessibility)
        self.prisoner_comments.setAccessibleName(QCoreApplication.translate("PlanContactWidget", u"The prisoner's comments in their own words", None))
#endif // QT_CONFIG(accessibility)
        self.copy_given_label.setText(QCoreApplication.translate("PlanContactWidget", u"Copy given:", None))
#if QT_CONFIG(accessibility)
        self.copy_given_on.setAccessibleName(QCoreApplication.translate("PlanContactWidget", u"Date a copy was given", None))
#endif // QT_CONFIG(accessibility)
        self.save_involvement_button.setText(QCoreApplication.translate("PlanContactWidget", u"Save involvement", None))
        pass
    # retranslateUi

