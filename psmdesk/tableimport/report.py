"""The rejected rows, written back as a spreadsheet the user fixes in Excel and imports again: the
original header rows and cells, the row's number in the original file, and the reasons.

NIK and No. KK columns are text cells (format '@') so Excel cannot damage them a second time, and
every text is an explicit string cell: "=1+1" stays text and never becomes a formula."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from psmdesk.domain.tabular import CellValue, cell_text, parse_identity
from psmdesk.services.errors import UserError
from psmdesk.tableimport.headers import REPORT_COLUMNS
from psmdesk.tableimport.plan import ImportPlan, MappedSource

TEXT_FORMAT = "@"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def report_path(source: Path, folder: Path) -> Path:
    return Path(folder) / f"{Path(source).stem}-ditolak.xlsx"


def _text_cell(ws: object, row: int, column: int, text: str) -> None:
    cell = ws.cell(row=row, column=column)  # type: ignore[attr-defined]
    cell.value = text
    cell.data_type = "s"  # explicit string: never a formula, whatever it starts with
    if text.startswith(_FORMULA_START):
        cell.quotePrefix = True
    cell.number_format = TEXT_FORMAT


def _value_cell(ws: object, row: int, column: int, value: CellValue, identity: bool) -> None:
    if value is None:
        if identity:
            ws.cell(row=row, column=column).number_format = TEXT_FORMAT  # type: ignore[attr-defined]
        return
    if identity and isinstance(value, int | float) and not isinstance(value, bool):
        # As Excel shows a damaged number; all 16 digits would pretend nothing was lost.
        _text_cell(ws, row, column, cell_text(value) if parse_identity(value, "NIK").value else f"{value:.5E}")
        return
    if identity or isinstance(value, str):
        _text_cell(ws, row, column, cell_text(value) if not isinstance(value, str) else value)
        return
    ws.cell(row=row, column=column, value=value)  # type: ignore[attr-defined]


def write_rejected(source: MappedSource, plan: ImportPlan, folder: Path, identity_fields: Sequence[str]) -> Path:
    """Writes `<file>-ditolak.xlsx` into `folder` and returns its path."""
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    rejected = plan.rejected
    identity_columns = {source.mapping[k] for k in identity_fields if k in source.mapping}
    table = source.table
    width = len(source.layout.columns)
    book = Workbook()
    ws = book.active
    ws.title = "Ditolak"
    out_row = 0
    for index in source.layout.header_rows:
        out_row += 1
        for column, value in enumerate(table.rows[index][:width], start=1):
            if value is not None:
                _text_cell(ws, out_row, column, cell_text(value))
                ws.cell(row=out_row, column=column).font = Font(bold=True)
    for offset, title in enumerate(REPORT_COLUMNS):
        # In the top header row, merged down: a two-row header reads it as one title.
        _text_cell(ws, 1, width + 1 + offset, title)
        ws.cell(row=1, column=width + 1 + offset).font = Font(bold=True)
        if out_row > 1:
            ws.merge_cells(start_row=1, end_row=out_row, start_column=width + 1 + offset,
                           end_column=width + 1 + offset)
    for column in identity_columns:  # the whole column, so a NIK typed into a new row stays text
        ws.column_dimensions[ws.cell(row=1, column=column + 1).column_letter].number_format = TEXT_FORMAT
    for preview in rejected:
        out_row += 1
        original = table.rows[preview.row - 1]
        for column in range(width):
            value = original[column] if column < len(original) else None
            _value_cell(ws, out_row, column + 1, value, column in identity_columns)
        ws.cell(row=out_row, column=width + 1, value=preview.row)
        _text_cell(ws, out_row, width + 2, "; ".join(preview.reasons))
    ws.freeze_panes = ws.cell(row=len(source.layout.header_rows) + 1, column=1)
    path = report_path(table.path, folder)
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        book.save(path)
    except PermissionError as exc:
        raise UserError(f"{path.name} tidak bisa ditulis: mungkin sedang terbuka di Excel. Tutup dulu, lalu "
                        "coba lagi.") from exc
    except OSError as exc:
        raise UserError(f"{path.name} tidak bisa ditulis di folder {Path(folder).name}.") from exc
    return path
