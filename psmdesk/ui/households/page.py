"""Keluarga: the page the shell shows. It switches between the list and the form, and carries out
what crosses both: opening, drafts, deleting with undo, and the quiet confirmations."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from psmdesk.services import drafts as draft_service
from psmdesk.services import households as service
from psmdesk.services.context import AppContext
from psmdesk.services.setup import reference_list
from psmdesk.storage.errors import StorageError
from psmdesk.ui.errors import show_storage_error
from psmdesk.ui.households import dialogs, queries
from psmdesk.ui.households.form import HouseholdForm
from psmdesk.ui.households.form_controller import DRAFT_KIND, FormController, draft_key, household_title
from psmdesk.ui.households.labels import format_timestamp
from psmdesk.ui.households.list_view import HouseholdListView
from psmdesk.ui.households.table_model import HouseholdTableModel
from psmdesk.ui.tableimport.entry import add_import_button

if TYPE_CHECKING:
    from psmdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class HouseholdsPage(QWidget):
    def __init__(self, ctx: AppContext, window: MainWindow | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.setObjectName("HouseholdsPage")
        self.last_message = ""
        programmes = reference_list(ctx, "programme")
        ppks = reference_list(ctx, "ppks")
        self.model = HouseholdTableModel(
            lambda f, sort: queries.list_ids(ctx, f, sort),
            lambda ids: queries.list_rows(ctx, ids),
            queries.village_name,
        )
        self.list = HouseholdListView(self.model, queries.kelurahan_choices(ctx), ppks, programmes)
        self.import_button = add_import_button(self.list.new_button, ctx, on_imported=self.show_list)
        self.form = HouseholdForm(programmes, ppks)
        self.controller = FormController(ctx, self.form, self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.list.open_requested.connect(self.open_household)
        self.list.new_requested.connect(self.new_record)
        self.list.delete_requested.connect(self.delete_household)
        self.list.restore_requested.connect(self.restore_household)
        self.list.undo.undo.connect(self.restore_household)
        self.list.drafts.resume.connect(self.resume_draft)
        self.list.drafts.discard.connect(self.discard_draft)
        self.form.back_requested.connect(self.back_to_list)
        self.form.cancel_requested.connect(self.back_to_list)
        self.form.delete_requested.connect(self._delete_open_household)
        self.form.erase_requested.connect(self._erase_open_household)
        self.form.erase_member_requested.connect(self._erase_open_household)
        self.form.open_household.connect(self._open_other)
        self.controller.open_other.connect(self._open_other)
        self.controller.saved.connect(self._saved)
        self.controller.message.connect(self.message)
        for keys, slot in (("Ctrl+N", self.new_record), ("Ctrl+F", self.find)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.model.reload()
        self.refresh_drafts()

    # --- shell hooks ----------------------------------------------------------------------
    def on_shown(self) -> None:
        if self.stack.currentWidget() is self.list:
            self.model.reload()
            self.refresh_drafts()
            self.list.focus_search()

    def can_close(self) -> bool:
        """For the window's close: False when the user chose to stay with unsaved changes."""
        return self.controller.maybe_leave()

    def hideEvent(self, event: QHideEvent) -> None:
        self.controller.keep_draft()  # another page, or the window minimised: keep the typing
        super().hideEvent(event)

    def message(self, text: str) -> None:
        """A quiet confirmation in the window's status bar."""
        self.last_message = text
        if self.window_ is not None:
            self.window_.show_message(text)

    @property
    def form_open(self) -> bool:
        return self.stack.currentWidget() is self.form

    # --- list <-> form --------------------------------------------------------------------
    def show_list(self, select: str | None = None) -> None:
        self.stack.setCurrentWidget(self.list)
        self.model.reload()
        self.refresh_drafts()
        if select:
            self.list.select_id(select)
        self.list.focus_search()

    def _show_form(self) -> None:
        self.stack.setCurrentWidget(self.form)
        self.form.address.no_kk.setFocus(Qt.FocusReason.OtherFocusReason)

    def back_to_list(self) -> None:
        if self.controller.maybe_leave():
            self.show_list(self.form.household_id)

    def find(self) -> None:
        if self.form_open:
            self.back_to_list()
        if not self.form_open:
            self.list.focus_search()

    def new_record(self) -> None:
        if self.form_open and not self.controller.maybe_leave():
            return
        self.controller.start_new()
        self._show_form()

    def open_household(self, household_id: str) -> None:
        if self.form_open and not self.controller.maybe_leave():
            return
        waiting = next((d for d in self._drafts() if d.key == draft_key(household_id)), None)
        if waiting is not None:
            if dialogs.ask_resume_draft(self, format_timestamp(waiting.saved_at)):
                self.resume_draft(waiting)
                return
            draft_service.discard_draft(self.ctx, waiting.key)
        self.controller.start_existing(household_id)
        self._show_form()

    def _open_other(self, household_id: str) -> None:
        """A duplicate's "Open": the current typing is kept as a draft, never dropped."""
        if self.controller.is_dirty():
            self.controller.keep_draft()
            self.message(self.tr("Your changes were kept as a draft; continue them from the list."))
        self.controller.deactivate()
        self.open_household(household_id)

    def _saved(self, household_id: str, text: str) -> None:
        self.show_list(select=household_id)
        self.message(text)

    # --- drafts ---------------------------------------------------------------------------
    def _drafts(self) -> list[draft_service.Draft]:
        return draft_service.drafts(self.ctx, DRAFT_KIND)

    def refresh_drafts(self) -> None:
        open_key = self.controller.key if self.controller.active else None
        self.list.drafts.set_drafts([d for d in self._drafts() if d.key != open_key])

    def resume_draft(self, draft: draft_service.Draft) -> None:
        if self.form_open and not self.controller.maybe_leave():
            return
        self.controller.start_from_draft(draft)
        self._show_form()
        self.message(self.tr("Draft restored. Save it when it is complete."))

    def discard_draft(self, draft: draft_service.Draft) -> None:
        draft_service.discard_draft(self.ctx, draft.key)
        self.refresh_drafts()
        self.message(self.tr("Draft discarded."))

    # --- delete and undo ------------------------------------------------------------------
    def _delete_open_household(self) -> None:
        if self.form.household_id:
            self.delete_household(self.form.household_id)

    def delete_household(self, household_id: str) -> None:
        title = household_title(service.get_household(self.ctx, household_id))
        reason = dialogs.ask_delete_reason(self, title)
        if reason is None:
            return
        try:
            service.delete_household(self.ctx, household_id, reason)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        if self.form_open and self.form.household_id == household_id:
            self.controller.discard_and_close()
        self.show_list()
        text = self.tr("Household %1 deleted.").replace("%1", title)
        self.list.undo.offer(household_id, text)
        self.message(text)

    def _erase_open_household(self, member_id: str | None = None) -> None:
        """Right to erasure (services/erasure.py): final, so no undo bar, only a quiet message."""
        household_id = self.form.household_id
        if not household_id or not dialogs.erase_household_flow(self, self.ctx, household_id, member_id or None):
            return
        self.controller.discard_and_close()
        self.show_list()
        self.message(self.tr("The personal data was erased. It will reach the office with the next sync."))

    def restore_household(self, household_id: str) -> None:
        title = household_title(service.get_household(self.ctx, household_id))
        try:
            service.restore_household(self.ctx, household_id)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        self.list.undo.hide()
        if self.list.deleted.isChecked():
            self.list.deleted.setChecked(False)
        self.show_list(select=household_id)
        self.message(self.tr("Household %1 restored.").replace("%1", title))
