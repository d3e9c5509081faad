"""Pixel checks on rendered maps and window grabs."""

import numpy as np
from PySide6.QtGui import QColor, QImage


def image_array(image: QImage) -> np.ndarray:
    """RGB pixels as a (height, width, 3) array."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    buffer = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    # copy while the converted image is still alive: constBits() points into it
    bgra = buffer.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), :3].copy()
    return bgra[:, :, ::-1]


def colour_present(pixels: np.ndarray, colour: str, tolerance: int = 12) -> bool:
    c = QColor(colour)
    target = np.array([c.red(), c.green(), c.blue()])
    return bool((np.abs(pixels.astype(int) - target).max(axis=2) <= tolerance).any())


def distinct_colours(pixels: np.ndarray) -> int:
    return len(np.unique(pixels.reshape(-1, 3), axis=0))
