# Generated from ui/risk_people_widget.ui by pyside6-uic — do not edit; run python -m workbench.gui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_people_widget.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from workbench.gui.widgets.date_field import DateField

class Ui_RiskPeopleWidget(object):
    def setupUi(self, RiskPeopleWidget):
        if not RiskPeopleWidget.objectName():
            RiskPeopleWidget.setObjectName(u"RiskPeopleWidget")
        self.main_layout = QVBoxLayout(RiskPeopleWidget)
        self.main_layout.setObjectName(u"main_layout")
        self.items_label = QLabel(RiskPeopleWidget)
        self.items_label.setObjectName(u"items_label")
        self.items_label.setWordWrap(True)

        self.main_layout.addWidget(self.items_label)

        self.error_label = QLabel(RiskPeopleWidget)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.scroll_area = QScrollArea(RiskPeopleWidget)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_area = QWidget()
        self.form_area.setObjectName(u"form_area")
        self.form_layout = QVBoxLayout(self.form_area)
        self.form_layout.setObjectName(u"form_layout")
        self.children_box = QGroupBox(self.form_area)
        self.children_box.setObjectName(u"children_box")
        self.children_layout = QVBoxLayout(self.children_box)
        self.children_layout.setObjectName(u"children_layout")
        self.children_table = QTableWidget(self.children_box)
        if (self.children_table.columnCount() < 4):
            self.children_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.children_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.children_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.children_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.children_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.children_table.setObjectName(u"children_table")
        self.children_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.children_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.children_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.children_table.setMinimumSize(QSize(0, 110))
        self.children_table.setTabKeyNavigation(False)
        self.children_table.horizontalHeader().setStretchLastSection(True)
        self.children_table.verticalHeader().setVisible(False)

        self.children_layout.addWidget(self.children_table)

        self.child_form = QFormLayout()
        self.child_form.setObjectName(u"child_form")
        self.child_label = QLabel(self.children_box)
        self.child_label.setObjectName(u"child_label")

        self.child_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.child_label)

        self.child_edit = QLineEdit(self.children_box)
        self.child_edit.setObjectName(u"child_edit")
        self.child_edit.setMaxLength(120)

        self.child_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.child_edit)

        self.child_relationship_label = QLabel(self.children_box)
        self.child_relationship_label.setObjectName(u"child_relationship_label")

        self.child_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.child_relationship_label)

        self.child_relationship_edit = QLineEdit(self.children_box)
        self.child_relationship_edit.setObjectName(u"child_relationship_edit")
        self.child_relationship_edit.setMaxLength(120)

        self.child_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.child_relationship_edit)

        self.contact_label = QLabel(self.children_box)
        self.contact_label.setObjectName(u"contact_label")

        self.child_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contact_label)

        self.contact_edit = QLineEdit(self.children_box)
        self.contact_edit.setObjectName(u"contact_edit")
        self.contact_edit.setMaxLength(2000)

        self.child_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contact_edit)

        self.known_label = QLabel(self.children_box)
        self.known_label.setObjectName(u"known_label")

        self.child_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.known_label)

        self.known_combo = QComboBox(self.children_box)
        self.known_combo.setObjectName(u"known_combo")

        self.child_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.known_combo)

        self.status_label_cp = QLabel(self.children_box)
        self.status_label_cp.setObjectName(u"status_label_cp")

        self.child_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.status_label_cp)

        self.status_combo = QComboBox(self.children_box)
        self.status_combo.setObjectName(u"status_combo")

        self.child_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.visits_label = QLabel(self.children_box)
        self.visits_label.setObjectName(u"visits_label")

        self.child_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.visits_label)

        self.visits_edit = QLineEdit(self.children_box)
        self.visits_edit.setObjectName(u"visits_edit")
        self.visits_edit.setMaxLength(2000)

        self.child_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.visits_edit)

        self.phone_label = QLabel(self.children_box)
        self.phone_label.setObjectName(u"phone_label")

        self.child_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.children_box)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(2000)

        self.child_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.mail_label = QLabel(self.children_box)
        self.mail_label.setObjectName(u"mail_label")

        self.child_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.mail_label)

        self.mail_edit = QLineEdit(self.children_box)
        self.mail_edit.setObjectName(u"mail_edit")
        self.mail_edit.setMaxLength(2000)

        self.child_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.mail_edit)


        self.children_layout.addLayout(self.child_form)

        self.child_buttons = QHBoxLayout()
        self.child_buttons.setObjectName(u"child_buttons")
        self.new_child_button = QPushButton(self.children_box)
        self.new_child_button.setObjectName(u"new_child_button")

        self.child_buttons.addWidget(self.new_child_button)

        self.save_child_button = QPushButton(self.children_box)
        self.save_child_button.setObjectName(u"save_child_button")

        self.child_buttons.addWidget(self.save_child_button)

        self.child_remove_reason = QLineEdit(self.children_box)
        self.child_remove_reason.setObjectName(u"child_remove_reason")
        self.child_remove_reason.setMaxLength(500)

        self.child_buttons.addWidget(self.child_remove_reason)

        self.remove_child_button = QPushButton(self.children_box)
        self.remove_child_button.setObjectName(u"remove_child_button")

        self.child_buttons.addWidget(self.remove_child_button)

        self.child_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.child_buttons.addItem(self.child_buttons_spacer)


        self.children_layout.addLayout(self.child_buttons)


        self.form_layout.addWidget(self.children_box)

        self.victims_box = QGroupBox(self.form_area)
        self.victims_box.setObjectName(u"victims_box")
        self.victims_layout = QVBoxLayout(self.victims_box)
        self.victims_layout.setObjectName(u"victims_layout")
        self.victims_table = QTableWidget(self.victims_box)
        if (self.victims_table.columnCount() < 4):
            self.victims_table.setColumnCount(4)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.victims_table.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.victims_table.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.victims_table.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.victims_table.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        self.victims_table.setObjectName(u"victims_table")
        self.victims_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.victims_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.victims_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.victims_table.setMinimumSize(QSize(0, 100))
        self.victims_table.setTabKeyNavigation(False)
        self.victims_table.horizontalHeader().setStretchLastSection(True)
        self.victims_table.verticalHeader().setVisible(False)

        self.victims_layout.addWidget(self.victims_table)

        self.victim_form = QFormLayout()
        self.victim_form.setObjectName(u"victim_form")
        self.victim_label = QLabel(self.victims_box)
        self.victim_label.setObjectName(u"victim_label")

        self.victim_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.victim_label)

        self.victim_edit = QLineEdit(self.victims_box)
        self.victim_edit.setObjectName(u"victim_edit")
        self.victim_edit.setMaxLength(120)

        self.victim_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.victim_edit)

        self.victim_relationship_label = QLabel(self.victims_box)
        self.victim_relationship_label.setObjectName(u"victim_relationship_label")

        self.victim_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.victim_relationship_label)

        self.victim_relationship_edit = QLineEdit(self.victims_box)
        self.victim_relationship_edit.setObjectName(u"victim_relationship_edit")
        self.victim_relationship_edit.setMaxLength(120)

        self.victim_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.victim_relationship_edit)

        self.liaison_label = QLabel(self.victims_box)
        self.liaison_label.setObjectName(u"liaison_label")

        self.victim_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.liaison_label)

        self.liaison_edit = QLineEdit(self.victims_box)
        self.liaison_edit.setObjectName(u"liaison_edit")
        self.liaison_edit.setMaxLength(200)

        self.victim_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.liaison_edit)

        self.awareness_label = QLabel(self.victims_box)
        self.awareness_label.setObjectName(u"awareness_label")

        self.victim_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.awareness_label)

        self.awareness_combo = QComboBox(self.victims_box)
        self.awareness_combo.setObjectName(u"awareness_combo")

        self.victim_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.awareness_combo)

        self.awareness_notes_label = QLabel(self.victims_box)
        self.awareness_notes_label.setObjectName(u"awareness_notes_label")

        self.victim_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.awareness_notes_label)

        self.awareness_notes_edit = QLineEdit(self.victims_box)
        self.awareness_notes_edit.setObjectName(u"awareness_notes_edit")
        self.awareness_notes_edit.setMaxLength(2000)

        self.victim_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.awareness_notes_edit)


        self.victims_layout.addLayout(self.victim_form)

        self.victim_buttons = QHBoxLayout()
        self.victim_buttons.setObjectName(u"victim_buttons")
        self.new_victim_button = QPushButton(self.victims_box)
        self.new_victim_button.setObjectName(u"new_victim_button")

        self.victim_buttons.addWidget(self.new_victim_button)

        self.save_victim_button = QPushButton(self.victims_box)
        self.save_victim_button.setObjectName(u"save_victim_button")

        self.victim_buttons.addWidget(self.save_victim_button)

        self.victim_remove_reason = QLineEdit(self.victims_box)
        self.victim_remove_reason.setObjectName(u"victim_remove_reason")
        self.victim_remove_reason.setMaxLength(500)

        self.victim_buttons.addWidget(self.victim_remove_reason)

        self.remove_victim_button = QPushButton(self.victims_box)
        self.remove_victim_button.setObjectName(u"remove_victim_button")

        self.victim_buttons.addWidget(self.remove_victim_button)

        self.victim_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.victim_buttons.addItem(self.victim_buttons_spacer)


        self.victims_layout.addLayout(self.victim_buttons)


        self.form_layout.addWidget(self.victims_box)

        self.mappa_box = QGroupBox(self.form_area)
        self.mappa_box.setObjectName(u"mappa_box")
        self.mappa_layout = QVBoxLayout(self.mappa_box)
        self.mappa_layout.setObjectName(u"mappa_layout")
        self.mappa_form = QFormLayout()
        self.mappa_form.setObjectName(u"mappa_form")
        self.category_label = QLabel(self.mappa_box)
        self.category_label.setObjectName(u"category_label")

        self.mappa_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.mappa_category_combo = QComboBox(self.mappa_box)
        self.mappa_category_combo.setObjectName(u"mappa_category_combo")

        self.mappa_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mappa_category_combo)

        self.level_label = QLabel(self.mappa_box)
        self.level_label.setObjectName(u"level_label")

        self.mappa_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.level_label)

        self.mappa_level_combo = QComboBox(self.mappa_box)
        self.mappa_level_combo.setObjectName(u"mappa_level_combo")

        self.mappa_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mappa_level_combo)

        self.last_review_label = QLabel(self.mappa_box)
        self.last_review_label.setObjectName(u"last_review_label")

        self.mappa_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.last_review_label)

        self.last_review_edit = DateField(self.mappa_box)
        self.last_review_edit.setObjectName(u"last_review_edit")

        self.mappa_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.last_review_edit)

        self.next_review_label = QLabel(self.mappa_box)
        self.next_review_label.setObjectName(u"next_review_label")

        self.mappa_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.next_review_label)

        self.next_review_edit = DateField(self.mappa_box)
        self.next_review_edit.setObjectName(u"next_review_edit")

        self.mappa_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.next_review_edit)

        self.mappa_notes_label = QLabel(self.mappa_box)
        self.mappa_notes_label.setObjectName(u"mappa_notes_label")

        self.mappa_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mappa_notes_label)

        self.mappa_notes_edit = QLineEdit(self.mappa_box)
        self.mappa_notes_edit.setObjectName(u"mappa_notes_edit")
        self.mappa_notes_edit.setMaxLength(2000)

        self.mappa_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mappa_notes_edit)


        self.mappa_layout.addLayout(self.mappa_form)

        self.mappa_buttons = QHBoxLayout()
        self.mappa_buttons.setObjectName(u"mappa_buttons")
        self.save_mappa_button = QPushButton(self.mappa_box)
        self.save_mappa_button.setObjectName(u"save_mappa_button")

        self.mappa_buttons.addWidget(self.save_mappa_button)

        self.mappa_recorded_label = QLabel(self.mappa_box)
        self.mappa_recorded_label.setObjectName(u"mappa_recorded_label")
        self.mappa_recorded_label.setWordWrap(True)

        self.mappa_buttons.addWidget(self.mappa_recorded_label)

        self.mappa_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mappa_buttons.addItem(self.mappa_buttons_spacer)


        self.mappa_layout.addLayout(self.mappa_buttons)


        self.form_layout.addWidget(self.mappa_box)

        self.scroll_area.setWidget(self.form_area)

        self.main_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.child_label.setBuddy(self.child_edit)
        self.child_relationship_label.setBuddy(self.child_relationship_edit)
        self.contact_label.setBuddy(self.contact_edit)
        self.known_label.setBuddy(self.known_combo)
        self.status_label_cp.setBuddy(self.status_combo)
        self.visits_label.setBuddy(self.visits_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.mail_label.setBuddy(self.mail_edit)
        self.victim_label.setBuddy(self.victim_edit)
        self.victim_relationship_label.setBuddy(self.victim_relationship_edit)
        self.liaison_label.setBuddy(self.liaison_edit)
        self.awareness_label.setBuddy(self.awareness_combo)
        self.awareness_notes_label.setBuddy(self.awareness_notes_edit)
        self.category_label.setBuddy(self.mappa_category_combo)
        self.level_label.setBuddy(self.mappa_level_combo)
        self.last_review_label.setBuddy(self.last_review_edit)
        self.next_review_label.setBuddy(self.next_review_edit)
        self.mappa_notes_label.setBuddy(self.mappa_notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RiskPeopleWidget)

        QMetaObject.connectSlotsByName(RiskPeopleWidget)
    # setupUi

    def retranslateUi(self, RiskPeopleWidget):
        self.items_label.setText("")
#if QT_CONFIG(accessibility)
        self.items_label.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"What children, victims and MAPPA require", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.children_box.setTitle(QCoreApplication.translate("RiskPeopleWidget", u"Children at risk", None))
        ___qtablewidgetitem = self.children_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RiskPeopleWidget", u"Child", None))
        ___qtablewidgetitem1 = self.children_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RiskPeopleWidget", u"Relationship", None))
        ___qtablewidgetitem2 = self.children_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RiskPeopleWidget", u"Child protection", None))
        ___qtablewidgetitem3 = self.children_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RiskPeopleWidget", u"In-prison measures", None))
#if QT_CONFIG(accessibility)
        self.children_table.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Children at risk", None))
#endif // QT_CONFIG(accessibility)
        self.child_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Child:", None))
#if QT_CONFIG(accessibility)
        self.child_edit.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Child's name or description", None))
#endif // QT_CONFIG(accessibility)
        self.child_relationship_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Relationship:", None))
#if QT_CONFIG(accessibility)
        self.child_relationship_edit.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Relationship to the prisoner", None))
#endif // QT_CONFIG(accessibility)
        self.contact_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Contact now:", None))
#if QT_CONFIG(accessibility)
        self.contact_edit.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Contact the prisoner has now", None))
#endif // QT_CONFIG(accessibility)
        self.known_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Known to children's services:", None))
#if QT_CONFIG(accessibility)
        self.known_combo.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Known to children's services", None))
#endif // QT_CONFIG(accessibility)
        self.status_label_cp.setText(QCoreApplication.translate("RiskPeopleWidget", u"Child-protection status:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Child-protection status", None))
#endif // QT_CONFIG(accessibility)
        self.visits_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Visits measure:", None))
#if QT_CONFIG(accessibility)
        self.visits_edit.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Visits measure", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Phone measure:", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Phone measure", None))
#endif // QT_CONFIG(accessibility)
        self.mail_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Mail measure:", None))
#if QT_CONFIG(accessibility)
        self.mail_edit.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Mail measure", None))
#endif // QT_CONFIG(accessibility)
        self.new_child_button.setText(QCoreApplication.translate("RiskPeopleWidget", u"New child", None))
        self.save_child_button.setText(QCoreApplication.translate("RiskPeopleWidget", u"Save child", None))
#if QT_CONFIG(accessibility)
        self.child_remove_reason.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Why remove this child", None))
#endif // QT_CONFIG(accessibility)
        self.remove_child_button.setText(QCoreApplication.translate("RiskPeopleWidget", u"Remove child", None))
        self.victims_box.setTitle(QCoreApplication.translate("RiskPeopleWidget", u"Identifiable victims", None))
        ___qtablewidgetitem4 = self.victims_table.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RiskPeopleWidget", u"Victim", None))
        ___qtablewidgetitem5 = self.victims_table.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("RiskPeopleWidget", u"Relationship", None))
        ___qtablewidgetitem6 = self.victims_table.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("RiskPeopleWidget", u"Victim liaison", None))
        ___qtablewidgetitem7 = self.victims_table.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("RiskPeopleWidget", u"Victim awareness", None))
