"""Name material for invented people, drawn from common Indonesian naming patterns."""

from __future__ import annotations

MALE_FIRST = (
    "Agus", "Ahmad", "Andi", "Ari", "Bambang", "Budi", "Dedi", "Dimas", "Eko", "Fajar", "Hadi",
    "Hendra", "Imam", "Irfan", "Joko", "Kurniawan", "Lukman", "Muhammad", "Nanang", "Rahmat",
    "Rizky", "Rudi", "Slamet", "Sugeng", "Supriyadi", "Taufik", "Teguh", "Wahyu", "Yusuf",
    "Zainal", "Arif", "Bayu", "Darto", "Edi", "Firman", "Gilang", "Heri", "Iwan", "Jajang",
    "Mulyadi", "Rohman", "Samsul", "Sutrisno", "Ujang", "Yanto", "Abdul", "Ilham", "Rafi",
)
FEMALE_FIRST = (
    "Aisyah", "Ani", "Dewi", "Dian", "Endang", "Fitri", "Indah", "Kartini", "Lestari", "Lina",
    "Maya", "Nur", "Nurhayati", "Puspita", "Rina", "Rini", "Sari", "Siti", "Sri", "Suharti",
    "Sumarni", "Tuti", "Wati", "Yanti", "Yuliana", "Ratna", "Eka", "Fatimah", "Halimah", "Juwita",
    "Komariah", "Mariam", "Nining", "Oktaviani", "Rohani", "Salmah", "Titin", "Umi", "Wulan",
    "Zahra", "Aminah", "Cucu", "Entin", "Iis", "Khadijah", "Nabila", "Putri", "Saodah",
)
FAMILY = (
    "Saputra", "Pratama", "Wijaya", "Hidayat", "Setiawan", "Kusuma", "Nugroho", "Santoso",
    "Rahayu", "Susanto", "Hasibuan", "Siregar", "Lubis", "Nasution", "Simanjuntak", "Sembiring",
    "Permana", "Gunawan", "Kurnia", "Maulana", "Hakim", "Syahputra", "Ramadhan", "Firmansyah",
    "Hermawan", "Suryadi", "Purnomo", "Fauzi", "Rahman", "Iskandar",
)
OCCUPATIONS_ADULT = (
    "Pedagang", "Buruh Harian Lepas", "Karyawan Swasta", "Pengemudi Ojek", "Mengurus Rumah Tangga",
    "Wiraswasta", "Tukang Bangunan", "Penjahit", "Pedagang Keliling", "Sopir", "Satpam",
    "Asisten Rumah Tangga", "Tidak Bekerja", "Petugas Kebersihan", "Montir",
)
SKILLS = (
    "memasak", "menjahit", "membuat kue", "memperbaiki motor", "mengajar mengaji", "menata rambut",
    "membuat keripik singkong", "pijat tradisional", "servis elektronik", "berkebun", "merias pengantin",
)
ASSETS = (
    "gerobak dagang", "mesin jahit", "warung kecil", "sepeda motor", "etalase", "kompor besar",
    "lahan pekarangan", "freezer", "tenda dan kursi sewaan",
)
STREETS = {
    "31.71.08.1001": ("Jl. Johar Baru III", "Jl. Johar Baru V", "Jl. Percetakan Negara", "Gg. Sawo"),
    "31.71.08.1002": ("Jl. Kampung Rawa Selatan", "Jl. Kampung Rawa Tengah", "Gg. Kenari", "Jl. Rawa Tengah"),
    "31.71.08.1003": ("Jl. Galur Sari", "Jl. Galur Raya", "Gg. Masjid", "Jl. Galur Selatan"),
    "31.71.08.1004": ("Jl. Tanah Tinggi II", "Jl. Tanah Tinggi IV", "Jl. Baladewa", "Gg. Mangga"),
    "31.74.09.1006": ("Jl. Moh. Kahfi II", "Jl. Cipedak Raya", "Gg. Haji Dul", "Jl. Kahfi Satu"),
}
DEFAULT_STREETS = ("Jl. Melati", "Jl. Kenanga", "Gg. Mawar", "Jl. Raya")
