"""Invented households with realistic shapes: sizes, ages, housing, programmes and PPKS shares
roughly as volunteers meet them in a poor urban kelurahan."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta

from psmdesk.datagen import names as n
from psmdesk.domain import choices as ch
from psmdesk.domain.enums import Sex
from psmdesk.domain.household import AssetInput, HouseholdInput, MemberInput, PpksInput

SIZE_WEIGHTS = ((1, 10), (2, 15), (3, 20), (4, 24), (5, 16), (6, 9), (7, 6))


def _weighted(rng: random.Random, options: ch.Choices, weights: tuple[int, ...]) -> str:
    return rng.choices([c for c, _ in options], weights=weights)[0]


class HouseholdGenerator:
    """Deterministic for a given seed: the same seed gives the same households, NIKs included."""

    def __init__(self, seed: int, kelurahan_codes: list[str], today: date, volunteer: str = "") -> None:
        self.rng = random.Random(seed)
        self.kelurahan_codes = kelurahan_codes
        self.today = today
        self.volunteer = volunteer
        self._serials: dict[str, int] = defaultdict(int)
        self._kk_serials: dict[str, int] = defaultdict(int)

    # Identity numbers -------------------------------------------------------------------
    def nik(self, kelurahan_code: str, sex: Sex, birth: date) -> str:
        area = kelurahan_code.replace(".", "")[:6]
        day = birth.day + (40 if sex is Sex.P else 0)
        stem = f"{area}{day:02d}{birth.month:02d}{birth.year % 100:02d}"
        self._serials[stem] += 1
        return f"{stem}{self._serials[stem]:04d}"

    def no_kk(self, kelurahan_code: str) -> str:
        area = kelurahan_code.replace(".", "")[:6]
        recorded = self.today - timedelta(days=self.rng.randint(30, 365 * 15))
        stem = f"{area}{recorded:%d%m%y}"
        self._kk_serials[stem] += 1
        return f"{stem}{self._kk_serials[stem]:04d}"

    # People ----------------------------------------------------------------------------
    def birth_date(self, age: int) -> date:
        return self.today - timedelta(days=age * 365 + self.rng.randint(0, 364))

    def person(self, kelurahan_code: str, sex: Sex, age: int, relation: str, family: str | None) -> MemberInput:
        rng = self.rng
        first = rng.choice(n.MALE_FIRST if sex is Sex.L else n.FEMALE_FIRST)
        name = f"{first} {family}" if family and rng.random() < 0.6 else first
        if rng.random() < 0.35:
            name = f"{name} {rng.choice(n.MALE_FIRST if sex is Sex.L else n.FEMALE_FIRST)}"
        birth = self.birth_date(age)
        has_nik = age >= 1 or rng.random() < 0.7
        adult = age >= 17
        return MemberInput(
            nik=self.nik(kelurahan_code, sex, birth) if has_nik else None,
            name=name, sex=sex, birth_date=birth, relation=relation,
            marital_status=("kawin" if relation in ("kepala_keluarga", "suami", "istri") else
                            "cerai_mati" if age >= 65 else "belum_kawin") if adult else "belum_kawin",
            education=self._education(age),
            occupation=(rng.choice(n.OCCUPATIONS_ADULT) if 18 <= age < 65 else
                        "Pelajar/Mahasiswa" if 6 <= age < 23 else "Tidak Bekerja" if age >= 65 else ""),
            disability=rng.choice([c for c, _ in ch.DISABILITY]) if rng.random() < 0.025 else None,
            chronic_illness=rng.choice(["Hipertensi", "Diabetes", "Asma", "Stroke"]) if age > 50 and
            rng.random() < 0.25 else "",
        )

    def _education(self, age: int) -> str:
        if age < 7:
            return "tidak_sekolah"
        if age < 13:
            return "belum_tamat_sd"
        weights = (8, 12, 30, 22, 22, 3, 3, 0) if age > 40 else (2, 3, 15, 22, 40, 8, 9, 1)
        return _weighted(self.rng, ch.EDUCATION, weights)

    # Households ------------------------------------------------------------------------
    def household(self) -> HouseholdInput:
        rng = self.rng
        kel = rng.choice(self.kelurahan_codes)
        family = rng.choice(n.FAMILY) if rng.random() < 0.55 else None
        size = rng.choices([s for s, _ in SIZE_WEIGHTS], weights=[w for _, w in SIZE_WEIGHTS])[0]
        members = self._members(kel, size, family)
        streets = n.STREETS.get(kel, n.DEFAULT_STREETS)
        visit = self.today - timedelta(days=rng.randint(0, 400))
        h = HouseholdInput(
            no_kk=self.no_kk(kel), kelurahan_code=kel, rt=f"{rng.randint(1, 15):03d}",
            rw=f"{rng.randint(1, 12):03d}", street=f"{rng.choice(streets)} No. {rng.randint(1, 120)}",
            visit_date=visit, volunteer=self.volunteer,
            tenure=_weighted(rng, ch.TENURE, (45, 25, 15, 10, 1, 4)),
            floor_area=float(rng.choice([12, 18, 21, 24, 30, 36, 45, 54, 60, 72])),
            floor_material=_weighted(rng, ch.FLOOR_MATERIAL, (40, 15, 35, 4, 1, 2, 3)),
            floor_condition=_weighted(rng, ch.CONDITION, (50, 35, 15)),
            wall_material=_weighted(rng, ch.WALL_MATERIAL, (80, 5, 8, 2, 4, 1)),
            wall_condition=_weighted(rng, ch.CONDITION, (45, 40, 15)),
            roof_material=_weighted(rng, ch.ROOF_MATERIAL, (10, 45, 25, 18, 1, 0, 1)),
            roof_condition=_weighted(rng, ch.CONDITION, (40, 40, 20)),
            bedrooms=rng.randint(1, 3),
            water_source=_weighted(rng, ch.WATER_SOURCE, (45, 35, 15, 3, 1, 0, 0, 1)),
            lighting_source=_weighted(rng, ch.LIGHTING, (85, 12, 2, 1)),
            electricity_va=int(_weighted(rng, ch.ELECTRICITY_VA, (30, 45, 18, 5, 2))),
            cooking_fuel=_weighted(rng, ch.COOKING_FUEL, (2, 80, 10, 3, 2, 1, 0, 2)),
            toilet=_weighted(rng, ch.TOILET, (70, 20, 9, 1)),
            desil=rng.randint(1, 6) if rng.random() < 0.6 else None,
            members=members,
        )
        h.programmes = self._programmes(members)
        h.ppks = self._ppks(members)
        if rng.random() < 0.35:
            h.assets.append(AssetInput(kind="keterampilan", text=rng.choice(n.SKILLS)))
        if rng.random() < 0.2:
            h.assets.append(AssetInput(kind="aset", text=rng.choice(n.ASSETS)))
        return h

    def _members(self, kel: str, size: int, family: str | None) -> list[MemberInput]:
        rng = self.rng
        if size == 1:
            sex = Sex.P if rng.random() < 0.6 else Sex.L
            head = self.person(kel, sex, rng.randint(60, 88), "kepala_keluarga", family)
            head.lives_alone = True
            head.marital_status = "cerai_mati"
            return [head]
        head_age = rng.randint(25, 70)
        female_head = rng.random() < 0.15
        head = self.person(kel, Sex.P if female_head else Sex.L, head_age, "kepala_keluarga", family)
        members = [head]
        if not female_head:
            members.append(self.person(kel, Sex.P, max(19, head_age - rng.randint(0, 8)), "istri", None))
        elif head.marital_status == "kawin":
            head.marital_status = "cerai_hidup"
        while len(members) < size:
            if head_age > 55 and rng.random() < 0.3:
                members.append(self.person(kel, rng.choice([Sex.L, Sex.P]), rng.randint(2, 12), "cucu", family))
            elif head_age < 45 and rng.random() < 0.1:
                members.append(self.person(kel, Sex.P, head_age + rng.randint(22, 30), "orang_tua", None))
            else:
                child_age = max(0, min(head_age - 19, rng.randint(0, 30)))
                members.append(self.person(kel, rng.choice([Sex.L, Sex.P]), child_age, "anak", family))
        return members

    def _programmes(self, members: list[MemberInput]) -> list[str]:
        rng = self.rng
        chosen = {p for p, share in (("pbi_jkn", 0.45), ("bpnt", 0.2), ("pkh", 0.15)) if rng.random() < share}
        if any(m.birth_date and (self.today - m.birth_date).days > 60 * 365 for m in members) and \
                rng.random() < 0.3:
            chosen.add("klj")
        if any(m.birth_date and 6 * 365 < (self.today - m.birth_date).days < 18 * 365 for m in members) and \
                rng.random() < 0.25:
            chosen.add("kip")
        return sorted(chosen)

    def _ppks(self, members: list[MemberInput]) -> list[PpksInput]:
        rng = self.rng
        cases: list[PpksInput] = []

        def status() -> str:
            return _weighted(rng, ch.PPKS_STATUS, (50, 25, 20, 5))

        def when() -> date:
            return self.today - timedelta(days=rng.randint(0, 300))

        for m in members:
            age = (self.today - m.birth_date).days // 365 if m.birth_date else 30
            if m.lives_alone and age >= 60 and rng.random() < 0.6:
                cases.append(PpksInput(member_id=m.id, category="lut", status=status(), status_date=when()))
            if m.disability:
                cases.append(PpksInput(member_id=m.id, category="akd" if age < 18 else "pd",
                                       status=status(), status_date=when()))
        if rng.random() < 0.12:
            cases.append(PpksInput(category="fm", status=status(), status_date=when()))
        if rng.random() < 0.02:
            cases.append(PpksInput(category="prse", member_id=members[0].id, status=status(), status_date=when()))
        return cases

    def households(self, count: int) -> Iterator[HouseholdInput]:
        for _ in range(count):
            yield self.household()
