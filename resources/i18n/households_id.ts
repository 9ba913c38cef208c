<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AssetRow</name>
    <message>
        <source>e.g. cooking for events, sewing, motorbike, cart</source>
        <translation>mis. memasak untuk hajatan, menjahit, motor, gerobak</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>AssetsEditor</name>
    <message>
        <source>What can this household do, or what does it have, that could help the neighbourhood? Each item is found later by the list search.</source>
        <translation>Apa yang bisa dilakukan atau dimiliki keluarga ini yang bisa membantu lingkungan? Setiap isian nanti bisa dicari lewat pencarian di daftar.</translation>
    </message>
    <message>
        <source>Add skill or asset</source>
        <translation>Tambah Keterampilan atau Aset</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>Unsaved work was found. Continue where you left off?</source>
        <translation>Ada isian yang belum disimpan. Lanjutkan dari yang terakhir?</translation>
    </message>
    <message>
        <source>%1, last kept %2</source>
        <translation>%1, terakhir tersimpan %2</translation>
    </message>
    <message>
        <source>Continue draft</source>
        <translation>Lanjutkan draf</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>and %1 more drafts</source>
        <translation>dan %1 draf lainnya</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudahnya</translation>
    </message>
    <message>
        <source>The history appears here once the household has been saved.</source>
        <translation>Riwayat muncul di sini setelah keluarga disimpan.</translation>
    </message>
    <message>
        <source>No visit recorded yet.</source>
        <translation>Belum ada kunjungan tercatat.</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(sudah dihapus)</translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation>Seluruh keluarga</translation>
    </message>
</context>
<context>
    <name>HouseholdDialogs</name>
    <message>
        <source>Possibly already recorded:</source>
        <translation>Mungkin sudah tercatat:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open the other household</source>
        <translation>Buka keluarga yang lain</translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation>Periksa sebelum menyimpan</translation>
    </message>
    <message>
        <source>Some things need a second look before saving.</source>
        <translation>Ada yang perlu diperiksa lagi sebelum disimpan.</translation>
    </message>
    <message>
        <source>Save anyway if you have checked it on the family card.</source>
        <translation>Tetap simpan jika sudah dicocokkan dengan Kartu Keluarga.</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Kembali ke formulir</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Tetap Simpan</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>This household has changes that are not saved yet.</source>
        <translation>Ada perubahan pada keluarga ini yang belum disimpan.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>Draf belum disimpan</translation>
    </message>
    <message>
        <source>This household has changes from %1 that were never saved. Continue with them?</source>
        <translation>Keluarga ini punya perubahan dari %1 yang belum pernah disimpan. Lanjutkan draf itu?</translation>
    </message>
    <message>
        <source>Continue the draft</source>
        <translation>Lanjutkan draf</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Buang draf</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Hapus Keluarga</translation>
    </message>
    <message>
        <source>The household %1 and its members will be removed from the list. You can undo this right after, and the office keeps the record.</source>
        <translation>Keluarga %1 beserta anggotanya akan dihapus dari daftar. Anda bisa langsung mengurungkannya, dan catatannya tetap tersimpan untuk kantor.</translation>
    </message>
    <message>
        <source>Reason for deleting *</source>
        <translation>Alasan penghapusan *</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Pindah alamat</translation>
    </message>
    <message>
        <source>Recorded twice</source>
        <translation>Data ganda</translation>
    </message>
    <message>
        <source>All members have died</source>
        <translation>Seluruh anggota meninggal</translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation>Salah input</translation>
    </message>
    <message>
        <source>Choose or type the reason</source>
        <translation>Pilih atau ketik alasannya</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Erase personal data on request</source>
        <translation>Hapus data pribadi atas permintaan</translation>
    </message>
    <message>
        <source>This is not an ordinary delete. The name, NIK, date of birth, address, phone number and notes are overwritten for good: on this laptop now, and at the office and on other laptops after the next sync. The change history keeps only that an erasure was made, by whom and when.</source>
        <translation>Ini bukan hapus biasa. Nama, NIK, tanggal lahir, alamat, nomor HP, dan catatan ditimpa untuk selamanya: di laptop ini sekarang, lalu di kantor dan di laptop lain setelah sinkron berikutnya. Riwayat perubahan hanya menyimpan bahwa penghapusan dilakukan, oleh siapa, dan kapan.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>&amp;Whose data *</source>
        <translation>Data &amp;siapa *</translation>
    </message>
    <message>
        <source>The whole household (%1 people)</source>
        <translation>Seluruh keluarga (%1 orang)</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Hanya %1</translation>
    </message>
    <message>
        <source>&amp;Reason for the erasure *</source>
        <translation>&amp;Alasan penghapusan *</translation>
    </message>
    <message>
        <source>For example: written request of 12/03/2026</source>
        <translation>Misalnya: permintaan tertulis tanggal 12/03/2026</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Hapus selamanya</translation>
    </message>
    <message>
        <source>To confirm, type the name &lt;b&gt;%1&lt;/b&gt; *</source>
        <translation>Untuk konfirmasi, ketik nama &lt;b&gt;%1&lt;/b&gt; *</translation>
    </message>
    <message>
        <source>The name does not match yet.</source>
        <translation>Nama belum cocok.</translation>
    </message>
    <message>
        <source>Save the household first: this person is not saved yet.</source>
        <translation>Simpan dulu data keluarganya: orang ini belum tersimpan.</translation>
    </message>
