"""One spreadsheet row -> one member and the household facts it carries, with every problem found
in its cells (the household check adds the rest later)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from psmdesk.domain.enums import Sex
from psmdesk.domain.household import MemberInput
from psmdesk.domain.names import clean_name, name_key
from psmdesk.domain.nik import normalise_nik
from psmdesk.domain.person import suggest_from_nik
from psmdesk.domain.regions import (
    KABUPATEN_KOTA,
    KECAMATAN,
    get_region,
    is_village_code,
    normalise_code,
    region_label,
    search_regions,
)
from psmdesk.domain.tabular import (
    CellValue,
    Parsed,
    cell_text,
    choice_lookup,
    header_key,
    parse_date_cell,
    parse_identity,
    parse_whole_number,
    rt_rw_text,
    split_rt_rw,
)
from psmdesk.tableimport.households import fields as hf
from psmdesk.tableimport.plan import ImportOptions, MappedSource
from psmdesk.tableimport.reader import Row


@dataclass
class MemberRow:
    row: int
    member: MemberInput
    nik: str | None  # the 16 digits when the NIK has that shape (for matching)
    no_kk: str | None  # as typed (text), None when empty or damaged
    kk_digits: str | None
    group_key: str
    kelurahan_code: str = ""
    rt: str = ""
    rw: str = ""
    street: str = ""
    desil: int | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    failed: set[str] = field(default_factory=set)  # fields whose cell could not be read
    skipped: bool = False
    key: str = ""  # the member's name key, for matching

    def take(self, parsed: Parsed, field_name: str) -> object:
        if parsed.problem:
            self.problems.append(parsed.problem)
            self.failed.add(field_name)
        if parsed.note:
            self.notes.append(parsed.note)
        return parsed.value

    def fail(self, field_name: str, message: str) -> None:
        self.problems.append(message)
        self.failed.add(field_name)


# Stands in until the row's member is built below (a MemberInput costs an id and a validation).
_PENDING = MemberInput.model_construct(id="")


class KelurahanResolver:
    """Kelurahan cells: a Kemendagri code (dotted or not) or a name, looked up near the office's
    own area first (names repeat across Indonesia: "Sukamaju")."""

    def __init__(self, home: str | None) -> None:
        self.home = home
        self._cache: dict[str, Parsed] = {}

    def resolve(self, value: CellValue) -> Parsed:
        text = cell_text(value)
        if text not in self._cache:
            self._cache[text] = self._lookup(text)
        return self._cache[text]

    def _lookup(self, text: str) -> Parsed:
        code = normalise_code(text.replace(" ", ""))
        if code is not None and len(code) == 13:
            if is_village_code(code):
                return Parsed(code)
            return Parsed(problem=f"Kode kelurahan '{text}' tidak dikenal", code="kelurahan")
        name = header_key(text)
        for prefix in ("kelurahan ", "kel ", "desa "):
            name = name.removeprefix(prefix)
        for within in self._areas():
            found = [r for r in search_regions(name, level=4, within=within, limit=10) if header_key(r.name) == name]
            if len(found) == 1:
                return Parsed(found[0].code)
            if len(found) > 1:
                return Parsed(problem=f"Ada beberapa kelurahan bernama '{text}'; tulis kodenya "
                                      "(mis. 31.71.08.1001)", code="kelurahan")
        where = f" di sekitar {region_label(self.home)}" if self.home else ""
        return Parsed(problem=f"Kelurahan '{text}' tidak ditemukan{where}; tulis kodenya (mis. 31.71.08.1001)",
                      code="kelurahan")

    def _areas(self) -> list[str]:
        if not self.home:
            return []
        region = get_region(self.home)
        if region is None:
            return []
        parts = region.code.split(".")
        return [".".join(parts[:level]) for level in (KECAMATAN, KABUPATEN_KOTA)]


def _blankish(value: CellValue) -> bool:
    """Empty, or only punctuation such as "-" (a common way of writing "nothing")."""
    return not header_key(value)


def _choice(source: MappedSource, row: Row, key: str, table: dict[str, str], label: str,
            notes: list[str]) -> str | None:
    value = source.value(row, key)
    if _blankish(value):
        return None
    code = choice_lookup(value, table)
    if code is None:
        notes.append(f"{label} '{cell_text(value)}' tidak dikenal; dikosongkan.")
    return code


def _yes(value: CellValue, label: str, notes: list[str]) -> bool:
    if _blankish(value):
        return False
    answer = hf.YES_NO.get(header_key(value))
    if answer is None:
        notes.append(f"{label} '{cell_text(value)}' tidak dikenal (tulis Ya atau Tidak); dianggap Tidak.")
    return bool(answer)


def _household_facts(source: MappedSource, row: Row, out: MemberRow, resolver: KelurahanResolver,
                     options: ImportOptions) -> None:
    kelurahan = source.value(row, "kelurahan")
    if not _blankish(kelurahan):
        out.kelurahan_code = str(out.take(resolver.resolve(kelurahan), "kelurahan_code") or "")
    elif options.default_kelurahan:
        out.kelurahan_code = options.default_kelurahan
    if options.area and out.kelurahan_code and out.kelurahan_code != options.area:
        out.fail("kelurahan_code", f"Di luar wilayah tugas Anda ({region_label(options.area)}); hanya "
                                   "Koordinator yang dapat mengimpor kelurahan lain.")
    if source.has("rt_rw") and not _blankish(combined := source.value(row, "rt_rw")):
        pair = split_rt_rw(combined)
        if pair is None:
            out.fail("rt", f"RT/RW tidak terbaca: '{cell_text(combined)}' (tulis seperti RT 003/RW 005)")
            out.failed.add("rw")
        else:
            out.rt, out.rw = pair
    if not out.rt and "rt" not in out.failed:
        out.rt = rt_rw_text(source.value(row, "rt"))
    if not out.rw and "rw" not in out.failed:
        out.rw = rt_rw_text(source.value(row, "rw"))
    out.street = cell_text(source.value(row, "street"))
    desil = out.take(parse_whole_number(source.value(row, "desil"), label="Desil", low=1, high=10), "desil")
    out.desil = desil if isinstance(desil, int) else None


def _group_key(source: MappedSource, row: Row, number: int, kk_digits: str | None) -> str:
    household_key = cell_text(source.value(row, "household_key"))
    if household_key:
        return "kode:" + header_key(household_key)
    kk_cell = source.value(row, "no_kk")
    if kk_digits or not _blankish(kk_cell):
        return "kk:" + (kk_digits or cell_text(kk_cell))
    return f"baris:{number}"


def parse_row(source: MappedSource, number: int, row: Row, resolver: KelurahanResolver,
              options: ImportOptions) -> MemberRow:
    out = MemberRow(number, _PENDING, None, None, None, "")
    nik_cell, kk_cell = source.value(row, "nik"), source.value(row, "no_kk")
    nik_text = out.take(parse_identity(nik_cell, "NIK"), "nik")
    kk_text = out.take(parse_identity(kk_cell, "No. KK"), "no_kk")
    out.nik = normalise_nik(str(nik_text)) if nik_text else None
    out.no_kk = str(kk_text) if kk_text else None
    out.kk_digits = normalise_nik(out.no_kk)
    out.group_key = _group_key(source, row, number, out.kk_digits)

    birth = out.take(parse_date_cell(source.value(row, "birth_date"), label="Tanggal lahir", today=options.today),
                     "birth_date")
    age = out.take(parse_whole_number(source.value(row, "age"), label="Umur", low=0, high=120), "age_years")
    sex_cell = source.value(row, "sex")
    sex_code = choice_lookup(sex_cell, hf.SEX)
    if sex_code is None and not _blankish(sex_cell):
        out.fail("sex", f"Jenis kelamin tidak dikenal: '{cell_text(sex_cell)}' (tulis L atau P)")
    relation_cell = source.value(row, "relation")
    relation = choice_lookup(relation_cell, hf.RELATION) or ""
    if not relation and not _blankish(relation_cell):
        out.fail("relation", f"Hubungan dengan Kepala Keluarga tidak dikenal: '{cell_text(relation_cell)}'")
    disability, illness = source.value(row, "disability"), source.value(row, "chronic_illness")
    out.member = MemberInput(
        nik=out.nik or (str(nik_text) if nik_text else None),
        name=clean_name(cell_text(source.value(row, "name"))),
        sex=Sex(sex_code) if sex_code else None,
        birth_date=birth if isinstance(birth, date) else None,
        age_years=age if isinstance(age, int) and not isinstance(birth, date) else None,
        relation=relation,
        marital_status=_choice(source, row, "marital_status", hf.MARITAL, "Status perkawinan", out.notes),
        education=_choice(source, row, "education", hf.EDUCATION, "Pendidikan", out.notes),
        occupation=cell_text(source.value(row, "occupation")),
        disability=None if header_key(disability) in hf.NO_DISABILITY else
        _choice(source, row, "disability", hf.DISABILITY, "Disabilitas", out.notes),
        chronic_illness="" if header_key(illness) in hf.NO_DISABILITY else cell_text(illness),
        phone=cell_text(source.value(row, "phone")) or None,
        lives_alone=_yes(source.value(row, "lives_alone"), "Tinggal sendiri", out.notes),
    )
    if out.member.sex is None and out.nik and "sex" not in out.failed:
        sex, _birth = suggest_from_nik(out.nik, today=options.today)
        if sex is not None:
            out.member.sex = sex
            out.notes.append("Jenis kelamin diambil dari NIK.")
    out.key = name_key(out.member.name)
    out.skipped = not out.member.name and _blankish(nik_cell) and _blankish(kk_cell)
    _household_facts(source, row, out, resolver, options)
    return out
