"""Profil Pokmas: the kitchen group, the kelurahan it serves, its unit cost; and the programme's
age threshold (a rule of the whole programme, kept in this database)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain.dates import format_rupiah, parse_rupiah
from psmdesk.domain.issues import ValidationFailed
from psmdesk.domain.meals import DEFAULT_UNIT_COST, PokmasInput
from psmdesk.domain.regions import children, get_region
from psmdesk.services import meals as service
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.ui.errors import show_problem
from psmdesk.ui.style import form_label, label, primary_button


class PokmasView(QWidget):
    message = Signal(str)
    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PokmasView")
        self.ctx = ctx
        self.pokmas_id: str | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(16)
        left = QFrame()
        left.setProperty("role", "card")
        form = QFormLayout(left)
        form.setContentsMargins(16, 12, 16, 12)
        self.title = label("", "subheading")
        form.addRow(self.title)
        self.name = QLineEdit()
        self.name.setObjectName("PokmasName")
        self.kecamatan = QComboBox()
        self.kecamatan.setObjectName("PokmasKecamatan")
        self._fill_kecamatan()
        self.kecamatan.currentIndexChanged.connect(lambda _i: self._fill_kelurahan([]))
        self.leader = QLineEdit()
        self.leader.setObjectName("PokmasLeader")
        self.phone = QLineEdit()
        self.phone.setObjectName("PokmasPhone")
        self.phone.setPlaceholderText("0812-3456-7890")
        self.kitchen = QLineEdit()
        self.kitchen.setObjectName("PokmasKitchen")
        self.psm = QLineEdit()
        self.psm.setObjectName("PokmasPsm")
        self.cost = QLineEdit()
        self.cost.setObjectName("PokmasCost")
        self.cost.setToolTip(self.tr("Rupiah per person per day, for both meals (national figure Rp30.000)."))
        self.active = QCheckBox(self.tr("&Active (delivering meals)"))
        self.active.setObjectName("PokmasActive")
        for text, widget in ((self.tr("&Name *"), self.name), (self.tr("&Kecamatan *"), self.kecamatan),
                             (self.tr("&Leader"), self.leader), (self.tr("&Contact phone"), self.phone),
                             (self.tr("Kitchen &address"), self.kitchen), (self.tr("PSM in c&harge"), self.psm),
                             (self.tr("&Unit cost *"), self.cost)):
            form.addRow(form_label(text, widget), widget)
        form.addRow("", self.active)
        self.error = label("", "error", wrap=True)
        self.error.setObjectName("PokmasError")
        self.error.hide()
        form.addRow(self.error)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New Pokmas (Ctrl+N)"))
        self.new_button.setObjectName("PokmasNew")
        self.new_button.clicked.connect(self.new)
        self.save_button = primary_button(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("PokmasSave")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        outer.addWidget(left, 3)

        right = QVBoxLayout()
        right.addWidget(label(self.tr("Kelurahan served *"), "subheading"))
        self.kelurahan = QListWidget()
        self.kelurahan.setObjectName("PokmasKelurahan")
        right.addWidget(self.kelurahan, 1)
        rule = QFrame()
        rule.setProperty("role", "card")
        rule_box = QVBoxLayout(rule)
        rule_box.setContentsMargins(16, 12, 16, 12)
        rule_box.addWidget(label(self.tr("Programme rule"), "subheading"))
        rule_box.addWidget(label(self.tr("Minimum age to join the roster. National 2023 criteria say 75; local "
                                         "practice uses 60 to 80. Lone disabled people are served at any age."),
                                 "muted", wrap=True))
        row = QHBoxLayout()
        self.threshold = QSpinBox()
        self.threshold.setObjectName("AgeThreshold")
        self.threshold.setRange(40, 100)
        self.threshold.setSuffix(self.tr(" years"))
        self.threshold.setFixedWidth(130)
        save_rule = QPushButton(self.tr("Save rule"))
        save_rule.setObjectName("SaveRule")
        save_rule.clicked.connect(self.save_rule)
        row.addWidget(self.threshold)
        row.addStretch(1)
        row.addWidget(save_rule)
        rule_box.addLayout(row)
        right.addWidget(rule)
        outer.addLayout(right, 2)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+N", self.new)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.threshold.setValue(service.age_threshold(ctx))

    def _fill_kecamatan(self) -> None:
        own = service.default_kecamatan(self.ctx)
        kota = get_region(own[:5]) if own else None
        for region in children(kota.code) if kota else []:
            self.kecamatan.addItem(region.name, region.code)
        self.kecamatan.setCurrentIndex(max(self.kecamatan.findData(own), 0))

    def _fill_kelurahan(self, ticked: list[str]) -> None:
        self.kelurahan.clear()
        for region in children(self.kecamatan.currentData()) if self.kecamatan.currentData() else []:
            item = QListWidgetItem(f"{region.name} ({region.code})")
            item.setData(Qt.ItemDataRole.UserRole, region.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if region.code in ticked else Qt.CheckState.Unchecked)
            item.setSizeHint(QSize(0, 30))  # a click target, not a line of text
            self.kelurahan.addItem(item)

    def set_pokmas(self, pokmas_id: str | None) -> None:
        self.pokmas_id = pokmas_id
        p = service.get_pokmas(self.ctx, pokmas_id) if pokmas_id else None
        self.show_pokmas(p)

    def show_pokmas(self, p: PokmasInput | None) -> None:
        self.title.setText(p.name if p and p.id else self.tr("New Pokmas"))
        p = p or PokmasInput(kecamatan_code=service.default_kecamatan(self.ctx), psm_name=self._volunteer())
        self.name.setText(p.name)
        self.kecamatan.blockSignals(True)
        self.kecamatan.setCurrentIndex(max(self.kecamatan.findData(p.kecamatan_code), 0))
        self.kecamatan.blockSignals(False)
        self._fill_kelurahan(p.kelurahan_codes)
        self.leader.setText(p.leader)
        self.phone.setText(p.contact_phone)
        self.kitchen.setText(p.kitchen_address)
        self.psm.setText(p.psm_name)
        self.cost.setText(format_rupiah(p.unit_cost))
        self.active.setChecked(p.active)
        self.error.hide()

    def _volunteer(self) -> str:
        profile = self.ctx.profile
        return profile.name if profile else ""

    def new(self) -> None:
        self.pokmas_id = None
        self.show_pokmas(None)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> PokmasInput:
        ticked = [str(self.kelurahan.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.kelurahan.count())
                  if self.kelurahan.item(i).checkState() == Qt.CheckState.Checked]
        cost = parse_rupiah(self.cost.text())
        return PokmasInput(id=self.pokmas_id, name=self.name.text(), kecamatan_code=str(self.kecamatan.currentData()),
                           kelurahan_codes=ticked, leader=self.leader.text(), contact_phone=self.phone.text(),
                           kitchen_address=self.kitchen.text(), psm_name=self.psm.text(),
                           unit_cost=DEFAULT_UNIT_COST if cost is None and not self.cost.text().strip() else
                           (cost if cost is not None else -1), active=self.active.isChecked())

    def save(self) -> None:
        try:
            pokmas_id = service.save_pokmas(self.ctx, self.value())
        except ValidationFailed as exc:
            self.error.setText(exc.summary())
            self.error.show()
            return
        except UserError as exc:
            show_problem(self, str(exc))
            return
        self.pokmas_id = pokmas_id
        self.error.hide()
        self.message.emit(self.tr("Pokmas %1 saved.").replace("%1", self.name.text().strip()))
        self.saved.emit(pokmas_id)

    def save_rule(self) -> None:
        try:
            service.set_age_threshold(self.ctx, self.threshold.value())
        except ValidationFailed as exc:
            show_problem(self, exc.summary())
            return
        self.message.emit(self.tr("Minimum age saved: %1 years.").replace("%1", str(self.threshold.value())))
