"""Casework demo data, through the casework services: a street child found in outreach in Johar
Baru who has come through several stages, a neglected elderly case at assessment, a case brought
to termination, and a PSM registry of a dozen invented volunteers with their trainings."""

from __future__ import annotations

import random
from datetime import date, timedelta

from psmdesk.domain.casework import CaseInput, VolunteerInput
from psmdesk.domain.enums import Sex
from psmdesk.domain.household import HouseholdInput, MemberInput
from psmdesk.services import casework as svc
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
        vid = svc.save_volunteer(ctx, VolunteerInput(
            name=name, kelurahan_code=KELURAHAN[i % 4], role="ketua" if i < 4 else "anggota",
            registered_on=registered, status="nonaktif" if i == 10 else "aktif",
            phone=f"0812{rng.randint(10_000_000, 99_999_999)}"), today=today, demo=True)
        for topic in rng.sample(TOPICS, rng.randint(1, 4)):
            held = registered + timedelta(days=rng.randint(10, max(11, (today - registered).days - 1)))
            svc.add_training(ctx, vid, topic, min(held, today), rng.choice(("tatap_muka", "daring")), today=today,
                             demo=True)


def fill_demo_casework(ctx: AppContext, *, seed: int, today: date) -> None:
    _cases(ctx, today)
    _registry(ctx, today, seed)
