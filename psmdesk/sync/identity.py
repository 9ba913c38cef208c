"""This laptop's keys and what it has pinned, kept in the database's `meta` table."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from sqlite_utils import Database

from psmdesk.domain.ids import new_id
from psmdesk.storage import meta
from psmdesk.sync.crypto import KeyPair

DEVICE_KEYS = "device_keys"
OFFICE_KEYS = "office_keys"
PINNED_OFFICE = "pinned_office"
ENROLLMENT = "enrollment"
EPOCH = "sync_epoch"


def _load_pair(db: Database, key: str) -> KeyPair | None:
    raw = meta.get_json(db, key)
    return KeyPair(raw["sign_private"], raw["enc_private"]) if raw else None


def _store_pair(db: Database, key: str, pair: KeyPair) -> None:
    meta.put_json(db, key, {"sign_private": pair.sign_private, "enc_private": pair.enc_private})


def device_keys(db: Database) -> KeyPair:
    """This device's keys, made on first use. The caller holds a transaction or none is needed."""
    pair = _load_pair(db, DEVICE_KEYS)
    if pair is None:
        pair = KeyPair.generate()
        with db.atomic():
            _store_pair(db, DEVICE_KEYS, pair)
    return pair


def office_keys(db: Database, *, create: bool = False) -> KeyPair | None:
    pair = _load_pair(db, OFFICE_KEYS)
    if pair is None and create:
        pair = KeyPair.generate()
        with db.atomic():
            _store_pair(db, OFFICE_KEYS, pair)
    return pair


def epoch(db: Database) -> str:
    """The current sequence epoch: a restored laptop starts a new one so its numbers don't collide."""
    value = meta.get(db, EPOCH)
    if value is None:
        value = new_id()
        with db.atomic():
            meta.put(db, EPOCH, value)
    return value


@dataclass(frozen=True)
class PinnedOffice:
    office_name: str
    office_device_id: str
    sign_public: str
    enc_public: str
    enrollment_id: str
    secret: str
    volunteer: str
    areas: tuple[str, ...]


def pinned_office(db: Database) -> PinnedOffice | None:
    raw = meta.get_json(db, PINNED_OFFICE)
    if not raw:
        return None
    raw["areas"] = tuple(raw["areas"])
    return PinnedOffice(**raw)


def pin_office(db: Database, office: PinnedOffice) -> None:
    data = office.__dict__ | {"areas": list(office.areas)}
    meta.put_json(db, PINNED_OFFICE, data)


def enrollment_proof(secret: str, sign_public: str) -> str:
    """Proves to the office that the holder of the enrollment file owns this device key."""
    return hmac.new(bytes.fromhex(secret), bytes.fromhex(sign_public), hashlib.sha256).hexdigest()
