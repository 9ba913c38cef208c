"""Hostile and clumsy bundles for the importer, built in memory from good ones.

`build_world` makes, once, an office and an enrolled volunteer, and two genuine bundles from the
volunteer: bundle 1 (four households) and bundle 2 (the changes after the office acknowledged
bundle 1: an edited street, a deleted household, an edited member, a new household). Every bad
bundle in `BAD` is derived from those by a pure function of `Material`: the same bundle each run
(the key material and the ephemeral keys of re-sealed payloads are fixed, derived from labels).

A bad bundle that must reach a check *inside* the encrypted payload is re-sealed properly: the
manifest is rebuilt, the payload encrypted to the office's public key with the manifest hash as
associated data, and the manifest signed with the volunteer's device key, exactly as
`psmdesk.sync.bundle.build_bundle` does. So the payload check, not the signature or decryption,
is the one that refuses it."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import shutil
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from psmdesk.datagen.households import HouseholdGenerator
from psmdesk.paths import AppPaths
from psmdesk.services.context import AppContext, open_app
from psmdesk.services.enrollment import accept_enrollment, create_enrollment
from psmdesk.services.households import delete_household, get_household, save_household
from psmdesk.services.setup import setup
from psmdesk.services.sync_export import export_bundle, office_bundle
from psmdesk.services.sync_import import import_files
from psmdesk.sync import identity
from psmdesk.sync.bundle import associated_data, open_payload, read_envelope
from psmdesk.sync.crypto import Envelope, KeyPair, _derive
from psmdesk.sync.csvio import BOM
from psmdesk.sync.manifest import Manifest
from psmdesk.sync.staging import expected_file
from psmdesk.sync.tables import OFFICE_OWNED, SYNC_ORDER, table_specs

TODAY = date(2026, 11, 22)
KELURAHAN = "31.71.08.1001"
VOLUNTEER = "Sari Wulandari"
OFFICE_NAME = "Dinas Sosial Jakarta Pusat"
SYNCED = tuple(t for t in SYNC_ORDER if t not in OFFICE_OWNED)  # what a volunteer's bundle carries
STORED, DEFLATED = 0, 8
MIB = 1024 * 1024


# --------------------------------------------------------------------------------------------
# Zip files byte by byte: zipfile cannot write a lie, so the bad containers are assembled here.

@dataclass(frozen=True)
class RawEntry:
    name: bytes
    data: bytes  # the content the entry claims to hold (its CRC and size default to this)
    method: int = STORED
    body: bytes | None = None  # the bytes actually stored; default: `data`, deflated if asked
    crc: int | None = None
    size: int | None = None  # declared uncompressed size
    compressed_size: int | None = None  # declared compressed size
    mode: int = stat.S_IFREG | 0o644
    flags: int = 0
    version: int = 20  # version needed to extract, times ten


def deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def raw_zip(entries: list[RawEntry], *, comment: bytes = b"", count: int | None = None) -> bytes:
    """A zip of `entries` exactly as described; `count` overrides the end record's entry count."""
    out = bytearray()
    central = bytearray()
    for entry in entries:
        body = entry.body if entry.body is not None else (
            deflate(entry.data) if entry.method == DEFLATED else entry.data)
        crc = zlib.crc32(entry.data) if entry.crc is None else entry.crc
        size = len(entry.data) if entry.size is None else entry.size
        csize = len(body) if entry.compressed_size is None else entry.compressed_size
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, entry.version, entry.flags, entry.method, 0, 0x5021, crc,
                           csize, size, len(entry.name), 0)
        out += entry.name + body
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | 20, entry.version, entry.flags,
                               entry.method, 0, 0x5021, crc, csize, size, len(entry.name), 0, 0, 0, 0,
                               entry.mode << 16, offset)
        central += entry.name
    start = len(out)
    out += central
    listed = (len(entries) if count is None else count) & 0xFFFF
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, listed, listed, len(central), start, len(comment))
    return bytes(out + comment)


def _with_zip64_end(data: bytes) -> bytes:
    """The same zip with a zip64 end record and locator before its end record, as zipfile reads
    them: from then on zipfile takes the directory's size and place from the zip64 record."""
    end = len(data) - 22
    entries, size, offset = struct.unpack_from("<HII", data, end + 10)
    record = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, entries, entries, size, offset)
    locator = struct.pack("<IIQI", 0x07064B50, 0, end, 1)
    return data[:end] + record + locator + data[end:]


def plain_entries(files: dict[str, bytes], method: int) -> list[RawEntry]:
    return [RawEntry(name.encode(), data, method) for name, data in files.items()]


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


# --------------------------------------------------------------------------------------------
# Key material and sealing.

def fixed_keys(label: str) -> KeyPair:
    """A key pair that is the same every run (any 32 bytes are a valid Ed25519/X25519 key)."""
    return KeyPair(hashlib.sha256(f"sign {label}".encode()).hexdigest(),
                   hashlib.sha256(f"enc {label}".encode()).hexdigest())


def fixed_id(label: str) -> str:
    return hashlib.sha256(f"id {label}".encode()).hexdigest()[:32]


