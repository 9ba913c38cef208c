"""A household's address: kelurahan/desa code, RT/RW, street, and an optional map point.

`check_address` is for input (a form, an import) and returns Issues. The `Address` model checks
only the shape, not whether lokal still knows the kelurahan: a region that is split later must not
make saved households unreadable."""

from __future__ import annotations

import math
import re

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from psmdesk.domain.issues import Issue
from psmdesk.domain.regions import is_village_code

# Indonesia's bounding box with a little margin (Rote at -11, Weh at 6, Merauke at 141).
LAT_RANGE = (-11.0, 6.5)
LON_RANGE = (94.0, 141.5)

_VILLAGE_SHAPE = re.compile(r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}", re.ASCII)
_RT_RW = re.compile(r"(?:r[tw][\s.:/-]*)?([0-9]{1,3})", re.ASCII | re.IGNORECASE)
_NUMBER = r"[-+]?[0-9]{1,3}(?:\.[0-9]+)?"
_DECIMAL = r"[-+]?[0-9]{1,3}\.[0-9]+"
# A Google Maps link holds the place itself in "!3d<lat>!4d<lon>" and the view centre in "@lat,lon".
_MAPS_PLACE = re.compile(rf"!3d({_NUMBER})!4d({_NUMBER})")
_MAPS_AT = re.compile(rf"@({_NUMBER}),({_NUMBER})")
# Decimals required: "Jl. Kenari 12, 3" must not read as a point.
_PAIR = re.compile(rf"(?<![0-9.])({_DECIMAL})\s*[,;\s]\s*({_DECIMAL})(?![0-9])")
_DMS = re.compile(
    r"([0-9]{1,3})\s*°\s*([0-9]{1,2})\s*['′]\s*([0-9]{1,2}(?:[.,][0-9]+)?)\s*(?:\"|″|'')\s*([NSEWUTB])",
    re.IGNORECASE,
)
# Indonesian compass letters too: U(tara), S(elatan), T(imur), B(arat).
_NEGATIVE_HEMISPHERE = {"S", "W", "B"}


def normalise_rt_rw(value: str | int | None) -> str | None:
    """3, 03, "RT 3" and "rt.003" all become "003"; None when empty, not 1-3 digits, or zero."""
    if value is None:
        return None
    match = _RT_RW.fullmatch(str(value).strip())
    if match is None or int(match[1]) == 0:
        return None
    return match[1].zfill(3)


def _in_range(value: float, bounds: tuple[float, float]) -> bool:
    return math.isfinite(value) and bounds[0] <= value <= bounds[1]


class Address(BaseModel):
    model_config = ConfigDict(frozen=True, str_strip_whitespace=True)

    kelurahan_code: str
    rt: str
    rw: str
    street: str = ""
    latitude: float | None = None
    longitude: float | None = None

    @field_validator("kelurahan_code")
    @classmethod
    def _village_shape(cls, value: str) -> str:
        if not _VILLAGE_SHAPE.fullmatch(value):
            raise ValueError("Kode kelurahan harus berbentuk PP.KK.CC.DDDD")
        return value

    @field_validator("rt", "rw", mode="before")
    @classmethod
    def _rt_rw(cls, value: object) -> str:
        normalised = normalise_rt_rw(value if isinstance(value, str | int) else None)
        if normalised is None:
            raise ValueError("RT/RW harus 1 sampai 3 angka dan bukan 000")
        return normalised

    @model_validator(mode="after")
    def _point(self) -> Address:
        problems = _point_issues(self.latitude, self.longitude)
        if problems:
            raise ValueError(problems[0].message)
        return self


def _rt_rw_issues(value: str | None, field: str, label: str) -> list[Issue]:
    text = "" if value is None else str(value).strip()
    if not text:
        return [Issue(field, "required", f"{label} wajib diisi")]
    if normalise_rt_rw(text) is None:
        return [Issue(field, "format", f"{label} harus angka 1 sampai 3 digit, bukan 000 (contoh: 003)")]
    return []


def _point_issues(latitude: float | None, longitude: float | None) -> list[Issue]:
    if latitude is None and longitude is None:
        return []
    if latitude is None or longitude is None:
        field = "latitude" if latitude is None else "longitude"
        return [Issue(field, "incomplete", "Koordinat harus berisi lintang dan bujur sekaligus")]
    issues = []
    if not _in_range(latitude, LAT_RANGE):
        issues.append(Issue("latitude", "outside", "Lintang di luar wilayah Indonesia (antara -11 dan 6,5)"))
    if not _in_range(longitude, LON_RANGE):
        issues.append(Issue("longitude", "outside", "Bujur di luar wilayah Indonesia (antara 94 dan 141,5)"))
    return issues


def check_address(
    kelurahan_code: str | None,
    rt: str | None,
    rw: str | None,
    latitude: float | None = None,
    longitude: float | None = None,
) -> list[Issue]:
    """Every problem at once; fields are named like Address's attributes."""
    issues: list[Issue] = []
    code = (kelurahan_code or "").strip()
    if not code:
        issues.append(Issue("kelurahan_code", "required", "Kelurahan wajib dipilih"))
    elif not is_village_code(code):
        issues.append(Issue("kelurahan_code", "unknown", "Kode kelurahan tidak dikenal"))
    issues += _rt_rw_issues(rt, "rt", "RT")
    issues += _rt_rw_issues(rw, "rw", "RW")
    issues += _point_issues(latitude, longitude)
    return issues


def build_address(
    kelurahan_code: str | None,
    rt: str | None,
    rw: str | None,
    street: str = "",
    latitude: float | None = None,
    longitude: float | None = None,
) -> tuple[Address | None, list[Issue]]:
    """check_address, then the normalised Address when there is no problem."""
    issues = check_address(kelurahan_code, rt, rw, latitude, longitude)
    if issues:
        return None, issues
    address = Address(
        kelurahan_code=(kelurahan_code or "").strip(), rt=rt or "", rw=rw or "",
        street=" ".join(street.split()), latitude=latitude, longitude=longitude,
    )
    return address, issues


def _dms_to_degrees(deg: str, minutes: str, seconds: str, hemisphere: str) -> float:
    value = int(deg) + int(minutes) / 60 + float(seconds.replace(",", ".")) / 3600
    return -value if hemisphere.upper() in _NEGATIVE_HEMISPHERE else value


def parse_latlon(text: str | None) -> tuple[float, float] | None:
    """A point pasted from a map: "-6.1834, 106.8560", "-6.1834 106.8560", a Google Maps link or
    its "@-6.18,106.85,17z" part, or 6°11'00.2"S 106°51'21.6"E. Latitude first, as maps give it.
    Only the shape is checked here; whether it is in Indonesia is check_address's job."""
    if not text:
        return None
    text = str(text).strip()
    dms = _DMS.findall(text)
    if len(dms) == 2:
        first, second = (_dms_to_degrees(*parts) for parts in dms)
        # Either order may be pasted; the hemisphere letter says which one is the latitude.
        lat, lon = (first, second) if dms[0][3].upper() in "NSU" else (second, first)
    else:
        if ";" in text:
            # "-6,1834; 106,8560": decimal commas, so the semicolon separates.
            text = text.replace(",", ".")
        match = _MAPS_PLACE.search(text) or _MAPS_AT.search(text) or _PAIR.search(text)
        if match is None:
            return None
        lat, lon = float(match[1]), float(match[2])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon
