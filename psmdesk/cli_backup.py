"""`psmdesk backup [--to DIR]` and `psmdesk restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from psmdesk.services.context import AppContext

EXIT_OK = 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", help="buat cadangan basis data sekarang (mencetak lokasi berkasnya)")
    p.add_argument("--to", metavar="DIR",
                   help="tulis cadangan ke folder ini (mis. flashdisk), bukan ke folder 'backups'")
    p = sub.add_parser("restore", help="pulihkan basis data dari berkas cadangan (data sekarang dicadangkan dulu)")
    p.add_argument("file", metavar="FILE", help="berkas cadangan PSM Desk (.db)")


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
    print(restore_backup(paths, file).describe())
    return EXIT_OK


COMMANDS = {"backup": cmd_backup}
WITHOUT_CONTEXT = {"restore": cmd_restore}
