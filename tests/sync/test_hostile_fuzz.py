"""Fuzzing the importer (hypothesis, a modest budget): a damaged bundle file never escapes
`import_file` as an exception nor leaves the database damaged or half-changed; the parsers of the
pieces inside raise only their own, documented problem."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from psmdesk.services.context import AppContext
from psmdesk.services.sync_import import ImportResult, import_file
from psmdesk.sync.bundle import BundleRejected
from psmdesk.sync.container import ContainerProblem, read_zip
from psmdesk.sync.csvio import BOM, CsvProblem, read_csv
from psmdesk.sync.manifest import Manifest, ManifestProblem, parse_manifest
from psmdesk.sync.staging import stage
from psmdesk.sync.tables import TableSpec, table_specs
from tests.sync.corpus import (
    DEFLATED,
    World,
    fingerprint_db,
    plain_entries,
    raw_zip,
    reseal,
    shared_world,
    synced_state,
    table,
    write_table,
)

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
QUICK = settings(max_examples=100, deadline=None)
UNEXPECTED = "kesalahan tak terduga"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return shared_world(tmp_path_factory)


@pytest.fixture(scope="module")
def specs(world: World, tmp_path_factory: pytest.TempPathFactory) -> dict[str, TableSpec]:
    ctx = world.office(world.after_b1, tmp_path_factory.mktemp("specs") / "kantor")
    try:
        return table_specs(ctx.db)
    finally:
        ctx.close()


class Office:
    """An office after bundle 1, replaced by a fresh copy whenever a bundle went in."""

    def __init__(self, world: World, root: Path) -> None:
        self.world, self.root = world, root
        self.names = itertools.count()
        self.ctx = self._open()
        self.clean = fingerprint_db(self.ctx)

    def _open(self) -> AppContext:
        return self.world.office(self.world.after_b1, self.root / f"kantor{next(self.names)}")

    def try_import(self, data: bytes) -> ImportResult:
        path = self.world.write(self.root / "paket", f"p{next(self.names)}", data)
        result = import_file(self.ctx, path)
        assert UNEXPECTED not in result.reason, result.reason  # an exception nobody anticipated
        assert result.status in ("applied", "rejected"), result
        assert self.ctx.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert self.ctx.db.execute("PRAGMA foreign_key_check").fetchall() == []
        return result

    def reset(self) -> None:
        self.ctx.close()
        self.ctx = self._open()

    def close(self) -> None:
        self.ctx.close()


@pytest.fixture
def office(world: World, tmp_path: Path) -> Iterator[Office]:
    office = Office(world, tmp_path)
    yield office
    office.close()


Mutation = tuple[str, int, bytes]
mutations = st.lists(
    st.tuples(st.sampled_from(["flip", "truncate", "insert", "delete", "overwrite"]),
              st.integers(min_value=0, max_value=1 << 20), st.binary(min_size=1, max_size=16)),
    min_size=1, max_size=4,
)


def mutate(data: bytes, changes: list[Mutation]) -> bytes:
    out = bytearray(data)
    for kind, where, noise in changes:
        at = where % (len(out) + 1)
        if kind == "flip" and at < len(out):
            out[at] ^= noise[0] or 1
        elif kind == "truncate":
            del out[at:]
        elif kind == "insert":
            out[at:at] = noise
        elif kind == "delete":
            del out[at : at + len(noise)]
        elif kind == "overwrite":
            out[at : at + len(noise)] = noise
    return bytes(out)


@FUZZ
@given(changes=mutations)
def test_a_damaged_bundle_file_is_refused_cleanly_or_applied_whole(
    world: World, office: Office, changes: list[Mutation]
) -> None:
    data = mutate(world.material.b2.data, changes)
    result = office.try_import(data)
    if result.status == "rejected":
        assert fingerprint_db(office.ctx) == office.clean
    else:  # only bytes nothing depends on were hit (a zip header's date, a trailer): the real thing
        assert synced_state(office.ctx) == world.state_b2
        office.reset()


@FUZZ
@given(changes=mutations)
def test_a_damaged_payload_zip_behind_a_valid_signature_is_refused_cleanly(
    world: World, office: Office, changes: list[Mutation]
) -> None:
    # Re-sealed, so decryption succeeds and the payload's own checks are what is fuzzed.
    inner = mutate(raw_zip(plain_entries(world.material.b2.files, DEFLATED)), changes)
    listed = [{"name": f.name, "rows": f.rows, "sha256": f.sha256} for f in world.material.b2.manifest.files]
    result = office.try_import(reseal(world.material, inner=inner, entries=listed, label="fuzz"))
    if result.status == "rejected":
        assert fingerprint_db(office.ctx) == office.clean
    else:
        assert synced_state(office.ctx) == world.state_b2
        office.reset()


@FUZZ
@given(name=st.sampled_from(["households.csv", "members.csv", "visits.csv", "tombstones.csv"]), changes=mutations)
def test_a_damaged_csv_with_a_matching_manifest_is_refused_cleanly_or_applied_as_valid_rows(
    world: World, office: Office, specs: dict[str, TableSpec], name: str, changes: list[Mutation]
) -> None:
    files = dict(world.material.b2.files)
    files[name] = mutate(files[name], changes)
    result = office.try_import(reseal(world.material, files=files, label="fuzz-csv"))
    if result.status == "rejected":
        assert fingerprint_db(office.ctx) == office.clean
        return
    # Still a valid CSV of valid rows (a letter of a name changed, say): in, and well-formed.
    for table_name in ("households", "members", "visits"):
        spec = specs[table_name]
        columns = ", ".join(spec.csv_columns)
        for row in office.ctx.db.execute(f"SELECT {columns} FROM {table_name}"):
            assert len(str(row[0])) == 32 and json.loads(row[spec.csv_columns.index("field_clocks")]) is not None
    office.reset()


# The parsers on their own -----------------------------------------------------------------

EXPECTED = ("id", "name", "notes")
cell = st.text(alphabet=st.sampled_from(list('ab,;"\r\n\x00 =+-@\ufeff\u00e9\U0001f600')), max_size=8)
csv_like = st.lists(st.lists(cell, min_size=0, max_size=5), max_size=5).map(
    lambda rows: "\r\n".join(",".join(r) for r in rows))


@QUICK
@given(body=st.one_of(
    st.binary(max_size=200),
    st.binary(max_size=200).map(lambda b: BOM.encode() + b),
    csv_like.map(lambda t: (BOM + t).encode("utf-8")),
    csv_like.map(lambda t: (BOM + "notes,id,name\r\n" + t).encode("utf-8")),
    st.text(max_size=200).map(lambda t: (BOM + ",".join(EXPECTED) + "\r\n" + t).encode("utf-8", "surrogatepass")),
))
def test_read_csv_raises_only_csv_problems(body: bytes) -> None:
    try:
        header, rows = read_csv("x.csv", body, EXPECTED)
    except CsvProblem as problem:
        assert str(problem).startswith("x.csv")
        return
    assert sorted(header) == sorted(EXPECTED)
    assert all(len(row) == len(header) for row in rows)
    assert all(cell is None or cell != "" for row in rows for cell in row)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@QUICK
@given(raw=st.one_of(
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.dictionaries(st.sampled_from(sorted(Manifest.model_fields)), json_values, max_size=20).map(
        lambda d: json.dumps(d).encode()),
))
def test_parse_manifest_raises_only_manifest_problems(raw: bytes) -> None:
    try:
        parse_manifest(raw)
    except ManifestProblem as problem:
        assert str(problem)


@QUICK
@given(changes=mutations)
def test_parse_manifest_of_a_damaged_real_manifest(world: World, changes: list[Mutation]) -> None:
    raw = world.material.b2.parts()["manifest.json"]
    try:
        parse_manifest(mutate(raw, changes))
    except ManifestProblem:
        pass


@QUICK
@given(data=st.one_of(st.binary(max_size=300), st.builds(
    lambda changes, files: mutate(raw_zip(plain_entries(files, DEFLATED)), changes),
    mutations, st.dictionaries(st.sampled_from(["a.csv", "b.csv", "../c.csv"]), st.binary(max_size=50), max_size=3),
)))
def test_read_zip_raises_only_container_problems(data: bytes) -> None:
    try:
        read_zip(data, allowed=None, max_total=1 << 20, label="isi paket")
    except ContainerProblem as problem:
        assert str(problem).startswith("isi paket")


@QUICK
@given(name=st.sampled_from(["households.csv", "members.csv", "visits.csv", "tombstones.csv"]),
       edits=st.lists(st.tuples(st.integers(0, 1000), st.integers(0, 1000), st.text(max_size=40)), min_size=1,
                      max_size=5))
def test_staging_raises_only_bundle_rejected(
    world: World, specs: dict[str, TableSpec], name: str, edits: list[tuple[int, int, str]]
) -> None:
    header, rows = table(world.material.b2.files[name])
    for row_at, column_at, text in edits:
        row = rows[row_at % len(rows)]
        row[column_at % len(header)] = text
    files = dict(world.material.b2.files)
    files[name] = write_table(header, rows)
    manifest = world.material.b2.manifest
    try:
        staged = stage(files, manifest, specs)
    except BundleRejected as problem:
        assert str(problem)
        return
    assert staged.row_count == sum(f.rows for f in manifest.files)
