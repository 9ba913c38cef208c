<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AddBeneficiaryDialog</name>
    <message>
        <source>Add beneficiary</source>
        <translation>Tambah Penerima</translation>
    </message>
    <message>
        <source>Name or NIK; empty lists the people living alone, oldest first</source>
        <translation>Nama atau NIK; bila kosong, tampil warga yang tinggal sendiri, tertua dulu</translation>
    </message>
    <message>
        <source>Map a new person…</source>
        <translation>Data Orang Baru…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <source>required when a check fails: why this person is served anyway</source>
        <translation>wajib bila ada syarat tidak terpenuhi: mengapa orang ini tetap dilayani</translation>
    </message>
    <message>
        <source>e.g. soft food, no salt</source>
        <translation>mis. makanan lunak, tanpa garam</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Tanggal &amp;mulai</translation>
    </message>
    <message>
        <source>E&amp;xception reason</source>
        <translation>Alasan pengecualia&amp;n</translation>
    </message>
    <message>
        <source>&amp;Diet notes</source>
        <translation>Catatan &amp;makanan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Add to roster</source>
        <translation>Masukkan ke Daftar</translation>
    </message>
    <message>
        <source>On this roster</source>
        <translation>Sudah di daftar ini</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Memenuhi syarat</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Ada syarat gagal</translation>
    </message>
    <message>
        <source>Nobody found. Map a new person?</source>
        <translation>Tidak ditemukan. Data orang baru?</translation>
    </message>
</context>
<context>
    <name>DailyLogView</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Pagi</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>Siang</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Diserahkan oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Hari sebelumnya</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Kiri</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Hari berikutnya ▶</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Kanan</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>e.g. rice, chicken, vegetable soup, banana</source>
        <translation>mis. nasi, ayam goreng, sayur sop, pisang</translation>
    </message>
    <message>
        <source>&amp;Menu</source>
        <translation>&amp;Menu</translation>
    </message>
    <message>
        <source>name of the deliverer</source>
        <translation>nama pengantar</translation>
    </message>
    <message>
        <source>Filled into every row marked received that has no name yet.</source>
        <translation>Diisikan ke setiap baris berstatus diterima yang belum ada nama pengantarnya.</translation>
    </message>
    <message>
        <source>Han&amp;ded over by</source>
        <translation>&amp;Diserahkan oleh</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Jam:</translation>
    </message>
    <message>
        <source>Keys: D received · T not at home · R hospitalised · M died · P moved
Space both meals · 1 morning · 2 midday · Enter next row</source>
        <translation>Tombol: D diterima · T tidak di rumah · R dirawat di RS · M meninggal · P pindah
