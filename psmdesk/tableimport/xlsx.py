"""A lean streaming reader for the cell values of one .xlsx sheet.

openpyxl's read-only mode spends tens of microseconds of Python per cell (coordinates, styles,
type dispatch) and builds a cell object for each: at 100,000 rows of a dozen columns that was most
of an import. Here the sheet XML is streamed with the C parser (`iterparse`), one `<row>` element
at a time, and each cell costs a few attribute look-ups: the value as Excel cached it (formulas are
never evaluated), shared and inline strings, numbers as int or float, booleans, error codes as
their text ("#N/A"), and numbers in a date format as dates (the 1900 or 1904 calendar).

openpyxl stays for what is not per cell: the date-format rules (`is_date_format`) and writing."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from os import PathLike
from posixpath import dirname, join, normpath
from typing import IO
from xml.etree.ElementTree import Element, iterparse

from psmdesk.domain.tabular import CellValue

Row = tuple[CellValue, ...]

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships"
_WINDOWS_EPOCH = datetime(1899, 12, 30)
_MAC_EPOCH = datetime(1904, 1, 1)


class XlsxError(Exception):
    """The package is not a readable workbook (missing parts, broken XML)."""


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _attr(element: Element, name: str) -> str | None:
    """An attribute by local name, whichever namespace (transitional or strict) it is in."""
    for key, value in element.attrib.items():
        if _local(key) == name:
            return value
    return None


def _text(element: Element) -> str:
    """A string item's text: its <t> and the <t> of its runs, without phonetic runs (<rPh>)."""
    if len(element) == 1 and _local(element[0].tag) == "t":
        return element[0].text or ""  # the usual plain string
    parts: list[str] = []
    for child in element:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if _local(t.tag) == "t")
    return "".join(parts)


class Workbook:
    """The sheets of an .xlsx and how to read one; use as a context manager."""

    def __init__(self, path: str | PathLike[str]) -> None:
        self.zip = zipfile.ZipFile(path)
        try:
            self._names = set(self.zip.namelist())
            self.sheets, self.active = self._workbook()
            self._strings: list[str] | None = None
            self._dates, self._epoch = self._styles()
        except BaseException:
            self.zip.close()
            raise

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.zip.close()

    def close(self) -> None:
        self.zip.close()

    # --- the package -----------------------------------------------------------------------
    def _open(self, name: str) -> IO[bytes]:
        if name not in self._names:
            raise XlsxError(name)
        stream: IO[bytes] = self.zip.open(name)
        return stream

    def _parse(self, name: str) -> Element:
        from xml.etree.ElementTree import parse

        with self._open(name) as stream:
            return parse(stream).getroot()

    def _workbook_part(self) -> str:
        rels = self._parse("_rels/.rels")
        for rel in rels:
            if (rel.get("Type") or "").endswith("/officeDocument"):
                return normpath((rel.get("Target") or "").lstrip("/"))
        return "xl/workbook.xml"

    def _targets(self, part: str) -> dict[str, str]:
        folder = dirname(part)
        rels_name = join(folder, "_rels", part.rpartition("/")[2] + ".rels")
        if rels_name not in self._names:
            return {}
        out: dict[str, str] = {}
        for rel in self._parse(rels_name):
            target = rel.get("Target") or ""
            out[rel.get("Id") or ""] = normpath(target.lstrip("/") if target.startswith("/") else join(folder, target))
        return out

    def _workbook(self) -> tuple[list[tuple[str, str]], int]:
        self.part = self._workbook_part()
        root = self._parse(self.part)
        targets = self._targets(self.part)
        sheets: list[tuple[str, str]] = []
        active = 0
        self.date1904 = False
        for element in root.iter():
            name = _local(element.tag)
            if name == "sheet":
                rid = element.get(f"{{{_REL}}}id") or element.get(f"{{{_REL_STRICT}}}id") or ""
                if rid in targets:
                    sheets.append((element.get("name") or "", targets[rid]))
            elif name == "workbookView":
                active = int(element.get("activeTab") or 0)
            elif name == "workbookPr":
                self.date1904 = (element.get("date1904") or "").lower() in ("1", "true")
        if not sheets:
            raise XlsxError("no sheets")
        self._parts = targets
        return sheets, active if 0 <= active < len(sheets) else 0

    def _styles(self) -> tuple[frozenset[int], datetime]:
        """Which cell style indexes show a date or time (not a duration such as [h]:mm, which
        stays a number); the calendar."""
        from openpyxl.styles.numbers import (  # type: ignore[import-untyped]
            BUILTIN_FORMATS,
            is_date_format,
            is_timedelta_format,
        )

        epoch = _MAC_EPOCH if self.date1904 else _WINDOWS_EPOCH
        styles = next((p for p in self._parts.values() if p.endswith("styles.xml")), None)
        if styles is None or styles not in self._names:
            return frozenset(), epoch
        root = self._parse(styles)
        custom: dict[int, str] = {}
        formats: list[int] = []
        for element in root:
            name = _local(element.tag)
            if name == "numFmts":
                for fmt in element:
                    custom[int(fmt.get("numFmtId") or 0)] = fmt.get("formatCode") or ""
            elif name == "cellXfs":
                formats = [int(xf.get("numFmtId") or 0) for xf in element]
        codes = [custom.get(fmt_id) or BUILTIN_FORMATS.get(fmt_id) or "" for fmt_id in formats]
        dates = {i for i, code in enumerate(codes) if is_date_format(code) and not is_timedelta_format(code)}
        return frozenset(dates), epoch

    def strings(self) -> list[str]:
        if self._strings is None:
            part = next((p for p in self._parts.values() if p.endswith("sharedStrings.xml")), None)
            found: list[str] = []
            if part is not None and part in self._names:
                with self._open(part) as stream:
                    for _event, element in iterparse(stream):
                        if _local(element.tag) == "si":
                            found.append(_text(element))
                            element.clear()
            self._strings = found
        return self._strings

    # --- one sheet --------------------------------------------------------------------------
    def rows(self, index: int) -> Iterator[Row]:
        """The sheet's rows from row 1, empty rows included (as empty tuples), cells from column A."""
        strings = self.strings()
        dates, epoch = self._dates, self._epoch
        columns: dict[str, int] = {}
        number = 0
        with self._open(self.sheets[index][1]) as stream:
            for chunk in _row_chunks(stream):
                namespace = chunk.tag[: chunk.tag.index("}") + 1] if chunk.tag.startswith("{") else ""
                row_tag, cell_tag, value_tag = f"{namespace}row", f"{namespace}c", f"{namespace}v"
                inline_tag = f"{namespace}is"
                for element in chunk:
                    if element.tag != row_tag:
                        continue
                    at = element.get("r")
                    wanted = int(at) if at and at.isdigit() else number + 1
                    if wanted > MAX_ROWS:
                        raise XlsxError("row beyond the sheet")
                    while number + 1 < wanted:
                        number += 1
                        yield ()
                    number = wanted
                    cells: list[CellValue] = []
                    for cell in element:
                        if cell.tag != cell_tag:
                            continue
                        ref = cell.get("r")
                        if ref:
                            letters = ref.rstrip("0123456789")
                            column = columns.get(letters)
                            if column is None:
                                column = columns[letters] = _column_number(letters)
                                if column > MAX_COLUMNS:
                                    raise XlsxError("column beyond the sheet")
                            if column > len(cells) + 1:
                                cells.extend([None] * (column - 1 - len(cells)))
                        kind = cell.get("t")
                        if kind == "inlineStr":
                            inline = cell.find(inline_tag)
                            cells.append(_text(inline) if inline is not None else None)
                            continue
                        raw = cell.findtext(value_tag)
                        if not raw:
                            cells.append(None)
                        elif kind is None or kind == "n":
                            value = float(raw) if "." in raw or "E" in raw or "e" in raw else int(raw)
                            style = cell.get("s")
                            cells.append(_date(value, epoch) if style and int(style) in dates else value)
                        elif kind == "s":
                            cells.append(strings[int(raw)])
                        elif kind == "b":
                            cells.append(raw.strip() in ("1", "true"))
                        elif kind == "d":
                            cells.append(_iso(raw))
                        else:  # "str" (a formula's text), "e" (an error such as #N/A)
                            cells.append(raw)
                    yield tuple(cells)


