"""Building and opening a bundle file: zip(manifest.json, manifest.sig, payload.bin)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from psmdesk import __version__
from psmdesk.sync.container import MAX_BUNDLE_BYTES, MAX_PAYLOAD_BYTES, ContainerProblem, read_zip, write_zip
from psmdesk.sync.crypto import CryptoError, Envelope, KeyPair, verify
from psmdesk.sync.manifest import FORMAT, FORMAT_VERSION, FileEntry, Manifest, ManifestProblem, parse_manifest

OUTER = {"manifest.json", "manifest.sig", "payload.bin"}
SCHEMA_VERSION = 7  # bump when the synced tables' columns change


class BundleRejected(Exception):
    """The Indonesian reason a bundle is refused; nothing of it was applied."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def associated_data(manifest_bytes: bytes, bundle_id: str) -> bytes:
    return bytes.fromhex(bundle_id) + hashlib.sha256(manifest_bytes).digest()


@dataclass(frozen=True)
class Outgoing:
    kind: str
    bundle_id: str
    device_id: str
    sender_name: str
    area: str
    recipient_enc_public: str
    epoch: str
    seq: int
    prev_bundle_id: str | None
    prev_sha256: str | None
    clock_min: str
    clock_max: str
    created_at: str
    files: list[tuple[str, bytes, int]]  # (name, csv bytes, row count)
    acks: list[tuple[str, str, int]]
    enrollment_id: str | None = None
    enrollment_proof: str | None = None
    unseen: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def build_bundle(out: Outgoing, keys: KeyPair) -> tuple[bytes, Manifest]:
    envelope = Envelope.to(out.recipient_enc_public)
    manifest = Manifest(
        format=FORMAT, format_version=FORMAT_VERSION, schema_version=SCHEMA_VERSION, app_version=__version__,
        bundle_id=out.bundle_id, kind=out.kind, device_id=out.device_id,
        sign_public=keys.sign_public, enc_public=keys.enc_public, enrollment_id=out.enrollment_id,
        enrollment_proof=out.enrollment_proof, sender_name=out.sender_name[:200], area=out.area,
        recipient=out.recipient_enc_public, epoch=out.epoch, seq=out.seq, prev_bundle_id=out.prev_bundle_id,
        prev_sha256=out.prev_sha256, clock_min=out.clock_min, clock_max=out.clock_max,
        created_at=out.created_at, acks=out.acks, unseen=out.unseen,
        files=[FileEntry(name=name, rows=rows, sha256=sha256(data)) for name, data, rows in out.files],
        ephemeral_public=envelope.ephemeral_public, nonce=envelope.nonce.hex(),
    )
    manifest_bytes = manifest.to_bytes()
    payload = envelope.seal(
        write_zip([(name, data) for name, data, _ in out.files], compress=True),
        associated_data(manifest_bytes, out.bundle_id),
    )
    bundle = write_zip(
        [("manifest.json", manifest_bytes), ("manifest.sig", keys.sign(manifest_bytes)), ("payload.bin", payload)],
        compress=False,
    )
    return bundle, manifest


@dataclass(frozen=True)
class Opened:
    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    sha256: str
    payload: bytes


def read_envelope(data: bytes) -> Opened:
    """Checks size and container, parses the manifest; does not yet trust anything in it."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleRejected("berkas terlalu besar untuk sebuah Paket Sinkron")
    try:
        parts = read_zip(data, allowed=OUTER, max_total=MAX_BUNDLE_BYTES, label="paket")
    except ContainerProblem as exc:
        raise BundleRejected(str(exc)) from exc
    if set(parts) != OUTER:
        raise BundleRejected("paket tidak lengkap (manifest, tanda tangan atau isi hilang)")
    try:
        manifest = parse_manifest(parts["manifest.json"])
    except ManifestProblem as exc:
        raise BundleRejected(str(exc)) from exc
    return Opened(manifest, parts["manifest.json"], parts["manifest.sig"], sha256(data), parts["payload.bin"])


def open_payload(
    opened: Opened, sender_sign_public: str, recipient: KeyPair,
    expected_files: Callable[[str], bool],
) -> dict[str, bytes]:
    """Verifies the signature, decrypts, and returns the CSV files whose hashes match."""
    manifest = opened.manifest
    try:
        verify(sender_sign_public, opened.signature, opened.manifest_bytes)
    except CryptoError as exc:
        raise BundleRejected("tanda tangan paket tidak sah (paket diubah atau bukan dari pengirimnya)") from exc
    if manifest.schema_version > SCHEMA_VERSION:
        raise BundleRejected("paket dibuat oleh versi PSM Desk yang lebih baru; perbarui aplikasi")
    if manifest.recipient != recipient.enc_public:
        raise BundleRejected("paket ini ditujukan untuk penerima lain")
    try:
        plain = recipient.decrypt(
            manifest.ephemeral_public, bytes.fromhex(manifest.nonce), opened.payload,
            associated_data(opened.manifest_bytes, manifest.bundle_id),
        )
    except CryptoError as exc:
        raise BundleRejected("isi paket tidak bisa dibuka (rusak atau bukan milik paket ini)") from exc
    try:
        files = read_zip(plain, allowed=None, max_total=MAX_PAYLOAD_BYTES, label="isi paket")
    except ContainerProblem as exc:
        raise BundleRejected(str(exc)) from exc
    listed = {f.name: f for f in manifest.files}
    if set(files) != set(listed):
        raise BundleRejected("isi paket tidak sama dengan daftar di manifest")
    for name, entry in listed.items():
        if not expected_files(name):
            raise BundleRejected(f"paket berisi berkas yang tidak dikenal: {name}")
        if sha256(files[name]) != entry.sha256:
            raise BundleRejected(f"berkas {name} tidak cocok dengan manifest")
    return files