#if QT_CONFIG(accessibility)
        self.victims_table.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Identifiable victims", None))
#endif // QT_CONFIG(accessibility)
        self.victim_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Victim:", None))
#if QT_CONFIG(accessibility)
        self.victim_edit.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Victim's name or description", None))
#endif // QT_CONFIG(accessibility)
        self.victim_relationship_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Relationship:", None))
#if QT_CONFIG(accessibility)
        self.victim_relationship_edit.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Relationship to the prisoner", None))
#endif // QT_CONFIG(accessibility)
        self.liaison_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Victim liaison contact:", None))
#if QT_CONFIG(accessibility)
        self.liaison_edit.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Victim liaison contact", None))
#endif // QT_CONFIG(accessibility)
        self.awareness_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Victim-awareness work:", None))
#if QT_CONFIG(accessibility)
        self.awareness_combo.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Victim-awareness work", None))
#endif // QT_CONFIG(accessibility)
        self.awareness_notes_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"About that work:", None))
#if QT_CONFIG(accessibility)
        self.awareness_notes_edit.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"About the victim-awareness work", None))
#endif // QT_CONFIG(accessibility)
        self.new_victim_button.setText(QCoreApplication.translate("RiskPeopleWidget", u"New victim", None))
        self.save_victim_button.setText(QCoreApplication.translate("RiskPeopleWidget", u"Save victim", None))
