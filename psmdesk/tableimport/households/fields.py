"""The households target's fields (one spreadsheet row per member) and the words offices use for
their values: "LK"/"PR", "KEPALA KELUARGA", "TAMAT SD/SEDERAJAT" (Dukcapil's spelling), ..."""

from __future__ import annotations

from psmdesk.domain import choices as ch
from psmdesk.domain.enums import Sex
from psmdesk.domain.tabular import header_key
from psmdesk.tableimport.fields import FieldSpec

F = FieldSpec
HOUSEHOLD_FIELDS: tuple[FieldSpec, ...] = (
    F("no_kk", "No. KK", ("no kk", "nomor kk", "nomor kartu keluarga", "no kartu keluarga", "kk", "nkk",
                          "no kk kepala keluarga", "kartu keluarga", "family card number", "family card no"),
      hint="16 angka; anggota dengan No. KK sama menjadi satu keluarga", identity=True),
    F("household_key", "Kode keluarga", ("kode keluarga", "id keluarga", "no keluarga", "nomor keluarga",
                                         "no urut keluarga", "id rumah tangga", "kode rumah tangga", "id ruta",
                                         "household id", "household"),
      hint="bila tidak ada No. KK: baris dengan kode sama menjadi satu keluarga"),
    F("kelurahan", "Kelurahan/Desa", ("kelurahan", "desa", "kel", "kelurahan desa", "desa kelurahan",
                                      "kode kelurahan", "kode desa", "nama kelurahan", "village"),
      hint="nama atau kode Kemendagri; kosong: kelurahan bawaan"),
    F("rt_rw", "RT/RW (satu kolom)", ("rt rw", "rtrw", "rt rw alamat"), hint="mis. RT 003/RW 005"),
    F("rt", "RT", ("rt", "no rt", "nomor rt")),
    F("rw", "RW", ("rw", "no rw", "nomor rw")),
    F("street", "Alamat (jalan, nomor)", ("alamat", "jalan", "alamat rumah", "alamat lengkap", "nama jalan",
                                          "address", "street")),
    F("desil", "Desil DTSEN", ("desil", "desil dtsen", "desil kesejahteraan", "peringkat kesejahteraan",
                               "decile")),
)
MEMBER_FIELDS: tuple[FieldSpec, ...] = (
    F("nik", "NIK", ("nik", "no nik", "nomor nik", "nomor induk kependudukan", "no ktp", "nomor ktp", "ktp",
                     "nik anggota", "national id", "id number"), hint="16 angka, ketik sebagai teks",
      identity=True),
    F("name", "Nama", ("nama", "nama lengkap", "nama anggota", "nama anggota keluarga", "nama art",
                       "nama penerima", "nama penerima manfaat", "name", "full name"), required=True),
    F("sex", "Jenis kelamin", ("jenis kelamin", "jk", "l p", "kelamin", "jns kelamin", "sex", "gender"),
      hint="L/P; kosong: dari NIK"),
    F("birth_date", "Tanggal lahir", ("tanggal lahir", "tgl lahir", "tgl lhr", "tempat tanggal lahir",
                                      "tempat tgl lahir", "ttl", "date of birth", "birth date", "dob"),
      hint="17/08/1960, 17-08-60, 17 Agustus 1960"),
    F("age", "Umur (tahun)", ("umur", "usia", "umur tahun", "usia tahun", "age"),
      hint="bila tanggal lahir tidak diketahui"),
    F("relation", "Hubungan dengan Kepala Keluarga",
      ("hubungan", "hubungan keluarga", "hubungan dengan kepala keluarga", "hubungan dengan kk", "hub dengan kk",
       "hub dgn kk", "hubungan dgn kk", "hubungan dengan krt", "shdk", "status hubungan dalam keluarga",
       "status dalam keluarga", "status keluarga", "kedudukan dalam keluarga", "relation", "relationship",
       "relation to head")),
    F("marital_status", "Status perkawinan", ("status perkawinan", "status kawin", "perkawinan",
                                              "status pernikahan", "marital status")),
    F("education", "Pendidikan", ("pendidikan", "pendidikan terakhir", "pendidikan tertinggi", "ijazah tertinggi",
                                  "education")),
    F("occupation", "Pekerjaan", ("pekerjaan", "jenis pekerjaan", "pekerjaan utama", "mata pencaharian",
                                  "occupation", "job")),
    F("disability", "Disabilitas", ("disabilitas", "jenis disabilitas", "penyandang disabilitas", "kecacatan",
                                    "jenis cacat", "cacat", "disability")),
    F("chronic_illness", "Penyakit kronis", ("penyakit kronis", "penyakit menahun", "penyakit kronis menahun",
                                             "chronic illness")),
    F("lives_alone", "Tinggal sendiri", ("tinggal sendiri", "hidup sendiri", "tinggal sendirian", "sebatang kara",
                                         "lives alone"), hint="Ya/Tidak; untuk Permakanan Lansia"),
    F("phone", "No. HP", ("no hp", "nomor hp", "hp", "telepon", "no telepon", "no telp", "telp",
                          "nomor telepon", "no wa", "whatsapp", "phone", "mobile")),
)
FIELDS = HOUSEHOLD_FIELDS + MEMBER_FIELDS


