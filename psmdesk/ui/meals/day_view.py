"""Catatan Harian: pick a date, mark each person with one key, save the day (Ctrl+S).

The screen used every day: the whole roster of 60 fits a couple of minutes of keystrokes, the
menu and stage times sit above the grid, and saving never leaves the keyboard."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from psmdesk.domain.issues import ValidationFailed
from psmdesk.domain.meals import STAGES
from psmdesk.services import meals as service
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.storage.errors import StorageError
from psmdesk.ui.errors import show_problem, show_storage_error
from psmdesk.ui.meals import day_dialogs
from psmdesk.ui.meals.common import date_edit, long_date, meals_text, stage_text, to_date, to_qdate
from psmdesk.ui.meals.day_model import DayTableModel
from psmdesk.ui.meals.day_table import DayTable
from psmdesk.ui.style import label, primary_button
from psmdesk.ui.widgets.list_export import offer_export


class DailyLogView(QWidget):
    message = Signal(str)
    roster_changed = Signal()  # someone was ended from the proposal dialog

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DailyLog")
        self.ctx = ctx
        self.pokmas_id: str | None = None
        self.day = date.today()
        self._loaded_day: dict[str, str] = {}
        self.model = DayTableModel()
        self.model.set_titles([self.tr("No"), self.tr("Name"), self.tr("Address"), self.tr("Outcome"),
                               self.tr("Morning"), self.tr("Midday"), self.tr("Handed over by"), self.tr("Note"),
                               self.tr("Status")])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(6)
        outer.addLayout(self._date_row())
        outer.addLayout(self._day_row())
        outer.addLayout(self._times_row())
        self.doubles = label("", "error", wrap=True)
        self.doubles.setObjectName("DoublesBanner")
        self.doubles.hide()
        outer.addWidget(self.doubles)
        self.table = DayTable(self.model)
        offer_export(self.table, "Pengantaran Permakanan")
        self.empty = label("", "muted", wrap=True)
        self.empty.setObjectName("DayEmpty")
        outer.addWidget(self.table, 1)
        outer.addWidget(self.empty)
        self.error = label("", "error", wrap=True)
        self.error.setObjectName("DayError")
        self.error.hide()
        outer.addWidget(self.error)
        outer.addLayout(self._button_row())
        self.model.changed.connect(self._update_counts)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+Shift+D", self.mark_all), ("Ctrl+H", self.open_history),
                           ("Alt+Left", lambda: self.step(-1)), ("Alt+Right", lambda: self.step(1))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- building -------------------------------------------------------------------------
    def _date_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.date_edit = date_edit(self.day)
        self.date_edit.setObjectName("DayDate")
        caption = QLabel(self.tr("&Date"))
        caption.setBuddy(self.date_edit)
        self.previous = QPushButton(self.tr("\u25c0 Previous day"))
        self.previous.setToolTip(self.tr("Alt+Left"))
        self.following = QPushButton(self.tr("Next day \u25b6"))
        self.following.setToolTip(self.tr("Alt+Right"))
        self.today_button = QPushButton(self.tr("Today"))
        self.previous.clicked.connect(lambda: self.step(-1))
        self.following.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.go_to_day(date.today()))
        # Unsaved marks: ask once the date is complete (Enter or leaving the field), not at every
        # keystroke of typing it; with nothing unsaved, the day follows the field at once.
        self.date_edit.dateChanged.connect(lambda value: None if self.is_dirty() else self.go_to_day(to_date(value)))
        self.date_edit.editingFinished.connect(lambda: self.go_to_day(to_date(self.date_edit.date())))
        self.date_edit.calendarWidget().clicked.connect(lambda value: self.go_to_day(to_date(value)))
        self.long_date = label("", "subheading")
        self.long_date.setObjectName("DayLongDate")
        self.counts = label("")
        self.counts.setObjectName("DayCounts")
        row.addWidget(caption)
        row.addSpacing(4)
        for widget in (self.date_edit, self.previous, self.following, self.today_button):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.long_date)
        row.addStretch(1)
        return row

    def _day_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.menu = QLineEdit()
        self.menu.setObjectName("DayMenu")
        self.menu.setPlaceholderText(self.tr("e.g. rice, chicken, vegetable soup, banana"))
        self.menu.setMaxLength(200)
        caption = QLabel(self.tr("&Menu"))
        caption.setBuddy(self.menu)
        row.addWidget(caption)
        row.addWidget(self.menu, 1)
        self.handed_by = QLineEdit()
        self.handed_by.setObjectName("DayHandedBy")
        self.handed_by.setPlaceholderText(self.tr("name of the deliverer"))
        self.handed_by.setFixedWidth(220)
        self.handed_by.setToolTip(self.tr("Filled into every row marked received that has no name yet."))
        self.handed_by.textChanged.connect(lambda text: setattr(self.model, "default_handed_by", text.strip()))
        handed = QLabel(self.tr("Han&ded over by"))
        handed.setBuddy(self.handed_by)
        row.addSpacing(12)
        row.addWidget(handed)
        row.addWidget(self.handed_by)
        return row

    def _times_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Times:")))
        self.times: dict[str, QLineEdit] = {}
        for stage, _ in STAGES:
            edit = QLineEdit()
            edit.setObjectName(f"DayTime_{stage}")
            # The shape of a time, not a time: "05.30" in grey read as if it had been recorded.
            edit.setPlaceholderText("--.--")
            edit.setToolTip("05.30")
            edit.setMaxLength(5)
            edit.setFixedWidth(60)
            caption = QLabel(stage_text(stage))
            caption.setBuddy(edit)
            row.addSpacing(8)
            row.addWidget(caption)
            row.addWidget(edit)
            self.times[stage] = edit
        row.addSpacing(8)
        keys = self.tr("Keys: D received \u00b7 T not at home \u00b7 R hospitalised \u00b7 M died \u00b7 P moved\n"
                       "Space both meals \u00b7 1 morning \u00b7 2 midday \u00b7 Enter next row")
        hint = label(keys, "muted", wrap=True)
        hint.setObjectName("DayKeys")
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(hint, 1)
        return row

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.counts, 1)
        self.history_button = QPushButton(self.tr("History (Ctrl+H)"))
        self.history_button.setObjectName("DayHistory")
        self.history_button.clicked.connect(self.open_history)
        self.extra_button = QPushButton(self.tr("Extra delivery\u2026"))
        self.extra_button.setObjectName("DayExtra")
        self.extra_button.clicked.connect(self.extra_delivery)
        self.all_button = QPushButton(self.tr("All received (Ctrl+Shift+D)"))
        self.all_button.setObjectName("DayAllReceived")
        self.all_button.setToolTip(self.tr("Marks every row not filled in yet as received with both meals."))
        self.all_button.clicked.connect(self.mark_all)
        self.save_button = primary_button(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("DaySave")
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        for button in (self.history_button, self.extra_button, self.all_button, self.save_button):
            row.addWidget(button)
        return row

    # --- loading --------------------------------------------------------------------------
    def set_pokmas(self, pokmas_id: str | None) -> None:
        self.pokmas_id = pokmas_id
        self.load()

    def load(self) -> None:
        log = service.load_day(self.ctx, self.pokmas_id, self.day) if self.pokmas_id else None
        self.model.load(log)
        self.menu.setText(log.menu if log else "")
        self.menu.setCursorPosition(0)  # the start of the menu, not its tail
        for stage, edit in self.times.items():
            edit.setText(log.times.get(stage, "").replace(":", ".") if log else "")
        self._loaded_day = self._day_values()
        self.long_date.setText(long_date(self.day, self.ctx.settings.language))
        self.error.hide()
        doubles = [r for r in log.rows if r.doubles] if log else []
        self.doubles.setVisible(bool(doubles))
        if doubles:
            names = "; ".join(f"{r.name} ({meals_text(r.doubles)})" for r in doubles)
            self.doubles.setText(self.tr("Possible double delivery: %1. Open the history (Ctrl+H) on the red row "
                                         "to check it.").replace("%1", names))
        has_rows = bool(log and log.rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.empty.setText(self.tr("Nobody is on this Pokmas's roster on this date. Add beneficiaries in the "
                                   "Roster tab.") if self.pokmas_id else
                           self.tr("Choose a Pokmas first, or create one in the Pokmas tab."))
        for widget in (self.save_button, self.all_button, self.history_button, self.extra_button):
            widget.setEnabled(has_rows)
        self.following.setEnabled(self.day < date.today())
        if has_rows:
            self.table.go_to(0)

    def _day_values(self) -> dict[str, str]:
        return {"menu": self.menu.text().strip(), **{k: e.text().strip() for k, e in self.times.items()}}

    def _update_counts(self) -> None:
        filled, received, total = self.model.counts()
        self.counts.setText(self.tr("Filled in %1 of %2 \u00b7 received %3").replace("%1", str(filled))
                            .replace("%2", str(total)).replace("%3", str(received)))

    def is_dirty(self) -> bool:
        return self.model.is_dirty() or self._day_values() != self._loaded_day

    def focus_grid(self) -> None:
        if self.table.isVisible():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- moving between days --------------------------------------------------------------
    def maybe_leave(self) -> bool:
        """True when the day may be left: nothing unsaved, saved now, or discarded on purpose."""
        if not self.is_dirty():
            return True
        answer = day_dialogs.ask_unsaved(self, long_date(self.day, self.ctx.settings.language))
        if answer == "save":
            return self.save()
        return answer == "discard"

    def go_to_day(self, day: date) -> None:
        if day == self.day:
            return
        if day > date.today() or not self.maybe_leave():
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(to_qdate(self.day))
            self.date_edit.blockSignals(False)
            return
        self.day = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(to_qdate(day))
        self.date_edit.blockSignals(False)
        self.load()
        self.focus_grid()

    def step(self, days: int) -> None:
        self.go_to_day(self.day + timedelta(days=days))

    # --- actions --------------------------------------------------------------------------
    def mark_all(self) -> None:
        count = self.model.mark_all_received()
        self.message.emit(self.tr("%1 rows marked received. Check them, then save (Ctrl+S).")
                          .replace("%1", str(count)))

    def save(self) -> bool:
        if not self.pokmas_id or not self.model.rows:
            return False
        values = self._day_values()
        try:
            result = service.save_day(self.ctx, self.pokmas_id, self.day, self.model.entries(),
                                      menu=values["menu"], times={k: values[k] for k, _ in STAGES})
        except ValidationFailed as exc:
            self.error.setText(exc.summary())
            self.error.show()
            return False
        except UserError as exc:
            show_problem(self, str(exc))
            return False
        except StorageError as exc:
            show_storage_error(self, exc)
            return False
        self.load()
        text = self.tr("%1 saved: %2 new, %3 corrected.").replace("%1", long_date(self.day, self.ctx.settings.language))
        self.message.emit(text.replace("%2", str(result.added)).replace("%3", str(result.corrected)))
        if result.proposals and day_dialogs.propose_ends(self, self.ctx, result.proposals):
            self.load()
            self.roster_changed.emit()
        self.focus_grid()
        return True

    def _current(self) -> tuple[str, str] | None:
        row = self.table.current_row()
        if not 0 <= row < len(self.model.rows):
            return None
        base = self.model.rows[row].base
        return base.beneficiary_id, base.name

    def open_history(self) -> None:
        current = self._current()
        if current is None or self.pokmas_id is None:
            return
        if day_dialogs.show_history(self, self.ctx, current[0], current[1], self.day):
            self._reload_keeping_marks()

    def extra_delivery(self) -> None:
        current = self._current()
        if current is None or self.pokmas_id is None:
            return
        if day_dialogs.record_extra(self, self.ctx, self.pokmas_id, current[0], current[1], self.day):
            self._reload_keeping_marks()

    def _reload_keeping_marks(self) -> None:
        """After a dialog wrote entries: re-read the day, then put back unsaved marks of other rows."""
        pending = {s.base.beneficiary_id: s for s in self.model.rows if s.dirty}
        row = self.table.current_row()
        self.load()
        for state in self.model.rows:
            old = pending.get(state.base.beneficiary_id)
            if old is not None and state.base.entry == old.base.entry:
                state.outcome, state.morning, state.midday = old.outcome, old.morning, old.midday
                state.handed_by, state.note = old.handed_by, old.note
        self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(max(len(self.model.rows) - 1, 0), 8))
        self.model.changed.emit()
        self.table.go_to(row)