def envelope(recipient_enc_public: str, plaintext: bytes, label: str) -> Envelope:
    """Like `Envelope.to`, with the ephemeral key and nonce derived from the plaintext and a label:
    deterministic, and never one key and nonce for two plaintexts."""
    seed = hashlib.sha256(label.encode() + hashlib.sha256(plaintext).digest()).digest()
    ephemeral = X25519PrivateKey.from_private_bytes(seed)
    raw = serialization.Encoding.Raw, serialization.PublicFormat.Raw
    ephemeral_public = ephemeral.public_key().public_bytes(*raw).hex()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(recipient_enc_public)))
    nonce = hashlib.sha256(b"nonce" + seed).digest()[:12]
    return Envelope(ephemeral_public, nonce, _derive(shared, ephemeral_public, recipient_enc_public))


@dataclass(frozen=True)
class Sealed:
    """A genuine bundle and what is inside it."""

    data: bytes
    manifest: Manifest
    files: dict[str, bytes]  # the decrypted CSV files, in the order of the manifest

    def parts(self) -> dict[str, bytes]:
        return unzip(self.data)


@dataclass(frozen=True)
class Material:
    """What the corpus is built from: two genuine bundles and the keys around them."""

    b1: Sealed
    b2: Sealed
    volunteer: KeyPair
    volunteer_id: str
    office_id: str
    office_sign_public: str
    office_enc_public: str
    niks: frozenset[str]


def csv_rows(data: bytes) -> int:
    text = data.decode("utf-8", "replace").lstrip(BOM).replace("\x00", "")
    try:
        return max(0, sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 1)
    except csv.Error:
        return 0


def reseal(
    m: Material, *, base: Sealed | None = None, files: dict[str, bytes] | None = None,
    inner: bytes | None = None, fields: dict[str, Any] | None = None, entries: list[dict[str, Any]] | None = None,
    raw_manifest: Callable[[bytes], bytes] | None = None, signer: KeyPair | None = None,
    seal_to: str | None = None, label: str = "reseal",
) -> bytes:
    """A bundle built like the app builds one, from `base` with some of it replaced.

    files: the CSV files (default: the base's); entries: the manifest's file list (default: each
    file's name, the base's row count or a count of its lines, and its SHA-256); inner: the
    payload zip itself (default: a deflated zip of `files`); fields: manifest fields to replace;
    raw_manifest: a last edit of the manifest bytes that are signed and bound to the payload;
    signer: the key that signs (default: the volunteer's device key); seal_to: the X25519 key the
    payload is encrypted to (default: the office's, which the manifest names as recipient)."""
    base = base or m.b2
    files = dict(base.files if files is None else files)
    counts = {f.name: f.rows for f in base.manifest.files}
    if entries is None:
        entries = [{"name": name, "rows": counts[name] if data == base.files.get(name) else csv_rows(data),
                    "sha256": hashlib.sha256(data).hexdigest()} for name, data in files.items()]
    if inner is None:
        inner = raw_zip(plain_entries(files, DEFLATED))
    recipient = seal_to or m.office_enc_public
    sealer = envelope(recipient, inner, label)
    values = base.manifest.model_dump(mode="json") | {
        "files": entries, "recipient": recipient, "ephemeral_public": sealer.ephemeral_public,
        "nonce": sealer.nonce.hex(),
    } | (fields or {})
    manifest_bytes = json.dumps(values, sort_keys=True, separators=(",", ":")).encode()
    if raw_manifest is not None:
        manifest_bytes = raw_manifest(manifest_bytes)
    bundle_id = str(values["bundle_id"])
    if not re.fullmatch(r"[0-9a-f]{32}", bundle_id):  # an invalid id is refused before decryption anyway
        bundle_id = base.manifest.bundle_id
    payload = sealer.seal(inner, associated_data(manifest_bytes, bundle_id))
    signature = (signer or m.volunteer).sign(manifest_bytes)
    return raw_zip(plain_entries({"manifest.json": manifest_bytes, "manifest.sig": signature,
                                  "payload.bin": payload}, STORED))


def outer(m: Material, *, base: Sealed | None = None, **changes: bytes) -> bytes:
    """The base bundle's three parts, some replaced (manifest_json, manifest_sig, payload_bin)."""
    parts = (base or m.b2).parts()
    for key, value in changes.items():
        parts[key.replace("_", ".")] = value
    return raw_zip(plain_entries(parts, STORED))


def outer_entries(m: Material, edit: Callable[[list[RawEntry]], list[RawEntry]], count: int | None = None) -> bytes:
    return raw_zip(edit(plain_entries(m.b2.parts(), STORED)), count=count)


def inner_entries(m: Material, edit: Callable[[list[RawEntry]], list[RawEntry]], label: str,
                  count: int | None = None) -> bytes:
    """A re-sealed bundle whose payload zip is the base's files, edited as raw entries; the
    manifest still lists the base's files, so only the payload container is wrong."""
    base_entries = [{"name": f.name, "rows": f.rows, "sha256": f.sha256} for f in m.b2.manifest.files]
    inner = raw_zip(edit(plain_entries(m.b2.files, DEFLATED)), count=count)
    return reseal(m, inner=inner, entries=base_entries, label=label)


# --------------------------------------------------------------------------------------------
# CSV surgery on the decrypted files.

def table(data: bytes) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8").lstrip(BOM), newline="")))
    return rows[0], rows[1:]


def write_table(header: list[str], rows: list[list[str]], *, encoding: str = "utf-8", delimiter: str = ",",
                bom: bool = True, newline: str = "\r\n") -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(rows)
    text = out.getvalue()
    return (BOM.encode("utf-8") if bom else b"") + text.encode(encoding)


def edit_cells(data: bytes, column: str, values: list[str]) -> bytes:
    """The same CSV with `column` of the first rows replaced by `values`."""
    header, rows = table(data)
    at = header.index(column)
    for row, value in zip(rows, values, strict=False):
        row[at] = value
    return write_table(header, rows)


