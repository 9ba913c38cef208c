<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AuditLabels</name>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Household member</source>
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
        <source>Reference list</source>
        <translation>Daftar rujukan</translation>
    </message>
    <message>
        <source>Pokmas</source>
        <translation>Pokmas</translation>
    </message>
    <message>
        <source>Meal beneficiary</source>
        <translation>Penerima permakanan</translation>
    </message>
    <message>
        <source>Meal day</source>
        <translation>Hari permakanan</translation>
    </message>
    <message>
        <source>Meal delivery</source>
        <translation>Pengantaran makanan</translation>
    </message>
    <message>
        <source>KUBE group</source>
        <translation>Kelompok KUBE</translation>
    </message>
    <message>
        <source>KUBE member</source>
        <translation>Anggota KUBE</translation>
    </message>
    <message>
        <source>KUBE grant</source>
        <translation>Bantuan KUBE</translation>
    </message>
    <message>
        <source>KUBE activity</source>
        <translation>Kegiatan KUBE</translation>
    </message>
    <message>
        <source>KUBE cash book</source>
        <translation>Buku Kas KUBE</translation>
    </message>
    <message>
        <source>PSM registry</source>
        <translation>Registri PSM</translation>
    </message>
    <message>
        <source>PSM training</source>
        <translation>Pelatihan PSM</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Casework session</source>
        <translation>Sesi pendampingan</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Catatan kasus</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ditambah</translation>
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
        <source>received by sync</source>
        <translation>diterima lewat sinkron</translation>
    </message>
    <message>
        <source>erased on request</source>
        <translation>dihapus atas permintaan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Device …%1</source>
        <translation>Perangkat …%1</translation>
    </message>
    <message>
        <source>Record …%1</source>
        <translation>ID data …%1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Household (id)</source>
        <translation>Keluarga (ID)</translation>
    </message>
    <message>
        <source>Name (for search)</source>
        <translation>Nama (untuk pencarian)</translation>
    </message>
    <message>
        <source>Pokmas (id)</source>
        <translation>Pokmas (ID)</translation>
    </message>
    <message>
        <source>KUBE group (id)</source>
        <translation>Kelompok KUBE (ID)</translation>
    </message>
    <message>
        <source>Case (id)</source>
        <translation>Kasus (ID)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(disembunyikan)</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Who changed what, when, and from which laptop. NIK and family card numbers are masked; case notes and health notes are never shown here.</source>
        <translation>Siapa mengubah apa, kapan, dan dari laptop mana. NIK dan No. KK disamarkan; catatan kasus dan catatan kesehatan tidak pernah ditampilkan di sini.</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Ekspor ke CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown (with the filters) as a CSV file. NIK stays masked.</source>
        <translation>Simpan entri yang tampil (sesuai saringan) sebagai berkas CSV. NIK tetap disamarkan.</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Tidak ada entri yang cocok dengan saringan ini.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>D&amp;evice / person</source>
        <translation>&amp;Perangkat / petugas</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>T&amp;indakan</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Semua perangkat</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Semua data</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entri</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Ekspor jejak audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 entries saved to %2.</source>
        <translation>%1 entri disimpan ke %2.</translation>
    </message>
    <message>
        <source>Exporting the audit trail</source>
        <translation>Mengekspor jejak audit</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Jejak Audit</translation>
    </message>
</context>
</TS>
