"""Render icons/offender-supervisor-workbench.svg to the PNG sizes the .deb and the Windows .ico use.

    .venv/bin/python packaging/linux/make-icons.py

Run by hand after changing the SVG; the PNGs and the .ico are committed (the build does not need Qt's
SVG module). The .ico holds 16, 32, 48 and 256 pixel images.
"""

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
NAME = "offender-supervisor-workbench"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 32, 48, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An .ico file with PNG-compressed entries (Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> None:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage painting needs a GUI application
    renderer = QSvgRenderer(str(HERE / "icons" / f"{NAME}.svg"))
    pngs = {size: render(renderer, size) for size in SIZES}
    for size, png in pngs.items():
        (HERE / "icons" / f"{NAME}-{size}.png").write_bytes(png)
    (HERE.parent / "windows" / "workbench.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))


if __name__ == "__main__":
    main()
