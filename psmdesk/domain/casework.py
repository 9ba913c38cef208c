"""Casework (pendampingan individu) of a PPKS person: the stages in order and what each one needs
before the case may move on, and the PSM registry with its training log.

A case's narrative texts ("notes": the agreement, the four assessment dimensions, the plan, the
session notes, the evaluation and the exit plan) are sensitive personal data (UU PDP); the rules
here only say which of them a stage needs, the services decide who may read them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from pydantic import BaseModel, Field

from psmdesk.domain.choices import Choices
from psmdesk.domain.issues import Issue

STAGES: Choices = (
    ("intake", "Engagement, Intake dan Kontrak"),
    ("asesmen", "Asesmen"),
    ("rencana", "Perencanaan Intervensi"),
    ("intervensi", "Intervensi"),
    ("evaluasi", "Evaluasi"),
    ("terminasi", "Terminasi"),
)
STAGE_CODES = tuple(code for code, _ in STAGES)
CLOSED = "selesai"  # the status of a terminated case (its stage stays "terminasi")

SOURCES: Choices = (
    ("penjangkauan", "Penjangkauan"),
    ("terjaring", "Terjaring (razia/penertiban)"),
    ("rujukan", "Rujukan"),
)
SESSION_KINDS: Choices = (
    ("konseling", "Konseling"),
    ("rujukan", "Rujukan"),
    ("kunjungan_keluarga", "Kunjungan keluarga"),
    ("pemulangan", "Pemulangan"),
    ("lainnya", "Lainnya"),
)
METHODS: Choices = (("wawancara", "Wawancara"), ("observasi", "Observasi"), ("diskusi", "Diskusi"))

# Note keys, per stage, in the order the report prints them; session notes are "session:<id>".
NOTE_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "intake": (("agreement", "Kesepakatan (kontrak layanan)"),),
    "asesmen": (("bio", "Biologis"), ("psycho", "Psikologis"), ("social", "Sosial"),
                ("spiritual", "Spiritual")),
    "rencana": (("goals", "Tujuan"), ("plan", "Rencana intervensi")),
    "intervensi": (),
    "evaluasi": (("evaluation", "Hasil evaluasi"),),
    "terminasi": (("exit_plan", "Rencana keluar (exit plan)"), ("follow_up", "Tindak lanjut")),
}
NOTE_KEYS = frozenset(key for fields in NOTE_FIELDS.values() for key, _ in fields)

PSM_ROLES: Choices = (("ketua", "Ketua PSM Kelurahan"), ("anggota", "Anggota"))
PSM_STATUS: Choices = (("aktif", "Aktif"), ("nonaktif", "Nonaktif"))
TRAINING_MODES: Choices = (("tatap_muka", "Tatap muka"), ("daring", "Daring"))
MASK = "•••"


def label_of(choices: Choices, code: str) -> str:
    return next((lab for c, lab in choices if c == code), code)


def stage_index(stage: str) -> int:
    return STAGE_CODES.index(stage) if stage in STAGE_CODES else 0


def next_stage(stage: str) -> str | None:
    i = stage_index(stage)
    return STAGE_CODES[i + 1] if i + 1 < len(STAGE_CODES) else None


class CaseInput(BaseModel):
    id: str | None = None
    member_id: str
    source: str = "penjangkauan"
    institution: str = ""
    category: str = ""
    opened_on: date | None = None


class CaseFacts(BaseModel):
    """What the stage rules look at: the stored case, its notes and its sessions."""

    stage: str = "intake"
    source: str = ""
    opened_on: date | None = None
    methods: list[str] = Field(default_factory=list)
    notes: dict[str, str] = Field(default_factory=dict)
    sessions: int = 0
    closed_on: date | None = None


def _err(field: str, message: str) -> Issue:
    return Issue(field, "required", message)


def check_case(case: CaseInput, *, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if not case.member_id:
        issues.append(_err("member_id", "Pilih orang yang didampingi."))
    if case.source not in {c for c, _ in SOURCES}:
        issues.append(_err("source", "Sumber kasus wajib dipilih."))
    if case.opened_on is None:
        issues.append(_err("opened_on", "Tanggal mulai pendampingan wajib diisi."))
    elif case.opened_on > today:
        issues.append(Issue("opened_on", "future", "Tanggal mulai tidak boleh setelah hari ini."))
    return issues


def _blank(notes: Mapping[str, str], key: str) -> bool:
    return not notes.get(key, "").strip()


def check_stage(facts: CaseFacts) -> list[Issue]:
    """What the current stage still lacks before the case may move on (or, at termination, close)."""
    issues: list[Issue] = []
    stage = facts.stage
    for key, title in NOTE_FIELDS.get(stage, ()):
        if _blank(facts.notes, key):
            issues.append(_err(key, f"{title} wajib diisi sebelum lanjut ke tahap berikutnya."))
    if stage == "intake" and facts.opened_on is None:
        issues.append(_err("opened_on", "Tanggal mulai pendampingan wajib diisi."))
    if stage == "asesmen" and not facts.methods:
        issues.append(_err("methods", "Pilih minimal satu cara asesmen (wawancara, observasi, diskusi)."))
    if stage == "intervensi" and facts.sessions == 0:
        issues.append(_err("sessions", "Catat minimal satu sesi intervensi."))
    return issues


def can_advance(facts: CaseFacts) -> bool:
    return facts.closed_on is None and next_stage(facts.stage) is not None and not check_stage(facts)


def check_session(held_on: date | None, kind: str, *, opened_on: date | None, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if held_on is None:
        issues.append(_err("held_on", "Tanggal sesi wajib diisi."))
    elif held_on > today:
        issues.append(Issue("held_on", "future", "Tanggal sesi tidak boleh setelah hari ini."))
    elif opened_on is not None and held_on < opened_on:
        issues.append(Issue("held_on", "before", "Tanggal sesi sebelum kasus dibuka."))
    if kind not in {c for c, _ in SESSION_KINDS}:
        issues.append(_err("kind", "Jenis sesi wajib dipilih."))
    return issues


def may_read_notes(*, is_coordinator: bool, viewer: str, psm: str) -> bool:
    """Only the assigned PSM (by profile name) and a coordinator read a case's notes."""
    return is_coordinator or " ".join(viewer.split()).casefold() == " ".join(psm.split()).casefold()


