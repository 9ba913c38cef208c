"""The right to erasure (UU 27/2022 PDP): which fields hold a person's content, and the reason
code that marks a tombstone as an erasure wherever it travels.

An erasure is a tombstone whose `deleted_reason` is exactly `ERASURE_REASON`. Sync recognises it
(`is_erasure`): an erased record stays erased whatever arrives later, and every device that
receives it blanks the personal fields below and scrubs its own audit log, search index, drafts
and conflict queue for that record."""

from __future__ import annotations

ERASURE_REASON = "penghapusan atas permintaan"
ERASE_ACTION = "erase"  # the audit_log action that keeps the fact (who, when, which id), no content

# Per table, the fields a person's content lives in and the empty value each is set to (NOT NULL
# text columns take '', the others NULL). Codes that say nothing about who the person is (relation,
# kelurahan, RT/RW, housing materials) stay, so counts by area still add up.
PERSONAL_FIELDS: dict[str, dict[str, str | None]] = {
    "members": {
        "nik": None, "name": "", "sex": None, "birth_date": None, "age_years": None,
        "marital_status": None, "education": None, "occupation": "", "disability": None,
        "chronic_illness": "", "phone": None,
    },
    "households": {
        "no_kk": None, "street": "", "latitude": None, "longitude": None, "notes": "",
        "programmes_other": "", "assets": "[]",
    },
    "ppks_cases": {"notes": "", "status_date": None},
    "visits": {"notes": ""},
    "meal_beneficiaries": {"diet_notes": "", "health_notes": "", "override_reason": "", "end_reason": ""},
    "kube_members": {},
    "case_files": {"institution": ""},
    "case_sessions": {},
    "case_notes_shared": {"body": ""},
}
# Derived columns that follow a blanked field (members.name_key follows name).
DERIVED_BLANKS: dict[str, dict[str, str | None]] = {"members": {"name_key": ""}}

ERASABLE_TABLES = frozenset(PERSONAL_FIELDS)


def is_erasure(reason: object) -> bool:
    return isinstance(reason, str) and reason == ERASURE_REASON


def blank_values(table: str) -> dict[str, str | None]:
    """The personal fields of `table` with their empty values."""
    return dict(PERSONAL_FIELDS.get(table, {}))


def confirmation_matches(typed: str, name: str) -> bool:
    """The typed confirmation: the person's name, ignoring case and repeated spaces."""
    def norm(text: str) -> str:
        return " ".join(text.split()).casefold()

    return bool(norm(name)) and norm(typed) == norm(name)