def with_file(m: Material, name: str, data: bytes, label: str, base: Sealed | None = None) -> bytes:
    files = dict((base or m.b2).files)
    files[name] = data
    return reseal(m, base=base, files=files, label=label)


FORMULAS = ('=HYPERLINK("http://x","y")', "+1", "-1", "@SUM(A1)")
EXCEL_NIK = "3.17101E+15"


def excel_resave(data: bytes) -> bytes:
    """What Excel (Indonesian Windows) writes back: cp1252, ';', no BOM, NIKs as numbers."""
    header, rows = table(data)
    if "nik" in header:
        at = header.index("nik")
        for row in rows:
            if row[at]:
                row[at] = EXCEL_NIK
    return write_table(header, rows, encoding="cp1252", delimiter=";", bom=False)


def reorder(data: bytes) -> bytes:
    header, rows = table(data)
    order = list(reversed(range(len(header))))
    return write_table([header[i] for i in order], [[row[i] for i in order] for row in rows])


def drop_column(data: bytes, column: str) -> bytes:
    header, rows = table(data)
    at = header.index(column)
    return write_table([c for i, c in enumerate(header) if i != at],
                       [[c for i, c in enumerate(row) if i != at] for row in rows])


def add_column(data: bytes, column: str, value: str) -> bytes:
    header, rows = table(data)
    return write_table([*header, column], [[*row, value] for row in rows])


# --------------------------------------------------------------------------------------------
# The corpus. Each builder is a pure function of the material.

Builder = Callable[[Material], bytes]
BAD: dict[str, Builder] = {}


def bad(name: str) -> Callable[[Builder], Builder]:
    def register(build: Builder) -> Builder:
        assert name not in BAD, name
        BAD[name] = build
        return build
    return register


def _manifest_text(m: Material, edit: Callable[[str], str]) -> bytes:
    """A signed, sealed bundle whose manifest text was edited before signing."""
    return reseal(m, raw_manifest=lambda raw: edit(raw.decode()).encode(), label="manifest-text")


# Outer container ------------------------------------------------------------------------------
def _truncated(cut: str) -> Builder:
    def build(m: Material) -> bytes:
        data = m.b2.data
        keep = {"half": len(data) // 2, "last-byte": len(data) - 1, "end-record": len(data) - 22,
                "first-100": 100}[cut]
        return data[:keep]
    return build


for _cut in ("half", "last-byte", "end-record", "first-100"):
    bad(f"truncated-{_cut}")(_truncated(_cut))

bad("empty-file")(lambda m: b"")
bad("not-a-zip")(lambda m: b"%PDF-1.4\n" + b"x" * 1000)
bad("junk-appended-beyond-end-record-window")(lambda m: m.b2.data + b"\x00junk" * 20_000)
bad("outer-crc-mismatch-content")(lambda m: outer_entries(m, lambda es: [
    replace(e, body=e.data[:-1] + bytes([e.data[-1] ^ 1])) if e.name == b"payload.bin" else e for e in es]))
bad("outer-crc-mismatch-header")(lambda m: outer_entries(m, lambda es: [
    replace(e, crc=zlib.crc32(e.data) ^ 0xFFFF) if e.name == b"manifest.json" else e for e in es]))

SLIP_NAMES = {"dotdot": b"../payload.bin", "absolute": b"/etc/x", "drive": b"C:\\x", "nul": b"payload.bin\x00.exe",
              "backslash-dotdot": b"..\\..\\payload.bin", "subfolder": b"x/payload.bin"}


def _outer_renamed(name: bytes) -> Builder:
    return lambda m: outer_entries(m, lambda es: [replace(e, name=name) if e.name == b"payload.bin" else e
                                                  for e in es])


def _outer_added(name: bytes) -> Builder:
    return lambda m: outer_entries(m, lambda es: [*es, RawEntry(name, b"owned")])


for _key, _name in SLIP_NAMES.items():
    bad(f"outer-zip-slip-{_key}")(_outer_renamed(_name))
    bad(f"outer-zip-slip-{_key}-extra")(_outer_added(_name))

bad("outer-duplicate-name")(lambda m: outer_entries(m, lambda es: [*es, RawEntry(b"payload.bin", b"second")]))
bad("outer-symlink")(lambda m: outer_entries(m, lambda es: [
    replace(e, data=b"/etc/passwd", mode=stat.S_IFLNK | 0o777) if e.name == b"payload.bin" else e for e in es]))
bad("outer-directory-entry")(lambda m: outer_entries(m, lambda es: [*es, RawEntry(b"payload.bin/", b"")]))
bad("outer-zip-encrypted-flag")(lambda m: outer_entries(m, lambda es: [
    replace(e, flags=0x1) if e.name == b"payload.bin" else e for e in es]))
bad("outer-zip64-end-record")(lambda m: _with_zip64_end(m.b2.data))
bad("outer-bomb-ratio")(lambda m: outer_entries(m, lambda es: [
    replace(e, data=bytes(4 * MIB), method=DEFLATED) if e.name == b"manifest.sig" else e for e in es]))
bad("outer-bomb-lying-size-huge")(lambda m: outer_entries(m, lambda es: [
    replace(e, size=0xFFFFFFF0) if e.name == b"payload.bin" else e for e in es]))
