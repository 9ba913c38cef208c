"""`psmdesk` command line. Qt is imported only when the window opens.

Exit codes (a contract offices script against): 0 ok, 1 a problem the user can fix (message in
Indonesian on stderr), 2 wrong usage.

Passwords never come from arguments (they would show in the process list and shell history):
PSMDESK_PASSPHRASE (the current one), PSMDESK_NEW_PASSPHRASE (a new one) and
PSMDESK_RECOVERY_CODE, or a prompt when a person is typing at a terminal."""

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
    p.add_argument("--office", default="", metavar="NAME",
                   help="(koordinator) nama kantor, mis. \"Dinas Sosial Jakarta Pusat\": tampil di laptop relawan")
    p = sub.add_parser("demo", help="isi basis data dengan data contoh")
    p.add_argument("--size", choices=["small", "kota"], default="small")
    p.add_argument("--seed", type=int, default=1)
    sub.add_parser("check", help="periksa keutuhan basis data")
    sub.add_parser("encrypt", help="lindungi basis data lama (belum terenkripsi) dengan kata sandi "
                                   "dari PSMDESK_PASSPHRASE; mencetak kode pemulihan")
    sub.add_parser("passphrase", help="ganti kata sandi: lama dari PSMDESK_PASSPHRASE, baru dari "
                                      "PSMDESK_NEW_PASSPHRASE")
    sub.add_parser("recover", help="kata sandi lupa: kode dari PSMDESK_RECOVERY_CODE, kata sandi baru dari "
                                   "PSMDESK_NEW_PASSPHRASE; mencetak kode pemulihan baru")
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


def read_secret(variable: str, prompt: str, *, confirm: bool = False) -> str:
    """A password from the environment, else typed at a terminal (twice when `confirm`)."""
    import os

    value = os.environ.get(variable)
    if value is not None:
        return value
    if sys.stdin is None or not sys.stdin.isatty():  # None: started without a console (Windows)
        raise UserError(f"Isi {variable} di variabel lingkungan (bukan sebagai argumen perintah), lalu ulangi.")
    import getpass

    try:
        value = getpass.getpass(f"{prompt}: ")
        if confirm and getpass.getpass(f"Ulangi {prompt.lower()}: ") != value:
            raise UserError("Kata sandi yang diulang tidak sama. Tidak ada yang diubah.")
    except EOFError as exc:  # Ctrl+D (Ctrl+Z on Windows) at the prompt
        raise UserError("Dibatalkan. Tidak ada yang diubah.") from exc
    return value


def _check_profile(args: argparse.Namespace) -> None:
    from psmdesk.services.setup import validate_profile

    profile, issues = validate_profile(args.role, args.name, args.kelurahan, args.phone, args.office)
    if profile is None:
        raise ValidationFailed(issues)


def _print_recovery_code(code: str) -> None:
    """As soon as the code exists (before the command's own work, which may fail): it is shown
    only this once and nothing else opens the data when the passphrase is forgotten."""
    print("Kode pemulihan (catat atau cetak, simpan terpisah dari laptop; hanya ditampilkan sekali):")
    print(f"  {code}")


