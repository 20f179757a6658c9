"""Generated from ui/*.ui by pyside6-uic — do not edit; run `python -m workbench.gui.forms.build`."""