bad("outer-bomb-lying-size-small")(lambda m: outer_entries(m, lambda es: [
    replace(e, data=bytes(2 * MIB), method=DEFLATED, size=1000) if e.name == b"manifest.sig" else e
    for e in es]))
bad("outer-bomb-many-entries")(lambda m: outer_entries(m, lambda es: [
    *es, *(RawEntry(f"f{i}".encode(), b"") for i in range(500))]))
bad("outer-bomb-huge-central-directory")(lambda m: outer_entries(m, lambda es: [
    *es, *(RawEntry(b"x", b"") for _ in range(5_000))], count=3))
bad("outer-unknown-compression")(lambda m: outer_entries(m, lambda es: [
    replace(e, method=99) if e.name == b"manifest.sig" else e for e in es]))
bad("outer-needs-newer-zip-version")(lambda m: outer_entries(m, lambda es: [
    replace(e, version=84) if e.name == b"manifest.sig" else e for e in es]))
bad("outer-missing-payload")(lambda m: outer_entries(m, lambda es: [e for e in es if e.name != b"payload.bin"]))
bad("outer-missing-signature")(lambda m: outer_entries(m, lambda es: [e for e in es if e.name != b"manifest.sig"]))
bad("outer-extra-file")(lambda m: outer_entries(m, lambda es: [*es, RawEntry(b"catatan.txt", b"halo")]))

# The manifest -------------------------------------------------------------------------------
bad("manifest-duplicate-key")(lambda m: _manifest_text(m, lambda t: t.replace('"seq":2', '"seq":2,"seq":3')))
bad("manifest-huge-integer")(lambda m: _manifest_text(m, lambda t: t.replace('"seq":2', '"seq":' + "9" * 5000)))
bad("manifest-huge-float")(lambda m: _manifest_text(m, lambda t: t.replace('"seq":2', '"seq":1e999')))
bad("manifest-nan")(lambda m: _manifest_text(m, lambda t: t.replace('"seq":2', '"seq":NaN')))
bad("manifest-deep-nesting")(lambda m: _manifest_text(
    m, lambda t: t.replace('"acks":[]', '"acks":' + "[" * 100_000 + "]" * 100_000)))
bad("manifest-nesting-past-limit")(lambda m: _manifest_text(
    m, lambda t: t.replace('"acks":[]', '"acks":' + "[" * 8 + "]" * 8)))
bad("manifest-too-large")(lambda m: _manifest_text(m, lambda t: t[:-1] + ',"x":"' + "a" * 300_000 + '"}'))
bad("manifest-unknown-field")(lambda m: reseal(m, fields={"sql": "DROP TABLE households"}, label="unknown"))
bad("manifest-not-json")(lambda m: outer(m, manifest_json=b"{this is not json"))
bad("manifest-invalid-utf8")(lambda m: outer(m, manifest_json=b'{"format":"\xff\xfe"}'))
bad("manifest-array")(lambda m: outer(m, manifest_json=b"[1, 2, 3]"))
bad("manifest-other-format")(lambda m: reseal(m, fields={"format": "zip-archive"}, label="format"))
bad("manifest-bad-bundle-id")(lambda m: reseal(m, fields={"bundle_id": "../../etc/passwd"}, label="bid"))
bad("manifest-file-name-path")(lambda m: reseal(m, entries=[
    {"name": "../households.csv", "rows": 1, "sha256": "0" * 64}], label="entry-path"))
bad("manifest-negative-seq")(lambda m: reseal(m, fields={"seq": -1}, label="negative"))

# Signatures and senders --------------------------------------------------------------------
bad("signature-over-other-manifest")(lambda m: outer(
    m, manifest_json=m.b2.parts()["manifest.json"].replace(b'"seq":2', b'"seq":7')))
bad("signature-flipped-bit")(lambda m: outer(
    m, manifest_sig=bytes([m.b2.parts()["manifest.sig"][0] ^ 1]) + m.b2.parts()["manifest.sig"][1:]))
bad("signature-empty")(lambda m: outer(m, manifest_sig=b""))
bad("signature-by-another-key")(lambda m: reseal(m, signer=fixed_keys("thief"), label="thief"))
bad("claims-another-devices-id")(lambda m: reseal(m, signer=fixed_keys("thief"), fields={
    "sign_public": fixed_keys("thief").sign_public, "enc_public": fixed_keys("thief").enc_public,
    "enrollment_id": None, "enrollment_proof": None}, label="impostor"))
bad("known-key-claims-new-device-id")(lambda m: reseal(m, fields={"device_id": fixed_id("new laptop")},
                                                       label="new-id"))
bad("claims-to-be-the-office")(lambda m: reseal(m, fields={"device_id": m.office_id}, label="office"))
bad("payload-swapped-between-bundles")(lambda m: outer(m, payload_bin=m.b1.parts()["payload.bin"]))
bad("payload-tampered")(lambda m: outer(m, payload_bin=bytes([m.b2.parts()["payload.bin"][0] ^ 1])
                                     + m.b2.parts()["payload.bin"][1:]))
bad("wrong-recipient-key")(lambda m: reseal(m, seal_to=fixed_keys("other office").enc_public,
                                            label="other-office"))
bad("sealed-to-other-office-but-claims-ours")(lambda m: reseal(
    m, seal_to=fixed_keys("other office").enc_public, fields={"recipient": m.office_enc_public},
    label="claims-ours"))

# Newer app ----------------------------------------------------------------------------------
bad("newer-format-version")(lambda m: reseal(m, fields={"format_version": 2}, label="format-2"))
bad("newer-schema-version")(lambda m: reseal(m, fields={"schema_version": 99}, label="schema-99"))