def _open(args: argparse.Namespace, command: str) -> AppContext:
    from psmdesk.services import security

    if command == "setup":
        _check_profile(args)  # a typo is fixed before any key or database exists
    paths = prepare_data_dir(args)
    state = security.data_state(paths)
    if command in ("setup", "encrypt") and state in (security.DataState.FRESH, security.DataState.PLAIN):
        if command == "encrypt" and state is security.DataState.FRESH:
            raise UserError("Belum ada basis data di folder ini. Jalankan: psmdesk setup ...")
        passphrase = read_secret(security.ENV_PASSPHRASE, "Kata sandi baru", confirm=True)
        ctx, args.recovery_code = security.protect(paths, passphrase)
        _print_recovery_code(args.recovery_code)
        return ctx
    if state is security.DataState.FRESH and command != "setup":
        raise UserError(SETUP_FIRST)
    if state is security.DataState.PLAIN:
        print("psmdesk: peringatan: basis data ini belum dilindungi kata sandi; jalankan 'psmdesk encrypt'.",
              file=sys.stderr)
        return open_app(paths)
    if state is security.DataState.LOCKED and command == "recover":
        code = read_secret(security.ENV_RECOVERY_CODE, "Kode pemulihan")
        new = read_secret(security.ENV_NEW_PASSPHRASE, "Kata sandi baru", confirm=True)
        key, args.recovery_code = security.recover(paths, code, new)
        # Shown now: the used code no longer works, and opening the database may still fail.
        _print_recovery_code(args.recovery_code)
        return open_app(paths, key)
    if state is security.DataState.LOCKED:
        passphrase = read_secret(security.ENV_PASSPHRASE, "Kata sandi")
        ctx = security.open_unlocked(paths, passphrase)
        if command == "setup" and not ctx.is_set_up:
            # An earlier setup stopped (power cut, full disk) after the key file was written,
            # maybe before its recovery code was shown: a new code replaces it, shown now.
            try:
                args.recovery_code = security.replace_recovery_code(ctx, passphrase)
            except BaseException:
                ctx.close()
                raise
            _print_recovery_code(args.recovery_code)
        return ctx
    return security.open_unlocked(paths, None)


SETUP_FIRST = ("PSM Desk belum disiapkan di folder data ini. Jalankan dulu: psmdesk setup --role ... "
               "--name ... --kelurahan ... (kata sandi dari PSMDESK_PASSPHRASE)")


def _require_setup(ctx: AppContext) -> None:
    if not ctx.is_set_up:
        raise UserError(SETUP_FIRST)


def cmd_setup(ctx: AppContext, args: argparse.Namespace) -> int:
    from psmdesk.domain.regions import region_label
    from psmdesk.services.setup import setup

    profile = setup(ctx, args.role, args.name, args.kelurahan, args.phone, args.office)
    print(f"Siap: {profile.role.label} {profile.name}, {region_label(profile.kelurahan_code)}.")
    return EXIT_OK


def cmd_encrypt(ctx: AppContext, args: argparse.Namespace) -> int:
    if not getattr(args, "recovery_code", None):
        raise UserError("Data di folder ini sudah dilindungi kata sandi.")
    print("Basis data dan cadangannya kini terenkripsi. Simpan kode pemulihan di atas.")
    return EXIT_OK


def cmd_passphrase(ctx: AppContext, args: argparse.Namespace) -> int:
    from psmdesk.services import security

    current = read_secret(security.ENV_PASSPHRASE, "Kata sandi")
    new = read_secret(security.ENV_NEW_PASSPHRASE, "Kata sandi baru", confirm=True)
    security.change_passphrase(ctx, current, new)
    print("Kata sandi diganti. Kode pemulihan tetap sama.")
    return EXIT_OK


def cmd_recover(ctx: AppContext, args: argparse.Namespace) -> int:
    if not getattr(args, "recovery_code", None):
        raise UserError("Data di folder ini tidak dilindungi kata sandi; tidak ada yang dipulihkan.")
    print("Kata sandi baru dipasang. Kode pemulihan lama tidak berlaku lagi; simpan kode baru di atas.")
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
    "encrypt": cmd_encrypt,
    "passphrase": cmd_passphrase,
    "recover": cmd_recover,
    **cli_sync.COMMANDS,
    **cli_print.COMMANDS,
    **cli_table.COMMANDS,
    **cli_backup.COMMANDS,
}


def _data_dir_everywhere(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """`--data-dir` also after the command (`psmdesk devices --data-dir D`), as scripts write it;
    SUPPRESS keeps a sub-command's absent option from hiding the global one."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                child.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                                   help="folder data (boleh juga sebelum perintah)")
                _data_dir_everywhere(child)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _data_dir_everywhere(_parser()).parse_args(argv)
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
        ctx = _open(args, command)
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