</context>
<context>
    <name>HouseholdFields</name>
    <message>
        <source>e.g. -6.1834, 106.8560 (optional)</source>
        <translation>mis. -6.1834, 106.8560 (boleh kosong)</translation>
    </message>
    <message>
        <source>Map point not recognised. Paste it like -6.1834, 106.8560.</source>
        <translation>Titik lokasi tidak terbaca. Tempel seperti -6.1834, 106.8560.</translation>
    </message>
    <message>
        <source>16 digits, from the family card</source>
        <translation>16 angka, dari Kartu Keluarga</translation>
    </message>
    <message>
        <source>e.g. Jl. Kenari II No. 12</source>
        <translation>mis. Jl. Kenari II No. 12</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>Date not recognised. Write it like 17/08/1960.</source>
        <translation>Tanggal tidak terbaca. Tulis seperti 17/08/1960.</translation>
    </message>
    <message>
        <source>Write a number, for example 36 or 36,5.</source>
        <translation>Tulis angka, misalnya 36 atau 36,5.</translation>
    </message>
    <message>
        <source>Family card no. (KK)</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kelurahan/Desa</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>Jalan dan Nomor Rumah</translation>
    </message>
    <message>
        <source>Map point (latitude, longitude)</source>
        <translation>Titik Lokasi (lintang, bujur)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Bujur</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Tanggal Kunjungan</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <source>Home ownership</source>
        <translation>Status Kepemilikan Rumah</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>Luas Lantai (m²)</translation>
    </message>
    <message>
        <source>Floor material</source>
        <translation>Jenis Lantai</translation>
    </message>
    <message>
        <source>Floor condition</source>
        <translation>Kondisi Lantai</translation>
    </message>
    <message>
        <source>Wall material</source>
        <translation>Jenis Dinding</translation>
    </message>
    <message>
        <source>Wall condition</source>
        <translation>Kondisi Dinding</translation>
    </message>
    <message>
        <source>Roof material</source>
        <translation>Jenis Atap</translation>
    </message>
    <message>
        <source>Roof condition</source>
        <translation>Kondisi Atap</translation>
    </message>
    <message>
        <source>Bedrooms</source>
        <translation>Jumlah Kamar Tidur</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation>Sumber Air Minum</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Sumber Penerangan</translation>
    </message>
    <message>
        <source>Electricity capacity</source>
        <translation>Daya Listrik</translation>
    </message>
    <message>
        <source>Cooking fuel</source>
        <translation>Bahan Bakar Memasak</translation>
    </message>
    <message>
        <source>Toilet</source>
        <translation>Fasilitas Jamban</translation>
    </message>
    <message>
        <source>Programmes received</source>
        <translation>Program Bantuan yang Diterima</translation>
    </message>
    <message>
        <source>Other programmes</source>
        <translation>Program Lainnya</translation>
    </message>
    <message>
        <source>DTSEN decile</source>
        <translation>Desil DTSEN</translation>
    </message>
    <message>
        <source>Skills and assets</source>
        <translation>Aset &amp; Keterampilan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama Lengkap</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis Kelamin</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal Lahir</translation>
    </message>
    <message>
        <source>Age (if no date of birth)</source>
        <translation>Umur (bila tanggal lahir tidak ada)</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Hubungan dalam Keluarga</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Status Perkawinan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>Penyakit Kronis</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>Tinggal Sendiri</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Order in the family</source>
        <translation>Urutan dalam Keluarga</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>PPKS category</source>
        <translation>Kategori PPKS</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Tanggal Status</translation>
    </message>
    <message>
        <source>Reason for deletion</source>
        <translation>Alasan Penghapusan</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Dihapus pada</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota Keluarga</translation>
    </message>
    <message>
        <source>PPKS</source>
        <translation>PPKS</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>dipulihkan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Belum diketahui</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <source>Family card and address</source>
        <translation>Kartu Keluarga &amp; Alamat</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Anggota Keluarga</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Kondisi Rumah</translation>
    </message>
    <message>
        <source>Assistance programmes</source>
        <translation>Program Bantuan</translation>
    </message>
    <message>
        <source>PPKS (people needing welfare services)</source>
        <translation>PPKS (Pemerlu Pelayanan Kesejahteraan Sosial)</translation>
    </message>
    <message>
        <source>Skills and assets</source>
        <translation>Aset &amp; Keterampilan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Kembali ke daftar</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Kembali ke daftar (Esc)</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Hapus Keluarga</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Lainnya</translation>
    </message>
    <message>
        <source>Erase personal data on request…</source>
        <translation>Hapus data pribadi atas permintaan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>KK %1</source>
        <translation>KK %1</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Keluarga Baru</translation>
    </message>
    <message>
        <source>Household: %1</source>
        <translation>Keluarga: %1</translation>
    </message>
    <message>
        <source>Not saved yet: %1 field(s) marked in red need correcting.</source>
        <translation>Belum disimpan: %1 isian bertanda merah perlu diperbaiki.</translation>
    </message>
    <message>
        <source>Household %1 saved.</source>
        <translation>Keluarga %1 tersimpan.</translation>
    </message>
