"""The bundle manifest: what a bundle claims to be, signed by its sender.

Parsed strictly: bounded size, no duplicate keys, bounded nesting and numbers, and a pydantic
model that forbids unknown fields, so a hostile manifest cannot exhaust memory or smuggle data."""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

FORMAT = "psmdesk-bundle"
FORMAT_VERSION = 1
MAX_MANIFEST_BYTES = 256 * 1024
MAX_DEPTH = 6
Hex64 = Field(pattern=r"^[0-9a-f]{64}$")
Id32 = Field(pattern=r"^[0-9a-f]{32}$")
_ID = re.compile(r"[0-9a-f]{32}")
_STAMP = re.compile(r"[0-9]{13}-[0-9]{5}-[0-9a-f]{32}")


class ManifestProblem(Exception):
    """Indonesian reason, without the manifest's own text."""


class FileEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z_]{1,40}\.csv$")
    rows: int = Field(ge=0, le=5_000_000)
    sha256: str = Hex64


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["psmdesk-bundle"]
    format_version: int = Field(ge=1, le=1000)
    schema_version: int = Field(ge=1, le=100_000)
    app_version: str = Field(max_length=40)
    bundle_id: str = Id32
    kind: Literal["data", "reference", "acknowledgement", "full-restore"]
    device_id: str = Id32
    sign_public: str = Hex64
    enc_public: str = Hex64
    enrollment_id: str | None = Field(default=None, pattern=r"^[0-9a-f]{32}$")
    enrollment_proof: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    sender_name: str = Field(max_length=200)
    area: str = Field(max_length=20)
    recipient: str = Hex64  # the encryption public key the payload is sealed to
    epoch: str = Id32
    seq: int = Field(ge=1, le=10_000_000)
    prev_bundle_id: str | None = Field(default=None, pattern=r"^[0-9a-f]{32}$")
    prev_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    clock_min: str = Field(max_length=80)
    clock_max: str = Field(max_length=80)
    created_at: str = Field(max_length=40)
    acks: list[tuple[str, str, int]] = Field(default_factory=list, max_length=100_000)
    files: list[FileEntry] = Field(max_length=64)
    # Per device, the stamps a laptop restored from a backup never saw of its own (sync/forks.py).
    unseen: dict[str, list[tuple[str, str]]] = Field(default_factory=dict, max_length=10_000)
    ephemeral_public: str = Hex64
    nonce: str = Field(pattern=r"^[0-9a-f]{24}$")

    @field_validator("files")
    @classmethod
    def _unique_names(cls, files: list[FileEntry]) -> list[FileEntry]:
        if len({f.name for f in files}) != len(files):
            raise ValueError("a file is listed twice")
        return files

    @field_validator("unseen")
    @classmethod
    def _stamps(cls, unseen: dict[str, list[tuple[str, str]]]) -> dict[str, list[tuple[str, str]]]:
        for device, spans in unseen.items():
            if not _ID.fullmatch(device) or len(spans) > 100:
                raise ValueError("bad device in unseen")
            for after, before in spans:
                if not (after == "" or _STAMP.fullmatch(after)) or not _STAMP.fullmatch(before):
                    raise ValueError("bad stamp in unseen")
        return unseen

    def to_bytes(self) -> bytes:
        return json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":")).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ManifestProblem("manifest berisi kunci ganda")
    return dict(pairs)


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max([_depth(v, level + 1) for v in value.values()], default=level + 1)
    if isinstance(value, list):
        return max([_depth(v, level + 1) for v in value[:1000]], default=level + 1)
    return level


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > 12:
        raise ManifestProblem("manifest berisi angka terlalu besar")
    return int(text)


def parse_manifest(raw: bytes) -> Manifest:
    if len(raw) > MAX_MANIFEST_BYTES:
        raise ManifestProblem("manifest terlalu besar")
    if raw.lstrip()[:1] != b"{":
        raise ManifestProblem("manifest bukan objek JSON")
    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_int=_bounded_int,
                          parse_float=_reject_constant, parse_constant=_reject_constant)
    except RecursionError as exc:
        raise ManifestProblem("manifest bersarang terlalu dalam") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestProblem("manifest bukan JSON yang sah") from exc
    if not isinstance(data, dict):
        raise ManifestProblem("manifest bukan objek JSON")
    if _depth(data) > MAX_DEPTH:
        raise ManifestProblem("manifest bersarang terlalu dalam")
    if data.get("format") != FORMAT:
        raise ManifestProblem("bukan Paket Sinkron PSM Desk")
    version = data.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise ManifestProblem("paket dibuat oleh versi PSM Desk yang lebih baru; perbarui aplikasi")
    try:
        return Manifest.model_validate(data)
    except ValidationError as exc:
        # Only the model's own field names: an unknown key is text from the file.
        fields = sorted({str(e["loc"][0]) if e["loc"][0] in Manifest.model_fields else "kunci tidak dikenal"
                         for e in exc.errors() if e["loc"]})
        raise ManifestProblem(f"isi manifest tidak sah ({', '.join(fields[:4])})") from exc


def _reject_constant(text: str) -> Any:
    raise ManifestProblem("manifest berisi nilai yang tidak sah")
