"""Formulir Pemetaan Keluarga (kosong): the paper form for days the laptop cannot go along.
Its order follows the screen, so typing it in later is a straight copy."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from psmdesk.domain import choices as ch
from psmdesk.reports.template import FONT, GRID, DocInfo, Letterhead, Paper, Styles, build_pdf, header_block

BOX = '<font size="11">\u2610</font>'
MEMBER_ROWS = 8


def _options(choices: ch.Choices) -> str:
    return "&nbsp;&nbsp; ".join(f"{BOX}&nbsp;{label}" for _, label in choices)


def _boxes(count: int) -> Table:
    table = Table([[""] * count], colWidths=[5.2 * mm] * count, rowHeights=[6.5 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, "#333333"), ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return table


def _grid(header: list[str], widths: list[int], s: Styles) -> Table:
    rows = [[str(i + 1)] + [""] * (len(header) - 1) for i in range(MEMBER_ROWS)]
    table = Table([[Paragraph(h, s.small) for h in header], *rows], colWidths=[w * mm for w in widths],
                  rowHeights=[None] + [9 * mm] * MEMBER_ROWS, repeatRows=1)
    table.setStyle(GRID)
    return table


def build(out_path: Path, *, letterhead: Letterhead, info: DocInfo, ppks: list[tuple[str, str]],
          programmes: list[tuple[str, str]], paper: Paper = "A4") -> Path:
    s = Styles()
    label_w, answer_w = 42 * mm, 138 * mm
    story: list[Flowable] = header_block(info, s)

    def section(title: str, rows: list[tuple[str, object]]) -> None:
        body = [[Paragraph(label, s.cell), value if not isinstance(value, str) else Paragraph(value, s.cell)]
                for label, value in rows]
        table = Table(body, colWidths=[label_w, answer_w])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#555555"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("FONTNAME", (0, 0), (-1, -1), FONT), ("MINROWHEIGHT", (0, 0), (-1, -1), 9 * mm)]))
        story.append(KeepTogether([Paragraph(title, s.heading), table]))

    blank = "&nbsp;"
    section("A. Kartu Keluarga dan Alamat", [
        ("No. KK", _boxes(16)), ("Alamat (jalan, gang, nomor)", blank), ("RT / RW", "RT ........ / RW ........"),
        ("Kelurahan / Kecamatan", blank), ("Titik lokasi (jika ada)", "Lintang ............. Bujur ............."),
        ("Tanggal kunjungan", "....... / ....... / ..........."), ("Nama relawan", blank),
    ])
    section("B. Kondisi Rumah", [
        ("Status kepemilikan", _options(ch.TENURE)), ("Luas lantai", "............ m²"),
        ("Lantai", _options(ch.FLOOR_MATERIAL)), ("Dinding", _options(ch.WALL_MATERIAL)),
        ("Atap", _options(ch.ROOF_MATERIAL)), ("Kondisi lantai/dinding/atap", "Lantai: " + _options(ch.CONDITION)
                                                + "<br/>Dinding: " + _options(ch.CONDITION)
                                                + "<br/>Atap: " + _options(ch.CONDITION)),
        ("Jumlah kamar tidur", blank), ("Sumber air minum", _options(ch.WATER_SOURCE)),
        ("Penerangan", _options(ch.LIGHTING)), ("Daya listrik", _options(ch.ELECTRICITY_VA)),
        ("Bahan bakar memasak", _options(ch.COOKING_FUEL)), ("Fasilitas BAB", _options(ch.TOILET)),
    ])
    section("C. Program Bantuan dan Desil", [
        ("Program yang diterima", _options(tuple(programmes)) + "&nbsp;&nbsp; ............"),
        ("Desil DTSEN (1-10)", blank),
    ])
    story.append(Paragraph("D. Anggota Keluarga (sesuai urutan di KK)", s.heading))
    header = ["No", "NIK (16 angka)", "Nama lengkap", "L/P", "Tgl lahir", "Hubungan*", "Status kawin",
              "Pendidikan", "Pekerjaan"]
    widths = [9, 40, 40, 9, 18, 18, 14, 16, 16]
    story.append(_grid(header, widths, s))
    story.append(Paragraph("* Hubungan: " + ", ".join(label for _, label in ch.RELATION), s.small))
    story.append(Paragraph("D2. Keterangan anggota (nomor sama dengan tabel di atas)", s.heading))
    story.append(_grid(["No", "Disabilitas", "Penyakit kronis", "Tinggal sendiri (Ya/Tidak)", "No. HP"],
                       [9, 45, 45, 33, 48], s))
    story.append(Paragraph("E. PPKS yang ditemukan (nama anggota, kategori, catatan)", s.heading))
    story.append(Paragraph(", ".join(f"{i + 1}. {label}" for i, (_, label) in enumerate(ppks)), s.small))
    ppks_table = Table([["Nama anggota", "No. kategori", "Catatan"]] + [["", "", ""]] * 4,
                       colWidths=[60 * mm, 25 * mm, 95 * mm], rowHeights=[None] + [9 * mm] * 4)
    ppks_table.setStyle(GRID)
    story.append(Spacer(1, 2 * mm))
    story.append(ppks_table)
    section("F. Keterampilan, Aset dan Catatan", [("Keterampilan anggota", blank), ("Aset keluarga", blank),
                                                  ("Catatan", blank)])
    return build_pdf(out_path, story, letterhead=letterhead, info=info, paper=paper, orientation="portrait")
