<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Record an activity (Ctrl+N)</source>
        <translation>Catat kegiatan (Ctrl+N)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>No activity recorded yet. Record the first one (Ctrl+N).</source>
        <translation>Belum ada kegiatan. Catat kegiatan pertama (Ctrl+N).</translation>
    </message>
    <message>
        <source>Open… (Enter)</source>
        <translation>Buka… (Enter)</translation>
    </message>
    <message>
        <source>Remove (entered by mistake)…</source>
        <translation>Hapus (salah catat)…</translation>
    </message>
    <message>
        <source>%1 activities, the last on %2</source>
        <translation>%1 kegiatan, terakhir %2</translation>
    </message>
    <message>
        <source>Activity saved.</source>
        <translation>Kegiatan disimpan.</translation>
    </message>
    <message>
        <source>This activity</source>
        <translation>Kegiatan ini</translation>
    </message>
    <message>
        <source>Activity removed.</source>
        <translation>Kegiatan dihapus.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Type of activity</source>
        <translation>Jenis kegiatan</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Members who took part</source>
        <translation>Anggota yang hadir</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Obstacles (kendala)</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
</context>
<context>
    <name>CashTab</name>
    <message>
        <source>Daily book</source>
        <translation>Buku kas harian</translation>
    </message>
    <message>
        <source>Monthly summary and chart</source>
        <translation>Rekap bulanan dan grafik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ket.</translation>
    </message>
    <message>
        <source>Correct (reverse) this entry…</source>
        <translation>Koreksi (balik) entri ini…</translation>
    </message>
    <message>
        <source>Posted entries are never changed or deleted: a wrong one is reversed and stays in the book, crossed out.</source>
        <translation>Entri yang sudah dicatat tidak pernah diubah atau dihapus: entri yang salah dibalik dan tetap ada di buku, dicoret.</translation>
    </message>
    <message>
        <source>In or out</source>
        <translation>Masuk/keluar</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>e.g. sold 20 packs of chips at the bazaar</source>
        <translation>mis. jual 20 bungkus keripik di bazar</translation>
    </message>
    <message>
        <source>Post entry (Ctrl+S)</source>
        <translation>Catat (Ctrl+S)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Pemasukan</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>A correction counts in the month of the entry it corrects.</source>
        <translation>Koreksi dihitung pada bulan entri yang dikoreksi.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Twice</source>
        <translation>Ganda</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Koreksi</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>in</source>
        <translation>masuk</translation>
    </message>
    <message>
        <source>out</source>
        <translation>keluar</translation>
    </message>
    <message>
        <source>Posted: %1 %2, %3.</source>
        <translation>Dicatat: %1 %2, %3.</translation>
    </message>
    <message>
        <source>Entry of %1 reversed; the balance is now %2.</source>
        <translation>Entri tanggal %1 sudah dibalik; saldo sekarang %2.</translation>
    </message>
