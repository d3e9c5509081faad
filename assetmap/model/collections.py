"""Evented, id-keyed collections of records: views subscribe, the model never calls them."""

from __future__ import annotations

from typing import Generic, Iterator, TypeVar

from assetmap.model.events import Signal

R = TypeVar("R")


class RecordCollection(Generic[R]):
    """Records by id, in insertion order, announcing every change.

    Signals: ``added(record)``, ``removed(record)``, ``changed(old, new)``.
    """

    def __init__(self, records: list[R] | None = None) -> None:
        self._items: dict[str, R] = {}
        self.added = Signal()
        self.removed = Signal()
        self.changed = Signal()
        for record in records or ():
            self._items[record.id] = record  # type: ignore[attr-defined]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[R]:
        return iter(list(self._items.values()))

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._items

    def __getitem__(self, record_id: str) -> R:
        return self._items[record_id]

    def get(self, record_id: str) -> R | None:
        return self._items.get(record_id)

    def ids(self) -> list[str]:
        return list(self._items)

    def add(self, record: R, position: int | None = None) -> None:
        """Add at the end, or at ``position`` (an undone delete puts a record back in place)."""
        rid = record.id  # type: ignore[attr-defined]
        if rid in self._items:
            raise KeyError(f"a record with id {rid} already exists")
        if position is None or position >= len(self._items):
            self._items[rid] = record
        else:
            items = list(self._items.items())
            items.insert(position, (rid, record))
            self._items = dict(items)
        self.added.emit(record)

    def add_all(self, records: list[R]) -> None:
        """Add many at the end (an import): all or none, each announced as ``add`` would."""
        fresh = {r.id: r for r in records}  # type: ignore[attr-defined]
        if len(fresh) != len(records) or any(rid in self._items for rid in fresh):
            raise KeyError("an added record's id is already in use")
        self._items.update(fresh)
        if self.added.connected:
            for record in records:
                self.added.emit(record)

    def remove_all(self, records: list[R]) -> None:
        for record in records:
            del self._items[record.id]  # type: ignore[attr-defined]
        if self.removed.connected:
            for record in reversed(records):
                self.removed.emit(record)

    def position(self, record_id: str) -> int:
        return list(self._items).index(record_id)

    def remove(self, record_id: str) -> R:
        record = self._items.pop(record_id)
        self.removed.emit(record)
        return record

    def replace(self, record: R) -> R:
        rid = record.id  # type: ignore[attr-defined]
        old = self._items[rid]
        self._items[rid] = record
        self.changed.emit(old, record)
        return old

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RecordCollection):
            return NotImplemented
        return self._items == other._items