# The payload zip (re-sealed, so decryption succeeds and the container check is reached) ---------
def _inner_rename(name: bytes) -> Builder:
    return lambda m: inner_entries(m, lambda es: [
        replace(e, name=name) if e.name == b"households.csv" else e for e in es], f"inner-{name!r}")


bad("inner-not-a-zip")(lambda m: reseal(m, inner=b"PK\x03\x04 truncated", label="inner-trunc"))
bad("inner-truncated")(lambda m: reseal(m, inner=raw_zip(plain_entries(m.b2.files, DEFLATED))[:-30],
                                        label="inner-cut"))
bad("inner-crc-mismatch")(lambda m: inner_entries(m, lambda es: [
    replace(e, crc=zlib.crc32(e.data) ^ 1) if e.name == b"households.csv" else e for e in es], "inner-crc"))
for _key, _name in SLIP_NAMES.items():
    bad(f"inner-zip-slip-{_key}")(_inner_rename(_name.replace(b"payload.bin", b"households.csv")))
bad("inner-damaged-deflate-stream")(lambda m: inner_entries(m, lambda es: [
    replace(e, body=b"\xff" + deflate(e.data)[1:]) if e.name == b"households.csv" else e for e in es], "inner-zlib"))
bad("inner-needs-newer-zip-version")(lambda m: inner_entries(m, lambda es: [
    replace(e, version=84) if e.name == b"households.csv" else e for e in es], "inner-version"))
bad("inner-duplicate-name")(lambda m: inner_entries(m, lambda es: [*es, es[0]], "inner-dup"))
bad("inner-symlink")(lambda m: inner_entries(m, lambda es: [
    replace(e, data=b"/etc/passwd", mode=stat.S_IFLNK | 0o777) if e.name == b"households.csv" else e
    for e in es], "inner-link"))
bad("inner-directory-mode")(lambda m: inner_entries(m, lambda es: [
    replace(e, mode=stat.S_IFDIR | 0o755) if e.name == b"households.csv" else e for e in es], "inner-dir"))
bad("inner-bomb-ratio")(lambda m: inner_entries(m, lambda es: [
    replace(e, data=m.b2.files["households.csv"] + b" " * (4 * MIB)) if e.name == b"households.csv" else e
    for e in es], "inner-ratio"))
bad("inner-bomb-lying-size-huge")(lambda m: inner_entries(m, lambda es: [
    replace(e, size=0xFFFFFFF0) if e.name == b"households.csv" else e for e in es], "inner-huge"))
bad("inner-bomb-lying-size-small")(lambda m: inner_entries(m, lambda es: [
    replace(e, data=m.b2.files["households.csv"] + b" " * (4 * MIB), size=len(m.b2.files["households.csv"]))
    if e.name == b"households.csv" else e for e in es], "inner-small"))
bad("inner-bomb-many-entries")(lambda m: inner_entries(m, lambda es: [
    *es, *(RawEntry(f"t{i}.csv".encode(), b"", DEFLATED) for i in range(200))], "inner-many"))
bad("inner-bomb-huge-central-directory")(lambda m: inner_entries(m, lambda es: [
    *es, *(RawEntry(b"x", b"") for _ in range(5_000))], "inner-cd", count=4))
