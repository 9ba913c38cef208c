"""`psmdesk print ...`: the printed documents, for offices that script their work."""

from __future__ import annotations

import argparse
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
    f.add_argument("--type", choices=["household"], default="household", dest="form_type")
    _common(f)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    parser.add_argument("--paper", choices=["A4", "F4"], default="A4")


def cmd_print(ctx: AppContext, args: argparse.Namespace) -> int:
    from psmdesk.services import reports
    from psmdesk.services.roles import require_profile

    require_profile(ctx)
    out = Path(args.out)
    if args.print_command == "households":
        path = reports.print_households_recap(ctx, args.kelurahan, out, paper=args.paper)
    else:
        path = reports.print_blank_household_form(ctx, out, paper=args.paper)
    print(path)
    return EXIT_OK


COMMANDS = {"print": cmd_print}
