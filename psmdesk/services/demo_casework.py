"""Casework demo data, through the casework services: a street child found in outreach in Johar
Baru who has come through several stages, a neglected elderly case at assessment, a case brought
to termination, and a PSM registry of a dozen invented volunteers with their trainings; and,
through the empowerment services, the empowerment stages and welfare indicators (before and
after) of the first demo KUBE groups and of one RW in Johar Baru."""

from __future__ import annotations

import random
from datetime import date, timedelta

from psmdesk.domain import empowerment as emp
from psmdesk.domain.casework import CaseInput, VolunteerInput
from psmdesk.domain.enums import Sex
from psmdesk.domain.household import HouseholdInput, MemberInput
from psmdesk.services import casework as svc
from psmdesk.services import empowerment, kube
from psmdesk.services.context import AppContext
from psmdesk.services.households import save_household

KELURAHAN = ("31.71.08.1001", "31.71.08.1002", "31.71.08.1003", "31.71.08.1004")
NAMES = ("Sari Wulandari", "Endang Susilowati", "Rina Marlina", "Yuyun Yuniarti", "Siti Aminah", "Dedeh Kurniasih",
         "Nur Hasanah", "Agus Salim", "Tuti Herawati", "Bambang Irawan", "Lilis Suryani", "Hendra Gunawan")
TOPICS = ("Dasar-dasar pekerjaan sosial", "Pendampingan anak jalanan", "Perlindungan lanjut usia",
          "Administrasi dan pelaporan PSM", "Penanganan korban kekerasan", "Pendataan DTSEN")


def _person(ctx: AppContext, name: str, sex: Sex, born: date, nik: str, street: str, today: date) -> str:
    member = MemberInput(nik=nik, name=name, sex=sex, birth_date=born, relation="kepala_keluarga")
    save_household(ctx, HouseholdInput(kelurahan_code=KELURAHAN[0], rt="007", rw="003", street=street,
                                       members=[member]), confirmed=True, today=today)
    return member.id


def _cases(ctx: AppContext, today: date) -> None:
    child = _person(ctx, "Dimas Saputra", Sex.L, date(2014, 3, 9), "3171080903140005",
                    "Kolong Jembatan Rel Johar Baru", today)
    start = today - timedelta(days=75)
    case_id = svc.open_case(ctx, CaseInput(member_id=child, source="penjangkauan", category="aj",
                                           institution="Rumah Singgah Anak Mandiri", opened_on=start), today=today)
    svc.save_notes(ctx, case_id, {"agreement": "Dimas bersedia didampingi, datang ke rumah singgah tiap sore, "
                                               "dan mau dipertemukan dengan ibunya."})
    svc.advance_stage(ctx, case_id)
    svc.save_notes(ctx, case_id, {
        "bio": "Berat badan kurang, sering batuk; belum pernah imunisasi lengkap.",
        "psycho": "Waspada terhadap orang dewasa, mudah marah, ingin kembali sekolah.",
        "social": "Mengamen di perempatan sejak 2 tahun; ayah pergi, ibu bekerja serabutan.",
        "spiritual": "Masih ingat doa sehari-hari; mau ikut mengaji di musala RW."},
        methods=["wawancara", "observasi", "diskusi"])
    svc.advance_stage(ctx, case_id)
    svc.save_notes(ctx, case_id, {"goals": "Dimas kembali tinggal bersama ibunya dan bersekolah lagi (Paket A).",
                                  "plan": "Konseling mingguan; kunjungan keluarga; rujukan ke Puskesmas dan PKBM."})
    svc.advance_stage(ctx, case_id)
    for days, kind, note in ((50, "konseling", "Membahas alasan turun ke jalan."),
                             (40, "kunjungan_keluarga", "Ibu bersedia menerima kembali, minta bantuan biaya."),
                             (30, "rujukan", "Dirujuk ke Puskesmas Johar Baru untuk batuk.")):
        svc.add_session(ctx, case_id, today - timedelta(days=days), kind, note, today=today)

    elder = _person(ctx, "Mbah Sukinah", Sex.P, date(1942, 8, 17), "3171085708420001", "Gg. Mawar No. 12", today)
    case_id = svc.open_case(ctx, CaseInput(member_id=elder, source="rujukan", category="lut",
                                           institution="Puskesmas Kelurahan Johar Baru",
                                           opened_on=today - timedelta(days=20)), today=today)
    svc.save_notes(ctx, case_id, {"agreement": "Bersedia dikunjungi dua kali seminggu; tetangga ikut memantau."})
    svc.advance_stage(ctx, case_id)
    svc.save_notes(ctx, case_id, {"bio": "Hipertensi, penglihatan kabur, makan sekali sehari.",
                                  "social": "Tinggal sendiri; anak di luar kota jarang menghubungi."},
                   methods=["wawancara"])


def _registry(ctx: AppContext, today: date, seed: int) -> None:
    rng = random.Random(seed * 17 + 3)
    for i, name in enumerate(NAMES):
        registered = today - timedelta(days=rng.randint(200, 2500))
        vid = svc.fill_volunteer(ctx, VolunteerInput(
            name=name, kelurahan_code=KELURAHAN[i % 4], role="ketua" if i < 4 else "anggota",
            registered_on=registered, status="nonaktif" if i == 10 else "aktif",
            phone=f"0812{rng.randint(10_000_000, 99_999_999)}"), today=today)
        for topic in rng.sample(TOPICS, rng.randint(1, 4)):
            held = registered + timedelta(days=rng.randint(10, max(11, (today - registered).days - 1)))
            svc.fill_training(ctx, vid, topic, min(held, today), rng.choice(("tatap_muka", "daring")), today=today)


