"""Spreadsheet import into households, end to end: files made by the test suite, every row's
outcome checked, and the promises of the issue (nothing twice, dry run writes nothing, a report
that can be fixed in Excel and imported again)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from psmdesk.domain.enums import Sex
from psmdesk.domain.household import HouseholdInput, MemberInput
from psmdesk.paths import AppPaths
from psmdesk.services import table_import as service
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.errors import UserError
from psmdesk.services.households import get_household, save_household
from psmdesk.services.setup import setup
from psmdesk.storage.household_queries import HouseholdFilter, household_ids
from psmdesk.tableimport.plan import Action, ImportPlan
from tests.services import test_table_import_files as files
from tests.services.test_table_import_files import TODAY

JOHAR_BARU = "31.71.08.1001"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[AppContext]:
    ctx = open_app(AppPaths.resolve(tmp_path / "office"))
    setup(ctx, "koordinator", "Dinas Sosial Jakarta Pusat", JOHAR_BARU)
    yield ctx
    ctx.close()


def run(ctx: AppContext, path: Path, *, write: bool = True, mapping: dict[str, int] | None = None,
        **options: object) -> ImportPlan:
    prepared = service.prepare(ctx, path, "households")
    chosen = prepared.mapping if mapping is None else mapping
    opts = service.options_for(ctx, path.name, today=TODAY, **options)  # type: ignore[arg-type]
    if write:
        return service.apply(ctx, prepared, chosen, opts).plan
    return service.preview(ctx, prepared, chosen, opts)


def actions(plan: ImportPlan) -> dict[int, str]:
    return {r.row: r.action.value for r in plan.rows}


def count(ctx: AppContext, table: str) -> int:
    return int(ctx.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def snapshot(ctx: AppContext) -> dict[str, int]:
    return {t: count(ctx, t) for t in ("households", "members", "visits", "audit_log", "import_mappings")}


def save_family_h(ctx: AppContext) -> str:
    """The household of KK_H as a volunteer already entered it through the form."""
    head = MemberInput(nik=files.HEAD_H, name="Hendra Gunawan", sex=Sex.L, birth_date=date(1968, 10, 1),
                       relation="kepala_keluarga")
    wife = MemberInput(nik=files.WIFE_H, name="Yuliana", sex=Sex.P, birth_date=date(1970, 12, 24), relation="istri")
    h = HouseholdInput(no_kk=files.KK_H, kelurahan_code=JOHAR_BARU, rt="7", rw="3", street="Jl. Percetakan Negara",
                       members=[head, wife])
    return save_household(ctx, h, today=TODAY)


def write_rows(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows([header, *rows])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


# --- the XLSX ---------------------------------------------------------------------------------
def test_xlsx_every_row_created_matched_rejected_or_skipped(office: AppContext, tmp_path: Path) -> None:
    existing = save_family_h(office)
    plan = run(office, files.write_xlsx(tmp_path / "keluarga.xlsx"))
    assert actions(plan) == files.XLSX_EXPECTED
    rows = {r.row: r for r in plan.rows}
    damaged = "NIK rusak oleh Excel (tersimpan sebagai angka"
    assert rows[7].reasons[0].startswith(damaged)  # the float cell
    assert rows[10].reasons[0].startswith(damaged)  # the text "3,17108E+15"
    assert rows[17].reasons[0].startswith(damaged)  # a 16-digit number whose last digit Excel zeroed
    # The rest of a family with a damaged NIK is rejected with it, pointing at the row to fix.
    assert rows[6].reasons == ["Ditolak bersama keluarganya; lihat baris 7"]
    assert rows[8].reasons == ["Ditolak bersama keluarganya; lihat baris 7"]
    assert "Sudah ada (cocok menurut NIK)." in rows[18].notes
    assert "ditambahkan ke keluarga yang sudah ada" in rows[20].notes[0]
    assert "Jenis kelamin diambil dari NIK." in rows[14].notes
    assert any("dibaca 1975" in n for n in rows[14].notes)
    assert plan.groups[Action.CREATE] == 4 and plan.groups[Action.UPDATE] == 1
    assert plan.groups[Action.REJECT] == 3
    # What was written is what the form would have written.
    found = household_ids(office.db, HouseholdFilter(text="agus salim"))
    agus = get_household(office, found[0])
    assert (agus.no_kk, agus.rt, agus.rw, agus.kelurahan_code) == (files.KK_C, "003", "005", JOHAR_BARU)
    assert [(m.name, m.relation, m.birth_date, m.education) for m in agus.members] == [
        ("Agus Salim", "kepala_keluarga", date(1962, 2, 3), "sma"),
        ("Sri Wahyuni", "istri", date(1965, 8, 17), "smp"),
        ("Rizky Maulana", "anak", date(2010, 3, 5), "belum_tamat_sd"),
    ]
    yusuf = get_household(office, household_ids(office.db, HouseholdFilter(text="yusuf"))[0])
    assert yusuf.members[0].name == "Yusuf Hidayat" and yusuf.members[0].sex is Sex.L
    assert yusuf.members[1].birth_date == date(1978, 11, 30)  # an Excel serial number
    joko = get_household(office, household_ids(office.db, HouseholdFilter(text="joko"))[0])
    assert joko.no_kk == files.KK_F and joko.members[0].nik == files.HEAD_F  # 16-digit number cells
    lone = get_household(office, household_ids(office.db, HouseholdFilter(text="sukinah"))[0])
    assert lone.no_kk is None and lone.members[0].relation == "kepala_keluarga"
    family_h = get_household(office, existing)
    assert [m.name for m in family_h.members] == ["Hendra Gunawan", "Yuliana", "Putri Ayu"]
    assert count(office, "households") == 5  # three families and the lone lady, and the one before
    assert not any("3171" in reason for r in plan.rows for reason in r.reasons)  # no NIK in a reason


def test_importing_the_same_file_twice_creates_nothing(office: AppContext, tmp_path: Path) -> None:
    save_family_h(office)
    path = files.write_xlsx(tmp_path / "keluarga.xlsx")
    run(office, path)
    before = snapshot(office)
    again = run(office, path)
    expected = {row: ("match" if action in ("create", "match") else action)
                for row, action in files.XLSX_EXPECTED.items()}
    assert actions(again) == expected
    assert all("Sudah ada" in r.notes[0] for r in again.rows if r.action is Action.MATCH)
    assert not run(office, path, write=False).work  # the preview has nothing to write either
    assert snapshot(office) == before


def test_dry_run_writes_nothing(office: AppContext, tmp_path: Path) -> None:
    before = snapshot(office)
    plan = run(office, files.write_xlsx(tmp_path / "keluarga.xlsx"), write=False)
    assert plan.counts()[Action.CREATE] == 10
    assert snapshot(office) == before


# --- the CSV ----------------------------------------------------------------------------------
def test_cp1252_semicolon_csv(office: AppContext, tmp_path: Path) -> None:
    plan = run(office, files.write_csv(tmp_path / "keluarga.csv"))
    assert actions(plan) == files.CSV_EXPECTED
    rows = {r.row: r for r in plan.rows}
    assert "Antah Berantah" in rows[6].reasons[0] and "tidak ditemukan" in rows[6].reasons[0]
    assert rows[7].reasons == ["Tanggal lahir tidak terbaca: '31/04/1980' (tulis seperti 17/08/1960)"]
    made = get_household(office, household_ids(office.db, HouseholdFilter(text="suardana"))[0])
    assert made.street == "Gg. Café Lama No. 3" and (made.rt, made.rw) == ("012", "004")
    assert [m.name for m in made.members] == ["I Made Suardana", "Ni Luh Ayu Dewi Sekarningrum"]
    siti = get_household(office, household_ids(office.db, HouseholdFilter(text="aisyah"))[0])
    assert siti.kelurahan_code == "31.71.08.1002"  # "Kampung Rawa" found by name
    assert [m.name for m in siti.members] == ["Siti 'Aisyah", "Nur'aini"]
    assert siti.members[1].nik is None and siti.members[1].relation == "cucu"


def test_relawan_imports_her_own_kelurahan_only(tmp_path: Path) -> None:
    ctx = open_app(AppPaths.resolve(tmp_path / "relawan"))
    try:
        setup(ctx, "relawan", "Sari Wulandari", JOHAR_BARU)
        plan = run(ctx, files.write_csv(tmp_path / "keluarga.csv"))
        rows = {r.row: r for r in plan.rows}
        assert rows[2].action is Action.CREATE
        assert rows[4].action is Action.REJECT and "Di luar wilayah tugas Anda" in rows[4].reasons[0]
        with pytest.raises(UserError, match="Relawan hanya"):
            service.options_for(ctx, "x.csv", kelurahan="31.71.08.1002")
    finally:
        ctx.close()


# --- matching ---------------------------------------------------------------------------------
HEADER = ["No KK", "NIK", "Nama", "JK", "Tgl Lahir", "Hubungan", "RT/RW", "Pendidikan"]


def test_match_by_kk_then_by_name_and_birth_date_and_fill_empty_fields(office: AppContext, tmp_path: Path) -> None:
    existing = save_family_h(office)
    rows = [
        # Matched by No. KK; the head has no NIK in this file, so the name finds him in the family.
        [files.KK_H, "", "HENDRA GUNAWAN", "L", "01/10/1968", "Kepala Keluarga", "7/3", "SMA"],
        # Same person by name and birth date, no NIK in the file: education is filled in.
        ["", "", "Yuliana", "P", "24/12/1970", "Istri", "RT 7 RW 3", "SMP"],
    ]
    plan = run(office, write_rows(tmp_path / "isi.csv", HEADER, rows))
    # Row 3 has no KK: it is a household of its own in the file, found by name and birth date.
    assert actions(plan) == {2: "update", 3: "update"}
    assert "Sudah ada (cocok menurut No. KK)." in plan.rows[0].notes
    assert "Sudah ada (cocok menurut nama dan tanggal lahir)." in plan.rows[1].notes
    assert "Diisi: pendidikan." in plan.rows[1].notes
    after = get_household(office, existing)
    assert [(m.name, m.education) for m in after.members] == [("Hendra Gunawan", "sma"), ("Yuliana", "smp")]
    assert count(office, "households") == 1
    # An existing value is never overwritten: a different education is only reported.
    rows[1][7] = "S1"
    again = run(office, write_rows(tmp_path / "beda.csv", HEADER, rows))
    assert actions(again) == {2: "match", 3: "match"}
    assert "Berbeda dengan data PSM Desk (tidak diubah): pendidikan." in again.rows[1].notes
    assert get_household(office, existing).members[1].education == "smp"


def test_conflicts_are_rejected_not_guessed(office: AppContext, tmp_path: Path) -> None:
    save_family_h(office)
    other_kk = files.kk(date(2021, 1, 1), 9)
    rows = [
        # The wife's NIK lives in KK_H, but the file puts her in another KK with a new head.
        [other_kk, files.nik("L", date(1966, 6, 6), 1), "Bayu", "L", "06/06/1966", "Kepala Keluarga", "1/1", ""],
        [other_kk, files.WIFE_H, "Yuliana", "P", "24/12/1970", "Istri", "1/1", ""],
        # The same NIK twice in the file.
        [files.kk(date(2021, 2, 2), 9), files.nik("L", date(1990, 1, 1), 7), "Andi", "L", "01/01/1990",
         "Kepala Keluarga", "1/1", ""],
        [files.kk(date(2021, 3, 3), 9), files.nik("L", date(1990, 1, 1), 7), "Andi", "L", "01/01/1990",
         "Kepala Keluarga", "1/1", ""],
        # Two heads in one family.
        [files.kk(date(2021, 4, 4), 9), files.nik("L", date(1980, 2, 2), 8), "Dodi", "L", "02/02/1980",
         "Kepala Keluarga", "1/1", ""],
        [files.kk(date(2021, 4, 4), 9), files.nik("L", date(1981, 3, 3), 8), "Edi", "L", "03/03/1981",
         "Kepala Keluarga", "1/1", ""],
    ]
    before = snapshot(office)
    plan = run(office, write_rows(tmp_path / "konflik.csv", HEADER, rows))
    assert set(actions(plan).values()) == {"reject"}
    reasons = {r.row: r.reasons for r in plan.rows}
    assert "tercatat" in reasons[2][0] or "tercatat" in reasons[3][0]
    assert reasons[4] == ["NIK yang sama ada juga di baris 5"]
    assert reasons[7] == ["Kepala Keluarga hanya boleh satu."]
    assert snapshot(office)["households"] == before["households"]


# --- mappings ---------------------------------------------------------------------------------
def test_mapping_is_remembered_for_the_same_shape_and_a_file_overrides(office: AppContext, tmp_path: Path) -> None:
    path = files.write_csv(tmp_path / "keluarga.csv")
    prepared = service.prepare(office, path, "households")
    assert prepared.origin == service.SUGGESTED
    mapping = dict(prepared.mapping)
    del mapping["occupation"]  # the user chose not to import this column
    service.apply(office, prepared, mapping, service.options_for(office, path.name, today=TODAY))
    again = service.prepare(office, files.write_csv(tmp_path / "bulan-depan.csv"), "households")
    assert again.origin == service.REMEMBERED and again.mapping == mapping
    override = tmp_path / "peta.json"
    override.write_text(json.dumps({"name": "nama lengkap", "nik": "NIK", "rt": "RT", "rw": "RW",
                                    "birth_date": "Tanggal Lahir", "sex": "D", "kelurahan": None}), encoding="utf-8")
    chosen = service.prepare(office, path, "households", mapping_file=override)
    assert chosen.origin == service.FROM_FILE
    assert chosen.mapping == {"name": 2, "nik": 1, "rt": 7, "rw": 8, "birth_date": 4, "sex": 3}
    override.write_text(json.dumps({"nama": "Nama Lengkap", "nik": "Nomor Induk"}), encoding="utf-8")
    with pytest.raises(UserError) as problem:
        service.prepare(office, path, "households", mapping_file=override)
    assert "Isian 'nama' tidak dikenal" in str(problem.value)
    assert "Kolom 'Nomor Induk' (untuk nik) tidak ada di berkas" in str(problem.value)


def test_incomplete_mapping_is_refused_before_anything_runs(office: AppContext, tmp_path: Path) -> None:
    path = files.write_csv(tmp_path / "keluarga.csv")
    prepared = service.prepare(office, path, "households")
    mapping = {k: v for k, v in prepared.mapping.items() if k not in ("name", "rt")}
    with pytest.raises(UserError, match="Pilih kolom untuk Nama.*Pilih kolom RT dan RW"):
        service.preview(office, prepared, mapping, service.options_for(office, path.name, today=TODAY))


def test_a_household_code_column_groups_rows_without_a_family_card(office: AppContext, tmp_path: Path) -> None:
    header = ["Kode Keluarga", "NIK", "Nama", "JK", "Tgl Lahir", "Hubungan", "RT", "RW"]
    rows = [
        ["A-01", files.nik("L", date(1950, 1, 2), 40), "Darmo", "L", "02/01/1950", "Kepala Keluarga", "4", "2"],
        ["A-02", files.nik("P", date(1948, 3, 4), 40), "Painem", "P", "04/03/1948", "Kepala Keluarga", "4", "2"],
        ["A-01", files.nik("P", date(1952, 5, 6), 40), "Sutinah", "P", "06/05/1952", "Istri", "4", "2"],
    ]
    plan = run(office, write_rows(tmp_path / "kode.csv", header, rows))
    assert actions(plan) == {2: "create", 3: "create", 4: "create"} and plan.groups[Action.CREATE] == 2
    darmo = get_household(office, household_ids(office.db, HouseholdFilter(text="darmo"))[0])
    assert [m.name for m in darmo.members] == ["Darmo", "Sutinah"] and darmo.no_kk is None
