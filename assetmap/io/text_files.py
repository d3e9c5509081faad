"""Reading text files whatever encoding a spreadsheet or council system saved them in.

Files are read in chunks, never whole: once to learn the encoding, once to parse, so a big
file costs the memory of its rows and not three copies of its bytes, and progress can be
shown as the bytes go by.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from assetmap.errors import AssetmapError
from assetmap.model.progress import NO_PROGRESS, Progress
from assetmap.model.wording import say

ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
CHUNK = 1 << 20
MAX_TEXT_BYTES = 2 * 1024 ** 3  # larger is not a ward's spreadsheet; say so rather than fill memory


def _open_binary(path: str | Path):
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise AssetmapError(say("{path}: no such file", path=path)) from None
    except IsADirectoryError:
        raise AssetmapError(say("{path}: is a folder, not a file", path=path)) from None
    except OSError as exc:
        raise AssetmapError(say("{path}: cannot be read ({strerror})", path=path, strerror=exc.strerror)) from None


def detect_encoding(path: str | Path) -> str:
    """UTF-8 (with or without a BOM) first, then Windows-1252, which Excel on Windows writes,
    then Latin-1, which accepts any byte."""
    with _open_binary(path) as handle:
        first = handle.read(4096)
        if b"\x00" in first:
            raise AssetmapError(say("{path}: not a text file (it holds binary data)", path=path))
        for encoding in ENCODINGS[:-1]:
            handle.seek(0)
            decoder = codecs.getincrementaldecoder(encoding)()
            try:
                while chunk := handle.read(CHUNK):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                continue
            return encoding
    return ENCODINGS[-1]


class _CountingReader(io.RawIOBase):
    """A binary file that remembers how far it has been read, for progress."""

    def __init__(self, handle) -> None:
        self.handle = handle
        self.done = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        count = self.handle.readinto(buffer)
        self.done += count or 0
        return count


def read_csv_rows(path: str | Path, progress: Progress = NO_PROGRESS) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line number, cells) for each row; the delimiter is sniffed (comma, tab,
    semicolon). Line numbers are those a spreadsheet shows: the header is row 1."""
    size = Path(path).stat().st_size if Path(path).exists() else 0
    if size > MAX_TEXT_BYTES:
        raise AssetmapError(say("{path}: {gigabytes:.1f} GB is too large to import at once; split it into smaller "
                                "files", path=path, gigabytes=size / 1024 ** 3))
    encoding = detect_encoding(path)
    with _open_binary(path) as raw:
        sample = codecs.getincrementaldecoder(encoding)().decode(raw.read(8192))
    if not sample.strip():
        raise AssetmapError(say("{path}: the file is empty", path=path))
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel_tab if str(path).lower().endswith(".tsv") else csv.excel
    with _open_binary(path) as raw:
        counter = _CountingReader(raw)
        text = io.TextIOWrapper(io.BufferedReader(counter), encoding=encoding, newline="")
        reader = csv.reader(text, dialect)
        try:
            header = next(reader)
            rows = []
            line = reader.line_num
            for cells in reader:
                rows.append((line + 1, cells))
                line = reader.line_num
                if len(rows) % 20000 == 0:
                    progress.step(0.5 * counter.done / max(size, 1), say("Read {count:,} rows", count=len(rows)))
        except csv.Error as exc:
            raise AssetmapError(say("{path}, row {line_num}: not valid CSV ({problem})",
                                    path=path, line_num=reader.line_num, problem=exc)) from None
    return [h.strip() for h in header], rows