# (stage, what was done, supporting, hindering), in the order of the process.
STAGE_STORY = (
    ("persiapan", "Sosialisasi program KUBE di balai RW; perkenalan PSM dengan calon anggota.",
     "Ketua RW mendukung dan meminjamkan balai.", "Sebagian warga curiga bantuan hanya untuk kerabat pengurus."),
    ("asesmen", "Pendataan kondisi keluarga anggota dan potensi usaha; diskusi kelompok tentang masalah utama.",
     "Anggota terbuka menceritakan kondisi ekonomi.", "Jadwal kerja anggota berbeda-beda, sulit berkumpul."),
    ("alternatif", "Membandingkan tiga pilihan usaha: warung sembako, olahan makanan, jasa cuci.",
     "Ada anggota yang sudah terampil memasak.", "Modal awal terbatas."),
    ("rencana_aksi", "Menyusun rencana kerja enam bulan: pelatihan produksi, pembagian tugas, target penjualan.",
     "Pendampingan rutin dari PSM tiap minggu.", "Belum semua anggota paham pembukuan."),
    ("pelaksanaan", "Produksi dan penjualan rutin; iuran kas kelompok; pelatihan pengemasan.",
     "Pesanan dari warung dan acara RW.", "Harga bahan baku naik; satu anggota pindah rumah."),
    ("evaluasi", "Menilai pencapaian target dan kekompakan kelompok bersama anggota.",
     "Kas kelompok bertambah.", "Pemasaran masih di sekitar kelurahan saja."),
    ("terminasi", "Kelompok dinyatakan mandiri; pendampingan berkala tiap tiga bulan.",
     "Pengurus sudah bisa membuat laporan sendiri.", "Belum punya izin usaha (NIB)."),
)
START = {"kependudukan": 3, "kesehatan": 2, "pendidikan": 2, "ketenagakerjaan": 2, "konsumsi": 2, "perumahan": 2,
         "kemiskinan": 1, "pola_pikir": 2}
START_NOTES = {"kesehatan": "Beberapa balita anggota kurang gizi.", "kemiskinan": "Semua keluarga desil 1-2.",
               "pola_pikir": "Belum terbiasa mencatat uang usaha."}
END_NOTES = {"kesehatan": "Ikut posyandu rutin.", "ketenagakerjaan": "Semua anggota punya pekerjaan tetap di usaha.",
             "pola_pikir": "Mulai jual lewat WhatsApp."}


def _group_story(ctx: AppContext, group_id: str, founded: date, today: date, reached: int, rng: random.Random) -> None:
    span = max((today - founded).days, len(STAGE_STORY) * 10)
    step = span // (len(STAGE_STORY) + 1)
    for index, (stage, done, supporting, hindering) in enumerate(STAGE_STORY[:reached]):
        start = min(founded + timedelta(days=step * index), today)
        last = index == reached - 1 and stage != "terminasi"
        end = None if last else min(start + timedelta(days=step - 1), today)
        empowerment.save_stage_entry(ctx, emp.StageEntryInput(
            group_id=group_id, stage=stage, started_on=start, ended_on=end, activities=done, supporting=supporting,
            hindering=hindering), confirmed=True, today=today)
    subject = empowerment.group_subject(ctx, group_id)
    empowerment.save_indicators(ctx, subject, emp.IndicatorInput(
        phase="awal", assessed_on=min(founded + timedelta(days=step), today), scores=START, notes=START_NOTES),
        today=today)
    if reached >= 6:
        after = {code: min(emp.HIGHEST, score + rng.choice((0, 1, 1, 2))) for code, score in START.items()}
        empowerment.save_indicators(ctx, subject, emp.IndicatorInput(
            phase="evaluasi", assessed_on=min(founded + timedelta(days=step * 5), today), scores=after,
            notes=END_NOTES), today=today)


def _empowerment(ctx: AppContext, today: date, seed: int) -> None:
    rng = random.Random(seed * 23 + 5)
    groups = sorted(kube.overview(ctx, today=today), key=lambda g: g.name)
    for group, reached in zip(groups, (7, 6, 4, 2), strict=False):
        founded = kube.get_group(ctx, group.id).founded_on or today - timedelta(days=365)
        _group_story(ctx, group.id, founded, today, reached, rng)
    rw = emp.rw_subject(KELURAHAN[0], "3")
    empowerment.save_indicators(ctx, rw, emp.IndicatorInput(
        phase="awal", assessed_on=today - timedelta(days=300), scores={**START, "perumahan": 1},
        notes={"perumahan": "Banyak rumah petak tanpa jendela; got mampet."}), today=today)
    empowerment.save_indicators(ctx, rw, emp.IndicatorInput(
        phase="evaluasi", assessed_on=today - timedelta(days=20), scores={**START, "perumahan": 2, "kesehatan": 3},
        notes={"perumahan": "Kerja bakti bulanan; got sudah diperbaiki."}), today=today)


def fill_demo_casework(ctx: AppContext, *, seed: int, today: date) -> None:
    _cases(ctx, today)
    _registry(ctx, today, seed)
    _empowerment(ctx, today, seed)
