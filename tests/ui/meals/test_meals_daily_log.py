"""The daily log as a volunteer uses it: one key per row, Ctrl+S, the history of a correction, a
double delivery warned about, and ending someone who died."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMessageBox, QPushButton, QTableWidget, QWidget

from psmdesk.services import meals as service
from psmdesk.services.context import AppContext
from psmdesk.ui.meals.day_model import STATUS
from psmdesk.ui.meals.page import MealsPage
from tests.ui.meals.conftest import in_modal
from tests.ui.meals.world import TODAY, World, nov, received

CTRL = Qt.KeyboardModifier.ControlModifier


def outcomes(ctx: AppContext, w: World, day) -> dict[str, tuple[str, bool, bool, str]]:  # type: ignore[no-untyped-def]
    log = service.load_day(ctx, w.pokmas_id, day)
    return {r.name: (r.entry.outcome, r.entry.morning, r.entry.midday, r.entry.handed_by)
            for r in log.rows if r.entry is not None}


def open_day(qtbot, page: MealsPage, day) -> None:  # type: ignore[no-untyped-def]
    page.daily.go_to_day(day)
    page.daily.table.setFocus()
    qtbot.waitUntil(lambda: page.daily.table.hasFocus(), timeout=20000)


def test_a_day_is_recorded_with_one_key_per_row(qtbot, page: MealsPage, ready_ctx: AppContext, world: World) -> None:
    daily = page.daily
    assert page.tabs.currentWidget() is daily
    open_day(qtbot, page, nov(6))
    assert [s.base.name for s in daily.model.rows] == ["Siti Rahmah", "Bambang Sutrisno", "Ani Suryani", "Warsini"]
    daily.handed_by.setText("Rina")
    daily.menu.setText("Nasi, pepes ikan, sayur asem")
    daily.times["antar"].setText("9.15")
    table = daily.table
    table.go_to(0)
    qtbot.keyClicks(table, "dt")  # Siti received, Bambang not at home: each key moves to the next row
    assert table.current_row() == 2
    qtbot.keyClick(table, Qt.Key.Key_Space)  # Ani: both meals, which means received
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.keyClick(table, "2")  # Warsini: only the midday meal
    assert daily.counts.text() == "Terisi 4 dari 4 \u00b7 diterima 3"
    assert daily.model.data(daily.model.index(0, STATUS)) == "Belum disimpan"
    qtbot.keyClick(table, Qt.Key.Key_S, CTRL)

    assert outcomes(ready_ctx, world, nov(6)) == {
        "Siti Rahmah": ("diterima", True, True, "Rina"),
        "Bambang Sutrisno": ("tidak_di_rumah", False, False, ""),
        "Ani Suryani": ("diterima", True, True, "Rina"),
        "Warsini": ("diterima", False, True, "Rina"),
    }
    log = service.load_day(ready_ctx, world.pokmas_id, nov(6))
    assert log.menu == "Nasi, pepes ikan, sayur asem" and log.times["antar"] == "09:15"
    assert "disimpan: 4 baru, 0 dikoreksi" in page.last_message
    assert not daily.is_dirty() and daily.model.data(daily.model.index(0, STATUS)) == "Tersimpan"


def test_all_received_then_the_exceptions(qtbot, page: MealsPage, ready_ctx: AppContext, world: World) -> None:
    daily = page.daily
    open_day(qtbot, page, nov(7))
    daily.table.go_to(1)
    qtbot.keyClick(daily.table, "r")  # Bambang in hospital, marked first
    qtbot.keyClick(daily.table, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert "3 baris ditandai diterima" in page.last_message
    qtbot.keyClick(daily.table, Qt.Key.Key_S, CTRL)
    found = outcomes(ready_ctx, world, nov(7))
    assert [found[n][0] for n in ("Siti Rahmah", "Bambang Sutrisno", "Ani Suryani", "Warsini")] == [
        "diterima", "dirawat_rs", "diterima", "diterima"]


def test_a_correction_is_a_new_entry_and_the_history_keeps_both(qtbot, page: MealsPage, ready_ctx: AppContext,
                                                                world: World) -> None:
    service.save_day(ready_ctx, world.pokmas_id, nov(8), [received(world.ids["siti"])], today=TODAY)
    daily = page.daily
    open_day(qtbot, page, nov(8))
    daily.table.go_to(0)
    qtbot.keyClick(daily.table, "t")
    qtbot.keyClick(daily.table, Qt.Key.Key_S, CTRL)
    assert "0 baru, 1 dikoreksi" in page.last_message
    assert daily.model.data(daily.model.index(0, STATUS)) == "Dikoreksi"

    daily.table.go_to(0)
    seen: dict[str, list[str]] = {}

    def read_history(dialog: QWidget) -> None:
        table = dialog.findChild(QTableWidget, "HistoryTable")
        seen["rows"] = [" | ".join(table.item(r, c).text() for c in (1, 6)) for r in range(table.rowCount())]
        dialog.close()

    in_modal(read_history)
    qtbot.keyClick(daily.table, Qt.Key.Key_H, CTRL)
    assert seen["rows"] == ["Diterima | Digantikan", "Tidak di rumah | Berlaku"]
    assert ready_ctx.db.execute("SELECT COUNT(*) FROM meal_deliveries").fetchone()[0] == 2


def test_a_double_delivery_is_warned_about_and_flagged(qtbot, page: MealsPage, ready_ctx: AppContext,
                                                       world: World) -> None:
    service.save_day(ready_ctx, world.pokmas_id, nov(9), [received(world.ids["siti"])], today=TODAY)
    daily = page.daily
    open_day(qtbot, page, nov(9))
    daily.table.go_to(0)
    warning: list[str] = []

    def fill_extra(dialog: QWidget) -> None:
        checks = dialog.findChildren(QCheckBox)
        checks[0].setChecked(True)  # the morning meal, already delivered
        dialog.findChildren(QLineEdit)[0].setText("Tono")
        in_modal(confirm_double)
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "Simpan Pengantaran").click()

    def confirm_double(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        warning.append(box.text())
        next(b for b in box.buttons() if b.text() == "Tetap Simpan").click()

    in_modal(fill_extra)
    daily.extra_button.click()
    assert warning == ["Kemungkinan pengantaran ganda: Siti Rahmah, 09/11/2026, makan pagi tercatat dua kali."]
    # Kept as two entries, flagged on the row and above the grid.
    assert daily.doubles.isVisible() and "Siti Rahmah (pagi)" in daily.doubles.text()
    assert daily.model.data(daily.model.index(0, STATUS)) == "Ganda: pagi"
    assert len(service.double_deliveries(ready_ctx, world.pokmas_id, nov(9), nov(9))) == 1
    assert ready_ctx.db.execute("SELECT COUNT(*) FROM meal_deliveries").fetchone()[0] == 2

    # The history withdraws the wrong one with a reason; the flag goes, both entries stay.
    def withdraw(dialog: QWidget) -> None:
        table = dialog.findChild(QTableWidget, "HistoryTable")
        table.selectRow(1)

        def give_reason(reason_dialog: QWidget) -> None:
            reason_dialog.findChild(QLineEdit, "Reason").setText("Tercatat dua kali oleh Tono")
            next(b for b in reason_dialog.findChildren(QPushButton) if b.text() == "Batalkan Catatan").click()
            QTimer.singleShot(0, dialog.close)

        in_modal(give_reason)
        dialog.findChild(QPushButton, "Withdraw").click()

    in_modal(withdraw)
    daily.history_button.click()
    assert not daily.doubles.isVisible()
    assert daily.model.data(daily.model.index(0, STATUS)) != "Ganda: pagi"
    assert ready_ctx.db.execute("SELECT COUNT(*) FROM meal_deliveries").fetchone()[0] == 3


def test_a_double_from_another_laptop_shows_when_the_day_opens(qtbot, page: MealsPage, ready_ctx: AppContext,
                                                               world: World) -> None:
    b = world.ids["bambang"]
    service.save_day(ready_ctx, world.pokmas_id, nov(10), [received(b)], today=TODAY)
    service.add_delivery(ready_ctx, world.pokmas_id, nov(10), received(b, by="Dewi"), confirmed=True, today=TODAY)
    open_day(qtbot, page, nov(10))
    assert page.daily.doubles.isVisible()
    assert "Bambang Sutrisno (pagi + siang)" in page.daily.doubles.text()


def test_a_beneficiary_who_died_is_ended_from_the_save(qtbot, page: MealsPage, ready_ctx: AppContext,
                                                       world: World) -> None:
    daily = page.daily
    open_day(qtbot, page, nov(11))
    daily.table.go_to(2)  # Ani
    qtbot.keyClick(daily.table, "m")
    proposal: list[str] = []

    def accept(dialog: QWidget) -> None:
        proposal.extend(c.text() for c in dialog.findChildren(QCheckBox))
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "Hentikan yang Dicentang").click()

    in_modal(accept)
    qtbot.keyClick(daily.table, Qt.Key.Key_S, CTRL)
    assert proposal == ["Ani Suryani: hari terakhir Rabu, 11 November 2026, alasan: Meninggal"]
    entry = next(e for e in service.roster(ready_ctx, world.pokmas_id, today=TODAY) if e.row.name == "Ani Suryani")
    assert (entry.row.end_date, entry.row.end_reason) == ("2026-11-11", "meninggal")
    # The next day she is no longer on the checklist; the roster lists her as ended.
    daily.go_to_day(nov(12))
    assert "Ani Suryani" not in [s.base.name for s in daily.model.rows]
    page.tabs.setCurrentIndex(1)
    page.roster.show_ended.setChecked(True)
    statuses = {page.roster.table.item(r, 0).text(): page.roster.table.item(r, 3).text()
                for r in range(page.roster.table.rowCount())}
    assert statuses["Ani Suryani"] == "Berhenti (Meninggal)"


def test_leaving_a_day_with_unsaved_marks_asks_first(qtbot, page: MealsPage, ready_ctx: AppContext,
                                                     world: World) -> None:
    daily = page.daily
    open_day(qtbot, page, nov(13))
    qtbot.keyClick(daily.table, "d")

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Batal").click()

    in_modal(cancel)
    daily.step(1)
    assert daily.day == nov(13) and daily.is_dirty()

    def save(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Simpan").click()

    in_modal(save)
    daily.step(1)
    assert daily.day == nov(14)
    assert outcomes(ready_ctx, world, nov(13))["Siti Rahmah"][0] == "diterima"
