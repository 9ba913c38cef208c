<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>CaseList</name>
    <message>
        <source>Search by name, PSM or institution (Ctrl+F)</source>
        <translation>Cari nama, PSM atau lembaga (Ctrl+F)</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Kasus baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>No cases yet. Open the first case for a person who needs support (Ctrl+N).</source>
        <translation>Belum ada kasus. Buka kasus pertama untuk orang yang perlu didampingi (Ctrl+N).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>PSM</source>
        <translation>PSM</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Closed (%1)</source>
        <translation>Selesai (%1)</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Tambah sesi</translation>
    </message>
    <message>
        <source>Back to list</source>
        <translation>Kembali ke daftar</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Cetak laporan</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Tahap berikutnya</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Tutup kasus (Terminasi)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <source>PSM: %1</source>
        <translation>PSM: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sejak %1</translation>
    </message>
    <message>
        <source>Case notes are only for the assigned PSM and the coordinator: %1</source>
        <translation>Catatan kasus hanya untuk PSM pendamping dan Koordinator: %1</translation>
    </message>
    <message>
        <source>The case has not reached this stage yet.</source>
        <translation>Kasus belum sampai tahap ini.</translation>
    </message>
    <message>
        <source>Assessment by</source>
        <translation>Cara asesmen</translation>
    </message>
    <message>
        <source>Date of termination</source>
        <translation>Tanggal terminasi</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sesi baru</translation>
    </message>
    <message>
        <source>Case saved.</source>
        <translation>Kasus disimpan.</translation>
    </message>
    <message>
        <source>Moved to the next stage.</source>
        <translation>Pindah ke tahap berikutnya.</translation>
    </message>
    <message>
        <source>Session added.</source>
        <translation>Sesi ditambahkan.</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>Kasus ditutup.</translation>
    </message>
    <message>
        <source>Save the case report</source>
        <translation>Simpan laporan kasus</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Laporan disimpan: %1</translation>
    </message>
</context>
<context>
    <name>CaseworkPage</name>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>PSM registry</source>
        <translation>Registri PSM</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Kasus baru</translation>
    </message>
    <message>
        <source>Type a name or NIK of a household member</source>
        <translation>Ketik nama atau NIK anggota keluarga</translation>
    </message>
    <message>
        <source>Person *</source>
        <translation>Orang yang didampingi *</translation>
    </message>
    <message>
        <source>Source *</source>
        <translation>Sumber kasus *</translation>
    </message>
    <message>
        <source>PPKS category</source>
        <translation>Kategori PPKS</translation>
    </message>
    <message>
        <source>Institution involved</source>
        <translation>Lembaga terkait</translation>
    </message>
    <message>
        <source>Start date *</source>
        <translation>Tanggal mulai *</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Pertama terlihat</translation>
    </message>
    <message>
        <source>Trainings attended</source>
        <translation>Pelatihan yang diikuti</translation>
    </message>
    <message>
        <source>Enrolled devices</source>
        <translation>Perangkat terdaftar</translation>
    </message>
    <message>
        <source>%1 volunteers in the registry.</source>
        <translation>%1 relawan dalam registri.</translation>
    </message>
    <message>
        <source>Your record in the office&apos;s PSM registry.</source>
        <translation>Data Anda di registri PSM kantor.</translation>
    </message>
    <message>
        <source>Your record is not in the registry yet; it arrives from the office.</source>
        <translation>Data Anda belum ada di registri; data dikirim dari kantor.</translation>
    </message>
</context>
</TS>
