"""Fixed choice lists of the household form (DTKS/DTSEN verification practice).

Stored as short codes; labels are what the volunteer sees and what prints."""

from __future__ import annotations

Choices = tuple[tuple[str, str], ...]

RELATION: Choices = (
    ("kepala_keluarga", "Kepala Keluarga"),
    ("suami", "Suami"),
    ("istri", "Istri"),
    ("anak", "Anak"),
    ("menantu", "Menantu"),
    ("cucu", "Cucu"),
    ("orang_tua", "Orang Tua"),
    ("mertua", "Mertua"),
    ("famili_lain", "Famili Lain"),
    ("pembantu", "Pembantu"),
    ("lainnya", "Lainnya"),
)
HEAD = "kepala_keluarga"

MARITAL_STATUS: Choices = (
    ("belum_kawin", "Belum Kawin"),
    ("kawin", "Kawin"),
    ("cerai_hidup", "Cerai Hidup"),
    ("cerai_mati", "Cerai Mati"),
)
EDUCATION: Choices = (
    ("tidak_sekolah", "Tidak/Belum Sekolah"),
    ("belum_tamat_sd", "Belum Tamat SD"),
    ("sd", "SD/Sederajat"),
    ("smp", "SMP/Sederajat"),
    ("sma", "SMA/Sederajat"),
    ("diploma", "Diploma I-III"),
    ("s1", "D-IV/S1"),
    ("s2_s3", "S2/S3"),
)
DISABILITY: Choices = (
    ("fisik", "Disabilitas Fisik"),
    ("intelektual", "Disabilitas Intelektual"),
    ("mental", "Disabilitas Mental"),
    ("sensorik_netra", "Sensorik Netra"),
    ("sensorik_rungu_wicara", "Sensorik Rungu/Wicara"),
    ("ganda", "Disabilitas Ganda"),
)
TENURE: Choices = (
    ("milik_sendiri", "Milik Sendiri"),
    ("kontrak", "Kontrak"),
    ("sewa", "Sewa"),
    ("bebas_sewa", "Bebas Sewa"),
    ("dinas", "Dinas"),
    ("lainnya", "Lainnya"),
)
FLOOR_MATERIAL: Choices = (
    ("keramik", "Keramik/Marmer/Granit"),
    ("ubin", "Ubin/Tegel"),
    ("semen", "Semen/Bata Merah"),
    ("kayu", "Kayu/Papan"),
    ("bambu", "Bambu"),
    ("tanah", "Tanah"),
    ("lainnya", "Lainnya"),
)
WALL_MATERIAL: Choices = (
    ("tembok", "Tembok"),
    ("plesteran_bambu", "Plesteran Anyaman Bambu/Kawat"),
    ("kayu", "Kayu/Papan"),
    ("anyaman_bambu", "Anyaman Bambu"),
    ("seng", "Seng/Triplek"),
    ("lainnya", "Lainnya"),
)
ROOF_MATERIAL: Choices = (
    ("beton", "Beton"),
    ("genteng", "Genteng"),
    ("asbes", "Asbes"),
    ("seng", "Seng"),
    ("kayu", "Kayu/Sirap"),
    ("jerami", "Jerami/Ijuk/Rumbia"),
    ("lainnya", "Lainnya"),
)
CONDITION: Choices = (("baik", "Baik"), ("sedang", "Sedang"), ("rusak", "Rusak"))
WATER_SOURCE: Choices = (
    ("leding", "Air Leding/PAM"),
    ("kemasan", "Air Kemasan/Isi Ulang"),
    ("sumur_bor", "Sumur Bor/Pompa"),
    ("sumur_terlindung", "Sumur Terlindung"),
    ("sumur_tak_terlindung", "Sumur Tak Terlindung"),
    ("mata_air", "Mata Air"),
    ("air_hujan", "Air Hujan"),
    ("lainnya", "Lainnya"),
)
LIGHTING: Choices = (
    ("pln_meter", "Listrik PLN dengan Meteran"),
    ("pln_tanpa_meter", "Listrik PLN tanpa Meteran"),
    ("non_pln", "Listrik Non-PLN"),
    ("bukan_listrik", "Bukan Listrik"),
)
ELECTRICITY_VA: Choices = (
    ("450", "450 VA"),
    ("900", "900 VA"),
    ("1300", "1.300 VA"),
    ("2200", "2.200 VA"),
    ("3500", "> 2.200 VA"),
)
COOKING_FUEL: Choices = (
    ("listrik", "Listrik"),
    ("lpg_3kg", "Gas LPG 3 kg"),
    ("lpg_besar", "Gas LPG 5,5 kg atau lebih"),
    ("gas_kota", "Gas Kota/Jaringan"),
    ("minyak_tanah", "Minyak Tanah"),
    ("kayu_bakar", "Kayu Bakar"),
    ("arang", "Arang/Briket"),
    ("tidak_memasak", "Tidak Memasak di Rumah"),
)
TOILET: Choices = (
    ("sendiri", "Milik Sendiri"),
    ("bersama", "Bersama Rumah Tangga Lain"),
    ("umum", "MCK Umum"),
    ("tidak_ada", "Tidak Ada"),
)
PPKS_STATUS: Choices = (
    ("diidentifikasi", "Diidentifikasi"),
    ("diusulkan", "Diusulkan"),
    ("diverifikasi", "Diverifikasi"),
    ("ditolak", "Ditolak"),
)
ASSET_KIND: Choices = (("keterampilan", "Keterampilan"), ("aset", "Aset"))


def label(choices: Choices, code: str | None) -> str:
    """The label of `code`, or "" for an empty or unknown code (lists change over time)."""
    if not code:
        return ""
    return dict(choices).get(code, code)


def codes(choices: Choices) -> frozenset[str]:
    return frozenset(code for code, _ in choices)
