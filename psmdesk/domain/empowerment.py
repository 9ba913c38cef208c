"""Group empowerment (pemberdayaan kelompok) of a KUBE: the seven stages of the professional
process, each entry with its dates, what was done, and the supporting and hindering factors; and
the welfare indicators of a group or an RW, scored at the start (awal) and at evaluation, in the
eight dimensions the field studies use."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel, Field

from psmdesk.domain.address import normalise_rt_rw
from psmdesk.domain.choices import Choices
from psmdesk.domain.issues import Issue, Severity

STAGES: Choices = (
    ("persiapan", "Persiapan"),
    ("asesmen", "Asesmen"),
    ("alternatif", "Perencanaan Alternatif Program"),
    ("rencana_aksi", "Formulasi Rencana Aksi"),
    ("pelaksanaan", "Pelaksanaan"),
    ("evaluasi", "Evaluasi"),
    ("terminasi", "Terminasi"),
)
STAGE_CODES = tuple(code for code, _ in STAGES)
# The same stages as they fit on the stage bar (the full name is its tooltip).
SHORT_STAGES: Choices = (
    ("persiapan", "Persiapan"), ("asesmen", "Asesmen"), ("alternatif", "Alternatif Program"),
    ("rencana_aksi", "Rencana Aksi"), ("pelaksanaan", "Pelaksanaan"), ("evaluasi", "Evaluasi"),
    ("terminasi", "Terminasi"),
)

DIMENSIONS: Choices = (
    ("kependudukan", "Kependudukan"),
    ("kesehatan", "Kesehatan dan Gizi"),
    ("pendidikan", "Pendidikan"),
    ("ketenagakerjaan", "Ketenagakerjaan"),
    ("konsumsi", "Konsumsi / Pengeluaran"),
    ("perumahan", "Perumahan dan Lingkungan"),
    ("kemiskinan", "Kemiskinan"),
    ("pola_pikir", "Pola Pikir dan Teknologi"),
)
DIMENSION_CODES = tuple(code for code, _ in DIMENSIONS)
# Short names for a chart's axis.
DIMENSION_SHORT: Choices = (
    ("kependudukan", "Kependudukan"), ("kesehatan", "Kesehatan"), ("pendidikan", "Pendidikan"),
    ("ketenagakerjaan", "Pekerjaan"), ("konsumsi", "Konsumsi"), ("perumahan", "Perumahan"),
    ("kemiskinan", "Kemiskinan"), ("pola_pikir", "Pola pikir"),
)
PHASES: Choices = (("awal", "Awal"), ("evaluasi", "Evaluasi"))
SCORES: Choices = (("1", "1 - Sangat kurang"), ("2", "2 - Kurang"), ("3", "3 - Cukup"), ("4", "4 - Baik"),
                   ("5", "5 - Sangat baik"))
LOWEST, HIGHEST = 1, 5
NOTE_MAX = 300


def label_of(choices: Choices, code: str) -> str:
    return next((lab for c, lab in choices if c == code), code)


def stage_index(stage: str) -> int:
    return STAGE_CODES.index(stage) if stage in STAGE_CODES else -1


def _err(field: str, message: str, code: str = "required") -> Issue:
    return Issue(field, code, message)


# --- stages -----------------------------------------------------------------------------------
class StageEntryInput(BaseModel):
    id: str | None = None
    group_id: str
    stage: str = "persiapan"
    started_on: date | None = None
    ended_on: date | None = None
    activities: str = ""  # what was done
    supporting: str = ""  # faktor pendukung
    hindering: str = ""  # faktor penghambat
    psm: str = ""


def check_stage_entry(entry: StageEntryInput, *, today: date, founded_on: date | None = None) -> list[Issue]:
    issues: list[Issue] = []
    if entry.stage not in STAGE_CODES:
        issues.append(_err("stage", "Tahap wajib dipilih."))
    if entry.started_on is None:
        issues.append(_err("started_on", "Tanggal mulai wajib diisi."))
    elif entry.started_on > today:
        issues.append(_err("started_on", "Tanggal mulai tidak boleh setelah hari ini.", "future"))
    if entry.ended_on is not None:
        if entry.ended_on > today:
            issues.append(_err("ended_on", "Tanggal selesai tidak boleh setelah hari ini.", "future"))
        elif entry.started_on is not None and entry.ended_on < entry.started_on:
            issues.append(_err("ended_on", "Tanggal selesai tidak boleh sebelum tanggal mulai.", "before"))
    if not entry.activities.strip():
        issues.append(_err("activities", "Tuliskan apa yang dilakukan pada tahap ini."))
    if founded_on is not None and entry.started_on is not None and entry.started_on < founded_on \
            and entry.stage not in ("persiapan", "asesmen"):
        issues.append(Issue("started_on", "before_group",
                            "Tanggal mulai sebelum kelompok berdiri; periksa lagi tanggalnya.",
                            severity=Severity.WARNING))
    return issues


@dataclass(frozen=True)
class Progress:
    """Where a group stands: the furthest stage with an entry (None: not started), the stages
    before it (done), and whether termination has ended (the whole process is finished)."""

    current: str | None
    started_on: date | None
    finished: bool

    def done(self, stage: str) -> bool:
        if self.current is None:
            return False
        return stage_index(stage) < stage_index(self.current) or self.finished

    @property
    def label(self) -> str:
        if self.current is None:
            return "Belum dimulai"
        text = label_of(STAGES, self.current)
        return f"Selesai ({text})" if self.finished else text


def progress(entries: Iterable[StageEntryInput]) -> Progress:
    known = [e for e in entries if e.stage in STAGE_CODES]
    if not known:
        return Progress(None, None, False)
    furthest = max(stage_index(e.stage) for e in known)
    at = [e for e in known if stage_index(e.stage) == furthest]
    started = min((e.started_on for e in at if e.started_on), default=None)
    finished = STAGE_CODES[furthest] == "terminasi" and all(e.ended_on is not None for e in at)
    return Progress(STAGE_CODES[furthest], started, finished)


def suggested_stage(entries: Iterable[StageEntryInput]) -> str:
    """The stage a new entry most likely records: the current one while it is open, else the next."""
    listed = list(entries)
    now = progress(listed)
    if now.current is None:
        return STAGE_CODES[0]
    open_now = any(e.ended_on is None for e in listed if e.stage == now.current)
    following = stage_index(now.current) + 1
    return now.current if open_now or following >= len(STAGE_CODES) else STAGE_CODES[following]


def sort_entries(entries: Iterable[StageEntryInput]) -> list[StageEntryInput]:
    return sorted(entries, key=lambda e: (stage_index(e.stage), e.started_on or date.min))


# --- welfare indicators -----------------------------------------------------------------------
@dataclass(frozen=True)
class Subject:
    """Whom an assessment is about: a KUBE group (group_id set) or an RW of a kelurahan."""

    kelurahan_code: str
    rw: str = ""
    group_id: str | None = None

    @property
    def key(self) -> str:
        return f"kube:{self.group_id}" if self.group_id else f"rw:{self.kelurahan_code}:{self.rw}"

    def assessment_id(self, phase: str) -> str:
        """The same id on every device: two laptops scoring the same group's start update one record."""
        return hashlib.sha256(f"welfare:{self.key}:{phase}".encode()).hexdigest()[:32]


