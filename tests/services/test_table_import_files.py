"""Spreadsheets as offices make them, written by the test suite itself (openpyxl and csv), and
checks that they really have the traps the import must survive.

Everyone here is invented; the NIKs and KK numbers follow the real layout for Kec. Johar Baru
(31.71.08) so that the household check accepts them."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook

TODAY = date(2026, 11, 22)
AREA = "317108"


def nik(sex: str, birth: date, serial: int) -> str:
    day = birth.day + (40 if sex == "P" else 0)
    return f"{AREA}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


def kk(recorded: date, serial: int) -> str:
    return f"{AREA}{recorded:%d%m%y}{serial:04d}"


def excel_serial(d: date) -> int:
    return (d - date(1899, 12, 30)).days


# --- the XLSX: title, merged two-row header, a numbering row, damaged NIKs ---------------------
KK_A = kk(date(2015, 3, 12), 1)  # rejected: the wife's NIK is a float cell
KK_B = kk(date(2016, 4, 2), 2)  # rejected: the wife's NIK is the text Excel shows, 3,17108E+15
KK_C = kk(date(2017, 5, 3), 3)  # created: datetime cell, "17 Agustus 1965", "05/03/2010"
KK_D = kk(date(2018, 6, 4), 4)  # created: "RT 003/RW 005" style, "12-Jan-75", serial number
KK_F = kk(date(2019, 7, 5), 5)  # created: KK and NIK as 16-digit number cells (no digit lost)
KK_G = kk(date(2020, 8, 6), 6)  # rejected: the head's NIK is a 15-significant-digit number
KK_H = kk(date(2014, 9, 7), 7)  # already here (saved by the test first), plus one new child

HEAD_A = nik("L", date(1970, 1, 2), 1)
WIFE_A_DAMAGED = 3.17108e15
HEAD_B = nik("L", date(1960, 8, 17), 1)
HEAD_C, WIFE_C, CHILD_C = nik("L", date(1962, 2, 3), 1), nik("P", date(1965, 8, 17), 1), nik("L", date(2010, 3, 5), 1)
HEAD_D, WIFE_D = nik("L", date(1975, 1, 12), 1), nik("P", date(1978, 11, 30), 1)
HEAD_F = nik("L", date(1980, 7, 5), 3)
HEAD_G = nik("L", date(1955, 5, 5), 0)[:-1] + "0"
HEAD_H, WIFE_H = nik("L", date(1968, 10, 1), 1), nik("P", date(1970, 12, 24), 1)
LONE = nik("P", date(1946, 6, 1), 1)

XLSX_HEADER_TOP = ["No", "No. KK", "Identitas Anggota", None, None, None, "Hubungan dengan Kepala Keluarga",
                   "Alamat", None, "Pendidikan"]
XLSX_HEADER_LOW = [None, None, "NIK", "Nama", "L/P", "Tgl Lahir", None, "Jalan", "RT/RW", None]

# (sheet row, cells) - the row numbers the import must report.
XLSX_ROWS: list[tuple[int, list[object]]] = [
    (6, [1, KK_A, HEAD_A, "BAMBANG SUPRIYADI", "L", "02/01/1970", "Kepala Keluarga", "Jl. Tanah Tinggi II No. 4",
         "RT 003/RW 005", "SLTA/SEDERAJAT"]),
    (7, [2, KK_A, WIFE_A_DAMAGED, "SUMARNI", "P", "14/02/1972", "Istri", None, None, "TAMAT SD/SEDERAJAT"]),
    (8, [3, KK_A, None, "DIMAS PRASETYO", "L", excel_serial(date(2012, 5, 9)), "Anak", None, None, "SD"]),
    (9, [4, KK_B, HEAD_B, "H. Slamet Riyadi", "L", "17-08-60", "KEPALA KELUARGA", "Gg. Langgar", "003/005", None]),
    (10, [5, KK_B, "3,17108E+15", "Warsini", "P", "01-01-63", "ISTRI", None, None, None]),
    (11, [6, KK_C, HEAD_C, "Agus Salim", "L", datetime(1962, 2, 3), "Kepala Keluarga", "Jl. Galur Sari No. 9",
          "RT.3 RW.5", "SMA"]),
    (12, [7, KK_C, WIFE_C, "Sri Wahyuni", "P", "17 Agustus 1965", "Istri", None, None, "SMP"]),
    (13, [8, KK_C, CHILD_C, "Rizky Maulana", "L", "05/03/2010", "Anak", None, None, "Belum Tamat SD"]),
    (14, [9, KK_D, HEAD_D, "yusuf hidayat", None, "12-Jan-75", "KK", "Jl. Kampung Rawa Selatan", "RT 004/RW 006",
          "Diploma"]),
    (15, [10, KK_D, WIFE_D, "Dewi Kartika", "PR", excel_serial(date(1978, 11, 30)), "Isteri", None, None, "S1"]),
    (16, [11, int(KK_F), int(HEAD_F), "Joko Susilo", "LK", "1980-07-05", "Kepala Rumah Tangga", "Jl. Johar Baru V",
          "RT 001/RW 002", None]),
    (17, [12, KK_G, int(HEAD_G), "Ahmad Fauzi", "L", "05/05/1955", "Kepala Keluarga", "Jl. Rawa Tengah",
          "RT 002/RW 001", None]),
    (18, [13, KK_H, HEAD_H, "Hendra Gunawan", "L", "01/10/1968", "Kepala Keluarga", "Jl. Percetakan Negara",
          "RT 007/RW 003", None]),
    (19, [14, KK_H, WIFE_H, "Yuliana", "P", "24/12/1970", "Istri", None, None, None]),
    (20, [15, KK_H, None, "Putri Ayu", "P", "03/03/2019", "Anak", None, None, None]),
    (21, [16, None, LONE, "Mbah Sukinah", "P", "01/06/1946", None, "Jl. Tanah Tinggi Gg. 12", "RT 010/RW 008", None]),
]
# The signature block under the table: no name, NIK or KK -> skipped, not rejected.
XLSX_FOOTER = [(23, {8: "Jakarta, 22 November 2026"}), (24, {8: "Ketua RW 005"})]

XLSX_EXPECTED = {  # sheet row -> action on the first import (KK_H saved beforehand)
    6: "reject", 7: "reject", 8: "reject", 9: "reject", 10: "reject", 11: "create", 12: "create", 13: "create",
    14: "create", 15: "create", 16: "create", 17: "reject", 18: "match", 19: "match", 20: "create", 21: "create",
    23: "skip", 24: "skip",
}


def write_xlsx(path: Path) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = "Data Keluarga"
    ws["A1"] = "DAFTAR KELUARGA KELURAHAN JOHAR BARU"
    ws.merge_cells("A1:J1")
    for column, value in enumerate(XLSX_HEADER_TOP, start=1):
        ws.cell(row=3, column=column, value=value)
    for column, value in enumerate(XLSX_HEADER_LOW, start=1):
        ws.cell(row=4, column=column, value=value)
    for merged in ("A3:A4", "B3:B4", "C3:F3", "G3:G4", "H3:I3", "J3:J4"):
        ws.merge_cells(merged)
    for column in range(1, 11):
        ws.cell(row=5, column=column, value=column)
    for row, cells in XLSX_ROWS:
        for column, value in enumerate(cells, start=1):
            ws.cell(row=row, column=column, value=value)
    for row, cells in XLSX_FOOTER:
        for column, value in cells.items():
            ws.cell(row=row, column=column, value=value)
    book.save(path)
    return path


# --- the CSV: Windows-1252, ";" between columns, separate RT and RW, kelurahan by name ---------
KK_P = kk(date(2013, 1, 15), 11)
KK_Q = kk(date(2012, 2, 16), 12)
CSV_HEADER = ["No KK", "NIK", "Nama Lengkap", "Jenis Kelamin", "Tanggal Lahir", "Status Hubungan Dalam Keluarga",
              "Alamat", "RT", "RW", "Kelurahan", "Pekerjaan"]
CSV_ROWS = [
    [KK_P, nik("L", date(1972, 4, 21), 2), "I Made Suardana", "Laki-laki", "21/04/1972", "Kepala Keluarga",
     "Gg. Café Lama No. 3", "12", "4", "Johar Baru", "Buruh Harian Lepas"],
    [KK_P, nik("P", date(1976, 9, 9), 2), "Ni Luh Ayu Dewi Sekarningrum", "Perempuan", "09-09-1976", "Istri",
     "", "12", "4", "Johar Baru", "Mengurus Rumah Tangga"],
    [KK_Q, nik("P", date(1950, 12, 1), 3), "Siti 'Aisyah", "Perempuan", "1 Desember 1950", "Kepala Keluarga",
     "Jl. Kramat Pulo", "1", "7", "Kampung Rawa", "Pedagang"],
    [KK_Q, "", "Nur'aini", "P", "28/02/2023", "Cucu", "", "1", "7", "Kampung Rawa", ""],
    [kk(date(2011, 3, 17), 13), nik("L", date(1990, 3, 3), 4), "Rudi Hartono", "L", "03/03/1990",
     "Kepala Keluarga", "Jl. Entah", "2", "2", "Antah Berantah", ""],
    ["", nik("L", date(1980, 4, 30), 5), "Wayan Sudirta", "L", "31/04/1980", "", "Jl. Galur", "5", "3", "Galur", ""],
]
CSV_EXPECTED = {2: "create", 3: "create", 4: "create", 5: "create", 6: "reject", 7: "reject"}


def write_csv(path: Path) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(CSV_ROWS)
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return path


# --- checks of the files themselves -----------------------------------------------------------
def test_the_xlsx_has_number_cells_where_a_nik_belongs(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "keluarga.xlsx")
    ws = load_workbook(path).active
    # Written from the float 3.17108e15; openpyxl (like Excel) stores it as a plain number.
    assert isinstance(ws["C7"].value, int | float) and ws["C7"].value == 3.17108e15
    assert ws["C10"].value == "3,17108E+15"
    assert isinstance(ws["C16"].value, int) and len(str(ws["C16"].value)) == 16
    assert isinstance(ws["F11"].value, datetime)
    assert {str(r) for r in ws.merged_cells.ranges} >= {"C3:F3", "H3:I3", "A3:A4"}


def test_the_csv_is_windows_1252_with_semicolons(tmp_path: Path) -> None:
    raw = write_csv(tmp_path / "keluarga.csv").read_bytes()
    assert "é".encode("cp1252") in raw and b";" in raw
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        raise AssertionError("the CSV should not be valid UTF-8")
