"""Record ids: random, made on the device, never a NIK and never an autoincrement."""

from __future__ import annotations

import os
import time


def new_id() -> str:
    """A UUIDv7 as 32 hex digits: random enough to never clash across laptops, and time-ordered
    so that new rows land at the end of the primary-key index instead of all over it."""
    ms = time.time_ns() // 1_000_000
    raw = bytearray(ms.to_bytes(6, "big") + os.urandom(10))
    raw[6] = (raw[6] & 0x0F) | 0x70
    raw[8] = (raw[8] & 0x3F) | 0x80
    return raw.hex()  # what uuid.UUID(bytes=raw).hex gives, without building the UUID


def is_id(value: str) -> bool:
    return len(value) == 32 and all(c in "0123456789abcdef" for c in value)


def short_id(value: str) -> str:
    """8 hex digits people can read out. The tail, not the head: a UUIDv7 starts with the time,
    so ids made in the same minute share their first digits."""
    return value[-8:]
