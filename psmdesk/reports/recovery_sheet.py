"""The recovery-code sheet: one A4 page the volunteer prints at setup and keeps at home or hands
to the office, apart from the laptop. It holds the code and what to do with it; nothing else."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas

from psmdesk.domain.dates import format_date
from psmdesk.reports.template import FONT, FONT_BOLD, register_fonts

INSTRUCTIONS = (
    "Kode ini membuka data PSM Desk di laptop ini bila kata sandi terlupa.",
    "Simpan lembar ini di tempat aman, TERPISAH dari laptop (di rumah atau di kantor Dinas Sosial).",
    "Siapa pun yang memegang laptop dan kode ini dapat membuka datanya: jangan difoto, jangan dikirim lewat chat.",
    "Cara memakai: di layar Buka Kunci, pilih \"Lupa kata sandi?\", ketik kode ini, lalu buat kata sandi baru.",
    "Setelah dipakai, PSM Desk membuat kode baru. Cetak kode baru itu dan musnahkan lembar ini.",
)


def write_recovery_sheet(out_path: Path, code: str, *, holder: str = "", device: str = "",
                         made_at: datetime | None = None) -> Path:
    """Writes the sheet to `out_path` (a temporary name first, then renamed)."""
    register_fonts()
    made_at = made_at or datetime.now()
    tmp = out_path.with_name(out_path.name + ".part")
    c = pdfcanvas.Canvas(str(tmp), pagesize=A4)
    c.setTitle("Kode Pemulihan PSM Desk")
    width, height = A4
    left = 22 * mm
    y = height - 30 * mm
    c.setFont(FONT_BOLD, 18)
    c.drawString(left, y, "Kode Pemulihan PSM Desk")
    y -= 9 * mm
    c.setFont(FONT, 11)
    for line in (f"Pemegang laptop: {holder or '-'}", f"Perangkat: {device or '-'}",
                 f"Dibuat: {format_date(made_at.date())}, pukul {made_at:%H.%M}"):
        c.drawString(left, y, line)
        y -= 6 * mm
    y -= 6 * mm
    box_height = 26 * mm
    c.setLineWidth(1.4)
    c.roundRect(left, y - box_height, width - 2 * left, box_height, 4 * mm)
    c.setFont(FONT_BOLD, 22)
    c.drawCentredString(width / 2, y - box_height / 2 - 3 * mm, code)
    y -= box_height + 12 * mm
    c.setFont(FONT, 11)
    for number, text in enumerate(INSTRUCTIONS, start=1):
        words, line = text.split(), ""
        first = True
        for word in words:
            trial = f"{line} {word}".strip()
            if c.stringWidth(trial, FONT, 11) > width - 2 * left - 8 * mm:
                c.drawString(left + (0 if first else 8 * mm), y, (f"{number}. " if first else "") + line)
                y -= 6 * mm
                line, first = word, False
            else:
                line = trial
        c.drawString(left + (0 if first else 8 * mm), y, (f"{number}. " if first else "") + line)
        y -= 9 * mm
    c.showPage()
    c.save()
    os.replace(tmp, out_path)
    return out_path
