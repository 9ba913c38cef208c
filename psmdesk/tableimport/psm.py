"""Target "psm": the PSM registry (Pekerja Sosial Masyarakat), one volunteer per row, written
through the casework service (`services.casework.save_volunteer`: its check, its role rule).

A row matches a volunteer already registered by normalised name within the same kelurahan. The
registry keeps no NIK, so a NIK column is read only to catch the same person twice in the file and
a NIK damaged by Excel; it is never stored, logged or shown unmasked. A matched volunteer is filled
in (an empty registration date or phone), never overwritten: differences are listed in the notes,
as the household import does."""

from __future__ import annotations

from datetime import date
from typing import Any

from psmdesk.domain import casework as cw
from psmdesk.domain.issues import Severity
from psmdesk.domain.names import clean_name, name_error, name_key
from psmdesk.domain.nik import check_nik
from psmdesk.domain.phone import check_phone
from psmdesk.domain.profile import Role
from psmdesk.domain.regions import get_region, region_label
from psmdesk.domain.tabular import cell_text, choice_lookup, header_key, parse_date_cell, parse_identity
from psmdesk.services import casework
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.services.roles import require_profile
from psmdesk.tableimport.fields import FieldSpec
from psmdesk.tableimport.households.parse import KelurahanResolver
from psmdesk.tableimport.plan import Action, ImportOptions, MappedSource, PreviewRow
from psmdesk.tableimport.reader import Row
from psmdesk.tableimport.rows import NIK_FIELD, RowFacts, RowTarget

F = FieldSpec
FIELDS: tuple[FieldSpec, ...] = (
    F("nik", NIK_FIELD.label, NIK_FIELD.synonyms, hint="boleh kosong; hanya untuk memeriksa baris ganda, tidak "
                                                       "disimpan", identity=True),
    F("name", "Nama", ("nama", "nama lengkap", "nama psm", "nama relawan", "nama pekerja sosial masyarakat",
                       "name", "full name", "volunteer"), required=True),
    F("kelurahan", "Kelurahan/Desa", ("kelurahan", "desa", "kel", "kelurahan desa", "desa kelurahan",
                                      "kode kelurahan", "kode desa", "nama kelurahan", "wilayah tugas",
                                      "village"),
      hint="nama atau kode Kemendagri; kosong: kelurahan bawaan"),
    F("role", "Peran", ("peran", "jabatan", "kedudukan", "posisi", "jabatan psm", "role", "position"),
      hint="Ketua PSM Kelurahan atau Anggota; kosong: Anggota"),
    F("registered_on", "Tanggal daftar", ("tanggal daftar", "tgl daftar", "tanggal terdaftar", "terdaftar",
                                          "tanggal registrasi", "tgl registrasi", "tanggal bergabung",
                                          "tanggal masuk", "registration date", "registered")),
    F("status", "Status", ("status", "keaktifan", "status keaktifan", "aktif", "active"),
      hint="Aktif atau Nonaktif; kosong: Aktif"),
    F("phone", "No. HP", ("no hp", "nomor hp", "hp", "no telp", "nomor telepon", "telepon", "telp", "no wa",
                          "nomor wa", "whatsapp", "phone", "mobile")),
)

_LABELS = {"role": "Peran", "registered_on": "Tanggal daftar", "status": "Status", "phone": "No. HP"}
ROLES = {header_key(label): code for code, label in cw.PSM_ROLES} | {
    header_key(w): code for code, words in (
        ("ketua", ("ketua", "ketua psm", "ketua psm kel", "ketua psm kelurahan", "ketua psm desa", "koordinator psm",
                   "chair", "leader")),
        ("anggota", ("anggota", "anggota psm", "psm", "member"))) for w in words}
STATUSES = {header_key(label): code for code, label in cw.PSM_STATUS} | {
    header_key(w): code for code, words in (
        ("aktif", ("aktif", "ya", "active", "yes")),
        ("nonaktif", ("non aktif", "tidak aktif", "nonaktif", "keluar", "berhenti", "inactive", "tidak")))
    for w in words}