bad("inner-bomb-total-size")(lambda m: inner_entries(m, lambda es: [
    *es, *(RawEntry(f"t{i}.csv".encode(), b"", size=0x7FFFFFFF, compressed_size=0x7FFFFFFF // 150)
           for i in range(2))], "inner-total"))

# Payload against manifest --------------------------------------------------------------------
bad("file-missing-from-payload")(lambda m: reseal(
    m, inner=raw_zip(plain_entries({k: v for k, v in m.b2.files.items() if k != "members.csv"}, DEFLATED)),
    entries=[{"name": f.name, "rows": f.rows, "sha256": f.sha256} for f in m.b2.manifest.files], label="missing"))
bad("file-extra-to-manifest")(lambda m: reseal(
    m, inner=raw_zip(plain_entries({**m.b2.files, "members_old.csv": b"x"}, DEFLATED)),
    entries=[{"name": f.name, "rows": f.rows, "sha256": f.sha256} for f in m.b2.manifest.files], label="extra"))
bad("file-unknown-to-the-app")(lambda m: reseal(m, files={**m.b2.files, "passwords.csv": BOM.encode() + b"a\r\n"},
                                                label="unknown-file"))
bad("file-listed-twice")(lambda m: reseal(m, entries=[
    *({"name": f.name, "rows": f.rows, "sha256": f.sha256} for f in m.b2.manifest.files),
    {"name": m.b2.manifest.files[0].name, "rows": 0, "sha256": m.b2.manifest.files[0].sha256}], label="twice"))
bad("file-hash-mismatch")(lambda m: reseal(
    m, inner=raw_zip(plain_entries({**m.b2.files, "households.csv": m.b2.files["households.csv"] + b"\r\n"},
                                   DEFLATED)),
    entries=[{"name": f.name, "rows": f.rows, "sha256": f.sha256} for f in m.b2.manifest.files], label="hash"))
bad("file-row-count-mismatch")(lambda m: reseal(m, entries=[
    {"name": f.name, "rows": f.rows + (f.name == "households.csv"), "sha256": f.sha256}
    for f in m.b2.manifest.files], label="rows"))

# CSV ----------------------------------------------------------------------------------------
bad("csv-excel-resave")(lambda m: with_file(m, "members.csv", excel_resave(m.b2.files["members.csv"]), "excel"))
bad("csv-semicolon-with-bom")(lambda m: with_file(m, "members.csv", write_table(
    *table(m.b2.files["members.csv"]), delimiter=";"), "semicolon"))
bad("csv-nik-as-excel-number")(lambda m: with_file(m, "members.csv", edit_cells(
    m.b2.files["members.csv"], "nik", [EXCEL_NIK]), "excel-nik"))
bad("csv-cp1252-with-bom")(lambda m: with_file(m, "households.csv", edit_cells(
    m.b2.files["households.csv"], "street", ["Jl. Café"]).replace("Café".encode(), "Café".encode("cp1252")),
    "cp1252"))
bad("csv-invalid-utf8")(lambda m: with_file(m, "households.csv", m.b2.files["households.csv"] + b"\xff\xfe\xfd",
                                            "utf8"))
bad("csv-nul-byte")(lambda m: with_file(m, "households.csv", m.b2.files["households.csv"].replace(
    b"\r\n", b"\x00\r\n", 2), "nul"))
bad("csv-unbalanced-quote")(lambda m: with_file(m, "households.csv", edit_cells(
    m.b2.files["households.csv"], "street", ["x"]).replace(b",x,", b',"x,', 1), "quote"))
bad("csv-missing-column")(lambda m: with_file(m, "households.csv", drop_column(
    m.b2.files["households.csv"], "street"), "missing-col"))
bad("csv-extra-column")(lambda m: with_file(m, "households.csv", add_column(
    m.b2.files["households.csv"], "password", "x"), "extra-col"))
bad("csv-extra-column-named-like-a-nik")(lambda m: with_file(m, "members.csv", add_column(
    m.b2.files["members.csv"], sorted(m.niks)[0], ""), "nik-col"))
bad("csv-duplicate-column")(lambda m: with_file(m, "households.csv", add_column(
    m.b2.files["households.csv"], "street", "x"), "dup-col"))
bad("csv-short-row")(lambda m: with_file(m, "households.csv", m.b2.files["households.csv"] + b"a,b\r\n", "short"))
bad("csv-header-only-missing")(lambda m: with_file(m, "households.csv", BOM.encode(), "empty-csv"))
bad("csv-huge-cell")(lambda m: with_file(m, "households.csv", edit_cells(
    m.b2.files["households.csv"], "notes", ["x" * 200_000]), "huge-cell"))
bad("csv-bad-id")(lambda m: with_file(m, "households.csv", edit_cells(
    m.b2.files["households.csv"], "id", ["../../etc/passwd"]), "bad-id"))
bad("csv-bad-date")(lambda m: with_file(m, "visits.csv", edit_cells(
    m.b2.files["visits.csv"], "visit_date", ["2026-02-30"]), "bad-date"))
bad("csv-bad-integer")(lambda m: with_file(m, "members.csv", edit_cells(
    m.b2.files["members.csv"], "position", ["1e999"]), "bad-int"))
bad("csv-bad-field-clocks")(lambda m: with_file(m, "households.csv", edit_cells(
    m.b2.files["households.csv"], "field_clocks", ['{"street": "now"}']), "bad-clocks"))
bad("csv-bad-hlc")(lambda m: with_file(m, "households.csv", edit_cells(
    m.b2.files["households.csv"], "hlc", ["yesterday"]), "bad-hlc"))
bad("csv-duplicate-id")(lambda m: with_file(m, "households.csv", edit_cells(
    m.b2.files["households.csv"], "id", [table(m.b2.files["households.csv"])[1][1][0]]), "dup-id"))
bad("csv-required-value-missing")(lambda m: with_file(m, "members.csv", edit_cells(
    m.b2.files["members.csv"], "household_id", [""]), "null"))
bad("csv-bad-tombstone")(lambda m: with_file(m, "tombstones.csv", edit_cells(
    m.b2.files["tombstones.csv"], "table_name", ["sqlite_master"]), "bad-stone"))
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _fullwidth_clock(data: bytes) -> bytes:
    """Row 1's street clock rewritten in full-width digits: it parses as a plausible time but sorts
    above every real stamp, so it would win every later merge."""
    header, rows = table(data)
    at = header.index("field_clocks")
    clocks = json.loads(rows[0][at])
    clock, base = clocks["street"]
    clocks["street"] = [clock[:13].translate(FULLWIDTH) + clock[13:], base]
    rows[0][at] = json.dumps(clocks, sort_keys=True, separators=(",", ":"))  # as dump_clocks writes
    return write_table(header, rows)


def _cell(data: bytes, column: str, edit: Callable[[str], str]) -> bytes:
    header, rows = table(data)
    return edit_cells(data, column, [edit(rows[0][header.index(column)])])


bad("csv-clock-in-full-width-digits")(lambda m: with_file(m, "households.csv", _fullwidth_clock(
    m.b2.files["households.csv"]), "fw-clock"))
bad("csv-hlc-in-full-width-digits")(lambda m: with_file(m, "households.csv", _cell(
    m.b2.files["households.csv"], "hlc", lambda v: v[:13].translate(FULLWIDTH) + v[13:]), "fw-hlc"))
bad("csv-tombstone-clock-in-full-width-digits")(lambda m: with_file(m, "tombstones.csv", _cell(
    m.b2.files["tombstones.csv"], "clock", lambda v: v[:13].translate(FULLWIDTH) + v[13:]), "fw-stone"))
bad("csv-field-clocks-deeply-nested")(lambda m: with_file(m, "households.csv", edit_cells(
    m.b2.files["households.csv"], "field_clocks", ["[" * 50_000]), "deep-clocks"))
bad("csv-id-with-trailing-newline")(lambda m: with_file(m, "households.csv", _cell(
    m.b2.files["households.csv"], "id", lambda v: fixed_id("newline") + "\n"), "id-newline"))
bad("csv-kelurahan-in-arabic-indic-digits")(lambda m: with_file(m, "households.csv", _cell(
    m.b2.files["households.csv"], "kelurahan_code",
    lambda v: v.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))), "kel-digits"))
