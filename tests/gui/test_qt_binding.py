"""The Qt binding itself: a fault in it would crash the workbench whatever our code does.

PySide6 6.12.0 (with Python 3.11) lost one reference to ``None`` each time Python read an empty value
from Qt (``QComboBox.currentData()`` of an item without data, ``QModelIndex.data()`` of a role the model
does not answer). The assessment reads its drop-downs on every keystroke, so after some tens of
thousands of reads ``None`` was freed and the process aborted ("none_dealloc: deallocating None").
pyproject.toml pins a release without the fault; this test fails on one that has it.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui

READS = 1_000


class _Empty(QAbstractTableModel):
    """One cell that answers no role at all."""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None


def test_reading_an_empty_choice_keeps_none_alive(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("Not known", None)  # as the assessment's RoSH, MAPPA and offence drop-downs start
    before = sys.getrefcount(None)
    for _ in range(READS):
        assert combo.currentData() is None
    assert sys.getrefcount(None) >= before - 10  # a few may go with other objects; not one per read


def test_reading_an_unanswered_role_keeps_none_alive() -> None:
    model = _Empty()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(READS):
        assert index.data(Qt.ItemDataRole.ToolTipRole) is None
    assert sys.getrefcount(None) >= before - 10