Spasi pagi+siang · 1 pagi · 2 siang · Enter baris berikutnya</translation>
    </message>
    <message>
        <source>History (Ctrl+H)</source>
        <translation>Riwayat (Ctrl+H)</translation>
    </message>
    <message>
        <source>Extra delivery…</source>
        <translation>Pengantaran Tambahan…</translation>
    </message>
    <message>
        <source>All received (Ctrl+Shift+D)</source>
        <translation>Semua Diterima (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Marks every row not filled in yet as received with both meals.</source>
        <translation>Menandai setiap baris yang belum diisi sebagai diterima, makan pagi dan siang.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Possible double delivery: %1. Open the history (Ctrl+H) on the red row to check it.</source>
        <translation>Kemungkinan pengantaran ganda: %1. Buka riwayat (Ctrl+H) pada baris merah untuk memeriksanya.</translation>
    </message>
    <message>
        <source>Nobody is on this Pokmas&apos;s roster on this date. Add beneficiaries in the Roster tab.</source>
        <translation>Belum ada penerima aktif di Pokmas ini pada tanggal ini. Tambahkan di tab Daftar Penerima.</translation>
    </message>
    <message>
        <source>Choose a Pokmas first, or create one in the Pokmas tab.</source>
        <translation>Pilih Pokmas dulu, atau buat Pokmas di tab Profil Pokmas.</translation>
    </message>
    <message>
        <source>Filled in %1 of %2 · received %3</source>
        <translation>Terisi %1 dari %2 · diterima %3</translation>
    </message>
    <message>
        <source>%1 rows marked received. Check them, then save (Ctrl+S).</source>
        <translation>%1 baris ditandai diterima. Periksa, lalu simpan (Ctrl+S).</translation>
    </message>
    <message>
        <source>%1 saved: %2 new, %3 corrected.</source>
        <translation>Catatan %1 disimpan: %2 baru, %3 dikoreksi.</translation>
    </message>
</context>
<context>
    <name>DayTableModel</name>
    <message>
        <source>Double: %1</source>
        <translation>Ganda: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Dikoreksi</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Diet: %1</source>
        <translation>Makanan: %1</translation>
    </message>
    <message>
        <source>Two entries both record the %1 meal for this day. Open the history (Ctrl+H) to check them and withdraw the wrong one.</source>
        <translation>Dua catatan sama-sama mencatat makan %1 pada hari ini. Buka riwayat (Ctrl+H) untuk memeriksa dan membatalkan yang keliru.</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End beneficiary</source>
        <translation>Hentikan Penerima</translation>
    </message>
    <message>
        <source>%1 leaves the roster after the last day below. The deliveries so far stay in the records; this can be undone.</source>
        <translation>%1 keluar dari daftar penerima setelah hari terakhir di bawah. Catatan pengantaran sejauh ini tetap tersimpan; langkah ini bisa diurungkan.</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Hari terakhir</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Hentikan</translation>
    </message>
</context>
<context>
    <name>EndProposalDialog</name>
    <message>
        <source>End beneficiaries?</source>
        <translation>Hentikan penerima?</translation>
    </message>
    <message>
        <source>These people were recorded as died or moved. End them on the roster? Their deliveries so far stay in the records.</source>
        <translation>Orang berikut dicatat meninggal atau pindah. Hentikan dari daftar penerima? Catatan pengantaran sejauh ini tetap tersimpan.</translation>
    </message>
    <message>
        <source>%1: last day %2, reason: %3</source>
        <translation>%1: hari terakhir %2, alasan: %3</translation>
    </message>
    <message>
        <source>End the ticked ones</source>
        <translation>Hentikan yang Dicentang</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nanti Saja</translation>
    </message>
</context>
<context>
    <name>ExtraDeliveryDialog</name>
    <message>
        <source>Extra delivery</source>
        <translation>Pengantaran Tambahan</translation>
    </message>
    <message>
        <source>A separate delivery to %1 on %2, in addition to the one on the list. To change the list&apos;s entry, mark the row instead.</source>
        <translation>Pengantaran terpisah untuk %1 pada %2, di luar catatan di daftar. Untuk mengubah catatan di daftar, tandai barisnya saja.</translation>
    </message>
    <message>
        <source>&amp;Morning meal</source>
        <translation>Makan &amp;pagi</translation>
    </message>
    <message>
        <source>M&amp;idday meal</source>
        <translation>Makan &amp;siang</translation>
    </message>
    <message>
        <source>handed over by</source>
        <translation>diserahkan oleh</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>Save delivery</source>
        <translation>Simpan Pengantaran</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Riwayat %1</translation>
    </message>
    <message>
        <source>Entries are never changed: a correction is a new entry that replaces the old one, and both stay here.</source>
        <translation>Catatan tidak pernah diubah: koreksi adalah catatan baru yang menggantikan yang lama, dan keduanya tetap ada di sini.</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Dicatat pada</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Makan</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Diserahkan oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Withdraw selected entry…</source>
        <translation>Batalkan Catatan Terpilih…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>pagi</translation>
    </message>
    <message>
        <source>midday</source>
        <translation>siang</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Digantikan</translation>
    </message>
    <message>
        <source>Only an entry in force can be withdrawn.</source>
        <translation>Hanya catatan yang berlaku yang bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Withdraw entry</source>
        <translation>Batalkan Catatan</translation>
    </message>
    <message>
        <source>Why is this entry wrong? (e.g. recorded twice, the meal was delivered once)</source>
        <translation>Mengapa catatan ini keliru? (mis. tercatat dua kali, makanan hanya diantar sekali)</translation>
    </message>
</context>
<context>
    <name>MealDialogs</name>
    <message>
        <source>Unsaved marks</source>
        <translation>Tanda belum disimpan</translation>
    </message>
    <message>
        <source>The marks for %1 are not saved yet.</source>
        <translation>Tanda untuk %1 belum disimpan.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Possible double delivery</source>
        <translation>Kemungkinan pengantaran ganda</translation>
    </message>
    <message>
        <source>Save it anyway? It stays marked as a possible double delivery until one entry is withdrawn.</source>
        <translation>Tetap simpan? Catatan ini tetap ditandai sebagai kemungkinan pengantaran ganda sampai salah satunya dibatalkan.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Tetap Simpan</translation>
    </message>
    <message>
        <source>The birth date is not a date (e.g. 17/08/1950).</source>
        <translation>Tanggal lahir tidak dikenali (contoh: 17/08/1950).</translation>
    </message>
    <message>
        <source>%1

Save this person anyway?</source>
        <translation>%1

Tetap simpan orang ini?</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Kemungkinan data ganda</translation>
    </message>
    <message>
        <source>The last day cannot be before the start date.</source>
        <translation>Hari terakhir tidak boleh sebelum tanggal mulai.</translation>
    </message>
</context>
<context>
    <name>MealWords</name>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Not at home</source>
        <translation>Tidak di rumah</translation>
    </message>
    <message>
        <source>Hospitalised</source>
        <translation>Dirawat di RS</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Pindah</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Tidak tercatat</translation>
    </message>
    <message>
        <source>Long hospital stay</source>
        <translation>Dirawat lama</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Mengundurkan diri</translation>
    </message>
    <message>
        <source>No longer eligible</source>
        <translation>Tidak memenuhi syarat</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>pagi</translation>
    </message>
    <message>
        <source>midday</source>
        <translation>siang</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Cooked</source>
        <translation>Olah</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Kemas</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Antar</translation>
    </message>
</context>
<context>
    <name>MealsCoverageCard</name>
    <message>
        <source>Elderly meals today</source>
        <translation>Permakanan hari ini</translation>
    </message>
    <message>
        <source>Open the daily log</source>
        <translation>Buka Catatan Harian</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>belum dicatat</translation>
    </message>
    <message>
        <source>%1 not filled in</source>
        <translation>%1 belum diisi</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>lengkap</translation>
    </message>
    <message>
        <source>received · %1</source>
        <translation>diterima · %1</translation>
    </message>
</context>
<context>
    <name>MealsPage</name>
    <message>
        <source>Elderly Meals</source>
        <translation>Permakanan Lansia</translation>
    </message>
    <message>
        <source>P&amp;okmas</source>
        <translation>P&amp;okmas</translation>
    </message>
    <message>
        <source>Daily &amp;log</source>
        <translation>Catatan &amp;Harian</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Daftar Penerima</translation>
    </message>
    <message>
        <source>Monthly re&amp;cap</source>
        <translation>&amp;Rekap Bulanan</translation>
    </message>
    <message>
        <source>&amp;Pokmas profile</source>
        <translation>&amp;Profil Pokmas</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (tidak aktif)</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>Map a new person</source>
        <translation>Data Orang Baru</translation>
    </message>
    <message>
        <source>The minimum to put a person on the roster. The household can be completed later on the Households page (No. KK, housing, programmes).</source>
        <translation>Data minimum untuk memasukkan seseorang ke daftar penerima. Data keluarganya bisa dilengkapi nanti di halaman Keluarga (No. KK, rumah, program bantuan).</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, or leave empty and give the age</source>
        <translation>hh/bb/tttt, atau kosongkan dan isi umur</translation>
    </message>
    <message>
        <source>Lives &amp;alone</source>
        <translation>Tinggal &amp;sendiri</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nama *</translation>
    </message>
    <message>
        <source>&amp;Sex *</source>
        <translation>&amp;Jenis kelamin *</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Tanggal &amp;lahir</translation>
    </message>
    <message>
        <source>Age (&amp;years)</source>
        <translation>&amp;Umur (tahun)</translation>
    </message>
    <message>
        <source>&amp;Kelurahan *</source>
        <translation>&amp;Kelurahan *</translation>
    </message>
    <message>
        <source>R&amp;T *</source>
        <translation>R&amp;T *</translation>
    </message>
    <message>
        <source>R&amp;W *</source>
        <translation>R&amp;W *</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>&amp;Jalan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>Simpan Orang</translation>
    </message>
</context>
<context>
    <name>PokmasView</name>
    <message>
        <source>Rupiah per person per day, for both meals (national figure Rp30.000).</source>
        <translation>Rupiah per orang per hari, untuk makan pagi dan siang (angka nasional Rp30.000).</translation>
    </message>
    <message>
        <source>&amp;Active (delivering meals)</source>
        <translation>&amp;Aktif (sedang mengantar makanan)</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nama *</translation>
    </message>
    <message>
        <source>&amp;Kecamatan *</source>
        <translation>&amp;Kecamatan *</translation>
    </message>
    <message>
        <source>&amp;Leader</source>
        <translation>&amp;Ketua</translation>
    </message>
    <message>
        <source>&amp;Contact phone</source>
        <translation>No. &amp;HP kontak</translation>
    </message>
    <message>
        <source>Kitchen &amp;address</source>
        <translation>&amp;Alamat dapur</translation>
    </message>
    <message>
        <source>PSM in c&amp;harge</source>
        <translation>&amp;PSM pendamping</translation>
    </message>
    <message>
        <source>&amp;Unit cost *</source>
        <translation>&amp;Biaya satuan *</translation>
    </message>
    <message>
        <source>New Pokmas (Ctrl+N)</source>
        <translation>Pokmas Baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Kelurahan served *</source>
        <translation>Kelurahan yang dilayani *</translation>
    </message>
    <message>
        <source>Programme rule</source>
        <translation>Aturan program</translation>
    </message>
    <message>
        <source>Minimum age to join the roster. National 2023 criteria say 75; local practice uses 60 to 80. Lone disabled people are served at any age.</source>
        <translation>Umur minimum penerima. Kriteria nasional 2023: 75 tahun; praktik daerah 60 sampai 80 tahun. Penyandang disabilitas yang tinggal sendiri dilayani berapa pun umurnya.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Simpan Aturan</translation>
    </message>
    <message>
        <source>New Pokmas</source>
        <translation>Pokmas Baru</translation>
    </message>
    <message>
        <source>Pokmas %1 saved.</source>
        <translation>Pokmas %1 disimpan.</translation>
    </message>
    <message>
        <source>Minimum age saved: %1 years.</source>
        <translation>Umur minimum disimpan: %1 tahun.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Withdraw entry</source>
        <translation>Batalkan Catatan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RecapView</name>
    <message>
        <source>Whole year</source>
        <translation>Setahun penuh</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Bulan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Days received</source>
        <translation>Hari diterima</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Pagi</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>Siang</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Nothing recorded for this period yet.</source>
        <translation>Belum ada catatan untuk periode ini.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; beneficiaries · &lt;b&gt;%2&lt;/b&gt; days received · &lt;b&gt;%3&lt;/b&gt; days missed · recorded on &lt;b&gt;%4&lt;/b&gt; days · cost &lt;b&gt;%5&lt;/b&gt; (%6 per person per day)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; penerima · &lt;b&gt;%2&lt;/b&gt; hari diterima · &lt;b&gt;%3&lt;/b&gt; hari tidak diterima · tercatat &lt;b&gt;%4&lt;/b&gt; hari · biaya &lt;b&gt;%5&lt;/b&gt; (%6 per orang per hari)</translation>
    </message>
    <message>
        <source>%1 days with a possible double delivery: check them in the daily log before reporting.</source>
        <translation>%1 hari dengan kemungkinan pengantaran ganda: periksa di Catatan Harian sebelum melapor.</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Show &amp;ended</source>
        <translation>Tampilkan yang &amp;berhenti</translation>
    </message>
    <message>
        <source>Add beneficiary (Ctrl+N)</source>
        <translation>Tambah Penerima (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <source>Nobody on the roster yet. Add the first beneficiary (Ctrl+N) from the people mapped in the served kelurahan.</source>
        <translation>Belum ada penerima. Tambahkan penerima pertama (Ctrl+N) dari warga yang sudah didata di kelurahan yang dilayani.</translation>
    </message>
    <message>
        <source>Diet notes (shown to the kitchen and in the daily log)</source>
        <translation>Catatan makanan (ditampilkan untuk dapur dan di Catatan Harian)</translation>
    </message>
    <message>
        <source>Show health notes</source>
        <translation>Tampilkan catatan kesehatan</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Hentikan…</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Simpan Catatan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Pengecualian</translation>
    </message>
    <message>
        <source>Search a name (Ctrl+F)</source>
        <translation>Cari nama (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ended (%1)</source>
        <translation>Berhenti (%1)</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Memenuhi</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Tidak memenuhi</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 aktif</translation>
    </message>
    <message>
        <source>On the roster since %1</source>
        <translation>Terdaftar sejak %1</translation>
    </message>
    <message>
        <source>, ended %1: %2</source>
        <translation>, berhenti %1: %2</translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation>Pengecualian: %1</translation>
    </message>
    <message>
        <source>Undo end</source>
        <translation>Aktifkan Lagi</translation>
    </message>
    <message>
        <source>Hide health notes</source>
        <translation>Sembunyikan catatan kesehatan</translation>
    </message>
    <message>
        <source>Beneficiary added to the roster.</source>
        <translation>Penerima ditambahkan ke daftar.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Catatan disimpan.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>%1 is on the roster again.</source>
        <translation>%1 kembali terdaftar sebagai penerima.</translation>
    </message>
    <message>
        <source>%1 ended on the roster.</source>
        <translation>%1 dihentikan dari daftar penerima.</translation>
    </message>
</context>
</TS>
