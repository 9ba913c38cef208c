"""The psm target: the PSM registry from an office's Excel list, through the casework service
(created, filled in, already registered, rejected with the reason; a second import adds nothing)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped]

from psmdesk.domain import casework as cw
from psmdesk.paths import AppPaths
from psmdesk.services import casework
from psmdesk.services import table_import as service
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.errors import UserError
from psmdesk.services.setup import setup
from psmdesk.tableimport.plan import ImportPlan
from tests.services.test_table_import_files import TODAY, excel_serial, nik
from tests.services.test_table_import_targets import write

JOHAR_BARU, KAMPUNG_RAWA = "31.71.08.1001", "31.71.08.1002"
BUDI = nik("L", date(1980, 1, 2), 11)
HEADER = ["No", "Nama PSM", "NIK", "Kelurahan", "Jabatan", "Tgl Daftar", "Status", "No HP"]
ROWS: list[list[object]] = [
    [1, "Budi Santoso", BUDI, "Johar Baru", "Ketua PSM Kelurahan", "17/08/2024", "Aktif", "081234567890"],
    [2, "sari  wulandari", None, "31.71.08.1001", "anggota", "01-02-25", None, 81298765432.0],  # fills in
    [3, "Dewi Lestari", 3.17108e15, "Johar Baru", "Anggota", None, None, None],  # NIK damaged by Excel
    [4, "Eko Prasetyo", None, "Antah Berantah", "Anggota", None, None, None],
    [5, "Fajar Nugraha", None, "Galur", "Bendahara", None, None, None],
    [6, "Budi Santosa", BUDI, "Johar Baru", "Anggota", None, None, None],  # the same NIK again
    [7, "Gita Permata", None, "kel. kampung rawa", None, excel_serial(date(2023, 5, 1)), "Tidak Aktif", "12"],
    [None, None, None, None, None, None, None, None],
    [9, "Hadi Susilo", None, "Tanah Tinggi", "Anggota", "01/01/2027", "Aktif", None],  # after today
    [10, "Indah Sari", None, None, "anggota psm", 45292, "nonaktif", "0813-1111-2222"],  # default kelurahan
    [11, "Rudi", None, "Kampung Rawa", "Anggota", None, "Aktif", None],  # already registered, same data
]


def xlsx(path: Path) -> Path:
    book = Workbook()
    ws = book.active
    ws.append(["DAFTAR PEKERJA SOSIAL MASYARAKAT KECAMATAN JOHAR BARU"])
    ws.append([])
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    book.save(path)
    return path


@pytest.fixture
def office(tmp_path: Path) -> Iterator[AppContext]:
    ctx = open_app(AppPaths.resolve(tmp_path / "office"))
    setup(ctx, "koordinator", "Dinas Sosial Jakarta Pusat", JOHAR_BARU)
    casework.save_volunteer(ctx, cw.VolunteerInput(name="Sari Wulandari", kelurahan_code=JOHAR_BARU), today=TODAY)
    casework.save_volunteer(ctx, cw.VolunteerInput(name="Rudi", kelurahan_code=KAMPUNG_RAWA, phone="0812-5555-6666"),
                            today=TODAY)
    yield ctx
    ctx.close()


def run(ctx: AppContext, path: Path, *, write_it: bool = True) -> ImportPlan:
    prepared = service.prepare(ctx, path, "psm")
    options = service.options_for(ctx, path.name, today=TODAY)
    if write_it:
        return service.apply(ctx, prepared, prepared.mapping, options).plan
    return service.preview(ctx, prepared, prepared.mapping, options)


def by_row(plan: ImportPlan) -> dict[int, tuple[str, list[str]]]:
    return {r.row: (r.action.value, r.reasons) for r in plan.rows}


def registry(ctx: AppContext) -> dict[str, tuple[str, str, str | None, str, str]]:
    return {r["name"]: (r["kelurahan_code"], r["role"], r["registered_on"], r["status"], r["phone"])
            for r in casework.registry(ctx)}


def audited(ctx: AppContext) -> int:
    return int(ctx.db.execute("SELECT COUNT(*) FROM audit_log WHERE table_name = 'psm_volunteers'").fetchone()[0])


def test_the_mapping_is_suggested_from_the_headers(office: AppContext, tmp_path: Path) -> None:
    prepared = service.prepare(office, xlsx(tmp_path / "psm.xlsx"), "psm")
    assert prepared.layout.spreadsheet_rows == "3"
    titles = {key: prepared.layout.columns[index].title for key, index in prepared.mapping.items()}
    assert titles == {"name": "Nama PSM", "nik": "NIK", "kelurahan": "Kelurahan", "role": "Jabatan",
                      "registered_on": "Tgl Daftar", "status": "Status", "phone": "No HP"}


def test_preview_then_apply_then_again(office: AppContext, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "psm.xlsx")
    before = registry(office)
    preview = by_row(run(office, path, write_it=False))
    assert registry(office) == before  # the preview writes nothing
    plan = run(office, path)
    result = by_row(plan)
    assert result == preview
    assert result[4] == ("create", [])
    assert result[5] == ("update", [])
    assert result[6][0] == "reject" and result[6][1][0].startswith("NIK rusak oleh Excel")
    assert result[7][0] == "reject" and result[7][1][0].startswith("Kelurahan 'Antah Berantah' tidak ditemukan")
    assert result[8] == ("reject", ["Peran tidak dikenal: 'Bendahara' (Ketua PSM Kelurahan atau Anggota)"])
    assert result[9] == ("reject", ["NIK yang sama ada juga di baris 4"])
    assert result[10] == ("reject", ["Nomor HP tidak valid (contoh: 0812-3456-7890)"])
    assert 11 not in result  # the empty row
    assert result[12] == ("reject", ["Tanggal daftar tidak boleh setelah hari ini."])
    assert result[13] == ("create", [])
    assert result[14] == ("match", [])
    rows = {r.row: r for r in plan.rows}
    assert rows[5].notes == ["Sudah terdaftar (cocok menurut nama dan kelurahan).",
                             "Diisi: Tanggal daftar, No. HP."]
    assert rows[4].nik == BUDI and rows[4].group == "Kel. Johar Baru"
    assert all(BUDI not in reason for r in plan.rows for reason in r.reasons)

    after = registry(office)
    assert after["Budi Santoso"] == (JOHAR_BARU, "ketua", "2024-08-17", "aktif", "0812-3456-7890")
    assert after["Sari Wulandari"] == (JOHAR_BARU, "anggota", "2025-02-01", "aktif", "0812-9876-5432")
    assert after["Indah Sari"] == (JOHAR_BARU, "anggota", "2024-01-01", "nonaktif", "0813-1111-2222")
    assert after["Rudi"] == (KAMPUNG_RAWA, "anggota", None, "aktif", "0812-5555-6666")
    assert len(after) == 4
    audit = audited(office)

    again = by_row(run(office, path))
    assert {row: outcome[0] for row, outcome in again.items() if outcome[0] != "reject"} == {
        4: "match", 5: "match", 13: "match", 14: "match"}
    assert registry(office) == after
    assert audited(office) == audit


def test_differences_are_noted_not_overwritten(office: AppContext, tmp_path: Path) -> None:
    path = write(tmp_path / "psm.csv", [["Nama", "Kelurahan", "Peran", "Status", "HP"],
                                        ["Rudi", "Kampung Rawa", "Ketua", "Nonaktif", "0812-7777-8888"]])
    plan = run(office, path)
    assert by_row(plan) == {2: ("match", [])}
    assert plan.rows[0].notes[-1] == "Berbeda dengan Daftar PSM (tidak diubah): Peran, Status, No. HP."
    assert registry(office)["Rudi"] == (KAMPUNG_RAWA, "anggota", None, "aktif", "0812-5555-6666")


def test_the_same_person_twice_in_the_file_and_two_ketua(office: AppContext, tmp_path: Path) -> None:
    path = write(tmp_path / "psm.csv", [["Nama", "Kelurahan", "Peran"],
                                        ["Ani Yudhoyono", "Galur", "Ketua"],
                                        ["ANI  YUDHOYONO", "31.71.08.1003", "Anggota"],
                                        ["Bambang", "Galur", "ketua psm"]])
    plan = run(office, path, write_it=False)
    assert by_row(plan) == {2: ("create", []), 3: ("reject", ["Orang yang sama ada juga di baris 2"]),
                            4: ("create", [])}
    assert plan.rows[2].notes == ["Baris 2 juga menyebut Ketua PSM untuk kelurahan ini."]


def test_mapping_needs_a_name(office: AppContext, tmp_path: Path) -> None:
    prepared = service.prepare(office, write(tmp_path / "psm.csv", [["Kelurahan", "Peran"], ["Galur", "Ketua"]]),
                               "psm")
    options = service.options_for(office, "psm.csv", today=TODAY)
    assert service.mapping_problems(prepared, prepared.mapping, options) == ["Pilih kolom untuk Nama."]


def test_only_a_coordinator_imports_the_registry(volunteer: AppContext, tmp_path: Path) -> None:
    path = write(tmp_path / "psm.csv", [["Nama", "Kelurahan"], ["Ani Yudhoyono", "Johar Baru"]])
    with pytest.raises(UserError, match="Hanya Koordinator yang dapat mengimpor Daftar PSM"):
        prepared = service.prepare(volunteer, path, "psm")
        service.preview(volunteer, prepared, prepared.mapping, service.options_for(volunteer, path.name, today=TODAY))
