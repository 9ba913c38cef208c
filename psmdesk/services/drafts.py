"""Drafts: what a volunteer has typed but not saved yet survives a crash or a power cut.

A draft is local to this laptop (never synced) and is keyed by the form it belongs to."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from psmdesk.services.context import AppContext
from psmdesk.storage.records import utc_now


@dataclass(frozen=True)
class Draft:
    key: str
    kind: str
    record_id: str | None
    title: str
    payload: dict[str, Any]
    saved_at: str


def save_draft(
    ctx: AppContext, key: str, kind: str, record_id: str | None, title: str, payload: dict[str, Any]
) -> None:
    with ctx.db.atomic():
        ctx.db.execute(
            "INSERT INTO drafts (key, kind, record_id, title, payload, saved_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET title = excluded.title, payload = excluded.payload,"
            " saved_at = excluded.saved_at, record_id = excluded.record_id",
            [key, kind, record_id, title, json.dumps(payload, ensure_ascii=False, default=str), utc_now()],
        )


def drafts(ctx: AppContext, kind: str) -> list[Draft]:
    rows = ctx.db.execute(
        "SELECT key, kind, record_id, title, payload, saved_at FROM drafts WHERE kind = ? ORDER BY saved_at DESC",
        [kind],
    ).fetchall()
    return [Draft(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5]) for r in rows]


def discard_draft(ctx: AppContext, key: str) -> None:
    with ctx.db.atomic():
        ctx.db.execute("DELETE FROM drafts WHERE key = ?", [key])
