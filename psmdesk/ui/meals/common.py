"""Words and small widgets shared by the Permakanan screens.

The domain keeps Indonesian codes; what the screen shows goes through Qt's translation so the
English UI reads English and the Indonesian one uses the words of the style guide."""

from __future__ import annotations

import html
from datetime import date
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

from psmdesk.domain.dates import format_date_long
from psmdesk.domain.meals import NOT_RECORDED, VOID, EligibilityLine
from psmdesk.domain.regions import get_region
from psmdesk.ui.i18n import translate

OUTCOME_TEXT: dict[str, str] = {
    "diterima": QT_TRANSLATE_NOOP("MealWords", "Received"),
    "tidak_di_rumah": QT_TRANSLATE_NOOP("MealWords", "Not at home"),
    "dirawat_rs": QT_TRANSLATE_NOOP("MealWords", "Hospitalised"),
    "meninggal": QT_TRANSLATE_NOOP("MealWords", "Died"),
    "pindah": QT_TRANSLATE_NOOP("MealWords", "Moved"),
    VOID: QT_TRANSLATE_NOOP("MealWords", "Withdrawn"),
    NOT_RECORDED: QT_TRANSLATE_NOOP("MealWords", "Not recorded"),
}
END_REASON_TEXT: dict[str, str] = {
    "meninggal": QT_TRANSLATE_NOOP("MealWords", "Died"),
    "pindah": QT_TRANSLATE_NOOP("MealWords", "Moved"),
    "dirawat_lama": QT_TRANSLATE_NOOP("MealWords", "Long hospital stay"),
    "mengundurkan_diri": QT_TRANSLATE_NOOP("MealWords", "Withdrew"),
    "tidak_memenuhi_syarat": QT_TRANSLATE_NOOP("MealWords", "No longer eligible"),
}
MEAL_TEXT: dict[str, str] = {
    "pagi": QT_TRANSLATE_NOOP("MealWords", "morning"),
    "siang": QT_TRANSLATE_NOOP("MealWords", "midday"),
}
STAGE_TEXT: dict[str, str] = {
    "siap": QT_TRANSLATE_NOOP("MealWords", "Prepared"),
    "olah": QT_TRANSLATE_NOOP("MealWords", "Cooked"),
    "kemas": QT_TRANSLATE_NOOP("MealWords", "Packed"),
    "antar": QT_TRANSLATE_NOOP("MealWords", "Delivered"),
}


def outcome_text(code: str | None) -> str:
    return translate("MealWords", OUTCOME_TEXT[code]) if code in OUTCOME_TEXT else ""


def end_reason_text(code: str | None) -> str:
    return translate("MealWords", END_REASON_TEXT[code]) if code in END_REASON_TEXT else (code or "")


def meals_text(meals: tuple[str, ...]) -> str:
    return " + ".join(translate("MealWords", MEAL_TEXT.get(m, m)) for m in meals)


def stage_text(code: str) -> str:
    return translate("MealWords", STAGE_TEXT[code])


def thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


@lru_cache(maxsize=512)
def village_name(code: str) -> str:
    region = get_region(code)
    return region.name if region else code


def long_date(d: date, language: str = "id") -> str:
    """"Senin, 17 Agustus 2026", or the English form when the UI runs in English (Settings)."""
    if language == "en":
        return QLocale(QLocale.Language.English).toString(QDate(d.year, d.month, d.day), "dddd, d MMMM yyyy")
    return format_date_long(d)


def short_date(iso: str | None) -> str:
    if not iso:
        return ""
    d = date.fromisoformat(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def date_edit(value: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """dd/MM/yyyy with a calendar popup; arrow keys step the day, as volunteers expect."""
    edit = QDateEdit(parent)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setDate(to_qdate(value or date.today()))
    edit.setMinimumWidth(130)
    return edit


PASSED = '<span style="color:#1e7b34">\u2714</span>'
FAILED = '<span style="color:#b3261e">\u2716</span>'


def check_lines(lines: list[EligibilityLine]) -> str:
    """Rich text: a green tick or a red cross before each check's explanation."""
    parts = []
    for line in lines:
        mark = PASSED if line.passed else FAILED
        parts.append(f"{mark}&nbsp; {html.escape(line.message)}")
    return "<br>".join(parts)