class Registry:
    """The volunteers already registered, by (name key, kelurahan), and the file's rows so far."""

    def __init__(self, ctx: AppContext, options: ImportOptions) -> None:
        self.known: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for row in casework.registry(ctx):
            self.known.setdefault((name_key(str(row["name"])), str(row["kelurahan_code"])), []).append(row)
        self.resolver = KelurahanResolver(options.default_kelurahan or options.area)
        self.by_nik: dict[str, int] = {}
        self.ketua: dict[str, int] = {}  # kelurahan -> the file's row naming its ketua


class PsmTarget(RowTarget):
    key = "psm"
    title = "Daftar PSM"
    description = ("Satu baris per Pekerja Sosial Masyarakat; yang sudah terdaftar dicocokkan menurut nama dan "
                   "kelurahan. Khusus Koordinator.")
    fields = FIELDS
    coordinator_only = True

    def mapping_problems(self, mapping: dict[str, int], options: ImportOptions) -> list[str]:
        problems = [] if "name" in mapping else ["Pilih kolom untuk Nama."]
        if "kelurahan" not in mapping and not options.default_kelurahan:
            problems.append("Pilih kolom Kelurahan/Desa, atau tentukan kelurahan bawaan.")
        return problems

    def start(self, ctx: AppContext, options: ImportOptions) -> Any:
        if require_profile(ctx).role is not Role.KOORDINATOR:
            raise UserError("Hanya Koordinator yang dapat mengimpor Daftar PSM.")
        return Registry(ctx, options)

    def settle(self, ctx: AppContext, state: Any, source: MappedSource, number: int, row: Row,
               options: ImportOptions, seen: dict[tuple[str, str], int]) -> tuple[PreviewRow, Any]:
        assert isinstance(state, Registry)
        facts = RowFacts(number, clean_name(cell_text(source.value(row, "name"))), None, None)
        nik_cell = source.value(row, "nik")
        if not facts.name and not header_key(nik_cell):
            facts.problems = ["Baris tanpa nama dan NIK"]
            return facts.preview(Action.SKIP), None
        self._nik(nik_cell, facts, options)
        if facts.nik:
            earlier = state.by_nik.setdefault(facts.nik, number)
            if earlier != number:
                facts.problems.append(f"NIK yang sama ada juga di baris {earlier}")
        wrong_name = name_error(facts.name)
        if wrong_name is not None:
            facts.problems.append(wrong_name.message)
        kelurahan = self._kelurahan(state, source.value(row, "kelurahan"), facts, options)
        role = self._choice(source.value(row, "role"), ROLES, "anggota", facts,
                            "Peran tidak dikenal: '{}' (Ketua PSM Kelurahan atau Anggota)")
        status = self._choice(source.value(row, "status"), STATUSES, "aktif", facts,
                              "Status tidak dikenal: '{}' (Aktif atau Nonaktif)")
        registered = parse_date_cell(source.value(row, "registered_on"), label="Tanggal daftar", today=options.today)
        if registered.problem:  # its note (a two-digit year read as 19xx/20xx) is about birth dates
            facts.problems.append(registered.problem)
        phone = check_phone(cell_text(source.value(row, "phone")))
        facts.problems.extend(i.message for i in phone.issues if i.severity is Severity.ERROR)
        facts.notes.extend(i.message for i in phone.issues if i.severity is not Severity.ERROR)
        region = get_region(kelurahan) if kelurahan else None
        group = f"Kel. {region.name}" if region else ""
        if facts.problems:
            return facts.preview(Action.REJECT, group), None
        assert kelurahan is not None and role is not None and status is not None
        incoming = cw.VolunteerInput(name=facts.name, kelurahan_code=kelurahan, role=role, status=status,
                                     registered_on=registered.value if isinstance(registered.value, date) else None,
                                     phone=phone.phone or "")
        issues = cw.check_volunteer(incoming, today=options.today)
        errors = [i.message for i in issues if i.severity is Severity.ERROR]
        if errors:
            facts.problems.extend(errors)
            return facts.preview(Action.REJECT, group), None
        facts.notes.extend(i.message for i in issues)
        person = (name_key(facts.name), kelurahan)
        if person in seen:
            facts.problems.append(f"Orang yang sama ada juga di baris {seen[person]}")
            return facts.preview(Action.REJECT, group), None
        seen[person] = number
        if role == "ketua":
            if kelurahan in state.ketua:
                facts.notes.append(f"Baris {state.ketua[kelurahan]} juga menyebut Ketua PSM untuk kelurahan ini.")
            state.ketua.setdefault(kelurahan, number)
        found = state.known.get(person, [])
        if len(found) > 1:
            facts.problems.append("Ada beberapa PSM dengan nama ini di kelurahan ini; rapikan dulu di Daftar PSM")
            return facts.preview(Action.REJECT, group), None
        if not found:
            return facts.preview(Action.CREATE, group), incoming
        return self._existing(found[0], incoming, facts, group)

    def _nik(self, cell: Any, facts: RowFacts, options: ImportOptions) -> None:
        parsed = parse_identity(cell, "NIK")
        if parsed.problem:
            facts.problems.append(parsed.problem)
            return
        if not parsed.value:
            return
        checked = check_nik(str(parsed.value), today=options.today)
        errors = [i.message for i in checked.issues if i.severity is Severity.ERROR]
        if errors or checked.nik is None:
            facts.problems.extend(errors or ["NIK harus 16 angka"])
            return
        facts.nik = checked.nik

    def _kelurahan(self, state: Registry, cell: Any, facts: RowFacts, options: ImportOptions) -> str | None:
        if header_key(cell):
            parsed = state.resolver.resolve(cell)
            if parsed.problem:
                facts.problems.append(parsed.problem)
                return None
            code = str(parsed.value)
        elif options.default_kelurahan:
            code = options.default_kelurahan
        else:
            facts.problems.append("Kelurahan kosong; isi kolom Kelurahan/Desa atau pilih kelurahan bawaan")
            return None
        if options.area and code != options.area:
            facts.problems.append(f"Di luar wilayah tugas Anda ({region_label(options.area)})")
            return None
        return code

    @staticmethod
    def _choice(cell: Any, table: dict[str, str], empty: str, facts: RowFacts, unknown: str) -> str | None:
        if not header_key(cell):
            return empty
        code = choice_lookup(cell, table)
        if code is None:
            facts.problems.append(unknown.format(cell_text(cell)))
        return code

    def _existing(self, stored: dict[str, Any], incoming: cw.VolunteerInput, facts: RowFacts,
                  group: str) -> tuple[PreviewRow, Any]:
        current = {"role": stored["role"], "registered_on": stored["registered_on"] or None,
                   "status": stored["status"], "phone": stored["phone"] or ""}
        wanted = {"role": incoming.role, "status": incoming.status, "phone": incoming.phone,
                  "registered_on": incoming.registered_on.isoformat() if incoming.registered_on else None}
        fills = [k for k in ("registered_on", "phone") if not current[k] and wanted[k]]
        differ = [k for k in ("role", "registered_on", "status", "phone")
                  if k not in fills and wanted[k] and current[k] != wanted[k]]
        facts.notes.insert(0, "Sudah terdaftar (cocok menurut nama dan kelurahan).")
        if differ:
            facts.notes.append(f"Berbeda dengan Daftar PSM (tidak diubah): {', '.join(_LABELS[k] for k in differ)}.")
        if not fills:
            return facts.preview(Action.MATCH, group), None
        facts.notes.append(f"Diisi: {', '.join(_LABELS[k] for k in fills)}.")
        registered = stored["registered_on"] or None
        update = cw.VolunteerInput(
            id=str(stored["id"]), name=str(stored["name"]), kelurahan_code=str(stored["kelurahan_code"]),
            role=str(stored["role"]), status=str(stored["status"]),
            registered_on=incoming.registered_on if "registered_on" in fills else
            (date.fromisoformat(registered) if registered else None),
            phone=incoming.phone if "phone" in fills else str(stored["phone"] or ""))
        return facts.preview(Action.UPDATE, group), update

    def write(self, ctx: AppContext, work: Any, options: ImportOptions) -> None:
        assert isinstance(work, cw.VolunteerInput)
        casework.save_volunteer(ctx, work, today=options.today)
