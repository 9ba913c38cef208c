"""Invented KUBE groups with a history: a cassava group with a year of records, and groups that
grow, stall or have just started, so the overview shows every state a coordinator meets.

Pure data: the caller saves it through the services. Deterministic for a seed."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from psmdesk.domain.kube import ActivityInput, GrantInput, GroupInput
from psmdesk.domain.kube_cash import CashInput

CIPEDAK = "31.74.09.1006"
# Kecamatan Johar Baru: Johar Baru, Kampung Rawa, Galur, Tanah Tinggi.
JOHAR_BARU = ("31.71.08.1001", "31.71.08.1002", "31.71.08.1003", "31.71.08.1004")


@dataclass(frozen=True)
class Plan:
    group: GroupInput
    state: str  # "growing", "stalled" or "new"
    families: int
    age_days: int  # how long ago the group was founded
    sales: int  # a typical sale, rupiah
    officers: tuple[str, ...] = ("ketua", "sekretaris", "bendahara")


CASSAVA = ("KUBE Singkong Sejahtera", "kuliner", "Keripik singkong balado, tape singkong, getuk lindri")
# (name, business type, products, stage, state, families, kelurahan index)
OTHERS = (
    ("KUBE Mawar Kue Basah", "kuliner", "Kue lapis, nagasari, dadar gulung", "pengembangan", "growing", 10, 0),
    ("KUBE Berkah Jahit", "jasa", "Jahit seragam sekolah, permak pakaian", "mandiri", "growing", 21, 0),
    ("KUBE Batik Ciprat Johar", "kerajinan", "Kain batik ciprat, masker batik", "penumbuhan", "growing", 9, 0),
    ("KUBE Warung Sembako Rawa", "perdagangan", "Sembako eceran, gas 3 kg", "pengembangan", "growing", 12, 1),
    ("KUBE Lele Barokah", "pertanian_peternakan", "Lele segar, lele asap", "penumbuhan", "stalled", 8, 1),
    ("KUBE Catering Ibu Rawa", "kuliner", "Nasi kotak, tumpeng", "penumbuhan", "new", 4, 1),
    ("KUBE Hidroponik Galur Hijau", "pertanian_peternakan", "Selada, pakcoy, kangkung hidroponik", "penumbuhan",
     "new", 6, 2),
    ("KUBE Sablon Muda Galur", "jasa", "Sablon kaos dan tas kain", "penumbuhan", "stalled", 7, 2),
    ("KUBE Daur Ulang Kreasi", "kerajinan", "Tas dan dompet dari bungkus kopi", "pengembangan", "stalled", 10, 2),
    ("KUBE Rempeyek Tanah Tinggi", "kuliner", "Rempeyek kacang, rempeyek teri", "pengembangan", "growing", 11, 3),
    ("KUBE Laundry Bersih Sejahtera", "jasa", "Cuci setrika kiloan", "penumbuhan", "new", 5, 3),
    ("KUBE Keset Perca Mandiri", "kerajinan", "Keset dan sarung bantal kain perca", "pengembangan", "stalled", 9, 3),
)
DORMANT = {"KUBE Sablon Muda Galur"}  # a stalled group its members already call "vakum"
BANKS = ("BRI", "Bank DKI", "BNI", "Mandiri")
TOPICS = {
    "pelatihan_produksi": ("Standar rasa dan kebersihan produksi", "Teknik produksi baru", "Pengemasan vakum"),
    "manajemen_usaha": ("Mengisi buku kas harian", "Menghitung harga pokok", "Pembagian tugas pengurus"),
    "inovasi_produk": ("Varian rasa baru", "Kemasan dengan label halal", "Produk untuk oleh-oleh"),
    "pemasaran": ("Ikut bazar kelurahan", "Jualan lewat WhatsApp", "Titip di warung sekitar"),
    "rapat_anggota": ("Rapat bulanan", "Evaluasi penjualan", "Pembagian hasil usaha"),
    "pendampingan": ("Kunjungan pendamping PSM", "Monitoring Dinas Sosial", "Cek buku kas"),
}
OBSTACLES = ("Harga bahan baku naik", "Anggota sibuk bekerja harian", "Pemasaran masih di sekitar RW",
             "Peralatan kurang", "Modal terbatas", "")
FOLLOW_UPS = ("Cari pemasok lebih murah", "Jadwal piket produksi", "Daftar bazar berikutnya",
              "Ajukan pelatihan ke Dinas Sosial", "Tambah titik penjualan", "")


class KubeGenerator:
    def __init__(self, seed: int, today: date, companion: str = "") -> None:
        self.rng = random.Random(seed * 7919 + 11)
        self.today = today
        self.companion = companion

    def plans(self, with_cassava: bool) -> Iterator[tuple[Plan, str]]:
        """(plan, kelurahan code) of every demo group, the cassava group first."""
        rng = self.rng
        if with_cassava:
            name, business, products = CASSAVA
            yield Plan(self._group(name, business, products, CIPEDAK, "pengembangan", 400), "growing", 10, 400,
                       450_000), CIPEDAK
        for name, business, products, stage, state, families, where in OTHERS:
            low, high = {"growing": (240, 420), "stalled": (300, 700), "new": (12, 40)}[state]
            age = rng.randint(low, high)
            officers: tuple[str, ...] = ("ketua", "sekretaris", "bendahara")
            if state == "new":
                officers = ("ketua",)  # still choosing the others
            group = self._group(name, business, products, JOHAR_BARU[where], stage, age)
            if name in DORMANT:
                group.status = "vakum"
            plan = Plan(group, state, families, age, rng.choice([150_000, 250_000, 400_000, 600_000]), officers)
            yield plan, JOHAR_BARU[where]

    def _group(self, name: str, business: str, products: str, kelurahan: str, stage: str, age: int) -> GroupInput:
        rng = self.rng
        bank = rng.random() < 0.85
        return GroupInput(
            name=name, business_type=business, products=products, kelurahan_code=kelurahan,
            rw=f"{rng.randint(1, 10):03d}", founded_on=self.today - timedelta(days=age), companion=self.companion,
            stage=stage, bank_name=rng.choice(BANKS) if bank else "",
            account_number="".join(str(rng.randint(0, 9)) for _ in range(13)) if bank else "",
            account_holder=name if bank else "",
        )

    def roles(self, plan: Plan) -> list[str]:
        return list(plan.officers) + ["anggota"] * max(0, plan.families - len(plan.officers))

    def last_day(self, plan: Plan) -> date:
        """The last day anything was recorded: stalled groups stopped two to six months ago."""
        if plan.state == "stalled":
            return self.today - timedelta(days=self.rng.randint(75, 190))
        return self.today - timedelta(days=self.rng.randint(0, 6))

    def grant(self, plan: Plan, group_id: str) -> GrantInput | None:
        start = self.today - timedelta(days=plan.age_days)
        if plan.state == "new":
            return GrantInput(group_id=group_id, source="swadaya", received_on=start + timedelta(days=3),
                              amount=plan.families * 100_000, notes="Iuran awal anggota")
        source = self.rng.choice(["kemensos", "kemensos", "pemprov", "csr"])
        return GrantInput(
            group_id=group_id, source=source, source_detail="PT Sumber Makmur (CSR)" if source == "csr" else "",
            received_on=start + timedelta(days=self.rng.randint(20, 45)), amount=plan.families * 2_000_000,
            in_kind=self.rng.choice(["", "Peralatan produksi", "Etalase dan timbangan"]),
        )

    def activities(self, plan: Plan, group_id: str, members: list[str], until: date) -> list[ActivityInput]:
        rng = self.rng
        day = self.today - timedelta(days=plan.age_days) + timedelta(days=2)
        result = [ActivityInput(group_id=group_id, held_on=day, kind="rapat_anggota", topic="Pembentukan kelompok",
                                participants=members, result="Pengurus dipilih, iuran disepakati")]
        while True:
            day += timedelta(days=rng.randint(12, 30))
            if day > until:
                return result
            kind = rng.choice(list(TOPICS))
            present = sorted(rng.sample(members, k=max(1, round(len(members) * rng.uniform(0.5, 1.0)))))
            result.append(ActivityInput(
                group_id=group_id, held_on=day, kind=kind, topic=rng.choice(TOPICS[kind]), participants=present,
                result=rng.choice(["Semua anggota paham", "Produk contoh jadi", "Ada pesanan baru",
                                   "Disepakati jadwal produksi"]),
                obstacles=rng.choice(OBSTACLES), follow_up=rng.choice(FOLLOW_UPS),
            ))

    def cash(self, plan: Plan, group_id: str, until: date, first: date) -> list[CashInput]:
        """Per month: sales (growing for a healthy group), raw materials, dues, running costs and
        now and then a member loan and its instalments."""
        rng = self.rng
        entries: list[CashInput] = []

        def add(day: date, direction: str, category: str, amount: float, text: str) -> None:
            if first <= day <= until:
                entries.append(CashInput(group_id=group_id, entry_date=day, direction=direction, category=category,
                                         amount=max(1_000, round(amount, -3)), description=text))

        if plan.state != "new":  # most of a grant buys the equipment in the first weeks
            add(first + timedelta(days=6), "out", "lainnya", plan.families * 2_000_000 * rng.uniform(0.5, 0.7),
                "Beli peralatan produksi")
        month = first.replace(day=1)
        months = 0
        while month <= until:
            trend = 1 + months * (0.08 if plan.state == "growing" else -0.04)
            # Sales are added up in the book every two weeks, as the groups do on paper.
            for day, text in ((14, "Penjualan tanggal 1-14"), (28, "Penjualan tanggal 15-28")):
                if plan.state != "new" or day == 14:
                    add(month.replace(day=day), "in", "penjualan", 2 * plan.sales * trend * rng.uniform(0.7, 1.2),
                        text)
            add(month.replace(day=2), "out", "bahan_baku", plan.sales * 1.6 * rng.uniform(0.8, 1.2),
                "Belanja bahan baku")
            add(month.replace(day=5), "in", "iuran_anggota", plan.families * 10_000, "Iuran bulanan anggota")
            if plan.state != "new":
                add(month.replace(day=16), "out", "bahan_baku", plan.sales * 1.2 * rng.uniform(0.8, 1.2),
                    "Belanja bahan baku")
                add(month.replace(day=25), "out", "operasional", rng.choice([50_000, 75_000, 120_000]),
                    rng.choice(["Listrik dan air", "Transport belanja", "Plastik kemasan"]))
            if months % 4 == 2 and plan.state == "growing":
                add(month.replace(day=8), "out", "pinjaman_anggota", 500_000, "Pinjaman modal anggota")
                for later in (1, 2):
                    add((month + timedelta(days=32 * later)).replace(day=8), "in", "angsuran", 250_000,
                        "Angsuran pinjaman anggota")
            months += 1
            month = (month + timedelta(days=32)).replace(day=1)
        return entries
