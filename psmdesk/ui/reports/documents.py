"""The documents the Laporan page offers: what each needs to be chosen, how it is built (in a
worker thread, with the worker's own AppContext), its suggested file name (never a NIK), and
which list its "Export to Excel/CSV" writes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from psmdesk.services.context import AppContext
from psmdesk.services.spreadsheet_export import Listing
from psmdesk.ui.i18n import translate

# Parameters a document may need (the form shows only these).
POKMAS, PERIOD, DAY, MONTH, KELURAHAN, KUBE, ORIENTATION = (
    "pokmas", "period", "day", "month", "kelurahan", "kube", "orientation")


@dataclass(frozen=True)
class Params:
    pokmas_id: str = ""
    start: date | None = None
    end: date | None = None
    month: tuple[int, int] | None = None
    kelurahan: str = ""
    kube_id: str = ""
    paper: str = "A4"
    orientation: str = "portrait"


Builder = Callable[[AppContext, Params, Path], Path]
Lister = Callable[[AppContext, Params, bool], Listing]


@dataclass(frozen=True)
class Document:
    key: str
    title: str  # English source, QT_TRANSLATE_NOOP("ReportDocuments", ...)
    description: str
    needs: tuple[str, ...]
    build: Builder
    file_stem: str  # Indonesian, no personal data
    orientation: str = "portrait"
    export: Lister | None = None
    export_title: str = ""
    export_stem: str = ""  # Indonesian file name start of the exported list
    export_nik: bool = True  # the list has NIK (masked unless the user asks for them in full)

    @property
    def display_title(self) -> str:
        return translate("ReportDocuments", self.title)

    @property
    def display_description(self) -> str:
        return translate("ReportDocuments", self.description)

    @property
    def display_export_title(self) -> str:
        return translate("ReportDocuments", self.export_title)

    def file_name(self, params: Params, stem: str = "", suffix: str = ".pdf") -> str:
        if params.month:
            when = f"{params.month[0]}-{params.month[1]:02d}"
        elif params.start and params.end and params.start != params.end:
            when = f"{params.start.isoformat()}_{params.end.isoformat()}"
        elif params.start:
            when = params.start.isoformat()
        else:
            when = date.today().isoformat()
        return f"{stem or self.file_stem}-{when}{suffix}"


def _range(p: Params) -> tuple[date, date]:
    if p.month:
        from psmdesk.services.report_data import month_range

        return month_range(*p.month)
    start = p.start or date.today()
    return start, p.end or start


def _distribution(ctx: AppContext, p: Params, out: Path) -> Path:
    from psmdesk.services.reports import print_distribution

    start, end = _range(p)
    return print_distribution(ctx, p.pokmas_id, start, end, out, paper=p.paper,
                              orientation=p.orientation)


def _delivery_form(ctx: AppContext, p: Params, out: Path) -> Path:
    from psmdesk.services.reports import print_distribution

    day = p.start or date.today()
    return print_distribution(ctx, p.pokmas_id, day, day, out, paper=p.paper,
                              orientation=p.orientation, blank=True)


def _meal_recap(ctx: AppContext, p: Params, out: Path) -> Path:
    from psmdesk.services.reports import print_meal_recap

    year, month = p.month or (date.today().year, date.today().month)
    return print_meal_recap(ctx, p.pokmas_id, year, month, out, paper=p.paper,
                            orientation=p.orientation)


def _households(ctx: AppContext, p: Params, out: Path) -> Path:
    from psmdesk.services.reports import print_households_recap

    return print_households_recap(ctx, p.kelurahan, out, paper=p.paper)


def _household_form(ctx: AppContext, p: Params, out: Path) -> Path:
    from psmdesk.services.reports import print_blank_household_form

    return print_blank_household_form(ctx, out, paper=p.paper)


def _kube(ctx: AppContext, p: Params, out: Path) -> Path:
    from psmdesk.services.reports import print_kube_profile

    return print_kube_profile(ctx, p.kube_id, out, paper=p.paper)


def _import(ctx: AppContext, p: Params, out: Path) -> Path:
    from psmdesk.services.report_data import imported_on
    from psmdesk.services.reports import print_import_report

    day = p.start or date.today()
    return print_import_report(ctx, imported_on(ctx, day), out, paper=p.paper)


def _roster(ctx: AppContext, p: Params, full: bool) -> Listing:
    from psmdesk.services.spreadsheet_export import roster_list

    return roster_list(ctx, p.pokmas_id, full_nik=full)


def _household_list(ctx: AppContext, p: Params, full: bool) -> Listing:
    from psmdesk.services.spreadsheet_export import household_list

    return household_list(ctx, p.kelurahan or None, full_nik=full)


def _kube_list(ctx: AppContext, p: Params, full: bool) -> Listing:
    from psmdesk.services.spreadsheet_export import kube_list

    return kube_list(ctx)


ROSTER = QT_TRANSLATE_NOOP("ReportDocuments", "Roster of the Pokmas")
HOUSEHOLDS = QT_TRANSLATE_NOOP("ReportDocuments", "Household list")
KUBE_GROUPS = QT_TRANSLATE_NOOP("ReportDocuments", "KUBE groups overview")

DOCUMENTS: tuple[Document, ...] = (
    Document("distribution", QT_TRANSLATE_NOOP("ReportDocuments", "Meal recipient list"),
             QT_TRANSLATE_NOOP("ReportDocuments", "The list beneficiaries sign or thumb-print when the meals "
                               "arrive, one section per day, with the signatures of the Pokmas leader, the PSM "
                               "and the lurah. NIK are masked."),
             (POKMAS, PERIOD, ORIENTATION), _distribution, "daftar-penerima-permakanan", export=_roster,
             export_title=ROSTER, export_stem="daftar-penerima-permakanan"),
    Document("delivery_form", QT_TRANSLATE_NOOP("ReportDocuments", "Blank delivery form"),
             QT_TRANSLATE_NOOP("ReportDocuments", "The day's roster with empty boxes, for days the laptop "
                               "cannot go along. Fill in one letter per person; type it in later."),
             (POKMAS, DAY, ORIENTATION), _delivery_form, "formulir-pengantaran", export=_roster,
             export_title=ROSTER, export_stem="daftar-penerima-permakanan"),
    Document("meal_recap", QT_TRANSLATE_NOOP("ReportDocuments", "Monthly meals recap"),
             QT_TRANSLATE_NOOP("ReportDocuments", "Per beneficiary the days delivered and missed, the meals "
                               "and the cost of the month, with a chart of the days."),
             (POKMAS, MONTH, ORIENTATION), _meal_recap, "rekap-permakanan", orientation="landscape",
             export=_roster, export_title=ROSTER, export_stem="daftar-penerima-permakanan"),
    Document("households", QT_TRANSLATE_NOOP("ReportDocuments", "Household mapping recap"),
             QT_TRANSLATE_NOOP("ReportDocuments", "Households, people, PPKS and aid programmes per RW of "
                               "one kelurahan."),
             (KELURAHAN,), _households, "rekap-pemetaan-keluarga", orientation="landscape",
             export=_household_list, export_title=HOUSEHOLDS, export_stem="daftar-keluarga"),
    Document("household_form", QT_TRANSLATE_NOOP("ReportDocuments", "Blank household mapping form"),
             QT_TRANSLATE_NOOP("ReportDocuments", "The paper form for visits without the laptop, in the "
                               "order of the screen."),
             (), _household_form, "formulir-pemetaan-keluarga"),
    Document("kube", QT_TRANSLATE_NOOP("ReportDocuments", "KUBE profile and cash book"),
             QT_TRANSLATE_NOOP("ReportDocuments", "Profile, members, grants, activities and the cash book "
                               "with its running balance and monthly chart."),
             (KUBE,), _kube, "profil-kube", export=_kube_list, export_title=KUBE_GROUPS, export_stem="daftar-kube",
             export_nik=False),
    Document("import_report", QT_TRANSLATE_NOOP("ReportDocuments", "Bundle import report"),
             QT_TRANSLATE_NOOP("ReportDocuments", "The sync bundles imported on a day: sender, number and "
                               "counts. Refused bundles appear on the report printed from the import screen."),
             (DAY,), _import, "laporan-impor", orientation="landscape"),
)


def document(key: str) -> Document:
    return next(d for d in DOCUMENTS if d.key == key)
