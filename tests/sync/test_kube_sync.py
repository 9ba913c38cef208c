"""KUBE over sync: a group with its members, grant, activity and cash book travels whole, a
reversal travels like any entry, and append-only cash entries never conflict."""

from __future__ import annotations

from datetime import date

from psmdesk.datagen.households import HouseholdGenerator
from psmdesk.domain.kube import ActivityInput, GrantInput, GroupInput, KubeMemberInput
from psmdesk.domain.kube_cash import CashInput
from psmdesk.services import kube as kube
from psmdesk.services import kube_book as book
from psmdesk.services.context import AppContext
from psmdesk.services.households import save_household
from tests.sync.conftest import Pair
from tests.sync.helpers import send

TODAY = date(2026, 11, 22)
TABLES = ("kube_groups", "kube_members", "kube_grants", "kube_activities", "kube_cash")


def snapshot(ctx: AppContext, table: str) -> list[tuple[object, ...]]:
    columns = [r[1] for r in ctx.db.execute(f"PRAGMA table_info({table})") if r[1] not in ("version", "updated_at")]
    return ctx.db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id").fetchall()


def post(ctx: AppContext, group_id: str, day: int, direction: str, amount: int, what: str) -> str:
    return book.post_cash(ctx, CashInput(group_id=group_id, entry_date=date(2026, 10, day), direction=direction,
                                         category="penjualan" if direction == "in" else "bahan_baku", amount=amount,
                                         description=what), today=TODAY)


def make_group(ctx: AppContext) -> str:
    homes = [save_household(ctx, h, confirmed=True, today=TODAY)
             for h in HouseholdGenerator(5, ["31.71.08.1001"], TODAY).households(6)]
    gid = kube.save_group(ctx, GroupInput(name="KUBE Rempeyek Johar", business_type="kuliner",
                                          kelurahan_code="31.71.08.1001", rw="002", founded_on=date(2026, 1, 5),
                                          stage="penumbuhan"), today=TODAY)
    roles = ["ketua", "sekretaris", "bendahara", "anggota", "anggota", "anggota"]
    ids = [kube.save_member(ctx, KubeMemberInput(group_id=gid, household_id=hid, role=role,
                                                 joined_on=date(2026, 1, 5)), confirmed=True, today=TODAY)
           for hid, role in zip(homes, roles, strict=True)]
    kube.save_grant(ctx, GrantInput(group_id=gid, source="pemprov", received_on=date(2026, 2, 1),
                                    amount=10_000_000), post_to_cash=True, today=TODAY)
    kube.save_activity(ctx, ActivityInput(group_id=gid, held_on=date(2026, 2, 3), kind="rapat_anggota",
                                          participants=ids[:4], result="Sepakat iuran Rp10.000"), today=TODAY)
    post(ctx, gid, 1, "out", 750_000, "kacang dan tepung")
    post(ctx, gid, 3, "in", 1_200_000, "jual rempeyek")
    return gid


def test_a_group_round_trips_identically_and_a_reversal_travels(pair: Pair) -> None:
    gid = make_group(pair.volunteer)
    result = send(pair.volunteer, pair.office, pair.drop)
    assert result.conflicts == 0
    for table in TABLES:
        assert snapshot(pair.office, table) == snapshot(pair.volunteer, table), table

    wrong = post(pair.volunteer, gid, 4, "in", 120_000_000, "salah ketik")
    fix = book.reverse_cash(pair.volunteer, wrong, "kelebihan nol", today=TODAY)
    send(pair.volunteer, pair.office, pair.drop)
    for table in TABLES:
        assert snapshot(pair.office, table) == snapshot(pair.volunteer, table), table
    lines = book.cash_book(pair.office, gid)
    assert next(line for line in lines if line.entry.id == wrong).reversed_by == fix
    assert book.balance(pair.office, gid) == book.balance(pair.volunteer, gid) == 10_450_000
    assert book.monthly_summary(pair.office, gid, today=TODAY) == book.monthly_summary(pair.volunteer, gid,
                                                                                         today=TODAY)


def test_cash_entries_from_two_devices_never_conflict(pair: Pair) -> None:
    gid = make_group(pair.volunteer)
    send(pair.volunteer, pair.office, pair.drop)
    shared = post(pair.volunteer, gid, 5, "in", 300_000, "jual di bazar")
    send(pair.volunteer, pair.office, pair.drop)

    # Both write the same group's book offline, and both reverse the same entry.
    post(pair.office, gid, 6, "out", 100_000, "plastik kemasan")
    post(pair.volunteer, gid, 6, "in", 250_000, "pesanan arisan")
    book.reverse_cash(pair.office, shared, "dobel dicatat", today=TODAY)
    book.reverse_cash(pair.volunteer, shared, "dobel dicatat", today=TODAY)
    to_office = send(pair.volunteer, pair.office, pair.drop)
    to_volunteer = send(pair.office, pair.volunteer, pair.drop)
    assert to_office.conflicts == 0 and to_volunteer.conflicts == 0
    assert snapshot(pair.office, "kube_cash") == snapshot(pair.volunteer, "kube_cash")

    lines = book.cash_book(pair.office, gid)
    assert [line.balance for line in lines] == [line.balance for line in book.cash_book(pair.volunteer, gid)]
    # Both reversals count (money moved twice on paper) and the second one is flagged for the
    # volunteer to reverse; nothing waits in the conflict queue.
    assert sum(line.extra_reversal for line in lines) == 1
    warnings = book.group_warnings(pair.office, gid, today=TODAY)
    assert any(i.code == "double_reversal" for i in warnings)
    assert pair.office.db.execute("SELECT COUNT(*) FROM conflicts").fetchone()[0] == 0
