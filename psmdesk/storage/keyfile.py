"""The key file (`kunci.json` beside the database): the database's data key, wrapped twice.

The data key is 32 random bytes that encrypt the database and every backup. It is never stored
in the clear: the file holds it sealed (AES-256-GCM) once under a key derived (scrypt) from the
passphrase and once under a key derived from the recovery code printed at setup. Either opens
it; without one of them the file, the database and the backups are noise. Changing the passphrase
re-seals the same data key, so old backups stay readable and nothing is re-encrypted.

The file holds no personal data and may be copied next to backups on a USB stick: a backup
restored on another laptop needs it (and the passphrase or recovery code)."""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from psmdesk.storage.cipher import KEY_BYTES
from psmdesk.storage.errors import StorageError

FORMAT = "psmdesk-kunci"
VERSION = 1
PASSPHRASE, RECOVERY = "passphrase", "recovery"
# scrypt cost: 2**15 x 8 x 128 bytes = 32 MiB and about a tenth of a second per try on a laptop.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
MAX_SCRYPT_MEMORY = 2**28  # 256 MiB, eight times the cost above: the most a key file may ask for
NONCE_BYTES = 12
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed back by hand
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LENGTH = 5  # 30 symbols of 5 bits: 150 bits


class KeyFileMissing(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "Basis data terenkripsi tetapi berkas kunci (kunci.json) tidak ada di folder data. "
            "Jika Anda punya salinannya (misalnya di flashdisk cadangan), taruh di folder data, "
            "lalu buka PSM Desk lagi. Basis data tidak diubah."
        )


class KeyFileDamaged(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "Berkas kunci (kunci.json) rusak atau bukan milik PSM Desk. Pakai salinan kunci.json dari "
            "flashdisk cadangan. Basis data tidak diubah."
        )


class WrongSecret(StorageError):
    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(
            "Kata sandi salah. Periksa huruf besar/kecil dan tombol Caps Lock, lalu coba lagi."
            if what == PASSPHRASE else
            "Kode pemulihan tidak cocok. Periksa lagi kode yang dicetak saat penyiapan."
        )


@dataclass(frozen=True)
class Sealed:
    salt: bytes
    nonce: bytes
    sealed: bytes
    n: int
    r: int
    p: int

    def to_json(self) -> dict[str, Any]:
        return {"kdf": "scrypt", "n": self.n, "r": self.r, "p": self.p,
                "salt": _b64(self.salt), "nonce": _b64(self.nonce), "sealed": _b64(self.sealed)}

    @classmethod
    def from_json(cls, raw: Any) -> Sealed:
        if not isinstance(raw, dict) or raw.get("kdf") != "scrypt":
            raise KeyFileDamaged()
        try:
            return cls(_unb64(raw["salt"]), _unb64(raw["nonce"]), _unb64(raw["sealed"]),
                       int(raw["n"]), int(raw["r"]), int(raw["p"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileDamaged() from exc


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_code() -> str:
    symbols = "".join(secrets.choice(_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH))
    return "-".join(symbols[i:i + RECOVERY_GROUP_LENGTH] for i in range(0, len(symbols), RECOVERY_GROUP_LENGTH))


def normalise_recovery_code(text: str) -> str:
    """What a person types back: any case, with or without spaces and dashes. The alphabet has no
    0/O or 1/I, so a misread symbol simply fails the check instead of matching something else."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(cleaned[i:i + RECOVERY_GROUP_LENGTH] for i in range(0, len(cleaned), RECOVERY_GROUP_LENGTH))


def _secret_bytes(secret: str) -> bytes:
    # The same passphrase typed on Windows and Linux keyboards must give the same bytes.
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _kek(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(_secret_bytes(secret))


def seal(data_key: bytes, secret: str, purpose: str) -> Sealed:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(NONCE_BYTES)
    kek = _kek(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    sealed = AESGCM(kek).encrypt(nonce, data_key, f"{FORMAT}:{purpose}".encode())
    return Sealed(salt, nonce, sealed, SCRYPT_N, SCRYPT_R, SCRYPT_P)


def _sound(entry: Sealed) -> bool:
    """Values this program writes: a tampered file must not make us allocate gigabytes (scrypt
    needs 128 * n * r bytes) nor fail with a library error instead of a message."""
    n, r, p = entry.n, entry.r, entry.p
    return (n >= 2 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16
            and 128 * n * r <= MAX_SCRYPT_MEMORY and len(entry.nonce) == NONCE_BYTES)


def unseal(entry: Sealed, secret: str, purpose: str) -> bytes:
    if not _sound(entry):
        raise KeyFileDamaged()
    kek = _kek(secret, entry.salt, entry.n, entry.r, entry.p)
    try:
        key = AESGCM(kek).decrypt(entry.nonce, entry.sealed, f"{FORMAT}:{purpose}".encode())
    except InvalidTag as exc:
        raise WrongSecret(purpose) from exc
    if len(key) != KEY_BYTES:
        raise KeyFileDamaged()
    return key


@dataclass(frozen=True)
class KeyFile:
    passphrase: Sealed
    recovery: Sealed

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION,
                PASSPHRASE: self.passphrase.to_json(), RECOVERY: self.recovery.to_json()}


def read(path: Path) -> KeyFile:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KeyFileMissing() from exc
    except (OSError, ValueError) as exc:
        raise KeyFileDamaged() from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT or raw.get("version") != VERSION:
        raise KeyFileDamaged()
    return KeyFile(Sealed.from_json(raw.get(PASSPHRASE)), Sealed.from_json(raw.get(RECOVERY)))


def write(path: Path, keyfile: KeyFile) -> None:
    """Atomically: a crash leaves the old file or the new one, never half of one."""
    tmp = path.with_name(path.name + ".baru")
    data = json.dumps(keyfile.to_json(), indent=2).encode("utf-8")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    if os.name != "nt":
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def create(path: Path, data_key: bytes, passphrase: str) -> str:
    """Writes a new key file for `data_key`; returns the recovery code (shown once, never stored)."""
    code = new_recovery_code()
    write(path, KeyFile(seal(data_key, passphrase, PASSPHRASE), seal(data_key, code, RECOVERY)))
    return code


def open_with_passphrase(path: Path, passphrase: str) -> bytes:
    return unseal(read(path).passphrase, passphrase, PASSPHRASE)


def open_with_recovery_code(path: Path, code: str) -> bytes:
    return unseal(read(path).recovery, normalise_recovery_code(code), RECOVERY)


def change_passphrase(path: Path, data_key: bytes, new_passphrase: str) -> None:
    current = read(path)
    write(path, KeyFile(seal(data_key, new_passphrase, PASSPHRASE), current.recovery))


def replace_recovery_code(path: Path, data_key: bytes) -> str:
    current = read(path)
    code = new_recovery_code()
    write(path, KeyFile(current.passphrase, seal(data_key, code, RECOVERY)))
    return code
