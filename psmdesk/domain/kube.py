"""KUBE (Kelompok Usaha Bersama): joint-business groups of poor families coached by a PSM.

Input models for the group profile, its members, grants and activities, and the rules that check
them. The cash book's rules and arithmetic are in `kube_cash`. Every check returns `Issue`s with
the Indonesian message the volunteer reads; warnings never block saving."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from pydantic import BaseModel, Field

from psmdesk.domain import choices as ch
from psmdesk.domain.address import normalise_rt_rw
from psmdesk.domain.ids import new_id
from psmdesk.domain.issues import Issue, Severity
from psmdesk.domain.regions import is_village_code

# Editable lists (seeded into reference_items, see domain/reference.py): rules and local
# practice name other business types and stages.
BUSINESS_TYPES: ch.Choices = (
    ("kuliner", "Kuliner"),
    ("kerajinan", "Kerajinan"),
    ("jasa", "Jasa"),
    ("perdagangan", "Perdagangan"),
    ("pertanian_peternakan", "Pertanian/Peternakan"),
    ("lainnya", "Lainnya"),
)
STAGES: ch.Choices = (
    ("penumbuhan", "Penumbuhan"),
    ("pengembangan", "Pengembangan"),
    ("mandiri", "Mandiri"),
)

GROUP_STATUS: ch.Choices = (("aktif", "Aktif"), ("vakum", "Vakum"), ("bubar", "Bubar"))
ROLES: ch.Choices = (
    ("anggota", "Anggota"),
    ("ketua", "Ketua"),
    ("sekretaris", "Sekretaris"),
    ("bendahara", "Bendahara"),
)
OFFICERS = ("ketua", "sekretaris", "bendahara")
GRANT_SOURCES: ch.Choices = (
    ("kemensos", "Kemensos"),
    ("pemprov", "Pemprov"),
    ("csr", "CSR"),
    ("swadaya", "Swadaya"),
    ("lainnya", "Lainnya"),
)
ACTIVITY_TYPES: ch.Choices = (
    ("pelatihan_produksi", "Pelatihan produksi"),
    ("manajemen_usaha", "Manajemen usaha"),
    ("inovasi_produk", "Inovasi produk"),
    ("pemasaran", "Pemasaran"),
    ("rapat_anggota", "Rapat anggota"),
    ("pendampingan", "Pendampingan/monitoring PSM"),
    ("lainnya", "Lainnya"),
)

# 5-20 families, commonly 10 (Kemensos KUBE guidance); members of working age.
MIN_FAMILIES, MAX_FAMILIES = 5, 20
MIN_AGE, MAX_AGE = 18, 64
STALLED_DAYS = 60
# Far above any grant a KUBE receives; a typo with three zeros too many must not pass silently.
MAX_AMOUNT = 10**11


class GroupInput(BaseModel):
    id: str | None = None
    name: str = ""
    business_type: str = ""
    products: str = ""
    kelurahan_code: str = ""
    rw: str = ""
    founded_on: date | None = None
    companion: str = ""  # the PSM who coaches the group
    stage: str = ""
    bank_name: str = ""
    account_number: str = ""
    account_holder: str = ""
    status: str = "aktif"
    notes: str = ""


class KubeMemberInput(BaseModel):
    """A family in a group, represented by one of its members (usually the one who works in it)."""

    id: str = Field(default_factory=new_id)
    group_id: str
    household_id: str
    member_id: str | None = None
    role: str = "anggota"
    joined_on: date | None = None
    left_on: date | None = None


class GrantInput(BaseModel):
    id: str | None = None
    group_id: str
    source: str = ""
    source_detail: str = ""  # the company of a CSR grant, the donor of "lainnya"
    received_on: date | None = None
    amount: int = 0  # whole rupiah; 0 for aid in kind only
    in_kind: str = ""
    notes: str = ""


class ActivityInput(BaseModel):
    id: str | None = None
    group_id: str
    held_on: date | None = None
    kind: str = ""
    topic: str = ""
    participants: list[str] = Field(default_factory=list)  # kube_members ids
    result: str = ""
    obstacles: str = ""
    follow_up: str = ""


def _error(field: str, code: str, message: str) -> Issue:
    return Issue(field, code, message, Severity.ERROR)


def _warning(field: str, code: str, message: str) -> Issue:
    return Issue(field, code, message, Severity.WARNING)


def tidy(text: str) -> str:
    return " ".join(text.split())


def normalise_group(g: GroupInput) -> GroupInput:
    """The group as it is stored: single spaces, RW as three digits, account number digits only."""
    g = g.model_copy()
    g.name, g.products, g.companion = tidy(g.name), g.products.strip(), tidy(g.companion)
    g.bank_name, g.account_holder = tidy(g.bank_name), tidy(g.account_holder)
    g.rw = normalise_rt_rw(g.rw) or g.rw.strip()
    # Banks print numbers with spaces or dashes ("123-456 789"); stored as typed digits (text,
    # never a number: leading zeros matter).
    digits = "".join(c for c in g.account_number if c not in " -.")
    g.account_number = digits if digits.isascii() and digits.isdigit() else g.account_number.strip()
    return g


def check_group(g: GroupInput, *, today: date, business_codes: frozenset[str],
                stage_codes: frozenset[str]) -> list[Issue]:
    issues: list[Issue] = []
    if len(tidy(g.name)) < 3:
        issues.append(_error("name", "name", "Nama kelompok wajib diisi (minimal 3 huruf)."))
    if g.business_type not in business_codes:
        issues.append(_error("business_type", "business_type", "Pilih jenis usaha."))
    if not is_village_code(g.kelurahan_code):
        issues.append(_error("kelurahan_code", "kelurahan", "Pilih kelurahan tempat kelompok berada."))
    if g.rw.strip() and normalise_rt_rw(g.rw) is None:
        issues.append(_error("rw", "rw", "RW ditulis dengan angka, misalnya 004."))
    if g.founded_on and g.founded_on > today:
        issues.append(_error("founded_on", "future", "Tanggal berdiri tidak boleh di masa depan."))
    if g.stage not in stage_codes:
        issues.append(_error("stage", "stage", "Pilih tahap perkembangan kelompok."))
    if g.status not in ch.codes(GROUP_STATUS):
        issues.append(_error("status", "status", "Status kelompok tidak dikenal."))
    account = g.account_number.replace(" ", "").replace("-", "")
    if account and not (account.isascii() and account.isdigit()):
        issues.append(_error("account_number", "account", "Nomor rekening hanya berisi angka."))
    bank = (g.bank_name.strip(), account, g.account_holder.strip())
    if any(bank) and not all(bank):
        issues.append(_warning("bank_name", "bank_incomplete",
                               "Data rekening belum lengkap: isi nama bank, nomor rekening dan atas nama."))
    if not g.founded_on:
        issues.append(_warning("founded_on", "founded_missing", "Tanggal berdiri belum diisi."))
    return issues


def check_kube_member(m: KubeMemberInput, *, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if m.role not in ch.codes(ROLES):
        issues.append(_error("role", "role", "Pilih jabatan dalam kelompok."))
    if m.joined_on and m.joined_on > today:
        issues.append(_error("joined_on", "future", "Tanggal masuk tidak boleh di masa depan."))
    if m.left_on and m.left_on > today:
        issues.append(_error("left_on", "future", "Tanggal keluar tidak boleh di masa depan."))
    if m.left_on and m.joined_on and m.left_on < m.joined_on:
        issues.append(_error("left_on", "order", "Tanggal keluar tidak boleh sebelum tanggal masuk."))
    return issues


def is_active(joined_on: date | None, left_on: date | None, on: date) -> bool:
    """A member counts from the day they join until the day before they leave."""
    return (joined_on is None or joined_on <= on) and (left_on is None or left_on > on)


@dataclass(frozen=True)
class RosterEntry:
    """What the roster rules need to know of one member family (the storage query fills it)."""

    id: str
    name: str
    role: str
    age: int | None
    active: bool
    other_groups: tuple[str, ...] = ()  # names of other groups the family is active in


def family_issues(entry: RosterEntry, field: str = "members") -> list[Issue]:
    """Warnings about one family: already in another KUBE, or outside the usual age."""
    issues: list[Issue] = []
    if entry.other_groups:
        issues.append(_warning(field, "two_groups",
                               f"Keluarga {entry.name} juga anggota {', '.join(entry.other_groups)}. "
                               "Satu keluarga biasanya hanya ikut satu KUBE."))
    if entry.age is not None and not MIN_AGE <= entry.age <= MAX_AGE:
        issues.append(_warning(field, "age",
                               f"{entry.name} berumur {entry.age} tahun, di luar usia kerja "
                               f"{MIN_AGE}-{MAX_AGE} tahun yang biasa untuk anggota KUBE."))
    return issues


def roster_issues(entries: Sequence[RosterEntry]) -> list[Issue]:
    """Warnings about the group as a whole: its size, its officers, and each active family."""
    active = [e for e in entries if e.active]
    issues: list[Issue] = []
    if len(active) < MIN_FAMILIES:
        issues.append(_warning("members", "too_few", f"Anggota baru {len(active)} keluarga; "
                                                     f"KUBE beranggotakan {MIN_FAMILIES}-{MAX_FAMILIES} keluarga."))
    elif len(active) > MAX_FAMILIES:
        issues.append(_warning("members", "too_many", f"Anggota {len(active)} keluarga; "
                                                      f"KUBE beranggotakan {MIN_FAMILIES}-{MAX_FAMILIES} keluarga."))
    for role in OFFICERS:
        holders = [e.name for e in active if e.role == role]
        title = ch.label(ROLES, role)
        if not holders:
            issues.append(_warning("members", f"no_{role}", f"Belum ada {title.lower()}."))
        elif len(holders) > 1:
            issues.append(_warning("members", f"many_{role}",
                                   f"{title} lebih dari satu: {', '.join(holders)}."))
    for entry in active:
        issues.extend(family_issues(entry))
    return issues


def check_grant(g: GrantInput, *, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if g.source not in ch.codes(GRANT_SOURCES):
        issues.append(_error("source", "source", "Pilih sumber bantuan."))
    if g.source in ("csr", "lainnya") and not g.source_detail.strip():
        issues.append(_warning("source_detail", "source_detail", "Tuliskan pemberi bantuan (nama perusahaan/lembaga)."))
    if g.received_on is None:
        issues.append(_error("received_on", "date", "Tanggal bantuan diterima wajib diisi."))
    elif g.received_on > today:
        issues.append(_error("received_on", "future", "Tanggal bantuan tidak boleh di masa depan."))
    if g.amount < 0 or g.amount > MAX_AMOUNT:
        issues.append(_error("amount", "amount", "Jumlah bantuan tidak masuk akal."))
    if g.amount == 0 and not g.in_kind.strip():
        issues.append(_error("amount", "empty", "Isi jumlah uang atau uraian bantuan barang."))
    return issues


def check_activity(a: ActivityInput, *, today: date, member_ids: frozenset[str]) -> list[Issue]:
    issues: list[Issue] = []
    if a.held_on is None:
        issues.append(_error("held_on", "date", "Tanggal kegiatan wajib diisi."))
    elif a.held_on > today:
        issues.append(_error("held_on", "future", "Tanggal kegiatan tidak boleh di masa depan."))
    if a.kind not in ch.codes(ACTIVITY_TYPES):
        issues.append(_error("kind", "kind", "Pilih jenis kegiatan."))
    if a.kind == "lainnya" and not a.topic.strip():
        issues.append(_error("topic", "topic", "Tuliskan kegiatan apa yang dilakukan."))
    if any(p not in member_ids for p in a.participants):
        issues.append(_error("participants", "participants", "Peserta harus anggota kelompok ini."))
    if not a.participants:
        issues.append(_warning("participants", "nobody", "Belum ada anggota yang dicentang sebagai peserta."))
    if not a.result.strip():
        issues.append(_warning("result", "result", "Hasil kegiatan belum ditulis."))
    return issues


def is_stalled(last_activity: date | None, last_cash: date | None, started: date | None, *, today: date,
               status: str = "aktif") -> bool:
    """No activity and no cash entry for STALLED_DAYS days. A group younger than that is still
    getting started, and a dissolved group is past caring."""
    if status == "bubar":
        return False
    latest = max((d for d in (last_activity, last_cash, started) if d is not None), default=None)
    return latest is not None and latest < today - timedelta(days=STALLED_DAYS)