</context>
<context>
    <name>EmpowermentTab</name>
    <message>
        <source>Record a stage (Ctrl+N)</source>
        <translation>Catat tahap (Ctrl+N)</translation>
    </message>
    <message>
        <source>Click a stage to see its entries, or to record it when it has none.</source>
        <translation>Klik satu tahap untuk melihat catatannya, atau untuk mencatatnya bila belum ada.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Yang dilakukan</translation>
    </message>
    <message>
        <source>Supporting factors</source>
        <translation>Faktor pendukung</translation>
    </message>
    <message>
        <source>Hindering factors</source>
        <translation>Faktor penghambat</translation>
    </message>
    <message>
        <source>No empowerment stage recorded yet. Record the first one, Persiapan (Ctrl+N).</source>
        <translation>Belum ada tahap pemberdayaan yang dicatat. Catat tahap pertama, Persiapan (Ctrl+N).</translation>
    </message>
    <message>
        <source>Open… (Enter)</source>
        <translation>Buka… (Enter)</translation>
    </message>
    <message>
        <source>Remove (entered by mistake)…</source>
        <translation>Hapus (salah catat)…</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>masih berjalan</translation>
    </message>
    <message>
        <source>Empowerment has not started yet.</source>
        <translation>Pemberdayaan belum dimulai.</translation>
    </message>
    <message>
        <source>Empowerment finished: every stage through Terminasi.</source>
        <translation>Pemberdayaan selesai: semua tahap sampai Terminasi.</translation>
    </message>
    <message>
        <source>Current stage: %1 (%2 of 7), since %3</source>
        <translation>Tahap sekarang: %1 (%2 dari 7), sejak %3</translation>
    </message>
    <message>
        <source>Stage saved.</source>
        <translation>Tahap tersimpan.</translation>
    </message>
    <message>
        <source>This stage entry</source>
        <translation>Catatan tahap ini</translation>
    </message>
    <message>
        <source>Stage entry removed.</source>
        <translation>Catatan tahap dihapus.</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Also write the money into the cash book as income (Bantuan)</source>
        <translation>Catat juga uangnya di Buku Kas sebagai pemasukan (Bantuan)</translation>
    </message>
    <message>
        <source>Grant or aid</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Given by (company, institution)</source>
        <translation>Pemberi (perusahaan, lembaga)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation>Jumlah uang</translation>
    </message>
    <message>
        <source>Aid in kind (goods, equipment)</source>
        <translation>Bantuan barang (mis. peralatan)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>GrantsTab</name>
    <message>
        <source>Record a grant (Ctrl+N)</source>
        <translation>Catat bantuan (Ctrl+N)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Pemberi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Aid in kind</source>
        <translation>Bantuan barang</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>No grant recorded yet. Record the first one (Ctrl+N).</source>
        <translation>Belum ada bantuan. Catat bantuan pertama (Ctrl+N).</translation>
    </message>
    <message>
        <source>Change… (Enter)</source>
        <translation>Ubah… (Enter)</translation>
    </message>
    <message>
        <source>Remove (entered by mistake)…</source>
        <translation>Hapus (salah catat)…</translation>
    </message>
    <message>
        <source>Money received: %1</source>
        <translation>Bantuan uang diterima: %1</translation>
    </message>
    <message>
        <source>Grant saved.</source>
        <translation>Bantuan disimpan.</translation>
    </message>
    <message>
        <source>This grant</source>
        <translation>Bantuan ini</translation>
    </message>
    <message>
        <source>Grant removed. Money already written in the cash book stays there; correct it there if needed.</source>
        <translation>Bantuan dihapus. Uang yang sudah dicatat di Buku Kas tetap ada; koreksi di sana bila perlu.</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <source>← Back to the list</source>
        <translation>← Kembali ke daftar</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Kembali ke daftar (Esc)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Grants and aid</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Cash book</source>
        <translation>Buku Kas</translation>
    </message>
    <message>
        <source>Empowerment</source>
        <translation>Pemberdayaan</translation>
    </message>
    <message>
        <source>Welfare indicators</source>
        <translation>Indikator Kesejahteraan</translation>
    </message>
    <message>
        <source>New KUBE group</source>
        <translation>Kelompok KUBE baru</translation>
    </message>
    <message>
        <source>Save the profile first; then add members, grants, activities and cash.</source>
        <translation>Simpan profil dulu; lalu tambahkan anggota, bantuan, kegiatan dan kas.</translation>
    </message>
    <message>
        <source>No activity and no cash entry for 60 days.</source>
        <translation>Tidak ada kegiatan maupun catatan kas selama 60 hari.</translation>
    </message>
    <message>
        <source>%1 things to check (see Members and Cash book).</source>
        <translation>%1 hal perlu diperiksa (lihat Anggota dan Buku Kas).</translation>
    </message>
</context>
<context>
    <name>KubeActivity</name>
    <message>
        <source>Tick all</source>
        <translation>Centang semua</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Hapus semua centang</translation>
    </message>
</context>
<context>
    <name>KubeChart</name>
    <message>
        <source>Monthly income, expense and balance</source>
        <translation>Pemasukan, pengeluaran dan saldo bulanan</translation>
    </message>
    <message>
        <source>in %1, out %2, balance %3</source>
        <translation>masuk %1, keluar %2, saldo %3</translation>
    </message>
    <message>
        <source>The chart appears after the first cash entry.</source>
        <translation>Grafik muncul setelah catatan kas pertama.</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Pemasukan</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Balance at month end</source>
        <translation>Saldo akhir bulan</translation>
    </message>
