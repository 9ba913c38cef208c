"""Who uses this copy of PSM Desk: a volunteer (Relawan) or an office (Koordinator)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Role(StrEnum):
    RELAWAN = "relawan"
    KOORDINATOR = "koordinator"

    @property
    def label(self) -> str:
        return "Relawan" if self is Role.RELAWAN else "Koordinator"


class Profile(BaseModel):
    model_config = ConfigDict(frozen=True)

    role: Role
    name: str
    phone: str | None = None
    kelurahan_code: str
    office_name: str = ""
    # Kept with the code so that showing it needs no region data (loading that takes a second).
    kelurahan_label: str = ""
