"""Small fixed choices shared by the domain models."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    """Jenis kelamin as written on the KTP and KK: L = laki-laki, P = perempuan."""

    L = "L"
    P = "P"

    @property
    def label(self) -> str:
        return "Laki-laki" if self is Sex.L else "Perempuan"
