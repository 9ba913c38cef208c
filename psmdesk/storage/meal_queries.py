"""Permakanan reads for the screens and the recap: the roster in delivery-route order, people
who could join it, and the live delivery entries of a date range."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from psmdesk.domain.meals import LiveEntry
from psmdesk.domain.names import name_key
from psmdesk.storage.meals import LIVE, PERSON_COLUMNS, PersonFacts, person_facts

# Kelurahan, then RW and RT: the order the delivery walks its route, and the order of the paper list.
ROUTE_ORDER = "h.kelurahan_code, h.rw, h.rt, m.name_key, b.id"


@dataclass(frozen=True)
class RosterRow:
    id: str
    pokmas_id: str
    person: PersonFacts
    start_date: str
    end_date: str | None
    end_reason: str
    override_reason: str
    diet_notes: str
    health_notes: str

    @property
    def name(self) -> str:
        return self.person.name


def roster(db: Database, pokmas_id: str, *, active_on: str | None = None, include_ended: bool = True,
           also: frozenset[str] = frozenset()) -> list[RosterRow]:
    """The Pokmas's beneficiaries in route order. `active_on` keeps those on the roster that day;
    `also` adds beneficiaries wanted whatever their dates (e.g. with an entry that day)."""
    clauses = ["b.pokmas_id = ?", "b.deleted_at IS NULL"]
    params: list[Any] = [pokmas_id]
    if active_on is not None:
        clauses.append("((b.start_date <= ? AND (b.end_date IS NULL OR b.end_date >= ?))"
                       " OR b.id IN (SELECT value FROM json_each(?)))")
        params.extend([active_on, active_on, _json(also)])
    elif not include_ended:
        clauses.append("b.end_date IS NULL")
    rows = db.execute(
        f"""SELECT b.id, b.pokmas_id, b.start_date, b.end_date, b.end_reason, b.override_reason,
                   b.diet_notes, b.health_notes, {PERSON_COLUMNS}
            FROM meal_beneficiaries b
            JOIN members m ON m.id = b.member_id
            JOIN households h ON h.id = b.household_id
            WHERE {' AND '.join(clauses)} ORDER BY {ROUTE_ORDER}""",
        params,
    ).fetchall()
    return [RosterRow(r[0], r[1], person_facts(r[8:]), *r[2:8]) for r in rows]


@dataclass(frozen=True)
class RosterDates:
    id: str
    name: str
    start_date: str
    end_date: str | None


def roster_dates(db: Database, pokmas_id: str, day: str, also: frozenset[str]) -> dict[str, RosterDates]:
    """Who may have an entry on `day` (on the roster, or in `also`): the light read that saving a
    day needs, without the address and programmes of the full roster."""
    rows = db.execute(
        "SELECT b.id, m.name, b.start_date, b.end_date FROM meal_beneficiaries b JOIN members m ON m.id = b.member_id"
        " WHERE b.pokmas_id = ? AND b.deleted_at IS NULL AND ((b.start_date <= ? AND (b.end_date IS NULL"
        " OR b.end_date >= ?)) OR b.id IN (SELECT value FROM json_each(?)))",
        [pokmas_id, day, day, _json(also)],
    ).fetchall()
    return {r[0]: RosterDates(*r) for r in rows}


def _json(values: frozenset[str]) -> str:
    return json.dumps(sorted(values))


def candidates(db: Database, kelurahan_codes: list[str], text: str = "", *, limit: int = 200,
               alone_only: bool = False) -> list[PersonFacts]:
    """Mapped people in the served kelurahan, by name or NIK prefix; oldest first, so the lone
    elderly come to the top of an empty search."""
    clauses = ["m.deleted_at IS NULL", "h.deleted_at IS NULL",
               "h.kelurahan_code IN (SELECT value FROM json_each(?))"]
    params: list[Any] = [_json(frozenset(kelurahan_codes))]
    digits = "".join(c for c in text if c.isdigit())
    key = name_key(text)
    if digits and len(digits) >= 4 and digits == text.strip().replace(" ", ""):
        clauses.append("m.nik LIKE ?")
        params.append(digits + "%")
    elif key:
        # Any word of the name may start the match ("sari" finds "Dewi Sari").
        clauses.append("(m.name_key LIKE ? OR m.name_key LIKE ?)")
        params.extend([key + "%", "% " + key + "%"])
    if alone_only:
        clauses.append("m.lives_alone = 1")
    rows = db.execute(
        f"SELECT {PERSON_COLUMNS} FROM members m JOIN households h ON h.id = m.household_id"
        f" WHERE {' AND '.join(clauses)}"
        " ORDER BY m.lives_alone DESC, coalesce(m.birth_date, '9999'), m.name_key, m.nik LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [person_facts(r) for r in rows]


def live_entries(db: Database, pokmas_id: str, start: str, end: str) -> list[LiveEntry]:
    """The live entries of a Pokmas between two ISO dates (inclusive), oldest clock first.
    73,000 rows for a Pokmas-year: one index range scan, one probe per row for supersession."""
    rows = db.execute(
        "SELECT d.id, d.beneficiary_id, d.date, d.outcome, d.morning, d.midday, d.hlc FROM meal_deliveries d"
        f" WHERE d.pokmas_id = ? AND d.date BETWEEN ? AND ? AND d.deleted_at IS NULL AND {LIVE}"
        " ORDER BY d.hlc",
        [pokmas_id, start, end],
    ).fetchall()
    return [LiveEntry(r[0], r[1], r[2], r[3], bool(r[4]), bool(r[5]), r[6]) for r in rows]


def recorded_days(db: Database, pokmas_id: str, start: str, end: str) -> set[str]:
    """Days the Pokmas recorded anything: a menu and stage times, or at least one delivery."""
    rows = db.execute(
        "SELECT date FROM meal_days WHERE pokmas_id = ? AND date BETWEEN ? AND ? AND deleted_at IS NULL"
        " UNION SELECT DISTINCT date FROM meal_deliveries WHERE pokmas_id = ? AND date BETWEEN ? AND ?",
        [pokmas_id, start, end, pokmas_id, start, end],
    ).fetchall()
    return {r[0] for r in rows}


@dataclass(frozen=True)
class DayCounts:
    pokmas_id: str
    planned: int  # on the roster that day
    recorded: int  # with a live entry that day
    delivered: int  # received at least one meal


def day_counts(db: Database, day: str) -> dict[str, DayCounts]:
    """Per active Pokmas, for Beranda: one query, whatever the number of Pokmas."""
    rows = db.execute(
        f"""SELECT p.id,
               (SELECT COUNT(*) FROM meal_beneficiaries b WHERE b.pokmas_id = p.id AND b.deleted_at IS NULL
                  AND b.start_date <= :day AND (b.end_date IS NULL OR b.end_date >= :day)),
               (SELECT COUNT(DISTINCT d.beneficiary_id) FROM meal_deliveries d WHERE d.pokmas_id = p.id
                  AND d.date = :day AND d.outcome != 'batal' AND d.deleted_at IS NULL AND {LIVE}),
               (SELECT COUNT(DISTINCT d.beneficiary_id) FROM meal_deliveries d WHERE d.pokmas_id = p.id
                  AND d.date = :day AND d.outcome = 'diterima' AND d.deleted_at IS NULL AND {LIVE})
           FROM pokmas p WHERE p.deleted_at IS NULL AND p.active = 1""",
        {"day": day},
    ).fetchall()
    return {r[0]: DayCounts(r[0], r[1], r[2], r[3]) for r in rows}


def handed_by(db: Database, pokmas_id: str, start: str, end: str) -> dict[tuple[str, str], str]:
    """(beneficiary, date) -> who handed the meal over, from the newest live entry."""
    rows = db.execute(
        "SELECT d.beneficiary_id, d.date, d.handed_by FROM meal_deliveries d WHERE d.pokmas_id = ?"
        f" AND d.date BETWEEN ? AND ? AND d.outcome != 'batal' AND d.deleted_at IS NULL AND {LIVE} ORDER BY d.hlc",
        [pokmas_id, start, end],
    ).fetchall()
    return {(r[0], r[1]): r[2] for r in rows}


@dataclass(frozen=True)
class RecapCounts:
    days_delivered: int
    morning: int
    midday: int
    doubles: int
    missed: dict[str, int]  # outcome of the newest entry of a day without diterima -> days
    days_on_roster: int  # days with an entry while on the roster (for "not recorded")


_MISSED = ("tidak_di_rumah", "dirawat_rs", "meninggal", "pindah")


def recap_counts(db: Database, pokmas_id: str, start: str, end: str) -> dict[str, RecapCounts]:
    """Per beneficiary, the recap's figures over the live entries, aggregated inside SQLite: a
    Pokmas-year is 73,000 entries, and only ~200 rows come back. The rules are those of
    `services.meal_recap` (and `domain.meals.double_meals` for a double).

    Nearly every person-day has exactly one entry, and then that entry is the day: its figures are
    summed per person in one pass over the covering index `meal_deliveries_recap` (person, date
    order, no sort). Only the few days with several entries (corrections, doubles, withdrawn
    entries) are grouped per day first. A stamp is fixed width (52 characters), so the newest
    outcome of a missed day is the tail of max(hlc || outcome). Superseded entries are looked up
    once, as a set, not probed per entry."""
    one_missed = ", ".join(f"sum(d.outcome = '{code}') AS m{i}" for i, code in enumerate(_MISSED))
    day_missed = ", ".join(f"sum(NOT received AND last = '{code}')" for code in _MISSED)
    total_missed = ", ".join(f"sum(m{i})" for i in range(len(_MISSED)))
    counted = ("d.pokmas_id = :pokmas AND d.date BETWEEN :start AND :end AND d.deleted_at IS NULL"
               " AND d.outcome != 'batal' AND d.rowid NOT IN superseded")

    def on_roster(day: str) -> str:
        return f"sum({day} >= b.start_date AND {day} <= coalesce(b.end_date, '9999-12-31'))"

    rows = db.execute(
        f"""WITH superseded AS (
              SELECT x.rowid FROM meal_deliveries s JOIN meal_deliveries x ON x.id = s.supersedes_id
              WHERE s.supersedes_id IS NOT NULL),
            shared AS (
              SELECT d.beneficiary_id AS bid, d.date AS day FROM meal_deliveries d
              WHERE d.pokmas_id = :pokmas AND d.date BETWEEN :start AND :end
              GROUP BY d.beneficiary_id, d.date HAVING count(*) > 1),
            days AS (
              SELECT d.beneficiary_id AS bid, d.date AS day,
                     max(d.outcome = 'diterima') AS received,
                     max(d.morning AND d.outcome = 'diterima') AS morning,
                     max(d.midday AND d.outcome = 'diterima') AS midday,
                     (sum(d.morning) > 1 OR sum(d.midday) > 1) AS double,
                     substr(max(CASE WHEN d.outcome != 'diterima' THEN d.hlc || d.outcome END), 53) AS last
              FROM shared CROSS JOIN meal_deliveries d
                ON d.beneficiary_id = shared.bid AND d.date = shared.day
              WHERE {counted}
              GROUP BY d.beneficiary_id, d.date),
            parts AS (
              SELECT d.beneficiary_id AS bid, sum(d.outcome = 'diterima') AS received,
                     sum(d.morning AND d.outcome = 'diterima') AS morning,
                     sum(d.midday AND d.outcome = 'diterima') AS midday,
                     sum(d.morning > 1 OR d.midday > 1) AS double, {one_missed},
                     {on_roster('d.date')} AS on_roster
              FROM meal_deliveries d JOIN meal_beneficiaries b ON b.id = d.beneficiary_id
              WHERE {counted} AND (d.beneficiary_id, d.date) NOT IN shared
              GROUP BY d.beneficiary_id
              UNION ALL
              SELECT days.bid, sum(received), sum(morning), sum(midday), sum(double), {day_missed},
                     {on_roster('days.day')}
              FROM days JOIN meal_beneficiaries b ON b.id = days.bid
              GROUP BY days.bid)
            SELECT bid, sum(received), sum(morning), sum(midday), sum(double), {total_missed}, sum(on_roster)
            FROM parts GROUP BY bid""",
        {"pokmas": pokmas_id, "start": start, "end": end},
    ).fetchall()
    return {r[0]: RecapCounts(r[1], r[2], r[3], r[4], dict(zip(_MISSED, r[5:9], strict=True)), r[9])
            for r in rows}
