"""A small, known Permakanan world shared by the meals tests of every layer (services, sync, UI):
invented lone elderly people with valid NIKs of Kec. Johar Baru, a Pokmas, and five recorded
days of November 2026 whose recap is computed by hand in EXPECTED."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from psmdesk.domain.enums import Sex
from psmdesk.domain.household import HouseholdInput, MemberInput
from psmdesk.domain.meals import DeliveryInput, PokmasInput
from psmdesk.services import meals as service
from psmdesk.services.context import AppContext
from psmdesk.services.households import save_household

TODAY = date(2026, 11, 22)
START = date(2026, 10, 1)
JOHAR_BARU = ["31.71.08.1001", "31.71.08.1002", "31.71.08.1003", "31.71.08.1004"]

# key: (NIK, name, sex, birth date, kelurahan, programmes of the household)
PEOPLE: dict[str, tuple[str, str, Sex, date, str, list[str]]] = {
    "siti": ("3171085203500001", "Siti Rahmah", Sex.P, date(1950, 3, 12), "31.71.08.1001", []),
    "bambang": ("3171080107480001", "Bambang Sutrisno", Sex.L, date(1948, 7, 1), "31.71.08.1002", []),
    "warsini": ("3171087011520001", "Warsini", Sex.P, date(1952, 11, 30), "31.71.08.1003", ["bpnt"]),
    "ani": ("3171086001450001", "Ani Suryani", Sex.P, date(1945, 1, 20), "31.71.08.1002", []),
    "joko": ("3171080505750001", "Joko Susilo", Sex.L, date(1975, 5, 5), "31.71.08.1004", []),
}
ROSTER = ("siti", "bambang", "warsini", "ani")
OVERRIDE = "BPNT keluarga sudah dihentikan bulan lalu."


@dataclass
class World:
    pokmas_id: str
    members: dict[str, str] = field(default_factory=dict)  # key -> member id
    ids: dict[str, str] = field(default_factory=dict)  # key -> beneficiary id


def add_person(ctx: AppContext, key: str, *, rt: str = "003", rw: str = "005") -> str:
    nik, name, sex, born, kelurahan, programmes = PEOPLE[key]
    member = MemberInput(nik=nik, name=name, sex=sex, birth_date=born, relation="kepala_keluarga",
                         lives_alone=True, marital_status="cerai_mati")
    save_household(ctx, HouseholdInput(kelurahan_code=kelurahan, rt=rt, rw=rw, street=f"Jl. Contoh {key.title()}",
                                       programmes=programmes, members=[member]), confirmed=True, today=TODAY)
    return member.id


def make_world(ctx: AppContext, *, roster: tuple[str, ...] = ROSTER) -> World:
    pokmas_id = service.save_pokmas(ctx, PokmasInput(
        name="Pokmas Sehat Bersama", kecamatan_code="31.71.08", kelurahan_codes=JOHAR_BARU, leader="Rina Wati",
        contact_phone="081234567890", kitchen_address="Jl. Johar Baru V No. 10", psm_name="Sari Wulandari"))
    world = World(pokmas_id)
    for number, key in enumerate(PEOPLE, start=1):
        world.members[key] = add_person(ctx, key, rt=f"{number:03d}")
    for key in roster:
        world.ids[key] = service.enrol(ctx, pokmas_id, world.members[key], START,
                                       override_reason=OVERRIDE if key == "warsini" else "", today=TODAY)
    return world


def received(bid: str, *, morning: bool = True, midday: bool = True, by: str = "Rina") -> DeliveryInput:
    return DeliveryInput(bid, "diterima", morning, midday, by)


def missed(bid: str, outcome: str) -> DeliveryInput:
    return DeliveryInput(bid, outcome, False, False)


def nov(day: int) -> date:
    return date(2026, 11, day)


def record_five_days(ctx: AppContext, w: World) -> None:
    """Days 1-5 of November 2026, as EXPECTED describes them."""
    s, b, wa, a = (w.ids[k] for k in ROSTER)
    save = service.save_day
    save(ctx, w.pokmas_id, nov(1), [received(s), received(b), received(wa), received(a)], menu="Nasi, ayam",
         times={"siap": "05.30", "olah": "06.00", "kemas": "08.00", "antar": "09.00"}, today=TODAY)
    save(ctx, w.pokmas_id, nov(2), [received(s), missed(b, "tidak_di_rumah"), received(wa, midday=False),
                                    received(a)], today=TODAY)
    # Warsini not recorded on day 3; Ani died that day and is ended with it as her last day.
    save(ctx, w.pokmas_id, nov(3), [received(s), missed(b, "dirawat_rs"), missed(a, "meninggal")], today=TODAY)
    service.end_beneficiary(ctx, a, nov(3), "meninggal")
    save(ctx, w.pokmas_id, nov(4), [received(s), missed(b, "dirawat_rs"), received(wa)], today=TODAY)
    # A correction: Siti was in fact not at home on day 4.
    save(ctx, w.pokmas_id, nov(4), [missed(s, "tidak_di_rumah")], today=TODAY)
    save(ctx, w.pokmas_id, nov(5), [received(s), received(b), received(wa)], today=TODAY)
    # A second delivery to Bambang on day 5, confirmed: a possible double, kept and flagged.
    service.add_delivery(ctx, w.pokmas_id, nov(5), received(b, by="Tono"), confirmed=True, today=TODAY)


# Per person: days received, morning, midday, missed per reason, doubles, cost (Rp30.000 a day).
EXPECTED: dict[str, dict[str, object]] = {
    "siti": {"days": 4, "morning": 4, "midday": 4, "missed": {"tidak_di_rumah": 1}, "doubles": 0, "cost": 120_000},
    "bambang": {"days": 2, "morning": 2, "midday": 2, "missed": {"tidak_di_rumah": 1, "dirawat_rs": 2},
                "doubles": 1, "cost": 60_000},
    "warsini": {"days": 4, "morning": 4, "midday": 3, "missed": {"tidak_tercatat": 1}, "doubles": 0,
                "cost": 120_000},
    "ani": {"days": 2, "morning": 2, "midday": 2, "missed": {"meninggal": 1}, "doubles": 0, "cost": 60_000},
}
EXPECTED_TOTAL = {"days": 12, "morning": 12, "midday": 11, "cost": 360_000,
                  "missed": {"tidak_di_rumah": 2, "dirawat_rs": 2, "meninggal": 1, "pindah": 0, "tidak_tercatat": 1}}
