<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ChooseDevicesDialog</name>
    <message>
        <source>Send to volunteers</source>
        <translation>Kirim ke Relawan</translation>
    </message>
    <message>
        <source>Each chosen volunteer gets a bundle with the office&apos;s receipts, the reference lists and the data of her villages.</source>
        <translation>Setiap relawan yang dipilih mendapat paket berisi tanda terima kantor, daftar rujukan, dan data kelurahan tugasnya.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>Pilih folder…</translation>
    </message>
</context>
<context>
    <name>ConflictDetail</name>
    <message>
        <source>Current value (in use)</source>
        <translation>Nilai sekarang (dipakai)</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Nilai lain</translation>
    </message>
    <message>
        <source>Deleted while someone was still editing</source>
        <translation>Dihapus padahal masih ada yang mengubah</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Keep deleted</source>
        <translation>Tetap dihapus</translation>
    </message>
    <message>
        <source>Or type another value:</source>
        <translation>Atau ketik nilai lain:</translation>
    </message>
    <message>
        <source>Use the typed value</source>
        <translation>Pakai nilai yang diketik</translation>
    </message>
    <message>
        <source>This field has fixed choices: use one of the two values, then correct it in the household form if neither is right.</source>
        <translation>Kolom ini berisi pilihan tetap: pakai salah satu dari dua nilai, lalu perbaiki di formulir keluarga bila keduanya salah.</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Catatan (tidak wajib):</translation>
    </message>
    <message>
        <source>e.g. checked against the newest family card</source>
        <translation>mis. sudah dicek dengan KK terbaru</translation>
    </message>
    <message>
        <source>Nothing is lost: the value not chosen stays in the conflict history.</source>
        <translation>Tidak ada yang hilang: nilai yang tidak dipilih tetap tersimpan di riwayat konflik.</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Pakai nilai ini</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Kolom: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <source>%1 deleted this record on %2 (reason: %3), but it had changes the deletion did not see. Restore it, or keep it deleted.</source>
        <translation>%1 menghapus data ini pada %2 (alasan: %3), padahal ada perubahan lain yang belum terlihat saat menghapus. Pulihkan, atau biarkan tetap dihapus.</translation>
    </message>
    <message>
        <source>Its time was implausible (a laptop clock set wrong?), so it could not win.</source>
        <translation>Waktunya tidak wajar (jam laptop salah?), jadi nilai ini tidak bisa menang.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>oleh %1, %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>oleh %1</translation>
    </message>
    <message>
        <source>Type a date like 17/08/2026.</source>
        <translation>Ketik tanggal seperti 17/08/2026.</translation>
    </message>
    <message>
        <source>RT and RW are 1 to 3 digits, e.g. 5 or 005.</source>
        <translation>RT dan RW berupa 1 sampai 3 angka, mis. 5 atau 005.</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>No conflicts. All the data agrees.</source>
        <translation>Tidak ada konflik. Semua data sudah sepakat.</translation>
    </message>
    <message>
        <source>deleted versus edited</source>
        <translation>dihapus lawan diubah</translation>
    </message>
    <message>
        <source>%1 conflict(s) waiting for a decision</source>
        <translation>%1 konflik menunggu keputusan</translation>
    </message>
    <message>
        <source>Conflict decided. %1 left.</source>
        <translation>Konflik diputuskan. Sisa %1.</translation>
    </message>
    <message>
        <source>Conflict decided. None left.</source>
        <translation>Konflik diputuskan. Tidak ada lagi yang menunggu.</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>Volunteer</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Paket diterima</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Impor terakhir</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>menunggu persetujuan</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>series %1: %2</source>
        <translation>urutan %1: %2</translation>
    </message>
    <message>
        <source>MISSING %1</source>
        <translation>HILANG %1</translation>
    </message>
    <message>
        <source>FORK at %1 (laptop restored from a backup?)</source>
        <translation>CABANG di %1 (laptop dipulihkan dari cadangan?)</translation>
    </message>
    <message>
        <source>numbering restarted (laptop restored or reinstalled)</source>
        <translation>nomor mulai dari awal lagi (laptop dipulihkan atau dipasang ulang)</translation>
    </message>
    <message>
        <source>compare the fingerprint, then approve</source>
        <translation>cocokkan sidik jari, lalu setujui</translation>
    </message>
    <message>
        <source>its bundles are refused</source>
        <translation>paketnya ditolak</translation>
    </message>
    <message>
        <source>A later bundle carries again every change the office has not confirmed, so usually nothing is lost. If in doubt, ask the volunteer to write the missing bundle again (Write again).</source>
        <translation>Paket berikutnya memuat lagi semua perubahan yang belum dikonfirmasi kantor, jadi biasanya tidak ada yang hilang. Bila ragu, minta relawan menulis ulang paket yang hilang (Tulis ulang).</translation>
    </message>
    <message>
        <source>Device %1 · %2</source>
        <translation>Perangkat %1 · %2</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Volunteer laptops</source>
        <translation>Laptop relawan</translation>
    </message>
    <message>
        <source>Office fingerprint:</source>
        <translation>Sidik jari kantor:</translation>
    </message>
    <message>
        <source>(read it to volunteers when they enroll)</source>
        <translation>(bacakan kepada relawan saat mendaftar)</translation>
    </message>
    <message>
        <source>New enrollment file…</source>
        <translation>Buat berkas pendaftaran…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>No volunteer laptop yet. Make an enrollment file for the first volunteer (New enrollment file), then import her first bundle.</source>
        <translation>Belum ada laptop relawan. Buat berkas pendaftaran untuk relawan pertama (Buat berkas pendaftaran), lalu impor paket pertamanya.</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Setujui…</translation>
    </message>
    <message>
        <source>Revoke permission…</source>
        <translation>Cabut izin…</translation>
    </message>
    <message>
        <source>Send to volunteers…</source>
        <translation>Kirim ke Relawan…</translation>
    </message>
    <message>
        <source>made with the first enrollment file</source>
        <translation>dibuat bersama berkas pendaftaran pertama</translation>
    </message>
    <message>
        <source>%1&apos;s laptop is approved. Import its bundles again.</source>
        <translation>Laptop %1 disetujui. Impor lagi paket-paketnya.</translation>
    </message>
    <message>
        <source>Permission of %1&apos;s laptop revoked. Approve it again to undo.</source>
        <translation>Izin laptop %1 dicabut. Setujui lagi untuk membatalkannya.</translation>
    </message>
    <message>
        <source>Enrollment file saved: %1