def rw_subject(kelurahan_code: str, rw: str) -> Subject:
    return Subject(kelurahan_code, normalise_rt_rw(rw) or rw.strip())


class IndicatorInput(BaseModel):
    phase: str = "awal"
    assessed_on: date | None = None
    scores: dict[str, int | None] = Field(default_factory=dict)
    notes: dict[str, str] = Field(default_factory=dict)
    assessor: str = ""


def check_indicators(ind: IndicatorInput, *, today: date, start: date | None = None,
                     evaluation: date | None = None) -> list[Issue]:
    """`start` / `evaluation`: the dates of the other assessment, when there is one."""
    issues: list[Issue] = []
    if ind.phase not in {c for c, _ in PHASES}:
        issues.append(_err("phase", "Pilih penilaian awal atau evaluasi."))
    if ind.assessed_on is None:
        issues.append(_err("assessed_on", "Tanggal penilaian wajib diisi."))
    elif ind.assessed_on > today:
        issues.append(_err("assessed_on", "Tanggal penilaian tidak boleh setelah hari ini.", "future"))
    elif ind.phase == "evaluasi" and start is not None and ind.assessed_on < start:
        issues.append(_err("assessed_on", "Tanggal evaluasi harus sesudah penilaian awal.", "order"))
    elif ind.phase == "awal" and evaluation is not None and ind.assessed_on > evaluation:
        issues.append(_err("assessed_on", "Tanggal penilaian awal harus sebelum evaluasi.", "order"))
    unknown = sorted(code for code in ind.scores if code not in DIMENSION_CODES)
    if unknown:  # only a damaged or foreign record has them: an issue, never an exception
        issues.append(_err("scores", f"Dimensi penilaian tidak dikenal: {', '.join(unknown)}.", "unknown"))
    for code, title in DIMENSIONS:
        score = ind.scores.get(code)
        if score is not None and not LOWEST <= score <= HIGHEST:
            issues.append(_err(f"{code}_score", f"Nilai {title} harus 1 sampai 5.", "range"))
        if len(ind.notes.get(code, "")) > NOTE_MAX:
            issues.append(_err(f"{code}_note", f"Catatan {title} terlalu panjang (paling banyak {NOTE_MAX} huruf).",
                               "long"))
    if all(ind.scores.get(code) is None for code in DIMENSION_CODES):
        issues.append(_err(f"{DIMENSION_CODES[0]}_score", "Isi nilai minimal satu dimensi."))
    return issues


@dataclass(frozen=True)
class ComparisonRow:
    code: str
    title: str
    before: int | None
    after: int | None
    note_before: str
    note_after: str

    @property
    def change(self) -> int | None:
        return None if self.before is None or self.after is None else self.after - self.before


def compare(before: IndicatorInput | None, after: IndicatorInput | None) -> list[ComparisonRow]:
    rows = []
    for code, title in DIMENSIONS:
        rows.append(ComparisonRow(
            code, title, before.scores.get(code) if before else None, after.scores.get(code) if after else None,
            before.notes.get(code, "") if before else "", after.notes.get(code, "") if after else ""))
    return rows


def change_text(change: int | None) -> str:
    if change is None:
        return "—"
    if change > 0:
        return f"▲ naik {change}"
    if change < 0:
        return f"▼ turun {-change}"
    return "= tetap"


def average(values: Sequence[int | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None
