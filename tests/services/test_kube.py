from __future__ import annotations

from datetime import date, timedelta

import pytest

from psmdesk.datagen.households import HouseholdGenerator
from psmdesk.domain.issues import ValidationFailed
from psmdesk.domain.kube import ActivityInput, GrantInput, GroupInput, KubeMemberInput
from psmdesk.domain.kube_cash import CashInput
from psmdesk.services import kube as service
from psmdesk.services import kube_book as book
from psmdesk.services.context import AppContext
from psmdesk.services.households import save_household

TODAY = date(2026, 11, 22)
JOHAR_BARU = "31.71.08.1001"


def households(ctx: AppContext, count: int, seed: int = 3) -> list[str]:
    """Households whose heads are of working age, so only the rules a test aims at fire."""
    ids = []
    for h in HouseholdGenerator(seed, [JOHAR_BARU], TODAY).households(count * 3):
        if 25 <= (TODAY - h.members[0].birth_date).days // 365 <= 60 and len(ids) < count:  # type: ignore[operator]
            ids.append(save_household(ctx, h, confirmed=True, today=TODAY))
    assert len(ids) == count
    return ids


def group(ctx: AppContext, name: str = "KUBE Maju Bersama") -> str:
    return service.save_group(ctx, GroupInput(
        name=name, business_type="kuliner", products="Keripik singkong", kelurahan_code=JOHAR_BARU, rw="5",
        founded_on=date(2025, 6, 1), companion="Sari Wulandari", stage="penumbuhan", bank_name="BRI",
        account_number="0123-01-000123-50-1", account_holder=name,
    ), today=TODAY)


def join(ctx: AppContext, group_id: str, household_id: str, role: str = "anggota", **kw: object) -> str:
    return service.save_member(ctx, KubeMemberInput(group_id=group_id, household_id=household_id, role=role,
                                                    joined_on=date(2025, 6, 1)), today=TODAY, **kw)  # type: ignore[arg-type]


def cash(ctx: AppContext, group_id: str, day: date, direction: str, amount: int, category: str) -> str:
    return book.post_cash(ctx, CashInput(group_id=group_id, entry_date=day, direction=direction, category=category,
                                         amount=amount, description="uji"), today=TODAY)


def test_group_is_saved_tidy_and_checked(volunteer: AppContext) -> None:
    gid = group(volunteer)
    g = service.get_group(volunteer, gid)
    assert (g.rw, g.account_number, g.stage) == ("005", "012301000123501", "penumbuhan")
    with pytest.raises(ValidationFailed) as err:
        service.save_group(volunteer, GroupInput(name="X", kelurahan_code="31.71"), today=TODAY)
    assert {i.field for i in err.value.issues} >= {"name", "business_type", "kelurahan_code", "stage"}
    with pytest.raises(service.KubeNeedsConfirmation):  # bank account half filled
        service.save_group(volunteer, g.model_copy(update={"account_holder": ""}), today=TODAY)


def test_ten_families_with_officers_and_the_roster_warnings(volunteer: AppContext) -> None:
    gid = group(volunteer)
    homes = households(volunteer, 11)
    for index, hid in enumerate(homes[:10]):
        join(volunteer, gid, hid, ["ketua", "sekretaris", "bendahara"][index] if index < 3 else "anggota")
    assert service.roster_warnings(volunteer, gid, today=TODAY) == []
    rows = service.overview(volunteer, today=TODAY)
    assert [(r.name, r.members) for r in rows] == [("KUBE Maju Bersama", 10)]

    # A second ketua, and a family that also joins another KUBE.
    views = service.members(volunteer, gid, today=TODAY)
    service.save_member(volunteer, service.get_member(volunteer, views[5].id).model_copy(update={"role": "ketua"}),
                        today=TODAY)
    other = group(volunteer, "KUBE Lain")
    with pytest.raises(service.KubeNeedsConfirmation) as err:
        join(volunteer, other, homes[0])
    assert "KUBE Maju Bersama" in str(err.value)
    join(volunteer, other, homes[0], confirmed=True)
    codes = {i.code for i in service.roster_warnings(volunteer, gid, today=TODAY)}
    assert codes == {"many_ketua", "two_groups"}
    with pytest.raises(ValidationFailed):  # the same family twice in one group
        join(volunteer, gid, homes[1])

    # Leaving is a date: the family stays in the list, no longer counted.
    leaver = service.get_member(volunteer, views[9].id)
    service.save_member(volunteer, leaver.model_copy(update={"left_on": TODAY - timedelta(days=3)}), today=TODAY)
    assert [r.members for r in service.overview(volunteer, today=TODAY) if r.id == gid] == [9]
    assert len(service.members(volunteer, gid, today=TODAY)) == 10