Give it to the volunteer. When she imports it, read her the office fingerprint: %2</source>
        <translation>Berkas pendaftaran disimpan: %1
Berikan kepada relawan. Saat ia mengimpornya, bacakan sidik jari kantor: %2</translation>
    </message>
    <message>
        <source>Enrollment file saved.</source>
        <translation>Berkas pendaftaran disimpan.</translation>
    </message>
    <message>
        <source>Where should the bundles be saved?</source>
        <translation>Di mana paket-paket disimpan?</translation>
    </message>
    <message>
        <source>Writing the bundle for %1</source>
        <translation>Menulis paket untuk %1</translation>
    </message>
    <message>
        <source>Writing bundles for volunteers</source>
        <translation>Menulis paket untuk relawan</translation>
    </message>
    <message>
        <source>%1 bundle(s) for volunteers saved in %2</source>
        <translation>%1 paket untuk relawan disimpan di %2</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enrollment file for a volunteer</source>
        <translation>Berkas pendaftaran relawan</translation>
    </message>
    <message>
        <source>The file lets the volunteer&apos;s laptop recognise this office and lets the office accept the laptop&apos;s first bundle without asking. Give it to the volunteer in person or by WhatsApp.</source>
        <translation>Dengan berkas ini laptop relawan mengenali kantor ini, dan kantor menerima paket pertama laptop itu tanpa bertanya lagi. Berikan kepada relawan langsung atau lewat WhatsApp.</translation>
    </message>
    <message>
        <source>Volunteer&apos;s full name *</source>
        <translation>Nama lengkap relawan *</translation>
    </message>
    <message>
        <source>Villages the volunteer works in</source>
        <translation>Kelurahan tugas relawan</translation>
    </message>
    <message>
        <source>Remove the selected village</source>
        <translation>Hapus kelurahan yang dipilih</translation>
    </message>
    <message>
        <source>Add this village</source>
        <translation>Tambahkan kelurahan ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save enrollment file…</source>
        <translation>Simpan berkas pendaftaran…</translation>
    </message>
    <message>
        <source>Type the volunteer&apos;s name.</source>
        <translation>Ketik nama relawan.</translation>
    </message>
    <message>
        <source>Add at least one village.</source>
        <translation>Tambahkan paling sedikit satu kelurahan.</translation>
    </message>
    <message>
        <source>Save the enrollment file</source>
        <translation>Simpan berkas pendaftaran</translation>
    </message>
    <message>
        <source>Enrollment files</source>
        <translation>Berkas pendaftaran</translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another folder.</source>
        <translation>Berkas tidak bisa ditulis di sana. Pilih folder lain.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Import a bundle from the office</source>
        <translation>Impor paket dari kantor</translation>
    </message>
    <message>
        <source>Import sync bundles</source>
        <translation>Impor Paket Sinkron</translation>
    </message>
    <message>
        <source>Drop .psmsync files or a folder here, or choose them. You always see a preview first: nothing changes until you press Apply.</source>
        <translation>Tarik berkas .psmsync atau foldernya ke sini, atau pilih. Selalu ada pratinjau dulu: tidak ada yang berubah sebelum Anda menekan Terapkan.</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <source>No bundle chosen yet. Drag the bundle files (or their folder) from the USB stick or the chat download folder onto this page, or choose them.</source>
        <translation>Belum ada paket dipilih. Tarik berkas paket (atau foldernya) dari flashdisk atau folder unduhan WhatsApp ke halaman ini, atau pilih.</translation>
    </message>
    <message>
        <source>Choose bundle files…</source>
        <translation>Pilih berkas paket…</translation>
    </message>
    <message>
        <source>A new laptop sent a bundle and waits for approval. Compare its fingerprint with the volunteer by phone, approve it in the Devices tab, then press Check again.</source>
        <translation>Ada laptop baru yang mengirim paket dan menunggu persetujuan. Cocokkan sidik jarinya dengan relawan lewat telepon, setujui di tab Perangkat, lalu tekan Periksa lagi.</translation>
    </message>
    <message>
        <source>Open Devices</source>
        <translation>Buka Perangkat</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Simpan laporan…</translation>
    </message>
    <message>
        <source>Import more bundles…</source>
        <translation>Impor paket lain…</translation>
    </message>
    <message>
        <source>Folder with sync bundles</source>
        <translation>Folder berisi Paket Sinkron</translation>
    </message>
    <message>
        <source>There is no sync bundle (.psmsync) there.</source>
        <translation>Tidak ada Paket Sinkron (.psmsync) di sana.</translation>
    </message>
    <message>
        <source>Checking %1 (%2 of %3)</source>
        <translation>Memeriksa %1 (%2 dari %3)</translation>
    </message>
    <message>
        <source>Checking bundles</source>
        <translation>Memeriksa paket</translation>
    </message>
    <message>
        <source>Checking %1 file(s)…</source>
        <translation>Memeriksa %1 berkas…</translation>
    </message>
    <message>
        <source>%1 bundle(s) ready to apply</source>
        <translation>%1 paket siap diterapkan</translation>
    </message>
    <message>
        <source>%1 refused (red; they stay as they are)</source>
        <translation>%1 ditolak (merah; tidak diterapkan)</translation>
    </message>
    <message>
        <source>%1 imported before</source>
        <translation>%1 sudah pernah diimpor</translation>
    </message>
    <message>
        <source>Apply %1 bundle(s)</source>
        <translation>Terapkan %1 paket</translation>
    </message>
    <message>
        <source>Nothing to apply</source>
        <translation>Tidak ada yang diterapkan</translation>
    </message>
    <message>
        <source>Applying %1 (%2 of %3)</source>
        <translation>Menerapkan %1 (%2 dari %3)</translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation>Mengimpor paket</translation>
    </message>
    <message>
        <source>Applying %1 bundle(s)… You can keep working; the window stays usable.</source>
        <translation>Menerapkan %1 paket… Anda bisa terus bekerja; jendela tetap bisa dipakai.</translation>
    </message>
    <message>
        <source>Decide %1 conflict(s)…</source>
        <translation>Putuskan %1 konflik…</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Impor selesai: %1</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Simpan laporan impor</translation>
    </message>
    <message>
        <source>Text files</source>
        <translation>Berkas teks</translation>
    </message>
    <message>
        <source>The report could not be saved there. Choose another folder.</source>
        <translation>Laporan tidak bisa disimpan di sana. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Laporan disimpan: %1</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Sama</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>REFUSED: %1. Nothing from this file will be applied.</source>
        <translation>DITOLAK: %1. Tidak ada isi berkas ini yang akan diterapkan.</translation>
    </message>
    <message>
        <source>Imported before; skipped</source>
        <translation>Sudah pernah diimpor; dilewati</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <source>Ready to apply</source>
        <translation>Siap diterapkan</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>First step: register this laptop with the office</source>
        <translation>Langkah pertama: daftarkan laptop ini ke kantor</translation>
    </message>
    <message>
        <source>Your coordinator makes an enrollment file (.psmdaftar) for you. Copy it to this laptop (USB stick or WhatsApp), then import it here. After that you can send your data to the office.</source>
        <translation>Koordinator membuatkan berkas pendaftaran (.psmdaftar) untuk Anda. Salin berkas itu ke laptop ini (lewat flashdisk atau WhatsApp), lalu impor di sini. Setelah itu Anda bisa mengirim data ke kantor.</translation>
    </message>
    <message>
        <source>Import the enrollment file from the office…</source>
        <translation>Impor berkas pendaftaran dari kantor…</translation>
    </message>
    <message>
        <source>Fingerprint of this laptop (read it to the coordinator when asked):</source>
        <translation>Sidik jari laptop ini (bacakan kepada koordinator bila diminta):</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Paket yang sudah dikirim</translation>
    </message>
    <message>
        <source>No bundle sent yet. Press Send to office to write the first one.</source>
        <translation>Belum ada paket dikirim. Tekan Kirim ke Kantor untuk membuat paket pertama.</translation>
    </message>
    <message>
        <source>Lost a bundle on the way? Write the same bundle again:</source>
        <translation>Paket hilang di jalan? Tulis ulang paket yang sama:</translation>
    </message>
    <message>
        <source>Write again…</source>
        <translation>Tulis ulang…</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Office fingerprint (compare it with the coordinator by phone):</source>
        <translation>Sidik jari kantor (cocokkan dengan koordinator lewat telepon):</translation>
    </message>
    <message>
        <source>Fingerprint of this laptop:</source>
        <translation>Sidik jari laptop ini:</translation>
    </message>
    <message>
        <source>Send to office</source>
        <translation>Kirim ke Kantor</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Import a bundle from the office…</source>
        <translation>Impor paket dari kantor…</translation>
    </message>
    <message>
        <source>Registered as %1 for %2</source>
        <translation>Terdaftar sebagai %1 untuk %2</translation>
    </message>
    <message>
        <source>%1 change(s) not sent yet.</source>
        <translation>%1 perubahan belum dikirim.</translation>
    </message>
    <message>
        <source>Everything is in a bundle; the office has not confirmed %1 bundle(s) yet.</source>
        <translation>Semua sudah masuk paket; kantor belum mengonfirmasi %1 paket.</translation>
    </message>
    <message>
        <source>No new changes.</source>
        <translation>Tidak ada perubahan baru.</translation>
    </message>
    <message>
        <source>This laptop is registered with %1. Compare the office fingerprint with the coordinator.</source>
        <translation>Laptop ini terdaftar di %1. Cocokkan sidik jari kantor dengan koordinator.</translation>
    </message>
    <message>
        <source>Where should the bundle be saved? (a USB stick)</source>
        <translation>Di mana paket disimpan? (flashdisk)</translation>
    </message>
    <message>
        <source>Writing the sync bundle</source>
        <translation>Menulis Paket Sinkron</translation>
    </message>
    <message>
        <source>No new changes: the office already has everything.</source>
        <translation>Tidak ada perubahan baru: kantor sudah menerima semuanya.</translation>
    </message>
    <message>
        <source>Bundle no. %1 (%2 rows) saved in %3:</source>
        <translation>Paket no. %1 (%2 baris) disimpan di %3:</translation>
    </message>
    <message>
        <source>Bundle no. %1 written again in %2:</source>
        <translation>Paket no. %1 ditulis ulang di %2:</translation>
    </message>
    <message>
        <source>Bundle no. %1 saved. Give it to the office.</source>
        <translation>Paket no. %1 disimpan. Serahkan ke kantor.</translation>
    </message>
    <message>
        <source>Where should the copy be saved?</source>
        <translation>Di mana salinannya disimpan?</translation>
    </message>
    <message>
        <source>Bundle no. %1 written again.</source>
        <translation>Paket no. %1 ditulis ulang.</translation>
    </message>
    <message>
        <source>Writing the bundle again</source>
        <translation>Menulis ulang paket</translation>
    </message>
