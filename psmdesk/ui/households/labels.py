"""Field titles shared by the form and the history view, and how a stored value reads to a person.

Titles are English sources marked for translation; choice labels come from `domain.choices` and
are already Indonesian data."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from psmdesk.domain import choices as ch
from psmdesk.domain.dates import format_date
from psmdesk.domain.enums import Sex
from psmdesk.domain.household import HOUSING_FIELDS
from psmdesk.domain.nik import mask_nik
from psmdesk.ui.i18n import translate

_C = "HouseholdFields"

FIELD_TITLES: dict[str, str] = {
    "no_kk": QT_TRANSLATE_NOOP("HouseholdFields", "Family card no. (KK)"),
    "kelurahan_code": QT_TRANSLATE_NOOP("HouseholdFields", "Village"),
    "rt": QT_TRANSLATE_NOOP("HouseholdFields", "RT"),
    "rw": QT_TRANSLATE_NOOP("HouseholdFields", "RW"),
    "street": QT_TRANSLATE_NOOP("HouseholdFields", "Street and house number"),
    "latitude": QT_TRANSLATE_NOOP("HouseholdFields", "Map point (latitude, longitude)"),
    "longitude": QT_TRANSLATE_NOOP("HouseholdFields", "Longitude"),
    "visit_date": QT_TRANSLATE_NOOP("HouseholdFields", "Visit date"),
    "volunteer": QT_TRANSLATE_NOOP("HouseholdFields", "Volunteer"),
    "tenure": QT_TRANSLATE_NOOP("HouseholdFields", "Home ownership"),
    "floor_area": QT_TRANSLATE_NOOP("HouseholdFields", "Floor area (m²)"),
    "floor_material": QT_TRANSLATE_NOOP("HouseholdFields", "Floor material"),
    "floor_condition": QT_TRANSLATE_NOOP("HouseholdFields", "Floor condition"),
    "wall_material": QT_TRANSLATE_NOOP("HouseholdFields", "Wall material"),
    "wall_condition": QT_TRANSLATE_NOOP("HouseholdFields", "Wall condition"),
    "roof_material": QT_TRANSLATE_NOOP("HouseholdFields", "Roof material"),
    "roof_condition": QT_TRANSLATE_NOOP("HouseholdFields", "Roof condition"),
    "bedrooms": QT_TRANSLATE_NOOP("HouseholdFields", "Bedrooms"),
    "water_source": QT_TRANSLATE_NOOP("HouseholdFields", "Drinking water"),
    "lighting_source": QT_TRANSLATE_NOOP("HouseholdFields", "Lighting"),
    "electricity_va": QT_TRANSLATE_NOOP("HouseholdFields", "Electricity capacity"),
    "cooking_fuel": QT_TRANSLATE_NOOP("HouseholdFields", "Cooking fuel"),
    "toilet": QT_TRANSLATE_NOOP("HouseholdFields", "Toilet"),
    "programmes": QT_TRANSLATE_NOOP("HouseholdFields", "Programmes received"),
    "programmes_other": QT_TRANSLATE_NOOP("HouseholdFields", "Other programmes"),
    "desil": QT_TRANSLATE_NOOP("HouseholdFields", "DTSEN decile"),
    "assets": QT_TRANSLATE_NOOP("HouseholdFields", "Skills and assets"),
    "notes": QT_TRANSLATE_NOOP("HouseholdFields", "Notes"),
    # Members
    "nik": QT_TRANSLATE_NOOP("HouseholdFields", "NIK"),
    "name": QT_TRANSLATE_NOOP("HouseholdFields", "Full name"),
    "sex": QT_TRANSLATE_NOOP("HouseholdFields", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("HouseholdFields", "Date of birth"),
    "age_years": QT_TRANSLATE_NOOP("HouseholdFields", "Age (if no date of birth)"),
    "relation": QT_TRANSLATE_NOOP("HouseholdFields", "Relation to head"),
    "marital_status": QT_TRANSLATE_NOOP("HouseholdFields", "Marital status"),
    "education": QT_TRANSLATE_NOOP("HouseholdFields", "Education"),
    "occupation": QT_TRANSLATE_NOOP("HouseholdFields", "Occupation"),
    "disability": QT_TRANSLATE_NOOP("HouseholdFields", "Disability"),
    "chronic_illness": QT_TRANSLATE_NOOP("HouseholdFields", "Chronic illness"),
    "lives_alone": QT_TRANSLATE_NOOP("HouseholdFields", "Lives alone"),
    "phone": QT_TRANSLATE_NOOP("HouseholdFields", "Mobile number"),
    "position": QT_TRANSLATE_NOOP("HouseholdFields", "Order in the family"),
    # PPKS and visits
    "member_id": QT_TRANSLATE_NOOP("HouseholdFields", "Concerns"),
    "category": QT_TRANSLATE_NOOP("HouseholdFields", "PPKS category"),
    "status": QT_TRANSLATE_NOOP("HouseholdFields", "Status"),
    "status_date": QT_TRANSLATE_NOOP("HouseholdFields", "Status date"),
    "deleted_reason": QT_TRANSLATE_NOOP("HouseholdFields", "Reason for deletion"),
    "deleted_at": QT_TRANSLATE_NOOP("HouseholdFields", "Deleted on"),
    "text": QT_TRANSLATE_NOOP("HouseholdFields", "Description"),
    "kind": QT_TRANSLATE_NOOP("HouseholdFields", "Type"),
}

TABLE_TITLES: dict[str, str] = {
    "households": QT_TRANSLATE_NOOP("HouseholdFields", "Household"),
    "members": QT_TRANSLATE_NOOP("HouseholdFields", "Member"),
    "ppks_cases": QT_TRANSLATE_NOOP("HouseholdFields", "PPKS"),
    "visits": QT_TRANSLATE_NOOP("HouseholdFields", "Visit"),
}

ACTION_TITLES: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("HouseholdFields", "added"),
    "update": QT_TRANSLATE_NOOP("HouseholdFields", "changed"),
    "delete": QT_TRANSLATE_NOOP("HouseholdFields", "deleted"),
    "restore": QT_TRANSLATE_NOOP("HouseholdFields", "restored"),
}

_CHOICES: dict[str, ch.Choices] = {
    **HOUSING_FIELDS,
    "relation": ch.RELATION,
    "marital_status": ch.MARITAL_STATUS,
    "education": ch.EDUCATION,
    "disability": ch.DISABILITY,
    "electricity_va": ch.ELECTRICITY_VA,
    "status": ch.PPKS_STATUS,
}
_DATES = {"birth_date", "visit_date", "status_date"}


def field_title(name: str) -> str:
    return translate(_C, FIELD_TITLES[name]) if name in FIELD_TITLES else name


def table_title(table: str) -> str:
    return translate(_C, TABLE_TITLES[table]) if table in TABLE_TITLES else table


def action_title(action: str) -> str:
    return translate(_C, ACTION_TITLES[action]) if action in ACTION_TITLES else action


def format_timestamp(stamp: str | None) -> str:
    """A stored UTC stamp ("2026-08-17T03:04:05.000Z") as local "17/08/2026 10.04"."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    return f"{format_date(local.date())} {local.hour:02d}.{local.minute:02d}"


