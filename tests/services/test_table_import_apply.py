"""Spreadsheet import, what it leaves behind: the report of rejected rows (fixed in Excel and
imported again), one transaction that a cancel rolls back, and records like the form's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from psmdesk.domain.household import MemberInput
from psmdesk.services import table_import as service
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.households import get_household, save_household
from psmdesk.storage.household_queries import HouseholdFilter, household_ids
from psmdesk.tableimport.plan import Action
from tests.services import test_table_import_files as files
from tests.services.test_table_import import HEADER, actions, office, run, save_family_h, snapshot, write_rows
from tests.services.test_table_import_files import TODAY

JOHAR_BARU = "31.71.08.1001"

__all__ = ["office"]  # the fixture, shared with test_table_import


# --- the report of rejected rows --------------------------------------------------------------
def test_rejected_rows_report_can_be_fixed_in_excel_and_imported_again(office: AppContext, tmp_path: Path) -> None:
    save_family_h(office)
    path = files.write_xlsx(tmp_path / "keluarga.xlsx")
    prepared = service.prepare(office, path, "households")
    options = service.options_for(office, path.name, today=TODAY)
    plan = service.apply(office, prepared, prepared.mapping, options).plan
    report = service.write_rejected_report(prepared, prepared.mapping, plan, tmp_path / "laporan")
    assert report.name == "keluarga-ditolak.xlsx"
    book = load_workbook(report)
    ws = book.active
    assert [c.value for c in ws[1]][-2:] == ["Baris asal", "Alasan"]
    assert [c.value for c in ws[2]][2:4] == ["NIK", "Nama"]  # both header rows, as in the original
    body = list(ws.iter_rows(min_row=3))
    assert [row[10].value for row in body] == [6, 7, 8, 9, 10, 17]
    damaged = body[1]
    assert damaged[2].value == "3.17108E+15" and damaged[2].data_type == "s" and damaged[2].number_format == "@"
    assert "rusak oleh Excel" in damaged[11].value
    assert body[0][2].number_format == "@"  # a good NIK is written as text too
    # The coordinator retypes the three damaged NIKs from the family cards (as text) and saves.
    fixes = {7: files.nik("P", date(1972, 2, 14), 1), 10: files.nik("P", date(1963, 1, 1), 1),
             17: files.nik("L", date(1955, 5, 5), 1)}
    for row in body:
        if row[10].value in fixes:
            row[2].value = fixes[row[10].value]
    book.save(report)
    fixed = service.prepare(office, report, "households")
    assert fixed.origin == service.REMEMBERED  # the same shape: report columns are ignored
    again = service.apply(office, fixed, fixed.mapping, service.options_for(office, report.name, today=TODAY)).plan
    assert set(actions(again).values()) == {"create"}
    assert again.groups[Action.CREATE] == 3
    assert household_ids(office.db, HouseholdFilter(text="sumarni"))


def test_report_never_lets_excel_run_a_cell_as_a_formula(office: AppContext, tmp_path: Path) -> None:
    rows = [[files.kk(date(2019, 1, 1), 20), files.nik("L", date(1970, 1, 1), 20), "=HYPERLINK(\"x\")", "L",
             "31/02/1970", "Kepala Keluarga", "1/1", ""]]
    path = write_rows(tmp_path / "rumus.csv", HEADER, rows)
    prepared = service.prepare(office, path, "households")
    plan = service.preview(office, prepared, prepared.mapping, service.options_for(office, path.name, today=TODAY))
    assert plan.rows[0].action is Action.REJECT
    report = service.write_rejected_report(prepared, prepared.mapping, plan, tmp_path)
    cell = load_workbook(report).active["C2"]
    assert cell.value == '=HYPERLINK("x")' and cell.data_type == "s"


# --- one transaction ----------------------------------------------------------------------------
def test_cancel_rolls_everything_back(office: AppContext, tmp_path: Path) -> None:
    path = files.write_xlsx(tmp_path / "keluarga.xlsx")
    prepared = service.prepare(office, path, "households")
    before = snapshot(office)
    result = service.apply(office, prepared, prepared.mapping, service.options_for(office, path.name, today=TODAY),
                           cancelled=lambda: True)
    assert result.cancelled
    assert snapshot(office) == before


def test_imported_records_are_the_forms_records(office: AppContext, tmp_path: Path) -> None:
    """Same rows as save_household writes, audit entries, sync stamps, and the search index."""
    rows = [[files.KK_C, files.HEAD_C, "Agus Salim", "L", "03/02/1962", "Kepala Keluarga", "3/5", "SMA"]]
    plan = run(office, write_rows(tmp_path / "satu.csv", HEADER, rows))
    assert actions(plan) == {2: "create"}
    (imported,) = household_ids(office.db, HouseholdFilter(text="agus"))
    by_form = get_household(office, imported).model_copy(update={"id": None, "no_kk": files.kk(date(2017, 5, 3), 99)})
    by_form.members[0].id = MemberInput().id
    by_form.members[0].nik = files.nik("L", date(1962, 2, 3), 99)
    formed = save_household(office, by_form, confirmed=True, today=TODAY)
    skip = {"id", "created_at", "updated_at", "hlc", "field_clocks", "no_kk", "nik", "household_id"}

    def row(table: str, where: str, value: str) -> dict[str, object]:
        cursor = office.db.execute(f"SELECT * FROM {table} WHERE {where} = ?", [value])
        names = [d[0] for d in cursor.description]
        return {k: v for k, v in zip(names, cursor.fetchone(), strict=True) if k not in skip}

    assert row("households", "id", imported) == row("households", "id", formed)
    assert row("members", "household_id", imported) == row("members", "household_id", formed)
    audited = {r[0] for r in office.db.execute(
        "SELECT field FROM audit_log WHERE record_id = ? AND action = 'create'", [imported])}
    assert {"no_kk", "kelurahan_code", "rt", "rw"} <= audited
    assert office.db.execute("SELECT origin_device FROM households WHERE id = ?", [imported]).fetchone()[0] \
        == office.device_id
    assert household_ids(office.db, HouseholdFilter(text="317108")) and household_ids(
        office.db, HouseholdFilter(text="agus 005"))


def test_unreadable_files_say_why(office: AppContext, tmp_path: Path) -> None:
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(UserError, match="tidak bisa dibaca sebagai berkas Excel"):
        service.prepare(office, broken, "households")
    old = tmp_path / "lama.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UserError, match="Simpan Sebagai"):
        service.prepare(office, old, "households")
    with pytest.raises(UserError, match="Sasaran impor 'semua' tidak dikenal"):
        service.prepare(office, files.write_csv(tmp_path / "k.csv"), "semua")


def test_households_built_from_rows_are_already_normalised(office: AppContext, tmp_path: Path) -> None:
    """The import checks new households without `normalise` (a deep copy per household): this
    holds only while what the parser builds is exactly what `normalise` would make of it."""
    from psmdesk.services.households import normalise
    from psmdesk.tableimport.households.group import assemble, group_rows
    from psmdesk.tableimport.households.parse import KelurahanResolver, parse_row

    untidy = [["3171-0812-0315-0001", " 3171 0807 0570 0001 ", "  budi   santoso ", "L", "07/05/1970",
               "Kepala Keluarga", " 3 / 5 ", ""]]
    for path in (files.write_xlsx(tmp_path / "k.xlsx"), files.write_csv(tmp_path / "k.csv"),
                 write_rows(tmp_path / "untidy.csv", HEADER, untidy)):
        prepared = service.prepare(office, path, "households")
        options = service.options_for(office, path.name, today=TODAY)
        source = prepared.mapped()
        resolver = KelurahanResolver(JOHAR_BARU)
        rows = [parse_row(source, n, r, resolver, options) for n, r in source.data_rows()]
        for group in group_rows([r for r in rows if not r.skipped]):
            household = assemble(group, path.name)
            assert normalise(household) == household, group.label
