"""The bundle CSV dialect: UTF-8 with BOM, comma, CRLF, a header row, empty = NULL.

Readers are strict: a file in another encoding or delimiter (an Excel re-save), a NUL byte, an
unbalanced quote or a header that is not the expected one is refused with a reason, never
guessed at. Cell text is kept literally: a value starting with '=' stays text."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

BOM = "\ufeff"
MAX_FIELD = 100_000
_COLUMN_NAME = re.compile(r"[a-z_][a-z0-9_]{0,29}")


class CsvProblem(Exception):
    """The message is Indonesian and names the problem (never the cell content)."""


def write_csv(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO(newline="")
    out.write(BOM)
    writer = csv.writer(out, delimiter=",", quotechar='"', lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue().encode("utf-8")


def read_csv(name: str, data: bytes, expected: Sequence[str]) -> tuple[list[str], list[list[str | None]]]:
    """Parses one bundle CSV; returns (header, rows) with empty cells as None. The header may list
    the expected columns in any order, but no column may be missing, unknown or repeated."""
    if b"\x00" in data:
        raise CsvProblem(f"{name}: berisi karakter NUL (berkas rusak).")
    if not data.startswith(BOM.encode("utf-8")):
        raise CsvProblem(f"{name}: bukan format CSV PSM Desk (tanpa penanda UTF-8; mungkin disimpan ulang Excel).")
    try:
        text = data.decode("utf-8")[1:]
    except UnicodeDecodeError as exc:
        raise CsvProblem(f"{name}: bukan teks UTF-8 yang sah.") from exc
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=",", quotechar='"', strict=True)
    csv.field_size_limit(MAX_FIELD)
    try:
        header = next(reader, None)
        if header is None:
            raise CsvProblem(f"{name}: berkas kosong, tanpa baris judul.")
        _check_header(name, header, expected)
        rows: list[list[str | None]] = []
        for line, row in enumerate(reader, start=2):
            if len(row) != len(header):
                raise CsvProblem(f"{name}: baris {line} punya {len(row)} kolom, seharusnya {len(header)}.")
            rows.append([cell or None for cell in row])
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise CsvProblem(f"{name}: ada isian yang terlalu panjang (lebih dari {MAX_FIELD} karakter).") from exc
        raise CsvProblem(f"{name}: format CSV rusak (mis. tanda kutip tidak seimbang).") from exc
    return header, rows


def _check_header(name: str, header: list[str], expected: Sequence[str]) -> None:
    if len(set(header)) != len(header):
        raise CsvProblem(f"{name}: ada nama kolom ganda.")
    missing = [c for c in expected if c not in header]
    extra = [c for c in header if c not in expected]
    if missing:
        raise CsvProblem(f"{name}: kolom hilang: {', '.join(missing[:5])}.")
    if extra:
        # A header cell is text from the file: only names that look like column names are repeated.
        named = [c if _COLUMN_NAME.fullmatch(c) else "(nama tidak sah)" for c in extra[:5]]
        raise CsvProblem(f"{name}: kolom tidak dikenal: {', '.join(named)}.")