bad("csv-no-kk-in-full-width-digits")(lambda m: with_file(m, "households.csv", _cell(
    m.b2.files["households.csv"], "no_kk", lambda v: v.translate(FULLWIDTH)), "kk-digits"))
bad("csv-date-in-iso-week-format")(lambda m: with_file(m, "visits.csv", edit_cells(
    m.b2.files["visits.csv"], "visit_date", ["2026-W47-1"]), "week-date"))
bad("csv-timestamp-in-full-width-digits")(lambda m: with_file(m, "households.csv", _cell(
    m.b2.files["households.csv"], "created_at", lambda v: v.translate(FULLWIDTH)), "fw-ts"))
bad("csv-real-infinite")(lambda m: with_file(m, "households.csv", edit_cells(
    m.b2.files["households.csv"], "latitude", ["9" * 16 + "e+999"]), "inf"))
bad("orphan-member-rows")(lambda m: with_file(m, "members.csv", edit_cells(
    m.b2.files["members.csv"], "household_id", [fixed_id("nowhere")]), "orphan"))


def excel_formulas(m: Material) -> bytes:
    """Good bundle 2 with formula-looking text in street and notes (must be applied literally)."""
    header, rows = table(m.b2.files["households.csv"])
    street, notes = header.index("street"), header.index("notes")
    for i, row in enumerate(rows):
        row[street], row[notes] = FORMULAS[i % 4], FORMULAS[(i + 1) % 4]
    return with_file(m, "households.csv", write_table(header, rows), "formulas")


def reordered_columns(m: Material) -> bytes:
    """Good bundle 2 with every CSV's columns in reverse order (must be applied as if in order)."""
    return reseal(m, files={name: reorder(data) for name, data in m.b2.files.items()}, label="reordered")


def junk_appended(m: Material) -> bytes:
    """Good bundle 2 with a little junk after the zip (a chat app's trailer): the end record is
    still found and nothing the bundle's signature covers changed."""
    return m.b2.data + b"\r\n-- dikirim lewat WhatsApp --\r\n"


def unknown_device(m: Material) -> tuple[bytes, KeyPair]:
    """Bundle 2's data from a laptop the office never enrolled: its own key and id, no proof."""
    keys = fixed_keys("stranger")
    fields = {"device_id": fixed_id("stranger"), "sign_public": keys.sign_public, "enc_public": keys.enc_public,
              "enrollment_id": None, "enrollment_proof": None, "sender_name": "Orang Asing"}
    return reseal(m, signer=keys, fields=fields, label="stranger"), keys


def large_bundle(m: Material, households: int) -> tuple[bytes, int]:
    """A valid, signed bundle (seq 3) of `households` new households with members: many copies of
    bundle 1's rows under new ids. Returns the bundle and its row count."""
    hh_header, hh_rows = table(m.b1.files["households.csv"])
    mm_header, mm_rows = table(m.b1.files["members.csv"])
    hh_id, mm_id, mm_hh = hh_header.index("id"), mm_header.index("id"), mm_header.index("household_id")
    households_out: list[list[str]] = []
    members_out: list[list[str]] = []
    for n in range(households):
        source = hh_rows[n % len(hh_rows)]
        new_hh = fixed_id(f"big household {n}")
        households_out.append([new_hh if i == hh_id else v for i, v in enumerate(source)])
        for member in (r for r in mm_rows if r[mm_hh] == source[hh_id]):
            new_m = fixed_id(f"big member {n} {member[mm_id]}")
            members_out.append([new_m if i == mm_id else new_hh if i == mm_hh else v for i, v in enumerate(member)])
    files = {"households.csv": write_table(hh_header, households_out),
             "members.csv": write_table(mm_header, members_out)}
    entries = [{"name": name, "rows": len(rows), "sha256": hashlib.sha256(files[name]).hexdigest()}
               for name, rows in (("households.csv", households_out), ("members.csv", members_out))]
    fields = {"bundle_id": fixed_id(f"big bundle {households}"), "seq": 3, "prev_bundle_id": None,
              "prev_sha256": None}
    data = reseal(m, base=m.b1, files=files, entries=entries, fields=fields, label="big")
    return data, len(households_out) + len(members_out)


# --------------------------------------------------------------------------------------------
# The world: an office and a volunteer, made once per test session.

Row = dict[str, object]
State = dict[str, list[Row]]


def synced_state(ctx: AppContext) -> State:
    """The synced tables as the other side should see them (versions and local update times differ)."""
    state: State = {}
    present = set(table_specs(ctx.db))
    for name in (t for t in SYNCED if t in present):
        cursor = ctx.db.execute(f"SELECT * FROM {name} ORDER BY id")
        columns = [d[0] for d in cursor.description]
        state[name] = [{k: v for k, v in zip(columns, row, strict=True) if k not in ("version", "updated_at")}
                       for row in cursor.fetchall()]
    return state


