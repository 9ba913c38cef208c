"""Values in the history and the Jejak Audit read as a volunteer writes them, not as stored."""

from __future__ import annotations

from psmdesk.ui.households.labels import display_value


def test_stamps_flags_and_niks_are_shown_for_people(indonesian) -> None:  # type: ignore[no-untyped-def]
    assert display_value("deleted_at", "2026-08-17T03:04:05.000Z", {}).startswith("17/08/2026 ")
    assert "T" not in display_value("deleted_at", "2026-08-17T03:04:05.000Z", {})
    assert display_value("active", "1", {}) == "ya" and display_value("active", "0", {}) == "tidak"
    assert display_value("nik", "3171081405710001", {}) == "317108******0001"
    assert display_value("notes", "", {}) == "—"


def test_the_deletion_stamp_has_a_title(indonesian) -> None:  # type: ignore[no-untyped-def]
    from psmdesk.ui.households.labels import field_title

    assert field_title("deleted_at") == "Dihapus pada"
