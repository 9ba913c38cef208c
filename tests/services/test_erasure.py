"""Right to erasure on the device where it is made: content gone for good, the fact kept."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from psmdesk.domain.erasure import ERASURE_REASON
from psmdesk.domain.issues import ValidationFailed
from psmdesk.paths import AppPaths
from psmdesk.services import erasure
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.demo import fill_demo
from psmdesk.services.drafts import drafts, save_draft
from psmdesk.services.errors import UserError
from psmdesk.services.households import restore_household, save_household
from psmdesk.services.setup import setup
from psmdesk.storage.records import RecordErased
from tests.services.test_households import TODAY, family

ALL_TEXT_TABLES = ("households", "members", "ppks_cases", "visits", "meal_beneficiaries", "kube_members",
                   "case_files", "case_sessions", "case_notes_shared", "case_notes_private", "audit_log",
                   "conflicts", "drafts")


def _dump(ctx: AppContext) -> str:
    """Every value of every table that could hold a person's content, as one text."""
    parts: list[str] = []
    for table in ALL_TEXT_TABLES:
        for row in ctx.db.execute(f"SELECT * FROM {table}").fetchall():
            parts.append(json.dumps(row, default=str))
    parts += [str(r[0]) for r in ctx.db.execute("SELECT body FROM household_search").fetchall()]
    return "\n".join(parts)


def _search(ctx: AppContext, word: str) -> int:
    return int(ctx.db.execute("SELECT count(*) FROM household_search WHERE household_search MATCH ?",
                              [f'"{word}"']).fetchone()[0])


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo") / "data"
    ctx = open_app(AppPaths.resolve(root))
    setup(ctx, "koordinator", "Dinas Sosial Jakarta Pusat", "31.71.08.1001")
    fill_demo(ctx, today=TODAY)
    ctx.close()
    return root


@pytest.fixture
def office(demo_dir: Path, tmp_path: Path) -> Iterator[AppContext]:
    shutil.copytree(demo_dir, tmp_path / "data")
    ctx = open_app(AppPaths.resolve(tmp_path / "data"))
    yield ctx
    ctx.close()


def test_erasing_a_member_blanks_tombstones_and_scrubs(volunteer: AppContext) -> None:
    hid = save_household(volunteer, family(), today=TODAY)
    wife_id, wife_nik = volunteer.db.execute(
        "SELECT id, nik FROM members WHERE name = 'Siti Aminah'").fetchone()
    save_draft(volunteer, "household:" + hid, "household", hid, "KK", {"nik": wife_nik})
    save_draft(volunteer, "household:new", "household", None, "baru", {"typed": wife_nik})
    save_draft(volunteer, "household:other", "household", None, "lain", {"typed": "tidak ada"})
    assert _search(volunteer, "aminah") == 1

    with pytest.raises(ValidationFailed):
        erasure.erase_member(volunteer, wife_id, reason="permintaan tertulis", confirmation="Siti")
    done = erasure.erase_member(volunteer, wife_id, reason="permintaan tertulis", confirmation=" siti  AMINAH ")
    assert done.rows == 1

    row = volunteer.db.execute("SELECT name, nik, birth_date, sex, deleted_at, deleted_reason FROM members"
                               " WHERE id = ?", [wife_id]).fetchone()
    assert row[:4] == ("", None, None, None) and row[4] and row[5] == ERASURE_REASON
    text = _dump(volunteer)
    assert wife_nik not in text and "Aminah" not in text
    assert _search(volunteer, "aminah") == 0 and _search(volunteer, "budi") == 1  # the others stay findable
    marks = volunteer.db.execute("SELECT actor, action, field, old_value, new_value FROM audit_log"
                                 " WHERE record_id = ?", [wife_id]).fetchall()
    assert marks == [("Sari Wulandari", "erase", None, None, "permintaan tertulis")]
    assert [d.key for d in drafts(volunteer, "household")] == ["household:other"]
    # The rest of the household is untouched and the erasure cannot be undone or repeated.
    assert volunteer.db.execute("SELECT count(*) FROM members WHERE household_id = ? AND deleted_at IS NULL",
                                [hid]).fetchone()[0] == 2
    with pytest.raises(UserError, match="sudah dihapus"):
        erasure.erase_member(volunteer, wife_id, reason="lagi", confirmation="")
    with volunteer.transaction() as writer, pytest.raises(RecordErased):
        writer.restore("members", wife_id)


