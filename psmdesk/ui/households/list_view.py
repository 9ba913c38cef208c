"""The household list: search as you type, filters, sortable columns, and the empty state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from psmdesk.storage.household_queries import HouseholdFilter
from psmdesk.ui.households.banners import DraftBar, UndoBar
from psmdesk.ui.households.fields import ChoiceCombo
from psmdesk.ui.households.table_model import ADDRESS_COLUMN, AREA_ROLE, STREET_ROLE, HouseholdTableModel
from psmdesk.ui.style import label, primary_button
from psmdesk.ui.widgets.list_export import offer_export

SEARCH_DELAY_MS = 120
# What each fixed column must show in full (the address column takes what is left). Measured
# with the font in use, so a larger system font widens the columns instead of cutting them.
_SAMPLES = ("3171080101200001", "Nabila Sembiring Indah S", "317108******0001", None, "Kampung Rawa",
            "00", "00", "00/00/0000")


class AddressDelegate(QStyledItemDelegate):
    """Shortens the street, never "RT 003/RW 005": the RT and RW are what a volunteer scans for."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        street, area = index.data(STREET_ROLE), index.data(AREA_ROLE)
        if not street or not area:
            return
        metrics = option.fontMetrics
        room = option.rect.width() - metrics.horizontalAdvance(" " + area) - 12
        option.text = f"{metrics.elidedText(street, Qt.TextElideMode.ElideRight, max(room, 0))} {area}"