#if QT_CONFIG(accessibility)
        self.victim_remove_reason.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Why remove this victim", None))
#endif // QT_CONFIG(accessibility)
        self.remove_victim_button.setText(QCoreApplication.translate("RiskPeopleWidget", u"Remove victim", None))
        self.mappa_box.setTitle(QCoreApplication.translate("RiskPeopleWidget", u"MAPPA", None))
        self.category_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Category:", None))
#if QT_CONFIG(accessibility)
        self.mappa_category_combo.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"MAPPA category", None))
#endif // QT_CONFIG(accessibility)
        self.level_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Level:", None))
#if QT_CONFIG(accessibility)
        self.mappa_level_combo.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"MAPPA level", None))
#endif // QT_CONFIG(accessibility)
        self.last_review_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Last reviewed:", None))
#if QT_CONFIG(accessibility)
        self.last_review_edit.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Last MAPPA review", None))
#endif // QT_CONFIG(accessibility)
        self.next_review_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Next review:", None))
#if QT_CONFIG(accessibility)
        self.next_review_edit.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"Next MAPPA review", None))
#endif // QT_CONFIG(accessibility)
        self.mappa_notes_label.setText(QCoreApplication.translate("RiskPeopleWidget", u"Notes:", None))
#if QT_CONFIG(accessibility)
        self.mappa_notes_edit.setAccessibleName(QCoreApplication.translate("RiskPeopleWidget", u"MAPPA notes", None))
#endif // QT_CONFIG(accessibility)
        self.save_mappa_button.setText(QCoreApplication.translate("RiskPeopleWidget", u"Save MAPPA", None))
        self.mappa_recorded_label.setText("")
        pass
    # retranslateUi

