"""The encrypted data folder: setting a passphrase, unlocking, changing it, recovering with the
recovery code, and protecting a plain database from an earlier version (docs/security.md).

A data folder is in one of four states (`data_state`):
- FRESH: no database yet. Setup writes the key file first, then creates the encrypted database.
- PLAIN: a database from before encryption. Setting a passphrase encrypts it in place, with its
  backups.
- LOCKED: a key file beside the database: the passphrase (or the recovery code) opens it. A plain
  database beside a key file is an encryption that was interrupted: opening it finishes the job.
- KEY_MISSING: an encrypted database without its key file: nothing can open it until the key file
  (or its copy beside a backup) is put back."""

from __future__ import annotations

import logging
import os
from enum import StrEnum
from pathlib import Path

from psmdesk.domain.issues import ValidationFailed
from psmdesk.domain.passphrase import passphrase_issues
from psmdesk.paths import AppPaths
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.errors import UserError
from psmdesk.storage import cipher, keyfile
from psmdesk.storage.keyfile import KeyFileMissing, WrongSecret

log = logging.getLogger(__name__)

ENV_PASSPHRASE = "PSMDESK_PASSPHRASE"
ENV_NEW_PASSPHRASE = "PSMDESK_NEW_PASSPHRASE"
ENV_RECOVERY_CODE = "PSMDESK_RECOVERY_CODE"


class DataState(StrEnum):
    FRESH = "baru"
    PLAIN = "polos"
    LOCKED = "terkunci"
    KEY_MISSING = "kunci-hilang"


def data_state(paths: AppPaths) -> DataState:
    database = paths.database
    has_db = database.exists() and database.stat().st_size > 0
    if paths.keyfile.exists():
        return DataState.LOCKED
    if not has_db:
        return DataState.FRESH
    # Anything that is not an encrypted database is PLAIN here; opening it tells a plain
    # database from a file of another program.
    return DataState.KEY_MISSING if cipher.looks_encrypted(database) else DataState.PLAIN


def check_new_passphrase(passphrase: str, confirm: str | None = None) -> None:
    issues = passphrase_issues(passphrase, confirm)
    if issues:
        raise ValidationFailed(issues)


def protect(paths: AppPaths, passphrase: str, confirm: str | None = None) -> tuple[AppContext, str]:
    """Sets the passphrase of a FRESH or PLAIN data folder and opens it; returns the context
    and the recovery code (to show or print once: it is not stored anywhere).

    The key file is written before the database is created or encrypted, so a crash in between
    leaves a state that the passphrase opens (and, for a plain database, finishes encrypting)."""
    state = data_state(paths)
    if state not in (DataState.FRESH, DataState.PLAIN):
        raise UserError("Data di folder ini sudah dilindungi kata sandi.")
    check_new_passphrase(passphrase, confirm)
    paths.ensure()
    key = keyfile.new_data_key()
    code = keyfile.create(paths.keyfile, key, passphrase)
    try:
        ctx = open_app(paths, key)
    except BaseException:
        _undo_protect(paths, state)
        raise
    log.info("Data folder protected with a passphrase (%s)", state.value)
    return ctx, code


def _undo_protect(paths: AppPaths, state: DataState) -> None:
    """After a failed `protect`: the folder goes back to how it was. A new database holds nothing
    yet and goes with the key file (left alone, it would be an encrypted file without its key);
    a database that is not encrypted (still plain, or a file of another program) never used the
    key. An encrypted one was encrypted with it: the key file stays, or the data would be lost."""
    try:
        if state is DataState.FRESH:
            for suffix in ("-wal", "-shm", "-journal", ""):
                Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
        if not cipher.looks_encrypted(paths.database):
            paths.keyfile.unlink(missing_ok=True)
    except OSError:
        log.warning("Could not undo a failed protect")


def unlock(paths: AppPaths, passphrase: str) -> bytes:
    """The data key, or WrongSecret (an Indonesian message) for a wrong passphrase."""
    return keyfile.open_with_passphrase(paths.keyfile, passphrase)


def open_unlocked(paths: AppPaths, passphrase: str | None) -> AppContext:
    """Opens the data folder in whatever state it is: a LOCKED folder needs the passphrase."""
    state = data_state(paths)
    if state is DataState.KEY_MISSING:
        raise KeyFileMissing()
    if state is DataState.LOCKED:
        if passphrase is None:
            raise UserError(
                "Data terkunci. Isi kata sandi lewat variabel lingkungan PSMDESK_PASSPHRASE "
                "(jangan sebagai argumen perintah), lalu ulangi.")
        key = unlock(paths, passphrase)
        ctx = open_app(paths, key)
        # An encryption interrupted after the database but before its backups: open_app only
        # finishes them when it encrypts the database itself.
        encrypt_plain_backups(paths, key)
        return ctx
    return open_app(paths)


def recover(paths: AppPaths, code: str, new_passphrase: str, confirm: str | None = None) -> tuple[bytes, str]:
    """Opens with the recovery code and sets a new passphrase. The code that was used is
    replaced by a new one (it has been typed, maybe read aloud): returns (key, new code)."""
    check_new_passphrase(new_passphrase, confirm)
    key = keyfile.open_with_recovery_code(paths.keyfile, code)
    keyfile.change_passphrase(paths.keyfile, key, new_passphrase)
    new_code = keyfile.replace_recovery_code(paths.keyfile, key)
    log.info("Passphrase reset with the recovery code")
    return key, new_code


def passphrase_fits(ctx: AppContext, passphrase: str) -> bool:
    """For the lock screen: does `passphrase` open this folder's key file (and is it this key)?"""
    try:
        return unlock(ctx.paths, passphrase) == ctx.key
    except WrongSecret:
        return False


def change_passphrase(ctx: AppContext, current: str, new: str, confirm: str | None = None) -> None:
    if ctx.key is None:
        raise UserError("Data ini belum dilindungi kata sandi.")
    if not passphrase_fits(ctx, current):
        raise WrongSecret(keyfile.PASSPHRASE)
    check_new_passphrase(new, confirm)
    keyfile.change_passphrase(ctx.paths.keyfile, ctx.key, new)
    log.info("Passphrase changed")


def replace_recovery_code(ctx: AppContext, passphrase: str) -> str:
    """A new recovery code (the old one stops working), e.g. when the printed sheet is lost."""
    if ctx.key is None:
        raise UserError("Data ini belum dilindungi kata sandi.")
    if not passphrase_fits(ctx, passphrase):
        raise WrongSecret(keyfile.PASSPHRASE)
    code = keyfile.replace_recovery_code(ctx.paths.keyfile, ctx.key)
    log.info("Recovery code replaced")
    return code


def encrypt_plain_backups(paths: AppPaths, key: bytes) -> int:
    """Encrypts, in place and one at a time, every plain backup in the backups folder (written
    before the passphrase was set). Returns how many; one that cannot be read is left and logged."""
    done = 0
    for path in sorted(paths.backups.glob("*.db")):
        if not cipher.is_plain_file(path):
            continue
        try:
            _encrypt_file(path, key)
            done += 1
        except (OSError, cipher.sqlite.Error):
            log.warning("A plain backup could not be encrypted; it was left as it is")
    if done:
        log.info("Encrypted %d plain backup(s)", done)
    return done


def _encrypt_file(path: Path, key: bytes) -> None:
    staged = path.with_name(path.name + ".enkripsi")
    staged.unlink(missing_ok=True)
    plain = cipher.connect(path, key=None, isolation_level=None)
    try:
        cipher.encrypt_into(plain, staged, key)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    finally:
        plain.close()
    os.replace(staged, path)
