from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.report_data import find_pokmas
from psmdesk.services.spreadsheet_export import (
    Column,
    export_listing,
    export_rows,
    household_list,
    kube_list,
    neutralise,
    roster_list,
)

NIK = "3171081201800003"
COLUMNS = [Column("Nama"), Column("NIK", text=True), Column("Jumlah"), Column("Tanggal")]
ROWS = [["=HYPERLINK(\"http://x\")", NIK, 3, date(2026, 8, 17)], ["+62 812", 3171081201800004, -5, None],
        ["@SUM(A1)", "-1+2", 0, None], ["\tTab", "\rCR", 1, None], ["Siti", None, 2, None]]


def test_xlsx_keeps_nik_as_text_and_runs_nothing(tmp_path: Path) -> None:
    path = export_rows(COLUMNS, ROWS, tmp_path / "daftar.xlsx")
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == ["Nama", "NIK", "Jumlah", "Tanggal"]
    nik = sheet["B2"]
    assert (nik.value, nik.data_type, nik.number_format) == (NIK, "s", "@")
    number_nik = sheet["B3"]  # given as a number, still written as text: Excel would round it
    assert (number_nik.value, number_nik.data_type, number_nik.number_format) == ("3171081201800004", "s", "@")
    assert sheet["A2"].data_type == "s" and sheet["A2"].value.startswith("=HYPERLINK")
    assert (sheet["C3"].value, sheet["C3"].data_type) == (-5, "n")
    assert sheet["D2"].number_format == "DD/MM/YYYY"
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere
    assert sheet.freeze_panes == "A2"


def test_csv_is_excel_friendly_and_neutralised(tmp_path: Path) -> None:
    path = export_rows(COLUMNS, ROWS, tmp_path / "daftar.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b";" not in raw
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Nama,NIK,Jumlah,Tanggal"
    assert lines[1] == "\"'=HYPERLINK(\"\"http://x\"\")\",3171081201800003,3,17/08/2026"
    assert lines[2].startswith("'+62 812,3171081201800004,-5,")  # numbers stay numbers
    assert lines[3].startswith("'@SUM(A1),'-1+2,0,")
    assert lines[4].startswith("'\tTab,\"'\rCR\"")
    for cell in ("=1", "+1", "-1", "@1", "\t1", "\r1"):
        assert neutralise(cell) == "'" + cell
    assert neutralise("Siti") == "Siti" and neutralise("317108******0003") == "317108******0003"


def test_unknown_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"\.xlsx"):
        export_rows(COLUMNS, ROWS, tmp_path / "daftar.ods")


def test_household_list_masks_nik_unless_asked(demo_ctx: AppContext, tmp_path: Path) -> None:
    masked = household_list(demo_ctx, "31.71.08.1002")
    households = demo_ctx.db.execute("SELECT COUNT(*) FROM households WHERE kelurahan_code = '31.71.08.1002'"
                                     " AND deleted_at IS NULL").fetchone()[0]
    assert len(masked.rows) == households > 0 and masked.has_nik
    path = export_listing(masked, tmp_path / "keluarga.csv")
    text = path.read_text(encoding="utf-8-sig")
    assert not re.search(r"\d{16}", text) and re.search(r"\d{6}\*{6}\d{4}", text)
    full = household_list(demo_ctx, "31.71.08.1002", full_nik=True)
    sheet = load_workbook(export_listing(full, tmp_path / "keluarga.xlsx")).active
    niks = [c for c in sheet["D"][1:] if c.value]
    assert niks and all(re.fullmatch(r"\d{16}", c.value) and c.data_type == "s" for c in niks)
    assert sheet["F2"].data_type == "s"  # RT "003" keeps its zeros


def test_roster_and_kube_lists(demo_ctx: AppContext, tmp_path: Path) -> None:
    pokmas_id = find_pokmas(demo_ctx, "dapur").id or ""
    roster = roster_list(demo_ctx, pokmas_id)
    assert roster.rows and all("*" in row[2] for row in roster.rows if row[2])
    groups = kube_list(demo_ctx)
    assert not groups.has_nik and any(row[1] == "KUBE Singkong Sejahtera" for row in groups.rows)
    sheet = load_workbook(export_listing(groups, tmp_path / "kube.xlsx")).active
    assert sheet.title == "Kelompok KUBE" and isinstance(sheet["K2"].value, int)  # saldo stays a number
