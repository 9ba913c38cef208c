"""What the household form does: open a record or a draft, check while typing, save with the
questions the service asks for, autosave drafts, and ask before unsaved changes are dropped.

No widget code here beyond the form's own API, so the rules stay readable in one place."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from psmdesk.domain import choices as ch
from psmdesk.domain.household import HouseholdInput, MemberInput
from psmdesk.domain.ids import new_id
from psmdesk.domain.issues import Issue, Severity, ValidationFailed
from psmdesk.services import drafts as draft_service
from psmdesk.services import households as service
from psmdesk.services.context import AppContext
from psmdesk.storage.cipher import sqlite
from psmdesk.storage.errors import StorageError
from psmdesk.storage.errors import translate as storage_problem
from psmdesk.ui.errors import show_storage_error
from psmdesk.ui.households import dialogs
from psmdesk.ui.households.form import HouseholdForm
from psmdesk.ui.i18n import translate

log = logging.getLogger(__name__)

DRAFT_KIND = "household"
RAW_KEY = "_raw"  # text that could not be read into the model yet (a half-typed date)
CHECK_DELAY_MS = 300


def draft_key(household_id: str | None) -> str:
    return f"household:{household_id}" if household_id else f"household:new:{new_id()}"


def household_title(h: HouseholdInput) -> str:
    """How a household is named on screen: its head, else its first member, else its KK."""
    head = h.head() or (h.members[0] if h.members else None)
    if head is not None and head.name.strip():
        return head.name.strip()
    if h.no_kk:
        return translate("HouseholdForm", "KK %1").replace("%1", h.no_kk)
    return translate("HouseholdForm", "New household")


class FormController(QObject):
    saved = Signal(str, str)  # household id, the quiet confirmation
    open_other = Signal(str)  # the user wants to see another household (a duplicate)
    message = Signal(str)

    def __init__(self, ctx: AppContext, form: HouseholdForm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = form
        self.active = False
        self.key: str | None = None
        self.show_all = False
        self._baseline: dict[str, Any] | None = None
        self._last_draft: dict[str, Any] | None = None
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.validate_now)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave)
        form.edited.connect(self._edited)
        form.save_requested.connect(self.save)
        form.note.connect(self.message)

    # --- opening --------------------------------------------------------------------------
    def blank(self) -> HouseholdInput:
        profile = self.ctx.profile
        return HouseholdInput(
            kelurahan_code=profile.kelurahan_code if profile else "",
            volunteer=profile.name if profile else "",
            visit_date=date.today(),
            members=[MemberInput(relation=ch.HEAD)],
        )

    def start_new(self) -> None:
        self._open(self.blank(), draft_key(None))

    def start_existing(self, household_id: str) -> None:
        self._open(service.get_household(self.ctx, household_id), draft_key(household_id))
        self._show_history(household_id)

    def start_from_draft(self, draft: draft_service.Draft) -> None:
        payload = dict(draft.payload)
        raw = payload.pop(RAW_KEY, {}) or {}
        household = HouseholdInput.model_validate(payload)
        saved: HouseholdInput | None = None
        if draft.record_id:
            try:
                saved = service.get_household(self.ctx, draft.record_id)
            except LookupError:
                saved = None
        self._open(household, draft.key, raw=raw)
        # Against the saved record (or nothing), a resumed draft counts as unsaved work.
        self._baseline = {"h": saved.model_dump(mode="json"), "raw": {}} if saved else None
        self._last_draft = draft.payload
        if draft.record_id and saved is not None:
            self._show_history(draft.record_id)

    def _open(self, household: HouseholdInput, key: str, raw: dict[str, str] | None = None) -> None:
        self.key = key
        self.show_all = False
        title = (translate("HouseholdForm", "Household: %1").replace("%1", household_title(household))
                 if household.id else translate("HouseholdForm", "New household"))
        self.form.load(household, title)
        if raw:
            self.form.apply_raw(raw)
        if household.id is None:
            self.form.history.show_new()
        self._baseline = self._snapshot()
        self._last_draft = None
        self.active = True
        self.autosave_timer.start(max(1, self.ctx.settings.autosave_seconds) * 1000)
        self.validate_now()

    def _show_history(self, household_id: str) -> None:
        from psmdesk.ui.households import queries

        self.form.history.show_history(*queries.history_data(self.ctx, household_id))

    # --- state ----------------------------------------------------------------------------
    def _snapshot(self) -> dict[str, Any]:
        household, _ = self.form.collect()
        return {"h": household.model_dump(mode="json"), "raw": self.form.raw_texts()}

    def is_dirty(self) -> bool:
        return self.active and self._snapshot() != self._baseline

    def _edited(self) -> None:
        if self.active:
            self.check_timer.start()

    def validate_now(self) -> list[Issue]:
        """Checks the form as typed and marks the fields; returns every issue."""
        self.check_timer.stop()
        household, unreadable = self.form.collect()
        try:
            result = service.check(self.ctx, household)
        except (StorageError, sqlite.Error):
            log.warning("Live check failed", exc_info=True)
            return unreadable
        issues = unreadable + result.issues
        self.form.show_issues(issues, show_all=self.show_all)
        self.form.show_duplicates(result.duplicates)
        return issues

    def _stop_on_errors(self) -> None:
        self.show_all = True
        issues = self.validate_now()
        boxes = self.form.show_issues(issues, show_all=True)
        if boxes:
            self.form.focus_box(boxes[0])
        count = sum(1 for i in issues if i.severity == Severity.ERROR)
        self.message.emit(translate("HouseholdForm", "Not saved yet: %1 field(s) marked in red need "
                                                     "correcting.").replace("%1", str(count)))

    # --- saving ---------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.active:
            return False
        household, unreadable = self.form.collect()
        if unreadable:
            self._stop_on_errors()
            return False
        try:
            try:
                household_id = service.save_household(self.ctx, household)
            except service.NeedsConfirmation as exc:
                self.show_all = True
                self.validate_now()
                action, other = dialogs.confirm_save(self.form, exc.check)
                if action == "open" and other:
                    self.keep_draft()
                    self.open_other.emit(other)
                    return False
                if action != "save":
                    return False
                household_id = service.save_household(self.ctx, household, confirmed=True)
        except ValidationFailed:
            self._stop_on_errors()
            return False
        except (StorageError, sqlite.Error) as exc:
            self.keep_draft()
            show_storage_error(self.form, storage_problem(exc) or exc)
            return False
        self._discard_draft()
        self.deactivate()
        title = household_title(household)
        self.saved.emit(household_id, translate("HouseholdForm", "Household %1 saved.").replace("%1", title))
        return True

    # --- drafts and leaving ---------------------------------------------------------------
    def _draft_payload(self) -> dict[str, Any]:
        household, _ = self.form.collect()
        payload = household.model_dump(mode="json")
        payload[RAW_KEY] = self.form.raw_texts()
        return payload

    def autosave(self) -> None:
        if self.is_dirty():
            self.keep_draft()

    def keep_draft(self) -> None:
        """Writes the draft now (on the timer, when the page is hidden, before opening another)."""
        if not self.active or self.key is None or not self.is_dirty():
            return
        payload = self._draft_payload()
        if payload == self._last_draft:
            return
        household = HouseholdInput.model_validate({k: v for k, v in payload.items() if k != RAW_KEY})
        try:
            draft_service.save_draft(self.ctx, self.key, DRAFT_KIND, self.form.household_id,
                                     household_title(household), payload)
        except (StorageError, sqlite.Error):
            log.warning("Draft could not be saved", exc_info=True)
            return
        self._last_draft = payload

    def _discard_draft(self) -> None:
        if self.key is not None:
            try:
                draft_service.discard_draft(self.ctx, self.key)
            except (StorageError, sqlite.Error):
                log.warning("Draft could not be discarded", exc_info=True)

    def deactivate(self) -> None:
        self.active = False
        self.check_timer.stop()
        self.autosave_timer.stop()

    def maybe_leave(self) -> bool:
        """True when the form may close: nothing changed, saved, or the user let it go."""
        if not self.active:
            return True
        if not self.is_dirty():
            self._discard_draft()
            self.deactivate()
            return True
        choice = dialogs.ask_unsaved(self.form)
        if choice == "save":
            return self.save()
        if choice == "discard":
            self._discard_draft()
            self.deactivate()
            return True
        return False

    def discard_and_close(self) -> None:
        """After the household itself was deleted: nothing to keep."""
        self._discard_draft()
        self.deactivate()
