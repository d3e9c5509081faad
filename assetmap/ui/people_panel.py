"""People and groups: lists to add, edit and delete them, and to link two of them.

Every change goes through the window's undo stack. Personal data is handled with care:
the form asks for an approximate home area, never an address, and shows consent.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QInputDialog, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QTabWidget, QVBoxLayout,
    QWidget,
)

from assetmap.ui.i18n import tr
from assetmap.model.commands import AddRecord, ChangeRecord, Command, remove_records
from assetmap.model.entities import LINK_TYPES, LINK_WORDS, Group, Link, Person, Record, link_type_for, new_id
from assetmap.model.project import Project
from assetmap.ui.binding import bind

PERSON_FIELDS = (("name", QT_TR_NOOP("Name")), ("skills", QT_TR_NOOP("Gifts and skills")), ("interests", QT_TR_NOOP("Interests")),
                 ("roles", QT_TR_NOOP("Roles")), ("home_area", QT_TR_NOOP("Home area (approximate)")), ("contact", QT_TR_NOOP("Contact")),
                 ("consent_date", QT_TR_NOOP("Consent given on")), ("consent_scope", QT_TR_NOOP("Consent covers")))
GROUP_FIELDS = (("name", QT_TR_NOOP("Name")), ("themes", QT_TR_NOOP("Themes")), ("description", QT_TR_NOOP("About it")), ("contact", QT_TR_NOOP("Contact")))
LIST_FIELDS = {"skills", "interests", "roles", "themes"}


class RecordForm(QDialog):
    """Edit a person's or a group's fields; lists are comma-separated."""

    def __init__(self, project: Project, record: Record, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.record = record
        self.setWindowTitle(f"{'Person' if record.kind == 'person' else 'Group'}: {record.name or 'new'}")
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for field, label in PERSON_FIELDS if record.kind == "person" else GROUP_FIELDS:
            value = getattr(record, field)
            edit = QLineEdit(", ".join(value) if field in LIST_FIELDS else value)
            edit.setObjectName(f"record_{field}")
            edit.setAccessibleName(tr(label))
            form.addRow(tr(label), edit)
            self.edits[field] = edit
        if record.kind == "person":
            self.edits["home_area"].setPlaceholderText(tr("an estate or street, never a house"))
            self.edits["consent_date"].setPlaceholderText(tr("YYYY-MM-DD; leave empty if not yet asked"))
        else:
            self.kind = QComboBox()
            self.kind.setAccessibleName(tr("Kind of group"))
            self.kind.addItem(tr("Association (club, group, collective)"), "association")
            self.kind.addItem(tr("Institution (school, service, church)"), "institution")
            self.kind.setCurrentIndex(self.kind.findData(record.group_kind))
            self.place = QComboBox()
            self.place.setAccessibleName(tr("Meeting place"))
            self.place.addItem(tr("Not known"), None)
            for asset in sorted(project.assets, key=lambda a: a.name.lower()):
                self.place.addItem(asset.name, asset.id)
            self.place.setCurrentIndex(max(self.place.findData(record.meeting_place_id), 0))
            form.addRow(tr("Kind"), self.kind)
            form.addRow(tr("Meets at"), self.place)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def edited(self) -> Record:
        values = {}
        for field, edit in self.edits.items():
            text = edit.text().strip()
            values[field] = tuple(t.strip() for t in text.split(",") if t.strip()) if field in LIST_FIELDS else text
        if self.record.kind == "group":
            values["group_kind"] = self.kind.currentData()
            values["meeting_place_id"] = self.place.currentData()
        return self.record.with_changes(**values)


class RecordList(QWidget):
    def __init__(self, title: str, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.list = QListWidget()
        self.list.setObjectName(f"{kind}List")
        self.list.setAccessibleName(title)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setSortingEnabled(True)
        self.add = QPushButton(tr("Add…"))
        self.edit = QPushButton(tr("Edit…"))
        self.delete = QPushButton(tr("Delete"))
        for button, verb in ((self.add, "Add"), (self.edit, "Edit"), (self.delete, "Delete")):
            button.setObjectName(f"{verb.lower()}_{kind}")
            button.setAccessibleName(f"{verb} {title.lower()}")
        buttons = QHBoxLayout()
        for button in (self.add, self.edit, self.delete):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def fill(self, records) -> None:
        chosen = set(self.selected_ids())
        self.list.clear()
        for record in records:
            label = record.name
            if record.kind == "person" and not record.has_consent:
                label += tr("  (no consent recorded)")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.list.addItem(item)
            item.setSelected(record.id in chosen)

    def selected_ids(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]


class PeoplePanel(QWidget):
    edit_requested = Signal(object)  # a model Command
    records_chosen = Signal(list)
    message = Signal(str)

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePanel")
        self.project = project
        self.people = RecordList("People", "person")
        self.groups = RecordList("Groups", "group")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people, tr("People"))
        self.tabs.addTab(self.groups, tr("Groups"))
        self.link_button = QPushButton(tr("Link the selected two…"))
        self.link_button.setObjectName("linkSelected")
        self.link_button.setToolTip(tr("Select two people or groups (Ctrl+click, or one in each list) and link them"))
        self.link_button.clicked.connect(self.link_selected_dialog)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.link_button)
        for records, kind in ((self.people, "person"), (self.groups, "group")):
            records.add.clicked.connect(lambda _=False, k=kind: self.add_dialog(k))
            records.edit.clicked.connect(lambda _=False, r=records: self.edit_dialog(r))
            records.delete.clicked.connect(lambda _=False, r=records: self.delete_selected(r))
            records.list.itemDoubleClicked.connect(lambda _item, r=records: self.edit_dialog(r))
            records.list.itemSelectionChanged.connect(self._chosen)
        for collection in (project.people, project.groups):
            for signal in (collection.added, collection.removed):
                bind(signal, self, self._refill)
            bind(collection.changed, self, self._refill)
        self._refill()

    def _refill(self, *_) -> None:
        self.people.fill(sorted(self.project.people, key=lambda p: p.name.lower()))
        self.groups.fill(sorted(self.project.groups, key=lambda g: g.name.lower()))

    def _chosen(self) -> None:
        self.records_chosen.emit(self.selected_ids())

    def selected_ids(self) -> list[str]:
        return self.people.selected_ids() + self.groups.selected_ids()

    # ---------------------------------------------------------------- editing

    def add_record(self, record: Record) -> None:
        self.edit_requested.emit(AddRecord(record, f"Add {record.kind} “{record.name}”"))

    def add_dialog(self, kind: str) -> None:
        blank = Person(id=new_id(), name="") if kind == "person" else Group(id=new_id(), name="")
        form = RecordForm(self.project, blank, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            record = form.edited()
            if not record.name:
                self.message.emit(tr("Nothing was added: a name is needed."))
                return
            self.add_record(record)

    def edit_dialog(self, records: RecordList) -> None:
        ids = records.selected_ids()
        if len(ids) != 1:
            self.message.emit(tr("Choose one to edit."))
            return
        old = self.project.find(ids[0])
        form = RecordForm(self.project, old, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            new = form.edited()
            if new != old and new.name:
                self.edit_requested.emit(ChangeRecord(old, new))

    def delete_selected(self, records: RecordList) -> None:
        chosen = [self.project.find(i) for i in records.selected_ids()]
        if chosen:
            command = remove_records(chosen)
            kinds = tr("people") if records.kind == "person" else tr("groups")
            command.label = tr("Delete {0} {1}").format(len(chosen), kinds) if len(chosen) > 1 else command.label
            self.edit_requested.emit(command)

    # ---------------------------------------------------------------- linking

    def link_command(self, first_id: str, second_id: str, link_type: str | None = None) -> Command:
        """The command linking two records; the type defaults to the first allowed one."""
        a, b = self.project.find(first_id), self.project.find(second_id)
        allowed = link_type_for(a.kind, b.kind)
        if not allowed:
            raise ValueError(tr('a {0} and a {1} cannot be linked').format(a.kind, b.kind))
        kind = link_type or allowed[0]
        source, target = (a, b) if (a.kind, b.kind) == LINK_TYPES[kind] else (b, a)
        link = Link(id=new_id(), source_id=source.id, target_id=target.id, type=kind)
        return AddRecord(link, tr('Link {0} and {1}').format(source.name, target.name))

    def link_selected_dialog(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            self.message.emit(tr("Select exactly two people or groups to link (Ctrl+click to select a second)."))
            return
        a, b = self.project.find(ids[0]), self.project.find(ids[1])
        allowed = link_type_for(a.kind, b.kind)
        labels = [f"{a.name} {tr(LINK_WORDS[t])} {b.name}" if _reads_forwards(t, a, b)
                  else f"{b.name} {tr(LINK_WORDS[t])} {a.name}" for t in allowed]
        choice, ok = QInputDialog.getItem(self, tr("How are they linked?"), tr("Link"), labels, 0, False)
        if ok:
            self.edit_requested.emit(self.link_command(a.id, b.id, allowed[labels.index(choice)]))



def _reads_forwards(link_type: str, a: Record, b: Record) -> bool:
    """Does "a <link type> b" read the right way round (a person is a member of a group)?"""
    return (a.kind, b.kind) == LINK_TYPES[link_type]