def _thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class HouseholdListView(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()
    delete_requested = Signal(str)
    restore_requested = Signal(str)

    def __init__(self, model: HouseholdTableModel, kelurahan: list[tuple[str, str]],
                 ppks: list[tuple[str, str]], programmes: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HouseholdList")
        self.model = model
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        outer.setSpacing(8)

        top = QHBoxLayout()
        top.addWidget(label(self.tr("Households"), "heading"))
        self.count = label("", "muted")
        self.count.setObjectName("HouseholdCount")
        top.addSpacing(12)
        top.addWidget(self.count, 1, Qt.AlignmentFlag.AlignBottom)
        self.new_button = primary_button(self.tr("Add household (Ctrl+N)"))
        self.new_button.setObjectName("NewHousehold")
        self.new_button.setDefault(False)
        self.new_button.clicked.connect(self.new_requested)
        top.addWidget(self.new_button)
        outer.addLayout(top)

        self.drafts = DraftBar()
        self.undo = UndoBar()
        outer.addWidget(self.drafts)
        outer.addWidget(self.undo)

        self.search = QLineEdit()
        self.search.setObjectName("HouseholdSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name, NIK, family card no., street, RT or RW… (Ctrl+F)"))
        self.search.installEventFilter(self)
        outer.addWidget(self.search)
        outer.addLayout(self._filters(kelurahan, ppks, programmes))

        self.table = QTableView()
        offer_export(self.table, "Daftar Keluarga")
        self.table.setObjectName("HouseholdTable")
        self.table.setModel(model)
        model.set_titles([self.tr("Family card no."), self.tr("Head of household"), "NIK", self.tr("Address"),
                          self.tr("Village"), self.tr("Members"), "PPKS", self.tr("Last visit")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(3, Qt.SortOrder.AscendingOrder)
        self._sorted = (3, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.setItemDelegateForColumn(ADDRESS_COLUMN, AddressDelegate(self.table))
        self._size_columns()
        # The head's NIK, masked as every list masks it, reads "317108******0001" on nearly every
        # row (serials start at 0001 per birth date): it tells no household from another and took
        # the street's room. It is still searched; the full number is in the household's form.
        self.table.setColumnHidden(2, True)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)

        self.empty = QWidget()
        empty_box = QVBoxLayout(self.empty)
        empty_box.addStretch(1)
        self.empty_text = label("", "subheading", wrap=True)
        self.empty_text.setObjectName("EmptyState")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_box.addWidget(self.empty_text)
        self.empty_button = QPushButton(self.tr("Add the first household"))
        self.empty_button.clicked.connect(self.new_requested)
        empty_box.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_box.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        outer.addWidget(self.stack, 1)

        bottom = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open (Enter)"))
        self.open_button.setObjectName("OpenHousehold")
        self.delete_button = QPushButton(self.tr("Delete… (Del)"))
        self.delete_button.setObjectName("DeleteSelected")
        self.open_button.clicked.connect(lambda: self._open_row(self.current_row()))
        self.delete_button.clicked.connect(self._delete_or_restore)
        bottom.addWidget(self.open_button)
        bottom.addStretch(1)
        bottom.addWidget(self.deleted)
        bottom.addSpacing(16)
        bottom.addWidget(self.delete_button)
        outer.addLayout(bottom)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        model.modelReset.connect(self._after_reset)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        cell = self.table.fontMetrics()
        bold = header.fontMetrics()
        for column, sample in enumerate(_SAMPLES):
            if sample is None:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(cell.horizontalAdvance(sample) + 16, bold.horizontalAdvance(title) + 28)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, int(width))

    def _filters(self, kelurahan: list[tuple[str, str]], ppks: list[tuple[str, str]],
                 programmes: list[tuple[str, str]]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.kelurahan = ChoiceCombo(kelurahan, empty_text=self.tr("All villages"))
        self.rw = QLineEdit()
        self.rw.setPlaceholderText(self.tr("RW"))
        self.rw.setMaxLength(3)
        self.rw.setFixedWidth(70)
        self.rw.setToolTip(self.tr("Only this RW"))
        self.ppks = ChoiceCombo(ppks, empty_text=self.tr("Any PPKS category"))
        self.programme = ChoiceCombo(programmes, empty_text=self.tr("Any programme"))
        self.desil = ChoiceCombo([(str(n), self.tr("Decile %1").replace("%1", str(n))) for n in range(1, 11)],
                                 empty_text=self.tr("Any decile"))
        self.deleted = QCheckBox(self.tr("Show deleted households"))
        self.deleted.setObjectName("ShowDeleted")
        for name, widget in (("FilterKelurahan", self.kelurahan), ("FilterRw", self.rw), ("FilterPpks", self.ppks),
                             ("FilterProgramme", self.programme), ("FilterDesil", self.desil)):
            widget.setObjectName(name)
            if isinstance(widget, ChoiceCombo):
                # Each shows its "all" text in full; the rest of the row's room goes to them too.
                widget.setMinimumContentsLength(len(widget.itemText(0)))
                row.addWidget(widget, 1)
            else:
                row.addWidget(widget)
        for combo in (self.kelurahan, self.ppks, self.programme, self.desil):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.rw.textChanged.connect(lambda _t: self._search_timer.start())
        self.deleted.toggled.connect(lambda _on: self.apply_filter())
        return row

    # --- filtering and sorting ------------------------------------------------------------
    def current_filter(self) -> HouseholdFilter:
        rw = self.rw.text().strip()
        desil = self.desil.value()
        return HouseholdFilter(
            text=self.search.text(), kelurahan_code=self.kelurahan.value(),
            rw=rw.zfill(3) if rw.isdigit() else (rw or None), ppks_category=self.ppks.value(),
            programme=self.programme.value(), desil=int(desil) if desil else None,
            deleted=self.deleted.isChecked(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.sort_key_of(column) is None:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sorted)
            header.blockSignals(False)
            return
        self._sorted = (column, order)
        self.model.sort(column, order)

    def _after_reset(self) -> None:
        total = self.model.rowCount()
        f = self.model.filter
        filtered = bool(f.text.strip() or f.kelurahan_code or f.rw or f.ppks_category or f.programme
                        or f.desil is not None)
        if f.deleted:
            self.count.setText(self.tr("%1 deleted households").replace("%1", _thousands(total)))
        else:
            self.count.setText(self.tr("%1 households").replace("%1", _thousands(total)))
        if total:
            self.stack.setCurrentWidget(self.table)
            self.table.selectRow(0)
        else:
            self.stack.setCurrentWidget(self.empty)
            nothing_yet = not filtered and not f.deleted
            self.empty_text.setText(
                self.tr("No households yet. Add the first household (Ctrl+N).") if nothing_yet
                else self.tr("No household matches the search or the filters."))
            self.empty_button.setVisible(nothing_yet)
        self.delete_button.setText(self.tr("Restore") if f.deleted else self.tr("Delete… (Del)"))
        self.open_button.setEnabled(bool(total) and not f.deleted)
        self.delete_button.setEnabled(bool(total))

    # --- rows -----------------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def current_id(self) -> str | None:
        return self.model.id_at(self.current_row())

    def select_id(self, household_id: str) -> None:
        row = self.model.row_of(household_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _open_row(self, row: int) -> None:
        household_id = self.model.id_at(row)
        if household_id and not self.model.filter.deleted:
            self.open_requested.emit(household_id)

    def _delete_or_restore(self) -> None:
        household_id = self.current_id()
        if household_id is None:
            return
        if self.model.filter.deleted:
            self.restore_requested.emit(household_id)
        else:
            self.delete_requested.emit(household_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._search_timer.isActive():
                    self.apply_filter()
                if self.model.rowCount():
                    self.table.setFocus()
                    if self.current_row() < 0:
                        self.table.selectRow(0)
                    return True
            if watched is self.table:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._open_row(self.current_row())
                    return True
                if key == Qt.Key.Key_Delete:
                    self._delete_or_restore()
                    return True
        return super().eventFilter(watched, event)
