<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel/CSV</source>
        <translation>Ekspor ke Excel/CSV</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>Daftar: %1</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): NIK and No. KK stay exact</source>
        <translation>Buku kerja Excel (.xlsx): NIK dan No. KK tetap utuh</translation>
    </message>
    <message>
        <source>CSV (.csv) for other programs</source>
        <translation>CSV (.csv) untuk program lain</translation>
    </message>
    <message>
        <source>Show full NIK</source>
        <translation>Tampilkan NIK lengkap</translation>
    </message>
    <message>
        <source>A full NIK is personal data (UU PDP). Use it only for the office&apos;s own work, keep the file on this computer or an encrypted drive, and never share it in a chat group. Printed lists always mask the NIK.</source>
        <translation>NIK lengkap adalah data pribadi (UU PDP). Gunakan hanya untuk pekerjaan kantor sendiri, simpan berkasnya di komputer ini atau di diska terenkripsi, dan jangan pernah membagikannya di grup obrolan. Daftar yang dicetak selalu menyamarkan NIK.</translation>
    </message>
    <message>
        <source>Excel turns a long number in a CSV file into a rounded number: open the file through Data &gt; From Text/CSV and set the NIK column to Text, or choose the Excel format.</source>
        <translation>Excel mengubah angka panjang di berkas CSV menjadi angka yang dibulatkan: buka berkas lewat Data &gt; Dari Teks/CSV dan atur kolom NIK sebagai Teks, atau pilih format Excel.</translation>
    </message>
    <message>
        <source>Without it the NIK is masked, e.g. 317108******0003.</source>
        <translation>Tanpa centang ini NIK disamarkan, misalnya 317108******0003.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>HomeCharts</name>
    <message>
        <source>At a glance</source>
        <translation>Sekilas</translation>
    </message>
    <message>
        <source>No Pokmas yet.</source>
        <translation>Belum ada Pokmas.</translation>
    </message>
    <message>
        <source>No PPKS recorded yet.</source>
        <translation>Belum ada PPKS yang dicatat.</translation>
    </message>
    <message>
        <source>No KUBE group yet.</source>
        <translation>Belum ada kelompok KUBE.</translation>
    </message>
    <message>
        <source>No KUBE cash entries yet.</source>
        <translation>Belum ada catatan kas KUBE.</translation>
    </message>
    <message>
        <source>Meals received today</source>
        <translation>Makanan diterima hari ini</translation>
    </message>
    <message>
        <source>PPKS by category</source>
        <translation>PPKS menurut kategori</translation>
    </message>
    <message>
        <source>KUBE groups by stage</source>
        <translation>Kelompok KUBE menurut tahap</translation>
    </message>
    <message>
        <source>KUBE cash, all groups (12 months)</source>
        <translation>Kas KUBE, semua kelompok (12 bulan)</translation>
    </message>
</context>
<context>
    <name>LetterheadCard</name>
    <message>
        <source>Choose the office logo</source>
        <translation>Pilih logo kantor</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Letterhead of printed documents</source>
        <translation>Kop surat dokumen cetak</translation>
    </message>
    <message>
        <source>Printed at the top of every list, recap and form.</source>
        <translation>Dicetak di bagian atas setiap daftar, rekap dan formulir.</translation>
    </message>
    <message>
        <source>Office or organisation name</source>
        <translation>Nama kantor atau organisasi</translation>
    </message>
    <message>
        <source>Address (street, phone, e-mail)</source>
        <translation>Alamat (jalan, telepon, surel)</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <source>Save letterhead</source>
        <translation>Simpan kop surat</translation>
    </message>
    <message>
        <source>No logo.</source>
        <translation>Tanpa logo.</translation>
    </message>
    <message>
        <source>Write the office or organisation name first.</source>
        <translation>Tulis dulu nama kantor atau organisasi.</translation>
    </message>
    <message>
        <source>The logo file could not be read.</source>
        <translation>Berkas logo tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>Letterhead saved.</source>
        <translation>Kop surat disimpan.</translation>
    </message>
