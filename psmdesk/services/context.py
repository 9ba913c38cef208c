"""The open data folder: database, device identity and the actor making changes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlite_utils import Database

from psmdesk.domain.ids import new_id
from psmdesk.domain.profile import Profile
from psmdesk.paths import AppPaths
from psmdesk.settings import Settings
from psmdesk.storage import meta
from psmdesk.storage.cipher import is_plain_file, sqlite
from psmdesk.storage.db import close_database, open_database
from psmdesk.storage.errors import translate as storage_problem
from psmdesk.storage.records import Actor, RecordWriter, load_clock

DEVICE_KEY = "device_id"
PROFILE_KEY = "profile"


@dataclass
class AppContext:
    paths: AppPaths
    db: Database
    device_id: str
    actor: Actor
    settings: Settings = field(default_factory=Settings)
    # The database's data key (None for a plain database): backups are written with it.
    key: bytes | None = field(default=None, repr=False)

    @property
    def profile(self) -> Profile | None:
        raw = meta.get_json(self.db, PROFILE_KEY)
        return Profile.model_validate(raw) if raw else None

    @property
    def is_set_up(self) -> bool:
        return self.profile is not None

    def writer(self) -> RecordWriter:
        return RecordWriter(self.db, self.actor)

    @contextmanager
    def transaction(self) -> Iterator[RecordWriter]:
        """One atomic unit of work; everything inside commits together or not at all. A full
        disk, a locked or read-only file comes out as the StorageError that says so."""
        try:
            with self.db.atomic():
                yield self.writer()
        except (sqlite.Error, OSError) as exc:
            known = storage_problem(exc)
            if known is None or known is exc:
                raise
            raise known from exc

    def save_settings(self) -> None:
        self.settings.save(self.paths.settings)

    def close(self) -> None:
        close_database(self.db)


def open_app(paths: AppPaths, key: bytes | None = None) -> AppContext:
    """Opens the data folder, creating the database and this device's id on first run.

    `key` is the data key unsealed from the key file (`services/security.py`); a plain database
    opened with a key is encrypted in place first, and so are its plain backups."""
    paths.ensure()
    was_plain = key is not None and paths.database.exists() and is_plain_file(paths.database)
    db = open_database(paths.database, key=key, backup_dir=paths.backups)
    if was_plain and key is not None:
        from psmdesk.services.security import encrypt_plain_backups

        encrypt_plain_backups(paths, key)
    device_id = meta.get(db, DEVICE_KEY)
    if device_id is None:
        device_id = new_id()
        with db.atomic():
            meta.put(db, DEVICE_KEY, device_id)
    raw_profile = meta.get_json(db, PROFILE_KEY)
    name = raw_profile["name"] if raw_profile else "PSM Desk"
    actor = Actor(device_id=device_id, name=name, clock=load_clock(db, device_id))
    return AppContext(paths, db, device_id, actor, Settings.load(paths.settings), key)
