from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from psmdesk.domain.clock import HybridClock
from psmdesk.storage.db import close_database, open_database
from psmdesk.storage.records import Actor, RecordWriter


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "psmdesk.db", backup_dir=tmp_path / "backups")
    yield database
    close_database(database)


@pytest.fixture
def writer(db: Database) -> RecordWriter:
    return RecordWriter(db, Actor(device_id="d" * 32, name="Sari", clock=HybridClock("d" * 32)))
