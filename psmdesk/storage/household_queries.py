"""Reading households for lists: how many, a window of ids in order, and rows for a visible page."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, overload

from sqlite_utils import Database

from psmdesk.domain.names import name_key
from psmdesk.storage.search import match_expression

# Each sort: (expression, descending) terms, the last one unique so that a position is stable.
# The first three follow partial indexes of migration 0002 (WHERE deleted_at IS NULL), so the first
# screen of 150,000 households is an index range read, whatever the total.
_HEAD_KEY = ("(SELECT m.name_key FROM members m WHERE m.household_id = h.id AND m.deleted_at IS NULL"
             " ORDER BY m.relation != 'kepala_keluarga', m.position LIMIT 1)")
SORT_TERMS: dict[str, tuple[tuple[str, bool], ...]] = {
    "address": (("h.kelurahan_code", False), ("h.rw", False), ("h.rt", False), ("h.street", False), ("h.id", False)),
    "kk": (("h.no_kk", False), ("h.id", False)),
    "visit": (("h.visit_date", True), ("h.id", False)),
    "updated": (("h.updated_at", True), ("h.id", False)),
    "head": ((_HEAD_KEY, False), ("h.id", False)),
}
INDEXED_SORTS = frozenset({"address", "kk", "visit"})


def order_by(sort: str, descending: bool = False) -> str:
    """The ORDER BY of a sort; `descending` turns every term round (the exact reverse order)."""
    terms = SORT_TERMS.get(sort, SORT_TERMS["address"])
    return ", ".join(f"{expr} {'DESC' if desc != descending else 'ASC'}" for expr, desc in terms)


SORTS = {name: order_by(name) for name in SORT_TERMS}


@dataclass(frozen=True)
class HouseholdFilter:
    text: str = ""
    kelurahan_code: str | None = None
    rw: str | None = None
    ppks_category: str | None = None
    programme: str | None = None
    desil: int | None = None
    deleted: bool = False  # True lists the tombstones instead (for undo/restore)


def _where(f: HouseholdFilter, *, in_order: bool = False) -> tuple[str, list[Any]]:
    """The filter as SQL. `in_order` keeps the text match from driving the read (the unary +):
    the rows are then read in the sort's index order and checked against the matches, which is
    cheaper than reading and sorting every match when a short, common word matches thousands."""
    # An erased household (right to erasure) has nothing left to restore: not in the undo list.
    clauses = ["h.deleted_at IS NOT NULL AND h.deleted_reason IS NOT 'penghapusan atas permintaan'" if f.deleted
               else "h.deleted_at IS NULL"]
    params: list[Any] = []
    expression = match_expression(f.text)
    if expression:
        clauses.append(f"{'+' if in_order else ''}h.rowid IN"
                       " (SELECT rowid FROM household_search WHERE household_search MATCH ?)")
        params.append(expression)
    if f.kelurahan_code:
        clauses.append("h.kelurahan_code = ?")
        params.append(f.kelurahan_code)
    if f.rw:
        clauses.append("h.rw = ?")
        params.append(f.rw)
    if f.ppks_category:
        clauses.append(
            "EXISTS (SELECT 1 FROM ppks_cases p WHERE p.household_id = h.id AND p.category = ?"
            " AND p.deleted_at IS NULL AND p.status != 'ditolak')"
        )
        params.append(f.ppks_category)
    if f.programme:
        clauses.append("EXISTS (SELECT 1 FROM json_each(h.programmes) WHERE value = ?)")
        params.append(f.programme)
    if f.desil is not None:
        clauses.append("h.desil = ?")
        params.append(f.desil)
    return " AND ".join(clauses), params


def household_ids(db: Database, f: HouseholdFilter, sort: str = "address", *, descending: bool = False,
                  offset: int = 0, limit: int | None = None, in_order: bool = False) -> list[str]:
    """The ids in list order; with `limit`, only that window of them (an index range read for the
    indexed sorts: the list reads the screen it shows, not every id). `in_order`: see `_where`."""
    where, params = _where(f, in_order=in_order)
    sql = f"SELECT h.id FROM households h WHERE {where} ORDER BY {order_by(sort, descending)}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    return [r[0] for r in db.execute(sql, params)]


def household_count(db: Database, f: HouseholdFilter) -> int:
    expression = match_expression(f.text)
    if expression and replace(f, text="") == HouseholdFilter():
        # A text search alone is counted on the search index: its documents are exactly the live
        # households (every writer refreshes them, storage/search.py), so no table row is read
        # (1-3 ms instead of 100-200 ms for a common word over 150,000 households).
        return int(db.execute("SELECT count(*) FROM household_search WHERE household_search MATCH ?",
                              [expression]).fetchone()[0])
    where, params = _where(f)
    return int(db.execute(f"SELECT count(*) FROM households h WHERE {where}", params).fetchone()[0])


def household_position(db: Database, f: HouseholdFilter, sort: str, household_id: str, *,
                       descending: bool = False) -> int | None:
    """Where a household stands in the list (None when the filter leaves it out)."""
    where, params = _where(f)
    row = db.execute(
        f"SELECT n FROM (SELECT h.id, row_number() OVER (ORDER BY {order_by(sort, descending)}) - 1 AS n"
        f" FROM households h WHERE {where}) WHERE id = ?", [*params, household_id]
    ).fetchone()
    return None if row is None else int(row[0])


class HouseholdIds(Sequence[str]):
    """The ids of a list, in order, read in windows as they are asked for: its length is one
    count, an item or a slice is one indexed ORDER BY ... LIMIT read per block of `block` ids, so
    opening a list of 150,000 households reads the first screen, not every id. `ids[::-1]` is the
    same list in reverse order (read in reverse from the index, not turned round in memory)."""

    MAX_BLOCKS = 100

    def __init__(self, db: Database, f: HouseholdFilter, sort: str = "address", *, descending: bool = False,
                 block: int = 1000) -> None:
        self._db, self._filter, self._sort, self._descending, self._size = db, f, sort, descending, block
        self._count: int | None = None
        self._in_order: bool | None = None
        self._blocks: OrderedDict[int, list[str]] = OrderedDict()
        self.block_reads = 0  # for tests and benchmarks

    def __len__(self) -> int:
        if self._count is None:
            self._count = household_count(self._db, self._filter)
        return self._count

    def _read_in_order(self) -> bool:
        """Whether a text search reads in index order (see `_where`). Reading the matches costs
        about four index steps each (a table row read and a sort); reading in order costs
        total / matches steps per id wanted. SQLite cannot know how many rows a full-text match
        has; the count the list shows does."""
        if self._in_order is None:
            matches = len(self)
            self._in_order = False
            if match_expression(self._filter.text) and self._sort in INDEXED_SORTS and matches > self._size:
                total = household_count(self._db, replace(self._filter, text=""))
                self._in_order = 4 * matches * matches > self._size * total
        return self._in_order

    def _block(self, number: int) -> list[str]:
        found = self._blocks.get(number)
        if found is None:
            found = household_ids(self._db, self._filter, self._sort, descending=self._descending,
                                  offset=number * self._size, limit=self._size, in_order=self._read_in_order())
            self._blocks[number] = found
            self.block_reads += 1
            while len(self._blocks) > self.MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return found

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step == -1 and start == len(self) - 1 and stop == -1:
                return HouseholdIds(self._db, self._filter, self._sort, descending=not self._descending,
                                    block=self._size)
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            ids: list[str] = []
            for number in range(start // self._size, (stop - 1) // self._size + 1 if stop > start else 0):
                block = self._block(number)
                base = number * self._size
                ids.extend(block[max(start - base, 0):max(stop - base, 0)])
            return ids
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError(index)
        block = self._block(position // self._size)
        if position % self._size >= len(block):
            raise IndexError(index)  # the table changed since the count: reload
        return block[position % self._size]

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        for number, block in self._blocks.items():
            if value in block:
                found = number * self._size + block.index(value)
                if start <= found and (stop is None or found < stop):
                    return found
        position = household_position(self._db, self._filter, self._sort, str(value), descending=self._descending)
        if position is None or position < start or (stop is not None and position >= stop):
            raise ValueError(f"{value!r} is not in the list")
        return position

    def __contains__(self, value: object) -> bool:
        try:
            self.index(value)
        except ValueError:
            return False
        return True


@dataclass(frozen=True)
class HouseholdRow:
    id: str
    no_kk: str | None
    head_name: str
    head_nik: str | None
    kelurahan_code: str
    rt: str
    rw: str
    street: str
    member_count: int
    ppks_count: int
    desil: int | None
    visit_date: str | None
    deleted_reason: str | None


def household_rows(db: Database, ids: list[str]) -> list[HouseholdRow]:
    """The list rows of `ids`, in the order given."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = db.execute(
        f"""SELECT h.id, h.no_kk,
               head.name, head.nik, h.kelurahan_code, h.rt, h.rw, h.street,
               (SELECT COUNT(*) FROM members m WHERE m.household_id = h.id AND m.deleted_at IS NULL),
               (SELECT COUNT(*) FROM ppks_cases p WHERE p.household_id = h.id AND p.deleted_at IS NULL
                  AND p.status != 'ditolak'),
               h.desil, h.visit_date, h.deleted_reason
        FROM households h
        LEFT JOIN members head ON head.id = (
            SELECT m.id FROM members m WHERE m.household_id = h.id AND m.deleted_at IS NULL
            ORDER BY m.relation != 'kepala_keluarga', m.position LIMIT 1)
        WHERE h.id IN ({marks})""",
        ids,
    ).fetchall()
    by_id = {r[0]: HouseholdRow(r[0], r[1], r[2] or "", *r[3:]) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


@dataclass(frozen=True)
class Duplicate:
    kind: str  # "nik", "kk" or "name"
    household_id: str
    member_name: str
    message: str


def find_duplicates(
    db: Database, household_id: str | None, no_kk: str | None,
    members: list[tuple[str, str | None, str, str | None]],
) -> list[Duplicate]:
    """Other live households sharing a member's NIK, the No. KK, or a member's normalised name
    together with the birth date. `members` holds (member id, nik, name, birth date ISO)."""
    found: list[Duplicate] = []
    me = household_id or ""
    live = "m.deleted_at IS NULL AND h.deleted_at IS NULL AND h.id != ?"
    for _member_id, nik, name, birth in members:
        if nik:
            for hid, other in db.execute(
                f"SELECT h.id, m.name FROM members m JOIN households h ON h.id = m.household_id"
                f" WHERE m.nik = ? AND {live}", [nik, me]
            ):
                found.append(Duplicate("nik", hid, other,
                                       f"NIK {name} sudah tercatat di keluarga lain (atas nama {other})."))
        if name and birth:
            for hid, other, other_nik in db.execute(
                f"SELECT h.id, m.name, m.nik FROM members m JOIN households h ON h.id = m.household_id"
                f" WHERE m.name_key = ? AND m.birth_date = ? AND {live}", [name_key(name), birth, me]
            ):
                if nik and other_nik == nik:
                    continue
                found.append(Duplicate("name", hid, other,
                                       f"{name}: nama dan tanggal lahir sama dengan {other} di keluarga lain."))
    if no_kk:
        for (hid,) in db.execute(
            "SELECT h.id FROM households h WHERE h.no_kk = ? AND h.deleted_at IS NULL AND h.id != ?",
            [no_kk, me],
        ):
            found.append(Duplicate("kk", hid, "", "No. KK ini sudah dipakai keluarga lain."))
    return found
