"""Laporan Pendampingan Kasus: the person (NIK masked), the case, and every stage in order with
its notes and the intervention sessions. Printed only for those who may read the notes."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from psmdesk.domain import casework as cw
from psmdesk.domain.dates import format_date, parse_date
from psmdesk.domain.enums import Sex
from psmdesk.domain.nik import mask_nik
from psmdesk.reports.template import (
    FONT,
    DocInfo,
    Letterhead,
    Paper,
    Styles,
    build_pdf,
    data_table,
    header_block,
    signature_blocks,
)

if TYPE_CHECKING:
    from psmdesk.services.casework import CaseView


def _day(value: object) -> str:
    parsed = parse_date(str(value)) if value else None
    return format_date(parsed) if parsed else "-"


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>") if value.strip() else "-"


def _pairs(rows: list[tuple[str, str]], s: Styles) -> Table:
    table = Table([[Paragraph(k, s.cell), Paragraph(v, s.cell)] for k, v in rows], colWidths=[48 * mm, 132 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#555555"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return table


def build(out_path: Path, view: CaseView, *, letterhead: Letterhead, info: DocInfo, paper: Paper = "A4",
          region: str = "", place_date: str = "", signer: str = "Koordinator PSM") -> Path:
    """`region`: the kelurahan in words; `place_date` above the signatures of the PSM who
    accompanied the case and the coordinator who read the report."""
    s = Styles()
    row = view.row
    story: list[Flowable] = header_block(info, s)
    sex = Sex(row["sex"]).label if row["sex"] in ("L", "P") else "-"
    story.append(Paragraph("Identitas", s.heading))
    story.append(_pairs([
        ("Nama", escape(str(row["person"]))),
        ("NIK", mask_nik(row["nik"]) or "-"),
        ("Jenis kelamin / tanggal lahir", f"{sex} / {_day(row['birth_date'])}"),
        ("Alamat", escape(f"{row['street'] or '-'}, RT {row['rt'] or '-'} / RW {row['rw'] or '-'}, "
                          f"{region or row['kelurahan_code']}")),
        ("Kategori PPKS", escape(str(row.get("category_label") or row["category"] or "-"))),
        ("Sumber kasus", cw.label_of(cw.SOURCES, row["source"])),
        ("Lembaga terkait", escape(str(row["institution"] or "-"))),
        ("PSM pendamping", escape(str(row["psm"]))),
        ("Mulai / selesai", f"{_day(row['opened_on'])} / {_day(row['closed_on'])}"),
        ("Tahap saat ini", cw.label_of(cw.STAGES, view.stage) + (" (selesai)" if view.closed else "")),
    ], s))
    reached = cw.stage_index(view.stage)
    for number, (code, title) in enumerate(cw.STAGES, start=1):
        story.append(Paragraph(f"{number}. {title}", s.heading))
        if number - 1 > reached:
            story.append(Paragraph("Belum sampai tahap ini.", s.body))
            continue
        pairs = [(label, _text(view.notes.get(key, ""))) for key, label in cw.NOTE_FIELDS[code]]
        if code == "asesmen":
            pairs.append(("Cara asesmen", ", ".join(cw.label_of(cw.METHODS, m) for m in view.methods) or "-"))
        if pairs:
            story.append(_pairs(pairs, s))
        if code == "intervensi":
            rows: list[list[object]] = [["No", "Tanggal", "Jenis sesi", "Catatan"]]
            for i, session in enumerate(view.sessions, start=1):
                rows.append([str(i), _day(session["held_on"]), cw.label_of(cw.SESSION_KINDS, session["kind"]),
                             Paragraph(_text(view.notes.get(f"session:{session['id']}", "")), s.cell)])
            if len(rows) == 1:
                story.append(Paragraph("Belum ada sesi.", s.body))
            else:
                story.append(data_table(rows, [10 * mm, 28 * mm, 36 * mm, 106 * mm]))
    roles = [("PSM Pendamping", escape(str(row["psm"] or ""))), (f"Mengetahui,<br/>{signer}", "")]
    story.append(signature_blocks(roles, s, place_date=place_date))
    return build_pdf(out_path, story, letterhead=letterhead, info=info, paper=paper)
