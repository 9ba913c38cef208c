<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>Backup</name>
    <message>
        <source>Backups and restore...</source>
        <translation>Cadangan &amp; Pulihkan...</translation>
    </message>
    <message>
        <source>See the backups, make one now, or restore one</source>
        <translation>Lihat cadangan, buat cadangan sekarang, atau pulihkan cadangan</translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation>Cadangan harian dibuat: %1</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Cadangan harian</translation>
    </message>
    <message>
        <source>The PSM Desk database on this computer is damaged and cannot be used safely:
%1

</source>
        <translation>Basis data PSM Desk di komputer ini rusak dan tidak aman dipakai:
%1

</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Do not delete anything; ask your coordinator for help.</source>
        <translation>Tidak ada cadangan yang baik di %1. Jangan hapus apa pun; minta bantuan koordinator Anda.</translation>
    </message>
    <message>
        <source>The latest good backup was made on %1:
%2

Restore it? The damaged file is kept aside (nothing is deleted). Changes made after the backup will have to be entered again.</source>
        <translation>Cadangan baik yang terakhir dibuat pada %1:
%2

Pulihkan cadangan itu? Berkas yang rusak disimpan terpisah (tidak ada yang dihapus). Perubahan setelah cadangan itu dibuat perlu dimasukkan lagi.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Close PSM Desk</source>
        <translation>Tutup PSM Desk</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups and restore</source>
        <translation>Cadangan &amp; Pulihkan</translation>
    </message>
    <message>
        <source>A backup is a copy of all the data on this computer. PSM Desk makes one every day when it starts and one before every import of a Sync Package. If data gets lost or damaged, choose a backup below and restore it.</source>
        <translation>Cadangan adalah salinan semua data di komputer ini. PSM Desk membuatnya setiap hari saat dibuka dan sebelum setiap impor Paket Sinkron. Jika data hilang atau rusak, pilih cadangan di bawah lalu pulihkan.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Backups on this computer (newest first)</source>
        <translation>Cadangan di komputer ini (terbaru di atas)</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <source>Why it was made</source>
        <translation>Jenis cadangan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Buat cadangan sekarang</translation>
    </message>
    <message>
        <source>Copy to folder...</source>
        <translation>Salin ke folder...</translation>
    </message>
    <message>
        <source>Writes a fresh backup to a folder you choose, e.g. a USB stick</source>
        <translation>Menulis cadangan baru ke folder pilihan Anda, misalnya flashdisk</translation>
    </message>
    <message>
        <source>What this backup holds</source>
        <translation>Isi cadangan ini</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Restoring replaces the data now on this computer with the data in this backup. What is there now is first saved as a backup, so a restore can be undone.</source>
        <translation>Memulihkan akan mengganti data yang sekarang ada di komputer ini dengan data dalam cadangan ini. Data yang ada sekarang dicadangkan dulu, jadi pemulihan bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Restore this backup...</source>
        <translation>Pulihkan cadangan ini...</translation>
    </message>
    <message>
        <source>There is no backup yet. Press &quot;Back up now&quot; to make one.</source>
        <translation>Belum ada cadangan. Tekan &quot;Buat cadangan sekarang&quot; untuk membuatnya.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Cadangan harian</translation>
    </message>
    <message>
        <source>Before importing a Sync Package</source>
        <translation>Sebelum impor Paket Sinkron</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Dibuat sendiri</translation>
    </message>
    <message>
        <source>Before updating PSM Desk</source>
        <translation>Sebelum pembaruan PSM Desk</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salinan</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Anggota keluarga</translation>
    </message>
    <message>
        <source>PPKS cases</source>
        <translation>Kasus PPKS</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Pokmas groups</source>
        <translation>Pokmas</translation>
    </message>
    <message>
        <source>Meal recipients</source>
        <translation>Penerima Permakanan</translation>
    </message>
    <message>
        <source>Meal days</source>
        <translation>Hari Permakanan</translation>
    </message>
    <message>
        <source>Meal deliveries</source>
        <translation>Pengantaran Permakanan</translation>
    </message>
    <message>
        <source>KUBE groups</source>
        <translation>Kelompok KUBE</translation>
    </message>
    <message>
        <source>KUBE members</source>
        <translation>Anggota KUBE</translation>
    </message>
    <message>
        <source>KUBE grants</source>
        <translation>Bantuan KUBE</translation>
    </message>
    <message>
        <source>KUBE activities</source>
        <translation>Kegiatan KUBE</translation>
    </message>
    <message>
        <source>KUBE cash-book entries</source>
        <translation>Catatan buku kas KUBE</translation>
    </message>
    <message>
        <source>PSM volunteers</source>
        <translation>Relawan PSM</translation>
    </message>
    <message>
        <source>PSM trainings</source>
        <translation>Pelatihan PSM</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Berkas kasus</translation>
    </message>
    <message>
        <source>Case sessions</source>
        <translation>Sesi pendampingan</translation>
    </message>
    <message>
        <source>Shared case notes</source>
        <translation>Catatan kasus bersama</translation>
    </message>
    <message>
        <source>Choose a backup in the list.</source>
        <translation>Pilih cadangan di daftar.</translation>
    </message>
    <message>
        <source>This file cannot be restored: %1</source>
        <translation>Berkas ini tidak bisa dipulihkan: %1</translation>
    </message>
    <message>
        <source>Made on: %1 (%2)</source>
        <translation>Dibuat pada: %1 (%2)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>(not set up)</source>
        <translation>(belum disiapkan)</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Perubahan terakhir: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose a folder or USB stick for the copy</source>
        <translation>Pilih folder atau flashdisk untuk salinan</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Cadangan dibuat: %1</translation>
    </message>
    <message>
        <source>Making a backup</source>
        <translation>Membuat cadangan</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Salinan tersimpan: %1</translation>
    </message>
    <message>
        <source>Copying a backup</source>
        <translation>Menyalin cadangan</translation>
    </message>
    <message>
        <source>Also copy each daily backup to a folder or USB stick (first use &quot;Copy to folder...&quot;)</source>
        <translation>Salin juga setiap cadangan harian ke folder atau flashdisk (pakai dulu &quot;Salin ke folder...&quot;)</translation>
    </message>
    <message>
        <source>Also copy each daily backup to %1 (when it is plugged in)</source>
        <translation>Salin juga setiap cadangan harian ke %1 (jika terpasang)</translation>
    </message>
    <message>
        <source>Wait until the work running now has finished (%1), then restore.</source>
        <translation>Tunggu sampai pekerjaan yang sedang berjalan selesai (%1), lalu pulihkan.</translation>
    </message>
    <message>
        <source>Restore the backup made on %1?

The data now on this computer will be replaced by the data in the backup (%2 households, %3 household members). Changes made after %1 will no longer be shown.

What is there now is first saved as a backup, so you can undo this.</source>
        <translation>Pulihkan cadangan yang dibuat pada %1?

Data yang sekarang ada di komputer ini akan diganti dengan data dalam cadangan (%2 keluarga, %3 anggota keluarga). Perubahan setelah %1 tidak akan tampil lagi.

Data yang ada sekarang dicadangkan dulu, jadi ini bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Backup of %1 restored. The data from before was saved as a backup.</source>
        <translation>Cadangan %1 sudah dipulihkan. Data sebelumnya disimpan sebagai cadangan.</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Memulihkan cadangan</translation>
    </message>
</context>
</TS>
