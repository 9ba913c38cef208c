"""Reading a spreadsheet file into rows of cells: .xlsx through a lean streaming reader
(`tableimport.xlsx`: the values Excel cached, not formulas),
.csv in whatever encoding Excel saved it with and with ";" or "," between columns.

Everything is read into memory once: grouping members by No. KK needs the whole file anyway, and
100,000 rows of a dozen columns fit comfortably. CSV cells stay text."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from psmdesk.domain.tabular import CellValue, is_blank
from psmdesk.services.errors import UserError

Row = tuple[CellValue, ...]

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt")
DELIMITERS = (";", ",")
# A sheet formatted down to row 1,048,576 yields empty rows; this many in a row means "the end".
_EMPTY_RUN_LIMIT = 5000
_SNIFF_BYTES = 64 * 1024


class SourceError(UserError):
    """The file cannot be read; the message says why, in Indonesian."""


@dataclass
class SourceTable:
    path: Path
    kind: str  # "xlsx" or "csv"
    rows: list[Row]  # rows[0] is spreadsheet row 1
    sheet: str = ""
    sheets: tuple[str, ...] = ()
    encoding: str = ""
    delimiter: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def read_table(path: Path, sheet: str | None = None) -> SourceTable:
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise SourceError(f"Berkas {path.name} tidak ditemukan.")
    if suffix == ".xls":
        raise SourceError(f"{path.name} adalah berkas Excel lama (.xls). Buka di Excel, lalu Simpan Sebagai "
                          "'Excel Workbook (.xlsx)' dan impor berkas itu.")
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path, sheet)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path)
    raise SourceError(f"{path.name}: hanya berkas .xlsx dan .csv yang bisa diimpor.")


def _trimmed(rows: list[Row]) -> list[Row]:
    while rows and all(is_blank(v) for v in rows[-1]):
        rows.pop()
    width = max((len(r) for r in rows), default=0)
    # Columns empty in every row at the right edge are dropped; every row gets the same width.
    while width and all(len(r) < width or is_blank(r[width - 1]) for r in rows):
        width -= 1
    return [tuple(r[:width]) + (None,) * (width - len(r)) for r in rows]


def _read_xlsx(path: Path, sheet: str | None) -> SourceTable:
    from xml.etree.ElementTree import ParseError

    from psmdesk.tableimport.xlsx import Workbook, XlsxError

    unreadable = (f"{path.name} tidak bisa dibaca sebagai berkas Excel (.xlsx). Berkas mungkin rusak atau "
                  "dilindungi kata sandi; simpan ulang dari Excel tanpa kata sandi.")
    # zipfile says "encrypted" with RuntimeError and "unknown compression" with NotImplementedError
    damaged = (zipfile.BadZipFile, zlib.error, EOFError, XlsxError, ParseError, KeyError, OSError, ValueError,
               NotImplementedError, RuntimeError)
    try:
        book = Workbook(path)
    except PermissionError as exc:
        raise SourceError(f"{path.name} sedang dibuka program lain atau tidak boleh dibaca. Tutup dulu di "
                          "Excel, lalu coba lagi.") from exc
    except damaged as exc:
        raise SourceError(unreadable) from exc
    with book:
        names = tuple(name for name, _part in book.sheets)
        if sheet is not None and sheet not in names:
            raise SourceError(f"Lembar '{sheet}' tidak ada di {path.name}.")
        index = names.index(sheet) if sheet is not None else book.active
        rows: list[Row] = []
        empty_run = 0
        try:
            for row in book.rows(index):
                rows.append(row)
                empty_run = empty_run + 1 if all(is_blank(v) for v in row) else 0
                if empty_run >= _EMPTY_RUN_LIMIT:
                    break
        except (*damaged, IndexError) as exc:
            raise SourceError(unreadable) from exc
    return SourceTable(path, "xlsx", _trimmed(rows), sheet=names[index], sheets=names)


def decode(raw: bytes) -> tuple[str, str]:
    """The text and the encoding it was in: UTF-8 with or without BOM ("CSV UTF-8"), UTF-16
    ("Unicode Text"), else Windows-1252, what Excel's plain "CSV" writes on Indonesian Windows."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def _consistency(sample: str, delimiter: str) -> tuple[float, int]:
    """How regular the first lines look when split by `delimiter`: (share of lines with the most
    common column count, that count)."""
    try:
        lines = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
                 if any(c.strip() for c in r)][:50]
    except csv.Error:  # a stray carriage return or NUL in the first lines: not this delimiter's fault
        return 0.0, 0
    if not lines:
        return 0.0, 0
    counts = Counter(len(r) for r in lines)
    width, seen = counts.most_common(1)[0]
    return (seen / len(lines) if width > 1 else 0.0), width


def detect_delimiter(text: str, candidates: tuple[str, ...] = DELIMITERS) -> str:
    sample = text[:_SNIFF_BYTES]
    if "\n" in sample:  # a cut last line would look irregular
        sample = sample[: sample.rindex("\n")]
    try:
        sniffed: str | None = csv.Sniffer().sniff(sample, delimiters="".join(candidates)).delimiter
    except csv.Error:
        sniffed = None
    scores = {d: _consistency(sample, d) for d in candidates}
    best = max(candidates, key=lambda d: (scores[d], d == sniffed))
    if sniffed in scores and scores[sniffed] >= scores[best]:
        return sniffed
    return best


def _read_csv(path: Path) -> SourceTable:
    try:
        raw = path.read_bytes()
    except PermissionError as exc:
        raise SourceError(f"{path.name} sedang dibuka program lain atau tidak boleh dibaca.") from exc
    except OSError as exc:
        raise SourceError(f"{path.name} tidak bisa dibaca.") from exc
    if raw.startswith(b"PK\x03\x04"):
        raise SourceError(f"{path.name} sebenarnya berkas Excel; ganti akhiran namanya menjadi .xlsx.")
    text, encoding = decode(raw)
    candidates = DELIMITERS + ("\t",) if encoding == "utf-16" or "\t" in text[:_SNIFF_BYTES] else DELIMITERS
    delimiter = detect_delimiter(text, candidates)
    rows: list[Row] = []
    try:
        for values in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(tuple(v if v.strip() else None for v in values))
    except csv.Error as exc:
        raise SourceError(f"{path.name}: isi CSV tidak beraturan di sekitar baris {len(rows) + 1}.") from exc
    return SourceTable(path, "csv", _trimmed(rows), encoding=encoding, delimiter=delimiter)
