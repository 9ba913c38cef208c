"""`psmdesk` command line. Qt is imported only when the window opens.

Exit codes (a contract offices script against): 0 ok, 1 a problem the user can fix (message in
Indonesian on stderr), 2 wrong usage."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from psmdesk import __version__, cli_backup, cli_print, cli_sync, cli_table
from psmdesk.domain.issues import ValidationFailed
from psmdesk.logsetup import setup_logging
from psmdesk.paths import AppPaths
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.errors import UserError
from psmdesk.storage.errors import StorageError, translate

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="psmdesk", description="PSM Desk: pendataan sosial luring untuk PSM dan Dinas Sosial."
    )
    parser.add_argument("--version", action="version", version=f"PSM Desk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="folder data (bawaan: folder data pengguna)")
    parser.add_argument("--self-test", action="store_true",
                        help="uji mandiri di folder sementara (data pengguna tidak disentuh), lalu keluar")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    sub.add_parser("gui", help="buka jendela aplikasi (bawaan)")
    p = sub.add_parser("setup", help="penyiapan awal tanpa dialog")
    p.add_argument("--role", required=True, choices=["relawan", "koordinator"])
    p.add_argument("--name", required=True)
    p.add_argument("--kelurahan", required=True, metavar="CODE", help="kode Kemendagri, mis. 31.71.08.1001")
    p.add_argument("--phone", default="")
    p = sub.add_parser("demo", help="isi basis data dengan data contoh")
    p.add_argument("--size", choices=["small", "kota"], default="small")
    p.add_argument("--seed", type=int, default=1)
    sub.add_parser("check", help="periksa keutuhan basis data")
    cli_sync.add_parsers(sub)
    cli_print.add_parsers(sub)
    cli_table.add_parsers(sub)
    cli_backup.add_parsers(sub)
    return parser


def prepare_data_dir(args: argparse.Namespace) -> AppPaths:
    """The data folder of `--data-dir` (created if needed) with logging into it; no database yet."""
    paths = AppPaths.resolve(args.data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        raise translate(exc) or exc from exc
    setup_logging(paths.log_file)
    return paths


def _open(args: argparse.Namespace) -> AppContext:
    return open_app(prepare_data_dir(args))


def _require_setup(ctx: AppContext) -> None:
    if not ctx.is_set_up:
        raise UserError(
            "PSM Desk belum disiapkan di folder data ini. Jalankan dulu: psmdesk setup --role ... "
            "--name ... --kelurahan ..."
        )


def cmd_setup(ctx: AppContext, args: argparse.Namespace) -> int:
    from psmdesk.domain.regions import region_label
    from psmdesk.services.setup import setup

    profile = setup(ctx, args.role, args.name, args.kelurahan, args.phone)
    print(f"Siap: {profile.role.label} {profile.name}, {region_label(profile.kelurahan_code)}.")
    return EXIT_OK


def cmd_demo(ctx: AppContext, args: argparse.Namespace) -> int:
    from psmdesk.services.demo import fill_demo

    _require_setup(ctx)

    def progress(done: int, total: int, message: str) -> None:
        print(f"\r{message} {done}/{total}", end="", file=sys.stderr, flush=True)

    summary = fill_demo(ctx, size=args.size, seed=args.seed, progress=progress)
    print(file=sys.stderr)
    print(summary.describe())
    return EXIT_OK


def cmd_check(ctx: AppContext, args: argparse.Namespace) -> int:
    from psmdesk.services.check import run_check

    report = run_check(ctx)
    print(f"Keutuhan: {'baik' if report.integrity == ['ok'] else '; '.join(report.integrity[:5])}")
    print(f"Kunci asing bermasalah: {report.foreign_key_problems}")
    print(f"Migrasi terpasang: {len(report.migrations)} ({report.migrations[-1] if report.migrations else '-'})")
    for table, (live, deleted) in report.counts.items():
        print(f"  {table}: {live} aktif, {deleted} dihapus")
    if not report.ok:
        raise UserError("Basis data bermasalah. Pulihkan dari cadangan terakhir di folder 'backups'.")
    return EXIT_OK


COMMANDS: dict[str, Callable[[AppContext, argparse.Namespace], int]] = {
    "setup": cmd_setup,
    "demo": cmd_demo,
    "check": cmd_check,
    **cli_sync.COMMANDS,
    **cli_print.COMMANDS,
    **cli_table.COMMANDS,
    **cli_backup.COMMANDS,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.self_test:
        from psmdesk.selftest import run_self_test

        return run_self_test()
    command = args.command or "gui"
    if command == "gui":
        from psmdesk.app import run_gui

        return run_gui(AppPaths.resolve(args.data_dir))
    try:
        if command in cli_backup.WITHOUT_CONTEXT:
            return cli_backup.WITHOUT_CONTEXT[command](args)
        ctx = _open(args)
        try:
            return COMMANDS[command](ctx, args)
        finally:
            ctx.close()
    except (UserError, StorageError) as exc:
        print(f"psmdesk: {exc}", file=sys.stderr)
        return EXIT_USER
    except ValidationFailed as exc:
        for issue in exc.issues:
            print(f"psmdesk: {issue.message}", file=sys.stderr)
        return EXIT_USER
    except BrokenPipeError:  # output piped into `head` and the like
        return EXIT_OK
    except KeyboardInterrupt:
        print("\npsmdesk: dibatalkan.", file=sys.stderr)
        return EXIT_USER
    except Exception as exc:
        known = translate(exc)
        if known is not None:
            print(f"psmdesk: {known}", file=sys.stderr)
            return EXIT_USER
        log.exception("Unexpected error in command %s", command)
        print("psmdesk: terjadi kesalahan tak terduga; catatan teknis ada di berkas log.", file=sys.stderr)
        return EXIT_USER
