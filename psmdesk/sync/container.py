"""Reading and writing the zip containers of a bundle, defensively.

A bundle is a zip (stored) of `manifest.json`, `manifest.sig` and `payload.bin`; the payload,
once decrypted, is a zip (deflated) of CSV files. Both are read in memory with limits on size,
entry count and compression ratio, and only expected, plain names are accepted: nothing in a
bundle can write a file, follow a link or fill the disk."""

from __future__ import annotations

import io
import lzma
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterable

MAX_BUNDLE_BYTES = 200 * 1024 * 1024
MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024
MAX_ENTRIES = 64
MAX_RATIO = 200
MAX_DIRECTORY_ENTRY = 1024  # bytes of central directory per entry: 46 + name + extra fields
_END_SIGNATURE = b"PK\x05\x06"
_END_SIZE = 22
FIXED_TIME = (2020, 1, 1, 0, 0, 0)


class ContainerProblem(Exception):
    """Indonesian reason."""


def write_zip(files: Iterable[tuple[str, bytes]], *, compress: bool) -> bytes:
    out = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(out, "w", compression=method) as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return out.getvalue()


def _safe_name(name: str) -> bool:
    return (
        bool(name)
        and "/" not in name
        and "\\" not in name
        and "\x00" not in name
        and ":" not in name
        and not name.startswith(".")
        and len(name) <= 64
    )


def _end_record(data: bytes) -> tuple[int, int, bool] | None:
    """(entries, central directory size, zip64) as the end record found the way zipfile finds it
    states them; None when there is none (zipfile then refuses the file itself)."""
    if len(data) >= _END_SIZE and data[-_END_SIZE:][:4] == _END_SIGNATURE and data[-2:] == b"\x00\x00":
        start = len(data) - _END_SIZE
    else:
        start = data.rfind(_END_SIGNATURE, max(len(data) - (1 << 16) - _END_SIZE, 0))
        if start < 0 or len(data) - start < _END_SIZE:
            return None
    entries, size = struct.unpack_from("<HI", data, start + 10)
    zip64 = start >= 20 and data[start - 20 : start - 16] == b"PK\x06\x07"
    return entries, size, zip64


def read_zip(
    data: bytes, *, allowed: set[str] | None, max_total: int, label: str
) -> dict[str, bytes]:
    """Entries of a zip by name. `allowed` None: any safe name (checked against a manifest later)."""
    # zipfile reads the whole central directory before anything can be counted: bound it first,
    # or a directory of millions of entries costs minutes and gigabytes.
    end = _end_record(data)
    if end is not None:
        entries, size, zip64 = end
        if zip64:
            raise ContainerProblem(f"{label} memakai format zip yang tidak didukung")
        if entries > MAX_ENTRIES or size > MAX_ENTRIES * MAX_DIRECTORY_ENTRY:
            raise ContainerProblem(f"{label} berisi terlalu banyak berkas")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:  # e.g. "version 8.4"
        raise ContainerProblem(f"{label} terpotong atau bukan berkas zip yang utuh") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise ContainerProblem(f"{label} berisi terlalu banyak berkas")
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise ContainerProblem(f"{label} berisi nama berkas ganda")
        total = 0
        for info in infos:
            # orig_filename: zipfile cuts `filename` at a NUL, so "payload.bin\0.exe" would pass as "payload.bin".
            if (not _safe_name(info.orig_filename) or not _safe_name(info.filename)
                    or (allowed is not None and info.filename not in allowed)):
                raise ContainerProblem(f"{label} berisi nama berkas yang tidak diizinkan")
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode) or stat.S_ISDIR(mode) or info.is_dir():
                raise ContainerProblem(f"{label} berisi tautan atau folder")
            if info.flag_bits & 0x1:
                raise ContainerProblem(f"{label} berisi berkas terenkripsi zip")
            total += info.file_size
            if info.file_size > max_total or total > max_total:
                raise ContainerProblem(f"{label} terlalu besar setelah dibuka")
            if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise ContainerProblem(f"{label} mencurigakan (rasio kompresi terlalu tinggi)")
        result: dict[str, bytes] = {}
        for info in infos:
            try:
                with archive.open(info) as handle:
                    content = handle.read(info.file_size + 1)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, zlib.error,
                    lzma.LZMAError) as exc:  # a damaged compressed stream
                raise ContainerProblem(f"{label} rusak (CRC atau isi tidak cocok)") from exc
            if len(content) != info.file_size:
                raise ContainerProblem(f"{label} rusak (ukuran tidak cocok)")
            result[info.filename] = content
        return result
