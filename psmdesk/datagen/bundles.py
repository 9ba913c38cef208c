"""Volunteer bundles made straight from generated households, without a volunteer database:
how the benchmarks and scale tests get a kota office's worth of bundles in reasonable time.

The rows are built by the same functions the household repository uses, stamped like the
RecordWriter stamps them, and sealed by the real bundle code, so the importer cannot tell them
from bundles a laptop wrote."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlite_utils import Database

from psmdesk.datagen.households import HouseholdGenerator
from psmdesk.domain.clock import HybridClock
from psmdesk.domain.household import HouseholdInput
from psmdesk.domain.ids import new_id
from psmdesk.storage.households import PPKS_SCALARS, household_values, member_values
from psmdesk.storage.records import dump_clocks
from psmdesk.sync.bundle import Outgoing, build_bundle
from psmdesk.sync.crypto import KeyPair
from psmdesk.sync.csvio import write_csv
from psmdesk.sync.identity import enrollment_proof
from psmdesk.sync.tables import TableSpec

Row = dict[str, object]


@dataclass
class GeneratedVolunteer:
    name: str
    kelurahan: str
    device_id: str = field(default_factory=new_id)
    keys: KeyPair = field(default_factory=KeyPair.generate)
    enrollment_id: str = field(default_factory=new_id)
    secret: str = field(default_factory=lambda: secrets.token_hex(32))


def register_enrollment(db: Database, volunteer: GeneratedVolunteer) -> None:
    """What `create_enrollment` records at the office, without writing the file."""
    with db.atomic():
        db.execute(
            "INSERT INTO enrollments (id, volunteer, areas, secret, created_at) VALUES (?, ?, ?, ?, ?)",
            [volunteer.enrollment_id, volunteer.name, json.dumps([volunteer.kelurahan]), volunteer.secret,
             datetime.now(UTC).isoformat()],
        )


def _stamp(row: Row, clock: HybridClock, device_id: str, at: str) -> Row:
    stamp = str(clock.tick())
    fields = {k: (stamp, "") for k in row}
    return {"id": row.pop("_id"), "created_at": at, "updated_at": at, "hlc": stamp, "origin_device": device_id,
            "version": 1, "field_clocks": dump_clocks(fields), **row}


def household_rows(h: HouseholdInput, clock: HybridClock, device_id: str, at: str) -> dict[str, list[Row]]:
    hid = new_id()
    rows: dict[str, list[Row]] = {"households": [], "members": [], "ppks_cases": [], "visits": []}
    rows["households"].append(_stamp({"_id": hid, **household_values(h)}, clock, device_id, at))
    for position, member in enumerate(h.members):
        values = member_values(member, hid, position)
        values.pop("name_key")
        rows["members"].append(_stamp({"_id": member.id, **values}, clock, device_id, at))
    for case in h.ppks:
        values = {f: getattr(case, f) for f in PPKS_SCALARS}
        values["status_date"] = case.status_date.isoformat() if case.status_date else None
        rows["ppks_cases"].append(_stamp({"_id": case.id, "household_id": hid, **values}, clock, device_id, at))
    if h.visit_date:
        rows["visits"].append(_stamp({"_id": new_id(), "household_id": hid, "visit_date": h.visit_date.isoformat(),
                                      "volunteer": h.volunteer, "notes": ""}, clock, device_id, at))
    return rows


def volunteer_rows(volunteer: GeneratedVolunteer, households: int, seed: int, today: date) -> dict[str, list[Row]]:
    generator = HouseholdGenerator(seed, [volunteer.kelurahan], today, volunteer.name)
    clock = HybridClock(volunteer.device_id)
    at = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    merged: dict[str, list[Row]] = {"households": [], "members": [], "ppks_cases": [], "visits": []}
    for h in generator.households(households):
        for table, rows in household_rows(h, clock, volunteer.device_id, at).items():
            merged[table].extend(rows)
    return merged


def write_bundle(volunteer: GeneratedVolunteer, rows: dict[str, list[Row]], specs: dict[str, TableSpec],
                 office_enc_public: str, out_dir: Path, seq: int = 1) -> Path:
    files = []
    clocks: list[str] = []
    for table, table_rows in rows.items():
        if not table_rows:
            continue
        columns = specs[table].csv_columns
        files.append((specs[table].file_name, write_csv(columns, ([r.get(c) for c in columns] for r in table_rows)),
                      len(table_rows)))
        clocks.extend(str(r["hlc"]) for r in table_rows)
    out = Outgoing(
        kind="data", bundle_id=new_id(), device_id=volunteer.device_id, sender_name=volunteer.name,
        area=volunteer.kelurahan, recipient_enc_public=office_enc_public, epoch=new_id(), seq=seq,
        prev_bundle_id=None, prev_sha256=None, clock_min=min(clocks), clock_max=max(clocks),
        created_at=datetime.now(UTC).isoformat(), files=files, acks=[], enrollment_id=volunteer.enrollment_id,
        enrollment_proof=enrollment_proof(volunteer.secret, volunteer.keys.sign_public),
    )
    data, _ = build_bundle(out, volunteer.keys)
    path = out_dir / f"PSM-{volunteer.device_id[-8:]}-{seq:04d}.psmsync"
    path.write_bytes(data)
    return path


def kelurahan_cycle(codes: list[str], count: int) -> Iterator[str]:
    for index in range(count):
        yield codes[index % len(codes)]
