"""Counts for the printed household-mapping recap, per RW of one kelurahan."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

PROGRAMME_CODES = ("pkh", "bpnt", "pbi_jkn", "kip", "klj")


@dataclass
class RwCounts:
    rw: str
    households: int = 0
    people: int = 0
    male: int = 0
    female: int = 0
    elderly: int = 0
    disabled: int = 0
    programmes: dict[str, int] = field(default_factory=dict)
    ppks: dict[str, int] = field(default_factory=dict)


def rw_counts(db: Database, kelurahan_code: str, today_iso: str) -> list[RwCounts]:
    by_rw: dict[str, RwCounts] = {}
    for rw, households in db.execute(
        "SELECT rw, COUNT(*) FROM households WHERE kelurahan_code = ? AND deleted_at IS NULL GROUP BY rw",
        [kelurahan_code],
    ):
        by_rw[rw] = RwCounts(rw, households)
    for rw, people, male, female, elderly, disabled in db.execute(
        """SELECT h.rw, COUNT(*), SUM(m.sex = 'L'), SUM(m.sex = 'P'),
                  SUM(m.birth_date IS NOT NULL AND m.birth_date <= date(?, '-60 years')
                      OR m.birth_date IS NULL AND m.age_years >= 60),
                  SUM(m.disability IS NOT NULL)
           FROM members m JOIN households h ON h.id = m.household_id
           WHERE h.kelurahan_code = ? AND h.deleted_at IS NULL AND m.deleted_at IS NULL GROUP BY h.rw""",
        [today_iso, kelurahan_code],
    ):
        counts = by_rw.setdefault(rw, RwCounts(rw))
        counts.people, counts.male, counts.female = people, male or 0, female or 0
        counts.elderly, counts.disabled = elderly or 0, disabled or 0
    for rw, code, n in db.execute(
        """SELECT h.rw, p.value, COUNT(*) FROM households h, json_each(h.programmes) p
           WHERE h.kelurahan_code = ? AND h.deleted_at IS NULL GROUP BY h.rw, p.value""",
        [kelurahan_code],
    ):
        by_rw.setdefault(rw, RwCounts(rw)).programmes[code] = n
    for rw, category, n in db.execute(
        """SELECT h.rw, c.category, COUNT(*) FROM ppks_cases c JOIN households h ON h.id = c.household_id
           WHERE h.kelurahan_code = ? AND h.deleted_at IS NULL AND c.deleted_at IS NULL AND c.status != 'ditolak'
           GROUP BY h.rw, c.category""",
        [kelurahan_code],
    ):
        by_rw.setdefault(rw, RwCounts(rw)).ppks[category] = n
    return [by_rw[k] for k in sorted(by_rw)]
