"""What this laptop knows of other devices and of the bundles it received and sent."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database

from psmdesk.sync.manifest import Manifest


@dataclass(frozen=True)
class Device:
    device_id: str
    sign_public: str
    enc_public: str
    volunteer: str
    areas: tuple[str, ...]
    status: str
    enrollment_id: str | None
    first_seen: str


def _device(row: tuple[object, ...]) -> Device:
    return Device(str(row[0]), str(row[1]), str(row[2]), str(row[3]), tuple(json.loads(str(row[4]))),
                  str(row[5]), row[6] if row[6] is None else str(row[6]), str(row[7]))


_DEVICE_COLUMNS = "device_id, sign_public, enc_public, volunteer, areas, status, enrollment_id, first_seen"


def get_device(db: Database, device_id: str) -> Device | None:
    row = db.execute(f"SELECT {_DEVICE_COLUMNS} FROM devices WHERE device_id = ?", [device_id]).fetchone()
    return _device(row) if row else None


def device_by_key(db: Database, sign_public: str) -> Device | None:
    row = db.execute(f"SELECT {_DEVICE_COLUMNS} FROM devices WHERE sign_public = ?", [sign_public]).fetchone()
    return _device(row) if row else None


def all_devices(db: Database) -> list[Device]:
    return [_device(r) for r in db.execute(f"SELECT {_DEVICE_COLUMNS} FROM devices ORDER BY volunteer, first_seen")]


def register_device(
    db: Database, manifest: Manifest, status: str, now: str, enrollment_id: str | None = None,
    volunteer: str | None = None, areas: list[str] | None = None,
) -> None:
    db.execute(
        "INSERT INTO devices (device_id, sign_public, enc_public, volunteer, areas, status, enrollment_id,"
        " first_seen, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (device_id) DO UPDATE SET status = excluded.status, enrollment_id = excluded.enrollment_id,"
        " volunteer = excluded.volunteer, areas = excluded.areas, changed_at = excluded.changed_at",
        [manifest.device_id, manifest.sign_public, manifest.enc_public, volunteer or manifest.sender_name,
         json.dumps(areas if areas is not None else [manifest.area]), status, enrollment_id, now, now],
    )


def set_status(db: Database, device_id: str, status: str, now: str) -> bool:
    cursor = db.execute("UPDATE devices SET status = ?, changed_at = ? WHERE device_id = ?", [status, now, device_id])
    return cursor.rowcount == 1


def already_imported(db: Database, bundle_id: str) -> bool:
    return db.execute("SELECT 1 FROM bundles_in WHERE bundle_id = ?", [bundle_id]).fetchone() is not None


def record_bundle_in(db: Database, manifest: Manifest, sha256: str, file_name: str, report: dict[str, object],
                     now: str) -> None:
    db.execute(
        "INSERT INTO bundles_in (bundle_id, device_id, epoch, seq, prev_bundle_id, prev_sha256, sha256, kind,"
        " clock_max, imported_at, file_name, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [manifest.bundle_id, manifest.device_id, manifest.epoch, manifest.seq, manifest.prev_bundle_id,
         manifest.prev_sha256, sha256, manifest.kind, manifest.clock_max, now, file_name[:200],
         json.dumps(report, ensure_ascii=False)],
    )


@dataclass(frozen=True)
class EpochState:
    epoch: str
    received: tuple[int, ...]
    missing: tuple[int, ...]
    forks: tuple[int, ...]  # sequence numbers with two different bundles or a broken chain
    last_imported: str


def device_ledger(db: Database, device_id: str) -> list[EpochState]:
    states: list[EpochState] = []
    epochs = db.execute(
        "SELECT epoch, MIN(imported_at), MAX(imported_at) FROM bundles_in WHERE device_id = ?"
        " GROUP BY epoch ORDER BY MIN(imported_at)", [device_id]
    ).fetchall()
    for epoch, _, last in epochs:
        rows = db.execute(
            "SELECT seq, bundle_id, prev_bundle_id FROM bundles_in WHERE device_id = ? AND epoch = ? ORDER BY seq",
            [device_id, epoch],
        ).fetchall()
        by_seq: dict[int, list[tuple[str, str | None]]] = {}
        for seq, bid, prev in rows:
            by_seq.setdefault(seq, []).append((bid, prev))
        received = sorted(by_seq)
        missing = [s for s in range(1, max(received) + 1) if s not in by_seq]
        forks = {s for s, items in by_seq.items() if len(items) > 1}
        for seq, items in by_seq.items():
            before = by_seq.get(seq - 1)
            if before and len(before) == 1 and any(prev != before[0][0] for _, prev in items):
                forks.add(seq)
        states.append(EpochState(epoch, tuple(received), tuple(missing), tuple(sorted(forks)), last))
    return states