</context>
<context>
    <name>KubeDialogs</name>
    <message>
        <source>Check before saving</source>
        <translation>Periksa sebelum menyimpan</translation>
    </message>
    <message>
        <source>Some things need a second look before saving.</source>
        <translation>Beberapa hal perlu diperiksa lagi sebelum disimpan.</translation>
    </message>
    <message>
        <source>Save anyway if this is how it really is.</source>
        <translation>Simpan saja bila memang begitu keadaannya.</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Kembali ke formulir</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Tetap simpan</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Alasan *</translation>
    </message>
    <message>
        <source>Choose or type the reason</source>
        <translation>Pilih atau tulis alasannya</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Correct (reverse) an entry</source>
        <translation>Koreksi (balik) entri</translation>
    </message>
    <message>
        <source>A posted entry is never changed. PSM Desk will add a reversing entry with the same amount in the other direction, so the balance is right again; the wrong entry stays in the book, crossed out.

%1</source>
        <translation>Entri yang sudah dicatat tidak pernah diubah. PSM Desk akan menambah entri pembalik dengan jumlah yang sama ke arah sebaliknya, sehingga saldo benar lagi; entri yang salah tetap ada di buku, dicoret.

%1</translation>
    </message>
    <message>
        <source>Reverse the entry</source>
        <translation>Balik entri</translation>
    </message>
    <message>
        <source>Wrong amount</source>
        <translation>Jumlah salah</translation>
    </message>
    <message>
        <source>Entered twice</source>
        <translation>Tercatat dua kali</translation>
    </message>
    <message>
        <source>Wrong group</source>
        <translation>Salah kelompok</translation>
    </message>
    <message>
        <source>Wrong direction (in/out)</source>
        <translation>Salah arah (masuk/keluar)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>%1 will be removed from the list. Use this only for something entered by mistake; the office keeps the record.</source>
        <translation>%1 akan dihapus dari daftar. Gunakan hanya untuk data yang salah catat; kantor tetap menyimpan catatannya.</translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation>Salah catat</translation>
    </message>
    <message>
        <source>Recorded twice</source>
        <translation>Tercatat dua kali</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Some typing in this group is not saved yet.</source>
        <translation>Ada isian di kelompok ini yang belum disimpan.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
</context>
<context>
    <name>KubeFields</name>
    <message>
        <source>e.g. 150.000</source>
        <translation>mis. 150.000</translation>
    </message>
    <message>
        <source>Write the amount in whole rupiah, for example 150.000.</source>
        <translation>Tulis jumlah dalam rupiah bulat, misalnya 150.000.</translation>
    </message>