def _table(pairs: dict[str, tuple[str, ...]], choices: ch.Choices = ()) -> dict[str, str]:
    """Synonym table: every spelling (and each choice's own code and label) -> code."""
    table = {header_key(label): code for code, label in choices}
    table.update({header_key(code): code for code, _ in choices})
    for code, words in pairs.items():
        table.update({header_key(w): code for w in words})
    return table


SEX = _table({
    Sex.L.value: ("l", "lk", "laki", "laki laki", "lakilaki", "pria", "male", "m", "1"),
    Sex.P.value: ("p", "pr", "perempuan", "wanita", "female", "f", "w", "2"),
})
# Numeric codes are not read: BPS and Dukcapil number the relations differently.
RELATION = _table({
    "kepala_keluarga": ("kepala keluarga", "kepala rumah tangga", "kepala", "kk", "krt", "head",
                        "head of household"),
    "suami": ("suami", "husband"),
    "istri": ("istri", "isteri", "wife"),
    "anak": ("anak", "anak kandung", "anak tiri", "anak angkat", "child", "son", "daughter"),
    "menantu": ("menantu", "son in law", "daughter in law"),
    "cucu": ("cucu", "grandchild"),
    "orang_tua": ("orang tua", "orangtua", "ayah", "ibu", "bapak", "parent"),
    "mertua": ("mertua", "parent in law"),
    "famili_lain": ("famili lain", "famili", "saudara", "keluarga lain", "other relative"),
    "pembantu": ("pembantu", "pembantu rumah tangga", "art", "prt"),
    "lainnya": ("lainnya", "lain lain", "lain", "other"),
}, ch.RELATION)
MARITAL = _table({
    "belum_kawin": ("belum menikah", "lajang", "single", "tidak kawin"),
    "kawin": ("menikah", "kawin tercatat", "kawin belum tercatat", "kawin tidak tercatat", "married"),
    "cerai_hidup": ("cerai", "divorced"),
    "cerai_mati": ("widowed", "janda mati", "duda mati"),
}, ch.MARITAL_STATUS)
EDUCATION = _table({
    "tidak_sekolah": ("tidak belum sekolah", "tidak sekolah", "belum sekolah", "tidak pernah sekolah"),
    "belum_tamat_sd": ("belum tamat sd sederajat", "tidak tamat sd", "belum tamat sd"),
    "sd": ("sd", "tamat sd", "tamat sd sederajat", "sd mi", "mi", "paket a"),
    "smp": ("smp", "sltp", "sltp sederajat", "smp mts", "mts", "tamat smp", "paket b"),
    "sma": ("sma", "slta", "slta sederajat", "smk", "sma smk", "ma", "tamat sma", "paket c"),
    "diploma": ("diploma", "d1", "d2", "d3", "diploma i ii", "akademi diploma iii s muda", "diploma iii"),
    "s1": ("s1", "d4", "diploma iv strata i", "strata i", "sarjana"),
    "s2_s3": ("s2", "s3", "strata ii", "strata iii", "magister", "doktor"),
}, ch.EDUCATION)
DISABILITY = _table({
    "fisik": ("fisik", "tuna daksa", "tunadaksa", "cacat fisik"),
    "intelektual": ("intelektual", "tuna grahita", "tunagrahita"),
    "mental": ("mental", "psikososial", "gangguan jiwa"),
    "sensorik_netra": ("netra", "tuna netra", "tunanetra", "buta"),
    "sensorik_rungu_wicara": ("rungu", "wicara", "tuna rungu", "tunarungu", "tuna wicara", "tunawicara",
                              "rungu wicara", "tuli", "bisu"),
    "ganda": ("ganda", "multi", "cacat ganda"),
}, ch.DISABILITY)
YES_NO = {header_key(w): True for w in ("ya", "y", "iya", "1", "true", "yes", "sendiri", "tinggal sendiri")} | {
    header_key(w): False for w in ("tidak", "t", "tdk", "0", "false", "no", "bersama keluarga", "tidak sendiri")}
#: Written in a disability column to say "none".
NO_DISABILITY = frozenset(header_key(w) for w in ("tidak", "tidak ada", "tdk", "bukan", "normal", "none", "no",
                                                  "0", "-"))
