"""`make icons`: every icon file the platforms want, rendered from resources/icons/facilitator.svg.

    python packaging/icons.py OUTPUT_FOLDER

writes, into OUTPUT_FOLDER:
  hicolor/<N>x<N>/apps/<APP_ID>.png   for N in 16 ... 512, and hicolor/scalable/apps/<APP_ID>.svg (Linux)
  facilitator.ico                      16 ... 256 in one file (Windows: the programs and the installer)
  facilitator.icns                     16 ... 1024 in one file (macOS: the .app)

Qt renders the SVG (QSvgRenderer, the same renderer the running app uses, so the icons
look alike), each size on its own, so small sizes are drawn for their size rather than
shrunk from a big picture; Pillow packs the sizes into .ico and .icns, which Qt writes
only one size at a time.
"""

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from facilitator import APP_ID

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "facilitator.svg"
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_RGBA8888)  # byte order R, G, B, A: Pillow's "RGBA"
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return Image.frombytes("RGBA", (size, size), bytes(image.constBits()))


def main(output: Path) -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter needs it
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.exit(f"icons: {SOURCE} is not a valid SVG")
    images = {size: render(renderer, size) for size in sorted({*LINUX_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in LINUX_SIZES:
        folder = output / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        images[size].save(folder / f"{APP_ID}.png")
    scalable = output / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable / f"{APP_ID}.svg")
    largest = images[max(ICO_SIZES)]
    largest.save(output / "facilitator.ico", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES])
    images[1024].save(output / "facilitator.icns", append_images=[images[s] for s in ICNS_SIZES])
    print(f"icons: {output}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons")
