"""Fuzzing the spreadsheet-import parsers (hypothesis, a modest budget): whatever an office's file
holds in a cell (NIKs damaged by Excel, dates in any form, "RT 003/RW 005", headers in any
language), the parsers return a value or a reason and never raise; a damaged file is refused with
a SourceError, never another exception (issue 9, item 4)."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from psmdesk.domain.tabular import (
    cell_text,
    header_key,
    parse_date_cell,
    parse_identity,
    parse_whole_number,
    rt_rw_text,
    split_rt_rw,
)
from psmdesk.paths import AppPaths
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.setup import setup
from psmdesk.tableimport.fields import suggest
from psmdesk.tableimport.headers import detect_header
from psmdesk.tableimport.households.parse import KelurahanResolver, parse_row
from psmdesk.tableimport.mapping import from_titles, load_mapping_file
from psmdesk.tableimport.plan import ImportOptions, MappedSource
from psmdesk.tableimport.reader import SourceError, SourceTable, decode, detect_delimiter, read_table
from psmdesk.tableimport.targets import all_targets

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
TODAY = date(2026, 11, 22)
JOHAR_BARU = "31.71.08.1001"
HOSTILE = ["3,17108E+15", "3.17108E+15", "3171080507800003", "'3171080507800003", "3171 0805 0780 0003",
           "317108050780000", "RT 003/RW 005", "RT.3 RW.5", "rt 03 rw 05", "003/005", "3-5", "RT 3", "RW",
           "17/08/1960", "17-08-60", "17 Agustus 1960", "12-Jan-75", "1960-08-17", "31/02/2020", "00/00/0000",
           "45292", "2958466", "-1", "1e308", "NaN", "inf", "=1+1", "@SUM(A1)", "\x00", "\u200b", "٣/٤/١٩٦٠",
           "Kepala Keluarga", "ISTRI", "L", "P", "Laki-laki", "Ya", "Tidak", "Johar Baru", "31.71.08.1001",
           "3171081001", "Kel. Kampung Rawa", "Antah Berantah", "x" * 500, "", " ", "-"]
CELL = st.one_of(
    st.none(), st.text(max_size=30), st.sampled_from(HOSTILE), st.booleans(),
    st.integers(-(2**64), 2**64), st.floats(), st.dates(), st.datetimes(), st.times(),
)
HEADER_WORDS = ["NIK", "No KK", "Nama", "Nama Lengkap", "Tgl Lahir", "Tanggal Lahir", "RT/RW", "RT", "RW",
                "Alamat", "Kelurahan", "Desa", "JK", "Jenis Kelamin", "Hubungan", "No", "Keterangan", "Name",
                "Date of birth", "Jabatan", "Peran", "Status", "No HP", "Pokmas", "Nama KUBE", "Tgl Daftar"]
HEADER_CELL = st.one_of(CELL, st.sampled_from(HEADER_WORDS))
ROWS = st.lists(st.lists(HEADER_CELL, max_size=10).map(tuple), max_size=14)


def test_cells_never_raise_and_answer_in_kind() -> None:
    @settings(max_examples=300, deadline=None)
    @given(CELL)
    def check(value: object) -> None:
        when = parse_date_cell(value, label="Tanggal lahir", today=TODAY)  # type: ignore[arg-type]
        assert when.value is None or isinstance(when.value, date)
        assert not (when.problem and when.value is not None)
        nik = parse_identity(value, "NIK")  # type: ignore[arg-type]
        assert nik.value is None or isinstance(nik.value, str)
        assert not (nik.problem and nik.value is not None)
        if isinstance(value, int | float) and not isinstance(value, bool) and nik.value is not None:
            assert len(str(nik.value)) == 16 and str(nik.value).isdigit()  # a number is never "repaired"
        pair = split_rt_rw(value)  # type: ignore[arg-type]
        assert pair is None or all(len(p) == 3 and p.isdigit() for p in pair)
        assert isinstance(rt_rw_text(value), str)  # type: ignore[arg-type]
        number = parse_whole_number(value, label="Umur", low=0, high=130)  # type: ignore[arg-type]
        assert number.value is None or 0 <= number.value <= 130  # type: ignore[operator]
        assert isinstance(cell_text(value), str) and isinstance(header_key(value), str)  # type: ignore[arg-type]

    check()


@pytest.mark.parametrize("text, expected", [("RT 003/RW 005", ("003", "005")), ("RT.3 RW.5", ("003", "005")),
                                            ("003/005", ("003", "005")), ("RT 3", None)])
def test_rt_rw_examples(text: str, expected: tuple[str, str] | None) -> None:
    assert split_rt_rw(text) == expected


@FUZZ
@given(rows=ROWS)
@example(rows=[(None, None, None, "NO:KK", "NO:KK"), (None, None, "NIK", ":")])  # titles differing only by punctuation
def test_header_detection_and_suggestions_never_raise(rows: list[tuple[object, ...]]) -> None:
    for target in all_targets():
        layout = detect_header(rows, target.fields)  # type: ignore[arg-type]
        mapping = suggest([c.parts for c in layout.columns], target.fields)
        assert len(set(mapping.values())) == len(mapping)  # a column serves one field
        assert all(0 <= i < len(layout.columns) for i in mapping.values())
        assert isinstance(layout.shape(), str)
        titles, problems = from_titles({k: layout.columns[i].title for k, i in mapping.items()}, layout,
                                       target.fields)
        unique = len({c.title for c in layout.columns}) == len(layout.columns)
        assert all(isinstance(p, str) for p in problems)
        if unique:  # a mapping remembered by title reads back the same (twice the same title: suggested again)
            assert titles == mapping and not problems


@FUZZ
@given(raw=st.dictionaries(st.text(max_size=12), st.one_of(st.text(max_size=12), st.none(), st.integers()),
                           max_size=5) | st.text(max_size=30))
def test_mapping_files_are_refused_with_a_reason(tmp_path: Path, raw: object) -> None:
    rows = [("NIK", "Nama", "RT/RW"), ("3171080507800003", "Budi", "RT 003/RW 005")]
    target = all_targets()[0]
    layout = detect_header(rows, target.fields)
    path = tmp_path / "peta.json"
    path.write_text(json.dumps(raw) if not isinstance(raw, str) else raw, encoding="utf-8")
    try:
        mapping = load_mapping_file(path, layout, target.fields)
    except SourceError:
        raise
    except Exception as exc:  # noqa: BLE001 - only the Indonesian UserError may come out
        from psmdesk.services.errors import UserError

        assert isinstance(exc, UserError), repr(exc)
    else:
        assert set(mapping) <= {f.key for f in target.fields}


@FUZZ
@given(rows=st.lists(st.lists(CELL, min_size=1, max_size=16).map(tuple), min_size=1, max_size=6))
def test_a_household_row_of_anything_parses_to_problems_not_exceptions(rows: list[tuple[object, ...]]) -> None:
    fields = all_targets()[0].fields
    header = tuple(f.label for f in fields)
    layout = detect_header([header], fields)
    source = MappedSource(SourceTable(Path("x.csv"), "csv", [header, *rows]), layout,  # type: ignore[list-item]
                          {f.key: i for i, f in enumerate(fields)})
    resolver = KelurahanResolver(JOHAR_BARU)
    options = ImportOptions(today=TODAY, default_kelurahan=JOHAR_BARU)
    for number, row in source.data_rows():
        parsed = parse_row(source, number, row, resolver, options)
        assert all(isinstance(p, str) and p for p in parsed.problems)
        assert parsed.nik is None or (len(parsed.nik) == 16 and parsed.nik.isdigit())


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    ctx = open_app(AppPaths.resolve(tmp_path_factory.mktemp("fuzz") / "office"))
    setup(ctx, "koordinator", "Dinas Sosial", JOHAR_BARU)
    yield ctx
    ctx.close()


@FUZZ
@given(rows=st.lists(st.lists(CELL, min_size=7, max_size=7).map(tuple), min_size=1, max_size=6))
def test_a_psm_file_of_anything_previews_without_raising(office: AppContext, rows: list[tuple[object, ...]]) -> None:
    target = next(t for t in all_targets() if t.key == "psm")
    header = tuple(f.label for f in target.fields)
    layout = detect_header([header], target.fields)
    source = MappedSource(SourceTable(Path("x.csv"), "csv", [header, *rows]), layout,  # type: ignore[list-item]
                          {f.key: i for i, f in enumerate(target.fields)})
    options = ImportOptions(today=TODAY, default_kelurahan=JOHAR_BARU)
    plan = target.plan(office, source, options, lambda *_a: None, lambda: False)
    assert len(plan.rows) == sum(1 for _ in source.data_rows())
    for row in plan.rows:
        assert row.reasons or row.action.value in ("create", "match", "update")
        assert all(row.nik is None or row.nik not in reason for reason in row.reasons)


@FUZZ
@given(raw=st.binary(max_size=400), text=st.text(max_size=200), encoding=st.sampled_from(
    ["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_csv_of_anything_reads_or_is_refused(tmp_path: Path, raw: bytes, text: str, encoding: str) -> None:
    assert isinstance(decode(raw)[0], str)
    assert detect_delimiter(text) in (";", ",")
    for name, data in (("a.csv", raw), ("b.csv", text.encode(encoding, errors="replace"))):
        path = tmp_path / name
        path.write_bytes(data)
        try:
            table = read_table(path)
        except SourceError:
            continue
        assert len({len(r) for r in table.rows}) <= 1  # every row the same width


_ORIGINAL: list[bytes] = []


def _xlsx_bytes(tmp_path: Path) -> bytes:
    """The same bytes on every call (openpyxl stamps the time of saving into the file)."""
    if not _ORIGINAL:
        from openpyxl import Workbook  # type: ignore[import-untyped]

        book = Workbook()
        book.active.append(["NIK", "Nama", "Tgl Lahir"])
        book.active.append(["3171080507800003", "Budi", date(1980, 7, 5)])
        book.save(tmp_path / "dibuat.xlsx")
        _ORIGINAL.append((tmp_path / "dibuat.xlsx").read_bytes())
    (tmp_path / "asli.xlsx").write_bytes(_ORIGINAL[0])
    return _ORIGINAL[0]


@FUZZ
@given(data=st.data())
def test_a_damaged_xlsx_is_refused_or_read_never_crashes(tmp_path: Path, data: st.DataObject) -> None:
    original = _xlsx_bytes(tmp_path)
    how = data.draw(st.sampled_from(["flip", "cut", "part"]))
    if how == "flip":
        spots = data.draw(st.lists(st.integers(0, len(original) - 1), min_size=1, max_size=8))
        damaged = bytearray(original)
        for spot in spots:
            damaged[spot] ^= data.draw(st.integers(1, 255))
        content = bytes(damaged)
    elif how == "cut":
        content = original[: data.draw(st.integers(0, len(original) - 1))]
    else:  # a well-formed package whose parts say anything
        source = tmp_path / "asli.xlsx"
        out = tmp_path / "bagian.xlsx"
        with zipfile.ZipFile(source) as book, zipfile.ZipFile(out, "w") as package:
            victim = data.draw(st.sampled_from(sorted(book.namelist())))
            for name in book.namelist():
                body = book.read(name)
                if name == victim:
                    body = data.draw(st.one_of(st.binary(max_size=200), st.sampled_from([
                        body[: len(body) // 2], body.replace(b"<v>", b"<v>x"), body.replace(b'r="', b'r="ZZ'),
                        body.replace(b't="s"', b't="q"'), body.replace(b"<sheetData>", b""), b"<?xml version='1.0'?>",
                    ])))
                package.writestr(name, body)
        content = out.read_bytes()
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(content)
    try:
        table = read_table(path)
    except SourceError:
        return
    assert len({len(r) for r in table.rows}) <= 1


@pytest.mark.parametrize("flag, method", [(0x0001, None), (None, 99)], ids=["kata-sandi", "kompresi-asing"])
def test_a_workbook_marked_encrypted_or_oddly_compressed_is_refused_with_a_reason(
        tmp_path: Path, flag: int | None, method: int | None) -> None:
    """Two bytes changed in the zip directory (found by `make fuzz`): zipfile then raises
    RuntimeError or NotImplementedError, which the import must turn into its message."""
    raw = bytearray(_xlsx_bytes(tmp_path))
    at = -1
    entries = [i for i in range(len(raw)) if raw[i:i + 4] == b"PK\x01\x02"]
    for entry in entries:
        name_len = int.from_bytes(raw[entry + 28:entry + 30], "little")
        if raw[entry + 46:entry + 46 + name_len].endswith(b"sheet1.xml"):
            at = entry
    assert at >= 0
    if flag is not None:
        raw[at + 8] |= flag
    if method is not None:
        raw[at + 10:at + 12] = method.to_bytes(2, "little")
    path = tmp_path / "aneh.xlsx"
    path.write_bytes(bytes(raw))
    with pytest.raises(SourceError, match="tidak bisa dibaca sebagai berkas Excel"):
        read_table(path)