_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?worksheet\b[^>]*>")
_SHEET_DATA = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?)sheetData\b[^>]*?(/?)>")
_BLOCK = 1 << 20
MAX_ROWS, MAX_COLUMNS = 1_048_576, 16_384  # Excel's own limits: a reference beyond them is damage


def _row_chunks(stream: IO[bytes]) -> Iterator[Element]:
    """The sheet's <row> elements, a block of them at a time: each block of the decompressed
    XML, cut after its last complete row and wrapped in the sheet's own root tag (its namespace
    declarations), is parsed by the C parser in one call. Streaming event by event costs several
    Python steps per cell; this costs none."""
    from xml.etree.ElementTree import XMLParser

    head = b""
    while True:
        block = stream.read(_BLOCK)
        head += block
        found = _SHEET_DATA.search(head)
        if found or not block:
            break
    root = _ROOT.search(head)
    if found is None or root is None:
        raise XlsxError("no sheetData")
    if found.group(2):  # <sheetData/>: no rows at all
        return
    prefix = found.group(1)
    opening = root.group(0)
    name = opening[1:].split(None, 1)[0].rstrip(b">").rstrip(b"/")
    closing_tag = b"</" + name + b">"
    row_end, data_end = b"</" + prefix + b"row>", b"</" + prefix + b"sheetData>"
    buffer = head[found.end():]
    done = False
    while not done:
        stop = buffer.find(data_end)
        if stop >= 0:
            body, done = buffer[:stop], True
        else:
            block = stream.read(_BLOCK)
            if not block:
                raise XlsxError("sheetData not closed")
            buffer += block
            cut = buffer.rfind(row_end, 0, len(buffer) - len(data_end))
            if cut < 0 or buffer.find(data_end) >= 0:
                continue
            cut += len(row_end)
            body, buffer = buffer[:cut], buffer[cut:]
        parser = XMLParser()
        parser.feed(opening)
        parser.feed(body)
        parser.feed(closing_tag)
        yield parser.close()


def _column_number(letters: str) -> int:
    column = 0
    for letter in letters.upper()[:4]:
        column = column * 26 + ord(letter) - 64
    return column


def _date(serial: float, epoch: datetime) -> CellValue:
    """An Excel serial as openpyxl's `from_excel` gives it: a time of day below 1, else a datetime
    to the millisecond; an impossible serial stays a number (the date check says it cannot be read)."""
    try:
        day, fraction = divmod(serial, 1)
        diff = timedelta(milliseconds=round(fraction * 86_400_000))
        if 0 <= serial < 1 and diff.days == 0:
            return (datetime.min + diff).time()
        if 0 < serial < 60 and epoch is _WINDOWS_EPOCH:
            day += 1  # Excel counts a 29/02/1900 that never was: serials before it are a day off
        return epoch + timedelta(days=day) + diff
    except (OverflowError, ValueError):
        return serial


def _iso(text: str) -> CellValue:
    try:
        return datetime.fromisoformat(text.strip().rstrip("Z"))
    except ValueError:
        return text
