from __future__ import annotations

import statistics
import subprocess
import sys
import time

import pytest

from psmdesk.domain.regions import (
    Region,
    children,
    get_region,
    is_village_code,
    kecamatan_of,
    normalise_code,
    region_label,
    region_path,
    search_regions,
    warm_up,
)

JOHAR_BARU = {
    "31.71.08.1001": "Johar Baru",
    "31.71.08.1002": "Kampung Rawa",
    "31.71.08.1003": "Galur",
    "31.71.08.1004": "Tanah Tinggi",
}


def test_johar_baru_kelurahan_are_children_of_the_kecamatan() -> None:
    kids = children("31.71.08")
    assert {r.code: r.name for r in kids} == JOHAR_BARU
    assert all(r.level == 4 and r.kind == "kelurahan" and r.postal_code for r in kids)
    assert [r.name for r in kids] == sorted(r.name for r in kids)


def test_children_of_none_are_the_provinces() -> None:
    provinces = children(None)
    assert len(provinces) == 38
    assert all(r.level == 1 and r.kind == "provinsi" for r in provinces)
    assert [r.name for r in provinces] == sorted((r.name for r in provinces), key=str.casefold)


def test_dki_jakarta_counts() -> None:
    kab_kota = children("31")
    kecamatan = [k for kk in kab_kota for k in children(kk.code)]
    kelurahan = [v for k in kecamatan for v in children(k.code)]
    assert (len(kab_kota), len(kecamatan), len(kelurahan)) == (6, 44, 267)


def test_children_edge_cases() -> None:
    assert children("31.71.08.1001") == []
    assert children("not a code") == []
    assert children("99") == []
    assert [r.code for r in children("317108")] == [r.code for r in children("31.71.08")]


def test_children_returns_a_fresh_list() -> None:
    first = children("31.71.08")
    first.clear()
    assert len(children("31.71.08")) == 4


def test_get_region() -> None:
    assert get_region("31.74.09.1006") == Region("31.74.09.1006", "Cipedak", 4, "kelurahan", "12630")
    assert get_region("3174091006") == get_region("31.74.09.1006")
    assert get_region(" 31.71 ") is not None
    assert get_region("31.71.8") is None
    assert get_region("31.71.99") is None
    assert get_region("") is None
    assert get_region(None) is None


def test_normalise_code() -> None:
    assert normalise_code("3171081001") == "31.71.08.1001"
    assert normalise_code("31") == "31"
    assert normalise_code("31.71.08.1001") == "31.71.08.1001"
    assert normalise_code("3171081") is None
    assert normalise_code("31-71") is None


def test_cipedak_path() -> None:
    path = region_path("31.74.09.1006")
    assert [(r.code, r.name) for r in path] == [
        ("31", "Daerah Khusus Ibukota Jakarta"),
        ("31.74", "Kota Administrasi Jakarta Selatan"),
        ("31.74.09", "Jagakarsa"),
        ("31.74.09.1006", "Cipedak"),
    ]
    assert [r.level for r in path] == [1, 2, 3, 4]
    assert region_path("31.74.99") == []


def test_search_cipedak_at_village_level() -> None:
    found = search_regions("cipedak", level=4)
    assert [r.code for r in found] == ["31.74.09.1006"]
    # Villages are only searched when asked for: thousands share a name.
    assert search_regions("cipedak") == []
    assert [r.code for r in search_regions("Kel. Cipedak", within="31.74.09")] == ["31.74.09.1006"]


def test_search_limits_and_scope() -> None:
    many = search_regions("sukamaju", level=4, limit=5)
    assert len(many) == 5
    assert all(r.name == "Sukamaju" for r in many)
    inside = search_regions("sukamaju", level=4, within="32.01", limit=50)
    assert inside and all(r.code.startswith("32.01.") for r in inside)
    assert search_regions("johar baru", level=3)[0].code == "31.71.08"
    assert search_regions("") == []
    assert search_regions("johar", level=7) == []
    assert search_regions("johar", within="x") == []


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("31.71.08.1001", "Kel. Johar Baru, Kec. Johar Baru, Kota Adm. Jakarta Pusat"),
        ("31.74.09.1006", "Kel. Cipedak, Kec. Jagakarsa, Kota Adm. Jakarta Selatan"),
        ("32.01.13.2009", "Desa Bojonggede, Kec. Bojonggede, Kab. Bogor"),
        ("31.71.08", "Kec. Johar Baru, Kota Adm. Jakarta Pusat"),
        ("31.71", "Kota Adm. Jakarta Pusat, DKI Jakarta"),
        ("31.01", "Kab. Adm. Kepulauan Seribu, DKI Jakarta"),
        ("31", "DKI Jakarta"),
        ("34", "DI Yogyakarta"),
        ("32", "Jawa Barat"),
        ("91.03.01", "Distrik Sentani, Kab. Jayapura"),
    ],
)
def test_region_label(code: str, label: str) -> None:
    assert region_label(code) == label


def test_label_of_an_unknown_code_is_the_code() -> None:
    assert region_label("31.71.99") == "31.71.99"
    assert region_label(None) == ""


def test_is_village_code() -> None:
    assert all(is_village_code(code) for code in JOHAR_BARU)
    assert is_village_code("32.01.13.2009")
    assert not is_village_code("31.71.08")
    assert not is_village_code("3171081001")  # the stored form is dotted
    assert not is_village_code("31.71.08.9999")
    assert not is_village_code("")
    assert not is_village_code(None)


def test_kecamatan_of() -> None:
    kec = kecamatan_of("31.74.09.1006")
    assert kec is not None and (kec.code, kec.name) == ("31.74.09", "Jagakarsa")
    assert kecamatan_of("31.74.09") == kec
    assert kecamatan_of("31.74") is None
    assert kecamatan_of(None) is None


def test_parent_code() -> None:
    cipedak = get_region("31.74.09.1006")
    assert cipedak is not None and cipedak.parent_code == "31.74.09"
    dki = get_region("31")
    assert dki is not None and dki.parent_code is None


def test_children_is_fast_after_warm_up() -> None:
    warm_up()
    children("33.01")
    timings = []
    for _ in range(20):
        start = time.perf_counter()
        children("33.01")
        timings.append(time.perf_counter() - start)
    assert statistics.median(timings) < 0.005
    start = time.perf_counter()
    children("33.02.01")  # not cached yet: built from lokal's index
    assert time.perf_counter() - start < 0.05


def test_importing_the_domain_does_no_work() -> None:
    # lokal costs ~0.3 s to import and its data more to load: neither may happen at app start.
    code = (
        "import sys\n"
        "import psmdesk.domain.address, psmdesk.domain.person, psmdesk.domain.regions, psmdesk.domain.kk\n"
        "import psmdesk.domain.dates, psmdesk.domain.names, psmdesk.domain.phone\n"
        "print('lokal' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
