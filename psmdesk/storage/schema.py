"""Table definitions shared by migrations: the columns every synced record carries."""

from __future__ import annotations

# Every synced table starts with these (see docs/storage.md): a device-made UUID, timestamps,
# the hybrid-logical-clock stamp of the last change, the creating device, a version that
# counts changes, the per-field clocks (JSON: field -> stamp) that per-field merge needs,
# and soft deletion so that a delete can travel as a tombstone.
SYNC_COLUMNS = """
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    field_clocks TEXT NOT NULL DEFAULT '{}',
    deleted_at TEXT,
    deleted_reason TEXT
"""

SYNC_META_FIELDS = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "hlc",
        "origin_device",
        "version",
        "field_clocks",
        "deleted_at",
        "deleted_reason",
    }
)


def synced_table(name: str, body: str) -> str:
    return f"CREATE TABLE {name} ({SYNC_COLUMNS},\n{body}\n) STRICT"


SYNCED_TABLES = ("households", "members", "ppks_cases", "visits", "reference_items",
                 "pokmas", "meal_beneficiaries", "meal_days", "meal_deliveries",
                 "kube_groups", "kube_members", "kube_grants", "kube_activities", "kube_cash",
                 "psm_volunteers", "psm_trainings", "case_files", "case_sessions", "case_notes_shared",
                 "empowerment_stages", "welfare_indicators")