</context>
<context>
    <name>SentBundlesModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Jumlah baris</translation>
    </message>
    <message>
        <source>Received by the office</source>
        <translation>Diterima kantor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>✓ received %1</source>
        <translation>✓ diterima %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <source>All files</source>
        <translation>Semua berkas</translation>
    </message>
    <message>
        <source>Choose sync bundles</source>
        <translation>Pilih Paket Sinkron</translation>
    </message>
    <message>
        <source>Sync bundles</source>
        <translation>Paket Sinkron</translation>
    </message>
    <message>
        <source>Enrollment file from the office</source>
        <translation>Berkas pendaftaran dari kantor</translation>
    </message>
    <message>
        <source>Enrollment files</source>
        <translation>Berkas pendaftaran</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Approve the laptop of %1?</source>
        <translation>Setujui laptop %1?</translation>
    </message>
    <message>
        <source>Phone the volunteer and compare this fingerprint with the one on her laptop (Sync &gt; Send to office). Approve only if every character matches.</source>
        <translation>Telepon relawan dan cocokkan sidik jari ini dengan yang ada di laptopnya (Sinkronisasi &gt; Kirim ke Kantor). Setujui hanya bila setiap hurufnya sama.</translation>
    </message>
    <message>
        <source>Fingerprint matches, approve</source>
        <translation>Sidik jari cocok, setujui</translation>
    </message>
    <message>
        <source>Revoke the permission of the laptop of %1?

