"""Erasure travels: a volunteer's to the office, the office's to the volunteers, and every
receiving device scrubs its own audit log, search index and conflict queue."""

from __future__ import annotations

import json
from datetime import date

from psmdesk.domain.enums import Sex
from psmdesk.domain.erasure import ERASURE_REASON
from psmdesk.domain.household import MemberInput
from psmdesk.services import conflicts, erasure
from psmdesk.services.context import AppContext
from psmdesk.services.households import get_household, save_household
from tests.sync.conftest import Pair
from tests.sync.helpers import TODAY, household, send

WIFE_NIK = "3171085010830002"
WIFE_NIK_FIXED = "3171085010830003"


def _family(pair: Pair) -> tuple[str, str]:
    h = household()
    h.members.append(MemberInput(nik=WIFE_NIK, name="Siti Aminah", sex=Sex.P, birth_date=date(1983, 10, 10),
                                 relation="istri", phone="081298765432"))
    hid = save_household(pair.volunteer, h, today=TODAY)
    send(pair.volunteer, pair.office, pair.drop)
    send(pair.office, pair.volunteer, pair.drop)
    wife = pair.volunteer.db.execute("SELECT id FROM members WHERE name = 'Siti Aminah'").fetchone()[0]
    return hid, wife


def _set_member(ctx: AppContext, hid: str, member_id: str, **changes: object) -> None:
    h = get_household(ctx, hid)
    for m in h.members:
        if m.id == member_id:
            for key, value in changes.items():
                setattr(m, key, value)
    save_household(ctx, h, confirmed=True, today=TODAY)


def _traces(ctx: AppContext, *needles: str) -> list[str]:
    """Where any of the needles still appears on this device (table names)."""
    found: list[str] = []
    for table in ("members", "audit_log", "conflicts", "drafts", "tombstones"):
        for row in ctx.db.execute(f"SELECT * FROM {table}").fetchall():
            text = json.dumps(row, default=str)
            if any(n in text for n in needles):
                found.append(table)
    for (body,) in ctx.db.execute("SELECT body FROM household_search").fetchall():
        if any(n.casefold() in str(body).casefold() for n in needles):
            found.append("household_search")
    return found


def _erased(ctx: AppContext, table: str, record_id: str) -> bool:
    row = ctx.db.execute(f"SELECT deleted_reason FROM {table} WHERE id = ?", [record_id]).fetchone()
    return bool(row) and row[0] == ERASURE_REASON


def test_a_volunteers_erasure_reaches_the_office_and_is_scrubbed_there(pair: Pair) -> None:
    hid, wife = _family(pair)
    # The office's audit log gets the wife's old and new NIK through sync.
    _set_member(pair.volunteer, hid, wife, nik=WIFE_NIK_FIXED)
    send(pair.volunteer, pair.office, pair.drop)
    assert _traces(pair.office, WIFE_NIK)  # the old NIK is in the office's audit log

    erasure.erase_member(pair.volunteer, wife, reason="permintaan lisan", confirmation="Siti Aminah")
    result = send(pair.volunteer, pair.office, pair.drop)
    assert result.deleted >= 1
    assert _erased(pair.office, "members", wife)
    assert _traces(pair.office, WIFE_NIK, WIFE_NIK_FIXED, "Aminah", "081298765432") == []
    marks = pair.office.db.execute("SELECT action, device_id, old_value, new_value FROM audit_log"
                                   " WHERE record_id = ?", [wife]).fetchall()
    assert marks == [("erase", pair.volunteer.device_id, None, None)]
    assert get_household(pair.office, hid).members[0].name == "Budi Santoso"


def test_the_offices_erasure_goes_to_the_volunteer_as_an_office_deletion(pair: Pair) -> None:
    hid, wife = _family(pair)
    erasure.erase_household(pair.office, hid, reason="surat permintaan", confirmation="Budi Santoso")
    send(pair.office, pair.volunteer, pair.drop)
    assert _erased(pair.volunteer, "households", hid) and _erased(pair.volunteer, "members", wife)
    assert _traces(pair.volunteer, WIFE_NIK, "Aminah", "Budi", "3171080507800003", "3171081203150007") == []
    # The volunteer cannot bring it back, and sending again changes nothing at the office.
    assert erasure.is_erased(pair.volunteer, "households", hid)
    send(pair.volunteer, pair.office, pair.drop) if _has_changes(pair.volunteer) else None
    assert _erased(pair.office, "households", hid)


def _has_changes(ctx: AppContext) -> bool:
    from psmdesk.services.sync_export import unsent_changes

    return unsent_changes(ctx) > 0


def test_an_erasure_clears_the_conflict_queue_of_both_values(pair: Pair) -> None:
    hid, wife = _family(pair)
    _set_member(pair.office, hid, wife, name="Siti Aminah Kantor")
    _set_member(pair.volunteer, hid, wife, name="Siti Aminah Relawan")
    assert send(pair.volunteer, pair.office, pair.drop).conflicts == 1
    assert conflicts.open_count(pair.office) == 1
    erasure.erase_member(pair.volunteer, wife, reason="permintaan", confirmation="Siti Aminah Relawan")
    send(pair.volunteer, pair.office, pair.drop)
    assert conflicts.open_count(pair.office) == 0
    assert pair.office.db.execute("SELECT count(*) FROM conflicts WHERE record_id = ?", [wife]).fetchone()[0] == 0
    assert _traces(pair.office, "Aminah") == []


def test_a_late_edit_does_not_bring_an_erased_person_back(pair: Pair) -> None:
    hid, wife = _family(pair)
    erasure.erase_member(pair.office, wife, reason="permintaan", confirmation="Siti Aminah")
    # The volunteer has not heard of it yet and edits the person (a newer stamp than the erasure).
    _set_member(pair.volunteer, hid, wife, name="Siti Aminah Baru", phone="081200000000")
    result = send(pair.volunteer, pair.office, pair.drop)
    assert result.conflicts == 0
    assert _erased(pair.office, "members", wife)
    assert _traces(pair.office, "Aminah", "081200000000") == []
    # The office's bundle back erases it on the volunteer's laptop as well: both end the same.
    send(pair.office, pair.volunteer, pair.drop)
    assert _erased(pair.volunteer, "members", wife)
    assert _traces(pair.volunteer, "Aminah", "081200000000", WIFE_NIK) == []
    row = "SELECT name, nik, phone, deleted_reason FROM members WHERE id = ?"
    assert pair.office.db.execute(row, [wife]).fetchone() == pair.volunteer.db.execute(row, [wife]).fetchone()


def test_an_erasure_that_arrives_before_its_record_waits_and_applies(pair: Pair) -> None:
    # The office erases a record it has; a second volunteer laptop gets the record later from a
    # full roster: it arrives already erased.
    hid, wife = _family(pair)
    erasure.erase_member(pair.office, wife, reason="permintaan", confirmation="Siti Aminah")
    pair.volunteer.db.execute("DELETE FROM audit_log")
    send(pair.office, pair.volunteer, pair.drop)
    assert _erased(pair.volunteer, "members", wife)
    assert _traces(pair.volunteer, "Aminah", WIFE_NIK) == []
