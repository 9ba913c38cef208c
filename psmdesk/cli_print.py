"""`psmdesk print ...`: the printed documents, for offices that script their work."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from psmdesk.services.context import AppContext

EXIT_OK = 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("print", help="cetak dokumen ke PDF")
    docs = p.add_subparsers(dest="print_command", metavar="DOKUMEN", required=True)
    h = docs.add_parser("households", help="Rekap Pemetaan Keluarga per kelurahan dan RW")
    h.add_argument("--kelurahan", required=True, metavar="CODE")
    _common(h)
    f = docs.add_parser("form", help="formulir kosong untuk diisi di lapangan")
    f.add_argument("--type", choices=["household", "delivery"], default="household", dest="form_type",
                   help="household: pemetaan keluarga; delivery: pengantaran Permakanan (perlu --pokmas dan --date)")
    f.add_argument("--pokmas", metavar="NAME")
    f.add_argument("--date", type=_day, metavar="YYYY-MM-DD")
    _common(f)
    d = docs.add_parser("distribution", help="Daftar Penerima Permakanan (ditandatangani penerima)")
    d.add_argument("--pokmas", required=True, metavar="NAME")
    when = d.add_mutually_exclusive_group(required=True)
    when.add_argument("--date", type=_day, metavar="YYYY-MM-DD")
    when.add_argument("--month", type=_month, metavar="YYYY-MM")
    _common(d)
    r = docs.add_parser("recap", help="Rekap Bulanan Permakanan per Pokmas")
    r.add_argument("--pokmas", required=True, metavar="NAME")
    r.add_argument("--month", required=True, type=_month, metavar="YYYY-MM")
    _common(r)
    k = docs.add_parser("kube", help="Profil dan Buku Kas KUBE")
    k.add_argument("--name", required=True, metavar="NAME")
    _common(k)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal harus ditulis YYYY-MM-DD, misalnya 2026-08-17: {text!r}") from None


def _month(text: str) -> tuple[int, int]:
    try:
        first = date.fromisoformat(f"{text}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"bulan harus ditulis YYYY-MM, misalnya 2026-08: {text!r}") from None
    return first.year, first.month


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    parser.add_argument("--paper", choices=["A4", "F4"], default="A4")


def cmd_print(ctx: AppContext, args: argparse.Namespace) -> int:
    from psmdesk.services import reports
    from psmdesk.services.roles import require_profile

    require_profile(ctx)
    out = Path(args.out)
    with reports.writing_to(out):
        path = _render(ctx, args, out)
    print(path)
    return EXIT_OK


def _render(ctx: AppContext, args: argparse.Namespace, out: Path) -> Path:
    from psmdesk.services import reports
    from psmdesk.services.errors import UserError
    from psmdesk.services.report_data import find_kube, find_pokmas, month_range

    command = args.print_command
    if command == "households":
        path = reports.print_households_recap(ctx, args.kelurahan, out, paper=args.paper)
    elif command == "distribution":
        pokmas_id = find_pokmas(ctx, args.pokmas).id or ""
        start, end = (args.date, args.date) if args.date else month_range(*args.month)
        path = reports.print_distribution(ctx, pokmas_id, start, end, out, paper=args.paper)
    elif command == "recap":
        pokmas_id = find_pokmas(ctx, args.pokmas).id or ""
        year, month = args.month
        path = reports.print_meal_recap(ctx, pokmas_id, year, month, out, paper=args.paper)
    elif command == "kube":
        path = reports.print_kube_profile(ctx, find_kube(ctx, args.name), out, paper=args.paper)
    elif args.form_type == "delivery":
        if not args.pokmas or not args.date:
            raise UserError("Formulir pengantaran perlu --pokmas NAMA dan --date YYYY-MM-DD.")
        pokmas_id = find_pokmas(ctx, args.pokmas).id or ""
        path = reports.print_distribution(ctx, pokmas_id, args.date, args.date, out, paper=args.paper, blank=True)
    else:
        path = reports.print_blank_household_form(ctx, out, paper=args.paper)
    return path


COMMANDS = {"print": cmd_print}
