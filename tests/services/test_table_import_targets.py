"""The roster (Permakanan) and kube-members targets: rows that name people already mapped, added
through the Permakanan and KUBE services with their own checks (the PSM registry: test_table_import_psm)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from psmdesk.domain.kube import GroupInput
from psmdesk.domain.meals import PokmasInput
from psmdesk.paths import AppPaths
from psmdesk.services import kube, meals
from psmdesk.services import table_import as service
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.setup import setup
from psmdesk.tableimport.plan import ImportPlan
from tests.services.test_table_import_files import TODAY, kk, nik

JOHAR_BARU = "31.71.08.1001"
# Two lone elderly ladies, a younger man living with his family, and a family for KUBE.
SRI = nik("P", date(1944, 3, 2), 31)
MURNI = nik("P", date(1970, 5, 6), 31)
TONO = nik("L", date(1975, 7, 8), 31)
TONO_KK, ADI_KK = kk(date(2010, 1, 1), 31), kk(date(2011, 1, 1), 31)
ADI = nik("L", date(1985, 9, 10), 31)
PEOPLE = [
    ["No KK", "NIK", "Nama", "JK", "Tgl Lahir", "Hubungan", "RT/RW", "Tinggal sendiri"],
    ["", SRI, "Sri Rahayu", "P", "02/03/1944", "", "1/1", "Ya"],
    ["", MURNI, "Murni", "P", "06/05/1970", "", "1/1", "Ya"],
    [TONO_KK, TONO, "Tono Sugiarto", "L", "08/07/1975", "Kepala Keluarga", "2/1", "Tidak"],
    [ADI_KK, ADI, "Adi Nugroho", "L", "10/09/1985", "Kepala Keluarga", "3/1", ""],
]


def write(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


@pytest.fixture
def office(tmp_path: Path) -> Iterator[AppContext]:
    ctx = open_app(AppPaths.resolve(tmp_path / "office"))
    setup(ctx, "koordinator", "Dinas Sosial Jakarta Pusat", JOHAR_BARU)
    prepared = service.prepare(ctx, write(tmp_path / "orang.csv", PEOPLE), "households")
    service.apply(ctx, prepared, prepared.mapping, service.options_for(ctx, "orang.csv", today=TODAY))
    yield ctx
    ctx.close()


def run(ctx: AppContext, path: Path, target: str, *, write_it: bool = True) -> ImportPlan:
    prepared = service.prepare(ctx, path, target)
    options = service.options_for(ctx, path.name, today=TODAY)
    if write_it:
        return service.apply(ctx, prepared, prepared.mapping, options).plan
    return service.preview(ctx, prepared, prepared.mapping, options)


def outcome(plan: ImportPlan) -> dict[int, tuple[str, list[str]]]:
    return {r.row: (r.action.value, r.reasons) for r in plan.rows}


def test_roster_enrols_mapped_people_through_the_permakanan_checks(office: AppContext, tmp_path: Path) -> None:
    pokmas = meals.save_pokmas(office, PokmasInput(name="Pokmas Johar Baru Sehat", kecamatan_code="31.71.08",
                                                   kelurahan_codes=[JOHAR_BARU]))
    rows = [
        ["NIK", "Nama Penerima", "Tanggal Mulai", "Alasan Pengecualian", "Pantangan"],
        [SRI, "Sri Rahayu", "01/11/2026", "", "tanpa garam"],
        [MURNI, "Murni", "01-11-2026", "", ""],  # 56 years old: under the threshold, no reason
        [TONO, "Tono Sugiarto", "", "Lumpuh sejak 2024, tidak ada yang merawat", ""],
        [nik("P", date(1940, 1, 1), 99), "Orang Baru", "", "", ""],  # not mapped yet
        ["3,17108E+15", "Sumiati", "", "", ""],
    ]
    plan = run(office, write(tmp_path / "penerima.csv", rows), "roster")
    result = outcome(plan)
    assert result[2] == ("create", [])
    assert result[3][0] == "reject"
    assert "tuliskan alasan pengecualian" in result[3][1][0] and any("di bawah batas" in r for r in result[3][1])
    assert result[4] == ("create", [])  # the written reason lets the office include him
    assert result[5][0] == "reject" and "belum ada di data Keluarga" in result[5][1][0]
    assert result[6][0] == "reject" and result[6][1][0].startswith("NIK rusak oleh Excel")
    roster = meals.roster(office, pokmas, today=TODAY)
    assert sorted(entry.row.person.name for entry in roster) == ["Sri Rahayu", "Tono Sugiarto"]
    again = run(office, write(tmp_path / "penerima.csv", rows), "roster")
    assert outcome(again)[2][0] == "match" and outcome(again)[4][0] == "match"
    assert len(meals.roster(office, pokmas, today=TODAY)) == 2


def test_kube_members_join_by_nik_or_family_card(office: AppContext, tmp_path: Path) -> None:
    business, stage = kube.business_types(office)[0][0], kube.stages(office)[0][0]
    group = kube.save_group(office, GroupInput(name="KUBE Maju Bersama", business_type=business, stage=stage,
                                               kelurahan_code=JOHAR_BARU, founded_on=date(2024, 1, 1)),
                            confirmed=True, today=TODAY)
    rows = [
        ["Nama KUBE", "NIK", "No KK", "Nama", "Jabatan"],
        ["KUBE Maju Bersama", TONO, "", "Tono Sugiarto", "Ketua"],
        ["kube maju bersama", "", ADI_KK, "Adi Nugroho", ""],  # by the family card, as a member
        ["KUBE Maju Bersama", "", "", "Sri Rahayu", "Pelindung"],
        ["KUBE Lain", ADI, "", "Adi Nugroho", "Anggota"],
    ]
    plan = run(office, write(tmp_path / "kube.csv", rows), "kube-members")
    result = outcome(plan)
    assert result[2] == ("create", []) and result[3] == ("create", [])
    assert result[4] == ("reject", ["Jabatan tidak dikenal: 'Pelindung' (Ketua, Sekretaris, Bendahara atau Anggota)"])
    assert result[5] == ("reject", ["KUBE 'KUBE Lain' tidak ditemukan"])
    members = kube.members(office, group, today=TODAY)
    assert sorted((m.name, m.role) for m in members) == [("Adi Nugroho", "anggota"), ("Tono Sugiarto", "ketua")]
    again = run(office, write(tmp_path / "kube.csv", rows), "kube-members")
    assert outcome(again)[2][0] == "match" and outcome(again)[3][0] == "match"
    assert len(kube.members(office, group, today=TODAY)) == 2

