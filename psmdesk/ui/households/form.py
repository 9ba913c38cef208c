"""The household form (view only): grouped sections in one vertical scroll area, the action bar,
and the inline issues. What to save, when to check and what to ask lives in form_controller."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain.household import HouseholdInput
from psmdesk.domain.issues import Issue, Severity
from psmdesk.storage.household_queries import Duplicate
from psmdesk.ui.households.address_section import AddressSection
from psmdesk.ui.households.assets_editor import AssetsEditor
from psmdesk.ui.households.dialogs import DuplicateList
from psmdesk.ui.households.fields import FieldBox, SectionMessage
from psmdesk.ui.households.history_view import HistoryView
from psmdesk.ui.households.member_editor import ADD_MEMBER_KEYS, MemberEditor
from psmdesk.ui.households.ppks_editor import PpksEditor
from psmdesk.ui.households.sections import HousingSection, NotesSection, ProgrammeSection
from psmdesk.ui.style import label, primary_button

Box = FieldBox | SectionMessage


class HouseholdForm(QWidget):
    save_requested = Signal()
    cancel_requested = Signal()
    back_requested = Signal()
    delete_requested = Signal()
    erase_requested = Signal()
    erase_member_requested = Signal(str)  # a member card's "erase this person" (member id)
    open_household = Signal(str)
    edited = Signal()
    note = Signal(str)

    def __init__(self, programmes: list[tuple[str, str]], ppks_categories: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HouseholdForm")
        self.household_id: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 14, 24, 10)
        outer.setSpacing(8)
        outer.addLayout(self._action_bar())

        self.problems = SectionMessage()
        self.problems.setObjectName("FormProblems")
        outer.addWidget(self.problems)
        self.duplicates = DuplicateList()
        self.duplicates.setObjectName("FormDuplicates")
        self.duplicates.open_household.connect(self.open_household)
        self.duplicates.hide()
        outer.addWidget(self.duplicates)

        self.address = AddressSection()
        self.members = MemberEditor()
        self.housing = HousingSection()
        self.programmes = ProgrammeSection(programmes)
        self.ppks = PpksEditor(ppks_categories)
        self.assets = AssetsEditor()
        self.notes = NotesSection()
        self.history = HistoryView()
        self.scroll = QScrollArea()
        self.scroll.setObjectName("FormScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(14)
        for title, widget in (
            (self.tr("Family card and address"), self.address),
            (self.tr("Household members"), self.members),
            (self.tr("Housing"), self.housing),
            (self.tr("Assistance programmes"), self.programmes),
            (self.tr("PPKS (people needing welfare services)"), self.ppks),
            (self.tr("Skills and assets"), self.assets),
            (self.tr("Notes"), self.notes),
            (self.tr("History"), self.history),
        ):
            column.addWidget(self._section(title, widget))
        column.addStretch(1)
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll, 1)

        for editor in (self.address, self.housing, self.programmes, self.notes):
            for box in editor.boxes().values():
                box.edited.connect(self.edited)
        for widget in (self.members, self.ppks, self.assets):
            widget.edited.connect(self.edited)
        self.members.members_changed.connect(self._members_changed)
        self.members.note.connect(self.note)
        for widget in (self.members, self.ppks, self.assets):
            widget.structure_changed.connect(self.fix_tab_order)
        self._shortcuts()

    # --- building -------------------------------------------------------------------------
    def _action_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.setObjectName("BackToList")
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.title = label("", "heading")
        self.title.setObjectName("FormTitle")
        self.delete_button = QPushButton(self.tr("Delete household"))
        self.delete_button.setObjectName("DeleteHousehold")
        # Rare and final actions live in a menu, away from Save.
        self.more_button = QPushButton(self.tr("&More"))
        self.more_button.setObjectName("FormMore")
        more = QMenu(self.more_button)
        self.erase_action = more.addAction(self.tr("Erase personal data on request…"))
        self.erase_action.setObjectName("EraseOnRequest")
        self.erase_action.triggered.connect(self.erase_requested)
        self.more_button.setMenu(more)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("CancelForm")
        self.save_button = primary_button(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("SaveHousehold")
        bar.addWidget(self.back_button)
        bar.addSpacing(12)
        bar.addWidget(self.title, 1)
        for button in (self.more_button, self.delete_button, self.cancel_button, self.save_button):
            bar.addWidget(button)
        self.back_button.clicked.connect(self.back_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.save_button.clicked.connect(self.save_requested)
        return bar

    def _section(self, title: str, widget: QWidget) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        box = QVBoxLayout(card)
        box.setContentsMargins(18, 12, 18, 14)
        box.setSpacing(8)
        box.addWidget(label(title, "subheading"))
        box.addWidget(widget)
        return card

    def _shortcuts(self) -> None:
        def bind(keys: str, slot: Any) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        bind("Ctrl+S", self.save_requested.emit)
        for keys in ADD_MEMBER_KEYS:
            bind(keys, lambda: self.members.add_member())
        bind("Alt+Up", lambda: self.members.move_focused(-1))
        bind("Alt+Down", lambda: self.members.move_focused(1))
        bind("Escape", self.back_requested.emit)

    # --- values ---------------------------------------------------------------------------
    def load(self, h: HouseholdInput, title: str) -> None:
        self.household_id = h.id
        self.title.setText(title)
        self.delete_button.setVisible(h.id is not None)
        self.more_button.setVisible(h.id is not None)
        self.address.load(h)
        self.members.set_members(list(h.members))
        self.ppks.set_members(list(h.members))
        self.ppks.set_cases(list(h.ppks))
        self.housing.load(h)
        self.programmes.load(h)
        self.assets.set_assets(list(h.assets))
        self.notes.load(h)
        for box in self.all_boxes().values():
            box.touched = False
            box.show_issue(None)
        self.problems.show_issue(None)
        self.duplicates.set_duplicates([])
        self.fix_tab_order()
        self.scroll.verticalScrollBar().setValue(0)

    def collect(self) -> tuple[HouseholdInput, list[Issue]]:
        """The household as typed, and the fields whose text could not be read at all."""
        data: dict[str, Any] = {}
        for section in (self.address, self.housing, self.programmes, self.notes):
            data.update(section.values())
        household = HouseholdInput(
            id=self.household_id, members=self.members.members(), ppks=self.ppks.cases(),
            assets=self.assets.assets(), **data,
        )
        unreadable = [
            Issue(path, "unreadable", problem)
            for path, box in self.all_boxes().items()
            if isinstance(box, FieldBox) and (problem := box.editor.problem())
        ]
        return household, unreadable

    def raw_texts(self) -> dict[str, str]:
        """Text that could not be read into the household (a half-typed date): kept in drafts."""
        return {path: box.editor.raw() for path, box in self.all_boxes().items()
                if isinstance(box, FieldBox) and box.editor.problem()}

    def apply_raw(self, raw: dict[str, str]) -> None:
        boxes = self.all_boxes()
        for path, text in raw.items():
            box = boxes.get(path)
            if isinstance(box, FieldBox) and hasattr(box.editor, "setText"):
                box.editor.setText(text)
                box.touched = True

    def _members_changed(self) -> None:
        self.ppks.set_members(self.members.members())

    # --- issues ---------------------------------------------------------------------------
    def all_boxes(self) -> dict[str, Box]:
        """Every field that can carry an issue, in the order of the form."""
        boxes: dict[str, Box] = {}
        boxes.update(self.address.boxes())
        boxes.update(self.members.boxes())
        boxes.update(self.housing.boxes())
        boxes.update(self.programmes.boxes())
        boxes.update(self.ppks.boxes())
        boxes.update(self.notes.boxes())
        return boxes

    def show_issues(self, issues: list[Issue], *, show_all: bool) -> list[Box]:
        """Marks each field with its most serious issue; returns the fields with errors, in order.
        Untouched fields stay quiet until the first save attempt (`show_all`)."""
        boxes = self.all_boxes()
        chosen: dict[str, Issue] = {}
        leftover: list[Issue] = []
        for issue in issues:
            path = self.address.alias(issue.field)
            if path not in boxes:
                leftover.append(issue)
                continue
            current = chosen.get(path)
            if current is None or (current.severity != Severity.ERROR and issue.severity == Severity.ERROR):
                chosen[path] = issue
        with_errors: list[Box] = []
        for path, box in boxes.items():
            issue = chosen.get(path)
            box.show_issue(issue if issue and (show_all or box.touched) else None)
            if issue is not None and issue.severity == Severity.ERROR:
                with_errors.append(box)
        general = [i for i in leftover if i.severity == Severity.ERROR] or leftover
        self.problems.show_issue(general[0] if general and show_all else None)
        return with_errors

    def show_duplicates(self, duplicates: list[Duplicate]) -> None:
        self.duplicates.set_duplicates(duplicates)
        self.duplicates.setVisible(bool(duplicates))

    def focus_box(self, box: Box) -> None:
        target = box.focus_widget()
        self.scroll.ensureWidgetVisible(box, 40, 80)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def fix_tab_order(self) -> None:
        """Tab follows the paper form, also after members were added or moved."""
        chain: list[QWidget] = []
        for section in (self.address, self.members, self.housing, self.programmes, self.ppks,
                        self.assets, self.notes):
            chain.extend(section.focus_chain())
        chain.append(self.save_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
