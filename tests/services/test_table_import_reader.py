"""Reading spreadsheet files and finding their header (psmdesk.tableimport.reader and headers)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from openpyxl import Workbook

from psmdesk.services.errors import UserError
from psmdesk.tableimport.fields import suggest
from psmdesk.tableimport.headers import detect_header
from psmdesk.tableimport.households.fields import FIELDS
from psmdesk.tableimport.reader import decode, detect_delimiter, read_table
from tests.services import test_table_import_files as files

ROWS = "No KK;NIK;Nama;Alamat\r\n3171081203150007;3171080507800003;Désirée;Jl. Kenari, No. 5\r\n"


@pytest.mark.parametrize(("raw", "encoding"), [
    (codecs.BOM_UTF8 + ROWS.encode("utf-8"), "utf-8-sig"),  # Excel's "CSV UTF-8"
    (ROWS.encode("utf-8"), "utf-8"),
    (ROWS.encode("cp1252"), "cp1252"),  # Excel's plain "CSV" on Indonesian Windows
    (ROWS.encode("utf-16"), "utf-16"),  # "Unicode Text"
])
def test_encodings_excel_produces(raw: bytes, encoding: str) -> None:
    text, found = decode(raw)
    assert found == encoding and "Désirée" in text


def test_csv_keeps_text_as_text_and_finds_the_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(ROWS.encode("cp1252"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.rows[1] == ("3171081203150007", "3171080507800003", "Désirée", "Jl. Kenari, No. 5")


@pytest.mark.parametrize(("sample", "expected"), [
    ("a;b;c\n1;2,5;3\n4;5,5;6\n", ";"),  # decimal commas inside a ";" file
    ('a,b,c\n1,"x; y",3\n4,5,6\n', ","),
    ("nama,nik\nBudi,1\nSiti,2\n", ","),
])
def test_delimiter(sample: str, expected: str) -> None:
    assert detect_delimiter(sample) == expected


def test_header_below_a_title_with_merged_groups_and_a_numbering_row(tmp_path: Path) -> None:
    table = read_table(files.write_xlsx(tmp_path / "k.xlsx"))
    assert table.sheet == "Data Keluarga"
    layout = detect_header(table.rows, FIELDS)
    assert layout.header_rows == (2, 3) and layout.spreadsheet_rows == "3-4"
    assert layout.data_start == 5  # the row numbering the columns 1..10 is skipped
    titles = [c.title for c in layout.columns]
    assert titles[:4] == ["No", "No. KK", "Identitas Anggota / NIK", "Identitas Anggota / Nama"]
    assert titles[7:] == ["Alamat / Jalan", "Alamat / RT/RW", "Pendidikan"]
    mapping = suggest([c.parts for c in layout.columns], FIELDS)
    assert mapping == {"no_kk": 1, "nik": 2, "name": 3, "sex": 4, "birth_date": 5, "relation": 6, "street": 7,
                       "rt_rw": 8, "education": 9}


def test_english_headers_are_understood(tmp_path: Path) -> None:
    path = tmp_path / "english.csv"
    path.write_text("Family card number,National ID,Full name,Sex,Date of birth,Relationship,Address,RT,RW,"
                    "Village\n", encoding="utf-8")
    layout = detect_header(read_table(path).rows, FIELDS)
    mapping = suggest([c.parts for c in layout.columns], FIELDS)
    assert mapping == {"no_kk": 0, "nik": 1, "name": 2, "sex": 3, "birth_date": 4, "relation": 5, "street": 6,
                       "rt": 7, "rw": 8, "kelurahan": 9}


def test_xlsx_sheets_and_blank_edges(tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Petunjuk"
    book.active["A1"] = "Isi lembar Data"
    data = book.create_sheet("Data")
    data["B3"], data["C3"] = "Nama", "NIK"
    data["B4"], data["C4"] = "Budi", "3171080507800003"
    path = tmp_path / "dua.xlsx"
    book.save(path)
    assert read_table(path).sheets == ("Petunjuk", "Data")
    table = read_table(path, "Data")
    assert table.rows[3] == (None, "Budi", "3171080507800003")
    with pytest.raises(UserError, match="Lembar 'Tidak Ada'"):
        read_table(path, "Tidak Ada")


def test_files_that_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="tidak ditemukan"):
        read_table(tmp_path / "hilang.csv")
    other = tmp_path / "data.ods"
    other.write_bytes(b"x")
    with pytest.raises(UserError, match="hanya berkas .xlsx dan .csv"):
        read_table(other)
    renamed = tmp_path / "data.csv"
    renamed.write_bytes(b"PK\x03\x04rest")
    with pytest.raises(UserError, match="sebenarnya berkas Excel"):
        read_table(renamed)


@pytest.mark.parametrize("write_only", [False, True])  # shared strings, and inline strings
@pytest.mark.parametrize("date1904", [False, True])
def test_xlsx_cells_read_as_openpyxl_reads_them(tmp_path: Path, write_only: bool, date1904: bool) -> None:
    from datetime import datetime, time

    from openpyxl import load_workbook

    rows = [
        ["Nama", "NIK", "Lahir", "Jam", "Ya", "Angka", None, "Rumus"],
        ["Budi", 3.17108e15, datetime(1960, 8, 17), time(13, 45), True, 12.5, None, "=1+1"],
        [],
        [None, "3171080507800003", datetime(1899, 12, 31), None, False, 3171080507800003, "x", "a & <b>"],
        ["Sri  Rahayu", 45292, datetime(2024, 1, 1, 7, 30), time(0, 0), None, -1, None, "kode 'A'"],
    ]
    book = Workbook(write_only=write_only)
    ws = book.create_sheet("Data") if write_only else book.active
    book.epoch = datetime(1904, 1, 1) if date1904 else book.epoch
    for row in rows:
        ws.append(row)
    path = tmp_path / "jenis.xlsx"
    book.save(path)
    theirs = load_workbook(path, read_only=True, data_only=True)
    expected = [tuple(r) for r in theirs.active.iter_rows(min_row=1, min_col=1, values_only=True)]
    theirs.close()
    table = read_table(path)
    width = table.width
    assert table.rows == [tuple(r[:width]) + (None,) * (width - len(r)) for r in expected]
    assert table.rows[1][2] == datetime(1960, 8, 17) and table.rows[1][3] == time(13, 45)


def test_broken_xlsx_packages_are_refused_with_a_reason(tmp_path: Path) -> None:
    import zipfile

    cases = {"bukan-zip.xlsx": None, "tanpa-lembar.xlsx": {"_rels/.rels": "<Relationships/>"},
             "xml-rusak.xlsx": {"_rels/.rels": "<Relationships", "xl/workbook.xml": "<workbook>"}}
    for name, parts in cases.items():
        path = tmp_path / name
        if parts is None:
            path.write_bytes(b"bukan berkas excel")
        else:
            with zipfile.ZipFile(path, "w") as package:
                for part, text in parts.items():
                    package.writestr(part, text)
        with pytest.raises(UserError, match="tidak bisa dibaca sebagai berkas Excel"):
            read_table(path)


def test_xlsx_references_beyond_excel_limits_are_damage(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Nama", "NIK"])
    path = tmp_path / "asli.xlsx"
    book.save(path)
    import zipfile

    for name, old, new in (("kolom.xlsx", b'r="A1"', b'r="ZZZZZZZZ1"'),
                           ("baris.xlsx", b'<row r="1"', b'<row r="99999999"')):
        damaged = tmp_path / name
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(damaged, "w") as out:
            for part in src.namelist():
                body = src.read(part)
                out.writestr(part, body.replace(old, new) if part.endswith("sheet1.xml") else body)
        with pytest.raises(UserError, match="tidak bisa dibaca sebagai berkas Excel"):
            read_table(damaged)
