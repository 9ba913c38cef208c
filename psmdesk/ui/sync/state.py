"""The header's sync line ("3 perubahan belum dikirim", "2 konflik menunggu")."""

from __future__ import annotations

import logging

from psmdesk.domain.profile import Role
from psmdesk.services import sync_status
from psmdesk.services.context import AppContext
from psmdesk.ui.i18n import translate
from psmdesk.ui.sync.common import format_stamp, thousands

log = logging.getLogger(__name__)


def _count(text: str, n: int) -> str:
    return text.replace("%1", thousands(n))


def describe(summary: sync_status.SyncSummary) -> str:
    parts: list[str] = []
    if summary.role is Role.KOORDINATOR:
        if summary.pending_devices:
            parts.append(_count(translate("SyncState", "%1 device(s) awaiting approval"), summary.pending_devices))
        if summary.open_conflicts:
            parts.append(_count(translate("SyncState", "%1 conflict(s) waiting"), summary.open_conflicts))
        if not parts:
            if summary.last_import:
                parts.append(translate("SyncState", "Last import %1").replace("%1", format_stamp(summary.last_import)))
            else:
                parts.append(translate("SyncState", "No bundle imported yet"))
        return "  \u00b7  ".join(parts)
    if summary.unsent:
        parts.append(_count(translate("SyncState", "%1 change(s) not sent yet"), summary.unsent))
    elif summary.awaiting_ack:
        parts.append(_count(translate("SyncState", "%1 bundle(s) awaiting the office's receipt"),
                            summary.awaiting_ack))
    elif summary.sent:
        parts.append(translate("SyncState", "Everything received by the office"))
    else:
        parts.append(translate("SyncState", "No bundle sent yet"))
    if summary.open_conflicts:
        parts.append(_count(translate("SyncState", "%1 conflict(s) waiting"), summary.open_conflicts))
    return "  \u00b7  ".join(parts)


def sync_state_text(ctx: AppContext) -> str:
    """Never breaks the window: a problem reading the state leaves the line empty."""
    try:
        return describe(sync_status.summary(ctx))
    except Exception:
        log.warning("Could not read the sync state", exc_info=True)
        return ""
