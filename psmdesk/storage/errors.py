"""Storage failures a user can act on, each with a plain Indonesian message."""

from __future__ import annotations

import errno
import sqlite3

from psmdesk.storage.cipher import sqlite

# The driver's errors and the standard library's (a few tools read backups with the latter).
_OPERATIONAL = (sqlite.OperationalError, sqlite3.OperationalError)
_DATABASE = (sqlite.DatabaseError, sqlite3.DatabaseError)


class StorageError(Exception):
    """Base class; `str()` is the message shown to the user."""


class NotPsmDeskDatabase(StorageError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"Berkas {name} bukan basis data PSM Desk. Berkas itu tidak diubah. "
            "Pilih folder data lain atau pindahkan berkas tersebut."
        )


class DatabaseFromNewerVersion(StorageError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"Basis data {name} dibuat oleh PSM Desk versi yang lebih baru. "
            "Pasang versi terbaru PSM Desk untuk membukanya; berkas tidak diubah."
        )


class DatabaseLocked(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "Basis data sedang dipakai program lain (mungkin PSM Desk terbuka dua kali). "
            "Tutup yang lain, lalu coba lagi. Tidak ada data yang hilang."
        )


class DatabaseDamaged(StorageError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"Basis data {name} rusak dan tidak bisa dibuka. Pulihkan dari cadangan terakhir "
            "di folder 'backups'."
        )


class DatabaseNeedsKey(StorageError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"Basis data {name} terenkripsi dan perlu kata sandi untuk dibuka. Berkas tidak diubah."
        )


class KeyDoesNotFit(StorageError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"Kunci tidak cocok dengan basis data {name} (berkas kunci.json dari laptop lain?). "
            "Berkas tidak diubah. Pakai kunci.json yang dibuat bersama basis data ini."
        )


class EncryptionCheckFailed(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "Salinan terenkripsi tidak lolos pemeriksaan, jadi basis data lama dibiarkan seperti semula. "
            "Tidak ada data yang hilang. Coba lagi; bila terulang, hubungi pengelola."
        )


class DiskFull(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "Ruang penyimpanan penuh, perubahan terakhir belum tersimpan. Kosongkan ruang disk, "
            "lalu simpan lagi. Data yang sudah tersimpan aman."
        )


class ReadOnlyLocation(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "Folder data tidak bisa ditulisi (hanya-baca). Pilih folder lain atau periksa izin folder."
        )


def translate(exc: BaseException, name: str = "psmdesk.db") -> StorageError | None:
    """Maps an sqlite3/OS error to the user-facing error it stands for, or None for a bug."""
    if isinstance(exc, StorageError):
        return exc
    text = str(exc).lower()
    if isinstance(exc, _OPERATIONAL):
        if "locked" in text or "busy" in text:
            return DatabaseLocked()
        if "disk is full" in text or "database or disk is full" in text:
            return DiskFull()
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            return ReadOnlyLocation()
    if isinstance(exc, _DATABASE) and (
        "not a database" in text or "malformed" in text
    ):
        return DatabaseDamaged(name)
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return DiskFull()
        if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
            return ReadOnlyLocation()
    return None
