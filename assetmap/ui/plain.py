"""Text from files and users shown as typed, never as markup.

Qt shows a string as rich text when it looks like HTML (Qt.mightBeRichText), in message
boxes, tooltips and labels alike. A name such as ``<img src=...>`` in a ward or a file must
appear as those characters, not run as markup.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt


def plain(text: str) -> str:
    """``text`` for a message box or tooltip: unchanged when Qt would show it as plain text
    anyway, else escaped inside <qt> so its characters show literally."""
    if not Qt.mightBeRichText(text):
        return text
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def plain_label(label) -> None:
    """Make a label holding user text show it literally."""
    label.setTextFormat(Qt.TextFormat.PlainText)
