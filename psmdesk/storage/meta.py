"""Small key-value facts about this database: device id, profile, clock state."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database


def get(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def put(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def get_json(db: Database, key: str) -> Any:
    raw = get(db, key)
    return json.loads(raw) if raw is not None else None


def put_json(db: Database, key: str, value: Any) -> None:
    put(db, key, json.dumps(value, ensure_ascii=False, sort_keys=True))
