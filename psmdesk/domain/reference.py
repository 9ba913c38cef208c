"""Reference lists shipped with PSM Desk. Editable lists are copied into the database at setup
(rules change: Permensos revisions, new programmes); fixed choices stay here."""

from __future__ import annotations

from psmdesk.domain import kube

# The 26 PPKS categories of Permensos 08/2012, in the regulation's order.
PPKS_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("abt", "Anak Balita Terlantar"),
    ("at", "Anak Terlantar"),
    ("abh", "Anak yang Berhadapan dengan Hukum"),
    ("aj", "Anak Jalanan"),
    ("akd", "Anak dengan Kedisabilitasan"),
    ("aktk", "Anak Korban Tindak Kekerasan atau Diperlakukan Salah"),
    ("amp", "Anak yang Memerlukan Perlindungan Khusus"),
    ("lut", "Lanjut Usia Terlantar"),
    ("pd", "Penyandang Disabilitas"),
    ("ts", "Tuna Susila"),
    ("gel", "Gelandangan"),
    ("pgm", "Pengemis"),
    ("pml", "Pemulung"),
    ("km", "Kelompok Minoritas"),
    ("bwbp", "Bekas Warga Binaan Lembaga Pemasyarakatan"),
    ("odha", "Orang dengan HIV/AIDS"),
    ("napza", "Korban Penyalahgunaan NAPZA"),
    ("kt", "Korban Trafficking"),
    ("ktk", "Korban Tindak Kekerasan"),
    ("pmbs", "Pekerja Migran Bermasalah Sosial"),
    ("kba", "Korban Bencana Alam"),
    ("kbs", "Korban Bencana Sosial"),
    ("prse", "Perempuan Rawan Sosial Ekonomi"),
    ("fm", "Fakir Miskin"),
    ("kbsp", "Keluarga Bermasalah Sosial Psikologis"),
    ("kat", "Komunitas Adat Terpencil"),
)

PROGRAMMES: tuple[tuple[str, str], ...] = (
    ("pkh", "PKH"),
    ("bpnt", "BPNT/Sembako"),
    ("pbi_jkn", "PBI-JKN"),
    ("kip", "KIP"),
    ("klj", "KLJ (Kartu Lansia Jakarta)"),
    ("lainnya", "Lainnya"),
)

# Lists a coordinator may edit; copied into reference_items at setup.
EDITABLE_LISTS: dict[str, tuple[tuple[str, str], ...]] = {
    "ppks": PPKS_CATEGORIES,
    "programme": PROGRAMMES,
    "kube_business": kube.BUSINESS_TYPES,
    "kube_stage": kube.STAGES,
}