def test_too_few_members_and_no_officers(volunteer: AppContext) -> None:
    gid = group(volunteer)
    for hid in households(volunteer, 3):
        join(volunteer, gid, hid)
    codes = {i.code for i in service.roster_warnings(volunteer, gid, today=TODAY)}
    assert codes == {"too_few", "no_ketua", "no_sekretaris", "no_bendahara"}


def test_grant_activity_cash_and_a_reversal(volunteer: AppContext) -> None:
    gid = group(volunteer)
    homes = households(volunteer, 5)
    member_ids = [join(volunteer, gid, hid, r) for hid, r in
                  zip(homes, ["ketua", "sekretaris", "bendahara", "anggota", "anggota"], strict=True)]
    service.save_grant(volunteer, GrantInput(group_id=gid, source="kemensos", received_on=date(2025, 7, 1),
                                             amount=20_000_000, in_kind="Mesin pemotong singkong"),
                       post_to_cash=True, today=TODAY)
    service.save_activity(volunteer, ActivityInput(
        group_id=gid, held_on=date(2025, 7, 10), kind="pelatihan_produksi", topic="Keripik balado",
        participants=member_ids[:4], result="Semua bisa menggoreng", obstacles="Minyak mahal",
        follow_up="Cari pemasok"), today=TODAY)
    cash(volunteer, gid, date(2025, 7, 12), "out", 2_500_000, "bahan_baku")
    wrong = cash(volunteer, gid, date(2025, 7, 20), "in", 15_000_000, "penjualan")  # a zero too many
    cash(volunteer, gid, date(2025, 7, 20), "in", 1_500_000, "penjualan")
    assert book.balance(volunteer, gid) == 34_000_000

    fix = book.reverse_cash(volunteer, wrong, "salah ketik, kelebihan satu nol", on=date(2025, 8, 2), today=TODAY)
    lines = book.cash_book(volunteer, gid)
    assert lines[-1].balance == 19_000_000 == book.balance(volunteer, gid)
    assert len(lines) == 5  # history kept: the wrong entry is still there
    struck = next(line for line in lines if line.entry.id == wrong)
    assert struck.reversed_by == fix and struck.entry.amount == 15_000_000
    with pytest.raises(ValidationFailed):  # once only
        book.reverse_cash(volunteer, wrong, "lagi", today=TODAY)

    months = book.monthly_summary(volunteer, gid, today=TODAY)
    july = months[0]
    assert (july.year, july.month, july.income, july.expense, july.sales) == \
           (2025, 7, 21_500_000, 2_500_000, 1_500_000)
    assert months[-1].balance_end == 19_000_000 and (months[-1].year, months[-1].month) == (2026, 11)

    profile = book.group_profile(volunteer, gid, today=TODAY)
    assert profile.total_grants == 20_000_000 and profile.balance == 19_000_000
    assert profile.business_type == "Kuliner" and profile.stage == "Penumbuhan"
    assert profile.region.startswith("Kel. Johar Baru")
    assert profile.participants[member_ids[0]] and len(profile.activities) == 1
    assert profile.stalled  # nothing recorded since August 2025
    assert [r.stalled for r in service.overview(volunteer, service.KubeFilter(stalled_only=True), today=TODAY)] \
        == [True]


def test_cash_entries_are_never_edited_and_must_be_sane(volunteer: AppContext) -> None:
    gid = group(volunteer)
    with pytest.raises(ValidationFailed):
        cash(volunteer, gid, TODAY, "in", 0, "penjualan")
    with pytest.raises(ValidationFailed):
        cash(volunteer, gid, TODAY + timedelta(days=1), "in", 10, "penjualan")
    with pytest.raises(service.KubeNeedsConfirmation):  # before the group was founded
        cash(volunteer, gid, date(2024, 1, 1), "in", 10, "penjualan")
    assert not hasattr(book, "update_cash") and not hasattr(book, "delete_cash")


def test_overview_filters(volunteer: AppContext) -> None:
    a = group(volunteer, "KUBE Jahit Berkah")
    group(volunteer, "KUBE Lele Barokah")
    cash(volunteer, a, TODAY - timedelta(days=5), "in", 50_000, "iuran_anggota")
    names = lambda f: [r.name for r in service.overview(volunteer, f, today=TODAY)]  # noqa: E731
    assert names(service.KubeFilter(text="jahit")) == ["KUBE Jahit Berkah"]
    assert names(service.KubeFilter(text="johar lele")) == ["KUBE Lele Barokah"]
    assert names(service.KubeFilter(stalled_only=True)) == ["KUBE Lele Barokah"]
    assert names(service.KubeFilter(stage="mandiri")) == []
    [row] = service.overview(volunteer, service.KubeFilter(text="jahit"), today=TODAY)
    assert (row.balance, row.last_cash, row.kelurahan_name) == (50_000, TODAY - timedelta(days=5), "Johar Baru")
