"""The Qt shell: the only package that imports PySide6 (DESIGN.md section 2)."""
