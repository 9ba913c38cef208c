"""The editable reference lists (PPKS categories, programmes, KUBE business types and stages):
office-owned (sync/tables.py OFFICE_OWNED), so only the coordinator changes them and the change
reaches volunteers in the office's bundles. Items are never deleted: records keep their codes,
so an item that is no longer wanted is made inactive (not offered for new entries, still shown
for the records that use it)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from psmdesk.domain.issues import Issue, ValidationFailed
from psmdesk.domain.profile import Role
from psmdesk.domain.reference import EDITABLE_LISTS
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.roles import require_role
from psmdesk.services.setup import reference_id

MAX_LABEL = 80
ACTION = "mengubah daftar rujukan"


@dataclass(frozen=True)
class Item:
    code: str
    label: str
    position: int
    active: bool


def items(ctx: AppContext, list_name: str) -> list[Item]:
    """Every item of a list, inactive ones too, in display order."""
    _known(list_name)
    rows = ctx.db.execute("SELECT code, label, position, active FROM reference_items WHERE list = ?"
                          " AND deleted_at IS NULL ORDER BY position, label", [list_name]).fetchall()
    return [Item(str(r[0]), str(r[1]), int(r[2] or 0), bool(r[3])) for r in rows]


def _known(list_name: str) -> None:
    if list_name not in EDITABLE_LISTS:
        raise UserError("Daftar rujukan itu tidak dikenal.")


def _checked_label(ctx: AppContext, list_name: str, label: str, keep: str | None = None) -> str:
    label = " ".join(label.split())
    problem = None
    if not label:
        problem = "Tuliskan namanya."
    elif len(label) > MAX_LABEL:
        problem = f"Nama paling panjang {MAX_LABEL} karakter."
    elif any(i.label.casefold() == label.casefold() and i.code != keep for i in items(ctx, list_name)):
        problem = "Nama itu sudah ada di daftar ini."
    if problem:
        raise ValidationFailed([Issue("label", "label", problem)])
    return label


def _slug(label: str) -> str:
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii").casefold()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:40] or "lainnya"


def add(ctx: AppContext, list_name: str, label: str) -> str:
    """A new active item at the end of the list; returns its code."""
    require_role(ctx, Role.KOORDINATOR, ACTION)
    _known(list_name)
    label = _checked_label(ctx, list_name, label)
    taken = {r[0] for r in ctx.db.execute("SELECT code FROM reference_items WHERE list = ?", [list_name])}
    base = code = _slug(label)
    n = 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    last = ctx.db.execute("SELECT coalesce(max(position), -1) FROM reference_items WHERE list = ?",
                          [list_name]).fetchone()[0]
    with ctx.transaction() as writer:
        writer.insert("reference_items", {"list": list_name, "code": code, "label": label,
                                          "position": int(last) + 1, "active": 1},
                      record_id=reference_id(list_name, code))
    return code


def rename(ctx: AppContext, list_name: str, code: str, label: str) -> None:
    require_role(ctx, Role.KOORDINATOR, ACTION)
    _known(list_name)
    label = _checked_label(ctx, list_name, label, keep=code)
    with ctx.transaction() as writer:
        writer.update("reference_items", _id(ctx, list_name, code), {"label": label})


def set_active(ctx: AppContext, list_name: str, code: str, active: bool) -> None:
    require_role(ctx, Role.KOORDINATOR, ACTION)
    with ctx.transaction() as writer:
        writer.update("reference_items", _id(ctx, list_name, code), {"active": int(active)})


def move(ctx: AppContext, list_name: str, code: str, step: int) -> None:
    """One place up (step -1) or down (+1); the positions are renumbered in the new order."""
    require_role(ctx, Role.KOORDINATOR, ACTION)
    order = [i.code for i in items(ctx, list_name)]
    at = order.index(code)
    to = max(0, min(len(order) - 1, at + step))
    order.insert(to, order.pop(at))
    with ctx.transaction() as writer:
        for position, item in enumerate(order):
            record = _id(ctx, list_name, item)
            current = ctx.db.execute("SELECT position FROM reference_items WHERE id = ?", [record]).fetchone()[0]
            if current != position:
                writer.update("reference_items", record, {"position": position})


def _id(ctx: AppContext, list_name: str, code: str) -> str:
    row = ctx.db.execute("SELECT id FROM reference_items WHERE list = ? AND code = ? AND deleted_at IS NULL",
                         [list_name, code]).fetchone()
    if row is None:
        raise UserError("Isian daftar rujukan itu tidak ditemukan.")
    return str(row[0])
