"""Reading a bundle's CSV files into validated rows, before anything touches the database."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from psmdesk.domain.ids import is_id
from psmdesk.sync.bundle import BundleRejected
from psmdesk.sync.csvio import CsvProblem, read_csv
from psmdesk.sync.manifest import Manifest
from psmdesk.sync.tables import SYNC_ORDER, TOMBSTONE_COLUMNS, RowProblem, TableSpec, is_stamp, row_reader

TOMBSTONES_FILE = "tombstones.csv"
Clocks = dict[str, tuple[str, str]]


class StagedRow:
    """One validated row as a list in its file's column order, derived columns appended
    (`layout` names the positions, shared by the rows of a file): an insert takes the list as it
    is, and the dict of values is made only for a row that meets an existing one."""

    __slots__ = ("cells", "layout")

    def __init__(self, cells: list[object], layout: Layout) -> None:
        self.cells = cells
        self.layout = layout

    def get(self, column: str) -> object:
        index = self.layout.index.get(column)
        return None if index is None else self.cells[index]

    @property
    def values(self) -> dict[str, object]:
        """Every column but field_clocks."""
        values = dict(zip(self.layout.columns, self.cells, strict=True))
        del values["field_clocks"]
        return values

    @property
    def raw_clocks(self) -> str:
        """Validated; parsed only when the row meets an existing one."""
        return str(self.cells[self.layout.clocks])

    @property
    def clocks(self) -> Clocks:
        return {key: (pair[0], pair[1]) for key, pair in json.loads(self.raw_clocks).items()}


class Layout:
    """The columns of a file's staged rows: its header, then the derived columns."""

    __slots__ = ("clocks", "columns", "index")

    def __init__(self, columns: tuple[str, ...]) -> None:
        self.columns = columns
        self.index = {c: i for i, c in enumerate(columns)}
        self.clocks = self.index["field_clocks"]


@dataclass
class Tombstone:
    table: str
    record_id: str
    clock: str
    base: str
    reason: str | None
    deleted_at: str


@dataclass
class Staged:
    rows: dict[str, list[StagedRow]] = field(default_factory=dict)
    tombstones: list[Tombstone] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        return sum(len(r) for r in self.rows.values()) + len(self.tombstones)


_S = r"[0-9]{13}-[0-9]{5}-[0-9a-f]{32}"
# Field clocks exactly as `dump_clocks` writes them; one match instead of a check per stamp.
_CLOCKS = re.compile(r'\{(?:"[a-z0-9_]{1,40}":\["' + _S + r'","(?:' + _S + r')?"\](?:,|(?=\})))*\}')


def check_clocks(raw: object) -> str:
    """The field clocks text, if it is exactly what `dump_clocks` writes (and valid JSON)."""
    text = str(raw)
    # The pattern admits one thing JSON does not, a comma before the closing brace.
    if len(text) > 40_000 or not _CLOCKS.fullmatch(text) or text.endswith(",}"):
        raise RowProblem("kolom field_clocks tidak sah")
    return text


def parse_clocks(raw: object) -> Clocks:
    data = json.loads(check_clocks(raw))
    return {key: (pair[0], pair[1]) for key, pair in data.items()}


def expected_file(name: str) -> bool:
    return name == TOMBSTONES_FILE or name in {f"{t}.csv" for t in SYNC_ORDER}


def stage(files: dict[str, bytes], manifest: Manifest, specs: dict[str, TableSpec]) -> Staged:
    staged = Staged()
    counts = {f.name: f.rows for f in manifest.files}
    known = {spec.file_name for spec in specs.values()} | {TOMBSTONES_FILE}
    if any(name not in known for name in files):
        raise BundleRejected("paket berisi data modul yang belum ada di aplikasi ini; perbarui PSM Desk")
    for table in SYNC_ORDER:
        if table not in specs:
            continue
        spec = specs[table]
        data = files.get(spec.file_name)
        if data is None:
            continue
        staged.rows[table] = _rows(spec, data, counts[spec.file_name])
    if TOMBSTONES_FILE in files:
        staged.tombstones = _tombstones(files[TOMBSTONES_FILE], counts[TOMBSTONES_FILE])
        if any(t.table not in specs for t in staged.tombstones):
            raise BundleRejected("paket berisi data modul yang belum ada di aplikasi ini; perbarui PSM Desk")
    return staged


def _rows(spec: TableSpec, data: bytes, expected_rows: int) -> list[StagedRow]:
    try:
        header, rows = read_csv(spec.file_name, data, spec.csv_columns)
    except CsvProblem as exc:
        raise BundleRejected(str(exc)) from exc
    if len(rows) != expected_rows:
        raise BundleRejected(f"{spec.file_name}: jumlah baris tidak sama dengan manifest")
    staged: list[StagedRow] = []
    seen: set[object] = set()
    read = row_reader(spec, tuple(header))
    layout = Layout((*header, *spec.derived))
    at_id, at_clocks = layout.index["id"], layout.clocks
    for line, cells in enumerate(rows, start=2):
        try:
            row = read(cells)  # type: ignore[arg-type]
            row[at_clocks] = check_clocks(row[at_clocks])
        except RowProblem as exc:
            raise BundleRejected(f"{spec.file_name} baris {line}: {exc}") from exc
        if row[at_id] in seen:
            raise BundleRejected(f"{spec.file_name} baris {line}: id ganda")
        seen.add(row[at_id])
        staged.append(StagedRow(row, layout))
    return staged


def _tombstones(data: bytes, expected_rows: int) -> list[Tombstone]:
    try:
        header, rows = read_csv(TOMBSTONES_FILE, data, TOMBSTONE_COLUMNS)
    except CsvProblem as exc:
        raise BundleRejected(str(exc)) from exc
    if len(rows) != expected_rows:
        raise BundleRejected(f"{TOMBSTONES_FILE}: jumlah baris tidak sama dengan manifest")
    result: list[Tombstone] = []
    for line, cells in enumerate(rows, start=2):
        row = dict(zip(header, cells, strict=True))
        if (row["table_name"] not in SYNC_ORDER or not row["id"] or not is_id(row["id"])
                or not is_stamp(row["clock"]) or not (row["base"] is None or is_stamp(row["base"]))
                or not row["deleted_at"]):
            raise BundleRejected(f"{TOMBSTONES_FILE} baris {line}: isi tidak sah")
        result.append(Tombstone(str(row["table_name"]), str(row["id"]), str(row["clock"]), row["base"] or "",
                                row["reason"], str(row["deleted_at"])))
    return result
