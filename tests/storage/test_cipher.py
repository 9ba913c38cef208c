"""The SQLCipher driver: what an encrypted file looks like on disk, and what opens it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from psmdesk.storage import cipher
from psmdesk.storage.cipher import sqlite

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
SECRET_NAME = "Siti Aminah binti Rahmat"


def _write(path: Path, key: bytes | None, rows: int = 50) -> None:
    conn = cipher.connect(path, key=key, isolation_level=None)
    try:
        conn.execute("CREATE TABLE people (name TEXT, nik TEXT)")
        conn.executemany("INSERT INTO people VALUES (?, ?)",
                         [(f"{SECRET_NAME} {i}", f"31710805{i:08d}") for i in range(rows)])
        conn.execute("PRAGMA application_id = 1347636548")
        conn.execute("PRAGMA user_version = 7")
    finally:
        conn.close()


def _names(path: Path, key: bytes | None) -> list[str]:
    conn = cipher.connect(path, key=key)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM people ORDER BY rowid")]
    finally:
        conn.close()


def test_an_encrypted_file_is_noise_without_the_key(tmp_path: Path) -> None:
    path = tmp_path / "psmdesk.db"
    _write(path, KEY)
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert SECRET_NAME.encode() not in data and b"31710805" not in data and b"people" not in data
    assert cipher.looks_encrypted(path) and not cipher.is_plain_file(path)
    assert _names(path, KEY)[0] == f"{SECRET_NAME} 0"
    # Neither the standard library, nor the driver without a key or with another key reads it.
    std = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        std.execute("SELECT * FROM sqlite_master").fetchall()
    std.close()
    for key in (None, OTHER_KEY):
        with pytest.raises(sqlite.DatabaseError, match="not a database"):
            _names(path, key)
    assert path.read_bytes() == data  # failed opens wrote nothing


def test_a_wrong_key_is_quiet_on_stderr(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "psmdesk.db"
    _write(path, KEY)
    capfd.readouterr()
    with pytest.raises(sqlite.DatabaseError):
        _names(path, OTHER_KEY)
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_the_key_must_be_32_bytes(tmp_path: Path) -> None:
    for bad in (b"", KEY[:16], KEY + b"x"):
        with pytest.raises(ValueError):
            cipher.connect(tmp_path / "x.db", key=bad)


def test_plain_files_are_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "lama.db"
    _write(path, None)
    assert cipher.is_plain_file(path) and not cipher.looks_encrypted(path)
    std = sqlite3.connect(path)
    assert std.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 50
    std.close()
    assert len(_names(path, None)) == 50


def test_looks_encrypted_refuses_what_is_not_sqlcipher(tmp_path: Path) -> None:
    text = tmp_path / "catatan.db"
    text.write_text("Nama;NIK\n" * 2000)
    small = tmp_path / "kecil.db"
    small.write_bytes(os.urandom(1000))
    odd = tmp_path / "ganjil.db"
    odd.write_bytes(os.urandom(4096 + 10))
    empty = tmp_path / "kosong.db"
    empty.write_bytes(b"")
    for path in (text, small, odd, empty, tmp_path / "tidak-ada.db"):
        assert not cipher.looks_encrypted(path), path.name
        assert not cipher.is_plain_file(path), path.name


def test_encrypt_into_copies_rows_and_header_fields(tmp_path: Path) -> None:
    folder = tmp_path / "Data Bu Sri's laptop"  # a space and a quote in the path
    folder.mkdir()
    plain_path = folder / "psmdesk.db"
    _write(plain_path, None, rows=500)
    before = plain_path.read_bytes()
    target = folder / "psmdesk.db.enkripsi"
    plain = cipher.connect(plain_path, key=None, isolation_level=None)
    try:
        cipher.encrypt_into(plain, target, KEY)
    finally:
        plain.close()
    assert plain_path.read_bytes() == before  # the source is only read
    assert cipher.looks_encrypted(target)
    assert SECRET_NAME.encode() not in target.read_bytes()
    assert _names(target, KEY) == _names(plain_path, None)
    conn = cipher.connect(target, key=KEY)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 1347636548
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with pytest.raises(sqlite.DatabaseError):
        _names(target, OTHER_KEY)


def test_the_key_does_not_show_in_the_file(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "psmdesk.db"
    _write(path, key)
    data = path.read_bytes()
    assert key not in data and key.hex().encode() not in data.lower()