</context>
<context>
    <name>ParamsForm</name>
    <message>
        <source>One day</source>
        <translation>Satu hari</translation>
    </message>
    <message>
        <source>Several days</source>
        <translation>Beberapa hari</translation>
    </message>
    <message>
        <source>Whole month</source>
        <translation>Satu bulan penuh</translation>
    </message>
    <message>
        <source>A4 (210 x 297 mm)</source>
        <translation>A4 (210 x 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 x 330 mm)</source>
        <translation>F4 (215 x 330 mm)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Tegak</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Mendatar</translation>
    </message>
    <message>
        <source>Pokmas</source>
        <translation>Pokmas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>KUBE group</source>
        <translation>Kelompok KUBE</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Arah kertas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>There is no Pokmas yet. Add one on the Elderly Meals page first.</source>
        <translation>Belum ada Pokmas. Tambahkan dulu di halaman Permakanan.</translation>
    </message>
    <message>
        <source>There is no KUBE group yet. Add one on the KUBE page first.</source>
        <translation>Belum ada kelompok KUBE. Tambahkan dulu di halaman KUBE.</translation>
    </message>
    <message>
        <source>No household has been mapped yet.</source>
        <translation>Belum ada keluarga yang didata.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Tanggal akhir lebih awal dari tanggal mulai.</translation>
    </message>
    <message>
        <source>Choose at most two months of days; for a whole month choose &quot;Whole month&quot;.</source>
        <translation>Pilih paling lama dua bulan; untuk sebulan penuh pilih &quot;Satu bulan penuh&quot;.</translation>
    </message>
</context>
<context>
    <name>PreviewArea</name>
    <message>
        <source>Choose a document and press Preview (F5).</source>
        <translation>Pilih dokumen, lalu tekan Pratinjau (F5).</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Halaman %1</translation>
    </message>
    <message>
        <source>%1 pages. The preview shows the first %2; printing and the PDF have all of them.</source>
        <translation>%1 halaman. Pratinjau menampilkan %2 halaman pertama; hasil cetak dan PDF memuat semuanya.</translation>
    </message>
    <message>
        <source>%1 page(s).</source>
        <translation>%1 halaman.</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Dokumen PDF</translation>
    </message>
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
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
</context>
<context>
    <name>ReportDocuments</name>
    <message>
        <source>Roster of the Pokmas</source>
        <translation>Daftar Penerima Pokmas</translation>
    </message>
    <message>
        <source>Household list</source>
        <translation>Daftar Keluarga</translation>
    </message>
    <message>
        <source>KUBE groups overview</source>
        <translation>Ringkasan Kelompok KUBE</translation>
    </message>
    <message>
        <source>Meal recipient list</source>
        <translation>Daftar Penerima Permakanan</translation>
    </message>
    <message>
        <source>The list beneficiaries sign or thumb-print when the meals arrive, one section per day, with the signatures of the Pokmas leader, the PSM and the lurah. NIK are masked.</source>
        <translation>Daftar yang ditandatangani atau dicap jempol penerima saat makanan tiba, satu bagian per hari, dengan tanda tangan Ketua Pokmas, PSM dan lurah. NIK disamarkan.</translation>
    </message>
    <message>
        <source>Blank delivery form</source>
        <translation>Formulir Pengantaran (kosong)</translation>
    </message>
    <message>
        <source>The day&apos;s roster with empty boxes, for days the laptop cannot go along. Fill in one letter per person; type it in later.</source>
        <translation>Daftar penerima hari itu dengan kotak kosong, untuk hari ketika laptop tidak bisa dibawa. Isi satu huruf per orang; ketik ke aplikasi nanti.</translation>
    </message>
    <message>
        <source>Monthly meals recap</source>
        <translation>Rekap Bulanan Permakanan</translation>
    </message>
    <message>
        <source>Per beneficiary the days delivered and missed, the meals and the cost of the month, with a chart of the days.</source>
        <translation>Per penerima: hari diterima dan tidak diterima, jumlah makan dan biaya sebulan, dengan grafik per hari.</translation>
    </message>
    <message>
        <source>Household mapping recap</source>
        <translation>Rekap Pemetaan Keluarga</translation>
    </message>
    <message>
        <source>Households, people, PPKS and aid programmes per RW of one kelurahan.</source>
        <translation>Keluarga, jiwa, PPKS dan program bantuan per RW di satu kelurahan.</translation>
    </message>
    <message>
        <source>Blank household mapping form</source>
        <translation>Formulir Pemetaan Keluarga (kosong)</translation>
    </message>
    <message>
        <source>The paper form for visits without the laptop, in the order of the screen.</source>
        <translation>Formulir kertas untuk kunjungan tanpa laptop, urutannya sama dengan layar.</translation>
    </message>
    <message>
        <source>KUBE profile and cash book</source>
        <translation>Profil dan Buku Kas KUBE</translation>
    </message>
    <message>
        <source>Profile, members, grants, activities and the cash book with its running balance and monthly chart.</source>
        <translation>Profil, anggota, bantuan, kegiatan dan buku kas dengan saldo berjalan serta grafik bulanan.</translation>
    </message>
    <message>
        <source>Bundle import report</source>
        <translation>Laporan Impor Paket Sinkron</translation>
    </message>
    <message>
        <source>The sync bundles imported on a day: sender, number and counts. Refused bundles appear on the report printed from the import screen.</source>
        <translation>Paket Sinkron yang diimpor pada satu hari: pengirim, nomor urut dan jumlah perubahan. Paket yang ditolak muncul di laporan yang dicetak dari layar impor.</translation>
    </message>
