"""Permakanan records through real bundles: a day travels whole, a correction travels as a new
entry, and two laptops delivering the same meal end up flagged at the office, never merged."""

from __future__ import annotations

from pathlib import Path

from psmdesk.services import meals as service
from psmdesk.services.enrollment import accept_enrollment, create_enrollment
from psmdesk.services.households import save_household
from tests.sync.conftest import Pair, make_ctx
from tests.sync.helpers import household, send
from tests.ui.meals.world import TODAY, make_world, missed, nov, received, record_five_days

MEAL_TABLES = ("pokmas", "meal_beneficiaries", "meal_days", "meal_deliveries")


def snapshot(ctx, table: str) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    columns = [r[1] for r in ctx.db.execute(f"PRAGMA table_info({table})") if r[1] not in ("version", "updated_at")]
    return ctx.db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id").fetchall()


def test_a_recorded_month_arrives_identical_at_the_office(pair: Pair) -> None:
    w = make_world(pair.volunteer)
    record_five_days(pair.volunteer, w)
    result = send(pair.volunteer, pair.office, pair.drop)
    assert result.conflicts == 0
    for table in MEAL_TABLES:
        assert snapshot(pair.office, table) == snapshot(pair.volunteer, table), table
    # The office reads the same recap, double delivery included.
    office = service.monthly_recap(pair.office, w.pokmas_id, 2026, 11)
    mine = service.monthly_recap(pair.volunteer, w.pokmas_id, 2026, 11)
    assert office == mine and office.doubles == 1


def test_a_correction_travels_and_the_history_stays(pair: Pair) -> None:
    w = make_world(pair.volunteer)
    s = w.ids["siti"]
    service.save_day(pair.volunteer, w.pokmas_id, nov(1), [received(s)], today=TODAY)
    send(pair.volunteer, pair.office, pair.drop)
    service.save_day(pair.volunteer, w.pokmas_id, nov(1), [missed(s, "tidak_di_rumah")], today=TODAY)
    result = send(pair.volunteer, pair.office, pair.drop)
    assert result.conflicts == 0
    history = service.delivery_history(pair.office, s, nov(1))
    assert [(h.record.outcome, h.record.live) for h in history] == [("diterima", False), ("tidak_di_rumah", True)]
    assert history[1].by == "Sari Wulandari"  # the office names the laptop's volunteer
    # And back: the office's roster bundle carries the Pokmas, the people and the entries.
    send(pair.office, pair.volunteer, pair.drop)
    for table in MEAL_TABLES:
        assert snapshot(pair.office, table) == snapshot(pair.volunteer, table), table


def test_the_same_delivery_from_two_laptops_is_flagged_at_the_office(pair: Pair, tmp_path: Path) -> None:
    w = make_world(pair.volunteer)
    send(pair.volunteer, pair.office, pair.drop)
    # A second volunteer of Kel. Johar Baru gets the roster of her area from the office.
    dewi = make_ctx(tmp_path, "relawan2", "relawan", "Dewi Lestari", "31.71.08.1001")
    try:
        accept_enrollment(dewi, create_enrollment(pair.office, "Dewi Lestari", ["31.71.08.1001"], pair.drop))
        save_household(dewi, household(), today=TODAY)  # her first bundle: the office approves her laptop
        send(dewi, pair.office, pair.drop)
        send(pair.office, dewi, pair.drop)
        # Only Siti lives in Kel. Johar Baru (31.71.08.1001): the others stay at the office.
        assert [r.row.name for r in service.roster(dewi, w.pokmas_id, today=TODAY)] == ["Siti Rahmah"]

        s = w.ids["siti"]
        service.save_day(pair.volunteer, w.pokmas_id, nov(6), [received(s)], menu="Nasi, ikan", today=TODAY)
        service.save_day(dewi, w.pokmas_id, nov(6), [received(s, by="Dewi")], menu="Nasi, ikan bakar", today=TODAY)
        send(pair.volunteer, pair.office, pair.drop)
        result = send(dewi, pair.office, pair.drop)
    finally:
        dewi.close()
    # Both entries are kept; the pair is flagged, not merged into one.
    entries = pair.office.db.execute("SELECT COUNT(*) FROM meal_deliveries WHERE beneficiary_id = ? AND date = ?",
                                     [s, "2026-11-06"]).fetchone()[0]
    assert entries == 2
    [double] = service.double_deliveries(pair.office, w.pokmas_id, nov(6), nov(6))
    assert (double.name, double.meals) == ("Siti Rahmah", ("pagi", "siang"))
    # The day itself is one record on every laptop: the two menus met as a field conflict.
    assert pair.office.db.execute("SELECT COUNT(*) FROM meal_days WHERE date = '2026-11-06'").fetchone()[0] == 1
    assert result.conflicts == 1