</context>
<context>
    <name>HouseholdListView</name>
    <message>
        <source>Households</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Add household (Ctrl+N)</source>
        <translation>Tambah Keluarga (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search by name, NIK, family card no., street, RT or RW… (Ctrl+F)</source>
        <translation>Cari nama, NIK, No. KK, jalan, RT atau RW… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Family card no.</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Kepala Keluarga</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Tgl. Kunjungan</translation>
    </message>
    <message>
        <source>Add the first household</source>
        <translation>Tambah Keluarga Pertama</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Buka (Enter)</translation>
    </message>
    <message>
        <source>Delete… (Del)</source>
        <translation>Hapus… (Del)</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Semua kelurahan</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Only this RW</source>
        <translation>Hanya RW ini</translation>
    </message>
    <message>
        <source>Any PPKS category</source>
        <translation>Semua kategori PPKS</translation>
    </message>
    <message>
        <source>Any programme</source>
        <translation>Semua program</translation>
    </message>
    <message>
        <source>Decile %1</source>
        <translation>Desil %1</translation>
    </message>
    <message>
        <source>Any decile</source>
        <translation>Semua desil</translation>
    </message>
    <message>
        <source>Show deleted households</source>
        <translation>Tampilkan keluarga yang dihapus</translation>
    </message>
    <message>
        <source>%1 deleted households</source>
        <translation>%1 keluarga dihapus</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>%1 keluarga</translation>
    </message>
    <message>
        <source>No households yet. Add the first household (Ctrl+N).</source>
        <translation>Belum ada keluarga. Tambah keluarga pertama (Ctrl+N).</translation>
    </message>
    <message>
        <source>No household matches the search or the filters.</source>
        <translation>Tidak ada keluarga yang cocok dengan pencarian atau saringan.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Your changes were kept as a draft; continue them from the list.</source>
        <translation>Perubahan Anda disimpan sebagai draf; lanjutkan dari daftar.</translation>
    </message>
    <message>
        <source>Draft restored. Save it when it is complete.</source>
        <translation>Draf dibuka kembali. Simpan setelah lengkap.</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Draf dibuang.</translation>
    </message>
    <message>
        <source>Household %1 deleted.</source>
        <translation>Keluarga %1 dihapus.</translation>
    </message>
    <message>
        <source>The personal data was erased. It will reach the office with the next sync.</source>
        <translation>Data pribadi sudah dihapus. Penghapusan ini sampai ke kantor pada sinkron berikutnya.</translation>
    </message>
    <message>
        <source>Household %1 restored.</source>
        <translation>Keluarga %1 dipulihkan.</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 angka</translation>
    </message>
    <message>
        <source>e.g. diabetes, hypertension</source>
        <translation>mis. diabetes, darah tinggi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Hapus Anggota</translation>
    </message>
    <message>
        <source>Move this member up (Alt+Up)</source>
        <translation>Pindahkan anggota ini ke atas (Alt+Up)</translation>
    </message>
    <message>
        <source>Move this member down (Alt+Down)</source>
        <translation>Pindahkan anggota ini ke bawah (Alt+Down)</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Anggota %1</translation>
    </message>
    <message>
        <source>Filled from the NIK: %1. Check it against the family card.</source>
        <translation>Diisi dari NIK: %1. Cocokkan dengan Kartu Keluarga.</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data on request…</source>
        <translation>Hapus data pribadi orang ini atas permintaan…</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>Add member (%1)</source>
        <translation>Tambah Anggota (%1)</translation>
    </message>
    <message>
        <source>No members yet. Start with the head of household.</source>
        <translation>Belum ada anggota. Mulai dari Kepala Keluarga.</translation>
    </message>
</context>
<context>
    <name>PpksEditor</name>
    <message>
        <source>No PPKS noted for this household.</source>
        <translation>Belum ada PPKS yang dicatat untuk keluarga ini.</translation>
    </message>
    <message>
        <source>Add PPKS</source>
        <translation>Tambah PPKS</translation>
    </message>
    <message>
        <source>(member removed from the form)</source>
        <translation>(anggota sudah dihapus dari formulir)</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Anggota %1</translation>
    </message>
</context>
<context>
    <name>PpksRow</name>
    <message>
        <source>Whole household</source>
        <translation>Seluruh keluarga</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
</context>
</TS>