def all_tables(ctx: AppContext) -> tuple[str, ...]:
    """Every table of the database (data, ledger, audit log, search index, meta): whatever an
    import may write. A refused bundle must leave each of them as it was."""
    rows = ctx.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                          " ORDER BY name").fetchall()
    return tuple(str(r[0]) for r in rows)


def fingerprint_db(ctx: AppContext, tables: tuple[str, ...] | None = None) -> dict[str, tuple[int, str]]:
    """Row count and a hash of every row, per table (default: all of them), in a stable order."""
    result: dict[str, tuple[int, str]] = {}
    for name in tables if tables is not None else all_tables(ctx):
        rows = sorted(repr(r) for r in ctx.db.execute(f"SELECT * FROM {name}").fetchall())
        result[name] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return result


@dataclass
class World:
    root: Path
    fresh: Path  # office data folder: volunteer enrolled, nothing imported
    after_b1: Path  # office data folder: bundle 1 imported, the volunteer's laptop approved
    material: Material
    state_b1: State  # the volunteer's synced tables when bundle 1 was written
    state_b2: State  # ... and when bundle 2 was written
    edited_household: str  # its street changed between bundles 1 and 2
    deleted_household: str  # deleted between bundles 1 and 2

    def office(self, template: Path, target: Path) -> AppContext:
        """A private copy of an office data folder, opened."""
        shutil.copytree(template, target)
        return open_app(AppPaths.resolve(target))

    def write(self, folder: Path, name: str, data: bytes) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.psmsync"
        path.write_bytes(data)
        return path


def _make_ctx(root: Path, name: str, role: str, who: str) -> AppContext:
    ctx = open_app(AppPaths.resolve(root / name))
    setup(ctx, role, who, KELURAHAN)
    return ctx


def _sealed(data: bytes, sender: str, office: KeyPair) -> Sealed:
    opened = read_envelope(data)
    files = open_payload(opened, sender, office, expected_file)
    ordered = {f.name: files[f.name] for f in opened.manifest.files}
    return Sealed(data, opened.manifest, ordered)


def _reopen(ctx: AppContext, copy_to: Path) -> AppContext:
    ctx.close()
    shutil.copytree(ctx.paths.data_dir, copy_to)
    return open_app(ctx.paths)


def build_world(root: Path) -> World:
    office = _make_ctx(root, "kantor", "koordinator", OFFICE_NAME)
    volunteer = _make_ctx(root, "relawan", "relawan", VOLUNTEER)
    drop = root / "usb"
    drop.mkdir()
    enrollment = create_enrollment(office, VOLUNTEER, [KELURAHAN], drop)
    accept_enrollment(volunteer, enrollment)
    generator = HouseholdGenerator(7, [KELURAHAN], TODAY, VOLUNTEER)
    ids = [save_household(volunteer, h, confirmed=True, today=TODAY) for h in generator.households(4)]
    first = export_bundle(volunteer, drop)
    assert first is not None
    state_b1 = synced_state(volunteer)
    office = _reopen(office, root / "template-fresh")

    [result] = import_files(office, [first.path])
    assert result.status == "applied", result.reason
    back = office_bundle(office, volunteer.device_id, drop)  # acknowledges bundle 1
    [result] = import_files(volunteer, [back.path])
    assert result.status == "applied", result.reason

    edited = get_household(volunteer, ids[0])
    edited.street = "Jl. Kramat Pulo Gundul No. 5"
    save_household(volunteer, edited, confirmed=True, today=TODAY)
    delete_household(volunteer, ids[1], "pindah ke luar kota")
    changed = get_household(volunteer, ids[2])
    changed.members[0].occupation = "Pedagang kaki lima"
    save_household(volunteer, changed, confirmed=True, today=TODAY)
    save_household(volunteer, next(generator.households(1)), confirmed=True, today=TODAY)
    second = export_bundle(volunteer, drop)
    assert second is not None and second.seq == 2
    state_b2 = synced_state(volunteer)
    office = _reopen(office, root / "template-after-b1")

    office_keys = identity.office_keys(office.db)
    volunteer_keys = identity.device_keys(volunteer.db)
    assert office_keys is not None
    niks = frozenset(str(r[0]) for r in volunteer.db.execute("SELECT nik FROM members WHERE nik IS NOT NULL"))
    material = Material(
        b1=_sealed(first.path.read_bytes(), volunteer_keys.sign_public, office_keys),
        b2=_sealed(second.path.read_bytes(), volunteer_keys.sign_public, office_keys),
        volunteer=volunteer_keys, volunteer_id=volunteer.device_id, office_id=office.device_id,
        office_sign_public=office_keys.sign_public, office_enc_public=office_keys.enc_public, niks=niks,
    )
    assert {"households.csv", "members.csv", "visits.csv", "tombstones.csv"} <= set(material.b2.files)
    world = World(root, root / "template-fresh", root / "template-after-b1", material, state_b1, state_b2,
                  ids[0], ids[1])
    office.close()
    volunteer.close()
    return world


_WORLDS: dict[Path, World] = {}


def shared_world(factory: Any) -> World:
    """One world per test session (`factory`: pytest's session-scoped tmp_path_factory)."""
    base = factory.getbasetemp()
    if base not in _WORLDS:
        _WORLDS[base] = build_world(factory.mktemp("world"))
    return _WORLDS[base]