</context>
<context>
    <name>KubeForms</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>KubeOverview</name>
    <message>
        <source>KUBE groups</source>
        <translation>Kelompok KUBE</translation>
    </message>
    <message>
        <source>New group (Ctrl+N)</source>
        <translation>Kelompok baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search by group name, product, companion or village… (Ctrl+F)</source>
        <translation>Cari nama kelompok, produk, pendamping atau kelurahan… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Kegiatan terakhir</translation>
    </message>
    <message>
        <source>Last cash entry</source>
        <translation>Kas terakhir</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Perhatian</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Buka (Enter)</translation>
    </message>
    <message>
        <source>⚠ over 60 days = no activity and no cash entry for 60 days</source>
        <translation>⚠ lewat 60 hari = tidak ada kegiatan maupun catatan kas selama 60 hari</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Semua kelurahan</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>No records for 60 days</source>
        <translation>Tanpa kegiatan 60 hari</translation>
    </message>
    <message>
        <source>over 60 days</source>
        <translation>lewat 60 hari</translation>
    </message>
    <message>
        <source>No activity and no cash entry for 60 days</source>
        <translation>Tidak ada kegiatan maupun catatan kas selama 60 hari</translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation>%1 kelompok</translation>
    </message>
    <message>
        <source>No group matches the search or the filters.</source>
        <translation>Tidak ada kelompok yang cocok dengan pencarian atau saringan.</translation>
    </message>
    <message>
        <source>No KUBE groups yet. Add the first group (Ctrl+N).</source>
        <translation>Belum ada kelompok KUBE. Tambah kelompok pertama (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Change member</source>
        <translation>Ubah anggota</translation>
    </message>
    <message>
        <source>Add a member family</source>
        <translation>Tambah keluarga anggota</translation>
    </message>
    <message>
        <source>Type a name, RT/RW or street to find the family</source>
        <translation>Ketik nama, RT/RW atau jalan untuk mencari keluarga</translation>
    </message>
    <message>
        <source>Family (from household mapping)</source>
        <translation>Keluarga (dari pemetaan keluarga)</translation>
    </message>
    <message>
        <source>— the head of the family —</source>
        <translation>— kepala keluarga —</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Diwakili oleh</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Jabatan dalam kelompok</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Tanggal masuk</translation>
    </message>
    <message>
        <source>Left on (if the family left)</source>
        <translation>Tanggal keluar (bila keluar)</translation>
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
        <source>already in %1</source>
        <translation>sudah di %1</translation>
    </message>
    <message>
        <source>Choose a family from the list.</source>
        <translation>Pilih keluarga dari daftar.</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Add family (Ctrl+N)</source>
        <translation>Tambah keluarga (Ctrl+N)</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Diwakili oleh</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Perhatian</translation>
    </message>
    <message>
        <source>Change role or dates… (Enter)</source>
        <translation>Ubah jabatan atau tanggal… (Enter)</translation>
    </message>
    <message>
        <source>Remove (entered by mistake)…</source>
        <translation>Hapus (salah catat)…</translation>
    </message>
    <message>
        <source>A family that leaves gets a leaving date; it stays in the member book.</source>
        <translation>Keluarga yang keluar diberi tanggal keluar; tetap tercatat di buku anggota.</translation>
    </message>
    <message>
        <source>also in %1</source>
        <translation>juga di %1</translation>
    </message>
    <message>
        <source>age outside %1-%2</source>
        <translation>umur di luar %1-%2</translation>
    </message>
    <message>
        <source>%1 active families</source>
        <translation>%1 keluarga aktif</translation>
    </message>
    <message>
        <source> (%1 left)</source>
        <translation> (%1 sudah keluar)</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 diubah.</translation>
    </message>
    <message>
        <source>Family of %1 added.</source>
        <translation>Keluarga %1 ditambahkan.</translation>
    </message>
    <message>
        <source>The family of %1</source>
        <translation>Keluarga %1</translation>
    </message>
    <message>
        <source>Family of %1 removed from the group.</source>
        <translation>Keluarga %1 dihapus dari kelompok.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>e.g. cassava chips, tape, getuk</source>
        <translation>mis. keripik singkong, tape, getuk</translation>
    </message>
    <message>
        <source>Name of the PSM who coaches the group</source>
        <translation>Nama PSM yang mendampingi kelompok</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nama kelompok</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>Jenis usaha</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Development stage</source>
        <translation>Tahap perkembangan</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Tanggal berdiri</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>PSM companion</source>
        <translation>Pendamping PSM</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nomor rekening</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Atas nama</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Place and companion</source>
        <translation>Tempat dan pendamping</translation>
    </message>
    <message>
        <source>Group bank account</source>
        <translation>Rekening kelompok</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* wajib diisi</translation>
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
        <source>Group %1 added.</source>
        <translation>Kelompok %1 ditambahkan.</translation>
    </message>
    <message>
        <source>Profile of %1 saved.</source>
        <translation>Profil %1 disimpan.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Empowerment stage</source>
        <translation>Tahap pemberdayaan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>Finished on (empty while it goes on)</source>
        <translation>Tanggal selesai (kosongkan bila masih berjalan)</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Yang dilakukan</translation>
    </message>
    <message>
        <source>Supporting factors (faktor pendukung)</source>
        <translation>Faktor pendukung</translation>
    </message>
    <message>
        <source>Hindering factors (faktor penghambat)</source>
        <translation>Faktor penghambat</translation>
    </message>
</context>
</TS>