def test_erasing_a_household_cannot_be_undone(volunteer: AppContext) -> None:
    hid = save_household(volunteer, family(), today=TODAY)
    erasure.erase_household(volunteer, hid, reason="pindah, minta dihapus", confirmation="Budi Santoso")
    h = volunteer.db.execute("SELECT no_kk, street, notes, assets, deleted_reason FROM households").fetchone()
    assert h == (None, "", "", "[]", ERASURE_REASON)
    assert volunteer.db.execute("SELECT count(*) FROM members WHERE name != '' OR nik IS NOT NULL").fetchone()[0] == 0
    assert volunteer.db.execute("SELECT count(*) FROM ppks_cases WHERE deleted_reason = ?",
                                [ERASURE_REASON]).fetchone()[0] == 1
    assert volunteer.db.execute("SELECT count(*) FROM household_search").fetchone()[0] == 0
    with pytest.raises((UserError, RecordErased)):
        restore_household(volunteer, hid)
    assert volunteer.db.execute("SELECT deleted_reason FROM households").fetchone()[0] == ERASURE_REASON


def test_a_volunteer_erases_only_in_her_own_area(volunteer: AppContext) -> None:
    h = family()
    h.kelurahan_code = "31.71.08.1003"
    hid = save_household(volunteer, h, today=TODAY)
    with pytest.raises(UserError, match="wilayahnya sendiri"):
        erasure.erase_household(volunteer, hid, reason="minta", confirmation="Budi Santoso")


def test_erasure_reaches_meal_kube_and_case_rows(office: AppContext) -> None:
    db = office.db
    member_id = db.execute(
        "SELECT c.member_id FROM case_files c WHERE c.deleted_at IS NULL LIMIT 1").fetchone()[0]
    nik, name = db.execute("SELECT nik, name FROM members WHERE id = ?", [member_id]).fetchone()
    case_id = db.execute("SELECT id FROM case_files WHERE member_id = ?", [member_id]).fetchone()[0]
    db.execute("INSERT OR REPLACE INTO case_notes_private (case_id, note_key, body, updated_at)"
               " VALUES (?, 'asesmen', 'sangat rahasia', '2026-11-01')", [case_id])
    meal = db.execute("SELECT member_id FROM meal_beneficiaries LIMIT 1").fetchone()[0]

    done = erasure.erase_member(office, member_id, reason="permintaan", confirmation=name)
    assert done.rows >= 2
    assert db.execute("SELECT count(*) FROM case_files WHERE member_id = ? AND deleted_reason = ?",
                      [member_id, ERASURE_REASON]).fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM case_notes_private WHERE case_id = ?", [case_id]).fetchone()[0] == 0
    if nik:
        assert nik not in _dump(office)

    meal_name = db.execute("SELECT name FROM members WHERE id = ?", [meal]).fetchone()[0]
    erasure.erase_member(office, meal, reason="permintaan", confirmation=meal_name)
    assert db.execute("SELECT count(*) FROM meal_beneficiaries WHERE member_id = ? AND (deleted_reason != ?"
                      " OR health_notes != '' OR diet_notes != '')", [meal, ERASURE_REASON]).fetchone()[0] == 0


def test_erased_content_is_not_left_in_the_database_file(office: AppContext) -> None:
    db = office.db
    hid, nik = db.execute("SELECT household_id, nik FROM members WHERE nik IS NOT NULL AND deleted_at IS NULL"
                          " AND relation = 'kepala_keluarga' LIMIT 1").fetchone()
    target = erasure.target(office, "households", hid)
    erasure.erase_household(office, hid, reason="permintaan", confirmation=target.name)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = office.paths.database.read_bytes()
    assert nik.encode() not in raw

