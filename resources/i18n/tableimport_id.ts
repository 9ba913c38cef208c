<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ApplyPage</name>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Hentikan impor</translation>
    </message>
    <message>
        <source>Save &amp;report of rejected rows…</source>
        <translation>Simpan &amp;laporan baris ditolak…</translation>
    </message>
    <message>
        <source>Importing… You can stop at any time: stopping undoes everything.</source>
        <translation>Sedang mengimpor… Bisa dihentikan kapan saja: menghentikan impor membatalkan semuanya.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was saved.</source>
        <translation>Impor dihentikan. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Import finished in %1 seconds. Rows of the file:</source>
        <translation>Impor selesai dalam %1 detik. Hasil per baris berkas:</translation>
    </message>
    <message>
        <source>Rows already here were left as they were.</source>
        <translation>Baris yang sudah ada dibiarkan seperti semula.</translation>
    </message>
    <message>
        <source>Households: %1 new, %2 filled in. Rows already here were left as they were.</source>
        <translation>Keluarga: %1 baru, %2 dilengkapi. Baris yang sudah ada dibiarkan seperti semula.</translation>
    </message>
    <message>
        <source>Rejected rows were not saved. Save their report, fix the rows in Excel (the reason is in the last column) and import the report file: what is already here is recognised, not doubled.</source>
        <translation>Baris yang ditolak tidak disimpan. Simpan laporannya, perbaiki barisnya di Excel (alasannya ada di kolom terakhir), lalu impor berkas laporan itu: data yang sudah ada dikenali, tidak digandakan.</translation>
    </message>
    <message>
        <source>The import did not finish. Nothing was saved.</source>
        <translation>Impor tidak selesai. Tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose an Excel (.xlsx) or CSV file. The file is only read: nothing is saved before you press Import in step 4.</source>
        <translation>Pilih berkas Excel (.xlsx) atau CSV. Berkas hanya dibaca: tidak ada yang disimpan sebelum Anda menekan Impor di langkah 4.</translation>
    </message>
    <message>
        <source>e.g. D:\Data\Daftar Keluarga RW 05.xlsx</source>
        <translation>mis. D:\Data\Daftar Keluarga RW 05.xlsx</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>File *</source>
        <translation>Berkas *</translation>
    </message>
    <message>
        <source>Data in the file *</source>
        <translation>Isi berkas *</translation>
    </message>
    <message>
        <source>Used for rows without a kelurahan column or value.</source>
        <translation>Dipakai untuk baris tanpa kolom atau isian kelurahan.</translation>
    </message>
    <message>
        <source>As a volunteer you import data of your own kelurahan only.</source>
        <translation>Sebagai Relawan, Anda hanya mengimpor data kelurahan tugas Anda.</translation>
    </message>
    <message>
        <source>Default kelurahan</source>
        <translation>Kelurahan bawaan</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>File and kind of data</source>
        <translation>Berkas dan jenis data</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Fields were suggested from the column headers; check them.</source>
        <translation>Isian ditebak dari judul kolom; periksa kembali.</translation>
    </message>
    <message>
        <source>The columns were chosen as for the last file of this shape.</source>
        <translation>Kolom dipilih seperti pada berkas terakhir yang berbentuk sama.</translation>
    </message>
    <message>
        <source>The columns come from a mapping file.</source>
        <translation>Kolom diambil dari berkas pemetaan.</translation>
    </message>
    <message>
        <source>Import from Excel/CSV</source>
        <translation>Impor dari Excel/CSV</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>Step %1 of 4: %2</source>
        <translation>Langkah %1 dari 4: %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Menulis laporan…</translation>
    </message>
    <message>
        <source>Report saved: %1. Fix the rows in Excel and import that file again.</source>
        <translation>Laporan disimpan: %1. Perbaiki barisnya di Excel, lalu impor berkas itu.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Sheet:</source>
        <translation>Lembar:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Contoh isi</translation>
    </message>
    <message>
        <source>Field in PSM Desk</source>
        <translation>Isian di PSM Desk</translation>
    </message>
    <message>
        <source>* required. Columns left as &quot;not imported&quot; are ignored.</source>
        <translation>* wajib. Kolom &quot;tidak diimpor&quot; diabaikan.</translation>
    </message>
    <message>
        <source>%1: column headers in row %2, %3 data rows. %4</source>
        <translation>%1: judul kolom di baris %2, %3 baris data. %4</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Isian untuk kolom %1</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— tidak diimpor —</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>&amp;Only rejected rows</source>
        <translation>&amp;Hanya baris yang ditolak</translation>
    </message>
    <message>
        <source>Save &amp;report of rejected rows…</source>
        <translation>Simpan &amp;laporan baris ditolak…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Reason / note</source>
        <translation>Alasan / catatan</translation>
    </message>
    <message>
        <source>Households: %1 new, %2 filled in, %3 already here, %4 rejected. A household with one rejected row is rejected as a whole; fix the row and import the file again.</source>
        <translation>Keluarga: %1 baru, %2 dilengkapi, %3 sudah ada, %4 ditolak. Bila satu baris sebuah keluarga ditolak, seluruh keluarga itu ditolak; perbaiki barisnya lalu impor berkasnya lagi.</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Baris %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Dilengkapi</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
</context>
<context>
    <name>TableImportDialogs</name>
    <message>
        <source>Excel or CSV files</source>
        <translation>Berkas Excel atau CSV</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Semua berkas</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Pilih berkas yang akan diimpor</translation>
    </message>
    <message>
        <source>Folder for the report of rejected rows</source>
        <translation>Folder untuk laporan baris ditolak</translation>
    </message>
</context>
<context>
    <name>TableImportEntry</name>
    <message>
        <source>Load a Permakanan roster from an .xlsx or .csv file, with a preview first</source>
        <translation>Muat daftar penerima Permakanan dari berkas .xlsx atau .csv, dengan pratinjau lebih dulu</translation>
    </message>
    <message>
        <source>Load KUBE members from an .xlsx or .csv file, with a preview first</source>
        <translation>Muat anggota KUBE dari berkas .xlsx atau .csv, dengan pratinjau lebih dulu</translation>
    </message>
    <message>
        <source>Load the PSM registry from an .xlsx or .csv file, with a preview first</source>
        <translation>Muat Daftar PSM dari berkas .xlsx atau .csv, dengan pratinjau lebih dulu</translation>
    </message>
    <message>
        <source>Import from Excel/CSV…</source>
        <translation>Impor dari Excel/CSV…</translation>
    </message>
    <message>
        <source>Load households from an .xlsx or .csv file, with a preview first</source>
        <translation>Muat keluarga dari berkas .xlsx atau .csv, dengan pratinjau lebih dulu</translation>
    </message>
</context>
</TS>
