<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>Type the password you use now, then the new one twice. The recovery code stays the same.</source>
        <translation>Ketik kata sandi yang dipakai sekarang, lalu kata sandi baru dua kali. Kode pemulihan tetap sama.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi sekarang</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>Kata sandi baru (minimal 8 karakter)</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
</context>
<context>
    <name>ConfirmPassphraseDialog</name>
    <message>
        <source>Current password</source>
        <translation>Kata sandi sekarang</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>PSM Desk is locked</source>
        <translation>PSM Desk terkunci</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Protect the data with a password</source>
        <translation>Lindungi data dengan kata sandi</translation>
    </message>
    <message>
        <source>From this version on, PSM Desk keeps its data encrypted, so that a lost or stolen laptop leaks nothing about the families you serve. Choose a password of at least 8 characters that you can type every day; you will also get a recovery code to keep apart from the laptop. Nothing is lost: the data is encrypted where it is.</source>
        <translation>Mulai versi ini, PSM Desk menyimpan datanya dalam bentuk tersandi, sehingga laptop yang hilang atau dicuri tidak membocorkan apa pun tentang keluarga dampingan Anda. Pilih kata sandi minimal 8 karakter yang mudah Anda ketik setiap hari; Anda juga akan mendapat kode pemulihan untuk disimpan terpisah dari laptop. Tidak ada data yang hilang: data disandikan di tempatnya.</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Lindungi</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>PSM Desk: recovery code</source>
        <translation>PSM Desk: kode pemulihan</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Kode pemulihan Anda</translation>
    </message>
    <message>
        <source>If you forget your password, this code is the only way to open the data on this laptop. Print it or write it down now and keep it away from the laptop (at home or at the office).</source>
        <translation>Jika Anda lupa kata sandi, hanya kode ini yang dapat membuka data di laptop ini. Cetak atau tulis sekarang, lalu simpan jauh dari laptop (di rumah atau di kantor).</translation>
    </message>
    <message>
        <source>Anyone who has both the laptop and this code can open the data: do not photograph it or send it by chat.</source>
        <translation>Siapa pun yang memegang laptop dan kode ini dapat membuka data: jangan memotretnya atau mengirimnya lewat chat.</translation>
    </message>
    <message>
        <source>Save as PDF to print…</source>
        <translation>Simpan sebagai PDF untuk dicetak…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>I have printed or written down this code</source>
        <translation>Kode ini sudah saya cetak atau tulis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Simpan lembar pemulihan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet could not be saved there. Choose another folder.</source>
        <translation>Lembar tidak dapat disimpan di sana. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Saved as %1. Print it, then delete the file if it is on this laptop.</source>
        <translation>Disimpan sebagai %1. Cetak, lalu hapus berkasnya bila berada di laptop ini.</translation>
    </message>
</context>
<context>
    <name>SecurityCard</name>
    <message>
        <source>Security</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <source>The data in this folder is not protected by a password.</source>
        <translation>Data di folder ini belum dilindungi kata sandi.</translation>
    </message>
    <message>
        <source>The data is encrypted on this laptop and in every backup. Only your password or the recovery code opens it.</source>
        <translation>Data tersandi di laptop ini dan di setiap cadangan. Hanya kata sandi Anda atau kode pemulihan yang dapat membukanya.</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>Kunci otomatis setelah</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> menit tidak dipakai</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Kunci sekarang (Ctrl+L)</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Ganti kata sandi…</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>Kode pemulihan baru…</translation>
    </message>
    <message>
        <source>Settings could not be saved: the data folder is not writable.</source>
        <translation>Pengaturan tidak dapat disimpan: folder data tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>Automatic lock saved.</source>
        <translation>Kunci otomatis disimpan.</translation>
    </message>
    <message>
        <source>Password changed. Use the new password from now on.</source>
        <translation>Kata sandi diganti. Mulai sekarang gunakan kata sandi baru.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Kode pemulihan baru</translation>
    </message>
    <message>
        <source>A new recovery code replaces the old one, which stops working (for example when the printed sheet is lost). Type your password to continue.</source>
        <translation>Kode pemulihan baru menggantikan kode lama, yang tidak berlaku lagi (misalnya bila lembar cetaknya hilang). Ketik kata sandi Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Buat kode baru</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>PSM Desk is locked</source>
        <translation>PSM Desk terkunci</translation>
    </message>
    <message>
        <source>Open PSM Desk</source>
        <translation>Buka PSM Desk</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Selamat datang kembali</translation>
    </message>
    <message>
        <source>The data on this laptop is protected. Type your password to continue; what you were typing is kept.</source>
        <translation>Data di laptop ini dilindungi. Ketik kata sandi Anda untuk melanjutkan; isian yang sedang Anda ketik tetap tersimpan.</translation>
    </message>
    <message>
        <source>The data on this laptop is protected. Type your password to open it.</source>
        <translation>Data di laptop ini dilindungi. Ketik kata sandi Anda untuk membukanya.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Lupa kata sandi?</translation>
    </message>
    <message>
        <source>Close PSM Desk</source>
        <translation>Tutup PSM Desk</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Use the recovery code</source>
        <translation>Pakai kode pemulihan</translation>
    </message>
    <message>
        <source>Type the recovery code printed when PSM Desk was set up on this laptop, then choose a new password. Dashes and spaces do not matter.</source>
        <translation>Ketik kode pemulihan yang dicetak saat PSM Desk dipasang di laptop ini, lalu pilih kata sandi baru. Tanda hubung dan spasi boleh diabaikan.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>Kata sandi baru (minimal 8 karakter)</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Pasang kata sandi baru</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Ketik kata sandi Anda.</translation>
    </message>
    <message>
        <source>This password belongs to other data. Type the password of this laptop.</source>
        <translation>Kata sandi ini milik data lain. Ketik kata sandi laptop ini.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait %1 seconds, then try again.</source>
        <translation>Terlalu banyak percobaan salah. Tunggu %1 detik, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>Ketik kode pemulihan.</translation>
    </message>
    <message>
        <source>This code belongs to other data.</source>
        <translation>Kode ini milik data lain.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
</TS>
