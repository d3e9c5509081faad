"""Texts from the model that the window shows (the six kinds), listed so that lupdate finds
them for translators; the window passes them through tr() where it shows them. A test
checks this list matches the model."""

from PySide6.QtCore import QT_TR_NOOP

MODEL_TEXTS = (
    QT_TR_NOOP("Person's gift"),
    QT_TR_NOOP("People's gifts and skills"),
    QT_TR_NOOP('a retired joiner who fixes things, a gardener, a bilingual neighbour'),
    QT_TR_NOOP('Group'),
    QT_TR_NOOP('Groups and clubs'),
    QT_TR_NOOP("a youth club, a choir, a tenants' association, a walking group"),
    QT_TR_NOOP('Institution'),
    QT_TR_NOOP('Institutions and services'),
    QT_TR_NOOP('a school, the library, a GP surgery, the council housing office'),
    QT_TR_NOOP('Place or space'),
    QT_TR_NOOP('Places and spaces'),
    QT_TR_NOOP('a community hall, a park, allotments, a footpath'),
    QT_TR_NOOP('Local economy'),
    QT_TR_NOOP('Local economy'),
    QT_TR_NOOP('a corner shop, a café, a social enterprise, a market'),
    QT_TR_NOOP('Culture and heritage'),
    QT_TR_NOOP('Culture and heritage'),
    QT_TR_NOOP('a mural, a festival, a local history, a place of worship'),
)
