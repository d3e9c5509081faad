"""Every word the window shows goes through Qt's translation, so assetmap can be used in the
languages of the people who map with it (Welsh, Irish, Polish, Urdu...).

``tr`` looks a text up in the installed translations (``resources/i18n/assetmap_<lang>.qm``,
made from the ``.ts`` sources with Qt Linguist) and gives the English back when there is none.
Texts with values keep them as ``{0}``, ``{1}`` placeholders, filled after translating, so a
translator can move them.

``PseudoTranslator`` turns every text into a longer, accented version: with it installed, any
English left in the window is text that does not go through ``tr``, and any cut-off label is
a layout that will not fit a longer language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from assetmap.model.wording import use_translation

CONTEXT = ""  # plain tr() calls carry no context in lupdate's Python parser
ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "àéîõüÿÀÉÎÕÜŸçñšž")
PLACEHOLDER = re.compile(r"(\{[^{}]*\}|&&|&(?=\w)|<[^<>]+>|%\w)")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# The core's sentences (errors, skip reasons, report and web map texts) use the same catalogue.
use_translation(tr)


def tr_noop(text: str) -> str:
    """Marks a text for translation where it is defined (a table of labels); ``tr`` it where
    it is shown."""
    return text


def pseudo(text: str) -> str:
    """Accented and a third longer, placeholders, mnemonics and markup kept intact."""
    parts = PLACEHOLDER.split(text)
    out = "".join(p if PLACEHOLDER.fullmatch(p) else p.translate(ACCENTED) for p in parts)
    padding = "~" * max(1, len(text) // 3)
    return f"⟦{out}{padding}⟧"


class PseudoTranslator(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 (Qt's signature)
        return pseudo(source_text) if source_text else source_text

    def isEmpty(self) -> bool:
        return False


def install_translations(app) -> QTranslator | None:
    """The translation for the user's language, if assetmap has one."""
    from assetmap.paths import resource

    translator = QTranslator(app)
    if translator.load(QLocale(), "assetmap", "_", str(resource("i18n"))):
        app.installTranslator(translator)
        return translator
    return None
