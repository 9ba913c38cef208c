"""Kartu Keluarga & Alamat: No. KK, the cascading region picker, RT/RW, street, map point, visit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from psmdesk.domain.address import parse_latlon
from psmdesk.domain.household import HouseholdInput
from psmdesk.ui.households.fields import DateField, FieldBox, TextField
from psmdesk.ui.households.labels import field_title
from psmdesk.ui.i18n import translate
from psmdesk.ui.widgets.region_picker import RegionPicker


class RegionField(RegionPicker):
    """The shell's RegionPicker speaking the form's editor protocol."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, required=True)
        self._loading = False
        self.changed.connect(self._on_changed)

    def _on_changed(self, _code: str) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self) -> str:
        return self.code() or ""

    def set_value(self, code: str | None) -> None:
        self._loading = True
        try:
            self.set_code(code or None)
        finally:
            self._loading = False

    def problem(self) -> str | None:
        return None

    def raw(self) -> str:
        return ""


class LatLonField(TextField):
    """A map point typed or pasted in one go: "-6.1834, 106.8560", a Google Maps link, 6°11'S ..."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, max_length=2000)
        self.setPlaceholderText(translate("HouseholdFields", "e.g. -6.1834, 106.8560 (optional)"))

    def value(self) -> tuple[float, float] | None:  # type: ignore[override]
        return parse_latlon(self.text())

    def set_value(self, value: tuple[float | None, float | None] | None) -> None:  # type: ignore[override]
        if value is None or value[0] is None or value[1] is None:
            self.setText("")
        else:
            self.setText(f"{value[0]!r}, {value[1]!r}")
        self.setCursorPosition(0)

    def problem(self) -> str | None:
        if self.text().strip() and self.value() is None:
            return translate("HouseholdFields",
                             "Map point not recognised. Paste it like -6.1834, 106.8560.")
        return None


class AddressSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.no_kk = TextField(max_length=40)
        self.no_kk.setPlaceholderText(translate("HouseholdFields", "16 digits, from the family card"))
        self.region = RegionField()
        self.rt = TextField(max_length=6)
        self.rt.setPlaceholderText("001")
        self.rw = TextField(max_length=6)
        self.rw.setPlaceholderText("001")
        self.street = TextField(max_length=200)
        self.street.setPlaceholderText(translate("HouseholdFields", "e.g. Jl. Kenari II No. 12"))
        self.latlon = LatLonField()
        self.visit_date = DateField()
        self.volunteer = TextField(max_length=120)

        self._boxes = {
            "no_kk": FieldBox(field_title("no_kk"), self.no_kk),
            "kelurahan_code": FieldBox("", self.region),
            "rt": FieldBox(field_title("rt"), self.rt, required=True),
            "rw": FieldBox(field_title("rw"), self.rw, required=True),
            "street": FieldBox(field_title("street"), self.street),
            "latitude": FieldBox(field_title("latitude"), self.latlon),
            "visit_date": FieldBox(field_title("visit_date"), self.visit_date),
            "volunteer": FieldBox(field_title("volunteer"), self.volunteer),
        }
        self.no_kk.setObjectName("NoKk")
        self.rt.setObjectName("Rt")
        self.rw.setObjectName("Rw")
        self.street.setObjectName("Street")
        self.latlon.setObjectName("LatLon")
        self.visit_date.setObjectName("VisitDate")
        self.volunteer.setObjectName("Volunteer")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        b = self._boxes
        grid.addWidget(b["no_kk"], 0, 0)
        grid.addWidget(b["kelurahan_code"], 1, 0, 3, 1)
        grid.addWidget(b["rt"], 0, 1)
        grid.addWidget(b["rw"], 0, 2)
        grid.addWidget(b["street"], 1, 1, 1, 2)
        grid.addWidget(b["latitude"], 2, 1, 1, 2)
        grid.addWidget(b["visit_date"], 3, 1)
        grid.addWidget(b["volunteer"], 3, 2)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)

    def boxes(self) -> dict[str, FieldBox]:
        return self._boxes

    def alias(self, field: str) -> str:
        """Issues name the map point's halves; both live in one field here."""
        return "latitude" if field == "longitude" else field

    def focus_chain(self) -> list[QWidget]:
        return [self.no_kk, *self.region.combos, self.rt, self.rw, self.street, self.latlon,
                self.visit_date, self.volunteer]

    def load(self, h: HouseholdInput) -> None:
        self.no_kk.set_value(h.no_kk)
        self.region.set_value(h.kelurahan_code)
        self.rt.set_value(h.rt)
        self.rw.set_value(h.rw)
        self.street.set_value(h.street)
        self.latlon.set_value((h.latitude, h.longitude))
        self.visit_date.set_value(h.visit_date)
        self.volunteer.set_value(h.volunteer)

    def values(self) -> dict[str, Any]:
        point = self.latlon.value()
        return {
            "no_kk": self.no_kk.value() or None,
            "kelurahan_code": self.region.value(),
            "rt": self.rt.value(),
            "rw": self.rw.value(),
            "street": self.street.value(),
            "latitude": point[0] if point else None,
            "longitude": point[1] if point else None,
            "visit_date": self.visit_date.value(),
            "volunteer": self.volunteer.value(),
        }