def display_value(field: str | None, raw: str | None, references: dict[str, dict[str, str]]) -> str:
    """A value from the audit log as the volunteer would write it. NIKs are masked (UU PDP)."""
    if raw is None or raw == "":
        return "—"
    if field == "nik":
        return mask_nik(raw)
    if field in _DATES:
        try:
            return format_date(date.fromisoformat(raw))
        except ValueError:
            return raw
    if field == "sex":
        return Sex(raw).label if raw in ("L", "P") else raw
    if field is not None and field.endswith("_at"):  # a stored UTC stamp (deleted_at, ...)
        return format_timestamp(raw) or raw
    if field in ("lives_alone", "active"):
        if raw in ("1", "True", "true"):
            return translate("HouseholdFields", "yes")
        return translate("HouseholdFields", "no")
    if field in _CHOICES:
        return ch.label(_CHOICES[field], raw)
    if field == "category":
        return references.get("ppks", {}).get(raw, raw)
    if field == "programmes":
        return _json_list(raw, lambda code: references.get("programme", {}).get(code, code))
    if field == "assets":
        return _json_list(raw, lambda item: item.get("text", "") if isinstance(item, dict) else str(item))
    return raw


def _json_list(raw: str, show) -> str:  # noqa: ANN001 - tiny local helper
    try:
        items = json.loads(raw)
    except ValueError:
        return raw
    if not isinstance(items, list):
        return raw
    return ", ".join(show(item) for item in items) or "—"
