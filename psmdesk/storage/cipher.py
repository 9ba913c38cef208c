"""The database driver: SQLCipher, an SQLite whose every page is encrypted (AES-256, with an HMAC
per page), through the `sqlcipher3` wheels (Windows, macOS and Linux).

Every connection PSM Desk opens comes from `connect()` here, so the whole program uses one driver
and one exception hierarchy (`sqlite.Error`, not the standard library's). Without a key the same
driver reads and writes ordinary SQLite files, which is how a plain database from an earlier
version is opened once to be encrypted (`encrypt_into`).

The key is a random 32-byte data key used raw (`x'..'`), so opening costs no key derivation;
the passphrase only unwraps that key (`storage/keyfile.py`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlite

__all__ = [
    "KEY_BYTES",
    "SQLITE_MAGIC",
    "apply_key",
    "connect",
    "encrypt_into",
    "is_plain_file",
    "looks_encrypted",
    "sqlite",
]

KEY_BYTES = 32
SQLITE_MAGIC = b"SQLite format 3\x00"


def apply_key(conn: Any, key: bytes) -> None:
    """Must be the first statement on a connection to an encrypted file."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def connect(target: str | Path, *, key: bytes | None, uri: bool = False, timeout: float = 5.0,
            isolation_level: str | None = "", check_same_thread: bool = True) -> Any:
    """A connection with the key applied (None: a plain SQLite file)."""
    conn = sqlite.connect(str(target), timeout=timeout, uri=uri, isolation_level=isolation_level,
                          check_same_thread=check_same_thread)
    # A wrong key is an expected event (a mistyped passphrase, another laptop's backup): SQLCipher
    # would print its HMAC failure to stderr each time.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        apply_key(conn, key)
    return conn


def is_plain_file(path: Path) -> bool:
    """True for an unencrypted SQLite file (its header is readable); an encrypted file's first
    bytes are random."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def looks_encrypted(path: Path) -> bool:
    """An SQLCipher file: whole pages (4096 bytes each) of random-looking bytes from the very first,
    which a spreadsheet or a text file renamed to .db is not."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    if size < 4096 or size % 1024 or head[:16] == SQLITE_MAGIC:
        return False
    return len(set(head)) > 200  # encrypted bytes use nearly all 256 values


def encrypt_into(plain: Any, target: Path, key: bytes) -> None:
    """Writes an encrypted copy of the open plain connection's main database to `target`
    (which must not exist), header values included, and fsyncs it."""
    application_id = plain.execute("PRAGMA application_id").fetchone()[0]
    user_version = plain.execute("PRAGMA user_version").fetchone()[0]
    literal = str(target).replace("'", "''")
    plain.execute(f"ATTACH DATABASE '{literal}' AS encrypted KEY \"x'{key.hex()}'\"")
    try:
        plain.execute("SELECT sqlcipher_export('encrypted')")
        # sqlcipher_export copies the schema and rows, not the header fields.
        plain.execute(f"PRAGMA encrypted.application_id = {int(application_id)}")
        plain.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
    finally:
        plain.execute("DETACH DATABASE encrypted")
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
