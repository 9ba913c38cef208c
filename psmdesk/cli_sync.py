"""`psmdesk` sync commands: enroll, export, import, bundle inspect, devices, conflicts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from psmdesk.domain.ids import short_id
from psmdesk.domain.profile import Role
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError

EXIT_OK, EXIT_USER = 0, 1


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("enroll", help="pendaftaran relawan ke kantor")
    enroll = p.add_subparsers(dest="enroll_command", metavar="create|accept", required=True)
    c = enroll.add_parser("create", help="(kantor) buat berkas pendaftaran untuk relawan")
    c.add_argument("--volunteer", required=True, metavar="NAME")
    c.add_argument("--out", required=True, metavar="FILE")
    c.add_argument("--area", action="append", default=[], metavar="CODE", help="kelurahan tugas (boleh berulang)")
    a = enroll.add_parser("accept", help="(relawan) pakai berkas pendaftaran dari kantor")
    a.add_argument("file", metavar="FILE")

    p = sub.add_parser("export", help="tulis Paket Sinkron berikutnya (relawan: ke kantor; kantor: ke relawan)")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--device", metavar="ID", help="(kantor) hanya untuk perangkat ini")

    p = sub.add_parser("import", help="impor Paket Sinkron (berkas atau folder)")
    p.add_argument("--dry-run", action="store_true", help="tampilkan hasil tanpa menerapkan")
    p.add_argument("files", nargs="+", metavar="FILE")

    p = sub.add_parser("bundle", help="periksa Paket Sinkron")
    bundle = p.add_subparsers(dest="bundle_command", metavar="inspect", required=True)
    i = bundle.add_parser("inspect", help="buka dan tampilkan manifest serta jumlah baris")
    i.add_argument("file", metavar="FILE")

    p = sub.add_parser("devices", help="buku besar perangkat (urutan paket, celah, cabang)")
    devices = p.add_subparsers(dest="devices_command", metavar="approve|revoke")
    for name, text in (("approve", "setujui perangkat"), ("revoke", "cabut izin perangkat")):
        d = devices.add_parser(name, help=text)
        d.add_argument("device_id", metavar="ID", help="id perangkat (boleh 8 huruf terakhir, seperti di daftar)")


def cmd_enroll(ctx: AppContext, args: argparse.Namespace) -> int:
    from psmdesk.services.enrollment import accept_enrollment, create_enrollment, office_fingerprint

    if args.enroll_command == "create":
        path = create_enrollment(ctx, args.volunteer, args.area, Path(args.out))
        print(path)
        print(f"Sidik jari kantor: {office_fingerprint(ctx)}", file=sys.stderr)
        return EXIT_OK
    office = accept_enrollment(ctx, Path(args.file))
    print(f"Terdaftar di {office.office_name}. Sidik jari kantor: {office_fingerprint(ctx)}")
    return EXIT_OK


def cmd_export(ctx: AppContext, args: argparse.Namespace) -> int:
    from psmdesk.services.roles import require_profile
    from psmdesk.services.sync_export import export_bundle, office_bundle
    from psmdesk.sync.ledger import all_devices

    out = Path(args.out)
    if require_profile(ctx).role is Role.KOORDINATOR:
        targets = [args.device] if args.device else [d.device_id for d in all_devices(ctx.db) if d.status == "approved"]
        if not targets:
            raise UserError("Belum ada perangkat relawan yang disetujui.")
        for device_id in targets:
            print(office_bundle(ctx, _device_id(ctx, device_id), out).path)
        return EXIT_OK
    written = export_bundle(ctx, out)
    if written is None:
        print("Tidak ada perubahan baru; semua sudah diterima kantor.", file=sys.stderr)
        return EXIT_OK
    print(written.path)
    return EXIT_OK


def cmd_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from psmdesk.services.sync_import import import_files

    results = import_files(ctx, [Path(f) for f in args.files], dry_run=args.dry_run)
    if not results:
        raise UserError("Tidak ada Paket Sinkron (.psmsync) di sana.")
    for result in results:
        print(result.describe(), file=sys.stdout if result.ok else sys.stderr)
    return EXIT_OK if all(r.ok for r in results) else EXIT_USER


def cmd_bundle(ctx: AppContext, args: argparse.Namespace) -> int:
    from psmdesk.services.sync_import import inspect_bundle
    from psmdesk.sync.bundle import BundleRejected

    try:
        manifest, counts = inspect_bundle(ctx, Path(args.file))
    except BundleRejected as exc:
        raise UserError(f"{Path(args.file).name}: {exc}") from exc
    except FileNotFoundError as exc:
        raise UserError(f"Berkas {Path(args.file).name} tidak ditemukan.") from exc
    print(json.dumps({"manifest": manifest, "rows": counts}, indent=2, ensure_ascii=False))
    return EXIT_OK


def _device_id(ctx: AppContext, prefix: str) -> str:
    from psmdesk.sync.ledger import all_devices

    wanted = prefix.lower()
    matches = [d.device_id for d in all_devices(ctx.db) if d.device_id.endswith(wanted) or d.device_id == wanted]
    if len(matches) != 1:
        raise UserError(f"Perangkat {prefix} tidak ditemukan (atau lebih dari satu cocok).")
    return matches[0]


def cmd_devices(ctx: AppContext, args: argparse.Namespace) -> int:
    from psmdesk.services.devices import set_device_status
    from psmdesk.sync.crypto import fingerprint
    from psmdesk.sync.ledger import all_devices, device_ledger

    if args.devices_command:
        device_id = _device_id(ctx, args.device_id)
        status = "approved" if args.devices_command == "approve" else "revoked"
        set_device_status(ctx, device_id, status)  # the office's decision: role checked there
        print(f"Perangkat {short_id(device_id)}: {'disetujui' if status == 'approved' else 'dicabut'}.")
        return EXIT_OK
    devices = all_devices(ctx.db)
    if not devices:
        print("Belum ada perangkat yang dikenal.")
    labels = {"approved": "disetujui", "pending": "menunggu persetujuan", "revoked": "dicabut"}
    for device in devices:
        print(f"{short_id(device.device_id)}  {device.volunteer}  [{labels.get(device.status, device.status)}]  "
              f"sidik jari {fingerprint(device.sign_public)}")
        for state in device_ledger(ctx.db, device.device_id):
            line = f"    urutan {short_id(state.epoch)}: diterima {_ranges(state.received)}"
            if state.missing:
                line += f"; HILANG {_ranges(state.missing)}"
            if state.forks:
                line += f"; CABANG di {_ranges(state.forks)}"
            print(line)
    return EXIT_OK


def _ranges(numbers: tuple[int, ...]) -> str:
    parts: list[str] = []
    for n in numbers:
        if parts and parts[-1].split("-")[-1] == str(n - 1):
            parts[-1] = f"{parts[-1].split('-')[0]}-{n}"
        else:
            parts.append(str(n))
    return ", ".join(parts) or "-"


COMMANDS = {"enroll": cmd_enroll, "export": cmd_export, "import": cmd_import, "bundle": cmd_bundle,
            "devices": cmd_devices}
