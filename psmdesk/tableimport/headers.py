"""Which rows of a sheet name the columns.

Office files start with a title ("DAFTAR PENERIMA PERMAKANAN KEL. JOHAR BARU"), blank rows, then
the header; often two header rows where the upper one is a merged group label ("Alamat" over
"RT" and "RW", "No" merged down over both rows), sometimes a row numbering the columns
(1, 2, 3, ...) under it. The header is the row among the first ten that names the most known
fields; the row above or below joins it when that names more of them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from psmdesk.domain.tabular import CellValue, cell_text, header_key, is_blank
from psmdesk.tableimport.fields import FieldSpec, best_field
from psmdesk.tableimport.reader import Row

SCAN_ROWS = 10
#: Columns a rejected-rows report adds; they never change a file's shape.
REPORT_COLUMNS = ("Baris asal", "Alasan")


@dataclass(frozen=True)
class Column:
    index: int
    parts: tuple[str, ...]  # header texts, top row first; empty for a column without a header

    @property
    def letter(self) -> str:
        return str(get_column_letter(self.index + 1))

    @property
    def title(self) -> str:
        return " / ".join(self.parts) if self.parts else f"Kolom {self.letter}"


@dataclass(frozen=True)
class HeaderLayout:
    header_rows: tuple[int, ...]  # 0-based row indexes
    columns: tuple[Column, ...]
    data_start: int  # 0-based index of the first data row

    @property
    def spreadsheet_rows(self) -> str:
        """The header rows as Excel numbers them: "3" or "3-4"."""
        if not self.header_rows:
            return "-"
        first, last = self.header_rows[0] + 1, self.header_rows[-1] + 1
        return str(first) if first == last else f"{first}-{last}"

    def shape(self) -> str:
        """The file's shape: its header texts in order, compared without case and punctuation.
        The columns a rejected-rows report adds are left out, so a fixed report is recognised."""
        report = {header_key(c) for c in REPORT_COLUMNS}
        keys = [header_key(c.title) if c.parts else "" for c in self.columns]
        while keys and (keys[-1] in report or not keys[-1]):
            keys.pop()
        return "|".join(keys)


def _texts(row: Row) -> list[str]:
    return [cell_text(v) if isinstance(v, str) else "" for v in row]


def _score(columns: Sequence[tuple[str, ...]], specs: Sequence[FieldSpec]) -> int:
    found = {spec.key for parts in columns if parts for spec, s in [best_field(parts, specs)] if spec and s}
    return len(found)


def _single(row: Row) -> list[tuple[str, ...]]:
    return [(t,) if t else () for t in _texts(row)]


def _combined(upper: Row, lower: Row) -> list[tuple[str, ...]]:
    """Two header rows as one: an upper label spreads right over the columns of its merged
    group (where the upper row is empty and the lower row names the column)."""
    top, bottom = _texts(upper), _texts(lower)
    width = max(len(top), len(bottom))
    top += [""] * (width - len(top))
    bottom += [""] * (width - len(bottom))
    out: list[tuple[str, ...]] = []
    group = ""
    for above, below in zip(top, bottom, strict=True):
        if above:
            group = above if below else ""  # a label merged down over both rows starts no group
        elif not below:
            group = ""
        label = above or group
        out.append(tuple(p for p in (label, below) if p))
    return out


def _is_numbering(row: Row) -> bool:
    values = [v for v in row if not is_blank(v)]
    numbers = []
    for v in values:
        text = cell_text(v).strip("()")
        if not text.isdigit():
            return False
        numbers.append(int(text))
    return len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def detect_header(rows: Sequence[Row], specs: Sequence[FieldSpec]) -> HeaderLayout:
    scan = list(rows[:SCAN_ROWS])
    width = max((len(r) for r in rows), default=0)
    best: tuple[int, int, tuple[int, ...], list[tuple[str, ...]]] | None = None
    for i, row in enumerate(scan):
        options: list[tuple[tuple[int, ...], list[tuple[str, ...]]]] = [((i,), _single(row))]
        if i + 1 < len(scan):
            options.append(((i, i + 1), _combined(row, scan[i + 1])))
        for header_rows, columns in options:
            score = _score(columns, specs)
            # More fields named wins; on a tie, fewer header rows, then the earlier row.
            key = (score, -len(header_rows))
            if score and (best is None or key > (best[0], best[1])):
                best = (score, -len(header_rows), header_rows, columns)
    if best is None:
        first = next((i for i, r in enumerate(scan) if not all(is_blank(v) for v in r)), 0)
        header_rows, columns = (first,), _single(rows[first]) if rows else []
    else:
        header_rows, columns = best[2], best[3]
    columns = columns + [()] * (width - len(columns))
    start = header_rows[-1] + 1
    if start < len(rows) and _is_numbering(rows[start]):
        start += 1
    return HeaderLayout(header_rows, tuple(Column(i, parts) for i, parts in enumerate(columns)), start)


def sample_values(rows: Sequence[Row], layout: HeaderLayout, index: int, limit: int = 3) -> list[CellValue]:
    """The first few non-empty values of a column, for the mapping screen."""
    found: list[CellValue] = []
    for row in rows[layout.data_start:]:
        if index < len(row) and not is_blank(row[index]):
            found.append(row[index])
            if len(found) >= limit:
                break
    return found