</context>
<context>
    <name>ReportJobs</name>
    <message>
        <source>Preparing the document…</source>
        <translation>Menyiapkan dokumen…</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>Menggambar halaman…</translation>
    </message>
    <message>
        <source>The file cannot be written there (is it open in another program?). Close it or choose another folder.</source>
        <translation>Berkas tidak bisa ditulis di sana (mungkin sedang dibuka di program lain). Tutup berkasnya atau pilih folder lain.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and chosen in the print dialog.</source>
        <translation>Printer tidak bisa dimulai. Periksa apakah printer menyala dan sudah dipilih di jendela cetak.</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages.</source>
        <translation>Printer berhenti menerima halaman.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <source>This document has no list to export.</source>
        <translation>Dokumen ini tidak punya daftar untuk diekspor.</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Membaca daftar…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Preview (F5)</source>
        <translation>Pratinjau (F5)</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>Cetak… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Export to Excel/CSV…</source>
        <translation>Ekspor ke Excel/CSV…</translation>
    </message>
    <message>
        <source>The choices changed: press Preview (F5) to see the new document.</source>
        <translation>Pilihan berubah: tekan Pratinjau (F5) untuk melihat dokumen yang baru.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Menyiapkan pratinjau…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>The preview could not be made. Change the choices and press Preview (F5) again.</source>
        <translation>Pratinjau tidak bisa dibuat. Ubah pilihan, lalu tekan Pratinjau (F5) lagi.</translation>
    </message>
    <message>
        <source>Preview ready: %1 page(s).</source>
        <translation>Pratinjau siap: %1 halaman.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Mencetak</translation>
    </message>
    <message>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>%1 halaman dikirim ke printer.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Disimpan: %1</translation>
    </message>
    <message>
        <source>Export to Excel/CSV</source>
        <translation>Ekspor ke Excel/CSV</translation>
    </message>
    <message>
        <source>Exported %1 row(s) to %2</source>
        <translation>%1 baris diekspor ke %2</translation>
    </message>
</context>
</TS>
