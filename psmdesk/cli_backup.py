"""`psmdesk backup [--to DIR]` and `psmdesk restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from psmdesk.paths import AppPaths
from psmdesk.services.context import AppContext

EXIT_OK = 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", help="buat cadangan basis data sekarang (mencetak lokasi berkasnya)")
    p.add_argument("--to", metavar="DIR",
                   help="tulis cadangan ke folder ini (mis. flashdisk), bukan ke folder 'backups'")
    p = sub.add_parser("restore", help="pulihkan basis data dari berkas cadangan (data sekarang dicadangkan dulu)")
    p.add_argument("file", metavar="FILE",
                   help="berkas cadangan PSM Desk (.db); cadangan dari laptop lain dibuka dengan kunci-*.json "
                        "di sebelahnya dan kata sandi laptop itu dari PSMDESK_BACKUP_PASSPHRASE")


def cmd_backup(ctx: AppContext, args: argparse.Namespace) -> int:
    from psmdesk.services.backup import MANUAL, backup_to_folder, make_backup

    path = backup_to_folder(ctx, Path(args.to)) if args.to else make_backup(ctx, MANUAL)
    print(path)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Runs without opening the database first, so that a damaged one can be restored too."""
    from psmdesk.cli import prepare_data_dir
    from psmdesk.services.backup import restore_backup
    from psmdesk.services.errors import UserError

    paths = prepare_data_dir(args)
    file = Path(args.file)
    if not file.is_file():
        raise UserError(f"Berkas {file} tidak ditemukan. Tidak ada yang dipulihkan.")
    key = _database_key(paths)
    backup_key = key_beside_backup(file, key)
    print(restore_backup(paths, file, key=key, backup_key=backup_key).describe())
    return EXIT_OK


def _database_key(paths: AppPaths) -> bytes | None:
    """The data key of the folder being restored into (None: a plain or new folder)."""
    from psmdesk.cli import read_secret
    from psmdesk.services import security

    if security.data_state(paths) is not security.DataState.LOCKED:
        return None
    return security.unlock(paths, read_secret(security.ENV_PASSPHRASE, "Kata sandi"))


def key_beside_backup(file: Path, key: bytes | None) -> bytes | None:
    """For a backup from another laptop: its key, from a `kunci-*.json` beside it and that
    laptop's password (PSMDESK_BACKUP_PASSPHRASE). None when `key` opens it as it is."""
    from psmdesk.cli import read_secret
    from psmdesk.services.backup import keys_beside, open_backup_key
    from psmdesk.storage.backup import BackupKeyDoesNotFit, inspect_backup

    try:
        inspect_backup(file, key)
        return None
    except BackupKeyDoesNotFit:
        pass
    candidates = list(keys_beside(file))
    if not candidates:
        return None  # restore_backup says plainly that the key does not fit
    passphrase = read_secret("PSMDESK_BACKUP_PASSPHRASE", "Kata sandi laptop asal cadangan")
    return open_backup_key(file, candidates, passphrase)


COMMANDS = {"backup": cmd_backup}
WITHOUT_CONTEXT = {"restore": cmd_restore}
