"""Reading text files whatever encoding a spreadsheet or council system saved them in."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from assetmap.errors import AssetmapError

ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")


def read_text(path: str | Path) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 (with or without a BOM) first, then Windows-1252, which
    Excel on Windows writes, then Latin-1, which accepts any byte."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise AssetmapError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise AssetmapError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise AssetmapError(f"{path}: cannot be read ({exc.strerror})") from None
    if b"\x00" in raw[:4096]:
        raise AssetmapError(f"{path}: not a text file (it holds binary data)")
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")


def read_csv_rows(path: str | Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line number, cells) for each row; the delimiter is sniffed (comma, tab,
    semicolon). Line numbers are those a spreadsheet shows: the header is row 1."""
    text, _ = read_text(path)
    if not text.strip():
        raise AssetmapError(f"{path}: the file is empty")
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel_tab if str(path).lower().endswith(".tsv") else csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
        rows = []
        line = reader.line_num
        for cells in reader:
            rows.append((line + 1, cells))
            line = reader.line_num
    except csv.Error as exc:
        raise AssetmapError(f"{path}, row {reader.line_num}: not valid CSV ({exc})") from None
    return [h.strip() for h in header], rows
