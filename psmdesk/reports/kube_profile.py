"""Profil dan Buku Kas KUBE: the group's profile, members, grants, activities, the cash book
with its running balance, the monthly summary and its chart, and the officers' signatures.
It reads `kube_book.GroupProfile`, the same figures as the KUBE screens."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from psmdesk.domain import choices as ch
from psmdesk.domain import empowerment as emp
from psmdesk.domain import kube as rules
from psmdesk.domain.dates import format_date, format_month, format_rupiah
from psmdesk.domain.kube_cash import CATEGORIES
from psmdesk.reports.charts import AMBER, PRIMARY, Series, bar_chart, cash_chart
from psmdesk.reports.template import (
    FONT,
    FONT_BOLD,
    DocInfo,
    Letterhead,
    Paper,
    Styles,
    build_pdf,
    data_table,
    header_block,
    page_size,
    section,
    signature_blocks,
    wrap_text,
)
from psmdesk.services.empowerment import EmpowermentReport
from psmdesk.services.kube_book import GroupProfile

TOTAL_STYLE = colors.HexColor("#F2F2F2")


def _d(value: date | None) -> str:
    return format_date(value) if value else "-"


def _officer(p: GroupProfile, role: str) -> str:
    return next((m.name for m in p.members if m.active and m.role == role), "")


def _profile_table(p: GroupProfile, styles: Styles, width: float) -> Table:
    g = p.group
    active = sum(1 for m in p.members if m.active)
    pairs = [
        ("Nama kelompok", g.name), ("Jenis usaha", p.business_type),
        ("Produk", g.products or "-"), ("Tahap", p.stage),
        ("Wilayah", f"RW {g.rw}, {p.region}" if g.rw else p.region), ("Status", p.status),
        ("Berdiri", _d(g.founded_on)), ("Pendamping (PSM)", g.companion or "-"),
        ("Keluarga anggota aktif", f"{active} KK"), ("Rekening kelompok",
                                                     " / ".join(x for x in (g.bank_name, g.account_number,
                                                                            g.account_holder) if x) or "-"),
        ("Jumlah bantuan uang", format_rupiah(p.total_grants)), ("Saldo kas", format_rupiah(p.balance)),
        ("Kegiatan terakhir", _d(p.last_activity)), ("Catatan kas terakhir", _d(p.last_cash)),
    ]
    rows = []
    for i in range(0, len(pairs), 2):
        row: list[object] = []
        for key, value in pairs[i:i + 2]:
            row += [Paragraph(key, styles.cell), Paragraph(escape(value), styles.cell_bold)]
        rows.append(row)
    label_w = 32 * mm
    table = Table(rows, colWidths=[label_w, width / 2 - label_w] * 2)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                               ("BACKGROUND", (0, 0), (0, -1), TOTAL_STYLE),
                               ("BACKGROUND", (2, 0), (2, -1), TOTAL_STYLE),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return table


def _members(p: GroupProfile, width: float) -> Table:
    rows = [["No", "Nama (wakil keluarga)", "Jabatan", "Umur", "Alamat", "Bergabung", "Keluar"]]
    widths = [8 * mm, 42 * mm, 22 * mm, 12 * mm, 0.0, 22 * mm, 22 * mm]
    widths[4] = width - sum(widths)
    for i, m in enumerate(p.members, start=1):
        rows.append([str(i), wrap_text(m.name, widths[1], lines=2), ch.label(rules.ROLES, m.role),
                     str(m.age) if m.age is not None else "-", wrap_text(m.address, widths[4], lines=2),
                     _d(m.joined_on), _d(m.left_on) if m.left_on else ""])
    return data_table(rows, widths, extra=[("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (3, 1), (3, -1), "CENTER")])


def _grants(p: GroupProfile, width: float) -> Table:
    rows = [["No", "Tanggal", "Sumber", "Jumlah", "Bantuan barang / catatan"]]
    widths = [8 * mm, 22 * mm, 40 * mm, 28 * mm, 0.0]
    widths[4] = width - sum(widths)
    for i, g in enumerate(p.grants, start=1):
        source = ch.label(rules.GRANT_SOURCES, g.source) + (f" ({g.source_detail})" if g.source_detail else "")
        note = "; ".join(x for x in (g.in_kind, g.notes) if x)
        rows.append([str(i), _d(g.received_on), wrap_text(source, widths[2], lines=2), format_rupiah(g.amount),
                     wrap_text(note, widths[4], lines=3)])
    rows.append(["", "", "Jumlah", format_rupiah(p.total_grants), ""])
    return data_table(rows, widths, extra=[("ALIGN", (3, 1), (3, -1), "RIGHT"),
                                           ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD)])


def _activities(p: GroupProfile, styles: Styles, width: float) -> Table:
    rows: list[list[object]] = [["No", "Tanggal", "Kegiatan", "Hasil", "Kendala", "Tindak lanjut"]]
    widths = [8 * mm, 22 * mm, 0.0, 0.0, 0.0, 0.0]
    share = (width - 30 * mm) / 4
    widths[2:] = [share] * 4
    for i, a in enumerate(p.activities, start=1):
        kind = ch.label(rules.ACTIVITY_TYPES, a.kind)
        people = len(a.participants)
        topic = f"<b>{escape(kind)}</b>: {escape(a.topic)}" + (f" ({people} peserta)" if people else "")
        rows.append([str(i), _d(a.held_on), Paragraph(topic, styles.small),
                     Paragraph(escape(a.result or "-"), styles.small),
                     Paragraph(escape(a.obstacles or "-"), styles.small),
                     Paragraph(escape(a.follow_up or "-"), styles.small)])
    return data_table(rows, widths, extra=[("VALIGN", (0, 1), (-1, -1), "TOP")])


def _cash(p: GroupProfile, width: float) -> Table:
    rows = [["No", "Tanggal", "Uraian", "Kategori", "Masuk", "Keluar", "Saldo"]]
    widths = [9 * mm, 21 * mm, 0.0, 26 * mm, 25 * mm, 25 * mm, 26 * mm]
    widths[2] = width - sum(widths)
    total_in = total_out = 0
    for i, line in enumerate(p.cash, start=1):
        e = line.entry
        text = e.description
        if line.reversed_by:
            text += " [dikoreksi]"
        if line.reverses is not None and "koreksi" not in text.casefold():  # a reversal usually says so itself
            text += f" [koreksi entri {format_date(line.reverses.entry_date)}]"
        total_in += e.amount if e.direction == "in" else 0
        total_out += e.amount if e.direction == "out" else 0
        money_in = format_rupiah(e.amount) if e.direction == "in" else ""
        money_out = format_rupiah(e.amount) if e.direction == "out" else ""
        rows.append([str(i), format_date(e.entry_date), wrap_text(text, widths[2], size=8, lines=3),
                     wrap_text(ch.label(CATEGORIES, e.category), widths[3], size=8, lines=2), money_in, money_out,
                     format_rupiah(line.balance)])
    rows.append(["", "", "Jumlah / saldo akhir", "", format_rupiah(total_in), format_rupiah(total_out),
                 format_rupiah(p.balance)])
    return data_table(rows, widths, extra=[("FONTSIZE", (0, 1), (-1, -1), 8), ("LEADING", (0, 1), (-1, -1), 9.6),
                                           ("ALIGN", (4, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER"),
                                           ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
                                           ("BACKGROUND", (0, -1), (-1, -1), TOTAL_STYLE)])


def _months(p: GroupProfile) -> Table:
    rows = [["Bulan", "Pemasukan", "dari penjualan", "Pengeluaran", "Saldo akhir bulan"]]
    for m in p.months:
        rows.append([format_month(m.year, m.month), format_rupiah(m.income), format_rupiah(m.sales),
                     format_rupiah(m.expense), format_rupiah(m.balance_end)])
    return data_table(rows, [36 * mm, 34 * mm, 34 * mm, 34 * mm, 36 * mm], extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")])


def _stages(e: EmpowermentReport, styles: Styles, width: float) -> Table:
    head = [Paragraph(f"<b>{t}</b>", styles.small) for t in ("Faktor pendukung", "Faktor penghambat")]
    rows: list[list[object]] = [["No", "Tahap", "Mulai", "Selesai", "Yang dilakukan", *head]]
    widths = [8 * mm, 28 * mm, 21 * mm, 21 * mm, 0.0, 0.0, 0.0]
    share = (width - sum(widths)) / 3
    widths[4:] = [share] * 3
    for i, s in enumerate(e.entries, start=1):
        rows.append([str(i), Paragraph(escape(emp.label_of(emp.STAGES, s.stage)), styles.small), _d(s.started_on),
                     _d(s.ended_on) if s.ended_on else "berjalan",
                     Paragraph(escape(s.activities or "-"), styles.small),
                     Paragraph(escape(s.supporting or "-"), styles.small),
                     Paragraph(escape(s.hindering or "-"), styles.small)])
    return data_table(rows, widths, extra=[("VALIGN", (0, 1), (-1, -1), "TOP")])


def _score(value: int | None) -> str:
    return str(value) if value is not None else "-"


def _welfare(e: EmpowermentReport, styles: Styles, width: float) -> list[Flowable]:
    w = e.welfare
    when = []
    if w.start and w.start.assessed_on:
        when.append(f"awal {_d(w.start.assessed_on)}")
    if w.evaluation and w.evaluation.assessed_on:
        when.append(f"evaluasi {_d(w.evaluation.assessed_on)}")
    rows: list[list[object]] = [["Dimensi", "Awal", "Evaluasi", "Perubahan", "Catatan"]]
    widths = [48 * mm, 14 * mm, 17 * mm, 22 * mm, 0.0]
    widths[4] = width - sum(widths)
    for r in w.rows:
        notes = "<br/>".join(escape(x) for x in (r.note_before and f"Awal: {r.note_before}",
                                                 r.note_after and f"Evaluasi: {r.note_after}") if x)
        change = emp.change_text(r.change).replace("▲ ", "").replace("▼ ", "").replace("= ", "")
        rows.append([r.title, _score(r.before), _score(r.after), change,
                     Paragraph(notes or "-", styles.small)])
    table = data_table(rows, widths, extra=[("ALIGN", (1, 1), (3, -1), "CENTER"), ("VALIGN", (0, 1), (-1, -1), "TOP")])
    short = dict(emp.DIMENSION_SHORT)
    chart = bar_chart("Nilai kesejahteraan (1 sangat kurang - 5 sangat baik)", [short[r.code] for r in w.rows],
                      [Series("Awal", [r.before or 0 for r in w.rows], AMBER),
                       Series("Evaluasi", [r.after or 0 for r in w.rows], PRIMARY)], width=width, height=58 * mm)
    intro = Paragraph("Penilaian " + " dan ".join(when) + ". Nilai 1 (sangat kurang) sampai 5 (sangat baik).",
                      styles.small)
    return [intro, Spacer(1, 1 * mm), table, Spacer(1, 3 * mm), KeepTogether([chart])]


def _empowerment(e: EmpowermentReport, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [*section("G. Tahap Pemberdayaan Kelompok", styles)]
    story.append(Paragraph(f"Tahap sekarang: <b>{escape(e.progress.label)}</b>", styles.body))
    story.append(_stages(e, styles, width) if e.entries
                 else Paragraph("Belum ada tahap pemberdayaan yang dicatat.", styles.body))
    story += section("H. Indikator Kesejahteraan (Awal dan Evaluasi)", styles)
    story += (_welfare(e, styles, width) if not e.welfare.empty
              else [Paragraph("Belum ada penilaian kesejahteraan.", styles.body)])
    return story


def build(p: GroupProfile, out_path: Path, *, letterhead: Letterhead, info: DocInfo, paper: Paper = "A4",
          orientation: Literal["portrait", "landscape"] = "portrait", place_date: str = "",
          lurah_of: str = "", empowerment: EmpowermentReport | None = None) -> Path:
    styles = Styles()
    width = page_size(paper, orientation)[0] - 30 * mm
    story: list[Flowable] = header_block(info, styles)
    story += [*section("A. Profil Kelompok", styles), _profile_table(p, styles, width)]
    notes = [i.message for i in p.warnings]
    if p.stalled:
        notes.insert(0, "Tidak ada kegiatan atau catatan kas selama lebih dari 60 hari.")
    if notes:
        story.append(Paragraph("<b>Perhatian:</b> " + escape(" ".join(notes)), styles.small))
    story += [*section("B. Anggota Kelompok", styles), _members(p, width)]
    story += section("C. Bantuan Stimulan", styles)
    story.append(_grants(p, width) if p.grants else Paragraph("Belum ada bantuan yang dicatat.", styles.body))
    story += section("D. Kegiatan (terbaru di atas)", styles)
    story.append(_activities(p, styles, width) if p.activities
                 else Paragraph("Belum ada kegiatan yang dicatat.", styles.body))
    story += section("E. Buku Kas", styles)
    if p.cash:
        story.append(_cash(p, width))
        story.append(Paragraph("Entri yang salah tidak dihapus: dibalik dengan entri koreksi, keduanya tetap tercatat.",
                               styles.small))
        story.append(KeepTogether([Paragraph("F. Ringkasan per Bulan", styles.heading), Spacer(1, 1 * mm),
                                   cash_chart(p.months, width=width)]))
        story.append(Spacer(1, 3 * mm))
        story.append(_months(p))
    else:
        story.append(Paragraph("Belum ada catatan kas.", styles.body))
    if empowerment is not None:
        story += _empowerment(empowerment, styles, width)
    lurah = f"Mengetahui,<br/>Lurah {lurah_of}" if lurah_of else "Mengetahui,<br/>Lurah"
    signers = [(lurah, ""), ("<br/>PSM Pendamping", p.group.companion), ("<br/>Ketua", _officer(p, "ketua")),
               ("<br/>Bendahara", _officer(p, "bendahara"))]
    story.append(signature_blocks([(title, escape(name)) for title, name in signers], styles, place_date=place_date))
    return build_pdf(out_path, story, letterhead=letterhead, info=info, paper=paper, orientation=orientation)
