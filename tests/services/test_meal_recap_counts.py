"""The recap's SQL against the rules written out plainly: every person-day grouped first (the
query the recap used before it was made fast), over a month of random deliveries with
corrections, second deliveries, withdrawn entries and a person who left the roster."""

from __future__ import annotations

import random

from psmdesk.domain.meals import DeliveryInput
from psmdesk.services import meals as service
from psmdesk.services.context import AppContext
from psmdesk.storage.meal_queries import _MISSED, RecapCounts, recap_counts
from tests.ui.meals.world import TODAY, make_world, nov

REFERENCE = f"""
    WITH days AS (
      SELECT d.beneficiary_id AS bid, d.date AS day,
             max(d.outcome = 'diterima') AS received,
             max(d.morning AND d.outcome = 'diterima') AS morning,
             max(d.midday AND d.outcome = 'diterima') AS midday,
             (sum(d.morning) > 1 OR sum(d.midday) > 1) AS double,
             substr(max(CASE WHEN d.outcome != 'diterima' THEN d.hlc || d.outcome END), 53) AS last
      FROM meal_deliveries d
      WHERE d.pokmas_id = ? AND d.date BETWEEN ? AND ? AND d.deleted_at IS NULL AND d.outcome != 'batal'
        AND NOT EXISTS (SELECT 1 FROM meal_deliveries s WHERE s.supersedes_id = d.id)
      GROUP BY d.beneficiary_id, d.date)
    SELECT days.bid, sum(received), sum(morning), sum(midday), sum(double),
           {", ".join(f"sum(NOT received AND last = '{code}')" for code in _MISSED)},
           sum(days.day >= b.start_date AND days.day <= coalesce(b.end_date, '9999-12-31'))
    FROM days JOIN meal_beneficiaries b ON b.id = days.bid
    GROUP BY days.bid"""


def reference(ctx: AppContext, pokmas_id: str, start: str, end: str) -> dict[str, RecapCounts]:
    rows = ctx.db.execute(REFERENCE, [pokmas_id, start, end]).fetchall()
    return {r[0]: RecapCounts(r[1], r[2], r[3], r[4], dict(zip(_MISSED, r[5:9], strict=True)), r[9]) for r in rows}


def test_recap_counts_follow_the_per_day_rules(volunteer: AppContext) -> None:
    w = make_world(volunteer)
    rng = random.Random(8)
    ids = list(w.ids.values())
    outcomes = ("diterima", "diterima", "diterima", "tidak_di_rumah", "dirawat_rs")

    def entry(bid: str) -> DeliveryInput:
        outcome = rng.choice(outcomes)
        if outcome == "diterima":
            return DeliveryInput(bid, outcome, rng.random() < 0.8, True, "Rina")
        return DeliveryInput(bid, outcome, False, False)

    for day in range(1, 21):
        service.save_day(volunteer, w.pokmas_id, nov(day), [entry(b) for b in ids], today=TODAY)
        if rng.random() < 0.4:  # corrections: some outcomes written again differently
            service.save_day(volunteer, w.pokmas_id, nov(day), [entry(b) for b in ids], today=TODAY)
        if rng.random() < 0.4:  # a second delivery the same day, sometimes withdrawn again
            extra = service.add_delivery(volunteer, w.pokmas_id, nov(day),
                                         DeliveryInput(rng.choice(ids), "diterima", True, rng.random() < 0.5, "Tono"),
                                         confirmed=True, today=TODAY)
            if rng.random() < 0.5:
                service.void_delivery(volunteer, extra, "Tercatat dua kali")
    service.end_beneficiary(volunteer, ids[0], nov(12), "pindah")
    shapes = volunteer.db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM meal_deliveries GROUP BY beneficiary_id, date HAVING count(*) > 1)"
    ).fetchone()[0]
    assert shapes > 5  # the month holds days with several entries, not only plain ones
    for start, end in (("2026-11-01", "2026-11-30"), ("2026-11-05", "2026-11-15"), ("2026-12-01", "2026-12-31")):
        assert recap_counts(volunteer.db, w.pokmas_id, start, end) == reference(volunteer, w.pokmas_id, start, end)
    assert any(c.doubles for c in recap_counts(volunteer.db, w.pokmas_id, "2026-11-01", "2026-11-30").values())
