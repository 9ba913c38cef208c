"""A mapped household (Keluarga): the family card, its members, housing, PPKS and programmes.

The form builds a `HouseholdInput`; `check_household` returns every problem at once, each tied
to the field it belongs to, so the form can mark the field."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from psmdesk.domain import choices as ch
from psmdesk.domain.address import check_address
from psmdesk.domain.enums import Sex
from psmdesk.domain.ids import new_id
from psmdesk.domain.issues import Issue, Severity
from psmdesk.domain.kk import check_kk
from psmdesk.domain.person import PersonInput, check_person


class MemberInput(BaseModel):
    model_config = ConfigDict(validate_assignment=True)

    id: str = Field(default_factory=new_id)
    nik: str | None = None
    name: str = ""
    sex: Sex | None = None
    birth_date: date | None = None
    age_years: int | None = None
    relation: str = ""
    marital_status: str | None = None
    education: str | None = None
    occupation: str = ""
    disability: str | None = None
    chronic_illness: str = ""
    lives_alone: bool = False
    phone: str | None = None


class PpksInput(BaseModel):
    id: str = Field(default_factory=new_id)
    member_id: str | None = None  # None: the household as a whole
    category: str
    status: str = "diidentifikasi"
    status_date: date | None = None
    notes: str = ""


class AssetInput(BaseModel):
    kind: str = "keterampilan"  # keterampilan (skill) or aset (asset), ABCD mapping
    text: str


HOUSING_FIELDS: dict[str, ch.Choices] = {
    "tenure": ch.TENURE,
    "floor_material": ch.FLOOR_MATERIAL,
    "floor_condition": ch.CONDITION,
    "wall_material": ch.WALL_MATERIAL,
    "wall_condition": ch.CONDITION,
    "roof_material": ch.ROOF_MATERIAL,
    "roof_condition": ch.CONDITION,
    "water_source": ch.WATER_SOURCE,
    "lighting_source": ch.LIGHTING,
    "cooking_fuel": ch.COOKING_FUEL,
    "toilet": ch.TOILET,
}


class HouseholdInput(BaseModel):
    id: str | None = None
    no_kk: str | None = None
    kelurahan_code: str = ""
    rt: str = ""
    rw: str = ""
    street: str = ""
    latitude: float | None = None
    longitude: float | None = None
    visit_date: date | None = None
    volunteer: str = ""
    tenure: str | None = None
    floor_area: float | None = None
    floor_material: str | None = None
    floor_condition: str | None = None
    wall_material: str | None = None
    wall_condition: str | None = None
    roof_material: str | None = None
    roof_condition: str | None = None
    bedrooms: int | None = None
    water_source: str | None = None
    lighting_source: str | None = None
    electricity_va: int | None = None
    cooking_fuel: str | None = None
    toilet: str | None = None
    programmes: list[str] = Field(default_factory=list)
    programmes_other: str = ""
    desil: int | None = None
    assets: list[AssetInput] = Field(default_factory=list)
    notes: str = ""
    members: list[MemberInput] = Field(default_factory=list)
    ppks: list[PpksInput] = Field(default_factory=list)

    def head(self) -> MemberInput | None:
        return next((m for m in self.members if m.relation == ch.HEAD), None)


def _error(field: str, code: str, message: str) -> Issue:
    return Issue(field, code, message, Severity.ERROR)


def check_member(member: MemberInput, index: int, *, today: date) -> list[Issue]:
    prefix = f"members[{index}]."
    person = PersonInput(
        nik=member.nik, name=member.name, sex=member.sex, birth_date=member.birth_date,
        age_years=member.age_years, phone=member.phone,
    )
    issues = [
        Issue(prefix + i.field, i.code, i.message, i.severity) for i in check_person(person, today=today)
    ]
    if member.relation not in ch.codes(ch.RELATION):
        issues.append(_error(prefix + "relation", "relation", "Hubungan dengan kepala keluarga wajib dipilih."))
    for field, options in (("marital_status", ch.MARITAL_STATUS), ("education", ch.EDUCATION),
                           ("disability", ch.DISABILITY)):
        value = getattr(member, field)
        if value and value not in ch.codes(options):
            issues.append(_error(prefix + field, "choice", "Pilihan tidak dikenal."))
    return issues


def check_household(
    household: HouseholdInput, *, today: date, ppks_codes: frozenset[str] | None = None,
    programme_codes: frozenset[str] | None = None,
) -> list[Issue]:
    """Every problem of the household at once. Errors block saving; warnings ask to confirm."""
    issues: list[Issue] = []
    issues.extend(check_address(household.kelurahan_code, household.rt, household.rw,
                                household.latitude, household.longitude))
    if household.no_kk:
        issues.extend(check_kk(household.no_kk, field="no_kk").issues)
    else:
        issues.append(Issue("no_kk", "kk_missing", "No. KK belum diisi.", Severity.WARNING))
    if household.visit_date and household.visit_date > today:
        issues.append(_error("visit_date", "future", "Tanggal kunjungan tidak boleh di masa depan."))

    issues.extend(_check_members(household, today))
    issues.extend(_check_housing(household))
    issues.extend(_check_ppks(household, ppks_codes))
    if programme_codes is not None:
        unknown = [p for p in household.programmes if p not in programme_codes]
        if unknown:
            issues.append(_error("programmes", "programme", "Program bantuan tidak dikenal."))
    return issues


def _check_members(household: HouseholdInput, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if not household.members:
        return [_error("members", "no_members", "Tambahkan minimal satu anggota keluarga.")]
    heads = [i for i, m in enumerate(household.members) if m.relation == ch.HEAD]
    if not heads:
        issues.append(_error("members", "no_head", "Pilih satu anggota sebagai Kepala Keluarga."))
    for extra in heads[1:]:
        issues.append(_error(f"members[{extra}].relation", "two_heads", "Kepala Keluarga hanya boleh satu."))
    seen: dict[str, int] = {}
    for index, member in enumerate(household.members):
        issues.extend(check_member(member, index, today=today))
        if member.nik:
            if member.nik in seen:
                issues.append(_error(f"members[{index}].nik", "nik_twice",
                                     f"NIK sama dengan anggota nomor {seen[member.nik] + 1}."))
            else:
                seen[member.nik] = index
    return issues


def _check_housing(household: HouseholdInput) -> list[Issue]:
    issues: list[Issue] = []
    for field, options in HOUSING_FIELDS.items():
        value = getattr(household, field)
        if value and value not in ch.codes(options):
            issues.append(_error(field, "choice", "Pilihan tidak dikenal."))
    if household.floor_area is not None and not 1 <= household.floor_area <= 5000:
        issues.append(_error("floor_area", "floor_area", "Luas lantai harus antara 1 dan 5.000 m²."))
    if household.bedrooms is not None and not 0 <= household.bedrooms <= 50:
        issues.append(_error("bedrooms", "bedrooms", "Jumlah kamar tidur tidak masuk akal."))
    if household.desil is not None and not 1 <= household.desil <= 10:
        issues.append(_error("desil", "desil", "Desil DTSEN harus 1 sampai 10."))
    if household.electricity_va is not None and str(household.electricity_va) not in ch.codes(ch.ELECTRICITY_VA):
        issues.append(_error("electricity_va", "choice", "Daya listrik tidak dikenal."))
    return issues


def _check_ppks(household: HouseholdInput, ppks_codes: frozenset[str] | None) -> list[Issue]:
    issues: list[Issue] = []
    member_ids = {m.id for m in household.members}
    for index, case in enumerate(household.ppks):
        prefix = f"ppks[{index}]."
        if ppks_codes is not None and case.category not in ppks_codes:
            issues.append(_error(prefix + "category", "category", "Kategori PPKS tidak dikenal."))
        if case.status not in ch.codes(ch.PPKS_STATUS):
            issues.append(_error(prefix + "status", "status", "Status PPKS tidak dikenal."))
        if case.member_id is not None and case.member_id not in member_ids:
            issues.append(_error(prefix + "member_id", "member", "Anggota untuk PPKS ini sudah tidak ada."))
    return issues
