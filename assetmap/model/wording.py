"""Sentences made below the window (errors, an import's skip reasons, the report, the web
map, the analysis's reasons) in the user's language.

The core never imports Qt, so it cannot translate by itself: the window hands in Qt's
translation function when it starts (``use_translation``), and until then, and in plain
commands, the English comes back unchanged. Templates carry their values as named
placeholders, filled after translating so a translator can move them:

    say("{path}: no such file", path=path)

``make translations`` lists every ``say`` template in resources/i18n for translators, as it
does the window's own ``tr`` texts.
"""

from __future__ import annotations

from typing import Any, Callable

_translate: Callable[[str], str] | None = None


def use_translation(translate: Callable[[str], str] | None) -> None:
    global _translate
    _translate = translate


def say(template: str, /, **values: Any) -> str:
    """``template`` translated, then its ``{name}`` placeholders filled from ``values``."""
    text = _translate(template) if _translate is not None else template
    return text.format(**values) if values else text


def say_noop(template: str) -> str:
    """Marks a text for translation where it is defined (a table of labels); ``say`` it
    where it is shown."""
    return template