Bundles from this laptop will be refused from now on. Data already imported stays. You can approve the laptop again later.</source>
        <translation>Cabut izin laptop %1?

Mulai sekarang paket dari laptop ini akan ditolak. Data yang sudah diimpor tetap ada. Laptop ini bisa disetujui lagi nanti.</translation>
    </message>
    <message>
        <source>Revoke permission</source>
        <translation>Cabut izin</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Impor Paket</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Send to office</source>
        <translation>Kirim ke Kantor</translation>
    </message>
    <message>
        <source>Import from office</source>
        <translation>Impor dari Kantor</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflik (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Devices (%1 waiting)</source>
        <translation>Perangkat (%1 menunggu)</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>%1 applied</source>
        <translation>%1 diterapkan</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 ditolak</translation>
    </message>
    <message>
        <source>%1 imported before</source>
        <translation>%1 sudah pernah diimpor</translation>
    </message>
    <message>
        <source>%1 not applied (cancelled)</source>
        <translation>%1 tidak diterapkan (dibatalkan)</translation>
    </message>
    <message>
        <source>In all: %1 new, %2 updated, %3 deleted, %4 conflict(s).</source>
        <translation>Seluruhnya: %1 baru, %2 diperbarui, %3 dihapus, %4 konflik.</translation>
    </message>
    <message>
        <source>Bundle no. %1 from %2</source>
        <translation>Paket no. %1 dari %2</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <source>Imported before; nothing changed</source>
        <translation>Sudah pernah diimpor; tidak ada perubahan</translation>
    </message>
    <message>
        <source>Not applied: the import was cancelled first. Import this file again.</source>
        <translation>Tidak diterapkan: impor dibatalkan sebelumnya. Impor lagi berkas ini.</translation>
    </message>
    <message>
        <source>REFUSED: %1. Nothing from this file was applied.</source>
        <translation>DITOLAK: %1. Tidak ada isi berkas ini yang diterapkan.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 same, %5 deleted</source>
        <translation>%1: %2 baru, %3 diperbarui, %4 sama, %5 dihapus</translation>
    </message>
    <message>
        <source>Nothing new in this bundle (%1 record(s) were already the same).</source>
        <translation>Tidak ada yang baru dalam paket ini (%1 data sudah sama).</translation>
    </message>
    <message>
        <source>%1 conflict(s): decide them in the Conflicts tab.</source>
        <translation>%1 konflik: putuskan di tab Konflik.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Laporan impor</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>%1 device(s) awaiting approval</source>
        <translation>%1 perangkat menunggu persetujuan</translation>
    </message>
    <message>
        <source>%1 conflict(s) waiting</source>
        <translation>%1 konflik menunggu</translation>
    </message>
    <message>
        <source>Last import %1</source>
        <translation>Impor terakhir %1</translation>
    </message>
    <message>
        <source>No bundle imported yet</source>
        <translation>Belum ada paket diimpor</translation>
    </message>
    <message>
        <source>%1 change(s) not sent yet</source>
        <translation>%1 perubahan belum dikirim</translation>
    </message>
    <message>
        <source>%1 bundle(s) awaiting the office&apos;s receipt</source>
        <translation>%1 paket menunggu tanda terima kantor</translation>
    </message>
    <message>
        <source>Everything received by the office</source>
        <translation>Semua sudah diterima kantor</translation>
    </message>
    <message>
        <source>No bundle sent yet</source>
        <translation>Belum ada paket dikirim</translation>
    </message>
</context>
</TS>