class VolunteerInput(BaseModel):
    id: str | None = None
    name: str
    kelurahan_code: str = ""
    role: str = "anggota"
    registered_on: date | None = None
    status: str = "aktif"
    phone: str = ""


def check_volunteer(v: VolunteerInput, *, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if len(v.name.strip()) < 2:
        issues.append(_err("name", "Nama relawan wajib diisi."))
    if not v.kelurahan_code:
        issues.append(_err("kelurahan_code", "Kelurahan wajib dipilih."))
    if v.role not in {c for c, _ in PSM_ROLES}:
        issues.append(_err("role", "Peran wajib dipilih."))
    if v.status not in {c for c, _ in PSM_STATUS}:
        issues.append(_err("status", "Status wajib dipilih."))
    if v.registered_on is not None and v.registered_on > today:
        issues.append(Issue("registered_on", "future", "Tanggal daftar tidak boleh setelah hari ini."))
    return issues


def check_training(topic: str, held_on: date | None, mode: str, *, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if not topic.strip():
        issues.append(_err("topic", "Topik pelatihan wajib diisi."))
    if held_on is None:
        issues.append(_err("held_on", "Tanggal pelatihan wajib diisi."))
    elif held_on > today:
        issues.append(Issue("held_on", "future", "Tanggal pelatihan tidak boleh setelah hari ini."))
    if mode not in {c for c, _ in TRAINING_MODES}:
        issues.append(_err("mode", "Bentuk pelatihan wajib dipilih."))
    return issues
