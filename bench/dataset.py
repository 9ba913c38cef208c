"""Building the benchmark dataset: an office database fed by generated volunteer bundles."""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from psmdesk.datagen.bundles import GeneratedVolunteer, Row, register_enrollment, volunteer_rows, write_bundle
from psmdesk.domain.regions import children
from psmdesk.paths import AppPaths
from psmdesk.services.context import AppContext
from psmdesk.services.setup import setup
from psmdesk.storage.db import close_database, open_database
from psmdesk.sync import identity
from psmdesk.sync.tables import table_specs

TODAY = date(2026, 11, 22)
SIZES = {  # volunteers, households per volunteer
    "small": (6, 60),
    "kota": (300, 500),
}


# Benchmarks measure what users run: an encrypted database (SQLCipher) under a passphrase.
BENCH_PASSPHRASE = "bangku kayu jati"


def open_data(folder: Path) -> AppContext:
    """Opens (or creates) the data folder `folder` encrypted, as the app does after setup; a plain
    folder kept from an earlier run is encrypted in place first."""
    from psmdesk.services import security

    paths = AppPaths.resolve(folder)
    if security.data_state(paths) is security.DataState.LOCKED:
        return security.open_unlocked(paths, BENCH_PASSPHRASE)
    ctx, _code = security.protect(paths, BENCH_PASSPHRASE)
    return ctx


@dataclass
class Dataset:
    office: AppContext
    bundles: list[Path]
    rows: dict[str, list[Row]]
    import_rate: float | None = None  # rows/s of the bundle import, when this run measured it

    @property
    def row_count(self) -> int:
        return sum(len(r) for r in self.rows.values())


def office_context(root: Path) -> AppContext:
    ctx = open_data(root / "office")
    setup(ctx, "koordinator", "Dinas Sosial Jakarta Pusat", "31.71.08.1001")
    return ctx


def build(root: Path, size: str, seed: int = 1) -> Dataset:
    volunteers_n, per = SIZES[size]
    office = office_context(root)
    keys = identity.office_keys(office.db, create=True)
    assert keys is not None
    kelurahan = [v.code for k in children("31.71") for v in children(k.code)]
    specs = table_specs(office.db)
    out = root / "bundles"
    out.mkdir(parents=True, exist_ok=True)
    bundles: list[Path] = []
    all_rows: dict[str, list[Row]] = {}
    for n in range(volunteers_n):
        volunteer = GeneratedVolunteer(f"Relawan Kota {n}", kelurahan[n % len(kelurahan)])
        register_enrollment(office.db, volunteer)
        rows = volunteer_rows(volunteer, per, seed * 10_000 + n, TODAY)
        bundles.append(write_bundle(volunteer, rows, specs, keys.enc_public, out))
        for table, table_rows in rows.items():
            all_rows.setdefault(table, []).extend(table_rows)
    return Dataset(office, bundles, all_rows)


def floor_insert(root: Path, rows: dict[str, list[Row]]) -> float:
    """Plain sqlite3 executemany of the same rows into the same tables, one transaction."""
    import time

    from psmdesk.domain.names import name_key

    path = root / "floor.db"
    db = open_database(path)
    close_database(db)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    prepared = []
    for table in ("households", "members", "ppks_cases", "visits"):
        table_rows = rows.get(table, [])
        if not table_rows:
            continue
        columns = list(table_rows[0])
        values = [[r[c] for c in columns] for r in table_rows]
        if table == "members":
            columns.append("name_key")
            for value, r in zip(values, table_rows, strict=True):
                value.append(name_key(str(r["name"])))
        marks = ", ".join("?" * len(columns))
        prepared.append((f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values))
    start = time.perf_counter()
    conn.execute("BEGIN")
    for sql, values in prepared:
        conn.executemany(sql, values)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def build_kept(folder: Path, size: str, import_all: Callable[[Dataset], None]) -> Dataset:
    """The imported dataset kept in `folder`: built (and imported) on the first call, reopened
    afterwards. Reopening runs any new migration on the kept office database, as an upgrade would."""
    marker = folder / f"ready-{size}"
    rows_file = folder / "rows.pickle"
    if marker.exists():
        office = open_data(folder / "office")
        with rows_file.open("rb") as handle:
            rows = pickle.load(handle)
        return Dataset(office, sorted((folder / "bundles").glob("*.psmsync")), rows)
    if folder.exists() and any(folder.iterdir()):
        raise SystemExit(f"{folder} holds something else than a finished {size} dataset; pick an empty folder")
    folder.mkdir(parents=True, exist_ok=True)
    data = build(folder, size)
    import_all(data)
    with rows_file.open("wb") as handle:
        pickle.dump(data.rows, handle, protocol=pickle.HIGHEST_PROTOCOL)
    marker.write_text("ok\n", encoding="ascii")
    return data
