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
        <source>Share the case notes in sync bundles</source>
        <translation>Bagikan catatan kasus lewat Paket Sinkron</translation>
    </message>
    <message>
        <source>On: the notes travel between the office and the assigned PSM. Off: the copies already sent are wiped, the notes stay on the laptop that wrote them.</source>
        <translation>Aktif: catatan dikirim antara kantor dan PSM pendamping. Mati: salinan yang sudah terkirim dihapus, catatan tetap di laptop yang menulisnya.</translation>
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
        <source>Case notes are shared in sync bundles.</source>
        <translation>Catatan kasus dibagikan lewat Paket Sinkron.</translation>
    </message>
    <message>
        <source>Case notes are no longer shared; the copies sent are wiped.</source>
        <translation>Catatan kasus tidak dibagikan lagi; salinan yang terkirim dihapus.</translation>
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
        <source>RW welfare indicators</source>
        <translation>Indikator Kesejahteraan RW</translation>
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
    <name>RegistryDialogs</name>
    <message>
        <source>PSM volunteer</source>
        <translation>Relawan PSM</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
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
        <source>Registered on</source>
        <translation>Tanggal terdaftar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone (WhatsApp)</source>
        <translation>No. HP (WhatsApp)</translation>
    </message>
    <message>
        <source>Training attended by %1</source>
        <translation>Pelatihan yang diikuti %1</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Bentuk</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <source>Add a volunteer (Ctrl+N)</source>
        <translation>Tambah relawan (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the volunteer…</source>
        <translation>Ubah data relawan…</translation>
    </message>
    <message>
        <source>Record a training…</source>
        <translation>Catat pelatihan…</translation>
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
        <source>No device enrolled for this volunteer yet (make an enrollment file on Sinkronisasi).</source>
        <translation>Belum ada perangkat terdaftar untuk relawan ini (buat berkas pendaftaran di Sinkronisasi).</translation>
    </message>
    <message>
        <source>Enrolled devices</source>
        <translation>Perangkat terdaftar</translation>
    </message>
    <message>
        <source>The registry is empty. Add the first volunteer (Ctrl+N).</source>
        <translation>Registri masih kosong. Tambah relawan pertama (Ctrl+N).</translation>
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
    <message>
        <source>Volunteer saved.</source>
        <translation>Data relawan tersimpan.</translation>
    </message>
    <message>
        <source>Training recorded.</source>
        <translation>Pelatihan tercatat.</translation>
    </message>
    <message>
        <source>Trainings attended by %1</source>
        <translation>Pelatihan yang diikuti %1</translation>
    </message>
</context>
<context>
    <name>RwWelfareView</name>
    <message>
        <source>e.g. 005</source>
        <translation>mis. 005</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Welfare of an RW before and after a community programme: choose the kelurahan and the RW.</source>
        <translation>Kesejahteraan satu RW sebelum dan sesudah program kemasyarakatan: pilih kelurahan dan RW-nya.</translation>
    </message>
    <message>
        <source>Already assessed: %1</source>
        <translation>Sudah dinilai: %1</translation>
    </message>
    <message>
        <source>No RW has been assessed yet.</source>
        <translation>Belum ada RW yang dinilai.</translation>
    </message>
    <message>
        <source>Choose the kelurahan and write the RW number.</source>
        <translation>Pilih kelurahan dan tulis nomor RW.</translation>
    </message>
</context>
<context>
    <name>Welfare</name>
    <message>
        <source>Welfare scores at the start and at evaluation</source>
        <translation>Nilai kesejahteraan awal dan saat evaluasi</translation>
    </message>
    <message>
        <source>The chart appears after the first assessment.</source>
        <translation>Grafik muncul setelah penilaian pertama.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Awal</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>Welfare at the start</source>
        <translation>Penilaian kesejahteraan awal</translation>
    </message>
    <message>
        <source>Welfare at evaluation</source>
        <translation>Penilaian kesejahteraan saat evaluasi</translation>
    </message>
    <message>
        <source>Score each dimension from 1 (very poor) to 5 (very good); leave a dimension empty when it was not assessed.</source>
        <translation>Beri nilai tiap dimensi dari 1 (sangat kurang) sampai 5 (sangat baik); biarkan kosong bila dimensi itu tidak dinilai.</translation>
    </message>
    <message>
        <source>Date of assessment *</source>
        <translation>Tanggal penilaian *</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Short note (what you saw)</source>
        <translation>Catatan singkat (yang dilihat di lapangan)</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Nilai awal</translation>
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
        <source>Score the start…</source>
        <translation>Isi penilaian awal…</translation>
    </message>
    <message>
        <source>Score the evaluation…</source>
        <translation>Isi penilaian evaluasi…</translation>
    </message>
    <message>
        <source>No assessment yet. Score the eight dimensions at the start of the programme (Score the start…); score them again at evaluation to see the change.</source>
        <translation>Belum ada penilaian. Nilai delapan dimensi di awal program (Isi penilaian awal…); nilai lagi saat evaluasi untuk melihat perubahannya.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Awal: %1</translation>
    </message>
    <message>
        <source>Evaluation: %1</source>
        <translation>Evaluasi: %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Awal %1</translation>
    </message>
    <message>
        <source>evaluation %1</source>
        <translation>evaluasi %1</translation>
    </message>
    <message>
        <source>average %1 → %2</source>
        <translation>rata-rata %1 → %2</translation>
    </message>
    <message>
        <source>Welfare indicators</source>
        <translation>Indikator kesejahteraan</translation>
    </message>
    <message>
        <source>Score the start first.</source>
        <translation>Isi penilaian awal dulu.</translation>
    </message>
    <message>
        <source>Change the start…</source>
        <translation>Ubah penilaian awal…</translation>
    </message>
    <message>
        <source>Change the evaluation…</source>
        <translation>Ubah penilaian evaluasi…</translation>
    </message>
    <message>
        <source>Welfare indicators saved.</source>
        <translation>Indikator kesejahteraan tersimpan.</translation>
    </message>
</context>
</TS>
